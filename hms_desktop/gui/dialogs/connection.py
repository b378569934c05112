"""Connection profiles (``ui/connection.ui``): list, add/edit, test, choose.

Profiles are kept by ``hms_desktop.config.ProfileStore`` (no passwords); a typed password goes to
the OS keychain through ``hms_desktop.secrets``. "Test connection" opens the database on a worker
with a deadline and shows the mapped message (wrong password, listener down, unknown service name,
expired password) in the form. Accepting leaves the choice in ``chosen`` / ``chosen_password``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QWidget,
)

from hms_desktop import secrets
from hms_desktop.config import EMBEDDED_NAME, ProfileStore, embedded_profile
from hms_desktop.db.profiles import Backend, Profile
from hms_desktop.errors import HmsError, ValidationError
from hms_desktop.gui.forms import find, load_form, set_message
from hms_desktop.gui.geometry import PreserveGeometry
from hms_desktop.gui.ops import Ops
from hms_desktop.gui.settings import Settings

TEST_TIMEOUT_S = 20
_BACKENDS = (
    (Backend.SQLITE, "Embedded (SQLite file on this computer)", "Database file", 0),
    (Backend.POSTGRESQL, "PostgreSQL server", "Database", 5432),
    (Backend.ORACLE, "Oracle server", "Service name", 1521),
)


def list_text(p: Profile) -> str:
    """Two short lines for the profile list (the full description is the tooltip)."""
    if p.name == EMBEDDED_NAME:
        return "Embedded (this computer)\nSQLite file"
    kind = {Backend.SQLITE: "SQLite file", Backend.POSTGRESQL: "PostgreSQL", Backend.ORACLE: "Oracle"}
    where = p.host or Path(p.database).name
    return f"{p.name}\n{kind[p.backend]} · {where}"


def probe(profile: Profile, password: str | None) -> str:
    """Open ``profile`` without migrating it, then close it; runs on a worker."""
    from hms_desktop.bootstrap import open_database

    db = open_database(profile, password, migrate=False)
    db.dispose()
    return f"Connected to {profile.describe()}."


class ConnectionDialog(PreserveGeometry, QDialog):
    geometry_name = "connection"
    default_size = (780, 520)

    def __init__(
        self,
        ops: Ops,
        store: ProfileStore,
        settings: Settings | None = None,
        current: str | None = None,
        message: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("HMS Desktop — Database connection")
        self.ops, self.store, self.settings = ops, store, settings
        self.chosen: Profile | None = None
        self.chosen_password: str | None = None
        self.ui = load_form("connection.ui", self)
        ui = self.ui
        self.profiles = find(ui, QListWidget, "profileList")
        self.name = find(ui, QLineEdit, "nameEdit")
        self.backend = find(ui, QComboBox, "backendCombo")
        self.host = find(ui, QLineEdit, "hostEdit")
        self.port = find(ui, QLineEdit, "portEdit")
        self.port.setValidator(QIntValidator(1, 65535, self.port))
        self.database = find(ui, QLineEdit, "databaseEdit")
        self.database_label = find(ui, QLabel, "databaseLabel")
        self.user = find(ui, QLineEdit, "userEdit")
        self.password = find(ui, QLineEdit, "passwordEdit")
        self.message = find(ui, QLabel, "messageLabel")
        self.progress = find(ui, QProgressBar, "progressBar")
        self.test_button = find(ui, QPushButton, "testButton")
        self.save_button = find(ui, QPushButton, "saveButton")
        self.delete_button = find(ui, QPushButton, "deleteButton")
        for backend, text, _label, _port in _BACKENDS:
            self.backend.addItem(text, backend.value)
        self.backend.currentIndexChanged.connect(self._backend_changed)
        self.profiles.currentItemChanged.connect(self._selected)
        find(ui, QPushButton, "newButton").clicked.connect(self.new_profile)
        self.delete_button.clicked.connect(self.delete_profile)
        self.test_button.clicked.connect(self.test_connection)
        self.save_button.clicked.connect(self.save_profile)
        find(ui, QPushButton, "closeButton").clicked.connect(self.reject)
        find(ui, QPushButton, "useButton").clicked.connect(self.use_profile)
        self.progress.hide()
        self.restore_geometry(settings)
        self._reload(current)
        set_message(self.message, message)

    # --- list ------------------------------------------------------------------------------

    def _reload(self, select: str | None = None) -> None:
        self.profiles.clear()
        entries: list[Profile] = [embedded_profile(), *self.store.list()]
        for p in entries:
            item = QListWidgetItem(list_text(p))
            item.setToolTip(p.describe())
            item.setData(Qt.ItemDataRole.UserRole, p)
            self.profiles.addItem(item)
            if p.name == select:
                self.profiles.setCurrentItem(item)
        if self.profiles.currentItem() is None:
            self.profiles.setCurrentRow(0)

    def _selected(self, item: QListWidgetItem | None, _previous: Any = None) -> None:
        profile: Profile | None = item.data(Qt.ItemDataRole.UserRole) if item else None
        if profile is None:
            return
        self.name.setText(profile.name)
        self.backend.setCurrentIndex(max(0, self.backend.findData(profile.backend.value)))
        self.host.setText(profile.host)
        self.port.setText(str(profile.port) if profile.port else "")
        self.database.setText(profile.database)
        self.user.setText(profile.user)
        self.password.clear()
        embedded = profile.name == EMBEDDED_NAME
        for w in (self.name, self.backend, self.database):
            w.setEnabled(not embedded)
        self.save_button.setEnabled(not embedded)
        self.delete_button.setEnabled(not embedded)
        self._backend_changed()
        set_message(self.message, "")

    def _backend_changed(self, _index: int = 0) -> None:
        backend, _text, label, port = _BACKENDS[self.backend.currentIndex()]
        server = backend is not Backend.SQLITE
        self.database_label.setText(label)
        for w in (self.host, self.port, self.user, self.password):
            w.setEnabled(server)
        self.port.setPlaceholderText(str(port) if server else "")
        if self.port.text() in ("1521", "5432"):
            self.port.clear()  # the backend's default port: shown as the placeholder

    def new_profile(self) -> None:
        self.profiles.setCurrentRow(-1)
        for w in (self.name, self.backend, self.database, self.save_button):
            w.setEnabled(True)
        self.delete_button.setEnabled(False)
        self.name.clear()
        self.backend.setCurrentIndex(1)
        for edit in (self.host, self.database, self.user, self.password):
            edit.clear()
        self.port.clear()
        self._backend_changed()
        set_message(self.message, "")
        self.name.setFocus()

    # --- form ------------------------------------------------------------------------------

    def form_profile(self) -> Profile:
        backend = Backend(self.backend.currentData())
        name = self.name.text().strip()
        if not name:
            raise ValidationError({"name": "Give the profile a name."})
        if backend is Backend.SQLITE:
            return Profile(name, backend, database=self.database.text().strip())
        fields = (("host", self.host), ("database", self.database))
        missing = [label for label, edit in fields if not edit.text().strip()]
        if missing:
            raise ValidationError({m: f"Enter the {m}." for m in missing})
        return Profile(
            name,
            backend,
            host=self.host.text().strip(),
            port=int(self.port.text() or 0),
            database=self.database.text().strip(),
            user=self.user.text().strip(),
        )

    def _password_for(self, profile: Profile) -> str | None:
        if profile.backend is Backend.SQLITE:
            return None
        if self.password.text():
            return self.password.text()
        try:
            return secrets.get_db_password(profile)
        except HmsError:
            return None

    def test_connection(self) -> None:
        try:
            profile = self.form_profile()
        except HmsError as exc:
            set_message(self.message, exc.message)
            return
        password = self._password_for(profile)
        set_message(self.message, f"Connecting to {profile.describe()}…", "info")
        self.progress.show()
        self.test_button.setEnabled(False)
        self.ops.run(
            lambda: probe(profile, password),
            lambda text: self._tested(text, None),
            lambda err: self._tested("", err),
            timeout_s=TEST_TIMEOUT_S,
            what="testing the connection",
            report_connection=False,
        )

    def _tested(self, text: str, error: HmsError | None) -> None:
        self.progress.hide()
        self.test_button.setEnabled(True)
        if error is None:
            set_message(self.message, text, "ok")
        else:
            set_message(self.message, error.message)

    def save_profile(self) -> Profile | None:
        try:
            profile = self.form_profile()
            self.store.add(profile, replace=True)
        except HmsError as exc:
            set_message(self.message, exc.message)
            return None
        note = "Profile saved."
        if self.password.text() and profile.backend is not Backend.SQLITE:
            try:
                secrets.set_db_password(profile, self.password.text())
                note = "Profile saved; the password is in the system keychain."
            except HmsError as exc:
                set_message(self.message, f"Profile saved, but not the password: {exc.message}")
                self._reload(profile.name)
                return profile
        self._reload(profile.name)
        set_message(self.message, note, "ok")
        return profile

    def delete_profile(self) -> None:
        item = self.profiles.currentItem()
        profile: Profile | None = item.data(Qt.ItemDataRole.UserRole) if item else None
        if profile is None or profile.name == EMBEDDED_NAME:
            return
        try:
            self.store.remove(profile.name)
            secrets.delete_db_password(profile)
        except HmsError as exc:
            set_message(self.message, exc.message)
        self._reload()

    def use_profile(self) -> None:
        item = self.profiles.currentItem()
        current: Profile | None = item.data(Qt.ItemDataRole.UserRole) if item else None
        if current is not None and current.name == EMBEDDED_NAME:
            profile: Profile | None = current
        else:
            profile = self.save_profile()
        if profile is None:
            return
        try:
            self.store.choose(profile.name)
        except HmsError as exc:
            set_message(self.message, exc.message)
            return
        self.chosen, self.chosen_password = profile, self._password_for(profile)
        self.accept()

    def done(self, result: int) -> None:
        self.save_geometry(self.settings)
        super().done(result)
