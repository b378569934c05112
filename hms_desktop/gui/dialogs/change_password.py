"""'Choose a new password': shown right after signing in with a password an administrator reset
(the account's ``pw_must_change``); the desk opens only once the user has chosen their own. The
policy (length, not the username, not a common password) is the auth service's."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from hms_desktop.errors import HmsError, ValidationError
from hms_desktop.gui.admin.form_dialog import HidingFieldErrors
from hms_desktop.gui.forms import set_message
from hms_desktop.gui.ops import Ops

if TYPE_CHECKING:
    from hms_desktop.services.context import Actor


class ChangePasswordDialog(QDialog):
    def __init__(
        self, ops: Ops, auth: Any, actor: Actor, current: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("changePasswordDialog")
        self.setWindowTitle("Choose a new password — HMS Desktop")
        self._ops, self._auth, self._actor, self._current = ops, auth, actor, current
        self.new = QLineEdit()
        self.new.setObjectName("newPasswordEdit")
        self.new.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit()
        self.confirm.setObjectName("confirmEdit")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setObjectName("messageLabel")
        self.message.setWordWrap(True)
        intro = QLabel(
            f"{actor.full_name or actor.username}, an administrator set your password. Choose your own "
            "now: at least 8 characters, not your username, not a common password."
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        labels: dict[str, QLabel] = {}
        for field, text, edit in (
            ("new_password", "&New password", self.new),
            ("confirm", "&Again", self.confirm),
        ):
            labels[field] = error = QLabel()
            error.setObjectName(f"{field}Error")
            error.setWordWrap(True)
            error.setProperty("role", "fieldError")
            error.setStyleSheet("color: #b00020;")  # as the forms' field errors in ui/
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(edit)
            column.addWidget(error)
            form.addRow(text, column)
            label = form.labelForField(column)
            if isinstance(label, QLabel):
                label.setBuddy(edit)  # the mnemonic still goes to the field
        self.errors = HidingFieldErrors(labels, self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        set_message(self.message, "")
        self.setMinimumWidth(440)
        self.new.setFocus()

    def submit(self) -> None:
        self.errors.clear()
        if self.new.text() != self.confirm.text():
            self.errors.show({"confirm": "The two passwords differ."})
            set_message(self.message, "The two passwords differ. Type the same password twice.")
            return
        auth, actor, old, new = self._auth, self._actor, self._current, self.new.text()
        self.buttons.setEnabled(False)
        self._ops.run(
            lambda: auth.change_password(actor, old, new),
            lambda _r: self._done(),
            self._failed,
            timeout_s=30,
            what="changing the password",
        )

    def _done(self) -> None:
        self._current = ""
        self.buttons.setEnabled(True)
        self.accept()

    def _failed(self, error: HmsError) -> None:
        self.buttons.setEnabled(True)
        self.errors.show(error)  # under the field; the line below still says it in full
        text = " ".join(error.errors.values()) if isinstance(error, ValidationError) else error.message
        set_message(self.message, text)
