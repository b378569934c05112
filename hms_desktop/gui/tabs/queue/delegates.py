"""Paints the triage level as a chip: the level's fill colour, its glyph and its label.

The text is the model's DisplayRole ("▲ Very urgent"), so the glyph and the words are always there;
the colour repeats them. Yellow carries dark text (``ScaleLevelInfo.text_colour``).

A chip is drawn once per level, cell size and font into a pixmap and then only copied: a refresh
repaints every visible row, and drawing the rounded rectangle, measuring and eliding the text in
Python for each of them cost ~0.1 ms a cell, a quarter of the whole table's paint (issue 18).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from hms_desktop.gui.tabs.queue.model import CHIP_ROLE

Index = QModelIndex | QPersistentModelIndex
_ITEM = QStyle.ControlElement.CE_ItemViewItem
_CACHE_MAX = 256  # levels x languages x column widths: a handful; the bound only guards a leak


def draw_chip(painter: QPainter, rect: QRectF, text: str, fill: str, ink: str, font: QFont) -> None:
    """The chip inside ``rect`` (the cell): rounded, in ``fill``, the text bold in ``ink``."""
    bold = QFont(font)
    bold.setBold(True)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(bold)
    metrics = QFontMetrics(bold)
    inner = rect.adjusted(4, 4, -4, -4)
    width = min(inner.width(), metrics.horizontalAdvance(text) + 18)
    chip = QRectF(inner.left(), inner.top(), width, inner.height())
    painter.setPen(QPen(QColor(fill).darker(125), 1))
    painter.setBrush(QColor(fill))
    painter.drawRoundedRect(chip, 5, 5)
    painter.setPen(QColor(ink))
    elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(chip.width()) - 12)
    painter.drawText(chip.adjusted(8, 0, -4, 0), int(Qt.AlignmentFlag.AlignVCenter), elided)


class LevelChipDelegate(QStyledItemDelegate):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pixmaps: dict[tuple[object, ...], QPixmap] = {}

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        # the row's selection/background (the view's option: no text), then the chip on top
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(_ITEM, option, painter, widget)
        chip = index.data(CHIP_ROLE)
        if chip is None:
            return
        rect = option.rect
        dpr = painter.device().devicePixelRatioF()
        key = (*chip, rect.width(), rect.height(), option.font.key(), dpr)
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            pixmap = self._pixmaps[key] = self._render(chip, rect.width(), rect.height(), option.font, dpr)
        painter.drawPixmap(rect.topLeft(), pixmap)

    def _render(
        self, chip: tuple[str, str, str], width: int, height: int, font: QFont, dpr: float
    ) -> QPixmap:
        if len(self._pixmaps) >= _CACHE_MAX:
            self._pixmaps.clear()
        pixmap = QPixmap(max(1, round(width * dpr)), max(1, round(height * dpr)))
        pixmap.setDevicePixelRatio(dpr)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        try:
            draw_chip(painter, QRectF(0, 0, width, height), *chip, font)
        finally:
            painter.end()
        return pixmap

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 24, max(size.height(), 30))
