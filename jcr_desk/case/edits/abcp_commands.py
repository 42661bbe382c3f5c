"""Undoable edits of a case's ABCP programs, as plain command objects (no Qt).

Adding and removing a program; its terms; the checklist answers (each with its reason); the
stress form, base-case reading and factor adjustments (each a judgement with its reason);
importing the population's monthly history and the purchased receivables. Every edit checks
its value before anything changes (:class:`EditRefused` with a sentence the analyst reads),
writes an audit entry naming the program, the change and the reason, and restores exactly on
undo: a program's terms, choices and history are immutable, so a command keeps the ones it
replaced and the ones it set.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any, Final

from jcr_desk.case.document.caption import CAPTION, caption, joined, set_caption
from jcr_desk.case.document.errors import EditRefused, passed_on, refused
from jcr_desk.case.document.model import Case, StoredPool, StoredProgram
from jcr_desk.case.document.refusal_words import EDIT_REFUSED
from jcr_desk.case.edits.part_edit import PartEdit
from jcr_desk.i18n import QT_TRANSLATE_NOOP, Text
from jcr_desk.methodology.rulebook import load_rulebook
from jcr_desk.structured.abcp.history import MonthlyHistory
from jcr_desk.structured.abcp.program import AbcpProgram, BackupLine, CheckAnswer, Party
from jcr_desk.structured.abcp.rules import (
    BASE_CASE_METHODS,
    CHECKLISTS,
    TARGET_RATINGS,
    abcp_rules,
)
from jcr_desk.structured.abcp.stress import FactorAdjustment, StressChoices
from jcr_desk.structured.fields import FieldError
from jcr_desk.structured.stress_arithmetic import STRESS_FORMS

#: Terms that are the analyst's judgement: changing them needs a reason, kept with the term.
JUDGEMENT_TERMS: Final = {
    "commingling_mitigated": "commingling_reason",
    "transfer_reserve": "transfer_reserve_reason",
}
TERM_WORDS: Final = {
    "name": QT_TRANSLATE_NOOP("CaseCommand", "name"),
    "spc_name": QT_TRANSLATE_NOOP("CaseCommand", "SPC"),
    "spc_form": QT_TRANSLATE_NOOP("CaseCommand", "SPC form"),
    "spc_country": QT_TRANSLATE_NOOP("CaseCommand", "SPC country"),
    "sponsor": QT_TRANSLATE_NOOP("CaseCommand", "sponsor"),
    "backup": QT_TRANSLATE_NOOP("CaseCommand", "backup line"),
    "sellers": QT_TRANSLATE_NOOP("CaseCommand", "sellers"),
    "purchased_assets": QT_TRANSLATE_NOOP("CaseCommand", "purchased assets"),
    "trust_beneficial_interest": QT_TRANSLATE_NOOP(
        "CaseCommand", "bought as trust beneficial interest"
    ),
    "documents": QT_TRANSLATE_NOOP("CaseCommand", "documents received"),
    "currency": QT_TRANSLATE_NOOP("CaseCommand", "currency"),
    "asset_country": QT_TRANSLATE_NOOP("CaseCommand", "assets' country"),
    "cross_border": QT_TRANSLATE_NOOP("CaseCommand", "cross-border"),
    "transfer_mitigants": QT_TRANSLATE_NOOP("CaseCommand", "transfer-risk mitigants"),
    "sovereign_sensitive": QT_TRANSLATE_NOOP("CaseCommand", "sensitive to a sovereign default"),
    "subordination": QT_TRANSLATE_NOOP("CaseCommand", "subordination"),
    "cash_reserve": QT_TRANSLATE_NOOP("CaseCommand", "cash reserve"),
    "commingling_mitigated": QT_TRANSLATE_NOOP("CaseCommand", "commingling mitigated"),
    "collection_period_months": QT_TRANSLATE_NOOP("CaseCommand", "collection period"),
    "transfer_reserve": QT_TRANSLATE_NOOP("CaseCommand", "servicer-transfer reserve"),
    "target_ratings": QT_TRANSLATE_NOOP("CaseCommand", "target ratings"),
}
#: The analyst's stress choices a refusal names.
CHOICE_WORDS: Final = {
    "form": QT_TRANSLATE_NOOP("EditRefused", "stress form"),
    "method": QT_TRANSLATE_NOOP("EditRefused", "base-case reading"),
}
_FRACTIONS: Final = ("subordination", "cash_reserve", "transfer_reserve")
#: Values that are words: the Undo menu shows them translated.
_VALUE_WORDS: Final[dict[object, Text]] = {
    "default": Text(CAPTION, QT_TRANSLATE_NOOP("CaseCommand", "Desk default")),
    "none": Text(CAPTION, QT_TRANSLATE_NOOP("CaseCommand", "none")),
    True: Text(CAPTION, QT_TRANSLATE_NOOP("CaseCommand", "yes")),
    False: Text(CAPTION, QT_TRANSLATE_NOOP("CaseCommand", "no")),
    "group entity": Text(CAPTION, QT_TRANSLATE_NOOP("CaseCommand", "group entity")),
    "unrated": Text(CAPTION, QT_TRANSLATE_NOOP("CaseCommand", "unrated")),
}
_State = tuple[AbcpProgram, StressChoices, MonthlyHistory | None, StoredPool | None]


def find_program(case: Case, program_id: str) -> StoredProgram:
    try:
        return case.program(program_id)
    except KeyError:
        raise refused(
            QT_TRANSLATE_NOOP(
                "EditRefused", "The ABCP program this edit is for is no longer in the case."
            )
        ) from None


def shown(name: str, value: Any) -> str:
    """A term's value in the analyst's words: "4.000 %", "yes", "J-1+, J-1" (the audit log's)."""
    return str(value_word(name, value))


def value_word(name: str, value: Any) -> Text | str:
    """:func:`shown` as the Undo menu shows it, words translated."""
    if value is None:
        defaults = ("transfer_reserve", "collection_period_months")
        return _VALUE_WORDS["default" if name in defaults else "none"]
    if isinstance(value, bool):
        return _VALUE_WORDS[value]
    if name in _FRACTIONS and isinstance(value, int | float):
        return f"{value * 100:.3f} %"
    if isinstance(value, list | tuple):
        return joined([_item(v) for v in value]) or _VALUE_WORDS["none"]
    return _item(value)


def _item(value: Any) -> Text | str:
    if isinstance(value, Party):
        if value.short_term_rating:
            return f"{value.name} ({value.short_term_rating})"
        return caption(
            QT_TRANSLATE_NOOP("CaseCommand", "{name} ({rating})"),
            name=value.name,
            rating=_VALUE_WORDS["group entity" if value.entity_id else "unrated"],
        )
    if isinstance(value, BackupLine):
        return f"{value.kind.replace('_', ' ')} {value.share:.0%}"
    return str(value)


class AddProgram:
    """Put a new program into the case."""

    def __init__(self, item: StoredProgram) -> None:
        self._item = item
        self.item_id = item.id
        set_caption(
            self,
            caption(
                QT_TRANSLATE_NOOP("CaseCommand", "Add ABCP program {name}"), name=item.program.name
            ),
        )

    def check(self, case: Case) -> None:
        if any(p.id == self._item.id for p in case.programs):
            raise refused(
                QT_TRANSLATE_NOOP(
                    "EditRefused", "A program with the same identifier is already in the case."
                )
            )
        check_terms(case, self._item.program)

    def redo(self, case: Case) -> None:
        case.programs.append(self._item)
        case.log("ABCP program added", self._item.program.name)

    def undo(self, case: Case) -> None:
        case.programs.remove(self._item)
        case.log("undo", self.text)


class RemoveProgram:
    """Take a program (and its stored analysis) out of the case."""

    def __init__(self, program_id: str, reason: str) -> None:
        self._id = program_id
        self._reason = (reason or "").strip()
        self._removed: tuple[int, StoredProgram, list[Any]] | None = None
        self.text = "Remove ABCP program"

    def check(self, case: Case) -> None:
        item = find_program(case, self._id)
        set_caption(
            self,
            caption(
                QT_TRANSLATE_NOOP("CaseCommand", "Remove ABCP program {name}"),
                name=item.program.name,
            ),
        )
        if not self._reason:
            raise refused(
                QT_TRANSLATE_NOOP(
                    "EditRefused",
                    "Remove ABCP program {name}: removing a rated program needs a written reason.",
                ),
                name=item.program.name,
            )

    def redo(self, case: Case) -> None:
        item = find_program(case, self._id)
        index = case.programs.index(item)
        results = [r for r in case.program_results if r.program_id == self._id]
        self._removed = (index, item, results)
        case.programs.remove(item)
        case.program_results = [r for r in case.program_results if r.program_id != self._id]
        case.log("ABCP program removed", f"{item.program.name}; reason: {self._reason}")

    def undo(self, case: Case) -> None:
        if self._removed is None:
            raise RuntimeError("undo before redo")
        index, item, results = self._removed
        case.programs.insert(index, item)
        case.program_results.extend(results)
        case.log("undo", self.text)


class ProgramEdit(PartEdit[StoredProgram]):
    """An edit of an ABCP program's terms, checks, choices, history or receivables; an
    analyst's judgement (``needs_reason``) takes a written reason, a fact of the documents
    one when given."""

    needs_reason = True
    audit_action = QT_TRANSLATE_NOOP("AuditLog", "ABCP program edited")
    no_reason_given = "none asked (a fact of the documents)"

    def check(self, case: Case) -> None:
        self._validate(case, self._find(case))
        if self.needs_reason and not self._reason:
            raise refused(
                QT_TRANSLATE_NOOP(
                    "EditRefused",
                    "{edit}: this is the analyst's judgement, recorded with its reason; "
                    "write the reason.",
                ),
                edit=self.caption,
            )

    def _find(self, case: Case) -> StoredProgram:
        return find_program(case, self._part_id)

    def _state(self, part: StoredProgram) -> _State:
        return (part.program, part.choices, part.history, part.receivables)

    def _restore(self, part: StoredProgram, state: tuple) -> None:
        part.program, part.choices, part.history, part.receivables = state

    def _part_name(self, part: StoredProgram) -> str:
        return part.program.name


class EditProgramTerms(ProgramEdit):
    """Change terms of the program (``changes``: term → value). Judgement terms (commingling
    mitigated, the program's own servicer-transfer estimate) need a reason, kept with them;
    facts of the documents take one when given."""

    def __init__(
        self,
        program_id: str,
        changes: Mapping[str, Any],
        reason: str = "",
        analyst: str | None = None,
    ) -> None:
        terms = joined([Text(CAPTION, TERM_WORDS.get(name, name)) for name in changes])
        super().__init__(
            program_id,
            reason,
            analyst,
            caption(QT_TRANSLATE_NOOP("CaseCommand", "Set {terms}"), terms=terms),
        )
        self._changes = dict(changes)
        self._new: AbcpProgram | None = None
        self.needs_reason = any(
            name in JUDGEMENT_TERMS and _sets_judgement(name, value)
            for name, value in changes.items()
        )

    def _validate(self, case: Case, item: StoredProgram) -> None:
        unknown = [name for name in self._changes if name not in TERM_WORDS]
        if unknown:
            raise refused(
                QT_TRANSLATE_NOOP("EditRefused", "A program has no term called {term}."),
                term=repr(unknown[0]),
            )
        data = item.program.to_dict()
        for name, value in self._changes.items():
            data[name] = _plain(value)
            reason_field = JUDGEMENT_TERMS.get(name)
            if reason_field is not None:
                # Until the reason is given (``describe`` before asking for it) the value is
                # checked with a stand-in; ``check`` then refuses an edit without its reason.
                reason = self._reason or "(reason to follow)"
                data[reason_field] = reason if _sets_judgement(name, value) else ""
        try:
            self._new = AbcpProgram.from_dict(data, "program")
        except FieldError as error:
            raise _term_problem(error) from None
        check_terms(case, self._new)
        if len(self._changes) == 1:
            [(name, value)] = self._changes.items()
            old = getattr(item.program, name)
            line = caption(
                QT_TRANSLATE_NOOP("CaseCommand", "Set {field} {old} → {new}"),
                field=Text(CAPTION, TERM_WORDS[name]),
                old=value_word(name, old),
                new=value_word(name, value),
            )
            set_caption(self, line)

    def _apply(self, case: Case, item: StoredProgram) -> str:
        assert self._new is not None
        old = item.program
        item.program = self._new
        return "; ".join(
            f"{TERM_WORDS[name]} {shown(name, getattr(old, name))} → "
            f"{shown(name, getattr(self._new, name))}"
            for name in self._changes
        )


class AnswerCheck(ProgramEdit):
    """Answer one point of a checklist (spc, facility, internal): yes or no with its reason,
    or open again."""

    def __init__(
        self,
        program_id: str,
        checklist: str,
        key: str,
        answer: str,
        reason: str,
        analyst: str | None = None,
    ) -> None:
        super().__init__(
            program_id,
            reason,
            analyst,
            caption(
                QT_TRANSLATE_NOOP("CaseCommand", "Answer {point}: {answer}"),
                point=key.replace("_", " "),
                answer=answer,
            ),
        )
        self._checklist, self._key, self._answer = checklist, key, answer
        self.needs_reason = answer != "open"

    def _validate(self, case: Case, item: StoredProgram) -> None:
        if self._checklist not in CHECKLISTS:
            raise refused(
                QT_TRANSLATE_NOOP("EditRefused", "There is no checklist called {checklist}."),
                checklist=repr(self._checklist),
            )
        known = {check.key for check in abcp_rules().checks[self._checklist]}
        if self._key not in known:
            raise refused(
                QT_TRANSLATE_NOOP(
                    "EditRefused", "{key} is not a point of the {checklist} checklist."
                ),
                key=repr(self._key),
                checklist=self._checklist,
            )
        if self._answer not in ("yes", "no", "open"):
            raise refused(QT_TRANSLATE_NOOP("EditRefused", "A check is answered yes, no or open."))

    def _apply(self, case: Case, item: StoredProgram) -> str:
        answer = CheckAnswer(
            self._checklist,
            self._key,
            self._answer,
            self._reason if self._answer != "open" else "",
            self._analyst,
            self._timestamp,
        )
        kept = tuple(
            a for a in item.program.answers if (a.checklist, a.key) != (self._checklist, self._key)
        )
        item.program = replace(item.program, answers=(*kept, answer))
        return f"{self._checklist} check {self._key}: {self._answer}"


class SetStressChoice(ProgramEdit):
    """Choose the stress form ("multiple", "sd") or the base-case reading; ``value`` None
    goes back to the rulebook's Desk default."""

    def __init__(
        self,
        program_id: str,
        name: str,
        value: str | None,
        reason: str,
        analyst: str | None = None,
    ) -> None:
        words = CHOICE_WORDS.get(name, name)
        line = (
            caption(
                QT_TRANSLATE_NOOP("CaseCommand", "Set {choice} {value}"),
                choice=Text(EDIT_REFUSED, words),
                value=value,
            )
            if value
            else caption(
                QT_TRANSLATE_NOOP("CaseCommand", "Set {choice} Desk default"),
                choice=Text(EDIT_REFUSED, words),
            )
        )
        super().__init__(program_id, reason, analyst, line)
        self._name, self._value = name, value
        self.needs_reason = value is not None

    def _validate(self, case: Case, item: StoredProgram) -> None:
        allowed = {"form": STRESS_FORMS, "method": BASE_CASE_METHODS}.get(self._name)
        if allowed is None:
            raise refused(
                QT_TRANSLATE_NOOP("EditRefused", "There is no stress choice called {name}."),
                name=repr(self._name),
            )
        if self._value is not None and self._value not in allowed:
            raise refused(
                QT_TRANSLATE_NOOP("EditRefused", "The {choice} is one of {allowed}."),
                choice=Text("EditRefused", CHOICE_WORDS[self._name]),
                allowed=", ".join(allowed),
            )

    def _apply(self, case: Case, item: StoredProgram) -> str:
        reason = self._reason if self._value is not None else ""
        item.choices = replace(
            item.choices, **{self._name: self._value, f"{self._name}_reason": reason}
        )
        return self.text.removeprefix("Set ")


class AdjustFactor(ProgramEdit):
    """Set the multiple (form "multiple") or k (form "sd") of one target rating; ``value``
    None takes the adjustment back. An order a higher rating would take less stress in is
    refused."""

    def __init__(
        self,
        program_id: str,
        rating: str,
        form: str,
        value: float | None,
        reason: str,
        analyst: str | None = None,
    ) -> None:
        what = "multiple" if form == "multiple" else "k"
        typed = f"{value:g}" if isinstance(value, int | float) else repr(value)
        line = (
            caption(
                QT_TRANSLATE_NOOP("CaseCommand", "Set {rating} {what} {value}"),
                rating=rating,
                what=Text(CAPTION, what),
                value=typed,
            )
            if value is not None
            else caption(
                QT_TRANSLATE_NOOP("CaseCommand", "Reset {rating} {what}"),
                rating=rating,
                what=Text(CAPTION, what),
            )
        )
        super().__init__(program_id, reason, analyst, line)
        self._rating, self._form, self._value = rating, form, value
        self._choices: StressChoices | None = None

    def _validate(self, case: Case, item: StoredProgram) -> None:
        if self._rating not in TARGET_RATINGS:
            raise refused(
                QT_TRANSLATE_NOOP("EditRefused", "{rating} is not a target rating ({targets})."),
                rating=repr(self._rating),
                targets=", ".join(TARGET_RATINGS),
            )
        if self._form not in STRESS_FORMS:
            raise refused(
                QT_TRANSLATE_NOOP("EditRefused", "The stress form is one of {forms}."),
                forms=", ".join(STRESS_FORMS),
            )
        kept = tuple(
            a for a in item.choices.adjustments if (a.rating, a.form) != (self._rating, self._form)
        )
        if self._value is not None:
            if (
                isinstance(self._value, bool)
                or not isinstance(self._value, int | float)
                or not (self._value > 0)
            ):
                raise refused(
                    QT_TRANSLATE_NOOP(
                        "EditRefused", "A stress factor is a number above zero, not {value}."
                    ),
                    value=repr(self._value),
                )
            adjustment = FactorAdjustment(
                self._rating,
                self._form,
                float(self._value),
                self._reason,
                self._analyst,
                self._timestamp,
            )
            kept = (*kept, adjustment)
        choices = replace(item.choices, adjustments=kept)
        problem = choices.order_problem(abcp_rules())
        if problem:
            raise refused(QT_TRANSLATE_NOOP("EditRefused", "Refused: {problem}."), problem=problem)
        self._choices = choices

    def _apply(self, case: Case, item: StoredProgram) -> str:
        assert self._choices is not None
        item.choices = self._choices
        return self.text.removeprefix("Set ")


class ImportHistory(ProgramEdit):
    """Make ``history`` the program's monthly history (a checked one: see ``read_history``).
    Where it came from (file, sheet, SHA-256) stands in for a typed reason."""

    def __init__(self, program_id: str, history: MonthlyHistory, analyst: str | None = None):
        source = history.source
        where = f"{source.get('file', 'history')}, sheet {source.get('sheet', '?')}"
        super().__init__(
            program_id,
            f"monthly history {where}",
            analyst,
            caption(QT_TRANSLATE_NOOP("CaseCommand", "Import monthly history")),
        )
        self._history = history

    def _validate(self, case: Case, item: StoredProgram) -> None:
        if not len(self._history.frame):
            raise refused(QT_TRANSLATE_NOOP("EditRefused", "The history has no month to import."))

    def _apply(self, case: Case, item: StoredProgram) -> str:
        item.history = self._history
        return f"monthly history, {self._history.month_count} months ({self._reason})"


class ImportReceivables(ProgramEdit):
    """Make ``pool`` (read with the receivables schema) the program's purchased receivables."""

    def __init__(self, program_id: str, pool: StoredPool, analyst: str | None = None) -> None:
        source = pool.source
        where = f"{source.get('file', 'tape')}, sheet {source.get('sheet', '?')}"
        super().__init__(
            program_id,
            f"receivables tape {where}",
            analyst,
            caption(QT_TRANSLATE_NOOP("CaseCommand", "Import receivables")),
        )
        self._pool = pool

    def _validate(self, case: Case, item: StoredProgram) -> None:
        if self._pool.loans.empty:
            raise refused(
                QT_TRANSLATE_NOOP(
                    "EditRefused",
                    "The tape has no receivable without errors, so there is nothing to import; "
                    "the report lists what to correct.",
                )
            )

    def _apply(self, case: Case, item: StoredProgram) -> str:
        item.receivables = self._pool
        excluded = self._pool.source.get("excluded", 0)
        return (
            f"receivables {len(self._pool.loans):,} imported, {excluded:,} excluded "
            f"({self._reason})"
        )


def check_terms(case: Case, program: AbcpProgram) -> None:
    """The program's keys are the rulebook's and its entities are the case's."""
    rules = abcp_rules()
    if program.spc_form not in rules.spc_forms:
        raise refused(
            QT_TRANSLATE_NOOP("EditRefused", "The SPC form is one of {forms}."),
            forms=", ".join(rules.spc_forms),
        )
    if program.purchased_assets not in rules.purchased_assets:
        raise refused(
            QT_TRANSLATE_NOOP("EditRefused", "The purchased assets are one of {assets}."),
            assets=", ".join(rules.purchased_assets),
        )
    documents = {d.key for kind in rules.documents.values() for d in kind}
    for document in program.documents:
        if document not in documents:
            raise refused(
                QT_TRANSLATE_NOOP(
                    "EditRefused", "{document} is not a document the methodology lists."
                ),
                document=repr(document),
            )
    mitigants = load_rulebook().transfer_risk_mitigants
    for mitigant in program.transfer_mitigants:
        if mitigant not in mitigants:
            raise refused(
                QT_TRANSLATE_NOOP(
                    "EditRefused", "{mitigant} is not a transfer-risk mitigant of {citation}."
                ),
                mitigant=repr(mitigant),
                citation="003 No. 1 §2(3)",
            )
    entities = {entity.id for entity in case.entities}
    for party in (program.sponsor, *program.sellers):
        if party.entity_id is not None and party.entity_id not in entities:
            if party.name:
                raise refused(
                    QT_TRANSLATE_NOOP(
                        "EditRefused", "{party} is no longer an entity of the group tab."
                    ),
                    party=party.name,
                )
            raise refused(
                QT_TRANSLATE_NOOP("EditRefused", "A party is no longer an entity of the group tab.")
            )
    names = [seller.name.strip() for seller in program.sellers]
    if any(not name for name in names) or len(set(names)) != len(names):
        raise refused(QT_TRANSLATE_NOOP("EditRefused", "Every seller needs a name of its own."))


def _sets_judgement(name: str, value: Any) -> bool:
    return bool(value) if name == "commingling_mitigated" else value is not None


def _plain(value: Any) -> Any:
    """A term's value as a stored program holds it (records as tables, tuples as lists)."""
    if isinstance(value, Party | BackupLine):
        return value.to_dict()
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _term_problem(error: FieldError) -> EditRefused:
    """A term the program's reader refused, in the words of that reader (structured.fields)."""
    said = error.sentence
    key = error.key.replace("program.", "", 1)
    return passed_on(Text(said.context, said.source, {**said.args, "key": key}))
