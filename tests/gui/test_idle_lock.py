"""The idle lock: activity postpones it, it hides the data, the same user's password opens it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from hms_desktop.gui.main_window import MainWindow
from hms_desktop.gui.ops import Ops
from hms_desktop.gui.settings import Settings
from hms_desktop.gui.widgets.idle_lock import IdleWatcher
from hms_desktop.services.auth import MAX_FAILED_LOGINS
from hms_desktop.services.container import Services
from hms_desktop.services.context import Actor
from hms_desktop.services.demo_types import DEMO_PASSWORD


def test_input_restarts_the_idle_timer(qtbot: QtBot) -> None:
    watcher = IdleWatcher(60_000)
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    watcher.start()
    try:
        qtbot.waitUntil(lambda: watcher.remaining_ms < 59_950, timeout=5_000)
        qtbot.keyClick(field, Qt.Key.Key_A)
        assert watcher.remaining_ms > 59_950
        qtbot.waitUntil(lambda: watcher.remaining_ms < 59_950, timeout=5_000)
        qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
        assert watcher.remaining_ms > 59_950
    finally:
        watcher.stop()


def test_idle_desk_locks_and_unlocks(qtbot: QtBot, ops: Ops, services: Services, settings: Settings) -> None:
    actor = services.auth.login("nurse", DEMO_PASSWORD)
    window = MainWindow(ops, services, actor, settings, idle_ms=150)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.idle.idle, timeout=5_000):
        window.start()
    assert window.locked and not window.tabs.isVisible() and not window.menuBar().isEnabled()
    panel = window.lock_panel
    assert panel.user_label.text().startswith("Locked after 1 second without activity.")
    assert "(nurse)" in panel.user_label.text()

    panel.password.setText("wrong-password")
    qtbot.mouseClick(panel.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.unlock_button.isEnabled(), timeout=20_000)
    assert panel.message.text() == "Wrong password. Try again, or switch user."
    assert window.locked

    with qtbot.waitSignal(panel.unlocked, timeout=20_000):
        panel.password.setText(DEMO_PASSWORD)
        qtbot.keyClick(panel.password, Qt.Key.Key_Return)
    assert not window.locked and window.tabs.isVisible() and window.menuBar().isEnabled()
    window.idle.stop()


def test_too_many_wrong_passwords_sign_the_desk_out(
    qtbot: QtBot, ops: Ops, services: Services, admin: Actor, settings: Settings
) -> None:
    window = MainWindow(ops, services, admin, settings, idle_ms=3_600_000)
    qtbot.addWidget(window)
    window.lock("Locked by you.")
    panel = window.lock_panel
    with qtbot.waitSignal(window.switch_user_requested, timeout=30_000) as out:
        for _ in range(MAX_FAILED_LOGINS):
            panel.password.setText("wrong-password")
            panel.unlock()
            qtbot.waitUntil(lambda: panel.unlock_button.isEnabled(), timeout=20_000)
    assert "locked" in out.args[0]
