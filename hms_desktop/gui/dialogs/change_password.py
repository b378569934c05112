"""'Choose a new password': shown right after signing in with a password an administrator reset
(the account's ``pw_must_change``); the desk opens only once the user has chosen their own. The
policy (length, not the username, not a common password) is the auth service's; the widgets are
in ``ui/change_password.ui``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QWidget

from hms_desktop.errors import HmsError, ValidationError
from hms_desktop.gui.admin.form_dialog import HidingFieldErrors
from hms_desktop.gui.forms import find, load_form, set_message
from hms_desktop.gui.ops import Ops

if TYPE_CHECKING:
    from hms_desktop.services.context import Actor


class ChangePasswordDialog(QDialog):
    def __init__(
        self, ops: Ops, auth: Any, actor: Actor, current: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("changePasswordDialog")
        self._ops, self._auth, self._actor, self._current = ops, auth, actor, current
        self.ui = ui = load_form("change_password.ui", self)
        self.setWindowTitle(ui.windowTitle())
        intro = find(ui, QLabel, "introLabel")
        intro.setText(intro.text().format(actor.full_name or actor.username))
        self.new = find(ui, QLineEdit, "newPasswordEdit")
        self.confirm = find(ui, QLineEdit, "confirmEdit")
        self.message = find(ui, QLabel, "messageLabel")
        self.errors = HidingFieldErrors(
            {f: find(ui, QLabel, f"{f}Error") for f in ("new_password", "confirm")}, self.message
        )
        self.buttons = find(ui, QDialogButtonBox, "buttonBox")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        set_message(self.message, "")
        self.setMinimumWidth(440)
        self.new.setFocus()

    def submit(self) -> None:
        self.errors.clear()
        if self.new.text() != self.confirm.text():
            self.errors.show({"confirm": self.tr("The two passwords differ.")})
            set_message(self.message, self.tr("The two passwords differ. Type the same password twice."))
            return
        auth, actor, old, new = self._auth, self._actor, self._current, self.new.text()
        self.buttons.setEnabled(False)
        self._ops.run(
            lambda: auth.change_password(actor, old, new),
            lambda _r: self._done(),
            self._failed,
            timeout_s=30,
            what=self.tr("changing the password"),
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
