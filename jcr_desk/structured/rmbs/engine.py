"""One stress run of an RMBS scenario: from the pool and the structure to the CE table.

The steps follow METHODOLOGY §6: stress the base case per target rating, project the pool
loan by loan, push the cash through the waterfall, solve each rated class's bad-loan
enhancement, add the interest-rate, commingling and setoff layers, compare with the
enhancement each class has, and cap the result with the ceiling rules. The result is an
:class:`~jcr_desk.structured.rmbs.result.EnhancementResult`, which the case stores, the CLI
prints and the tab draws.
"""

from __future__ import annotations

from types import MappingProxyType

import numpy as np

from jcr_desk import __version__
from jcr_desk.i18n import QT_TRANSLATE_NOOP, Text
from jcr_desk.methodology.rulebook import Rulebook, load_rulebook
from jcr_desk.progress import CancelToken, ProgressCallback, ProgressMessage, no_progress, step
from jcr_desk.structured.errors import StressInputError, refused
from jcr_desk.structured.frozen import freeze, thaw
from jcr_desk.structured.rmbs.apartment import has_apartments, loan_base_rates, pool_base_rate
from jcr_desk.structured.rmbs.base_case import rulebook_timing
from jcr_desk.structured.rmbs.class_fit import fit_warning
from jcr_desk.structured.rmbs.class_layout import class_layout, reserve_target, waterfall_terms
from jcr_desk.structured.rmbs.desk_defaults import rating_desk_defaults, run_desk_defaults
from jcr_desk.structured.rmbs.inputs import StressInputs, check_inputs
from jcr_desk.structured.rmbs.layers import (
    commingling_enhancement,
    commingling_trigger,
    setoff_enhancement,
)
from jcr_desk.structured.rmbs.loan_table import loan_arrays
from jcr_desk.structured.rmbs.mechanisms import (
    OPEN,
    RELIED,
    commingling_charged,
    concentration_decisions,
    group_credit_life_statement,
    guarantee_cover,
    rent_cover,
)
from jcr_desk.structured.rmbs.projection import PoolCashflows, project
from jcr_desk.structured.rmbs.rate_layer import rating_rate_layer
from jcr_desk.structured.rmbs.rating_stress import rating_stresses
from jcr_desk.structured.rmbs.result import EnhancementResult, PoolFlows
from jcr_desk.structured.rmbs.results import (
    RatingFigures,
    class_ratings,
    held_at_lower_ratings,
    rating_line,
    sensitivity_grids,
)
from jcr_desk.structured.rmbs.schedule import RecoveryBasis, schedule_pool, value_ratio
from jcr_desk.structured.rmbs.segments import SegmentPlan, segment_plan
from jcr_desk.structured.rmbs.sentences import said, segment_named
from jcr_desk.structured.rmbs.settings import StressSettings, stress_settings
from jcr_desk.structured.rmbs.solver import Problems, breakeven_multiples, required_subordination
from jcr_desk.structured.rmbs.stress_rows import stress_rows
from jcr_desk.structured.rmbs.waterfall import run_waterfall

EXERCISED, NOT_EXERCISED, NO_CALL = "exercised", "not exercised", "none stated"


def run_stress(
    inputs: StressInputs,
    *,
    rulebook: Rulebook | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> EnhancementResult:
    """Required and available enhancement per target rating and class, with the flows."""
    report = progress or no_progress
    book = rulebook or load_rulebook()
    rules = stress_settings(book)
    check_inputs(inputs, rules)
    assumptions, deal, parties = inputs.assumptions, inputs.deal, inputs.parties
    report(0.0, step(QT_TRANSLATE_NOOP("Progress", "Reading the pool")))
    base_rates = loan_base_rates(inputs.loans, assumptions.base_default_rate, rules)
    pool_rate = pool_base_rate(inputs.loans, base_rates)
    factors = np.divide(base_rates, pool_rate, out=np.ones(len(base_rates)), where=pool_rate > 0)
    plan = segment_plan(inputs.loans, assumptions, rules)
    rent = rent_cover(inputs.loans, deal, parties, inputs.cut_off, rules.rent_guarantee_step_months)
    cover = guarantee_cover(deal, parties, rules)
    loans, warnings, valuation_basis = loan_arrays(
        inputs.loans,
        factors,
        inputs.cut_off,
        segment=plan.codes,
        guarded_until=rent.guarded_until,
    )
    ratings = rating_stresses(inputs, book, rules)
    sensitivity_rating = ratings[0]
    recovery_ratios = [
        _value_ratio(assumptions.recovery_rate, r.rating_ratio, rules)
        * cover.recovery_factor(r.rating)
        for r in ratings
    ]
    grid_recoveries = [
        _value_ratio(rate, sensitivity_rating.rating_ratio, rules)
        for rate in rules.sensitivity_recovery_rates
    ]
    lag = assumptions.recovery_lag_months
    basis = RecoveryBasis(
        tuple(recovery_ratios + grid_recoveries), rules.property_decline_per_year, lag
    )

    def scheduling_progress(fraction: float, message: ProgressMessage) -> None:
        report(0.05 + 0.45 * fraction, message)

    schedule = schedule_pool(loans, basis, progress=scheduling_progress, cancel=cancel)
    pool = schedule.pool_balance
    timing = _timing(inputs, schedule.months, rules)
    rows = stress_rows(
        inputs,
        ratings,
        pool_rate,
        len(recovery_ratios),
        rules,
        segment_factors=[plan.factors(r, assumptions, rules) for r in ratings]
        if plan.names
        else None,
        rent_guarantee=[rent.applies(r.rating) for r in ratings],
    )
    stresses = rows.stresses
    report(0.5, step(QT_TRANSLATE_NOOP("Progress", "Projecting the stressed pool")))
    flows = project(schedule, stresses, timing, rules.default_split_months, lag)

    layout = class_layout(deal.classes, pool)
    misfit = fit_warning(deal, pool, rules.class_fit_tolerance)
    if misfit is not None:
        warnings.append(misfit)
    variants = _call_variants(inputs, rules)
    terms = {
        call: waterfall_terms(inputs, layout, flows.months, rules, call=call) for call in variants
    }
    stated = terms[variants[0]]  # the deal as its documents say
    reserve = reserve_target(inputs, layout, stated)
    rated = layout.rated

    report(0.55, step(QT_TRANSLATE_NOOP("Progress", "Solving the required enhancement")))
    rating_problems = Problems(
        np.repeat(np.arange(len(ratings)), len(rated)), np.tile(np.array(rated), len(ratings))
    )
    grid_rows = np.concatenate((np.array(rows.by_recovery), np.array(rows.by_cpr)))
    problems = Problems(
        np.concatenate((rating_problems.stress_index, grid_rows)),
        np.concatenate((rating_problems.position, np.full(len(grid_rows), rated[0]))),
    )
    reserves = np.full(len(problems.position), reserve)
    need, achievable, binding = _higher_of(
        [
            required_subordination(
                flows,
                problems,
                layout.shares,
                reserves,
                terms[call],
                rules.solver_tolerance,
                cancel,
            )
            for call in variants
        ]
    )

    report(0.8, step(QT_TRANSLATE_NOOP("Progress", "Running the structure as it stands")))
    actual = np.tile(layout.balances(), (len(ratings), 1))
    ledger = run_waterfall(
        flows, np.arange(len(ratings)), actual, np.full(len(ratings), reserve), stated, record=True
    ).ledger
    assert ledger is not None

    report(0.85, step(QT_TRANSLATE_NOOP("Progress", "Breakeven default multiples")))
    breakeven = np.min(
        [
            breakeven_multiples(
                schedule,
                stresses,
                rating_problems,
                np.repeat(actual[:1], len(rating_problems.position), axis=0),
                np.full(len(rating_problems.position), reserve),
                terms[call],
                timing,
                rules.default_split_months,
                lag,
                rules.max_breakeven_multiple,
                rules.solver_tolerance,
                cancel,
            )
            for call in variants
        ],
        axis=0,
    )

    report(0.95, step(QT_TRANSLATE_NOOP("Progress", "Adding the other layers")))
    setoff = _setoff(inputs, warnings) / pool
    trigger = commingling_trigger(parties.servicer_rating, parties.servicer_outlook, rules)
    charged, commingling_note = commingling_charged(deal, parties, trigger)
    period = deal.collection_period_months or rules.collection_period_months
    base = rows.base
    collections = flows.interest[base, 1:] + flows.principal[base, 1:] + flows.recoveries[base, 1:]
    commingling = (
        commingling_enhancement(collections, pool, period, deal.commingling_one_day)
        if charged
        else 0.0
    )
    count = len(rated)
    shape = (len(ratings), count)
    rate_layers = [
        rating_rate_layer(
            inputs,
            schedule,
            flows,
            index,
            ledger.class_balance[index],
            layout,
            stress,
            stated,
            rules,
        )
        for index, stress in enumerate(ratings)
    ]
    floors = held_at_lower_ratings(
        need[: shape[0] * count].reshape(shape),
        achievable[: shape[0] * count].reshape(shape),
        np.array([layer.enhancement for layer in rate_layers]),
    )
    call_words = _call_words(inputs, binding[: shape[0] * count].reshape(shape))
    lines = []
    for index, stress in enumerate(ratings):
        figures = RatingFigures(
            {
                "interest_rate": float(floors.interest_rate[index]),
                "commingling": commingling,
                "setoff": setoff,
            },
            rate_layers[index].direction,
            rate_layers[index].paths,
            call_words[index],
            bool(floors.raised[index]),
            guaranteed=cover.statement if cover.covers(stress.rating) else None,
            desk_defaults=rating_desk_defaults(
                stress, rules, deal.hedged or deal.loan_base_matches_notes
            ),
            segments=plan.multipliers(stress, assumptions, rules),
        )
        _refuse_layers_above_the_pool(stress.rating.symbol, figures.other_layers)
        lines.append(
            rating_line(
                stress,
                flows,
                index,
                layout,
                floors.required[index],
                floors.achievable[index],
                breakeven[index * count : (index + 1) * count],
                figures,
            )
        )
    warnings += _unapplied_warnings(flows, ratings, pool, rules.solver_tolerance)
    open_decisions, recorded = concentration_decisions(inputs.loans, assumptions)
    if cover.status == OPEN and cover.statement is not None:
        open_decisions.append(cover.statement)
    statements = [
        cover.statement if cover.status != OPEN else None,
        rent.statement,
        group_credit_life_statement(deal),
        commingling_note,
        *_segment_statements(plan, rules),
        *recorded,
    ]

    report(1.0, step(QT_TRANSLATE_NOOP("Progress", "Done")))
    senior = layout.tranches[0]
    return EnhancementResult(
        pool_balance=pool,
        months=flows.months,
        cut_off=inputs.cut_off,
        legal_final_month=stated.legal_final_month,
        rulebook_version=book.version,
        app_version=__version__,
        base_case=freeze(
            {
                "base_default_rate": assumptions.base_default_rate,
                "pool_default_rate": pool_rate,
                "cpr": assumptions.cpr,
                "recovery_rate": assumptions.recovery_rate,
                "recovery_lag_months": lag,
                "timing": "static data"
                if assumptions.timing_curve
                else "rulebook curve (Desk default)",
                "source": thaw(assumptions.base_case_source) or {},
            }
        ),
        recovery=freeze(
            {
                "valuation_basis": valuation_basis,
                "decline_per_year": rules.property_decline_per_year,
                "sale_cost": rules.sale_cost,
                "special_servicer_fee": rules.special_servicer_fee,
            }
        ),
        over_collateralisation=layout.over_collateralisation,
        clean_up_call=freeze(
            {
                "level": deal.clean_up_call or None,
                "tested": [EXERCISED, NOT_EXERCISED][: len(variants)] if deal.states_call else [],
            }
        ),
        ratings=tuple(lines),
        classes=class_ratings(inputs, layout.tranches, lines, book),
        liquidity_reserve=freeze(
            {
                "amount": reserve,
                "months": book.liquidity_reserve_months(senior.coupon_type == "floating"),
                "floating": senior.coupon_type == "floating",
            }
        ),
        commingling=freeze(
            {
                "collection_period_months": period,
                "one_day": deal.commingling_one_day,
                "servicer_rating": parties.servicer_rating,
                "trigger": rules.servicer_trigger.symbol,
                "trigger_breached": trigger.breached,
                "note": str(trigger.note),
                "note_sentence": trigger.note.to_data(),
                "mitigation": deal.commingling_mitigation,
                "charged": charged,
            }
        ),
        pool_cashflows=MappingProxyType(
            {s.rating.symbol: _pool_flows(flows, i) for i, s in enumerate(ratings)}
        ),
        class_balances=MappingProxyType(
            {
                s.rating.symbol: MappingProxyType(
                    {
                        t.name: tuple(ledger.class_balance[i, j, 1:].tolist())
                        for j, t in enumerate(layout.tranches)
                    }
                )
                for i, s in enumerate(ratings)
            }
        ),
        sensitivity=sensitivity_grids(
            sensitivity_rating,
            layout.tranches[rated[0]].name,
            rules,
            need[len(rating_problems.position) :],
        ),
        mechanisms=tuple(text for text in statements if text is not None),
        desk_defaults=run_desk_defaults(
            inputs,
            book,
            apartments=has_apartments(inputs.loans),
            recoveries=bool((loans.first_lien & (loans.property_value > 0)).any()),
            uplifted=plan.names,
            haircut=cover.status == RELIED,
        ),
        open_decisions=tuple(open_decisions),
        warnings=tuple(warnings),
    )


def _segment_statements(plan: SegmentPlan, rules: StressSettings) -> list[Text]:
    lines = []
    for name in plan.names:
        uplift = rules.segment_uplift.get(name)
        statement = (
            QT_TRANSLATE_NOOP(
                "StressResult",
                "Segment {segment}: {share:.1%} of the pool; default multipliers ×{uplift:g} "
                "(Desk default, 002 §2(1)(b), §2(2)(b)) unless adjusted.",
            )
            if uplift
            else QT_TRANSLATE_NOOP(
                "StressResult",
                "Segment {segment}: {share:.1%} of the pool; multipliers as adjusted by the "
                "analyst.",
            )
        )
        lines.append(
            said(statement, segment=segment_named(name), share=plan.shares[name], uplift=uplift)
        )
    return lines


def _pool_flows(flows: PoolCashflows, row: int) -> PoolFlows:
    return PoolFlows(
        *(tuple(getattr(flows, name)[row, 1:].tolist()) for name in PoolFlows.__dataclass_fields__)
    )


def _value_ratio(recovery_rate: float, rating_ratio: float, rules: StressSettings) -> float:
    return value_ratio(recovery_rate, rating_ratio, rules.sale_cost, rules.special_servicer_fee)


def _timing(inputs: StressInputs, months: int, rules: StressSettings) -> np.ndarray:
    stated = inputs.assumptions.timing_curve
    if stated:
        curve = np.zeros(months)
        given = np.asarray(stated[:months], dtype=float)
        curve[: len(given)] = given
        if curve.sum() > 0:
            return curve / curve.sum()
    return rulebook_timing(months, rules)


def _call_variants(inputs: StressInputs, rules: StressSettings) -> tuple[bool, ...]:
    """Whether to run the waterfall with the call exercised, without it, or both.

    No call unless the deal states one (seed 002 §2(1)(c)); a stated call is tested both ways
    when the rulebook's Desk default says so, the stated way first.
    """
    if not inputs.deal.states_call:
        return (False,)
    return (True, False) if rules.clean_up_call_both_ways else (True,)


def _higher_of(requirements: list) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per problem the larger subordination of the variants, both achievable, and which won."""
    needs = np.array([np.where(r.achievable, r.subordination, np.inf) for r in requirements])
    binding = np.argmax(needs, axis=0)
    achievable = np.logical_and.reduce([r.achievable for r in requirements])
    need = np.where(achievable, needs.max(axis=0), np.nan)
    return need, achievable, binding


def _call_words(inputs: StressInputs, binding: np.ndarray) -> list[list[str]]:
    """Per rating and rated class: no call stated, or which exercise set the figure."""
    if not inputs.deal.states_call:
        return [[NO_CALL] * binding.shape[1] for _ in range(binding.shape[0])]
    return [[EXERCISED if b == 0 else NOT_EXERCISED for b in row] for row in binding]


#: The risk layers as a refusal names them inside its sentence.
_LAYER_WORDS = {
    "bad_loan": QT_TRANSLATE_NOOP("StressInput", "bad loan"),
    "interest_rate": QT_TRANSLATE_NOOP("StressInput", "interest rate"),
    "commingling": QT_TRANSLATE_NOOP("StressInput", "commingling"),
    "setoff": QT_TRANSLATE_NOOP("StressInput", "setoff"),
}


def _refuse_layers_above_the_pool(rating: str, layers: dict[str, float]) -> None:
    """A layer worth more than the whole pool is a sign of inputs that cannot be right."""
    for key, value in layers.items():
        if value > 1.0:
            raise StressInputError(
                refused(
                    QT_TRANSLATE_NOOP(
                        "StressInput",
                        "The {layer} layer at {rating} would be {share} of the pool, above "
                        "100 %: check the loans' remaining terms and the collection period.",
                    ),
                    layer=refused(_LAYER_WORDS[key]),
                    rating=rating,
                    share=f"{value:.2%}",
                )
            )


def _unapplied_warnings(
    flows: PoolCashflows, ratings: list, pool: float, precision: float
) -> list[Text]:
    """Say, per rating, how much of the stressed default rate found no running loan.

    Below the precision the enhancement is solved to (the last months of almost any pool
    cannot take their curve share) the figure stays in the result without a warning.
    """
    lines = []
    for index, stress in enumerate(ratings):
        missed = float(flows.unapplied[index]) / pool
        if missed >= precision:
            stressed = float(flows.stressed[index]) / pool
            lines.append(
                said(
                    QT_TRANSLATE_NOOP(
                        "StressResult",
                        "{rating}: {missed:.2%} of the cut-off balance could not default "
                        "(stressed {stressed:.2%}, realised {realised:.2%}): no loan was still "
                        "running to take it when the timing curve asked for it.",
                    ),
                    rating=str(stress.rating),
                    missed=missed,
                    stressed=stressed,
                    realised=stressed - missed,
                )
            )
    return lines


def _setoff(inputs: StressInputs, warnings: list[Text]) -> float:
    loans = inputs.loans
    if "deposit_balance" not in loans.columns:
        warnings.append(
            said(
                QT_TRANSLATE_NOOP(
                    "StressResult", "The pool has no deposit balances: the setoff layer is zero."
                )
            )
        )
        return 0.0
    borrowers = loans["borrower_id"] if "borrower_id" in loans.columns else loans.index.to_series()
    return setoff_enhancement(loans["current_balance"], loans["deposit_balance"], borrowers)
