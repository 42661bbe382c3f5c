"""Re-fitting a scenario's classes to a pool of another size, as a recorded judgement.

A pool replaced under a scenario whose classes were sized for a pool of another size is the
moment to choose: keep the classes' amounts (the difference becomes over-collateralisation)
or keep their shares (every class resized). :func:`misfits` finds the scenarios an import
would leave mismatched, :class:`ImportPool` applies the choice in the same undoable edit, and
:class:`RefitClasses` re-fits one scenario later (a pool added beside, an older case).
"""

from __future__ import annotations

from dataclasses import dataclass

from jcr_desk.case.document.errors import EditRefused, refused
from jcr_desk.case.document.model import Case, Scenario, StoredPool
from jcr_desk.case.document.refusal_words import either, listed
from jcr_desk.case.edits.scenario_commands import ScenarioEdit, pool_balance
from jcr_desk.i18n import QT_TRANSLATE_NOOP, Text
from jcr_desk.structured.errors import StressInputError
from jcr_desk.structured.rmbs.class_fit import CLASS_FITS, FIT_WORDS, ClassFit, class_fit, refit
from jcr_desk.structured.rmbs.deal import DealStructure
from jcr_desk.structured.rmbs.settings import stress_settings


@dataclass(frozen=True)
class Misfit:
    """One scenario whose classes would not fit the pool under it."""

    scenario: Scenario
    fit: ClassFit

    def text(self) -> Text:
        """The mismatch as a sentence the analyst reads in their language."""
        fit = self.fit
        return Text(
            EditRefused.CONTEXT,
            QT_TRANSLATE_NOOP(
                "EditRefused",
                "the classes of scenario {name} ({notes}) were sized for a pool of {sized_for}; "
                "the new pool is {pool}",
            ),
            {
                "name": self.scenario.name,
                "notes": f"¥{fit.notes:,.0f}",
                "sized_for": f"¥{fit.sized_for:,.0f}",
                "pool": f"¥{fit.pool:,.0f}",
            },
        )

    def sentence(self) -> str:
        return str(self.text())


class ClassesDoNotFit(EditRefused):
    """An import that leaves classes sized for another pool, until the analyst chooses."""

    def __init__(self, found: list[Misfit]) -> None:
        self.misfits = found
        super().__init__(
            Text(
                EditRefused.CONTEXT,
                QT_TRANSLATE_NOOP(
                    "EditRefused",
                    "{misfits}. Choose to keep the classes' amounts (the difference becomes "
                    "over-collateralisation) or to keep their shares (every class resized).",
                ),
                {"misfits": listed([m.text() for m in found], starts=True)},
            )
        )


def balance(pool: StoredPool) -> float | None:
    """A pool's current balance, or None when its tape has no such column."""
    if "current_balance" not in pool.loans.columns:
        return None
    return float(pool.loans["current_balance"].sum())


def misfits(
    case: Case, new_pool: StoredPool, replaced: StoredPool | None
) -> list[Misfit]:
    """The scenarios now on ``replaced`` whose classes would not fit ``new_pool``."""
    if replaced is None:
        return []
    new_balance, old_balance = balance(new_pool), balance(replaced)
    if new_balance is None:
        return []
    tolerance = stress_settings().class_fit_tolerance
    found = []
    for scenario in case.scenarios:
        if case.scenario_pool(scenario) is not replaced or not scenario.structure.classes:
            continue
        fit = class_fit(scenario.structure, new_balance, tolerance, old_balance)
        if not fit.matches:
            found.append(Misfit(scenario, fit))
    return found


def refitted(found: list[Misfit], choice: str) -> dict[str, DealStructure]:
    """Each mismatched scenario's structure re-fitted by ``choice``, or :class:`EditRefused`
    naming the scenario whose classes cannot take it."""
    if choice not in CLASS_FITS:
        raise refused(
            QT_TRANSLATE_NOOP("EditRefused", "The classes are re-fitted by {choices}."),
            choices=either(CLASS_FITS),
        )
    structures = {}
    for misfit in found:
        try:
            structures[misfit.scenario.id] = refit(misfit.scenario.structure, misfit.fit, choice)
        except StressInputError as error:
            raise refused(
                QT_TRANSLATE_NOOP("EditRefused", "Scenario {name}: {problem}"),
                name=misfit.scenario.name,
                problem=error.sentence,
            ) from None
    return structures


class RefitClasses(ScenarioEdit):
    """Re-fit one scenario's classes to the pool it runs on now, by ``choice``."""

    def __init__(
        self, scenario_id: str, choice: str, reason: str, analyst: str | None = None
    ) -> None:
        words = "keep amounts" if choice == CLASS_FITS[0] else "keep shares"
        super().__init__(scenario_id, reason, analyst, f"Re-fit classes to the pool ({words})")
        self._choice = choice
        self._structure: DealStructure | None = None

    def _validate(self, case: Case, scenario: Scenario) -> None:
        pool = pool_balance(case, scenario)
        if pool is None:
            raise refused(
                QT_TRANSLATE_NOOP(
                    "EditRefused", "The scenario has no pool with balances to fit its classes to."
                )
            )
        fit = class_fit(scenario.structure, pool, stress_settings().class_fit_tolerance)
        self._structure = refitted([Misfit(scenario, fit)], self._choice)[scenario.id]

    def _apply(self, case: Case, scenario: Scenario) -> str:
        assert self._structure is not None  # _validate ran in check()
        scenario.structure = self._structure
        pool = self._structure.sized_for_pool or 0.0
        return f"{FIT_WORDS[self._choice]} on a pool of ¥{pool:,.0f}"
