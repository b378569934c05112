"""The sign-in dialog against the real auth service: success, wrong password, lockout, disabled."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hms_desktop.gui.dialogs.login import LoginDialog
from hms_desktop.gui.ops import Ops
from hms_desktop.gui.settings import LAST_USERNAME, Settings
from hms_desktop.services.auth import MAX_FAILED_LOGINS
from hms_desktop.services.container import Services
from hms_desktop.services.demo_types import DEMO_PASSWORD


def ready_dialog(qtbot: QtBot, ops: Ops, services: Services, settings: Settings | None = None) -> LoginDialog:
    dlg = LoginDialog(ops, settings)
    qtbot.addWidget(dlg)
    dlg.set_ready(services.auth, services.clinic.settings().display_name, services.db.profile.describe())
    dlg.show()
    return dlg


def attempt(qtbot: QtBot, dlg: LoginDialog, username: str, password: str) -> None:
    dlg.username.setText(username)
    dlg.password.setText(password)
    qtbot.mouseClick(dlg.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.sign_in_button.isEnabled() or not dlg.isVisible(), timeout=20_000)


def test_fields_wait_for_the_database(qtbot: QtBot, ops: Ops, services: Services) -> None:
    dlg = LoginDialog(ops)
    qtbot.addWidget(dlg)
    assert not dlg.username.isEnabled() and not dlg.sign_in_button.isEnabled()
    assert dlg.progress.isVisibleTo(dlg) and dlg.message.text() == "Opening the database…"
    dlg.set_ready(services.auth, "Sanjeevini", "embedded (hms.db)")
    assert dlg.username.isEnabled() and not dlg.progress.isVisibleTo(dlg)
    assert dlg.profile_label.text() == "Database: embedded (hms.db)"


def test_sign_in_succeeds(qtbot: QtBot, ops: Ops, services: Services, settings: Settings) -> None:
    dlg = ready_dialog(qtbot, ops, services, settings)
    assert dlg.clinic_label.text()  # the clinic's name from its settings
    with qtbot.waitSignal(dlg.signed_in, timeout=20_000) as signed:
        dlg.username.setText("Reception ")  # trimmed and case-folded by the service
        dlg.password.setText(DEMO_PASSWORD)
        qtbot.keyClick(dlg.password, Qt.Key.Key_Return)
    actor = signed.args[0]
    assert actor.username == "reception" and actor.role.value == "receptionist"
    assert dlg.result() == LoginDialog.DialogCode.Accepted
    assert settings.get(LAST_USERNAME) == "reception"


def test_wrong_password_gets_the_same_answer_as_an_unknown_user(
    qtbot: QtBot, ops: Ops, services: Services
) -> None:
    dlg = ready_dialog(qtbot, ops, services)
    attempt(qtbot, dlg, "nurse", "not-the-password")
    assert dlg.message.text() == "Wrong username or password."
    assert dlg.message.isVisible() and dlg.password.text() == "" and dlg.isVisible()


def test_unknown_user_and_empty_fields(qtbot: QtBot, ops: Ops, services: Services) -> None:
    dlg = ready_dialog(qtbot, ops, services)
    dlg.username.setText("")
    dlg.sign_in()
    assert dlg.message.text() == "Enter your username and password."
    attempt(qtbot, dlg, "nobody", "whatever-1")
    assert dlg.message.text() == "Wrong username or password."


def test_lockout_after_repeated_failures(qtbot: QtBot, ops: Ops, services: Services) -> None:
    dlg = ready_dialog(qtbot, ops, services)
    for _ in range(MAX_FAILED_LOGINS):
        attempt(qtbot, dlg, "cashier", "wrong-password")
    assert dlg.message.text() == "Wrong username or password."  # the lock is not told to a guesser
    attempt(qtbot, dlg, "cashier", DEMO_PASSWORD)  # even the right password is refused now, saying why
    assert dlg.message.text().startswith(f"This account is locked after {MAX_FAILED_LOGINS} wrong passwords")
    assert dlg.isVisible() and dlg.actor is None


def test_start_up_failure_leaves_connection_and_quit(qtbot: QtBot, ops: Ops) -> None:
    dlg = LoginDialog(ops)
    qtbot.addWidget(dlg)
    dlg.set_failed("Cannot reach the database server.")
    assert dlg.message.text() == "Cannot reach the database server."
    assert dlg.connection_button.isEnabled() and not dlg.sign_in_button.isEnabled()
    with qtbot.waitSignal(dlg.connection_requested):
        qtbot.mouseClick(dlg.connection_button, Qt.MouseButton.LeftButton)
