"""What the Undo menu and the audit log say about a group edit: words, not field names."""

from __future__ import annotations

import pytest

from jcr_desk.case.edits.group_commands import (
    RenameEntity,
    SetCountryFields,
    SetEntityFields,
    SetEntityInputs,
)

from .test_group_commands import apply, group_case


@pytest.mark.parametrize(
    ("command", "text", "detail"),
    [
        (SetEntityFields("c", ownership_pct=60.0),
         "Set ownership by parent of Card to 60 %",
         "Card: ownership by parent 85 % → 60 %"),
        (SetEntityFields("c", ownership_pct=None),
         "Clear ownership by parent of Card",
         "Card: ownership by parent 85 % → not set"),
        (SetEntityFields("c", role="core"),
         "Set role of Card to core",
         "Card: role group company → core"),
        (SetEntityFields("c", sector="bank", currency="usd"),
         "Edit sector and currency of Card",
         "Card: sector card nonbank → bank, currency JPY → USD"),
        (SetEntityInputs("b", {"sole": "a-"}),
         "Set sole creditworthiness of Bank to A-",
         "Bank: sole creditworthiness A → A-"),
        (SetEntityInputs("b", {"support_recognised": True}),
         "Set group support recognised of Bank to yes",
         "Bank: group support recognised not set → yes"),
        (SetEntityInputs("h", {"equity": 1_250_000_000}, "financials"),
         "Set equity capital of Holding to ¥1,250,000,000",
         "Holding: equity capital ¥100 → ¥1,250,000,000"),
        (SetEntityInputs("b", {"importance": None, "size": "small"}),
         "Edit importance to the group and size relative to the group of Bank",
         "Bank: importance to the group core → not set, size relative to the group not set → "
         "small"),
        (SetCountryFields("JP", country_ceiling="AA+"),
         "Set country ceiling of Japan to AA+",
         "Japan (JP): country ceiling AAA → AA+"),
        (SetCountryFields("JP", hard_currency=False),
         "Set hard currency of Japan to no",
         "Japan (JP): hard currency yes → no"),
        (RenameEntity("c", "Card Services"),
         "Rename Card to Card Services",
         "Card Services: name Card → Card Services"),
    ],
)
def test_edits_read_in_words(command, text, detail):
    case = group_case()
    apply(case, command)
    assert command.text == text
    assert case.audit[-1].detail == detail
    assert "_" not in command.text and "_" not in case.audit[-1].detail
