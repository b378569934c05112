"""Paints the triage level as a chip: the level's fill colour, its glyph and its label.

The text is the model's DisplayRole ("▲ Very urgent"), so the glyph and the words are always there;
the colour repeats them. Yellow carries dark text (``ScaleLevelInfo.text_colour``).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from hms_desktop.gui.tabs.queue.model import LEVEL_ROLE, PENDING_COLOURS

Index = QModelIndex | QPersistentModelIndex


def chip_colours(info: object) -> tuple[str, str]:
    if info is None:
        return PENDING_COLOURS
    return info.colour, info.text_colour  # type: ignore[attr-defined]


class LevelChipDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        # the row's selection/background first, then the chip on top
        base = QStyleOptionViewItem(option)
        self.initStyleOption(base, index)
        base.text = ""
        style = base.widget.style() if base.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, base, painter, base.widget)
        fill, ink = chip_colours(index.data(LEVEL_ROLE))
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        rect = QRectF(option.rect).adjusted(4, 4, -4, -4)
        width = min(rect.width(), painter.fontMetrics().horizontalAdvance(text) + 18)
        chip = QRectF(rect.left(), rect.top(), width, rect.height())
        painter.setPen(QPen(QColor(fill).darker(125), 1))
        painter.setBrush(QColor(fill))
        painter.drawRoundedRect(chip, 5, 5)
        painter.setPen(QColor(ink))
        elided = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, int(chip.width()) - 12)
        painter.drawText(chip.adjusted(8, 0, -4, 0), int(Qt.AlignmentFlag.AlignVCenter), elided)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 24, max(size.height(), 30))
