"""The seed's mechanisms a structure can state, read against the target ratings.

- A guarantee company (seed 002 §7(1)–(2)): when the analyst has answered every requirement
  yes and the guarantor's rating is known, classes rated no higher than the guarantor rest
  their bad-loan layer on the guarantee; above it the bad-loan layer stands and recoveries
  by foreclosure take the rulebook's prudent haircut. An unanswered requirement keeps the
  decision open; one answered no sets the guarantee aside.
- Group credit life insurance (§7(3)): stated, with whether the trust can receive the money.
- A sublease rent guarantee (§2(2)(c)): counts for ratings no higher than the sublease
  company's, until the guaranteed rent's first review.
- The commingling alternative (§4): cash in trust or advance payment, stated for a servicer
  that falls below the trigger, lets the layer go uncharged while the servicer is above it.
- Regional concentration (§8): a prefecture above the rulebook's threshold is an open
  decision until the analyst records one.

Each function returns the figures the engine needs and the sentences the result states.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from jcr_desk.i18n import QT_TRANSLATE_NOOP, Text
from jcr_desk.pool.settings import pool_defaults
from jcr_desk.ratings import Rating
from jcr_desk.structured.rmbs.assumptions import StressAssumptions
from jcr_desk.structured.rmbs.deal import DealStructure
from jcr_desk.structured.rmbs.inputs import Parties
from jcr_desk.structured.rmbs.layers import ComminglingTrigger
from jcr_desk.structured.rmbs.loan_table import months_between
from jcr_desk.structured.rmbs.sentences import said
from jcr_desk.structured.rmbs.settings import StressSettings

RELIED, SET_ASIDE, OPEN = "relied on", "set aside", "open"


@dataclass(frozen=True)
class GuaranteeCover:
    """Whether the bad-loan layer may rest on the guarantee, and up to which rating."""

    status: str  # relied on | set aside | open | "" (no guarantee stated)
    guarantor_rating: Rating | None
    haircut: float
    statement: Text | None

    def covers(self, rating: Rating) -> bool:
        return (
            self.status == RELIED
            and self.guarantor_rating is not None
            and rating <= self.guarantor_rating
        )

    def recovery_factor(self, rating: Rating) -> float:
        """Share of the usual recovery a rating above the guarantor keeps (002 §7(2))."""
        if self.status == RELIED and not self.covers(rating):
            return 1.0 - self.haircut
        return 1.0


def guarantee_cover(deal: DealStructure, parties: Parties, rules: StressSettings) -> GuaranteeCover:
    scheme = deal.guarantee
    if scheme is None:
        return GuaranteeCover("", None, 0.0, None)
    rating = _rating(parties.guarantor_rating)
    answers = [scheme.answer(r.key) for r in rules.guarantee_requirements]
    refused = [a.key for a in answers if a.answer == "no"]
    unanswered = [a.key for a in answers if a.answer == "open"]
    if refused:
        return GuaranteeCover(
            SET_ASIDE,
            rating,
            0.0,
            said(
                QT_TRANSLATE_NOOP(
                    "StressResult",
                    "Guarantee company set aside (002 §7(1)): requirement(s) not met: "
                    "{requirements}; the bad-loan layer rests on the classes' own enhancement.",
                ),
                requirements=", ".join(refused),
            ),
        )
    if unanswered or rating is None:
        missing = ", ".join(unanswered) or said(
            QT_TRANSLATE_NOOP("StressResult", "the guarantor's rating")
        )
        return GuaranteeCover(
            OPEN,
            rating,
            0.0,
            said(
                QT_TRANSLATE_NOOP(
                    "StressResult",
                    "Guarantee company: decision open until {missing} is answered (002 §7(1)); "
                    "meanwhile the bad-loan layer rests on the classes' own enhancement.",
                ),
                missing=missing,
            ),
        )
    return GuaranteeCover(
        RELIED,
        rating,
        rules.guarantee_recovery_haircut,
        said(
            QT_TRANSLATE_NOOP(
                "StressResult",
                "Guarantee company rated {rating} relied on (002 §7(1)): classes rated {rating} "
                "or lower rest their bad-loan layer on its guarantee; above {rating} the "
                "bad-loan layer stands and recoveries by foreclosure are cut by {haircut:.0%} "
                "(002 §7(2), Desk default). The other layers keep their own enhancement.",
            ),
            rating=str(rating),
            haircut=rules.guarantee_recovery_haircut,
        ),
    )


def group_credit_life_statement(deal: DealStructure) -> Text | None:
    insurance = deal.group_credit_life
    if not insurance.covered:
        return None
    if insurance.spv_receives:
        statement = QT_TRANSLATE_NOOP(
            "StressResult",
            "Group credit life insurance covers the borrowers; the trust can receive the "
            "insurance money (002 §7(3)){reason}: a borrower's death is repaid by the insurer, "
            "a point for the committee. The figures do not depend on it.",
        )
    else:
        statement = QT_TRANSLATE_NOOP(
            "StressResult",
            "Group credit life insurance covers the borrowers; the trust cannot receive the "
            "insurance money (002 §7(3)){reason}: it is given no weight. The figures do not "
            "depend on it.",
        )
    reason = (
        said(QT_TRANSLATE_NOOP("StressResult", " ({reason})"), reason=insurance.reason)
        if insurance.reason
        else ""
    )
    return said(statement, reason=reason)


@dataclass(frozen=True)
class RentCover:
    """Months each loan is spared defaults by a sublease rent guarantee, and for which ratings."""

    guarded_until: np.ndarray  # (loans,) last month spared, 0 for none
    company_rating: Rating | None
    statement: Text | None

    def applies(self, rating: Rating) -> bool:
        return (
            self.guarded_until.any()
            and self.company_rating is not None
            and rating <= self.company_rating
        )


def rent_cover(
    loans: pd.DataFrame,
    deal: DealStructure,
    parties: Parties,
    cut_off: object,
    step_months: int = 1,
) -> RentCover:
    none = np.zeros(len(loans), dtype=np.int64)
    if deal.rent_guarantee is None:
        return RentCover(none, None, None)
    if "rent_guarantee_end" not in loans.columns:
        return RentCover(
            none,
            None,
            said(
                QT_TRANSLATE_NOOP(
                    "StressResult",
                    "Rent guarantee stated, but the tape has no rent-guarantee dates: not counted.",
                )
            ),
        )
    months = months_between(loans["rent_guarantee_end"], cut_off)  # negative: still to come
    guarded = np.nan_to_num(-months, nan=0.0)
    if "loan_purpose" in loans.columns:
        guarded = np.where(loans["loan_purpose"].astype("object").eq("apartment"), guarded, 0.0)
    guarded = np.maximum(guarded, 0.0).astype(np.int64) // step_months * step_months
    rating = _rating(parties.sublease_rating)
    count = int((guarded > 0).sum())
    if rating is None:
        return RentCover(
            none,
            None,
            said(
                QT_TRANSLATE_NOOP(
                    "StressResult",
                    "Rent guarantee on {count:,} apartment loans not counted: the sublease "
                    "company's rating is not known (002 §2(2)(c)).",
                ),
                count=count,
            ),
        )
    return RentCover(
        guarded,
        rating,
        said(
            QT_TRANSLATE_NOOP(
                "StressResult",
                "Rent guarantee of a sublease company rated {rating}: {count:,} apartment loans "
                "take no defaults until the guaranteed rent's first review (counted in whole "
                "steps of {step_months} months, rounded down), for ratings up to {rating} "
                "(002 §2(2)(c)).",
            ),
            rating=str(rating),
            count=count,
            step_months=step_months,
        ),
    )


def commingling_charged(
    deal: DealStructure, parties: Parties, trigger: ComminglingTrigger
) -> tuple[bool, Text | None]:
    """Whether the commingling layer is charged, and the sentence saying why not."""
    mitigation = deal.commingling_mitigation
    if mitigation == "none":
        return True, None
    what = said(
        QT_TRANSLATE_NOOP("StressResult", "cash in trust within 30 days")
        if mitigation == "cash_in_trust"
        else QT_TRANSLATE_NOOP("StressResult", "advance payment of collections")
    )
    if parties.servicer_rating is None:
        return True, said(
            QT_TRANSLATE_NOOP(
                "StressResult",
                "The structure provides {what} if the servicer falls below the trigger, but "
                "the servicer's rating is not known: the commingling layer is charged (002 §4).",
            ),
            what=what,
        )
    if trigger.breached:
        return True, said(
            QT_TRANSLATE_NOOP(
                "StressResult",
                "The servicer is below the trigger: the {what} the structure provides is due "
                "now; the commingling layer is charged until it is in place (002 §4).",
            ),
            what=what,
        )
    return False, said(
        QT_TRANSLATE_NOOP(
            "StressResult",
            "Commingling layer not charged: the structure provides {what} should the servicer "
            "fall below the trigger, and the servicer (rated {rating}) is above it (002 §4).",
        ),
        what=what,
        rating=parties.servicer_rating,
    )


def concentration_decisions(
    loans: pd.DataFrame, assumptions: StressAssumptions
) -> tuple[list[Text], list[Text]]:
    """Open decisions and recorded ones on prefectures above the rulebook's threshold."""
    if "prefecture" not in loans.columns:
        return [], []
    threshold = float(pool_defaults("strats.toml")["concentration.largest_prefecture_share"])
    balance = pd.to_numeric(loans["current_balance"], errors="coerce").fillna(0.0)
    shares = balance.groupby(loans["prefecture"].astype("object"), sort=False).sum()
    total = float(balance.sum()) or 1.0
    open_, recorded = [], []
    for prefecture, amount in shares.items():
        share = float(amount) / total
        if share <= threshold:
            continue
        region = f"prefecture:{prefecture}"
        decision = assumptions.decision(region)
        if decision is None:
            open_.append(
                said(
                    QT_TRANSLATE_NOOP(
                        "StressResult",
                        "{prefecture} holds {share:.1%} of the pool, above the {threshold:.0%} "
                        "threshold (002 §8(1)): record whether its multipliers are adjusted, "
                        "with a reason.",
                    ),
                    prefecture=str(prefecture),
                    share=share,
                    threshold=threshold,
                )
            )
        else:
            done = (
                QT_TRANSLATE_NOOP(
                    "StressResult",
                    "{prefecture} holds {share:.1%} of the pool: multipliers adjusted "
                    "({analyst}: {reason}).",
                )
                if decision.decision == "adjusted"
                else QT_TRANSLATE_NOOP(
                    "StressResult",
                    "{prefecture} holds {share:.1%} of the pool: multipliers not adjusted "
                    "({analyst}: {reason}).",
                )
            )
            analyst = decision.analyst or said(QT_TRANSLATE_NOOP("StressResult", "analyst"))
            recorded.append(
                said(
                    done,
                    prefecture=str(prefecture),
                    share=share,
                    analyst=analyst,
                    reason=decision.reason,
                )
            )
    return open_, recorded


def _rating(text: str | None) -> Rating | None:
    if not text:
        return None
    try:
        return Rating.parse(text)
    except ValueError:
        return None
