"""First start on an empty database: the dialog creates the administrator, who can then sign in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hms_desktop.db.engine import Database
from hms_desktop.gui.dialogs.first_admin import FirstAdminDialog
from hms_desktop.gui.ops import Ops
from hms_desktop.services.container import build_services


def fill(dlg: FirstAdminDialog, username: str, full_name: str, password: str, confirm: str) -> None:
    dlg.username.setText(username)
    dlg.full_name.setText(full_name)
    dlg.password.setText(password)
    dlg.confirm.setText(confirm)


def test_first_admin_flow(qtbot: QtBot, ops: Ops, sqlite_db: Database) -> None:
    services = build_services(sqlite_db)
    assert services.auth.needs_first_admin()
    dlg = FirstAdminDialog(ops, services.auth)
    qtbot.addWidget(dlg)
    dlg.show()

    fill(dlg, "admin", "Dr. Kavya Raman", "long-enough-1", "long-enough-2")
    qtbot.mouseClick(dlg.create_button, Qt.MouseButton.LeftButton)
    assert dlg.message.text() == "The two passwords differ. Type the same password twice."

    fill(dlg, "admin", "Dr. Kavya Raman", "short", "short")
    qtbot.mouseClick(dlg.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.create_button.isEnabled(), timeout=20_000)
    assert dlg.message.text() == "Password: The password must have at least 8 characters."
    assert services.auth.needs_first_admin()

    fill(dlg, "Admin", "Dr. Kavya Raman", "kavya-2025!", "kavya-2025!")
    with qtbot.waitSignal(dlg.accepted, timeout=20_000):
        qtbot.mouseClick(dlg.create_button, Qt.MouseButton.LeftButton)
    assert dlg.actor is not None and dlg.actor.username == "admin"
    assert not services.auth.needs_first_admin()
    assert services.auth.login("admin", "kavya-2025!").role.value == "admin"
