"""Settings → Import…: the four steps on a real messy file, the per-row look-alike choice, cancel."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from hms_desktop.db.engine import Database
from hms_desktop.db.models import Patient
from hms_desktop.domain.enums import Role
from hms_desktop.gui.dialogs.import_wizard import ImportDialog
from hms_desktop.gui.ops import Ops
from hms_desktop.services.importer import ImportService
from tests.unit.helpers import make_user
from tests.unit.import_data import clean_rows, messy_rows, write_csv


@pytest.fixture(autouse=True)
def _own_saved_mappings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts without the mapping an earlier test's import saved."""
    from hms_desktop.services import import_report

    monkeypatch.setattr(import_report, "_mappings_file", lambda: tmp_path / "import_mappings.json")


def _patients(db: Database) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(Patient)) or 0)


def _dialog(qtbot: QtBot, ops: Ops, db: Database) -> ImportDialog:
    admin = make_user(db, "admin", Role.ADMIN)
    dialog = ImportDialog(ops, ImportService(db), admin)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_four_steps_on_a_messy_file(qtbot: QtBot, ops: Ops, sqlite_db: Database, tmp_path: Path) -> None:
    rows, _made = messy_rows(1_000)
    path = write_csv(tmp_path / "old-system.csv", rows)
    dialog = _dialog(qtbot, ops, sqlite_db)
    dialog.next_button.click()  # no file yet: said at the field
    assert "Choose the file" in dialog.file_error.text() and dialog.pages.currentIndex() == 0
    dialog.file_edit.setText(str(path))
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1 and not ops.busy, timeout=120_000)
    assert "1,000 rows" in dialog.file_info.text()
    mapping = dialog.mapping()
    assert mapping["full_name"] == "Patient Name" and mapping["old_id"] == "UHID"
    assert mapping["date_of_birth"] == "DOB" and mapping["phone"] == "Mobile"
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2 and not ops.busy, timeout=120_000)
    assert dialog.dry is not None and _patients(sqlite_db) == 0  # the check wrote nothing
    text = dialog.summary.text()
    assert "1,000</b> rows read" in text and f"{dialog.dry.to_create:,}</b> to create" in text
    cells = (dialog.problems.item(r, 2) for r in range(dialog.problems.rowCount()))
    lines = [c.text() for c in cells if c is not None]
    assert any("in the future" in t for t in lines) and any("looks like row" in t for t in lines)
    assert dialog.choices  # one chooser per look-alike
    first_dup, combo = next(iter(dialog.choices.items()))
    combo.setCurrentIndex(combo.findText("Create anyway"))
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=120_000)
    report = dialog.report
    assert report is not None and not report.cancelled
    assert _patients(sqlite_db) == dialog.dry.to_create + 1  # the one look-alike created anyway
    assert dialog.progress_bar.value() == dialog.progress_bar.maximum()
    assert report.report_path and Path(report.report_path).exists()
    assert "created" in dialog.result_text.toPlainText()
    assert next(r for r in report.results if r.row_no == first_dup).outcome.value == "created"


def test_bad_file_and_bad_mapping_are_said_at_their_step(
    qtbot: QtBot, ops: Ops, sqlite_db: Database, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, ops, sqlite_db)
    (tmp_path / "empty.csv").write_bytes(b"")
    dialog.file_edit.setText(str(tmp_path / "empty.csv"))
    dialog.next_button.click()
    qtbot.waitUntil(lambda: not ops.busy and "empty" in dialog.file_error.text(), timeout=10_000)
    assert dialog.pages.currentIndex() == 0
    dialog.file_edit.setText(str(write_csv(tmp_path / "p.csv", clean_rows(5))))
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1 and not ops.busy, timeout=10_000)
    for r in range(dialog.mapping_table.rowCount()):  # unmap the gender column
        combo = dialog.mapping_table.cellWidget(r, 1)
        assert isinstance(combo, QComboBox)
        if combo.currentText() == "Gender":
            combo.setCurrentIndex(0)
    dialog.next_button.click()
    qtbot.waitUntil(lambda: not ops.busy and "sex" in dialog.mapping_error.text(), timeout=10_000)
    assert dialog.pages.currentIndex() == 1 and _patients(sqlite_db) == 0


def test_stop_keeps_whole_batches_and_the_next_import_continues(
    qtbot: QtBot, ops: Ops, sqlite_db: Database, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "p.csv", clean_rows(8_000))
    dialog = _dialog(qtbot, ops, sqlite_db)
    dialog.file_edit.setText(str(path))
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1 and not ops.busy, timeout=120_000)
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2 and not ops.busy, timeout=120_000)
    dialog.next_button.click()
    qtbot.waitUntil(
        lambda: dialog.progress is not None and dialog.progress.phase == "importing", timeout=120_000
    )
    dialog.cancel_button.click()  # Stop
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=120_000)
    assert dialog.report is not None and dialog.report.cancelled
    done = _patients(sqlite_db)
    assert done % 1000 == 0 and done < 8_000  # whole batches only
    assert "continue" in dialog.run_label.text()
    again = ImportService(sqlite_db).run(make_user(sqlite_db, "admin2", Role.ADMIN), path)
    assert again.resumed_from == done and _patients(sqlite_db) == 8_000
