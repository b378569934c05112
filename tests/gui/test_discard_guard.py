"""Esc, Cancel or the title-bar X on a half-filled form asks before discarding it (issue 15 #9), one
mechanism for registration, walk-in, triage and booking; an untouched form closes at once."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from hms_desktop.gui.ops import Ops
from hms_desktop.gui.tabs.appointments.dialogs import BookDialog
from hms_desktop.gui.tabs.patients.form import PatientFormDialog
from hms_desktop.gui.tabs.patients.walk_in import WalkInDialog
from hms_desktop.gui.widgets.discard_guard import unsaved_forms
from hms_desktop.services.container import Services
from hms_desktop.services.context import Actor
from hms_desktop.services.patients_types import PatientInput

pytestmark = pytest.mark.gui


def answering(qtbot: QtBot, button: str | None, action: Callable[[], object]) -> list[str]:
    """Run ``action``; when the "Discard …?" question appears press ``button`` on it. Returns the
    questions seen (none when the form closed without asking)."""
    seen: list[str] = []
    tries = [0]

    def press() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() == "discardQuestion":
            seen.append(box.windowTitle())
            chosen = next(b for b in box.buttons() if b.text().replace("&", "") == button)
            chosen.click()
        elif tries[0] < 20:
            tries[0] += 1
            QTimer.singleShot(25, press)

    if button is not None:
        QTimer.singleShot(0, press)
    action()
    qtbot.wait(30 * (tries[0] + 1) if button is not None else 10)
    return seen


def esc(qtbot: QtBot, dialog: QDialog) -> Callable[[], None]:
    return lambda: qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_esc_on_a_half_filled_walk_in_asks(qtbot: QtBot, ops: Ops, services: Services, admin: Actor) -> None:
    dialog = WalkInDialog(ops, services.visits, admin, [(1, "General")])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.first, "Gopal")
    assert unsaved_forms() == ["walk-in"]
    assert answering(qtbot, "Keep editing", esc(qtbot, dialog)) == ["Discard the walk-in? — HMS Desktop"]
    assert dialog.isVisible() and dialog.first.text() == "Gopal"
    assert answering(qtbot, "Discard", esc(qtbot, dialog))
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    # (the title bar's X, a spontaneous close from the window manager, is driven in tests/e2e)


def test_a_close_the_program_asks_for_does_not_ask(
    qtbot: QtBot, ops: Ops, services: Services, admin: Actor
) -> None:
    dialog = WalkInDialog(ops, services.visits, admin)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.first, "Gopal")
    assert answering(qtbot, None, dialog.close) == []  # signing out, closing the window: no question
    assert not dialog.isVisible()


def test_an_untouched_form_closes_without_asking(
    qtbot: QtBot, ops: Ops, services: Services, admin: Actor
) -> None:
    dialog = WalkInDialog(ops, services.visits, admin, [(1, "General")])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.department.setCurrentIndex(0)  # what the program fills in is not typing
    qtbot.keyClicks(dialog.first, "G")
    qtbot.keyClick(dialog.first, Qt.Key.Key_Backspace)  # typed and taken back: nothing to lose
    assert answering(qtbot, None, esc(qtbot, dialog)) == []
    assert not dialog.isVisible()


def test_registration_and_an_edit_ask_before_discarding(
    qtbot: QtBot, ops: Ops, services: Services, admin: Actor
) -> None:
    form = PatientFormDialog(ops, services.patients, admin)
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClicks(form.line("phone"), "98765")
    assert answering(qtbot, "Keep editing", esc(qtbot, form)) == ["Discard the registration? — HMS Desktop"]
    assert form.isVisible() and form.line("phone").text() == "98765"
    cancel = form.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert answering(qtbot, "Keep editing", cancel.click)  # Cancel asks too
    assert form.isVisible()

    p = services.patients.register(admin, PatientInput(first_name="Ritu", sex="F", age_years=30))
    edit = PatientFormDialog(ops, services.patients, admin, services.patients.get(admin, p.id))
    qtbot.addWidget(edit)
    edit.show()
    assert answering(qtbot, None, esc(qtbot, edit)) == []  # filled by the program, not typed
    assert not edit.isVisible()


def test_triage_asks_before_discarding_the_vitals(qtbot: QtBot, ops: Ops, services: Services) -> None:
    from tests.gui.test_queue_tab import close_tab, login, open_tab, open_triage, type_vitals, walk_in

    entry = walk_in(services, "Fever")
    tab = open_tab(qtbot, ops, services, login(services, "nurse"))
    dialog = open_triage(qtbot, tab, entry)
    type_vitals(qtbot, dialog, pulse="98")
    assert answering(qtbot, "Keep editing", esc(qtbot, dialog)) == ["Discard the triage? — HMS Desktop"]
    assert dialog.isVisible() and dialog.edits["pulse"].text() == "98"
    assert answering(qtbot, "Discard", esc(qtbot, dialog))
    qtbot.waitUntil(lambda: tab.dialog is None, timeout=5000)
    close_tab(qtbot, ops, tab)


def test_booking_asks_before_discarding_the_search(qtbot: QtBot, ops: Ops, sqlite_db: object) -> None:
    from hms_desktop.services.container import build_services
    from hms_desktop.services.demo import seed_demo
    from hms_desktop.services.demo_types import DEMO_PASSWORD
    from tests.gui.test_appointments_tab import TODAY, go_to, next_weekday, open_tab
    from tests.unit.helpers import FAST_HASHER

    seed_demo(sqlite_db, patients=50, today=TODAY, hasher=FAST_HASHER)  # type: ignore[arg-type]
    desk = build_services(sqlite_db)  # type: ignore[arg-type]
    reception = desk.auth.login("reception", DEMO_PASSWORD)
    tab, _doctor = open_tab(qtbot, ops, desk, reception, next_weekday(TODAY, 2))
    go_to(tab, lambda s: s.status == "free")
    tab.book_current()
    dialog = tab.dialog
    assert isinstance(dialog, BookDialog)
    qtbot.keyClicks(dialog.reason, "Follow-up")
    assert answering(qtbot, "Keep editing", esc(qtbot, dialog)) == ["Discard the booking? — HMS Desktop"]
    assert dialog.isVisible() and dialog.reason.text() == "Follow-up"
    assert answering(qtbot, "Discard", esc(qtbot, dialog))
    qtbot.waitUntil(lambda: tab.dialog is None, timeout=5000)
    qtbot.waitUntil(lambda: not ops.busy, timeout=10_000)
