"""The sign-in dialog (``ui/login.ui``), which also shows start-up progress.

It appears as soon as Qt is up, before the database is open: while the composition root opens the
connection on a worker it shows a busy bar and keeps the fields disabled (:meth:`set_opening`), then
:meth:`set_ready` hands it the auth service. Signing in runs off the UI thread (argon2 is slow on
purpose); a wrong password or a locked account is shown in the message line, never as a pop-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QProgressBar, QPushButton, QWidget

from hms_desktop.errors import HmsError
from hms_desktop.gui.forms import find, load_form, pixmap, set_message
from hms_desktop.gui.ops import Ops
from hms_desktop.gui.settings import LAST_USERNAME, Settings

if TYPE_CHECKING:
    from hms_desktop.services.context import Actor

SIGN_IN_TIMEOUT_S = 30


class LoginDialog(QDialog):
    """Emits ``signed_in(actor)`` and accepts; ``connection_requested`` opens the connection dialog."""

    signed_in = Signal(object)
    connection_requested = Signal()
    first_painted = Signal()  # once: the window is on screen (gui/app then starts opening the database)

    def __init__(self, ops: Ops, settings: Settings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("HMS Desktop — Sign in"))
        self._ops = ops
        self._settings = settings
        self._auth: Any = None
        self.actor: Actor | None = None
        self._painted = False
        self.ui = load_form("login.ui", self)
        self.username = find(self.ui, QLineEdit, "usernameEdit")
        self.password = find(self.ui, QLineEdit, "passwordEdit")
        self.message = find(self.ui, QLabel, "messageLabel")
        self.progress = find(self.ui, QProgressBar, "progressBar")
        self.sign_in_button = find(self.ui, QPushButton, "signInButton")
        self.connection_button = find(self.ui, QPushButton, "connectionButton")
        self.clinic_label = find(self.ui, QLabel, "clinicLabel")
        self.profile_label = find(self.ui, QLabel, "profileLabel")
        find(self.ui, QLabel, "logoLabel").setPixmap(pixmap("logo", 56))
        find(self.ui, QPushButton, "quitButton").clicked.connect(self.reject)
        self.sign_in_button.clicked.connect(self.sign_in)
        self.connection_button.clicked.connect(self.connection_requested)
        self.setMinimumWidth(440)
        if settings is not None:
            self.username.setText(settings.get(LAST_USERNAME))
        self.set_opening(self.tr("Opening the database…"))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    # --- states ----------------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        ready = not busy and self._auth is not None
        for w in (self.username, self.password, self.sign_in_button):
            w.setEnabled(ready)
        self.connection_button.setEnabled(not busy or self._auth is None)

    def set_opening(self, text: str, profile_text: str = "") -> None:
        """Start-up (or reconnecting): progress shown, fields disabled until :meth:`set_ready`."""
        self._auth = None
        set_message(self.message, text, "info")
        self.profile_label.setText(profile_text)
        self._set_busy(True)

    def set_failed(self, text: str) -> None:
        """The database could not be opened: say why; only Connection… and Quit stay useful."""
        self._auth = None
        set_message(self.message, text, "error")
        self._set_busy(False)
        self.connection_button.setFocus()

    def set_ready(self, auth: Any, clinic_name: str, profile_text: str, username: str = "") -> None:
        self._auth = auth
        self.clinic_label.setText(clinic_name or "HMS Desktop")  # notr: the product's name
        self.profile_label.setText(self.tr("Database: {}").format(profile_text))
        set_message(self.message, "")
        if username:
            self.username.setText(username)
        self._set_busy(False)
        (self.password if self.username.text() else self.username).setFocus(Qt.FocusReason.OtherFocusReason)

    # --- signing in ------------------------------------------------------------------------

    def sign_in(self) -> None:
        if self._auth is None or self._ops is None:
            return
        username, password = self.username.text().strip(), self.password.text()
        if not username or not password:
            set_message(self.message, self.tr("Enter your username and password."))
            (self.username if not username else self.password).setFocus()
            return
        auth = self._auth
        set_message(self.message, self.tr("Signing in…"), "info")
        self._set_busy(True)
        self._typed = password  # for a forced password change only; cleared right after
        self._ops.run(
            lambda: auth.login(username, password),
            self._signed_in,
            self._failed,
            timeout_s=SIGN_IN_TIMEOUT_S,
            what=self.tr("signing in"),
            report_connection=False,
        )

    def _signed_in(self, actor: Actor) -> None:
        typed, self._typed = getattr(self, "_typed", ""), ""
        if actor.must_change_password and self._ops is not None:
            self._set_busy(False)
            self.password.clear()
            self._must_change(actor, typed)
            return
        self.actor = actor
        if self._settings is not None:
            self._settings.set(LAST_USERNAME, actor.username)
        self.password.clear()
        set_message(self.message, "")
        self._set_busy(False)
        self.signed_in.emit(actor)
        self.accept()

    def _must_change(self, actor: Actor, typed: str) -> None:
        """An administrator reset the password: the user chooses their own before the desk opens."""
        import dataclasses

        from hms_desktop.gui.dialogs.change_password import ChangePasswordDialog

        assert self._ops is not None
        dialog = ChangePasswordDialog(self._ops, self._auth, actor, typed, self)
        self.change_dialog = dialog
        changed = dataclasses.replace(actor, must_change_password=False)
        dialog.accepted.connect(lambda: self._signed_in(changed))
        refusal = self.tr("Choose a new password to sign in (an administrator reset yours).")
        dialog.rejected.connect(lambda: set_message(self.message, refusal))
        dialog.open()

    def _failed(self, error: HmsError) -> None:
        self._typed = ""
        self._set_busy(False)
        set_message(self.message, error.message)
        self.password.clear()
        self.password.setFocus()
