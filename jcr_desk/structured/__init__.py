"""Stress assumptions, cash-flow projection, waterfall and credit-enhancement solver (no Qt)."""
