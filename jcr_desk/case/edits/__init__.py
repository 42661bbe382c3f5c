"""Undoable edits of a case: plain command objects the UI wraps for its undo stack (no Qt)."""
