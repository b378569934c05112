"""Settings ▸ Staff accounts… (and the wizard's staff page): the accounts with role, linked doctor,
status, last sign-in and failed attempts; add, edit name/role/doctor, reset a password (the user
chooses a new one at the next sign-in), unlock, disable and enable.

The rules (last active administrator, password policy, one account per doctor) are the user
service's; refusals are shown as it words them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from hms_desktop.domain.enums import Role, UserStatus
from hms_desktop.errors import HmsError, ValidationError
from hms_desktop.gui.admin.form_dialog import HidingFieldErrors
from hms_desktop.gui.admin.panel_dialog import PanelDialog
from hms_desktop.gui.forms import FormError, find, load_form, set_message
from hms_desktop.gui.i18n import named_date
from hms_desktop.gui.ops import Ops

if TYPE_CHECKING:
    from hms_desktop.services.container import Services
    from hms_desktop.services.context import Actor
    from hms_desktop.services.users_types import UserInfo

# the roles and statuses as a person reads them, marked here and translated where shown (role_text,
# status_text); Role's and UserStatus's values are keys
CONTEXT = "StaffPanel"
ROLE_TEXT = {
    Role.ADMIN: str(QT_TRANSLATE_NOOP("StaffPanel", "Administrator")),
    Role.RECEPTIONIST: str(QT_TRANSLATE_NOOP("StaffPanel", "Receptionist")),
    Role.NURSE: str(QT_TRANSLATE_NOOP("StaffPanel", "Nurse")),
    Role.DOCTOR: str(QT_TRANSLATE_NOOP("StaffPanel", "Doctor")),
    Role.CASHIER: str(QT_TRANSLATE_NOOP("StaffPanel", "Cashier")),
}
STATUS_TEXT = {
    UserStatus.ACTIVE: str(QT_TRANSLATE_NOOP("StaffPanel", "Active")),
    UserStatus.LOCKED: str(QT_TRANSLATE_NOOP("StaffPanel", "Locked")),
    UserStatus.DISABLED: str(QT_TRANSLATE_NOOP("StaffPanel", "Disabled")),
}


def role_text(role: Role) -> str:
    return QCoreApplication.translate(CONTEXT, ROLE_TEXT[role]) if role in ROLE_TEXT else role.value


def status_text(status: UserStatus) -> str:
    if status in STATUS_TEXT:
        return QCoreApplication.translate(CONTEXT, STATUS_TEXT[status])
    return status.value.capitalize()


ACCOUNT_FIELDS = ("username", "full_name", "role", "doctor_id", "password", "confirm")


class UserDialog(QDialog):
    """Add an account (``user`` None) or edit one's name, role and doctor link (``ui/staff_account.ui``)."""

    def __init__(
        self,
        ops: Ops,
        services: Services,
        actor: Actor,
        doctors: list[Any],
        user: UserInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops, self._services, self._actor, self.user = ops, services, actor, user
        self.setWindowTitle(
            self.tr("Edit account — HMS Desktop") if user else self.tr("Add a staff account — HMS Desktop")
        )
        self.result_value: Any = None
        self.ui = ui = load_form("staff_account.ui", self)
        self.username = find(ui, QLineEdit, "usernameEdit")
        self.username.setText(user.username if user else "")
        self.username.setEnabled(user is None)
        self.full_name = find(ui, QLineEdit, "fullNameEdit")
        self.full_name.setText(user.full_name if user else "")
        self.role = find(ui, QComboBox, "roleCombo")
        for role in ROLE_TEXT:
            self.role.addItem(role_text(role), role.value)
        self.role.setCurrentIndex(
            max(0, self.role.findData((user.role if user else Role.RECEPTIONIST).value))
        )
        self.doctor = find(ui, QComboBox, "doctorCombo")
        self.doctor.addItem(self.tr("— not a doctor's account —"), None)
        for d in doctors:
            self.doctor.addItem(f"{d.full_name} ({d.department_name})", d.id)
        if user and user.doctor_id:
            self.doctor.setCurrentIndex(max(0, self.doctor.findData(user.doctor_id)))
        self.password = find(ui, QLineEdit, "passwordEdit")
        self.confirm = find(ui, QLineEdit, "confirmEdit")
        labels = {f: find(ui, QLabel, f"{f}Error") for f in ACCOUNT_FIELDS}
        if user is not None:  # an edit sets no password (Reset password… does)
            form = ui.findChild(QFormLayout, "accountForm")
            if not isinstance(form, QFormLayout):
                raise FormError("staff_account.ui has no QFormLayout named 'accountForm'")  # notr: a bug
            for field in ("password", "confirm"):
                form.setRowVisible(find(ui, QWidget, f"{field}Box"), False)
        self.role.currentIndexChanged.connect(self._role_changed)
        self._role_changed()
        self.message = find(ui, QLabel, "messageLabel")
        self.errors = HidingFieldErrors(labels, self.message)
        self.buttons = find(ui, QDialogButtonBox, "buttonBox")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        set_message(self.message, "")
        self.setMinimumWidth(460)

    def _role_changed(self) -> None:
        is_doctor = self.role.currentData() == Role.DOCTOR.value
        self.doctor.setEnabled(is_doctor)
        if not is_doctor:
            self.doctor.setCurrentIndex(0)

    def submit(self) -> None:
        if self.user is None and self.password.text() != self.confirm.text():
            self.errors.show({"confirm": self.tr("The two passwords differ.")})
            return
        sv, actor, user = self._services, self._actor, self.user
        name, full, role = self.username.text(), self.full_name.text(), self.role.currentData()
        doctor_id, password = self.doctor.currentData(), self.password.text()

        def call() -> UserInfo:
            if user is None:
                return sv.users.add_user(actor, name, full, role, password, doctor_id)
            info = sv.users.rename(actor, user.id, full)
            if info.role.value != role:
                info = sv.users.set_role(actor, user.id, role)
            if info.doctor_id != doctor_id:
                info = sv.users.link_doctor(actor, user.id, doctor_id)
            return info

        self.buttons.setEnabled(False)
        self._ops.run(call, self._done, self._failed, timeout_s=30, what=self.tr("saving the account"))

    def _done(self, info: UserInfo) -> None:
        self.buttons.setEnabled(True)
        self.result_value = info
        self.accept()

    def _failed(self, error: HmsError) -> None:
        self.buttons.setEnabled(True)
        self.errors.show(error)


class ResetPasswordDialog(QDialog):
    """A new password for an account (``ui/reset_password.ui``), by default to be changed at sign-in."""

    def __init__(
        self, ops: Ops, services: Services, actor: Actor, user: UserInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ops, self._services, self._actor, self.user = ops, services, actor, user
        self.setWindowTitle(
            self.tr("Reset the password of {username} — HMS Desktop").format(username=user.username)
        )
        self.ui = ui = load_form("reset_password.ui", self)
        find(ui, QLabel, "introLabel").setText(
            self.tr("{name} ({username}) signs in with this password once.").format(
                name=user.full_name, username=user.username
            )
        )
        self.password = find(ui, QLineEdit, "passwordEdit")
        self.confirm = find(ui, QLineEdit, "confirmEdit")
        self.expire = find(ui, QCheckBox, "expireCheck")
        self.message = find(ui, QLabel, "messageLabel")
        self.errors = HidingFieldErrors(
            {f: find(ui, QLabel, f"{f}Error") for f in ("password", "confirm")}, self.message
        )
        self.buttons = find(ui, QDialogButtonBox, "buttonBox")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        set_message(self.message, "")

    def submit(self) -> None:
        if self.password.text() != self.confirm.text():
            self.errors.show({"confirm": self.tr("The two passwords differ.")})
            return
        sv, actor, uid, pw, expire = (
            self._services,
            self._actor,
            self.user.id,
            self.password.text(),
            self.expire.isChecked(),
        )
        self.buttons.setEnabled(False)
        self._ops.run(
            lambda: sv.users.reset_password(actor, uid, pw, expire=expire),
            self._done,
            self._failed,
            timeout_s=30,
            what=self.tr("resetting the password"),
        )

    def _done(self, info: UserInfo) -> None:
        self.buttons.setEnabled(True)
        self.accept()

    def _failed(self, error: HmsError) -> None:
        self.buttons.setEnabled(True)
        self.errors.show(error)


class StaffPanel(QWidget):
    """The accounts table with its buttons (``ui/staff_accounts.ui``); ``changed`` after any change."""

    changed = Signal()

    def __init__(self, ops: Ops, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops, self._services, self._actor = ops, services, actor
        self.users: list[UserInfo] = []
        self.doctors: list[Any] = []
        self.dialog: QDialog | None = None
        self.ui = ui = load_form("staff_accounts.ui", self)
        self.table = find(ui, QTableWidget, "staffTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.buttons: dict[str, QPushButton] = {}
        for key, slot in (
            ("add", self.add),
            ("edit", self.edit),
            ("reset", self.reset_password),
            ("unlock", lambda: self._status("unlock")),
            ("disable", lambda: self._status("disable")),
            ("enable", lambda: self._status("enable")),
        ):
            b = find(ui, QPushButton, f"{key}Button")
            b.clicked.connect(slot)
            self.buttons[key] = b
        self.message = find(ui, QLabel, "messageLabel")
        set_message(self.message, "")
        self._selection()

    def refresh(self) -> None:
        sv, actor = self._services, self._actor
        self._ops.run(
            lambda: (sv.users.list_users(actor), sv.clinic.list_doctors(actor)),
            self._loaded,
            lambda e: set_message(self.message, e.message),
            timeout_s=20,
            what=self.tr("reading the staff accounts"),
        )

    def _loaded(self, result: tuple[list[UserInfo], list[Any]]) -> None:
        selected = self.selected()
        self.users, self.doctors = result
        zone = self._services.clock.zone
        self.table.setRowCount(len(self.users))
        for r, u in enumerate(self.users):
            status = (
                self.tr("{status} · must change password").format(status=status_text(u.status))
                if u.must_change_password
                else status_text(u.status)
            )
            cells = (
                u.username,
                u.full_name,
                role_text(u.role),
                u.doctor_name or "",
                status,
                named_date(u.last_login_at.astimezone(zone), "dd MMM yyyy HH:mm", "%d %b %Y %H:%M")
                if u.last_login_at
                else self.tr("never"),
                str(u.failed_logins),
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 6:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
            if selected and u.id == selected.id:
                self.table.selectRow(r)
        self._selection()

    def selected(self) -> UserInfo | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.users[rows[0].row()] if rows and rows[0].row() < len(self.users) else None

    def _selection(self) -> None:
        u = self.selected()
        for key in ("edit", "reset"):
            self.buttons[key].setEnabled(u is not None)
        self.buttons["unlock"].setEnabled(u is not None and u.status is UserStatus.LOCKED)
        self.buttons["disable"].setEnabled(u is not None and u.status is not UserStatus.DISABLED)
        self.buttons["enable"].setEnabled(u is not None and u.status is UserStatus.DISABLED)

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.accepted.connect(self._after_change)
        dialog.open()
        return dialog

    def _after_change(self) -> None:
        set_message(self.message, self.tr("Saved."), "ok")
        self.refresh()
        self.changed.emit()

    def add(self) -> QDialog:
        return self._open(UserDialog(self._ops, self._services, self._actor, self.doctors, None, self))

    def edit(self) -> QDialog | None:
        u = self.selected()
        return (
            None
            if u is None
            else self._open(UserDialog(self._ops, self._services, self._actor, self.doctors, u, self))
        )

    def reset_password(self) -> QDialog | None:
        u = self.selected()
        return (
            None
            if u is None
            else self._open(ResetPasswordDialog(self._ops, self._services, self._actor, u, self))
        )

    def _status(self, verb: str) -> None:
        u = self.selected()
        if u is None:
            return
        call = getattr(self._services.users, verb)
        actor, uid = self._actor, u.id
        self._ops.run(
            lambda: call(actor, uid),
            lambda info: self._after_change(),
            self._refused,
            timeout_s=20,
            what=self._doing(verb, u.username),
        )

    def _doing(self, verb: str, username: str) -> str:
        """What a status change is doing, for an unexpected error's message ("unlocking meera")."""
        if verb == "unlock":
            return self.tr("unlocking {username}").format(username=username)
        if verb == "disable":
            return self.tr("disabling {username}").format(username=username)
        return self.tr("enabling {username}").format(username=username)

    def _refused(self, error: HmsError) -> None:
        text = " ".join(error.errors.values()) if isinstance(error, ValidationError) else error.message
        set_message(self.message, text)


class StaffDialog(PanelDialog):
    panel: StaffPanel

    def __init__(self, ops: Ops, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        panel = StaffPanel(ops, services, actor)
        title = QCoreApplication.translate("StaffDialog", "Staff accounts")
        super().__init__(panel, "staffDialog", title, (860, 460), parent)
