"""Structured finance, pure Python and numpy, no Qt: ``rmbs`` (METHODOLOGY §6, seed 002) and
``abcp`` (§7, seed 003) on the shared parts beside them — stress arithmetic, rating tables,
the rulebook reader, typed fields, frozen results and the Desk-default record.
"""
