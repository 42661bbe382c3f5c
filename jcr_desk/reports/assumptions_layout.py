"""The Assumptions sheet's layout: the scenario file's keys as rows of input cells.

The sheet carries the same document as a scenario file (``scenario_document``; every key is
documented in ``docs/scenario-format.md``), one row per value with its key in column A and
the value in column C, and each list of records (classes, multiplier adjustments, …) as a
small table. The writer and the reader both follow :data:`LAYOUT`, so what one writes the
other reads; a key the layout does not know (the base case's provenance, a field added to
the format later) is written and read generically, so nothing is lost either way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from jcr_desk.structured.assumptions import CONCENTRATION_DECISIONS, FACTORS
from jcr_desk.structured.deal import (
    ANSWERS,
    COMMINGLING_MITIGATIONS,
    COUPON_TYPES,
    PAYMENT_ORDERS,
)
from jcr_desk.structured.multipliers import COMPONENTS

SHEET_TITLE = "Assumptions"
HEADERS = ("Key", "Field", "Value", "Unit", "Meaning")
KEY_COLUMN, LABEL_COLUMN, VALUE_COLUMN = 1, 2, 3
TABLE_COLUMN = 2  # a table's first field
KEY_PATTERN = re.compile(r"^(format|name|written_by|(assumptions|structure)(\.[A-Za-z0-9_]+)+)$")


@dataclass(frozen=True)
class Field:
    """One value: its key (a record's field name inside a table), label, kind and meaning.

    Kinds: text, rating, ratings (a comma-separated list), choice, fraction, fine_fraction
    (fees, coupons), yen, whole, number, bool, date, generic (provenance: any plain value,
    lists as JSON).
    """

    key: str
    label: str
    kind: str = "text"
    unit: str = ""
    meaning: str = ""
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class Table:
    """A list of records, one row each; ``scalar`` tables hold a plain list (one field)."""

    key: str
    label: str
    columns: tuple[Field, ...]
    meaning: str = ""
    scalar: bool = False


@dataclass(frozen=True)
class Heading:
    text: str


_NAMED = "an entity of the Group sheet, by name"
LAYOUT: tuple[Field | Table | Heading, ...] = (
    Field("name", "Scenario", meaning="the scenario's name in the case; a new name adds one"),
    Field("format", "Scenario file format", "whole", meaning="this JCR Desk reads format 1"),
    Field("written_by", "Written by", meaning="not read back"),
    Heading("Base case and ratings"),
    Field(
        "assumptions.target_ratings",
        "Target ratings",
        "ratings",
        "comma-separated",
        "the ratings the pool is stressed at",
    ),
    Field(
        "assumptions.base_default_rate",
        "Lifetime default rate",
        "fraction",
        "fraction",
        "002 §2(1)(a): the pool's base-case default rate over its life",
    ),
    Field(
        "assumptions.cpr",
        "Prepayment rate (CPR)",
        "fraction",
        "fraction a year",
        "002 §2(1)(a): base-case prepayments",
    ),
    Field(
        "assumptions.recovery_rate",
        "Recovery rate",
        "fraction",
        "fraction",
        "002 §2(1)(d): share of the declined property value realised before costs",
    ),
    Field(
        "assumptions.recovery_lag_months",
        "Foreclosure lag",
        "whole",
        "months",
        "002 §7(2): months from default to the cash from the property",
    ),
    Field(
        "assumptions.illustrative",
        "Illustrative base case",
        "bool",
        "TRUE / FALSE",
        "the base case is the demo's, not the originator's",
    ),
    Field("assumptions.note", "Note on the base case"),
    Table(
        "assumptions.multiplier_adjustments",
        "Multiplier adjustments",
        (
            Field("rating", "Rating", "rating"),
            Field("component", "Component", "choice", choices=COMPONENTS),
            Field("value", "Multiplier", "number"),
            Field("factor", "Factor", "choice", choices=FACTORS),
            Field("segment", "Segment"),
            Field("reason", "Reason"),
            Field("analyst", "Analyst"),
            Field("timestamp", "When"),
        ),
        "002 §2(1)(b): the deal's multipliers instead of the rulebook's, each with its reason",
    ),
    Table(
        "assumptions.concentration_decisions",
        "Regional concentration decisions",
        (
            Field("region", "Region"),
            Field("decision", "Decision", "choice", choices=CONCENTRATION_DECISIONS),
            Field("reason", "Reason"),
            Field("analyst", "Analyst"),
            Field("timestamp", "When"),
        ),
        "002 §8(1): whether a concentrated region's multipliers were adjusted",
    ),
    Table(
        "assumptions.timing_curve",
        "Default timing curve",
        (Field("share", "Share of lifetime defaults", "number"),),
        "002 §2(1)(a): one row per month from the cut-off; empty: the rulebook's curve",
        scalar=True,
    ),
    Heading("Structure"),
    Table(
        "structure.classes",
        "Classes",
        (
            Field("name", "Name"),
            Field("rank", "Rank", "whole"),
            Field("balance", "Balance (yen)", "yen"),
            Field("coupon_type", "Coupon type", "choice", choices=COUPON_TYPES),
            Field("coupon", "Coupon or margin", "fine_fraction"),
            Field("description", "Description"),
        ),
        "rank 1 is the most senior; what the pool holds above the classes is "
        "over-collateralisation",
    ),
    Field(
        "structure.fees.trust_fee",
        "Trust fee",
        "fine_fraction",
        "fraction a year",
        "of the outstanding pool, paid before the classes",
    ),
    Field(
        "structure.fees.servicing_fee",
        "Servicing fee",
        "fine_fraction",
        "fraction a year",
        "of the outstanding pool, paid before the classes",
    ),
    Field("structure.payment", "Principal payment", "choice", "", "002 §2(1)(c)", PAYMENT_ORDERS),
    Field(
        "structure.sequential_trigger",
        "Sequential trigger",
        "fraction",
        "fraction of the cut-off balance",
        "empty: the rulebook's Desk default; 0: none",
    ),
    Field(
        "structure.default_trap",
        "Default trap",
        "bool",
        "TRUE / FALSE",
        "excess interest repays defaulted principal",
    ),
    Field(
        "structure.clean_up_call",
        "Clean-up call",
        "fraction",
        "pool factor",
        "002 §2(1)(c): empty or 0: the deal states none",
    ),
    Field("structure.liquidity_reserve", "Liquidity reserve", "bool", "TRUE / FALSE", "002 §6"),
    Field("structure.hedged", "Rate risk hedged", "bool", "TRUE / FALSE", "002 §3"),
    Field(
        "structure.loan_base_matches_notes",
        "Loans and notes share a base rate",
        "bool",
        "TRUE / FALSE",
        "002 §3",
    ),
    Field(
        "structure.reference_rate",
        "Reference rate",
        "fine_fraction",
        "fraction a year",
        "of floating notes; empty: the rulebook's Desk default",
    ),
    Field(
        "structure.commingling_one_day",
        "Collections kept one day",
        "bool",
        "TRUE / FALSE",
        "002 §4",
    ),
    Field(
        "structure.commingling_mitigation",
        "Commingling mitigation",
        "choice",
        "",
        "002 §4",
        COMMINGLING_MITIGATIONS,
    ),
    Field(
        "structure.collection_period_months",
        "Collection period",
        "whole",
        "months",
        "002 §4; empty: the rulebook's",
    ),
    Field("structure.closing_date", "Closing date", "date"),
    Field(
        "structure.legal_final_maturity",
        "Legal final maturity",
        "date",
        "",
        "empty: the pool's last month",
    ),
    Field("structure.issuer", "Issuer", meaning=_NAMED),
    Field("structure.servicer", "Servicer", meaning=_NAMED),
    Field("structure.guarantee.guarantor", "Guarantor", meaning="002 §7(1)–(2); " + _NAMED),
    Field(
        "structure.guarantee.guarantor_rating",
        "Guarantor rating",
        "rating",
        "",
        "when the guarantor is not an entity of the case",
    ),
    Table(
        "structure.guarantee.answers",
        "Guarantee requirements",
        (
            Field("key", "Requirement"),
            Field("answer", "Answer", "choice", choices=ANSWERS),
            Field("reason", "Reason"),
        ),
        "002 §7(1): each requirement answered with its reason",
    ),
    Field(
        "structure.rent_guarantee.company", "Sublease company", meaning="002 §2(2)(c); " + _NAMED
    ),
    Field(
        "structure.rent_guarantee.company_rating",
        "Sublease company rating",
        "rating",
        "",
        "when the company is not an entity of the case",
    ),
    Field(
        "structure.group_credit_life.covered",
        "Group credit life insurance",
        "bool",
        "TRUE / FALSE",
        "002 §7(3)",
    ),
    Field(
        "structure.group_credit_life.spv_receives",
        "Trust receives the insurance",
        "bool",
        "TRUE / FALSE",
        "002 §7(3)",
    ),
    Field("structure.group_credit_life.reason", "Insurance: what shows it"),
)

FIELDS = {item.key: item for item in LAYOUT if isinstance(item, Field)}
TABLES = {item.key: item for item in LAYOUT if isinstance(item, Table)}
GENERIC = Field("", "", "generic", meaning="recorded with the base case")


def field_for(key: str) -> Field:
    """The layout's field of ``key``; keys it does not know are generic."""
    return FIELDS.get(key, GENERIC)


def defined_name(key: str) -> str | None:
    """The workbook name of a scalar input: its key without the record part, dots as
    underscores (``assumptions.cpr`` → ``cpr``, ``structure.fees.trust_fee`` → ``trust_fee``)."""
    if key in ("format", "written_by") or key not in FIELDS:
        return None
    if key == "name":
        return "scenario_name"
    parts = key.split(".")[1:]
    if parts[0] == "fees":
        parts = parts[1:]
    return "_".join(parts)
