"""Connection profiles: a real failed Oracle test, saving (password to the keychain), choosing."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hms_desktop import secrets
from hms_desktop.config import EMBEDDED_NAME, ProfileStore
from hms_desktop.db.profiles import Backend, Profile
from hms_desktop.gui.dialogs.connection import ConnectionDialog
from hms_desktop.gui.ops import Ops
from hms_desktop.gui.settings import Settings

ORACLE = Profile("hospital-oracle", Backend.ORACLE, "127.0.0.1", 1, "HMSPDB", "hms_app")


def dialog(
    qtbot: QtBot, ops: Ops, store: ProfileStore, settings: Settings, current: str | None
) -> ConnectionDialog:
    dlg = ConnectionDialog(ops, store, settings, current=current)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def test_oracle_listener_down_is_reported_in_the_form(
    qtbot: QtBot, ops: Ops, tmp_path: Path, settings: Settings
) -> None:
    store = ProfileStore(tmp_path / "profiles.json")
    store.add(ORACLE)
    dlg = dialog(qtbot, ops, store, settings, current=ORACLE.name)
    assert dlg.name.text() == ORACLE.name and dlg.database_label.text() == "Service name"
    dlg.password.setText("tiger")
    started = time.monotonic()
    qtbot.mouseClick(dlg.test_button, Qt.MouseButton.LeftButton)
    assert not dlg.test_button.isEnabled()  # the UI thread is free while the worker connects
    qtbot.waitUntil(dlg.test_button.isEnabled, timeout=20_000)
    assert time.monotonic() - started < 10
    assert dlg.message.text().startswith("Cannot reach the database server.")  # DPY-6005, mapped
    assert dlg.message.property("level") == "error"


def test_embedded_file_tests_ok(qtbot: QtBot, ops: Ops, tmp_path: Path, settings: Settings) -> None:
    dlg = dialog(qtbot, ops, ProfileStore(tmp_path / "profiles.json"), settings, current=None)
    dlg.new_profile()
    dlg.name.setText("lab-copy")
    dlg.backend.setCurrentIndex(dlg.backend.findData("sqlite"))
    assert not dlg.host.isEnabled() and dlg.database_label.text() == "Database file"
    dlg.database.setText(str(tmp_path / "copy.db"))
    dlg.test_connection()
    qtbot.waitUntil(dlg.test_button.isEnabled, timeout=20_000)
    # a new file has no schema: the test connects, and says the schema must be created first
    assert "schema" in dlg.message.text() or dlg.message.text().startswith("Connected")


def test_save_keeps_the_password_in_the_keychain_only(
    qtbot: QtBot, ops: Ops, tmp_path: Path, settings: Settings
) -> None:
    store = ProfileStore(tmp_path / "profiles.json")
    dlg = dialog(qtbot, ops, store, settings, current=None)
    dlg.new_profile()
    dlg.name.setText("clinic-postgres")
    dlg.host.setText("db.clinic.lan")
    dlg.database.setText("hms")
    dlg.user.setText("hms_app")
    dlg.password.setText("s3cret-db-pass")
    saved = dlg.save_profile()
    assert saved == Profile("clinic-postgres", Backend.POSTGRESQL, "db.clinic.lan", 0, "hms", "hms_app")
    assert store.list() == (saved,)
    assert "s3cret-db-pass" not in store.path.read_text()
    assert secrets.get_db_password(saved) == "s3cret-db-pass"
    assert dlg.message.text() == "Profile saved; the password is in the system keychain."


def test_missing_fields_are_named(qtbot: QtBot, ops: Ops, tmp_path: Path, settings: Settings) -> None:
    dlg = dialog(qtbot, ops, ProfileStore(tmp_path / "profiles.json"), settings, current=None)
    dlg.new_profile()
    dlg.name.setText("half")
    assert dlg.save_profile() is None
    assert dlg.message.text() == "host: Enter the host.; database: Enter the database."


def test_choosing_the_embedded_database(qtbot: QtBot, ops: Ops, tmp_path: Path, settings: Settings) -> None:
    store = ProfileStore(tmp_path / "profiles.json")
    store.add(ORACLE)
    dlg = dialog(qtbot, ops, store, settings, current=EMBEDDED_NAME)
    assert not dlg.save_button.isEnabled() and not dlg.delete_button.isEnabled()
    with qtbot.waitSignal(dlg.accepted):
        dlg.use_profile()
    assert dlg.chosen is not None and dlg.chosen.backend is Backend.SQLITE
    assert store.load().chosen == EMBEDDED_NAME
