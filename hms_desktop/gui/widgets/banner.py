"""The connection-lost banner: a strip above the tabs, "Connection to the database lost — Retry".

It does not block anything: whatever the user was typing stays in its form. Retry asks the owner
(the main window) to run a probe off the UI thread; while it runs the button is disabled and says so.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from hms_desktop.gui.forms import find, load_form, pixmap


class ConnectionBanner(QWidget):
    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = load_form("banner.ui", self)
        self.message = find(self.ui, QLabel, "messageLabel")
        self.retry_button = find(self.ui, QPushButton, "retryButton")
        find(self.ui, QLabel, "iconLabel").setPixmap(pixmap("warning", 22))
        self.retry_button.clicked.connect(self._retry)
        self.detail = ""
        self.hide()

    def show_problem(self, detail: str) -> None:
        """Show (or update) the banner with the mapped error's message."""
        self.detail = detail
        if detail:
            self.message.setText(self.tr("Connection to the database lost — {detail}").format(detail=detail))
        else:
            self.message.setText(self.tr("Connection to the database lost."))
        self.set_checking(False)
        self.show()

    def set_checking(self, checking: bool) -> None:
        self.retry_button.setEnabled(not checking)
        self.retry_button.setText(self.tr("Checking…") if checking else self.tr("&Retry"))

    def _retry(self) -> None:
        self.set_checking(True)
        self.retry_requested.emit()
