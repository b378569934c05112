"""The waiting-room display's picture: header (clinic, clock), NOW CALLING, earlier calls, waiting
tokens; built once on the window, then only label texts and a few dynamic properties change.

It shows only what the board carries (token, initials, room, doctor), never a name or a complaint.
Every size follows the window (:mod:`.style`); one-line texts that could still be too wide (a long
token, "Please come to the desk") shrink to fit instead of being cut off. The layout is built in
code rather than in ``ui/``: the rows and chips are repeated widgets, the labels shrink to fit
(:class:`~.labels.FitLabel`, which a Designer form cannot construct), and every margin and spacing
is computed from the window's size.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLayout, QStackedLayout, QVBoxLayout, QWidget

from hms_desktop.gui.display.labels import Chip, FitLabel, PreviousRow, make_label, set_prop, set_text
from hms_desktop.gui.display.style import SIZES, scaled, style_sheet
from hms_desktop.gui.display.words import headings, level_key, level_tag, room_text, welcome_text
from hms_desktop.services.queue_types import DisplayBoard

MAX_PREVIOUS = 7  # the board carries at most 8 calls: the newest is NOW CALLING
MAX_WAITING = 30
CHIP_COLUMNS = 10


class BoardView:
    """The picture on ``host`` (the display window): :meth:`show` paints one board."""

    def __init__(self, host: QWidget) -> None:
        self.host = host
        self.words = headings(None)
        self._language: str | None = None
        self._scale = 0.0
        root = QVBoxLayout(host)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        # Sizes follow the window, not the other way round: a layout minimum computed at the old size
        # must not stop the window from shrinking onto a smaller TV.
        root.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        root.addWidget(self._header(host))
        body = QWidget(host)
        self._body = QVBoxLayout(body)
        self._middle = QHBoxLayout()
        self._body.addLayout(self._middle, 1)
        root.addWidget(body, 1)
        self._middle.addWidget(self._now(body), 56)
        self._middle.addWidget(self._side(body), 44)
        self._body.addWidget(self._waiting(body))

    # -- building ------------------------------------------------------------------------------------

    def _header(self, host: QWidget) -> QFrame:
        header = QFrame(host)
        header.setObjectName("header")
        self._head = QHBoxLayout(header)
        self.clinic_label = FitLabel("clinicName", header)
        self.date_label = make_label(header, name="date")
        self.clock_label = make_label(header, name="clock")
        self.date_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # A small note in the header while the poller cannot reach the database (the board stays).
        self.reconnecting_label = make_label(
            header,
            name="reconnecting",
            text="Reconnecting…",  # notr: the waiting-room TV's English, as its headings
        )
        self.reconnecting_label.hide()
        self._head.addWidget(self.clinic_label, 1)
        self._head.addWidget(self.reconnecting_label, 0, Qt.AlignmentFlag.AlignVCenter)
        self._head.addWidget(self.date_label)
        self._head.addWidget(self.clock_label)
        return header

    def _now(self, body: QWidget) -> QFrame:
        """NOW CALLING: the newest call, or the welcome text while there is none."""
        now = QFrame(body)
        now.setObjectName("nowPanel")
        now.setProperty("flash", "false")
        self.now_panel = now
        self._now_stack = QStackedLayout(now)
        calling = QWidget(now)
        col = QVBoxLayout(calling)
        self._now_col = col
        top = QHBoxLayout()
        self.now_caption = make_label(calling, "caption", text=self.words["now_calling"])
        self.now_level = make_label(calling, "pill")
        top.addWidget(self.now_caption)
        top.addStretch(1)
        top.addWidget(self.now_level)
        col.addLayout(top)
        col.addStretch(1)
        self.token_label = FitLabel("nowToken", calling)
        self.room_label = FitLabel("nowRoom", calling)
        self.who_label = FitLabel("nowWho", calling)
        for label in (self.token_label, self.room_label, self.who_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            col.addWidget(label)
        col.addStretch(1)
        self.welcome_label = make_label(now, name="welcome", text=welcome_text(self.words))
        self.welcome_label.setWordWrap(True)
        self.welcome_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._now_stack.addWidget(calling)
        self._now_stack.addWidget(self.welcome_label)
        self._calling_page = calling
        return now

    def _side(self, body: QWidget) -> QFrame:
        """Earlier calls: token -> room, newest first."""
        side = QFrame(body)
        side.setObjectName("sidePanel")
        self.side_panel = side
        self._side_col = QVBoxLayout(side)
        self.earlier_caption = make_label(side, "caption", text=self.words["earlier_calls"])
        self._side_col.addWidget(self.earlier_caption)
        self._prev_grid = QGridLayout()
        self._prev_grid.setColumnStretch(3, 1)
        self._previous = [PreviousRow(side, self._prev_grid, i) for i in range(MAX_PREVIOUS)]
        self._side_col.addLayout(self._prev_grid)
        self.no_previous_label = make_label(side, "empty", text=self.words["no_earlier"])
        self.no_previous_label.setWordWrap(True)
        self._side_col.addWidget(self.no_previous_label)
        self._side_col.addStretch(1)
        return side

    def _waiting(self, body: QWidget) -> QFrame:
        """Waiting tokens as coloured chips, in queue order."""
        waiting = QFrame(body)
        waiting.setObjectName("waitingPanel")
        self.waiting_panel = waiting
        self._wait_col = QVBoxLayout(waiting)
        self.waiting_caption = make_label(waiting, "caption", text=self.words["waiting"])
        self._wait_col.addWidget(self.waiting_caption)
        self._chip_grid = QGridLayout()
        for c in range(CHIP_COLUMNS):
            self._chip_grid.setColumnStretch(c, 1)
        self._chips = [Chip(waiting) for _ in range(MAX_WAITING)]
        for i, chip in enumerate(self._chips):
            self._chip_grid.addWidget(chip, i // CHIP_COLUMNS, i % CHIP_COLUMNS)
            chip.hide()
        self._wait_col.addLayout(self._chip_grid)
        return waiting

    # -- sizes ---------------------------------------------------------------------------------------

    def apply_scale(self, scale: float, *, force: bool = False) -> None:
        if not force and abs(scale - self._scale) < 0.002:
            return
        self._scale = scale

        def px(base: float) -> int:
            return scaled(base, scale)

        self.host.setStyleSheet(style_sheet(scale))
        fits = [
            (self.clinic_label, "clinic"),
            (self.token_label, "token"),
            (self.room_label, "room"),
            (self.who_label, "who"),
        ]
        fits += [(row.room, "prev_room") for row in self._previous]
        fits += [(row.token, "prev_token") for row in self._previous]
        fits += [(chip.token, "chip_token") for chip in self._chips]
        fits += [(chip.tag, "chip_tag") for chip in self._chips]
        for label, key in fits:
            label.set_max_px(max(9, px(SIZES[key])))
        pad = px(24)
        self._head.setContentsMargins(pad + px(8), px(10), pad + px(8), px(10))
        self._head.setSpacing(px(28))
        self._body.setContentsMargins(pad, pad, pad, pad)
        self._body.setSpacing(px(20))
        self._middle.setSpacing(px(20))
        self._now_col.setContentsMargins(px(30), px(22), px(30), px(22))
        self._now_col.setSpacing(px(6))
        self.welcome_label.setContentsMargins(px(40), px(20), px(40), px(20))
        self._side_col.setContentsMargins(px(26), px(22), px(26), px(22))
        self._side_col.setSpacing(px(12))
        self._prev_grid.setHorizontalSpacing(px(16))
        # Room for a typical department token ('PAED-12') at full size; longer ones shrink to fit.
        token_font = QFont(self._previous[0].token.font())
        token_font.setPixelSize(px(SIZES["prev_token"]))
        token_font.setWeight(QFont.Weight.ExtraBold)
        self._prev_grid.setColumnMinimumWidth(1, QFontMetrics(token_font).horizontalAdvance("PAED-88") + 8)
        self._prev_grid.setVerticalSpacing(px(8))
        self._wait_col.setContentsMargins(px(22), px(14), px(22), px(18))
        self._wait_col.setSpacing(px(10))
        self._chip_grid.setSpacing(px(10))
        for chip in self._chips:
            chip.box.setContentsMargins(px(6), px(6), px(6), px(6))

    # -- data ----------------------------------------------------------------------------------------

    def show(self, board: DisplayBoard) -> None:
        self.set_language(board.local_language)
        self.clinic_label.set_text(board.clinic_name)
        calls = board.calls
        newest = calls[0] if calls else None
        if newest is not None:
            self._now_stack.setCurrentWidget(self._calling_page)
            self.token_label.set_text(newest.token_label)
            self.room_label.set_text(room_text(newest.room, self.words["desk"].replace("\n", " · ")))
            who = " · ".join(p for p in (newest.initials, newest.doctor_name) if p)
            self.who_label.set_text(who)
            set_text(self.now_level, level_tag(newest.level))
            set_prop([self.now_level], "level", level_key(newest.level))
        earlier = calls[1 : MAX_PREVIOUS + 1]
        for i, row in enumerate(self._previous):
            row.show_call(earlier[i] if i < len(earlier) else None)
        self.no_previous_label.setVisible(not earlier)
        waiting = board.waiting_tokens[:MAX_WAITING]
        for i, chip in enumerate(self._chips):
            if i < len(waiting):
                chip.show_token(*waiting[i])
            chip.setVisible(i < len(waiting))
        count = len(board.waiting_tokens)
        waiting_words = self.words["waiting"]
        set_text(self.waiting_caption, f"{waiting_words}  ·  {count}" if count else waiting_words)
        self.show_empty(no_calls=newest is None, no_waiting=not waiting)

    def set_language(self, language: str | None) -> None:
        """Headings in English and ``language`` (the clinic's local language; None: English only)."""
        if language == self._language:
            return
        self._language = language
        self.words = headings(language)
        set_text(self.now_caption, self.words["now_calling"])
        set_text(self.earlier_caption, self.words["earlier_calls"])
        set_text(self.no_previous_label, self.words["no_earlier"])
        set_text(self.welcome_label, welcome_text(self.words))
        set_text(self.waiting_caption, self.words["waiting"])

    def show_empty(self, *, no_calls: bool, no_waiting: bool) -> None:
        if no_calls:
            self._now_stack.setCurrentWidget(self.welcome_label)
        self.side_panel.setVisible(not no_calls)
        self.waiting_panel.setVisible(not no_waiting)

    def show_time(self, local: dt.datetime) -> None:
        set_text(self.clock_label, local.strftime("%I:%M %p").lstrip("0"))
        set_text(self.date_label, f"{local:%A}\n{local.day} {local:%B %Y}")

    def set_flash(self, on: bool) -> None:
        set_prop([self.now_panel], "flash", "true" if on else "false")
