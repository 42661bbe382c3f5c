"""One stress run of an RMBS scenario: from the pool and the structure to the CE table.

The steps follow METHODOLOGY §6: stress the base case per target rating, project the pool
loan by loan, push the cash through the waterfall, solve each rated class's bad-loan
enhancement, add the interest-rate, commingling and setoff layers, compare with the
enhancement each class has, and cap the result with the ceiling rules. The result is plain
data (the layout the case stores, the CLI prints and the tab draws).
"""

from __future__ import annotations

import numpy as np

from jcr_desk.methodology.rulebook import Rulebook, load_rulebook
from jcr_desk.progress import CancelToken, ProgressCallback, no_progress
from jcr_desk.structured.apartment import loan_base_rates, pool_base_rate
from jcr_desk.structured.base_case import rulebook_timing
from jcr_desk.structured.inputs import StressInputs, Tranche, check_inputs, loan_arrays
from jcr_desk.structured.interest_rate import interest_rate_enhancement
from jcr_desk.structured.layers import (
    commingling_enhancement,
    commingling_trigger,
    liquidity_reserve,
    setoff_enhancement,
)
from jcr_desk.structured.projection import PoolCashflows, Stresses, project
from jcr_desk.structured.rating_stress import RatingStress, rating_stresses
from jcr_desk.structured.results import (
    held_at_lower_ratings,
    rating_result,
    sensitivity_grids,
    tranche_summary,
)
from jcr_desk.structured.schedule import (
    RATE_TYPES,
    PoolSchedule,
    RecoveryBasis,
    schedule_pool,
    value_ratio,
)
from jcr_desk.structured.settings import StressSettings, stress_settings
from jcr_desk.structured.solver import Problems, breakeven_multiples, required_subordination
from jcr_desk.structured.waterfall import WaterfallTerms, run_waterfall

JsonDict = dict[str, object]


def run_stress(
    inputs: StressInputs,
    *,
    rulebook: Rulebook | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> JsonDict:
    """Required and available enhancement per target rating and class, with the flows."""
    report = progress or no_progress
    book = rulebook or load_rulebook()
    rules = stress_settings(book)
    check_inputs(inputs)
    report(0.0, "Reading the pool")
    base_rates = loan_base_rates(inputs.loans, inputs.base_default_rate, rules)
    pool_rate = pool_base_rate(inputs.loans, base_rates)
    factors = np.divide(base_rates, pool_rate, out=np.ones(len(base_rates)), where=pool_rate > 0)
    loans, warnings = loan_arrays(inputs.loans, factors)
    ratings = rating_stresses(inputs, book, rules)
    sensitivity_rating = ratings[0]
    recovery_ratios = [_value_ratio(inputs.recovery_rate, r.rating_ratio, rules) for r in ratings]
    grid_recoveries = [
        _value_ratio(rate, sensitivity_rating.rating_ratio, rules)
        for rate in rules.sensitivity_recovery_rates
    ]
    lag = inputs.recovery_lag_months
    basis = RecoveryBasis(
        tuple(recovery_ratios + grid_recoveries), rules.property_decline_per_year, lag
    )

    def scheduling_progress(fraction: float, message: str) -> None:
        report(0.05 + 0.45 * fraction, message)

    schedule = schedule_pool(loans, basis, progress=scheduling_progress, cancel=cancel)
    pool = schedule.pool_balance
    timing = _timing(inputs, schedule.months, rules)
    stresses = _stresses(inputs, ratings, pool_rate, len(recovery_ratios), rules)
    report(0.5, "Projecting the stressed pool")
    flows = project(schedule, stresses, timing, rules.default_split_months, lag)

    tranches = sorted(inputs.tranches, key=lambda t: t.rank)
    shares = _class_shares(tranches, pool)
    terms = _terms(inputs, tranches, flows, rules)
    reserve = _reserve(inputs, tranches, pool, terms)
    rated = [j for j, t in enumerate(tranches) if t.coupon_type != "residual"]

    report(0.55, "Solving the required enhancement")
    rating_problems = Problems(
        np.repeat(np.arange(len(ratings)), len(rated)), np.tile(np.array(rated), len(ratings))
    )
    grid_rows = np.arange(len(ratings), len(stresses.cpr) - 1)
    grid_problems = Problems(grid_rows, np.full(len(grid_rows), rated[0]))
    problems = Problems(
        np.concatenate((rating_problems.stress_index, grid_problems.stress_index)),
        np.concatenate((rating_problems.position, grid_problems.position)),
    )
    requirement = required_subordination(
        flows,
        problems,
        shares,
        np.full(len(problems.position), reserve),
        terms,
        rules.solver_tolerance,
        cancel,
    )

    report(0.8, "Running the structure as it stands")
    actual = np.tile(shares * pool, (len(ratings), 1))
    ledger = run_waterfall(
        flows, np.arange(len(ratings)), actual, np.full(len(ratings), reserve), terms, record=True
    ).ledger
    assert ledger is not None

    report(0.85, "Breakeven default multiples")
    breakeven = breakeven_multiples(
        schedule,
        stresses,
        rating_problems,
        np.repeat(actual[:1], len(rating_problems.position), axis=0),
        np.full(len(rating_problems.position), reserve),
        terms,
        timing,
        rules.default_split_months,
        lag,
        rules.max_breakeven_multiple,
        rules.solver_tolerance,
        cancel,
    )

    report(0.95, "Adding the other layers")
    setoff = _setoff(inputs, warnings) / pool
    trigger = commingling_trigger(inputs.servicer_rating, inputs.servicer_outlook, rules)
    period = inputs.collection_period_months or rules.collection_period_months
    base = len(stresses.cpr) - 1
    collections = flows.interest[base, 1:] + flows.principal[base, 1:] + flows.recoveries[base, 1:]
    commingling = commingling_enhancement(collections, pool, period, inputs.commingling_one_day)
    count = len(rated)
    shape = (len(ratings), count)
    required = requirement.subordination[: shape[0] * count].reshape(shape)
    achievable = requirement.achievable[: shape[0] * count].reshape(shape)
    interest_rate = np.array(
        [
            _interest_rate_layer(
                inputs,
                schedule,
                flows,
                index,
                ledger.class_balance[index],
                tranches,
                stress,
                terms,
                rules,
            )
            for index, stress in enumerate(ratings)
        ]
    )
    floors = held_at_lower_ratings(required, achievable, interest_rate)
    per_rating: JsonDict = {}
    for index, stress in enumerate(ratings):
        per_rating[stress.rating.symbol] = rating_result(
            stress,
            flows,
            index,
            tranches,
            rated,
            shares,
            floors.required[index],
            floors.achievable[index],
            breakeven[index * count : (index + 1) * count],
            {
                "interest_rate": float(floors.interest_rate[index]),
                "commingling": commingling,
                "setoff": setoff,
            },
            bool(floors.raised[index]),
        )

    report(1.0, "Done")
    return {
        "pool_balance": pool,
        "months": flows.months,
        "cut_off": inputs.cut_off.isoformat(),
        "legal_final_month": terms.legal_final_month,
        "base_case": {
            "base_default_rate": inputs.base_default_rate,
            "pool_default_rate": pool_rate,
            "cpr": inputs.cpr,
            "recovery_rate": inputs.recovery_rate,
            "recovery_lag_months": lag,
            "timing": "static data" if inputs.timing_curve else "rulebook curve (Desk default)",
            "source": dict(inputs.base_case_source),
        },
        "ratings": per_rating,
        "tranches": tranche_summary(inputs, tranches, per_rating, book),
        "liquidity_reserve": {
            "amount": reserve,
            "months": book.liquidity_reserve_months(tranches[0].coupon_type == "floating"),
            "floating": tranches[0].coupon_type == "floating",
        },
        "commingling": {
            "collection_period_months": period,
            "one_day": inputs.commingling_one_day,
            "servicer_rating": inputs.servicer_rating,
            "trigger": rules.servicer_trigger.symbol,
            "trigger_breached": trigger.breached,
            "note": trigger.note,
        },
        "pool_cashflows": {s.rating.symbol: flows.row(i) for i, s in enumerate(ratings)},
        "tranche_balances": {
            s.rating.symbol: {
                t.name: ledger.class_balance[i, j, 1:].tolist() for j, t in enumerate(tranches)
            }
            for i, s in enumerate(ratings)
        },
        "sensitivity": sensitivity_grids(
            sensitivity_rating,
            tranches[rated[0]].name,
            rules,
            requirement.subordination[len(rating_problems.position) :],
        ),
        "warnings": warnings,
    }


def _value_ratio(recovery_rate: float, rating_ratio: float, rules: StressSettings) -> float:
    return value_ratio(recovery_rate, rating_ratio, rules.sale_cost, rules.special_servicer_fee)


def _timing(inputs: StressInputs, months: int, rules: StressSettings) -> np.ndarray:
    if inputs.timing_curve:
        curve = np.zeros(months)
        given = np.asarray(inputs.timing_curve[:months], dtype=float)
        curve[: len(given)] = given
        if curve.sum() > 0:
            return curve / curve.sum()
    return rulebook_timing(months, rules)


def _stresses(
    inputs: StressInputs,
    ratings: list[RatingStress],
    pool_rate: float,
    grid_recovery_start: int,
    rules: StressSettings,
) -> Stresses:
    """Rows: each target rating, the default × recovery and default × CPR grids, the base case."""
    top = ratings[0]
    lifetime, early, late, cpr, recovery = [], [], [], [], []
    for index, stress in enumerate(ratings):
        lifetime.append(pool_rate)
        early.append(stress.multipliers.first_five_years)
        late.append(stress.multipliers.after_five_years)
        cpr.append(min(inputs.cpr * stress.multipliers.prepayment, 1.0))
        recovery.append(index)
    for multiple in rules.sensitivity_default_multiples:
        for column in range(len(rules.sensitivity_recovery_rates)):
            lifetime.append(pool_rate)
            early.append(multiple)
            late.append(multiple)
            cpr.append(min(inputs.cpr * top.multipliers.prepayment, 1.0))
            recovery.append(grid_recovery_start + column)
    for multiple in rules.sensitivity_default_multiples:
        for rate in rules.sensitivity_cprs:
            lifetime.append(pool_rate)
            early.append(multiple)
            late.append(multiple)
            cpr.append(rate)
            recovery.append(0)
    lifetime.append(pool_rate)  # the unstressed base case, last
    early.append(1.0)
    late.append(1.0)
    cpr.append(inputs.cpr)
    recovery.append(0)
    return Stresses(
        np.array(lifetime),
        np.array(early),
        np.array(late),
        np.array(cpr),
        np.array(recovery, dtype=np.int64),
    )


def _class_shares(tranches: list[Tranche], pool: float) -> np.ndarray:
    """Each class's share of the pool; any overcollateralisation sits with the last class."""
    shares = np.array([t.balance for t in tranches], dtype=float) / pool
    shares[-1] += max(1.0 - shares.sum(), 0.0)
    return shares


def _coupon(tranche: Tranche, reference: float) -> float:
    if tranche.coupon_type == "residual":
        return 0.0
    return tranche.coupon + (reference if tranche.coupon_type == "floating" else 0.0)


def _terms(
    inputs: StressInputs, tranches: list[Tranche], flows: PoolCashflows, rules: StressSettings
) -> WaterfallTerms:
    reference = rules.reference_rate if inputs.reference_rate is None else inputs.reference_rate
    legal_final = inputs.legal_final_month or flows.months
    return WaterfallTerms(
        coupons=np.array([_coupon(t, reference) for t in tranches]),
        fee_rate=inputs.trust_fee + inputs.servicing_fee,
        sequential=inputs.payment == "sequential",
        trigger=_trigger(inputs, rules),
        default_trap=inputs.default_trap,
        clean_up_call=rules.clean_up_call if inputs.clean_up_call is None else inputs.clean_up_call,
        legal_final_month=min(legal_final, flows.months),
    )


def _trigger(inputs: StressInputs, rules: StressSettings) -> float:
    """The deal's trigger, the rulebook's when it states none; 0 means no trigger at all."""
    level = (
        rules.sequential_trigger if inputs.sequential_trigger is None else inputs.sequential_trigger
    )
    return level if level > 0 else np.inf


def _reserve(
    inputs: StressInputs, tranches: list[Tranche], pool: float, terms: WaterfallTerms
) -> float:
    """The liquidity reserve of seed 002 §6 on the senior class, funded at closing."""
    if not inputs.liquidity_reserve:
        return 0.0
    senior = tranches[0]
    return liquidity_reserve(
        senior.balance,
        float(terms.coupons[0]),
        terms.fee_rate * pool,
        senior.coupon_type == "floating",
    )


def _setoff(inputs: StressInputs, warnings: list[str]) -> float:
    loans = inputs.loans
    if "deposit_balance" not in loans.columns:
        warnings.append("The pool has no deposit balances: the setoff layer is zero.")
        return 0.0
    borrowers = loans["borrower_id"] if "borrower_id" in loans.columns else loans.index.to_series()
    return setoff_enhancement(loans["current_balance"], loans["deposit_balance"], borrowers)


def _interest_rate_layer(
    inputs: StressInputs,
    schedule: PoolSchedule,
    flows: PoolCashflows,
    row: int,
    class_balance: np.ndarray,
    tranches: list[Tranche],
    stress: RatingStress,
    terms: WaterfallTerms,
    rules: StressSettings,
) -> float:
    """Negative spread under the rating's rate path, on the rating's own projection."""
    months = class_balance.shape[1] - 1
    by_group = flows.balance_by_group[row]
    balances: dict[str, np.ndarray] = {}
    rates: dict[str, float] = {}
    for code, kind in enumerate(RATE_TYPES):
        members = schedule.group_rate_type == code
        weights = schedule.balance[members, 0]
        if weights.sum() > 0:
            balances[kind] = by_group[members, :months].sum(axis=0)
            rates[kind] = float(np.average(schedule.group_rate[members], weights=weights))
    fees = terms.fee_rate / 12 * flows.balance[row, :months]
    layer = interest_rate_enhancement(
        balances,
        rates,
        [class_balance[j, :months] for j in range(len(tranches))],
        [t.coupon_type for t in tranches],
        terms.coupons.tolist(),
        stress.rating,
        schedule.pool_balance,
        monthly_fees=fees,
        hedged=inputs.hedged,
        bases_match=inputs.bases_match,
        settings=rules,
    )
    return layer.enhancement
