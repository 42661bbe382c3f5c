"""Committee outputs: the committee workbook (and, with the committee tab's issue, the
rating-action release and the 17g-7 disclosure).

``export_workbook`` writes the whole case as one Excel workbook; ``read_workbook_scenario``
reads a scenario back from its edited Assumptions sheet.
"""

from jcr_desk.reports.assumptions_reader import WorkbookScenarioError, read_workbook_scenario
from jcr_desk.reports.context import ExportError
from jcr_desk.reports.workbook import ExportReport, export_workbook

__all__ = [
    "ExportError",
    "ExportReport",
    "WorkbookScenarioError",
    "export_workbook",
    "read_workbook_scenario",
]
