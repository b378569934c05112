"""The "create the first administrator" dialog (``ui/first_admin.ui``), shown while no account exists.

The password is typed twice; the policy itself (length, not the username) is the auth service's,
whose ValidationError is shown next to the form rather than duplicated here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton, QWidget

from hms_desktop.errors import HmsError, ValidationError, field_words
from hms_desktop.gui.admin.form_dialog import HidingFieldErrors
from hms_desktop.gui.forms import find, load_form, set_message
from hms_desktop.gui.i18n import service_text
from hms_desktop.gui.ops import Ops

if TYPE_CHECKING:
    from hms_desktop.services.context import Actor

_FIELD_LABELS = {
    "username": QT_TRANSLATE_NOOP("FirstAdminDialog", "Username"),
    "full_name": QT_TRANSLATE_NOOP("FirstAdminDialog", "Full name"),
    "password": QT_TRANSLATE_NOOP("FirstAdminDialog", "Password"),
}


class FirstAdminDialog(QDialog):
    """Accepts once the administrator exists; ``actor`` is then the new account."""

    def __init__(self, ops: Ops, auth: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("HMS Desktop — First administrator"))
        self._ops = ops
        self._auth = auth
        self.actor: Actor | None = None
        self.ui = load_form("first_admin.ui", self)
        self.username = find(self.ui, QLineEdit, "usernameEdit")
        self.full_name = find(self.ui, QLineEdit, "fullNameEdit")
        self.password = find(self.ui, QLineEdit, "passwordEdit")
        self.confirm = find(self.ui, QLineEdit, "confirmEdit")
        self.message = find(self.ui, QLabel, "messageLabel")
        self.errors = HidingFieldErrors(
            {f: find(self.ui, QLabel, f"{f}Error") for f in _FIELD_LABELS}, self.message
        )
        self.create_button = find(self.ui, QPushButton, "createButton")
        find(self.ui, QPushButton, "cancelButton").clicked.connect(self.reject)
        self.create_button.clicked.connect(self.create_admin)
        self.setMinimumWidth(480)
        set_message(self.message, "")
        self.username.setFocus()

    def create_admin(self) -> None:
        self.errors.clear()
        if self.password.text() != self.confirm.text():
            set_message(self.message, self.tr("The two passwords differ. Type the same password twice."))
            self.confirm.clear()
            self.confirm.setFocus()
            return
        username, full_name, password = self.username.text(), self.full_name.text(), self.password.text()
        auth = self._auth
        set_message(self.message, self.tr("Creating the administrator…"), "info")
        self.create_button.setEnabled(False)
        self._ops.run(
            lambda: auth.create_first_admin(username, full_name, password),
            self._created,
            self._failed,
            timeout_s=60,
            what=self.tr("creating the first administrator"),
        )

    def _created(self, actor: Actor) -> None:
        self.actor = actor
        self.create_button.setEnabled(True)
        self.accept()

    def _failed(self, error: HmsError) -> None:
        self.create_button.setEnabled(True)
        self.errors.show(error)  # under each field; the line below still lists them all
        if isinstance(error, ValidationError) and error.errors:
            lines = [
                self.tr("{field}: {message}").format(field=self._field_label(k), message=v)
                for k, v in error.errors.items()
            ]
            set_message(self.message, "\n".join(lines))
            first = next(iter(error.errors))
            widget = {"username": self.username, "full_name": self.full_name}.get(first, self.password)
            widget.setFocus()
        else:
            set_message(self.message, error.message)

    @staticmethod
    def _field_label(key: str) -> str:
        label = _FIELD_LABELS.get(key)
        if label is None:
            return service_text(field_words(key))
        return QCoreApplication.translate("FirstAdminDialog", str(label))
