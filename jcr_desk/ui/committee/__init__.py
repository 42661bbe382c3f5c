"""The Committee tab's panels: rated items, rationale, history, preview of the drafts."""
