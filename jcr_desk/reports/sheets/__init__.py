"""The committee workbook's sheets, in the order the committee reads them.

A sheet is one :class:`SheetSpec`: its tab title, whether the case has that part, and the
function that writes it; a new sheet is one more entry in :data:`SHEETS`. The cover is
written last, so that it can list the sheets and the export's notices; the loans appendix is
streamed after the rest.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from jcr_desk.reports.book import Sheet
from jcr_desk.reports.context import ExportContext
from jcr_desk.reports.sheets import (
    assumptions,
    cashflows,
    committee,
    enhancement,
    pool,
    ratings,
    record,
)


@dataclass(frozen=True)
class SheetSpec:
    """One sheet: ``applies`` says whether the case has its part, ``write`` fills it."""

    title: str
    about: str
    applies: Callable[[ExportContext], bool]
    write: Callable[[Sheet, ExportContext], None]


def _has_result(context: ExportContext) -> bool:
    return context.result is not None


SHEETS: tuple[SheetSpec, ...] = (
    SheetSpec(
        "Summary",
        "every rated item: current rating, guideline, proposal, decision, override",
        lambda c: bool(c.case.entities) or _has_result(c),
        ratings.write_summary,
    ),
    SheetSpec(
        "Rating action",
        "each rated item from its current rating to the proposal, and the action",
        committee.has_rated_items,
        committee.write_rating_action,
    ),
    SheetSpec(
        "Group",
        "the group as a tree with ownership and ratings; each guideline's cited steps",
        lambda c: bool(c.case.entities),
        ratings.write_group,
    ),
    SheetSpec(
        "Ceilings",
        "sovereign ratings and country ceilings, and who they apply to",
        lambda c: bool(c.case.countries),
        ratings.write_ceilings,
    ),
    SheetSpec(
        "Pool",
        "the loan tape's source, summary and strat tables with charts",
        lambda c: c.pool is not None,
        pool.write_pool,
    ),
    SheetSpec(
        "Exceptions",
        "rows excluded at import and every problem the tape had",
        lambda c: c.pool is not None and bool(c.pool.report),
        pool.write_exceptions,
    ),
    SheetSpec(
        "Assumptions",
        "the scenario's inputs as named cells, read back by a scenario import",
        lambda c: c.scenario is not None,
        assumptions.write_assumptions,
    ),
    SheetSpec(
        "Enhancement",
        "required credit enhancement by layer and rating against each class's",
        _has_result,
        enhancement.write_enhancement,
    ),
    SheetSpec(
        "Cash flows",
        "the stressed pool and class flows by month for each rating",
        _has_result,
        cashflows.write_cashflows,
    ),
    SheetSpec(
        "Sensitivity",
        "the senior class's bad-loan enhancement over two grids",
        _has_result,
        cashflows.write_sensitivity,
    ),
    SheetSpec(
        "Disclosure",
        "the Rule 17g-7 information disclosure form's items as drafted",
        committee.has_rated_items,
        committee.write_disclosure,
    ),
    SheetSpec(
        "History",
        "the rating history",
        lambda c: bool(c.case.history),
        record.write_history,
    ),
    SheetSpec(
        "Audit",
        "every change to the case: who, when, what",
        lambda c: bool(c.case.audit),
        record.write_audit,
    ),
)
