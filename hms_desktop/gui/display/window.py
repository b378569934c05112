"""The waiting-room token display: a top-level window for a TV, fed one DisplayBoard at a time.

It never touches the database: whoever polls the queue service hands it a board with ``set_board``.
It shows only what the board carries (token, initials, room, doctor), never a name or a complaint.

The picture is built once; a new board only changes label texts and a few dynamic properties, so a
board every second neither flickers nor rebuilds anything. Every size comes from one style sheet
generated for the window's size (scaled from a 1920x1080 design), so a 1366x768 TV shows the same
picture smaller; one-line texts that could still be too wide (a long token, "Please come to the desk")
shrink to fit instead of being cut off. The layout is built in code rather than in ui/ because it is
a single screen whose every size is computed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from string import Template
from typing import TypeVar
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QFont, QFontMetrics, QGuiApplication, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QSizePolicy,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from hms_desktop.domain.instructions import shipped_packs
from hms_desktop.domain.queue import COLOURS, ICONS
from hms_desktop.gui.forms import repolish
from hms_desktop.services.queue_types import DisplayBoard, DisplayCall

DESIGN_W, DESIGN_H = 1920, 1080
MAX_PREVIOUS = 7  # the board carries at most 8 calls: the newest is NOW CALLING
MAX_WAITING = 30
CHIP_COLUMNS = 10
FLASH_MS = 450
FLASH_TOGGLES = 12  # ~5 s of alternating background after a new call
WELCOME = "Welcome — please take a seat, your token will be called here"
DESK = "Please come to the desk"
# The headings in English; a clinic with a local language set shows its wording beside each
# (resources/instructions/<code>.json, "display"), as the Clinical Establishments Rules ask.
HEADINGS = {
    "now_calling": "NOW CALLING",
    "earlier_calls": "EARLIER CALLS",
    "waiting": "WAITING",
    "welcome": WELCOME,
    "desk": DESK,
    "no_earlier": "Earlier calls will be listed here",
}


def headings(language: str | None) -> dict[str, str]:
    """Each heading in English, with the clinic's language after it ('NOW CALLING · ಈಗ ...')."""
    pack = shipped_packs().get(language or "")
    if pack is None:
        return dict(HEADINGS)
    out = {}
    for key, english in HEADINGS.items():
        local = pack.display.get(key)
        if not local:
            out[key] = english
        elif key in ("welcome", "no_earlier", "desk"):
            out[key] = f"{english}\n{local}"  # sentences: one language a line
        else:
            out[key] = f"{english}  ·  {local}"
    return out


UNTRIAGED = ("#4A5768", "#FFFFFF")  # grey chip for a token the nurse has not seen yet
UNTRIAGED_TAG = "○ NOT TRIAGED"

# Font sizes in px at 1920x1080; scaled with the window (rule: readable from across the room).
SIZES = {
    "clinic": 46,
    "clock": 76,
    "date": 26,
    "caption": 28,
    "pill": 26,
    "token": 210,
    "room": 84,
    "who": 40,
    "welcome": 68,
    "prev_token": 50,
    "prev_room": 44,
    "prev_pill": 17,
    "chip_token": 36,
    "chip_tag": 15,
    "note": 20,
    "empty": 26,
}

_SHEET = Template("""
#display { background: #0A1420; }
QWidget { color: #F4F7FB; font-size: ${empty}px; }
#header { background: #0F2236; border-bottom: 4px solid #26A69A; }
#clinicName { font-size: ${clinic}px; font-weight: 700; }
#clock { font-size: ${clock}px; font-weight: 700; }
#date { font-size: ${date}px; color: #B8C7D9; }
QLabel[disp="caption"] { font-size: ${caption}px; font-weight: 700; color: #80CBC4; letter-spacing: 3px; }
QFrame#nowPanel { background: #11294A; border: ${border}px solid #26A69A; border-radius: ${radius}px; }
QFrame#nowPanel[flash="true"] { background: #1E63B8; border-color: #FFD54F; }
QFrame#sidePanel, QFrame#waitingPanel { background: #0F2236; border-radius: ${radius}px; }
#nowToken { font-weight: 800; color: #FFFFFF; }
#nowRoom { font-weight: 700; color: #FFE082; }
#nowWho { color: #D5E0EC; }
#welcome { font-size: ${welcome}px; font-weight: 600; color: #FFFFFF; }
QLabel[disp="pill"] { font-size: ${pill}px; font-weight: 700; border-radius: ${pill_radius}px;
    padding: ${pill_pad_v}px ${pill_pad_h}px; }
QLabel[disp="prevPill"] { font-size: ${prev_pill}px; font-weight: 700; border-radius: ${pill_radius}px;
    padding: ${pill_pad_v}px ${pill_pad_h}px; }
QLabel[disp="prevToken"] { font-weight: 800; }
QLabel[disp="arrow"] { font-size: ${prev_room}px; color: #80CBC4; }
QLabel[disp="prevRoom"] { font-weight: 600; color: #FFE082; }
QLabel[disp="empty"] { font-size: ${empty}px; color: #B8C7D9; }
QFrame[disp="chip"] { border-radius: ${chip_radius}px; }
QLabel[disp="chipToken"] { font-weight: 800; background: transparent; }
QLabel[disp="chipTag"] { font-weight: 700; background: transparent; }
#reconnecting { font-size: ${note}px; color: #FFE082; background: rgba(0, 0, 0, 170);
    border: 1px solid #8D6E00; border-radius: 6px; padding: 4px 10px; }
$levels
""")

S = TypeVar("S")


def level_colours(level: str | None) -> tuple[str, str]:
    """(fill, text) for a triage level; grey for a token not triaged yet."""
    return COLOURS.get(level or "", UNTRIAGED)


def level_tag(level: str | None) -> str:
    """The words beside the colour ('■ RED'), so the level never rests on colour alone."""
    if level in COLOURS:
        return f"{ICONS[level]} {level.upper()}"
    return UNTRIAGED_TAG


def room_text(room: str | None, desk: str = DESK) -> str:
    return room if room else desk


def pick_screen(screens: Sequence[S], primary: S | None) -> S | None:
    """The screen for the TV: the first one that is not the desk's primary screen (None if only one)."""
    if len(screens) < 2:
        return None
    return next((s for s in screens if s is not primary and s != primary), None)


def style_sheet(scale: float) -> str:
    """The window's style sheet with every size scaled from the 1920x1080 design."""

    def px(base: float, least: int = 1) -> int:
        return max(least, round(base * scale))

    values = {name: px(base, 9) for name, base in SIZES.items()}
    values.update(
        border=px(4),
        radius=px(22),
        pill_radius=px(8),
        pill_pad_v=px(3),
        pill_pad_h=px(12),
        chip_radius=px(12),
    )
    levels = [f'*[level="none"] {{ background: {UNTRIAGED[0]}; color: {UNTRIAGED[1]}; }}']
    levels += [
        f'*[level="{lv}"] {{ background: {fill}; color: {ink}; }}' for lv, (fill, ink) in COLOURS.items()
    ]
    return _SHEET.substitute(values, levels="\n".join(levels))


def _set_text(label: QLabel, text: str) -> None:
    if label.text() != text:
        label.setText(text)


def _set_prop(widgets: Sequence[QWidget], name: str, value: str) -> None:
    """Set a dynamic property used by a style selector, re-polishing only when it really changed."""
    for w in widgets:
        if w.property(name) != value:
            w.setProperty(name, value)
            repolish(w)


def _label(parent: QWidget | None, disp: str = "", name: str = "", text: str = "") -> QLabel:
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


class _Chip(QFrame):
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
        _set_prop([self, self.token, self.tag], "level", level if level in COLOURS else "none")


class _PreviousRow:
    """One earlier call in the side list: level pill, token -> room."""

    def __init__(self, parent: QWidget, grid: QGridLayout, row: int) -> None:
        self.pill = _label(parent, "prevPill")
        self.pill.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.token = FitLabel("prevToken", parent, disp="prevToken")
        self.arrow = _label(parent, "arrow", text="→")
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
        _set_text(self.pill, level_tag(call.level).replace(UNTRIAGED_TAG, "○"))
        _set_prop([self.pill], "level", call.level if call.level in COLOURS else "none")
        self.token.set_text(call.token_label)
        self.room.set_text(call.room or "Desk")


class DisplayWindow(QWidget):
    """The waiting-room TV screen. ``set_board`` paints a board; ``called`` fires on each new call."""

    called = Signal(str)

    def __init__(
        self,
        time_zone: str = "Asia/Kolkata",
        parent: QWidget | None = None,
        *,
        chime: bool = False,
        now: Callable[[], dt.datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        # The desk's main window decides when the app quits; a TV left open must not keep it running.
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setObjectName("display")
        self.setWindowTitle("Waiting room display")
        self.zone = ZoneInfo(time_zone)
        self.chime = chime
        self._now = now or (lambda: dt.datetime.now(dt.UTC))
        self._last_key: tuple[str, dt.datetime] | None = None
        self._has_board = False
        self._scale = 0.0
        self.board: DisplayBoard | None = None
        self.words = headings(None)
        self._language: str | None = None
        self._build()
        self._flash_left = 0
        self._flash_timer = QTimer(self)
        self._flash_timer.setInterval(FLASH_MS)
        self._flash_timer.timeout.connect(self._flash_step)
        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(1000)
        self._clock_timer.timeout.connect(self.update_clock)
        self._clock_timer.start()
        self.update_clock()
        self._apply_scale(force=True)
        self._show_empty(no_calls=True, no_waiting=True)
        self.resize(1280, 720)

    # -- building ------------------------------------------------------------------------------------

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        # Sizes follow the window, not the other way round: a layout minimum computed at the old size
        # must not stop the window from shrinking onto a smaller TV.
        root.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._root = root

        header = QFrame(self)
        header.setObjectName("header")
        head = QHBoxLayout(header)
        self._head = head
        self.clinic_label = FitLabel("clinicName", header)
        self.date_label = _label(header, name="date")
        self.clock_label = _label(header, name="clock")
        self.date_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # A small note in the header while the poller cannot reach the database (the board stays).
        self.reconnecting_label = _label(header, name="reconnecting", text="Reconnecting…")
        self.reconnecting_label.hide()
        head.addWidget(self.clinic_label, 1)
        head.addWidget(self.reconnecting_label, 0, Qt.AlignmentFlag.AlignVCenter)
        head.addWidget(self.date_label)
        head.addWidget(self.clock_label)
        root.addWidget(header)

        body = QWidget(self)
        self._body = QVBoxLayout(body)
        middle = QHBoxLayout()
        self._middle = middle
        self._body.addLayout(middle, 1)
        root.addWidget(body, 1)

        # NOW CALLING: the newest call, or the welcome text while there is none.
        now = QFrame(body)
        now.setObjectName("nowPanel")
        now.setProperty("flash", "false")
        self.now_panel = now
        self._now_stack = QStackedLayout(now)
        calling = QWidget(now)
        col = QVBoxLayout(calling)
        self._now_col = col
        top = QHBoxLayout()
        self.now_caption = _label(calling, "caption", text=self.words["now_calling"])
        self.now_level = _label(calling, "pill")
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
        # One line per thought, centred: easier to read from the back of the room than a wrapped line.
        self.welcome_label = _label(now, name="welcome", text=self._welcome_text())
        self.welcome_label.setWordWrap(True)
        self.welcome_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._now_stack.addWidget(calling)
        self._now_stack.addWidget(self.welcome_label)
        self._calling_page = calling
        middle.addWidget(now, 56)

        # Earlier calls: token -> room, newest first.
        side = QFrame(body)
        side.setObjectName("sidePanel")
        self.side_panel = side
        side_col = QVBoxLayout(side)
        self._side_col = side_col
        self.earlier_caption = _label(side, "caption", text=self.words["earlier_calls"])
        side_col.addWidget(self.earlier_caption)
        grid = QGridLayout()
        grid.setColumnStretch(3, 1)
        self._prev_grid = grid
        self._previous = [_PreviousRow(side, grid, i) for i in range(MAX_PREVIOUS)]
        side_col.addLayout(grid)
        self.no_previous_label = _label(side, "empty", text=self.words["no_earlier"])
        self.no_previous_label.setWordWrap(True)
        side_col.addWidget(self.no_previous_label)
        side_col.addStretch(1)
        middle.addWidget(side, 44)

        # Waiting tokens as coloured chips, in queue order.
        waiting = QFrame(body)
        waiting.setObjectName("waitingPanel")
        self.waiting_panel = waiting
        wcol = QVBoxLayout(waiting)
        self._wait_col = wcol
        self.waiting_caption = _label(waiting, "caption", text=self.words["waiting"])
        wcol.addWidget(self.waiting_caption)
        chips = QGridLayout()
        self._chip_grid = chips
        for c in range(CHIP_COLUMNS):
            chips.setColumnStretch(c, 1)
        self._chips = [_Chip(waiting) for _ in range(MAX_WAITING)]
        for i, chip in enumerate(self._chips):
            chips.addWidget(chip, i // CHIP_COLUMNS, i % CHIP_COLUMNS)
            chip.hide()
        wcol.addLayout(chips)
        self._body.addWidget(waiting)

    # -- sizes ---------------------------------------------------------------------------------------

    def _apply_scale(self, force: bool = False) -> None:
        scale = min(self.width() / DESIGN_W, self.height() / DESIGN_H)
        scale = max(0.3, round(scale, 3))
        if not force and abs(scale - self._scale) < 0.002:
            return
        self._scale = scale

        def px(base: float) -> int:
            return max(1, round(base * scale))

        self.setStyleSheet(style_sheet(scale))
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

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_scale()

    # -- data ----------------------------------------------------------------------------------------

    def set_board(self, board: DisplayBoard) -> None:
        """Show ``board``; flash the NOW CALLING panel and emit ``called`` when its newest call is new."""
        previous_board = self._has_board
        self._has_board = True
        self.board = board
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
            _set_text(self.now_level, level_tag(newest.level))
            _set_prop([self.now_level], "level", newest.level if newest.level in COLOURS else "none")
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
        _set_text(self.waiting_caption, f"{waiting_words}  ·  {count}" if count else waiting_words)
        self._show_empty(no_calls=newest is None, no_waiting=not waiting)

        key = (newest.token_label, newest.called_at) if newest is not None else None
        is_new = key is not None and key != self._last_key
        self._last_key = key
        # The first board after opening shows calls made before the screen was on: not news.
        if is_new and previous_board and newest is not None:
            self._start_flash()
            if self.chime:
                QApplication.beep()
            self.called.emit(newest.token_label)

    def set_language(self, language: str | None) -> None:
        """Headings in English and ``language`` (the clinic's local language; None: English only)."""
        if language == self._language:
            return
        self._language = language
        self.words = headings(language)
        _set_text(self.now_caption, self.words["now_calling"])
        _set_text(self.earlier_caption, self.words["earlier_calls"])
        _set_text(self.no_previous_label, self.words["no_earlier"])
        _set_text(self.welcome_label, self._welcome_text())
        _set_text(self.waiting_caption, self.words["waiting"])

    def _welcome_text(self) -> str:
        # One line per thought, centred: easier to read from the back of the room than a wrapped line.
        english, _, local = self.words["welcome"].partition("\n")
        text = english.replace(" — ", " —\n").replace(", ", ",\n")
        return f"{text}\n\n{local}" if local else text

    def _show_empty(self, *, no_calls: bool, no_waiting: bool) -> None:
        if no_calls:
            self._now_stack.setCurrentWidget(self.welcome_label)
        self.side_panel.setVisible(not no_calls)
        self.waiting_panel.setVisible(not no_waiting)

    @Slot(bool)
    def connection_lost(self, lost: bool) -> None:
        """Show the small 'Reconnecting…' note while the board cannot be refreshed (keeps the last one)."""
        self.reconnecting_label.setVisible(lost)

    # -- clock and flash -----------------------------------------------------------------------------

    @Slot()
    def update_clock(self) -> None:
        local = self._now().astimezone(self.zone)
        _set_text(self.clock_label, local.strftime("%I:%M %p").lstrip("0"))
        _set_text(self.date_label, f"{local:%A}\n{local.day} {local:%B %Y}")

    @property
    def is_flashing(self) -> bool:
        return self._flash_timer.isActive()

    def _start_flash(self) -> None:
        self._flash_left = FLASH_TOGGLES
        _set_prop([self.now_panel], "flash", "true")
        self._flash_timer.start()

    def _flash_step(self) -> None:
        self._flash_left -= 1
        on = self._flash_left > 0 and self._flash_left % 2 == 0
        _set_prop([self.now_panel], "flash", "true" if on else "false")
        if self._flash_left <= 0:
            self._flash_timer.stop()

    # -- window --------------------------------------------------------------------------------------

    def show_on_best_screen(self) -> None:
        """Full screen on the second monitor when there is one; a normal window on a one-monitor desk."""
        screen = pick_screen(QGuiApplication.screens(), QGuiApplication.primaryScreen())
        if screen is None:
            if self.isVisible():
                self.raise_()  # already open behind the desk's window
            self.showNormal()
            return
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F11:
            self.toggle_full_screen()
        elif event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        # The desk opens it again from its menu; the window (and its last board) stays alive.
        event.ignore()
        self.hide()
