"""The waiting-room token display: a top-level window for a TV, fed one DisplayBoard at a time.

It never touches the database: whoever polls the queue service (:mod:`.controller`) hands it a board
with ``set_board``. The window composes the picture (:class:`~.board.BoardView`, sized by
:mod:`.style`, worded by :mod:`.words`) and the announcement of a new call
(:class:`~.announcer.CallAnnouncer`), keeps the clock ticking, and finds the TV's screen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TypeVar
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QWidget

from hms_desktop.gui.display.announcer import CallAnnouncer
from hms_desktop.gui.display.board import BoardView
from hms_desktop.gui.display.style import scale_for
from hms_desktop.services.queue_types import DisplayBoard

S = TypeVar("S")


def pick_screen(screens: Sequence[S], primary: S | None) -> S | None:
    """The screen for the TV: the first one that is not the desk's primary screen (None if only one)."""
    if len(screens) < 2:
        return None
    return next((s for s in screens if s is not primary and s != primary), None)


class DisplayWindow(QWidget):
    """The waiting-room TV screen. ``set_board`` paints a board; ``called`` fires on each new call."""

    called = Signal(str)

    def __init__(
        self,
        time_zone: str = "Asia/Kolkata",  # notr: a time zone's key
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
        self.setWindowTitle(self.tr("Waiting room display"))  # the desk's own window list: its language
        self.zone = ZoneInfo(time_zone)
        self._now = now or (lambda: dt.datetime.now(dt.UTC))
        self.board: DisplayBoard | None = None
        self.view = BoardView(self)
        self.announcer = CallAnnouncer(self.view.set_flash, chime=chime, parent=self)
        self.announcer.called.connect(self.called.emit)
        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(1000)
        self._clock_timer.timeout.connect(self.update_clock)
        self._clock_timer.start()
        self.update_clock()
        self.view.apply_scale(scale_for(self.width(), self.height()), force=True)
        self.view.show_empty(no_calls=True, no_waiting=True)
        self.resize(1280, 720)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.view.apply_scale(scale_for(self.width(), self.height()))

    # -- data ----------------------------------------------------------------------------------------

    def set_board(self, board: DisplayBoard) -> None:
        """Show ``board``; flash the NOW CALLING panel and emit ``called`` when its newest call is new."""
        self.board = board
        self.view.show(board)
        self.announcer.seen(board)

    def set_language(self, language: str | None) -> None:
        """Headings in English and ``language`` (the clinic's local language; None: English only)."""
        self.view.set_language(language)

    @Slot(bool)
    def connection_lost(self, lost: bool) -> None:
        """Show the small 'Reconnecting…' note while the board cannot be refreshed (keeps the last one)."""
        self.view.reconnecting_label.setVisible(lost)

    @Slot()
    def update_clock(self) -> None:
        self.view.show_time(self._now().astimezone(self.zone))

    @property
    def is_flashing(self) -> bool:
        return self.announcer.is_flashing

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
