"""The group chart: the ownership tree drawn as boxes and arrows, for the committee workbook.

A committee reads a group faster from a picture than from a tree view, so the chart shows
each entity as a box (name, role, the long-term rating decided or proposed) and each
ownership link as an arrow from parent to child labelled with the share held. It redraws
from the case whenever the document changes and exports itself as a PNG.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from jcr_desk.case.document.model import Case, Entity
from jcr_desk.case.services.guidelines import evaluate_entity, tree_order
from jcr_desk.ui.document import CaseDocument
from jcr_desk.ui.models.qt_entity_tree_model import role_label, sector_label

BOX_WIDTH = 230.0
BOX_HEIGHT = 74.0
H_GAP = 28.0
V_GAP = 64.0
PADDING = 8.0
ARROW_HEAD = 8.0
MARGIN = 24.0
#: Export scale over screen pixels: about 290 dpi, sharp when the workbook is printed.
EXPORT_SCALE = 3.0
EXPORT_DPI = 96 * EXPORT_SCALE

_ROLE_FILLS = {
    "holding": "#dbe6f4",
    "intermediate_holding": "#e3ecf7",
    "core": "#e2f0e0",
    "group_company": "#f4f4f4",
}
_PARTY_FILL = "#fbf3df"
_LINE = QColor("#3a4a5c")


def chart_font() -> QFont:
    """The application font, falling back to a font with Japanese glyphs where one exists.

    Offscreen and minimal platforms may pick a default font without kana or kanji; naming a
    Japanese-capable family as fallback keeps names such as 三風銀行 from drawing as boxes.
    """
    font = QFont()
    japanese = QFontDatabase.families(QFontDatabase.WritingSystem.Japanese)
    if japanese:
        font.setFamilies([font.family(), japanese[0]])
    return font


def rating_line(case: Case, entity: Entity) -> str:
    """What the box says about the long-term rating: the decision, else the guideline."""
    decision = case.decision(entity.id, "long_term")
    if decision is not None:
        return f"{decision.rating} (decided)"
    try:
        guideline = evaluate_entity(case, entity.id).long_term
    except ValueError:
        return QCoreApplication.translate("GroupChart", "check the inputs")
    if guideline is None:
        return ""
    if guideline.proposed is None:
        return QCoreApplication.translate("GroupChart", "left to judgement")
    return f"{guideline.proposed} (guideline)"


class EntityBox(QGraphicsRectItem):
    """One entity: a rounded box with its name, role and long-term rating."""

    def __init__(self, entity: Entity, rating: str, font: QFont) -> None:
        super().__init__(0.0, 0.0, BOX_WIDTH, BOX_HEIGHT)
        self.entity_id = entity.id
        fill = _ROLE_FILLS.get(entity.role, _PARTY_FILL)
        self.setBrush(QBrush(QColor(fill)))
        self.setPen(QPen(_LINE, 1.2))
        bold = QFont(font)
        bold.setBold(True)
        role = role_label(entity.role)
        sector = sector_label(entity.sector) if entity.sector else ""
        lines = [
            (entity.name, bold),
            (f"{role}, {sector}" if sector else role, font),
            (rating, bold),
        ]
        self.texts: list[QGraphicsSimpleTextItem] = []
        y = PADDING
        for text, line_font in lines:
            metrics = QFontMetricsF(line_font)
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, BOX_WIDTH - 2 * PADDING)
            item = QGraphicsSimpleTextItem(shown, self)
            item.setFont(line_font)
            item.setPos(PADDING, y)
            item.setToolTip(text)
            self.texts.append(item)
            y += metrics.height() + 2

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        painter.setPen(self.pen())
        painter.setBrush(self.brush())
        painter.drawRoundedRect(self.rect(), 6.0, 6.0)


class OwnershipArrow(QGraphicsPathItem):
    """Parent → child, with the share held written beside the line."""

    def __init__(
        self, child_id: str, start: QPointF, end: QPointF, label: str, font: QFont
    ) -> None:
        super().__init__()
        self.child_id = child_id
        path = QPainterPath(start)
        path.lineTo(end)
        angle = math.atan2(end.y() - start.y(), end.x() - start.x())
        head = QPolygonF(
            [
                end,
                end - QPointF(math.cos(angle - 0.4), math.sin(angle - 0.4)) * ARROW_HEAD,
                end - QPointF(math.cos(angle + 0.4), math.sin(angle + 0.4)) * ARROW_HEAD,
            ]
        )
        path.addPolygon(head)
        path.closeSubpath()
        self.setPath(path)
        self.setPen(QPen(_LINE, 1.2))
        self.setBrush(QBrush(_LINE))
        self.label = QGraphicsSimpleTextItem(label, self)
        self.label.setFont(font)
        middle = QLineF(start, end).pointAt(0.5)
        self.label.setPos(middle + QPointF(6.0, -QFontMetricsF(font).height() / 2))


@dataclass
class _Slot:
    """Where a subtree sits: its left edge and the width its leaves need."""

    left: float
    width: float


class GroupChartView(QGraphicsView):
    """The chart of the open case; ``boxes`` and ``arrows`` are what is drawn."""

    def __init__(self, document: CaseDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.boxes: dict[str, EntityBox] = {}
        self.arrows: list[OwnershipArrow] = []
        document.replaced.connect(self.refresh)
        document.edited.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Redraw the chart from the case: every entity a box, every ownership link an arrow."""
        scene = self.scene()
        scene.clear()
        self.boxes = {}
        self.arrows = []
        case = self._document.case
        font = chart_font()
        entities = tree_order(case)
        if not entities:
            scene.addSimpleText(self.tr("No entities in the case yet."), font)
            return
        positions = _layout(case, entities)
        for entity in entities:
            box = EntityBox(entity, rating_line(case, entity), font)
            box.setPos(positions[entity.id])
            scene.addItem(box)
            self.boxes[entity.id] = box
        for entity in entities:
            if entity.parent_id in self.boxes:
                self._add_arrow(entity, font)
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))

    def _add_arrow(self, entity: Entity, font: QFont) -> None:
        parent_rect = self.boxes[entity.parent_id].sceneBoundingRect()
        child_rect = self.boxes[entity.id].sceneBoundingRect()
        start = QPointF(parent_rect.center().x(), parent_rect.bottom())
        end = QPointF(child_rect.center().x(), child_rect.top())
        share = "" if entity.ownership_pct is None else f"{entity.ownership_pct:g}%"
        arrow = OwnershipArrow(entity.id, start, end, share, font)
        arrow.setZValue(-1)
        self.scene().addItem(arrow)
        self.arrows.append(arrow)

    def export_png(self, path: str | Path) -> Path:
        """Render the whole chart to a PNG at print resolution; raises OSError on failure."""
        target = Path(path)
        source = self.scene().sceneRect()
        size = (source.size() * EXPORT_SCALE).toSize()
        image = QImage(size, QImage.Format.Format_ARGB32)
        dots_per_metre = round(EXPORT_DPI / 0.0254)
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        self.scene().render(painter, QRectF(image.rect()), source)
        painter.end()
        if not image.save(str(target), "PNG"):
            raise OSError(self.tr("cannot write the group chart to {path}").format(path=target))
        return target


def _layout(case: Case, entities: list[Entity]) -> dict[str, QPointF]:
    """Top-down tree layout: each parent centred over its children, trees side by side."""
    positions: dict[str, QPointF] = {}
    placed: set[str] = set()

    def place(entity: Entity, left: float, depth: int) -> _Slot:
        placed.add(entity.id)
        children = [child for child in case.children_of(entity.id) if child.id not in placed]
        cursor = left
        for child in children:
            slot = place(child, cursor, depth + 1)
            cursor = slot.left + slot.width + H_GAP
        width = max(BOX_WIDTH, cursor - H_GAP - left)
        positions[entity.id] = QPointF(left + (width - BOX_WIDTH) / 2, depth * (BOX_HEIGHT + V_GAP))
        return _Slot(left, width)

    cursor = 0.0
    for entity in entities:  # tree order: every top entity comes before its descendants
        if entity.id not in placed:
            slot = place(entity, cursor, 0)
            cursor = slot.left + slot.width + H_GAP
    return positions
