"""The lines under the enhancement table: what the figures depend on, in words.

Each class's rating after the ceiling rules, the over-collateralisation, the liquidity
reserve, commingling, each rating's stressed and realised defaults with the interest-rate
path and clean-up call that set its figures, the valuation basis of recoveries, the deal's
mechanisms, decisions still open, the Desk defaults the run took from the rulebook, and the
warnings.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from jcr_desk.structured.rmbs.desk_defaults import desk_default_name
from jcr_desk.structured.rmbs.result import EnhancementResult
from jcr_desk.ui.stress.formatting import percent, rating_label, yen
from jcr_desk.ui.translations import shown

_PATHS = {
    "up": QT_TRANSLATE_NOOP("ResultDetails", "rising"),
    "down": QT_TRANSLATE_NOOP("ResultDetails", "falling"),
    "none": QT_TRANSLATE_NOOP("ResultDetails", "none"),
}
#: How a rating's run treated the clean-up call (``RatingLine.clean_up_call``), for lupdate.
_CALLS = (
    QT_TRANSLATE_NOOP("ResultDetails", "none stated"),
    QT_TRANSLATE_NOOP("ResultDetails", "exercised"),
    QT_TRANSLATE_NOOP("ResultDetails", "not exercised"),
)


def tr(text: str) -> str:
    """A value marked above (rate path, clean-up call) in the analyst's language."""
    return QCoreApplication.translate("ResultDetails", text)


def detail_text(result: EnhancementResult | None) -> str:
    """One line per fact, in the order a committee member reads them."""
    if result is None:
        return ""
    lines = [*_class_lines(result)]
    if result.over_collateralisation > 0:
        lines.append(
            QCoreApplication.translate(
                "ResultDetails",
                "Over-collateralisation: %s of the pool (%s), enhancement every class has.",
            )
            % (percent(result.over_collateralisation), yen(result.over_collateralisation_amount))
        )
    reserve = result.liquidity_reserve
    if reserve:
        kind = (
            QCoreApplication.translate("ResultDetails", "floating")
            if reserve.get("floating")
            else QCoreApplication.translate("ResultDetails", "fixed")
        )
        lines.append(
            QCoreApplication.translate(
                "ResultDetails", "Liquidity reserve: %s (%s month(s), %s-rate senior notes)."
            )
            % (yen(reserve.get("amount")), reserve.get("months"), kind)
        )
    commingling = result.commingling
    if commingling:
        state = (
            QCoreApplication.translate("ResultDetails", "breached")
            if commingling.get("trigger_breached")
            else QCoreApplication.translate("ResultDetails", "not breached")
        )
        lines.append(
            QCoreApplication.translate(
                "ResultDetails", "Commingling: servicer rating %s, trigger %s %s; %s"
            )
            % (
                commingling.get("servicer_rating")
                or QCoreApplication.translate("ResultDetails", "not entered"),
                commingling.get("trigger"),
                state,
                shown(result.commingling_note),
            )
        )
    for line in result.ratings:
        text = QCoreApplication.translate(
            "ResultDetails",
            "%s: defaults stressed %s, realised %s, losses %s; interest-rate path %s; "
            "clean-up call %s.",
        ) % (
            line.rating,
            percent(line.stressed_default_rate),
            percent(line.realised_default_rate),
            percent(line.cumulative_loss),
            tr(_PATHS.get(line.interest_rate_path, line.interest_rate_path)),
            tr(line.clean_up_call),
        )
        if line.held_at_lower_rating:
            text += " " + QCoreApplication.translate(
                "ResultDetails",
                "Held at a lower rating's figure: a higher rating never needs less.",
            )
        lines.append(text)
    basis = result.recovery.get("valuation_basis")
    if basis:
        lines.append(
            QCoreApplication.translate("ResultDetails", "Collateral values decline from the %s.")
            % QCoreApplication.translate("ResultDetails", basis)
        )
    lines += [
        QCoreApplication.translate("ResultDetails", "Mechanism: %s") % shown(text)
        for text in result.mechanisms
    ]
    lines += [
        QCoreApplication.translate("ResultDetails", "Open decision: %s") % shown(text)
        for text in result.open_decisions
    ]
    if result.desk_defaults:
        named = ", ".join(shown(desk_default_name(d.key)) for d in result.desk_defaults)
        lines.append(
            QCoreApplication.translate("ResultDetails", "Desk defaults applied (rulebook %s): %s")
            % (result.rulebook_version, named)
        )
    lines += [f"⚠ {shown(warning)}" for warning in result.warnings]
    return "\n".join(lines)


def _class_lines(result: EnhancementResult) -> list[str]:
    lines = []
    for rating in result.classes:
        if not rating.rated:
            lines.append(
                QCoreApplication.translate("ResultDetails", "%s: not rated (residual).")
                % rating.name
            )
            continue
        line = QCoreApplication.translate(
            "ResultDetails", "%s: highest rating passed %s, after caps %s"
        ) % (
            rating.name,
            rating_label(rating.highest_rating),
            rating_label(rating.capped_rating),
        )
        # the guideline's English reasons, stored with the result, in the window's language
        steps = "; ".join(QCoreApplication.translate("Guideline", s) for s in rating.cap_steps)
        lines.append(line + (f" ({steps})." if steps else "."))
    return lines
