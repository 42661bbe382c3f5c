"""The case document, its file format, audit log, decisions and undoable edits (no Qt)."""

from jcr_desk.case.document.errors import CaseFileError
from jcr_desk.case.document.model import (
    AuditEntry,
    Case,
    CommitteeInfo,
    Country,
    Decision,
    Entity,
    RatingHistoryEntry,
    Scenario,
    ScenarioResult,
    StoredPool,
)
from jcr_desk.case.document.storage import CASE_SUFFIX, SCHEMA_VERSION, load_case, save_case

__all__ = [
    "CASE_SUFFIX",
    "SCHEMA_VERSION",
    "AuditEntry",
    "Case",
    "CaseFileError",
    "CommitteeInfo",
    "Country",
    "Decision",
    "Entity",
    "RatingHistoryEntry",
    "Scenario",
    "ScenarioResult",
    "StoredPool",
    "load_case",
    "save_case",
]
