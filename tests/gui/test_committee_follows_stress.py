"""The Committee tab shows a stress run's proposal as soon as the run is stored.

Found in review: a stress result is stored without an edit of the case, so the Committee
tab, which refreshed on edits only, kept "no stress result yet" and no proposal for the
deal's classes until the analyst changed something else.
"""

from __future__ import annotations

from jcr_desk.case.services.rated_items import CLASS
from tests.gui.conftest import wait_idle

RUN_TIMEOUT_MS = 60_000


def class_proposals(committee) -> dict[str, str | None]:
    model = committee.items_model
    items = [model.item(row) for row in range(model.rowCount())]
    return {
        item.class_name: item.proposal.rating for item in items if item.kind == CLASS
    }


def test_a_stored_stress_result_reaches_the_committee_tab(qtbot, window, stress_tab):
    committee = window.committee_tab
    assert window.document.case.results == []  # the demo case as built: not run yet
    assert set(class_proposals(committee).values()) == {None}

    with qtbot.waitSignal(stress_tab.runs.result_stored, timeout=RUN_TIMEOUT_MS):
        stress_tab.run()
    wait_idle(qtbot, window)

    proposals = class_proposals(committee)
    stored = window.document.case.results[0].result
    assert proposals == {c.name: c.capped_rating for c in stored.classes if c.name in proposals}
    assert proposals["Class A"] == "AAA"  # the senior class of the demo passes AAA
