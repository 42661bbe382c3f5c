"""Loan tapes: schema, reading, mapping, validation, stratification, and the demo generator."""
