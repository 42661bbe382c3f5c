"""Who the audit log names: the analyst the caller says is working, never a guess from the
operating system when a name was given (the domain takes the name, it reads no settings)."""

from __future__ import annotations

from jcr_desk.case.edits.group_commands import SetEntityFields

from .test_group_commands import apply, group_case


def test_entries_written_while_an_analyst_works_carry_their_name():
    case = group_case()
    with case.recorded_by("Tanaka Hanako"):
        apply(case, SetEntityFields("c", ownership_pct=70.0))
        case.log("note", "by hand")
    assert [entry.user for entry in case.audit] == ["Tanaka Hanako", "Tanaka Hanako"]


def test_a_name_given_to_the_entry_itself_wins():
    case = group_case()
    with case.recorded_by("Tanaka Hanako"):
        case.log("decision recorded", user="Sato Ken")
    assert case.audit[-1].user == "Sato Ken"


def test_outside_the_block_the_analyst_is_forgotten(monkeypatch):
    monkeypatch.setattr("jcr_desk.case.document.model.current_user", lambda: "login")
    case = group_case()
    with case.recorded_by("Tanaka Hanako"):
        pass
    case.log("later")
    assert case.audit[-1].user == "login"
    assert case.snapshot() == case  # the analyst is not part of the document
