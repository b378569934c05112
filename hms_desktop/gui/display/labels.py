"""The waiting-room display's building blocks: a one-line label whose font shrinks to fit, a waiting
token's chip, an earlier call's row; and the two setters that touch a widget only on a change (a
board every second neither flickers nor re-polishes anything)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from hms_desktop.gui.display.words import UNTRIAGED_TAG, level_key, level_tag
from hms_desktop.gui.forms import repolish
from hms_desktop.services.queue_types import DisplayCall


def set_text(label: QLabel, text: str) -> None:
    if label.text() != text:
        label.setText(text)


def set_prop(widgets: Sequence[QWidget], name: str, value: str) -> None:
    """Set a dynamic property used by a style selector, re-polishing only when it really changed."""
    for w in widgets:
        if w.property(name) != value:
            w.setProperty(name, value)
            repolish(w)


def make_label(parent: QWidget | None, disp: str = "", name: str = "", text: str = "") -> QLabel:
    label = QLabel(text, parent)
    if disp:
        label.setProperty("disp", disp)
    if name:
        label.setObjectName(name)
    return label


class FitLabel(QLabel):
    """A one-line label whose font shrinks below ``max_px`` when its text would not fit its width.

    Its width comes from the layout (horizontal policy Ignored); its height follows the fitted font.
    The size goes in the label's own style sheet, which wins over the window's (and the desk's
    ``QWidget { font-size }``), so ``font()`` reports what is painted.
    """

    def __init__(self, name: str, parent: QWidget | None = None, disp: str = "") -> None:
        super().__init__(parent)
        self.setObjectName(name)
        if disp:
            self.setProperty("disp", disp)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.max_px = 20
        self._px = 0

    def set_max_px(self, px: int) -> None:
        if px != self.max_px:
            self.max_px = px
            self._fit()

    def set_text(self, text: str) -> None:
        if text != self.text():
            self.setText(text)
            self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _width_at(self, px: int) -> int:
        font = QFont(self.font())
        font.setPixelSize(px)
        return QFontMetrics(font).horizontalAdvance(self.text())

    def _fit(self) -> None:
        avail = self.contentsRect().width() - 2 * self.margin() - 4
        px = self.max_px
        if avail > 0 and self.text():
            wide = self._width_at(px)
            if wide > avail:
                px = max(8, int(px * avail / wide))
                while px > 8 and self._width_at(px) > avail:
                    px -= 1
        if px != self._px:
            self._px = px
            self.setStyleSheet(f"font-size: {px}px;")
        # QLabel's hint grows to its minimum size, so measure the text's own height without it.
        fixed = self.minimumHeight()
        self.setMinimumHeight(0)
        height = super().sizeHint().height()
        self.setMinimumHeight(fixed)
        if (fixed, self.maximumHeight()) != (height, height):
            self.setFixedHeight(height)


class Chip(QFrame):
    """One waiting token: the token large, its level (glyph and colour name) small underneath."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setProperty("disp", "chip")
        self.token = FitLabel("chipToken", self, disp="chipToken")
        self.tag = FitLabel("chipTag", self, disp="chipTag")
        for label in (self.token, self.tag):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box = QVBoxLayout(self)
        box.setSpacing(0)
        box.addWidget(self.token)
        box.addWidget(self.tag)
        self.box = box

    def show_token(self, token: str, level: str | None) -> None:
        self.token.set_text(token)
        tag = level_tag(level)
        self.tag.set_text(tag)
        self.setToolTip(tag)
        set_prop([self, self.token, self.tag], "level", level_key(level))


class PreviousRow:
    """One earlier call in the side list: level pill, token -> room."""

    def __init__(self, parent: QWidget, grid: QGridLayout, row: int) -> None:
        self.pill = make_label(parent, "prevPill")
        self.pill.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.token = FitLabel("prevToken", parent, disp="prevToken")
        self.arrow = make_label(parent, "arrow", text="→")
        self.room = FitLabel("prevRoom", parent, disp="prevRoom")
        grid.addWidget(self.pill, row, 0, Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(self.token, row, 1)
        grid.addWidget(self.arrow, row, 2)
        grid.addWidget(self.room, row, 3)
        self.widgets: list[QWidget] = [self.pill, self.token, self.arrow, self.room]

    def show_call(self, call: DisplayCall | None) -> None:
        for w in self.widgets:
            w.setVisible(call is not None)
        if call is None:
            return
        set_text(self.pill, level_tag(call.level).replace(UNTRIAGED_TAG, "○"))
        set_prop([self.pill], "level", level_key(call.level))
        self.token.set_text(call.token_label)
        self.room.set_text(call.room or "Desk")  # notr: the waiting-room TV's English, as its headings
