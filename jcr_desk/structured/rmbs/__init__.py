"""RMBS stress and credit enhancement (METHODOLOGY §6, seed 002): projection, waterfall,
solver, layers and the typed deal and result. Pure Python and numpy, no Qt."""
