"""GUI fixtures: a demo clinic on a real SQLite file, services, an Ops runner, isolated desk settings.

Every fixture that starts background work waits for it to finish before the database is closed,
so no worker thread outlives its test.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hms_desktop.db.engine import Database
from hms_desktop.gui.forms import apply_style
from hms_desktop.gui.ops import Ops
from hms_desktop.gui.settings import Settings
from hms_desktop.services.container import Services, build_services
from hms_desktop.services.context import Actor
from hms_desktop.services.demo import seed_demo
from hms_desktop.services.demo_types import DEMO_PASSWORD
from tests.unit.helpers import FAST_HASHER

DEMO_PATIENTS = 450


@pytest.fixture(autouse=True, scope="session")
def _collect_on_the_gui_thread(qapp: object) -> Iterator[None]:
    """As the app does: no cyclic garbage collection on worker threads (see gui/gc_guard.py)."""
    from hms_desktop.gui.gc_guard import GuiThreadCollector

    collector = GuiThreadCollector()
    collector.start()
    yield
    collector.stop()


UNANSWERED_BOX_SECONDS = 30


@pytest.fixture(autouse=True)
def _no_unanswered_box(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A message box the test does not answer fails the test instead of hanging the run.

    A test that expects a question answers it within a few seconds (a QTimer finding the active modal
    widget); a box still open after UNANSWERED_BOX_SECONDS is one nobody expected (CI once waited 30
    minutes on a "Discard the triage?" box): it is closed, and the test fails naming its text."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    unanswered: list[str] = []
    original = QMessageBox.exec

    def exec_with_watchdog(box: QMessageBox) -> int:
        def give_up() -> None:
            if box.isVisible():
                unanswered.append(f"{box.windowTitle()!r}: {box.text()!r}")
                box.done(QMessageBox.StandardButton.Cancel.value)

        QTimer.singleShot(UNANSWERED_BOX_SECONDS * 1000, box, give_up)
        return int(original(box))

    monkeypatch.setattr(QMessageBox, "exec", exec_with_watchdog)
    yield
    assert not unanswered, f"a message box nobody answered: {unanswered}"


@pytest.fixture(autouse=True)
def _style(qapp: object) -> None:
    apply_style(qapp)  # type: ignore[arg-type]  # the real look: style sheet warnings would fail tests


@pytest.fixture
def ops(qtbot: QtBot) -> Iterator[Ops]:
    runner = Ops()
    yield runner
    qtbot.waitUntil(lambda: not runner.busy, timeout=30_000)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "desk.ini")


@pytest.fixture
def demo_db(sqlite_db: Database) -> Database:
    seed_demo(sqlite_db, patients=DEMO_PATIENTS, hasher=FAST_HASHER)
    return sqlite_db


@pytest.fixture
def services(demo_db: Database) -> Services:
    return build_services(demo_db)


@pytest.fixture
def admin(services: Services) -> Actor:
    return services.auth.login("admin", DEMO_PASSWORD)
