"""The ABCP program tab's panels and item models."""
