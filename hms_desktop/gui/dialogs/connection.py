"""Connection profiles (``ui/connection.ui``): list, add/edit, test, choose (the form: connection_form.py).

Profiles are kept by ``hms_desktop.config.ProfileStore`` (no passwords); a typed password (the
database's, an Oracle wallet's) goes to the OS keychain through ``hms_desktop.secrets``.

Oracle is reached by host/port/service name, an Easy Connect string, a TNS alias in a TNS_ADMIN
folder, or a TLS wallet folder; PostgreSQL takes an SSL mode and certificate files. The form shows
only the rows the chosen backend and method need, checks what it can on this computer (a folder
without tnsnames.ora, an alias not in it, a wallet without ewallet.pem) and says so at the field.
"Test connection" opens the database on a worker with a deadline and shows the mapped message
(wrong password, listener down, unknown alias, untrusted certificate...) at the field it concerns or
below the form. Accepting leaves the choice in ``chosen`` / ``chosen_password``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QWidget,
)

from hms_desktop import secrets
from hms_desktop.config import EMBEDDED_NAME, ProfileStore, embedded_profile
from hms_desktop.db.profiles import Backend, Profile
from hms_desktop.errors import HmsError
from hms_desktop.gui.dialogs.connection_form import ProfileForm
from hms_desktop.gui.forms import find, load_form, set_message
from hms_desktop.gui.geometry import PreserveGeometry
from hms_desktop.gui.i18n import localize
from hms_desktop.gui.ops import Ops
from hms_desktop.gui.settings import Settings

TEST_TIMEOUT_S = 20


def list_text(p: Profile) -> str:
    """Two short lines for the profile list (the full description is the tooltip)."""
    if p.name == EMBEDDED_NAME:
        return QCoreApplication.translate("ConnectionDialog", "Embedded (this computer)\nSQLite file")
    kind = {
        Backend.SQLITE: QCoreApplication.translate("ConnectionDialog", "SQLite file"),
        Backend.POSTGRESQL: "PostgreSQL",  # notr: a product's name
        Backend.ORACLE: "Oracle",  # notr: a product's name
    }
    where = p.dsn if p.uses_dsn else (p.host or Path(p.database).name)
    return f"{p.name}\n{kind[p.backend]} · {where}"


def probe(profile: Profile, password: str | None, wallet_password: str | None = None) -> str:
    """Open ``profile`` without migrating it, then close it; runs on a worker."""
    from hms_desktop.bootstrap import open_database

    db = open_database(profile, password, migrate=False, wallet_password=wallet_password)
    db.dispose()
    return QCoreApplication.translate("ConnectionDialog", "Connected to {profile}.").format(
        profile=profile.describe()
    )


class ConnectionDialog(PreserveGeometry, QDialog):
    geometry_name = "connection"
    default_size = (820, 660)

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
        self.setWindowTitle(self.tr("HMS Desktop — Database connection"))
        self.ops, self.store, self.settings = ops, store, settings
        self.chosen: Profile | None = None
        self.chosen_password: str | None = None
        self.ui = load_form("connection.ui", self)
        ui = self.ui
        self.profiles = find(ui, QListWidget, "profileList")
        self.message = find(ui, QLabel, "messageLabel")
        self.form = f = ProfileForm(ui, self.message, self)
        # the form's widgets under the dialog's names, as tests and screenshots reach them
        self.name, self.backend, self.method, self.host = f.name, f.backend, f.method, f.host
        self.port, self.database, self.database_label = f.port, f.database, f.database_label
        self.user, self.password = f.user, f.password
        self.dsn, self.dsn_label, self.tns_admin, self.wallet = f.dsn, f.dsn_label, f.tns_admin, f.wallet
        self.wallet_password, self.sslmode, self.schema = f.wallet_password, f.sslmode, f.schema
        self.sslrootcert, self.sslcert, self.sslkey = f.sslrootcert, f.sslcert, f.sslkey
        self.row_widget, self.errors, self.aliases = f.row_widget, f.errors, f.aliases
        self.progress = find(ui, QProgressBar, "progressBar")
        self.test_button = find(ui, QPushButton, "testButton")
        self.save_button = find(ui, QPushButton, "saveButton")
        self.delete_button = find(ui, QPushButton, "deleteButton")
        self.profiles.currentItemChanged.connect(self._selected)
        find(ui, QPushButton, "newButton").clicked.connect(self.new_profile)
        self.delete_button.clicked.connect(self.delete_profile)
        self.test_button.clicked.connect(self.test_connection)
        self.save_button.clicked.connect(self.save_profile)
        find(ui, QPushButton, "closeButton").clicked.connect(self.reject)
        find(ui, QPushButton, "useButton").clicked.connect(self.use_profile)
        f.clear_errors()
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
        self.form.fill(profile)
        embedded = profile.name == EMBEDDED_NAME
        self.form.set_embedded(embedded)
        self.save_button.setEnabled(not embedded)
        self.delete_button.setEnabled(not embedded)
        self.form.backend_changed()
        self.form.clear_errors()

    def error_text(self, field: str) -> str:
        return self.form.error_text(field)

    def new_profile(self) -> None:
        self.profiles.setCurrentRow(-1)
        for w in (self.name, self.backend, self.database, self.save_button):
            w.setEnabled(True)
        self.delete_button.setEnabled(False)
        self.form.clear()
        self.form.backend_changed()
        self.form.clear_errors()
        self.name.setFocus()

    # --- test, save, delete, use -------------------------------------------------------------

    def _password_for(self, profile: Profile) -> str | None:
        if profile.backend is Backend.SQLITE:
            return None
        if self.password.text():
            return self.password.text()
        try:
            return secrets.get_db_password(profile)
        except HmsError:
            return None

    def _wallet_password_for(self, profile: Profile) -> str | None:
        if not profile.wallet_location:
            return None
        return self.wallet_password.text() or None  # else the engine asks the keychain

    def test_connection(self) -> None:
        try:
            profile = self.form.read()
        except HmsError as exc:
            self.form.show_error(exc)
            return
        password = self._password_for(profile)
        wallet_password = self._wallet_password_for(profile)
        self.form.clear_errors()
        connecting = self.tr("Connecting to {profile}…").format(profile=profile.describe())
        set_message(self.message, connecting, "info")
        self.progress.show()
        self.test_button.setEnabled(False)
        self.ops.run(
            lambda: probe(profile, password, wallet_password),
            lambda text: self._tested(text, None),
            lambda err: self._tested("", err),
            timeout_s=TEST_TIMEOUT_S,
            what=self.tr("testing the connection"),
            report_connection=False,
        )

    def _tested(self, text: str, error: HmsError | None) -> None:
        self.progress.hide()
        self.test_button.setEnabled(True)
        if error is None:
            set_message(self.message, text, "ok")
        else:
            self.form.show_error(error)

    def save_profile(self) -> Profile | None:
        try:
            profile = self.form.read()
            self.store.add(profile, replace=True)
        except HmsError as exc:
            self.form.show_error(exc)
            return None
        note = self.tr("Profile saved.")
        if profile.backend is not Backend.SQLITE:
            try:
                if self.password.text():
                    secrets.set_db_password(profile, self.password.text())
                    note = self.tr("Profile saved; the password is in the system keychain.")
                if profile.wallet_location and self.wallet_password.text():
                    secrets.set_wallet_password(profile, self.wallet_password.text())
                    note = self.tr("Profile saved; the passwords are in the system keychain.")
            except HmsError as exc:
                self._reload(profile.name)
                set_message(
                    self.message,
                    self.tr("Profile saved, but not the password: {reason}").format(
                        reason=localize(exc).message
                    ),
                )
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
            if profile.wallet_location and all(
                p.wallet_location != profile.wallet_location for p in self.store.list()
            ):
                secrets.delete_wallet_password(profile)
        except HmsError as exc:
            set_message(self.message, localize(exc).message)
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
            set_message(self.message, localize(exc).message)
            return
        self.chosen, self.chosen_password = profile, self._password_for(profile)
        self.accept()

    def done(self, result: int) -> None:
        self.save_geometry(self.settings)
        super().done(result)
