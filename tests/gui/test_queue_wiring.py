"""The queue as wired into the main window: token slips after a walk-in, the waiting-room display."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hms_desktop.domain.queue import StillCalled
from hms_desktop.gui.dialogs.pdf_preview import PdfPreviewDialog
from hms_desktop.gui.main_window import MainWindow
from hms_desktop.gui.ops import Ops
from hms_desktop.gui.settings import Settings
from hms_desktop.services.container import Services
from hms_desktop.services.demo_types import DEMO_PASSWORD
from hms_desktop.services.visits_types import WalkInInput


def window_for(qtbot: QtBot, ops: Ops, services: Services, user: str, tmp_path: Path) -> MainWindow:
    actor = services.auth.login(user, DEMO_PASSWORD)
    window = MainWindow(ops, services, actor, Settings(tmp_path / "desk.ini"), idle_ms=3_600_000)
    qtbot.addWidget(window)
    window.show()
    window.start()
    return window


def close(qtbot: QtBot, ops: Ops, window: MainWindow) -> None:
    window.close()
    qtbot.waitUntil(lambda: not ops.busy, timeout=10_000)


def test_a_walk_in_gets_its_token_slip(qtbot: QtBot, ops: Ops, services: Services, tmp_path: Path) -> None:
    window = window_for(qtbot, ops, services, "reception", tmp_path)
    desk = services.auth.login("reception", DEMO_PASSWORD)
    entry = services.visits.register_walk_in(desk, WalkInInput("Ganesh", "M", 61, None, complaint="Cough"))
    window.patients.walk_in_registered.emit(entry.queue_entry_id)  # as the walk-in dialog does on save
    qtbot.waitUntil(
        lambda: isinstance(getattr(window, "slip_dialog", None), PdfPreviewDialog), timeout=10_000
    )
    dialog = window.slip_dialog
    assert isinstance(dialog, PdfPreviewDialog)
    assert dialog.valid and dialog.page_count() == 1
    dialog.close()
    close(qtbot, ops, window)


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: no raise() nor size hints
def test_the_display_shows_a_doctors_call(qtbot: QtBot, ops: Ops, services: Services, tmp_path: Path) -> None:
    window = window_for(qtbot, ops, services, "nurse", tmp_path)
    display = window.open_display()
    qtbot.waitUntil(lambda: display.window.isVisible() and not ops.busy, timeout=10_000)
    doctor = services.auth.login("doctor", DEMO_PASSWORD)
    with qtbot.waitSignal(display.window.called, timeout=3_000) as blocker:
        # from another desk (the display polls the counter); the demo's called patient did not come
        row = services.queue.call_next(doctor, choice=StillCalled.NOT_ANSWERED)
        assert row is not None
    assert blocker.args == [row.token_label]
    board_text = " ".join(
        label.text() for label in display.window.findChildren(type(window.status_labels["user"]))
    )
    assert row.token_label in board_text and (row.room or "") in board_text
    assert row.patient_name not in board_text  # initials only in the waiting room
    display.stop()
    close(qtbot, ops, window)


def test_only_billing_roles_get_the_billing_tab(
    qtbot: QtBot, ops: Ops, services: Services, tmp_path: Path
) -> None:
    """A nurse's desk has no cashier tab, so nothing polls billing (and fills the audit with refusals)."""
    from sqlalchemy import func, select

    from hms_desktop.db.models import AuditLog
    from hms_desktop.gui.widgets.placeholder import PlaceholderPanel

    window = window_for(qtbot, ops, services, "nurse", tmp_path)
    assert window.billing is None and isinstance(window.tabs.widget(4), PlaceholderPanel)
    qtbot.wait(2000)
    with services.db.read() as s:
        refused = s.scalar(select(func.count()).select_from(AuditLog).where(AuditLog.outcome == "denied"))
    assert refused == 0
    close(qtbot, ops, window)
    cashier = window_for(qtbot, ops, services, "cashier", tmp_path)
    assert cashier.billing is not None
    close(qtbot, ops, cashier)
