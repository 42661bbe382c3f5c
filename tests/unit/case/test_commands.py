"""Case commands apply and revert exactly, and refuse bad edits before changing anything."""

from __future__ import annotations

from datetime import date

import pytest

from jcr_desk.case.document.errors import EditRefused
from jcr_desk.case.document.model import Case, CommitteeInfo
from jcr_desk.case.edits.commands import SetCommitteeInfo


def test_committee_edit_redo_undo_restores_every_field():
    case = Case(committee=CommitteeInfo("Before", "Issuer", date(2026, 1, 5), ["A"], ["M"]))
    new = CommitteeInfo("After", "Other issuer", None, ["A", "B"], [], ["why"])
    command = SetCommitteeInfo(new)
    command.check(case)
    command.redo(case)
    assert case.committee == new
    new.case_name = "mutated by the caller later"
    assert case.committee.case_name == "After"  # the command kept its own copy
    command.undo(case)
    assert case.committee == CommitteeInfo("Before", "Issuer", date(2026, 1, 5), ["A"], ["M"])
    assert [entry.action for entry in case.audit] == ["case details edited", "undo"]


def test_a_blank_case_name_is_refused():
    with pytest.raises(EditRefused, match="name"):
        SetCommitteeInfo(CommitteeInfo(case_name="  ")).check(Case())
