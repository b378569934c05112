"""The main window over the demo clinic: patients, doctors, menus and shortcuts, status bar, banner."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QMenu, QWidget
from pytestqt.qtbot import QtBot

from hms_desktop.bootstrap import open_embedded
from hms_desktop.db.engine import Database
from hms_desktop.gui.main_window import MainWindow
from hms_desktop.gui.ops import Ops
from hms_desktop.gui.settings import LAST_TAB, Settings
from hms_desktop.gui.tabs.billing import BillingTab
from hms_desktop.gui.tabs.patients.model import MRN_COL, SEX_COL
from hms_desktop.gui.tabs.queue.view import QueueTab
from hms_desktop.gui.tabs.registry import TABS, RefusedTab, TabSpec
from hms_desktop.services.container import Services, build_services
from hms_desktop.services.context import Actor
from hms_desktop.services.demo import seed_demo
from hms_desktop.services.demo_types import DEMO_PASSWORD
from tests.unit.helpers import FAST_HASHER


def open_window(qtbot: QtBot, ops: Ops, services: Services, actor: Actor, settings: Settings) -> MainWindow:
    window = MainWindow(ops, services, actor, settings, idle_ms=3_600_000, clinic_name="Sanjeevini")
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.patients.model.rowCount() > 0, timeout=20_000)
    qtbot.waitUntil(lambda: not ops.busy, timeout=20_000)
    return window


def test_demo_patients_and_doctors_are_shown(
    qtbot: QtBot, ops: Ops, services: Services, admin: Actor, settings: Settings
) -> None:
    window = open_window(qtbot, ops, services, admin, settings)
    assert window.patients.model.rowCount() == 200  # the first page; more as the user scrolls
    assert window.patients.count_label.text() == "450 patients"
    first = window.patients.model.row_at(0)
    assert window.patients.model.data(window.patients.model.index(0, MRN_COL)) == first.mrn
    assert window.doctors.model.rowCount() == len(services.clinic.list_doctors(admin, active_only=False))
    assert window.doctors.count_label.text().endswith("active doctors")
    tabs = [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())]
    assert tabs == ["Patients", "Appointments", "Doctors", "Queue", "Billing"]
    assert isinstance(window.tabs.widget(3), QueueTab)
    assert isinstance(window.tabs.widget(4), BillingTab)
    status = [label.text() for label in window.status_labels.values()]
    assert status == [
        "Database: SQLite (embedded)",
        "Profile: test",
        "User: Clinic Administrator (admin)",
        "Role: Admin",
    ]
    assert window.windowTitle() == "Sanjeevini — HMS Desktop"


def test_scrolling_to_the_end_fetches_the_next_page(
    qtbot: QtBot, ops: Ops, services: Services, admin: Actor, settings: Settings
) -> None:
    window = open_window(qtbot, ops, services, admin, settings)
    table = window.patients.table
    table.scrollToBottom()
    qtbot.waitUntil(lambda: window.patients.model.rowCount() == 400, timeout=20_000)


def test_header_clicks_sort_in_sql(
    qtbot: QtBot, ops: Ops, services: Services, admin: Actor, settings: Settings
) -> None:
    window = open_window(qtbot, ops, services, admin, settings)
    header = window.patients.table.horizontalHeader()
    header.setSortIndicator(MRN_COL, Qt.SortOrder.DescendingOrder)
    model = window.patients.model
    qtbot.waitUntil(lambda: model.rowCount() == 200 and not model.loading, timeout=20_000)
    mrns = [model.row_at(i).mrn for i in range(model.rowCount())]
    assert mrns == sorted(mrns, reverse=True)
    top = services.patients.list_page(admin, sort=model.sort_key, descending=True, limit=1)[0]
    assert mrns[0] == top.mrn
    header.setSortIndicator(SEX_COL, Qt.SortOrder.AscendingOrder)  # not sortable: nothing changes
    assert header.sortIndicatorSection() == MRN_COL and model.row_at(0).mrn == mrns[0]
    again = MainWindow(ops, services, admin, settings)  # the order is remembered per desk
    qtbot.addWidget(again)
    again.patients.start()
    qtbot.waitUntil(lambda: again.patients.model.rowCount() > 0, timeout=20_000)
    assert again.patients.model.row_at(0).mrn == mrns[0]
    assert again.patients.table.horizontalHeader().sortIndicatorSection() == MRN_COL


def test_view_shortcuts_switch_tabs(
    qtbot: QtBot, ops: Ops, services: Services, admin: Actor, settings: Settings
) -> None:
    window = open_window(qtbot, ops, services, admin, settings)
    menus: dict[str, QMenu] = {}
    for item in window.menuBar().actions():
        menu = item.menu()
        assert isinstance(menu, QMenu)
        menus[item.text()] = menu
    shortcuts = {a.text(): a.shortcut().toString() for m in menus.values() for a in m.actions()}
    assert shortcuts["&Switch user…"] == "Ctrl+L" and shortcuts["&Quit"] == "Ctrl+Q"
    assert [shortcuts[name] for name in ("Patients", "Appointments", "Doctors", "Queue", "Billing")] == [
        "Ctrl+1",
        "Ctrl+2",
        "Ctrl+3",
        "Ctrl+4",
        "Ctrl+5",
    ]
    menus["&View"].actions()[3].trigger()
    assert window.tabs.currentIndex() == 3
    with qtbot.waitSignal(window.switch_user_requested):
        next(a for a in menus["&File"].actions() if a.text() == "&Switch user…").trigger()


@pytest.fixture
def movable_db(tmp_path: Path) -> Iterator[tuple[Database, Path]]:
    """A demo database in its own folder, so the test can take the folder away (a lost file share)."""
    folder = tmp_path / "share"
    db = open_embedded(folder / "hms.db", seed_demo=False)
    seed_demo(db, patients=300, hasher=FAST_HASHER)
    yield db, folder
    db.dispose()


def test_lost_connection_banner_and_retry(
    qtbot: QtBot, ops: Ops, movable_db: tuple[Database, Path], settings: Settings
) -> None:
    db, folder = movable_db
    services = build_services(db)
    actor = services.auth.login("reception", DEMO_PASSWORD)
    window = open_window(qtbot, ops, services, actor, settings)
    draft = QLineEdit("Half-typed registration")  # a form the user was filling in
    layout = window.patients.layout()
    assert layout is not None
    layout.addWidget(draft)
    assert not window.banner.isVisible()

    db.dispose()  # close every pooled connection, then the database's folder disappears
    hidden = folder.with_name("share-offline")
    folder.rename(hidden)
    with qtbot.waitSignal(ops.connection_problem, timeout=20_000) as lost:
        window.patients.refresh()
    qtbot.waitUntil(lambda: not ops.busy, timeout=20_000)
    assert window.banner.isVisible()
    assert window.banner.message.text().startswith("Connection to the database lost — ")
    assert lost.args[0] in window.banner.message.text()
    assert window.patients.message.isVisible()
    assert draft.text() == "Half-typed registration"

    qtbot.mouseClick(window.banner.retry_button, Qt.MouseButton.LeftButton)  # still gone
    qtbot.waitUntil(lambda: window.banner.retry_button.isEnabled(), timeout=20_000)
    assert window.banner.isVisible()

    hidden.rename(folder)
    qtbot.mouseClick(window.banner.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.banner.isVisible(), timeout=20_000)
    qtbot.waitUntil(lambda: window.patients.model.rowCount() == 200, timeout=20_000)
    assert draft.text() == "Half-typed registration"
    assert not window.patients.message.isVisible()


def test_the_banner_clears_itself_when_a_call_succeeds(
    qtbot: QtBot, ops: Ops, movable_db: tuple[Database, Path], settings: Settings
) -> None:
    """Issue 15 defect 8: the server is back and saves work, so the banner goes without Retry."""
    db, folder = movable_db
    services = build_services(db)
    actor = services.auth.login("reception", DEMO_PASSWORD)
    window = open_window(qtbot, ops, services, actor, settings)
    db.dispose()
    hidden = folder.with_name("share-offline")
    folder.rename(hidden)
    with qtbot.waitSignal(ops.connection_problem, timeout=20_000):
        window.patients.refresh()
    qtbot.waitUntil(lambda: not ops.busy, timeout=20_000)
    assert window.banner.isVisible()

    hidden.rename(folder)
    done: list[object] = []
    ops.run(lambda: services.clinic.settings(), done.append)  # any call at all, not the Retry probe
    qtbot.waitUntil(lambda: bool(done), timeout=20_000)
    assert not window.banner.isVisible()
    qtbot.waitUntil(lambda: window.patients.model.rowCount() == 200, timeout=20_000)
    assert not window.patients.message.isVisible()  # the tabs re-read what the outage left empty
    ops.run(lambda: services.clinic.settings(), done.append)  # a second success changes nothing
    qtbot.waitUntil(lambda: len(done) == 2, timeout=20_000)
    assert not window.banner.isVisible()


def test_the_window_reopens_on_the_tab_left_by_its_key(
    qtbot: QtBot, ops: Ops, services: Services, admin: Actor, settings: Settings
) -> None:
    window = MainWindow(ops, services, admin, settings, idle_ms=3_600_000)
    qtbot.addWidget(window)
    window.tabs.setCurrentWidget(window.queue)
    assert settings.get(LAST_TAB) == "queue"  # a key: a tab added before it does not move it
    extra = TabSpec("lab", "&Lab", "queue", lambda desk, svc: _LabTab(desk.actor.username))
    specs = (TABS[0], extra, *TABS[1:])
    again = MainWindow(ops, services, admin, settings, idle_ms=3_600_000, tab_specs=specs)
    qtbot.addWidget(again)
    assert again.tabs.currentWidget() is again.queue
    assert again.current_key() == "queue"
    assert [again.tabs.tabText(i) for i in range(again.tabs.count())] == [
        "Patients", "Lab", "Appointments", "Doctors", "Queue", "Billing",
    ]  # fmt: skip
    lab = again.page("lab")
    assert isinstance(lab, _LabTab) and lab.text() == "admin"
    view = next(item.menu() for item in again.menuBar().actions() if item.text() == "&View")
    assert isinstance(view, QMenu)
    assert [(a.text(), a.shortcut().toString()) for a in view.actions()[:2]] == [
        ("Patients", "Ctrl+1"),
        ("Lab", "Ctrl+2"),
    ]
    again.tabs.setCurrentWidget(lab)
    assert settings.get(LAST_TAB) == "lab"
    again.start()
    qtbot.waitUntil(lambda: not ops.busy, timeout=20_000)
    again.close()
    assert lab.calls == ["start", "stop"]


def test_a_role_that_may_not_see_a_tab_reads_why(
    qtbot: QtBot, ops: Ops, services: Services, settings: Settings
) -> None:
    nurse = services.auth.login("nurse", DEMO_PASSWORD)
    window = MainWindow(ops, services, nurse, settings, idle_ms=3_600_000)
    qtbot.addWidget(window)
    assert window.billing is None
    page = window.page("billing")
    assert isinstance(page, RefusedTab)
    assert page.text.text() == "Billing is for the cashier and the administrator."
    window.tabs.setCurrentWidget(window.queue)
    window.focus_current_tab()
    assert window.queue.main_control() is window.queue.view


class _LabTab(QLabel):
    """A new area as the registry sees it: one entry, nothing in the main window."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.calls: list[str] = []

    def start(self) -> None:
        self.calls.append("start")

    def stop(self) -> None:
        self.calls.append("stop")

    def refresh(self) -> None:
        self.calls.append("refresh")

    def main_control(self) -> QWidget:
        return self


def test_each_role_lands_on_its_home_tab_unless_it_left_another(
    qtbot: QtBot, ops: Ops, services: Services, settings: Settings
) -> None:
    """Issue 15 #14: the cashier starts on Billing, the doctor and the nurse on the Queue, the
    receptionist on Patients; a user who left another tab reopens there, whoever used the desk since."""

    def window_of(username: str) -> MainWindow:
        actor = services.auth.login(username, DEMO_PASSWORD)
        window = MainWindow(ops, services, actor, settings, idle_ms=3_600_000)
        qtbot.addWidget(window)
        return window

    homes = {"cashier": "billing", "doctor": "queue", "nurse": "queue", "reception": "patients"}
    for username, key in homes.items():
        assert window_of(username).current_key() == key, username
    reception = window_of("reception")
    reception.tabs.setCurrentWidget(reception.appointments)
    assert window_of("cashier").current_key() == "billing"  # the receptionist's tab is not theirs
    assert window_of("reception").current_key() == "appointments"


def test_quit_asks_while_a_form_holds_unsaved_input(
    qtbot: QtBot, ops: Ops, services: Services, admin: Actor, settings: Settings
) -> None:
    """Issue 15 #13: Ctrl+Q with a half-filled form asks; Keep working keeps window and input."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from hms_desktop.gui.tabs.patients.walk_in import WalkInDialog

    window = MainWindow(ops, services, admin, settings, idle_ms=3_600_000)
    qtbot.addWidget(window)
    window.show()
    file_menu = next(item.menu() for item in window.menuBar().actions() if item.text() == "&File")
    assert isinstance(file_menu, QMenu)
    quit_action = next(a for a in file_menu.actions() if a.text() == "&Quit")
    form = WalkInDialog(ops, services.visits, admin, parent=window)
    form.show()
    qtbot.keyClicks(form.first, "Half")

    def answer(button: str, seen: list[str]) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() == "quitQuestion":
            seen.append(box.text())
            next(b for b in box.buttons() if b.text().replace("&", "") == button).click()
        else:
            QTimer.singleShot(25, lambda: answer(button, seen))

    seen: list[str] = []
    QTimer.singleShot(0, lambda: answer("Keep working", seen))
    quit_action.trigger()
    assert seen == ["Not saved yet: walk-in."]
    assert window.isVisible() and form.isVisible() and form.first.text() == "Half"
    QTimer.singleShot(0, lambda: answer("Quit", seen))
    quit_action.trigger()
    assert len(seen) == 2 and not window.isVisible()
    form.close()


def test_ctrl_c_in_the_terminal_quits_cleanly(tmp_path: Path) -> None:
    """Issue 15 #13: SIGINT closes the desk and exits 0, with no KeyboardInterrupt traceback."""
    import os
    import signal
    import subprocess
    import sys
    import time

    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HMS_DATA_DIR=str(tmp_path / "data"))
    env.update(
        XDG_CONFIG_HOME=str(tmp_path / "cfg"), XDG_DATA_HOME=str(tmp_path / "xdg"), PYTHONUNBUFFERED="1"
    )
    env.update(XDG_CACHE_HOME=str(tmp_path / "cache"), PYTHONPATH=str(root))
    proc = subprocess.Popen(
        [sys.executable, str(root / "main.py"), "--no-demo", "--db", str(tmp_path / "hms.db")],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    time.sleep(6)  # the sign-in window up, the database opening or open
    assert proc.poll() is None
    proc.send_signal(signal.SIGINT)
    try:
        out, _ = proc.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, _ = proc.communicate()
        raise AssertionError(f"Ctrl+C did not quit the desk: {out[-2000:]}") from None
    assert proc.returncode == 0, out[-2000:]
    assert "Traceback" not in out and "KeyboardInterrupt" not in out, out[-2000:]
