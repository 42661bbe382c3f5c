"""The group chart: one box per entity, one arrow per ownership link, exported as a PNG."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtGui import QFontDatabase, QImage

from jcr_desk.case.document.model import Case
from jcr_desk.case.edits.group_commands import MoveEntity, RemoveEntity
from jcr_desk.case.services.guidelines import evaluate_entity
from jcr_desk.ui.document import CaseDocument
from jcr_desk.ui.group.group_chart import BOX_HEIGHT, GroupChartView, chart_font


@pytest.fixture
def document(qtbot, demo_case) -> CaseDocument:
    doc = CaseDocument()
    doc.case = copy.deepcopy(demo_case)
    return doc


@pytest.fixture
def chart(qtbot, document) -> GroupChartView:
    view = GroupChartView(document)
    qtbot.addWidget(view)
    return view


def _links(case: Case) -> int:
    ids = {entity.id for entity in case.entities}
    return sum(1 for entity in case.entities if entity.parent_id in ids)


def test_boxes_and_arrows_match_entities_and_links(chart, document):
    case = document.case
    assert set(chart.boxes) == {entity.id for entity in case.entities}
    assert len(chart.arrows) == _links(case) == len(case.entities) - 2  # holding and SPV on top
    for arrow in chart.arrows:
        child = case.entity(arrow.child_id)
        assert arrow.label.text() == f"{child.ownership_pct:g}%"
        parent_box = chart.boxes[child.parent_id].sceneBoundingRect()
        child_box = chart.boxes[child.id].sceneBoundingRect()
        assert child_box.top() >= parent_box.bottom() + BOX_HEIGHT / 2  # drawn top-down


def test_boxes_do_not_overlap(chart):
    rects = [box.sceneBoundingRect() for box in chart.boxes.values()]
    for i, first in enumerate(rects):
        for second in rects[i + 1 :]:
            assert not first.intersects(second)


def test_box_shows_name_role_and_decided_or_proposed_rating(chart, document):
    case = document.case
    for entity in case.entities:
        texts = [item.toolTip() for item in chart.boxes[entity.id].texts]
        assert texts[0] == entity.name
        decision = case.decision(entity.id, "long_term")
        guideline = evaluate_entity(case, entity.id).long_term
        if decision is not None:
            assert texts[2] == f"{decision.rating} (decided)"
        elif guideline is not None:
            assert texts[2] == f"{guideline.proposed} (guideline)"
        else:
            assert texts[2] == ""
    holding = next(e for e in case.entities if e.role == "holding")
    assert chart.boxes[holding.id].texts[1].text().startswith("Holding company")


def test_chart_follows_edits_and_undo(chart, document):
    case = document.case
    before = len(chart.boxes)
    card = next(e for e in case.entities if e.sector == "card_nonbank")
    document.push(RemoveEntity(card.id))
    assert card.id not in chart.boxes and len(chart.boxes) == before - 1
    document.undo_stack.undo()
    assert card.id in chart.boxes and len(chart.boxes) == before
    holding = next(e for e in case.entities if e.role == "holding")
    document.push(MoveEntity(card.id, holding.id))
    arrow = next(a for a in chart.arrows if a.child_id == card.id)
    start = arrow.path().elementAt(0)
    assert chart.boxes[holding.id].sceneBoundingRect().center().x() == pytest.approx(start.x)


def test_empty_case_draws_a_note_and_still_exports(qtbot, tmp_path):
    doc = CaseDocument()
    view = GroupChartView(doc)
    qtbot.addWidget(view)
    assert view.boxes == {} and view.arrows == []
    assert not QImage(str(view.export_png(tmp_path / "empty.png"))).isNull()


def test_export_writes_a_large_non_blank_png(chart, tmp_path):
    path = chart.export_png(tmp_path / "group.png")
    assert path == tmp_path / "group.png"
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(path))
    scene = chart.scene().sceneRect()
    assert image.width() >= 2 * scene.width() and image.height() >= 2 * scene.height()
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in (image.height() // 4,)
    }
    assert len(colours) > 2  # boxes and text, not a blank page


def test_export_to_a_missing_folder_raises(chart, tmp_path):
    with pytest.raises(OSError, match="group chart"):
        chart.export_png(tmp_path / "missing" / "group.png")


def test_japanese_names_use_a_font_with_japanese_glyphs(chart, document):
    japanese = QFontDatabase.families(QFontDatabase.WritingSystem.Japanese)
    if not japanese:
        pytest.skip("no Japanese font installed (fonts-noto-cjk on Linux)")
    assert japanese[0] in chart_font().families()
    regional = next(e for e in document.case.entities if "三風" in e.name)
    assert "三風" in chart.boxes[regional.id].texts[0].text()
