"""The rating action a committee takes on an item, from its current and proposed rating.

No current rating: an assignment. A better proposal: an upgrade; a worse one: a downgrade.
The same rating: an affirmation, unless the outlook (or credit monitor direction) proposed
differs from the current one, which makes it an outlook change. An outlook not entered
leaves the action to the rating alone (the draft shows the missing outlook). The analyst may
choose another action with a written reason (``committee_commands.SetItemInputs``).
"""

from __future__ import annotations

from typing import TypeVar

from jcr_desk.ratings import Outlook
from jcr_desk.ratings.scale_symbol import ScaleSymbol

ASSIGNMENT = "assignment"
AFFIRMATION = "affirmation"
UPGRADE = "upgrade"
DOWNGRADE = "downgrade"
OUTLOOK_CHANGE = "outlook_change"
ACTIONS = (ASSIGNMENT, AFFIRMATION, UPGRADE, DOWNGRADE, OUTLOOK_CHANGE)

Symbol = TypeVar("Symbol", bound=ScaleSymbol)


def derive_action(
    current: Symbol | None,
    proposed: Symbol,
    current_outlook: Outlook | None = None,
    proposed_outlook: Outlook | None = None,
) -> str:
    """The action from current to proposed; both ratings on the same scale."""
    if current is None:
        return ASSIGNMENT
    if type(current) is not type(proposed):
        raise TypeError(f"{current!r} and {proposed!r} are on different scales")
    if proposed > current:
        return UPGRADE
    if proposed < current:
        return DOWNGRADE
    if proposed_outlook is not None and proposed_outlook != current_outlook:
        return OUTLOOK_CHANGE
    return AFFIRMATION
