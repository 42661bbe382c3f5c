"""The group structure tab's parts: tree, countries, entity form, guideline panel, chart."""
