"""Committee outputs: the committee workbook, rating-action and 17g-7 disclosure drafts.

Filled by the committee-workbook and committee-tab issues; nothing is exported yet.
"""
