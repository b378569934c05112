"""The composition root: no-display message, start-up on a worker, first start, switching user."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hms_desktop.db.engine import Database
from hms_desktop.gui import app as app_module
from hms_desktop.gui.app import NO_DISPLAY, DeskApp, display_problem, parse_args
from hms_desktop.gui.dialogs.first_admin import FirstAdminDialog
from hms_desktop.gui.ops import Ops
from hms_desktop.gui.settings import Settings
from hms_desktop.services.demo_types import DEMO_PASSWORD

ROOT = Path(__file__).resolve().parents[2]


def headless_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = str(ROOT)
    return env


def test_no_display_prints_how_to_run_and_exits_2() -> None:
    for cmd in ([sys.executable, str(ROOT / "main.py")], [sys.executable, "-m", "hms_desktop.gui.app"]):
        proc = subprocess.run(cmd, env=headless_env(), capture_output=True, text=True, timeout=60, cwd=ROOT)
        assert proc.returncode == 2, proc.stderr
        assert "xvfb-run -a hms-desktop" in proc.stderr and "QT_QPA_PLATFORM=offscreen" in proc.stderr
        assert "Traceback" not in proc.stderr and "Aborted" not in proc.stderr


def test_display_problem_rules() -> None:
    assert display_problem({}, "linux") == NO_DISPLAY
    assert display_problem({"DISPLAY": ":0"}, "linux") is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert display_problem({}, "win32") is None


def start(qtbot: QtBot, argv: list[str], tmp_path: Path) -> DeskApp:
    desk = DeskApp(parse_args(argv), Ops(), Settings(tmp_path / "desk.ini"))
    qtbot.addWidget(desk.login)
    desk.start()
    assert desk.login.isVisible()  # at once, before the database is open
    return desk


def finish(qtbot: QtBot, desk: DeskApp) -> None:
    qtbot.waitUntil(lambda: not desk.ops.busy, timeout=30_000)
    if desk.window is not None:
        desk.window.idle.stop()
        desk.window.close()
    desk.shutdown()


def test_demo_start_sign_in_and_switch_user(qtbot: QtBot, tmp_path: Path) -> None:
    desk = start(qtbot, ["--db", str(tmp_path / "new" / "hms.db")], tmp_path)
    qtbot.waitUntil(lambda: desk.login.username.isEnabled(), timeout=120_000)  # demo clinic seeded
    assert desk.opened is not None and not desk.opened.needs_first_admin
    assert desk.login.clinic_label.text() == desk.opened.clinic.display_name
    desk.login.username.setText("doctor")
    desk.login.password.setText(DEMO_PASSWORD)
    desk.login.sign_in()
    qtbot.waitUntil(lambda: desk.window is not None and desk.window.isVisible(), timeout=30_000)
    assert desk.window is not None and not desk.login.isVisible()
    qtbot.waitUntil(
        lambda: desk.window is not None and desk.window.patients.model.rowCount() > 0, timeout=30_000
    )
    desk.window.switch_user_requested.emit("")
    assert desk.login.isVisible() and desk.window is None
    assert desk.login.username.text() == "doctor" and desk.login.password.text() == ""
    finish(qtbot, desk)


def test_the_database_opens_once_the_sign_in_window_is_painted(qtbot: QtBot, tmp_path: Path) -> None:
    """Opening imports SQLAlchemy on a worker; started before the first paint it slowed that paint
    (the GIL), so it waits for it (issue 18), and a window that is never painted still gets it."""
    opened: list[str] = []
    desk = DeskApp(parse_args(["--db", str(tmp_path / "x.db")]), Ops(), Settings(tmp_path / "desk.ini"))
    qtbot.addWidget(desk.login)
    desk.open = lambda profile, password: opened.append("painted")  # type: ignore[method-assign]
    desk.start()
    assert opened == []  # not before the window is on screen
    qtbot.waitUntil(lambda: opened == ["painted"], timeout=5_000)
    qtbot.wait(app_module.FIRST_PAINT_WAIT_MS + 100)
    assert opened == ["painted"]  # once: the fallback does not open it again

    hidden = DeskApp(parse_args(["--db", str(tmp_path / "y.db")]), Ops(), Settings(tmp_path / "d2.ini"))
    qtbot.addWidget(hidden.login)
    hidden.open = lambda profile, password: opened.append("fallback")  # type: ignore[method-assign]
    hidden.start()
    hidden.login.first_painted.disconnect()  # as if the window manager never showed it
    qtbot.waitUntil(lambda: "fallback" in opened, timeout=5_000)


def test_first_start_on_an_empty_database(qtbot: QtBot, tmp_path: Path, sqlite_db: Database) -> None:
    sqlite_db.dispose()
    desk = start(qtbot, ["--db", sqlite_db.profile.database, "--no-demo"], tmp_path)
    qtbot.waitUntil(
        lambda: isinstance(desk.dialog, FirstAdminDialog) and desk.dialog.isVisible(), timeout=30_000
    )
    dlg = desk.dialog
    assert isinstance(dlg, FirstAdminDialog) and not desk.login.isVisible()
    qtbot.addWidget(dlg)
    dlg.username.setText("owner")
    dlg.full_name.setText("Dr. Owner")
    dlg.password.setText("owner-pass-1")
    dlg.confirm.setText("owner-pass-1")
    dlg.create_admin()
    # the set-up wizard follows (issue 13): the clinic's identity, then every other page skipped
    from hms_desktop.gui.admin.wizard import SKIP, SetupWizard

    qtbot.waitUntil(lambda: isinstance(desk.dialog, SetupWizard) and desk.dialog.isVisible(), timeout=30_000)
    wiz = desk.dialog
    assert isinstance(wiz, SetupWizard)
    qtbot.addWidget(wiz)
    qtbot.waitUntil(lambda: not desk.ops.busy, timeout=30_000)
    wiz.form.edits["legal_name"].setText("Owner Clinic LLP")
    wiz.form.state.setCurrentIndex(wiz.form.state.findData("32"))
    wiz.next()
    qtbot.waitUntil(lambda: wiz.currentPage() is wiz.numbering, timeout=30_000)
    for _ in range(5):
        qtbot.waitUntil(lambda: not desk.ops.busy, timeout=30_000)
        wiz.button(SKIP).click()
    qtbot.waitUntil(lambda: desk.login.isVisible() and desk.login.username.isEnabled(), timeout=30_000)
    assert desk.login.username.text() == "owner"
    assert desk.login.clinic_label.text() == "Owner Clinic LLP"
    desk.login.password.setText("owner-pass-1")
    desk.login.sign_in()
    qtbot.waitUntil(lambda: desk.window is not None, timeout=30_000)
    assert desk.window is not None and desk.window.actor.role.value == "admin"
    assert "Owner Clinic LLP" in desk.window.windowTitle()
    finish(qtbot, desk)


def test_unreachable_server_profile_offers_the_connection_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    from hms_desktop.config import ProfileStore
    from hms_desktop.db.profiles import Backend, Profile

    ProfileStore().add(Profile("dead-pg", Backend.POSTGRESQL, "127.0.0.1", 1, "hms", "hms"))
    from hms_desktop import secrets

    secrets.set_db_password(ProfileStore().get("dead-pg"), "pw")
    desk = start(qtbot, ["--profile", "dead-pg"], tmp_path)
    assert desk.login.connection_button.isEnabled()  # while opening, Connection… stays usable
    qtbot.waitUntil(lambda: desk.login.message.text().startswith("Cannot reach"), timeout=30_000)
    assert not desk.login.sign_in_button.isEnabled()
    assert desk.login.message.text().endswith("Use Connection… to choose or fix the database.")
    desk.login.connection_button.click()
    qtbot.waitUntil(lambda: desk.dialog is not None and desk.dialog.isVisible(), timeout=10_000)
    assert desk.dialog is not None
    desk.dialog.reject()
    assert QApplication.instance() is not None
    finish(qtbot, desk)


def test_a_disabled_account_is_signed_out_at_its_next_action(qtbot: QtBot, tmp_path: Path) -> None:
    """The administrator disables the nurse while she is signed in: her desk's next service call is
    refused and the desk returns to sign-in saying why (issue 12)."""
    desk = start(qtbot, ["--db", str(tmp_path / "new" / "hms.db")], tmp_path)
    qtbot.waitUntil(lambda: desk.login.username.isEnabled(), timeout=120_000)
    desk.login.username.setText("nurse")
    desk.login.password.setText(DEMO_PASSWORD)
    desk.login.sign_in()
    qtbot.waitUntil(lambda: desk.window is not None and desk.window.isVisible(), timeout=30_000)
    assert desk.opened is not None and desk.window is not None
    services = desk.opened.services
    admin = services.auth.login("admin", DEMO_PASSWORD)
    nurse = desk.window.actor
    services.users.disable(admin, nurse.user_id or 0)
    desk.ops.run(lambda: services.patients.count(nurse), what="counting patients")  # any next action
    qtbot.waitUntil(lambda: desk.window is None and desk.login.isVisible(), timeout=30_000)
    assert "disabled by an administrator" in desk.login.message.text()
    finish(qtbot, desk)
