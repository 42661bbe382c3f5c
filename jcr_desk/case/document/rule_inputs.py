"""The rule inputs an entity of a case can hold: what each stores, how it is asked, its citation.

Part of the document's schema: the entity form asks exactly these, group edits check against
them, and a case read from a file is checked with them; ``services.guidelines`` reads them to
call the methodology's engines.
"""

from __future__ import annotations

from dataclasses import dataclass

from jcr_desk.case.document.model import GROUP_COMPANY_ROLES, HOLDING_ROLES, Case, Entity
from jcr_desk.i18n import QT_TRANSLATE_NOOP
from jcr_desk.methodology import groups

ITEMS = ("long_term", "short_term", "issue")
"""The rated items a ``Decision`` can record, in the order the panel shows them."""

INDUSTRIAL = "industrial"
CURRENCIES = (QT_TRANSLATE_NOOP("RuleInputs", "local"), QT_TRANSLATE_NOOP("RuleInputs", "foreign"))


@dataclass(frozen=True)
class InputSpec:
    """One field of the entity form: what it stores, how it is edited and why it is asked.

    ``label``, ``help`` and the choices are English, translated where shown (the
    ``RuleInputs`` context of ``jcr_desk_ja.ts``); the citation stays as the rulebook writes it.
    """

    key: str
    label: str
    kind: str  # "rating" | "bool" | "choice" | "money"
    choices: tuple[str, ...] = ()
    help: str = ""
    citation: str = ""
    target: str = "inputs"  # or "financials"


# --- the inputs each rule asks for ------------------------------------------------------------

GCW = InputSpec(
    "gcw",
    QT_TRANSLATE_NOOP("RuleInputs", "Group creditworthiness"),
    "rating",
    help=QT_TRANSLATE_NOOP(
        "RuleInputs",
        "The group's creditworthiness, the starting point for every company of the group.",
    ),
    citation="001 §2(1)",
)
GROUP_RATING = InputSpec(
    "group_rating",
    QT_TRANSLATE_NOOP("RuleInputs", "Group rating"),
    "rating",
    help=QT_TRANSLATE_NOOP(
        "RuleInputs", "The rating of the group as a whole, the base point for its holding company."
    ),
    citation="004 §1(1)",
)
FINANCIAL_HOLDING = (
    InputSpec(
        "control_sufficient",
        QT_TRANSLATE_NOOP("RuleInputs", "Controlling power sufficient"),
        "bool",
        help=QT_TRANSLATE_NOOP(
            "RuleInputs", "Can the holding company steer its subsidiaries and their cash?"
        ),
        citation="001 §2(2)",
    ),
    InputSpec(
        "spe_indicated",
        QT_TRANSLATE_NOOP("RuleInputs", "Single-point-of-entry resolution indicated"),
        "bool",
        help=QT_TRANSLATE_NOOP(
            "RuleInputs", "Has the authority said in advance it would resolve the group at the top?"
        ),
        citation="001 §2(5)(ii)",
    ),
    InputSpec(
        "preventive_restrictions",
        QT_TRANSLATE_NOOP("RuleInputs", "Restrictions on preventive measures"),
        "choice",
        choices=groups.PREVENTIVE_RESTRICTIONS,
        help=QT_TRANSLATE_NOOP(
            "RuleInputs", "How far regulation limits support before a resolution (few in Japan)."
        ),
        citation="001 §2(5)(ii)",
    ),
    InputSpec(
        "cash_flow_problem",
        QT_TRANSLATE_NOOP("RuleInputs", "Cash-flow balance problem"),
        "bool",
        help=QT_TRANSLATE_NOOP(
            "RuleInputs", "Do inflows other than dividends fail to cover the holding's outflows?"
        ),
        citation="001 §2(3)",
    ),
    InputSpec(
        "gcw_problems",
        QT_TRANSLATE_NOOP("RuleInputs", "Problems in group creditworthiness"),
        "bool",
        help=QT_TRANSLATE_NOOP(
            "RuleInputs", "Is the group weak enough that a resolution becomes a real prospect?"
        ),
        citation="001 §2(5)(v)",
    ),
    InputSpec(
        "mutual_support_restricted",
        QT_TRANSLATE_NOOP("RuleInputs", "Mutual support strictly restricted"),
        "bool",
        help=QT_TRANSLATE_NOOP(
            "RuleInputs", "Does the jurisdiction strictly limit support between group members?"
        ),
        citation="001 §2(5)(v)",
    ),
)
INTERMEDIATE_SUPPORTED = InputSpec(
    "intermediate_supported",
    QT_TRANSLATE_NOOP("RuleInputs", "Support through the parent highly likely"),
    "bool",
    help=QT_TRANSLATE_NOOP(
        "RuleInputs",
        "For an intermediate holding company: will the group support it through its parent?",
    ),
    citation="001 §2(5)(iv)",
)
INDUSTRIAL_HOLDING = (
    InputSpec(
        "control_strong",
        QT_TRANSLATE_NOOP("RuleInputs", "Strong group control"),
        "bool",
        help=QT_TRANSLATE_NOOP(
            "RuleInputs", "Does the holding company firmly control its subsidiaries?"
        ),
        citation="004 §1(1)",
    ),
    InputSpec(
        "cash_flow_weakness",
        QT_TRANSLATE_NOOP("RuleInputs", "Weak stand-alone cash-flow balance"),
        "bool",
        help=QT_TRANSLATE_NOOP(
            "RuleInputs", "Is the holding company's own cash-flow balance significantly weak?"
        ),
        citation="004 §1(2)",
    ),
)
HOLDING_ISSUES = (
    InputSpec(
        "subsidiary_guarantee",
        QT_TRANSLATE_NOOP("RuleInputs", "Issues guaranteed by subsidiaries"),
        "bool",
        help=QT_TRANSLATE_NOOP(
            "RuleInputs", "A guarantee from the subsidiaries offsets structural subordination."
        ),
        citation="004 §1(3)",
    ),
    InputSpec(
        "subsidiary_creditors_secured",
        QT_TRANSLATE_NOOP("RuleInputs", "Subsidiaries' creditors hold collateral"),
        "bool",
        help=QT_TRANSLATE_NOOP(
            "RuleInputs", "Secured creditors of subsidiaries rank ahead of the holding's creditors."
        ),
        citation="004 §1(3)",
    ),
)
HOLDING_FINANCIALS = (
    InputSpec(
        "investments_in_subsidiaries",
        QT_TRANSLATE_NOOP("RuleInputs", "Investments in subsidiaries (yen)"),
        "money",
        help=QT_TRANSLATE_NOOP(
            "RuleInputs", "Shares of subsidiaries and affiliates, non-consolidated."
        ),
        citation="001 §2(3); 004 §1(2)",
        target="financials",
    ),
    InputSpec(
        "equity",
        QT_TRANSLATE_NOOP("RuleInputs", "Equity capital (yen)"),
        "money",
        help=QT_TRANSLATE_NOOP(
            "RuleInputs", "Non-consolidated equity capital of the holding company."
        ),
        citation="001 §2(3); 004 §1(2)",
        target="financials",
    ),
)
CEILING = (
    InputSpec(
        "rating_currency",
        QT_TRANSLATE_NOOP("RuleInputs", "Rating currency"),
        "choice",
        choices=CURRENCIES,
        help=QT_TRANSLATE_NOOP(
            "RuleInputs", "A foreign-currency rating is capped by the country ceiling."
        ),
        citation="003 No. 1",
    ),
    InputSpec(
        "ceiling_exception",
        QT_TRANSLATE_NOOP("RuleInputs", "Exception to the country ceiling"),
        "bool",
        help=QT_TRANSLATE_NOOP(
            "RuleInputs", "E.g. strong support from a parent outside the country; flagged."
        ),
        citation="003 No. 1",
    ),
)


def group_company_specs() -> tuple[InputSpec, ...]:
    return (
        InputSpec(
            "importance",
            QT_TRANSLATE_NOOP("RuleInputs", "Importance to the group"),
            "choice",
            choices=groups.importance_choices(),
            help=QT_TRANSLATE_NOOP(
                "RuleInputs",
                "Decides top-down notching from GCW, or bottom-up from the company's own.",
            ),
            citation="001 §3(2)",
        ),
        InputSpec(
            "sole",
            QT_TRANSLATE_NOOP("RuleInputs", "Sole creditworthiness"),
            "rating",
            help=QT_TRANSLATE_NOOP(
                "RuleInputs", "The company's creditworthiness on its own, without group support."
            ),
            citation="001 §3(1)",
        ),
        InputSpec(
            "size",
            QT_TRANSLATE_NOOP("RuleInputs", "Size relative to the group"),
            "choice",
            choices=groups.SIZES,
            help=QT_TRANSLATE_NOOP(
                "RuleInputs", "A large company weighs on the group; a small one escapes widening."
            ),
            citation="001 §3(5)",
        ),
        InputSpec(
            "support_recognised",
            QT_TRANSLATE_NOOP("RuleInputs", "Group support recognised"),
            "bool",
            help=QT_TRANSLATE_NOOP(
                "RuleInputs", "Without recognised support a less important company gets no uplift."
            ),
            citation="001 §3(6)",
        ),
        InputSpec(
            "integration",
            QT_TRANSLATE_NOOP("RuleInputs", "Management integration"),
            "choice",
            choices=tuple(choice or "" for choice in groups.INTEGRATIONS),
            help=QT_TRANSLATE_NOOP(
                "RuleInputs", "Only for a company that joined through a management integration."
            ),
            citation="001 §3(7)",
        ),
        InputSpec(
            "above_group_exception",
            QT_TRANSLATE_NOOP("RuleInputs", "May exceed group creditworthiness"),
            "bool",
            help=QT_TRANSLATE_NOOP(
                "RuleInputs", "Exceptional case such as an asset-administration bank; flagged."
            ),
            citation="001 §3(6)",
        ),
    )


def input_spec(key: str) -> InputSpec | None:
    """The form's field of the input ``key`` (its label, kind and choices), if any rule asks it."""
    every = (
        GCW,
        GROUP_RATING,
        *FINANCIAL_HOLDING,
        INTERMEDIATE_SUPPORTED,
        *INDUSTRIAL_HOLDING,
        *HOLDING_ISSUES,
        *HOLDING_FINANCIALS,
        *CEILING,
        *group_company_specs(),
    )
    return next((spec for spec in every if spec.key == key), None)


def input_label(key: str) -> str:
    """How an input reads on the form (and so in the Undo menu and the audit log)."""
    spec = input_spec(key)
    label = key.replace("_", " ") if spec is None else spec.label
    return label.removesuffix(" (yen)")


def input_specs(case: Case, entity_id: str) -> list[InputSpec]:
    """Exactly the inputs the rule for this entity reads, in the order the form shows them."""
    entity = case.entity(entity_id)
    if entity.role in HOLDING_ROLES:
        if is_industrial(entity):
            rule = (GROUP_RATING, *INDUSTRIAL_HOLDING)
        else:
            rule = (GCW, *FINANCIAL_HOLDING)
            if entity.role == "intermediate_holding":
                rule += (INTERMEDIATE_SUPPORTED,)
        return [*rule, *HOLDING_ISSUES, *HOLDING_FINANCIALS, *CEILING]
    if entity.role in GROUP_COMPANY_ROLES:
        return [*group_company_specs(), *CEILING]
    return []


def is_industrial(entity: Entity) -> bool:
    return entity.sector == INDUSTRIAL
