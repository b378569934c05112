"""The waiting-room display's announcement of a new call: the NOW CALLING panel flashes for about five
seconds, a chime sounds when the clinic wants one, and ``called`` fires (for a voice, or a test).

The first board after the screen is opened shows calls made before it was on: those are not news.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from hms_desktop.services.queue_types import DisplayBoard

FLASH_MS = 450
FLASH_TOGGLES = 12  # ~5 s of alternating background after a new call


class CallAnnouncer(QObject):
    called = Signal(str)  # the token label of a new call

    def __init__(
        self, flash: Callable[[bool], None], *, chime: bool = False, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._flash, self.chime = flash, chime
        self._last_key: tuple[str, dt.datetime] | None = None
        self._has_board = False
        self._flash_left = 0
        self._timer = QTimer(self)
        self._timer.setInterval(FLASH_MS)
        self._timer.timeout.connect(self._flash_step)

    def seen(self, board: DisplayBoard) -> None:
        """A board was shown: announce its newest call when it is new."""
        previous_board = self._has_board
        self._has_board = True
        newest = board.calls[0] if board.calls else None
        key = (newest.token_label, newest.called_at) if newest is not None else None
        is_new = key is not None and key != self._last_key
        self._last_key = key
        if is_new and previous_board and newest is not None:
            self._start_flash()
            if self.chime:
                QApplication.beep()
            self.called.emit(newest.token_label)

    @property
    def is_flashing(self) -> bool:
        return self._timer.isActive()

    def _start_flash(self) -> None:
        self._flash_left = FLASH_TOGGLES
        self._flash(True)
        self._timer.start()

    def _flash_step(self) -> None:
        self._flash_left -= 1
        self._flash(self._flash_left > 0 and self._flash_left % 2 == 0)
        if self._flash_left <= 0:
            self._timer.stop()
