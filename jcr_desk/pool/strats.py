"""The pool's profile as a committee reads it: summary figures, mixes and strat tables.

Everything is computed with whole-column operations (``bincount`` over bucket indices), so a
million-loan pool summarises in well under a second. Bucket edges, the mixes shown and the
concentration thresholds are Desk defaults in ``resources/pool/strats.toml``. Balances are
current balances; shares are of the total current balance.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from itertools import pairwise
from typing import Any, Final

import numpy as np
import pandas as pd

from jcr_desk.i18n import QT_TRANSLATE_NOOP, Text
from jcr_desk.pool.schema import schema
from jcr_desk.pool.settings import pool_defaults
from jcr_desk.progress import CancelToken, ProgressCallback, no_progress, step

SETTINGS_FILE: Final = "strats.toml"
BALANCE: Final = "current_balance"
SEASONING: Final = "seasoning_months"
SEASONING_LABEL: Final = "Seasoning (months)"
AVERAGED: Final = (
    "interest_rate",
    "ltv",
    "dti",
    SEASONING,
    "remaining_term_months",
    "borrower_age",
)
OTHERS: Final = "Others"
UNKNOWN: Final = "Unknown"
NOT_IN_TAPE: Final = "not in the tape"
"""What a figure of a column the tape lacks reads as: never 0 or "0.0 %, not flagged"."""
INVESTMENT_CONDOMINIUM: Final = "investment_condominium"
Factorized = tuple[np.ndarray, Any]
"""``pandas.factorize`` output: a code per loan (-1 when empty) and the distinct values."""
_ROUNDING: Final = 9
"""Decimals values are rounded to before bucketing, so 1.1 % read as 0.011000000000000001
lands in the bucket starting at 1.1 %."""


@dataclass(frozen=True)
class StratTable:
    """Count, current balance and share of balance per bucket; rows sum to the pool."""

    field: str
    title: str
    labels: tuple[str, ...]
    counts: tuple[int, ...]
    balances: tuple[float, ...]
    shares: tuple[float, ...]
    missing: bool = False
    """The tape has no column for the field: the table has no rows."""

    def to_dict(self) -> dict[str, Any]:
        rows = zip(self.labels, self.counts, self.balances, self.shares, strict=True)
        return {
            "field": self.field,
            "title": self.title,
            "missing": self.missing,
            "rows": [
                {"label": label, "count": count, "balance": balance, "share": share}
                for label, count, balance, share in rows
            ],
        }


@dataclass(frozen=True)
class Average:
    """Simple and balance-weighted mean of one measure over the loans where it is known."""

    field: str
    label: str
    simple: float | None
    weighted: float | None


@dataclass(frozen=True)
class ConcentrationFlag:
    """One concentration measure against its Desk-default threshold."""

    name: str
    subject: str
    share: float | None
    """``None`` when the tape lacks the column the measure needs."""
    threshold: float

    @property
    def flagged(self) -> bool:
        return self.share is not None and self.share > self.threshold


@dataclass(frozen=True)
class PoolSummary:
    as_of: date | None
    loan_count: int
    borrower_count: int | None
    total_current_balance: float
    total_original_balance: float | None
    averages: tuple[Average, ...]
    mixes: tuple[StratTable, ...]
    concentrations: tuple[ConcentrationFlag, ...]
    as_of_inferred: bool = False
    """The tape stated no cut-off: ``as_of`` is the newest origination date."""
    missing: tuple[str, ...] = ()
    """Fields the summary reads that the pool has no column for ("not in the tape")."""

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["as_of"] = self.as_of.isoformat() if self.as_of else None
        data["missing"] = list(self.missing)
        data["mixes"] = [table.to_dict() for table in self.mixes]
        data["concentrations"] = [
            {**asdict(flag), "flagged": flag.flagged} for flag in self.concentrations
        ]
        return data


@dataclass(frozen=True)
class PoolProfile:
    """Everything the profile panel shows: the summary and a strat table per strat field."""

    summary: PoolSummary
    strats: dict[str, StratTable]


def pool_profile(
    loans: pd.DataFrame,
    as_of: date | None = None,
    *,
    as_of_inferred: bool = False,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> PoolProfile:
    """The summary and every strat table of ``loans``, computed in one go (off the window's
    thread: a million loans take a second or two)."""
    report = progress or no_progress
    token = cancel or CancelToken()
    summary = summarise(loans, as_of, as_of_inferred=as_of_inferred)
    fields = strat_fields()
    strats = {}
    for number, field in enumerate(fields):
        token.raise_if_cancelled()
        report(
            number / len(fields),
            step(
                QT_TRANSLATE_NOOP("Progress", "Stratifying by {field}"),
                field=Text("PoolFields", _label(field)),
            ),
        )
        strats[field] = stratify(loans, field, as_of=summary.as_of)
    report(1.0, step(QT_TRANSLATE_NOOP("Progress", "Pool profile ready")))
    return PoolProfile(summary, strats)


def settings() -> dict[str, Any]:
    """The strat settings (dotted key → value)."""
    return pool_defaults(SETTINGS_FILE)


def strat_fields() -> list[str]:
    """Fields a strat table can be drawn for: bucketed measures, then code fields."""
    prefix = "buckets."
    numeric = [key.removeprefix(prefix) for key in settings() if key.startswith(prefix)]
    return numeric + list(settings()["mixes"])


def summarise(
    loans: pd.DataFrame, as_of: date | None = None, *, as_of_inferred: bool = False
) -> PoolSummary:
    """The pool's summary; seasoning runs to ``as_of``, else the pool's own cut-off date
    (``loans.attrs["as_of"]``), else its latest origination date (then said inferred)."""
    cut_off = _as_of(loans, as_of)
    balance = _balance(loans)
    averages = tuple(_average(loans, field, balance, cut_off) for field in AVERAGED)
    mixes = tuple(stratify(loans, field, as_of=cut_off) for field in settings()["mixes"])
    borrowers = pd.factorize(loans["borrower_id"]) if "borrower_id" in loans else None
    original = loans.get("original_balance")
    read = [*_SUMMARY_FIELDS, *AVERAGED, *settings()["mixes"]]
    missing = tuple(dict.fromkeys(f for f in read if f != SEASONING and f not in loans))
    return PoolSummary(
        as_of=cut_off,
        loan_count=len(loans),
        borrower_count=None if borrowers is None else len(borrowers[1]),
        total_current_balance=float(balance.sum()),
        total_original_balance=None if original is None else float(original.sum(skipna=True)),
        averages=averages,
        mixes=mixes,
        concentrations=_concentrations(loans, balance, borrowers),
        as_of_inferred=as_of_inferred or (as_of is None and loans.attrs.get("as_of") is None),
        missing=missing,
    )


_SUMMARY_FIELDS: Final = ("borrower_id", "original_balance", "current_balance")


def stratify(
    loans: pd.DataFrame,
    field: str,
    buckets: list[float] | None = None,
    *,
    as_of: date | None = None,
) -> StratTable:
    """Strat table of ``field``: numeric fields by ``buckets`` (edges; default from the
    settings), code fields by code (top N and Others where the settings say so). A field the
    pool lacks gives one Unknown row, so every summary shows the same tables."""
    balance = _balance(loans)
    entry = settings().get(f"buckets.{field}")
    if buckets is not None or entry is not None:
        spec = dict(entry or {"unit": ""})
        if buckets is not None:
            spec = {"edges": list(buckets), "unit": spec.get("unit", "")}
        if field != SEASONING and field not in loans:
            return StratTable(field, _label(field), (), (), (), (), missing=True)
        values = _measure(loans, field, _as_of(loans, as_of))
        labels, index = _bucket(values, spec)
    elif field not in loans:
        return StratTable(field, _label(field), (), (), (), (), missing=True)
    else:
        labels, index = _codes(loans[field], balance, settings().get(f"top_categories.{field}"))
    counts = np.bincount(index, minlength=len(labels))
    sums = np.bincount(index, weights=balance, minlength=len(labels))
    labels, counts, sums = _drop_empty_unknown(labels, counts, sums)
    total = sums.sum()
    shares = sums / total if total else np.zeros(len(sums))
    return StratTable(
        field=field,
        title=_label(field),
        labels=tuple(labels),
        counts=tuple(int(c) for c in counts),
        balances=tuple(float(s) for s in sums),
        shares=tuple(float(s) for s in shares),
    )


def _bucket(values: np.ndarray, spec: dict[str, Any]) -> tuple[list[str], np.ndarray]:
    """Bucket index per value (lower edge included); unknown values go to a last bucket."""
    edges = np.asarray(spec["edges"], dtype=float)
    labels = list(spec.get("labels") or _edge_labels(edges, spec.get("unit", "")))
    if len(labels) != len(edges) + 1:
        raise ValueError(f"{SETTINGS_FILE}: {len(edges)} edges need {len(edges) + 1} labels")
    known = ~np.isnan(values)
    index = np.full(values.size, len(labels), dtype=np.intp)
    index[known] = np.searchsorted(edges, np.round(values[known], _ROUNDING), side="right")
    return [*labels, UNKNOWN], index


def _codes(values: pd.Series, balance: np.ndarray, top: int | None) -> tuple[list[str], np.ndarray]:
    """Index of each loan's code; with ``top``, only the largest codes by balance keep a row."""
    if isinstance(values.dtype, pd.CategoricalDtype):
        codes = values.cat.codes.to_numpy().astype(np.intp)
        names = [str(name) for name in values.cat.categories]
    else:
        codes, uniques = pd.factorize(values, sort=True)
        names = [str(name) for name in uniques]
    known = codes >= 0
    if top is not None:
        sums = np.bincount(codes[known], weights=balance[known], minlength=len(names))
        present = np.bincount(codes[known], minlength=len(names)) > 0
        order = [i for i in np.argsort(-sums, kind="stable") if present[i]]
        kept, rest = order[:top], order[top:]
        position = np.full(len(names), len(kept), dtype=np.intp)
        position[kept] = np.arange(len(kept))
        remapped = np.full(codes.shape, -1, dtype=np.intp)
        remapped[known] = position[codes[known]]  # a column with no known code stays all -1
        codes = remapped
        names = [names[i] for i in kept] + ([OTHERS] if rest else [])
    index = np.where(codes >= 0, codes, len(names))
    return [*names, UNKNOWN], index


def _drop_empty_unknown(
    labels: list[str], counts: np.ndarray, sums: np.ndarray
) -> tuple[list[str], np.ndarray, np.ndarray]:
    """The Unknown row (always last) appears only when some loan lacks the value."""
    if counts[-1]:
        return labels, counts, sums
    return labels[:-1], counts[:-1], sums[:-1]


def _edge_labels(edges: np.ndarray, unit: str) -> list[str]:
    text = [_format(edge, unit) for edge in edges]
    suffix = {"percent": " %", "months": " months", "years": " years", "yen": " yen"}.get(unit, "")
    middle = [f"{low} – {high}{suffix}" for low, high in pairwise(text)]
    return [f"< {text[0]}{suffix}", *middle, f"≥ {text[-1]}{suffix}"]


def _format(value: float, unit: str) -> str:
    if unit == "percent":
        return f"{value * 100:g}"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,g}"


def _label(field: str) -> str:
    labels = {spec.name: spec.label for spec in schema()}
    return labels.get(field, SEASONING_LABEL if field == SEASONING else field)


def _as_of(loans: pd.DataFrame, as_of: date | None) -> date | None:
    if as_of is not None:
        return as_of
    if loans.attrs.get("as_of") is not None:
        return loans.attrs["as_of"]
    if "origination_date" not in loans or loans["origination_date"].isna().all():
        return None
    return pd.Timestamp(loans["origination_date"].max()).date()


def _balance(loans: pd.DataFrame) -> np.ndarray:
    """Current balances as weights; an unknown balance weighs nothing."""
    if BALANCE not in loans:
        return np.zeros(len(loans))
    return np.nan_to_num(loans[BALANCE].to_numpy(dtype=float, na_value=np.nan), nan=0.0)


def _measure(loans: pd.DataFrame, field: str, as_of: date | None) -> np.ndarray:
    """The field as floats (NaN when unknown); seasoning in whole months to ``as_of``."""
    if field == SEASONING:
        if as_of is None or "origination_date" not in loans:
            return np.full(len(loans), np.nan)
        months = loans["origination_date"].to_numpy(dtype="datetime64[ns]").astype("datetime64[M]")
        elapsed = (np.datetime64(as_of, "M") - months).astype(float)
        return np.where(np.isnat(months), np.nan, elapsed)
    if field not in loans:
        return np.full(len(loans), np.nan)
    return loans[field].to_numpy(dtype=float, na_value=np.nan)


def _average(loans: pd.DataFrame, field: str, balance: np.ndarray, as_of: date | None) -> Average:
    values = _measure(loans, field, as_of)
    known = ~np.isnan(values)
    weights = balance[known]
    simple = float(values[known].mean()) if known.any() else None
    weighted = float(values[known] @ weights / weights.sum()) if weights.sum() else None
    return Average(field, _label(field), simple, weighted)


def _concentrations(
    loans: pd.DataFrame, balance: np.ndarray, borrowers: Factorized | None
) -> tuple[ConcentrationFlag, ...]:
    limits = settings()
    total = float(balance.sum())
    prefectures = pd.factorize(loans["prefecture"]) if "prefecture" in loans else None
    flags = []
    for name, factorized in (
        ("largest_prefecture_share", prefectures),
        ("largest_borrower_share", borrowers),
    ):
        subject, share = _largest(factorized, balance, total)
        flags.append(ConcentrationFlag(name, subject, share, limits[f"concentration.{name}"]))
    share: float | None = None
    if "loan_purpose" in loans:
        mask = (loans["loan_purpose"] == INVESTMENT_CONDOMINIUM).to_numpy(
            dtype=bool, na_value=False
        )
        share = float(balance[mask].sum() / total) if total else 0.0
    name = "investment_condominium_share"
    flags.append(
        ConcentrationFlag(name, INVESTMENT_CONDOMINIUM, share, limits[f"concentration.{name}"])
    )
    return tuple(flags)


def _largest(
    factorized: Factorized | None, balance: np.ndarray, total: float
) -> tuple[str, float | None]:
    """The value with the largest balance and its share of ``total`` (``None`` without the
    column)."""
    if factorized is None:
        return "", None
    if not total:
        return "", 0.0
    codes, uniques = factorized
    known = codes >= 0
    if not known.any():
        return "", 0.0
    sums = np.bincount(codes[known], weights=balance[known], minlength=len(uniques))
    top = int(np.argmax(sums))
    return str(uniques[top]), float(sums[top] / total)
