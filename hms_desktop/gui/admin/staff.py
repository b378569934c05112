"""Settings ▸ Staff accounts… (and the wizard's staff page): the accounts with role, linked doctor,
status, last sign-in and failed attempts; add, edit name/role/doctor, reset a password (the user
chooses a new one at the next sign-in), unlock, disable and enable.

The rules (last active administrator, password policy, one account per doctor) are the user
service's; refusals are shown as it words them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hms_desktop.domain.enums import Role, UserStatus
from hms_desktop.errors import HmsError, ValidationError
from hms_desktop.gui.admin.panel_dialog import PanelDialog
from hms_desktop.gui.forms import set_message
from hms_desktop.gui.ops import Ops
from hms_desktop.gui.widgets.field_errors import FieldErrors

if TYPE_CHECKING:
    from hms_desktop.services.container import Services
    from hms_desktop.services.context import Actor
    from hms_desktop.services.users import UserInfo

COLUMNS = ("Username", "Name", "Role", "Doctor", "Status", "Last sign-in", "Failed")
ROLE_TEXT = {
    Role.ADMIN: "Administrator",
    Role.RECEPTIONIST: "Receptionist",
    Role.NURSE: "Nurse",
    Role.DOCTOR: "Doctor",
    Role.CASHIER: "Cashier",
}


def _error() -> QLabel:
    from hms_desktop.gui.admin.form_dialog import ErrorLabel

    return ErrorLabel()


class UserDialog(QDialog):
    """Add an account (``user`` None) or edit one's name, role and doctor link."""

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
        self.setWindowTitle(("Edit account" if user else "Add a staff account") + " — HMS Desktop")
        self.result_value: Any = None
        form = QFormLayout()
        labels: dict[str, QLabel] = {}

        def row(name: str, text: str, widget: QWidget) -> None:
            box = QWidget()
            col = QVBoxLayout(box)
            col.setContentsMargins(0, 0, 0, 0)
            col.setSpacing(1)
            col.addWidget(widget)
            labels[name] = _error()
            col.addWidget(labels[name])
            form.addRow(text, box)

        self.username = QLineEdit(user.username if user else "")
        self.username.setObjectName("usernameEdit")
        self.username.setEnabled(user is None)
        self.username.setPlaceholderText("lower case, e.g. meera.n")
        row("username", "&Username", self.username)
        self.full_name = QLineEdit(user.full_name if user else "")
        self.full_name.setObjectName("fullNameEdit")
        row("full_name", "&Full name", self.full_name)
        self.role = QComboBox()
        self.role.setObjectName("roleCombo")
        for role, text in ROLE_TEXT.items():
            self.role.addItem(text, role.value)
        self.role.setCurrentIndex(
            max(0, self.role.findData((user.role if user else Role.RECEPTIONIST).value))
        )
        row("role", "&Role", self.role)
        self.doctor = QComboBox()
        self.doctor.setObjectName("doctorCombo")
        self.doctor.addItem("— not a doctor's account —", None)
        for d in doctors:
            self.doctor.addItem(f"{d.full_name} ({d.department_name})", d.id)
        if user and user.doctor_id:
            self.doctor.setCurrentIndex(max(0, self.doctor.findData(user.doctor_id)))
        row("doctor_id", "Linked &doctor", self.doctor)
        self.password = QLineEdit()
        self.password.setObjectName("passwordEdit")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit()
        self.confirm.setObjectName("confirmEdit")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        if user is None:
            self.password.setPlaceholderText("at least 8 characters, not a common password")
            row("password", "&Password", self.password)
            row("confirm", "Password &again", self.confirm)
        self.role.currentIndexChanged.connect(self._role_changed)
        self._role_changed()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.errors = FieldErrors(labels, self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        set_message(self.message, "")
        self.setMinimumWidth(460)

    def _role_changed(self) -> None:
        is_doctor = self.role.currentData() == Role.DOCTOR.value
        self.doctor.setEnabled(is_doctor)
        if not is_doctor:
            self.doctor.setCurrentIndex(0)

    def submit(self) -> None:
        if self.user is None and self.password.text() != self.confirm.text():
            self.errors.show({"confirm": "The two passwords differ."})
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
        self._ops.run(call, self._done, self._failed, timeout_s=30, what="saving the account")

    def _done(self, info: UserInfo) -> None:
        self.buttons.setEnabled(True)
        self.result_value = info
        self.accept()

    def _failed(self, error: HmsError) -> None:
        self.buttons.setEnabled(True)
        self.errors.show(error)


class ResetPasswordDialog(QDialog):
    def __init__(
        self, ops: Ops, services: Services, actor: Actor, user: UserInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ops, self._services, self._actor, self.user = ops, services, actor, user
        self.setWindowTitle(f"Reset the password of {user.username} — HMS Desktop")
        self.password = QLineEdit()
        self.password.setObjectName("passwordEdit")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.expire = QCheckBox("They must choose their own password at the next sign-in")
        self.expire.setChecked(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow("New &password", self.password)
        form.addRow("Again", self.confirm)
        form.addRow("", self.expire)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"{user.full_name} ({user.username}) signs in with this password once."))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        set_message(self.message, "")

    def submit(self) -> None:
        if self.password.text() != self.confirm.text():
            set_message(self.message, "The two passwords differ.")
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
            what="resetting the password",
        )

    def _done(self, info: UserInfo) -> None:
        self.buttons.setEnabled(True)
        self.accept()

    def _failed(self, error: HmsError) -> None:
        self.buttons.setEnabled(True)
        text = " ".join(error.errors.values()) if isinstance(error, ValidationError) else error.message
        set_message(self.message, text)


class StaffPanel(QWidget):
    """The accounts table with its buttons; ``changed`` after any change."""

    changed = Signal()

    def __init__(self, ops: Ops, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops, self._services, self._actor = ops, services, actor
        self.users: list[UserInfo] = []
        self.doctors: list[Any] = []
        self.dialog: QDialog | None = None
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("staffTable")
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, text, slot in (
            ("add", "&Add…", self.add),
            ("edit", "&Edit…", self.edit),
            ("reset", "&Reset password…", self.reset_password),
            ("unlock", "&Unlock", lambda: self._status("unlock")),
            ("disable", "&Disable", lambda: self._status("disable")),
            ("enable", "E&nable", lambda: self._status("enable")),
        ):
            b = QPushButton(text)
            b.setObjectName(f"{key}Button")
            b.clicked.connect(slot)
            self.buttons[key] = b
            row.addWidget(b)
        row.addStretch(1)
        self.message = QLabel()
        self.message.setObjectName("messageLabel")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        set_message(self.message, "")
        self._selection()

    def refresh(self) -> None:
        sv, actor = self._services, self._actor
        self._ops.run(
            lambda: (sv.users.list_users(actor), sv.clinic.list_doctors(actor)),
            self._loaded,
            lambda e: set_message(self.message, e.message),
            timeout_s=20,
            what="reading the staff accounts",
        )

    def _loaded(self, result: tuple[list[UserInfo], list[Any]]) -> None:
        selected = self.selected()
        self.users, self.doctors = result
        zone = self._services.clock.zone
        self.table.setRowCount(len(self.users))
        for r, u in enumerate(self.users):
            status = u.status.value.capitalize() + (
                " · must change password" if u.must_change_password else ""
            )
            cells = (
                u.username,
                u.full_name,
                ROLE_TEXT.get(u.role, u.role.value),
                u.doctor_name or "",
                status,
                u.last_login_at.astimezone(zone).strftime("%d %b %Y %H:%M") if u.last_login_at else "never",
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
        set_message(self.message, "Saved.", "ok")
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
            what=f"{verb} {u.username}",
        )

    def _refused(self, error: HmsError) -> None:
        text = " ".join(error.errors.values()) if isinstance(error, ValidationError) else error.message
        set_message(self.message, text)


class StaffDialog(PanelDialog):
    panel: StaffPanel

    def __init__(self, ops: Ops, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        panel = StaffPanel(ops, services, actor)
        super().__init__(panel, "staffDialog", "Staff accounts", (860, 460), parent)
