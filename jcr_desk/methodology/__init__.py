"""The rulebook and the rule engines that turn an analyst's inputs into guidelines (no Qt)."""
