"""Render the data-in-and-out screens to PNG (``python scripts/screenshots_data.py --out docs/screenshots``).

The four import steps on a generated messy file of an old system (2,000 rows with errors and
look-alikes), the administrator's main window with the amber "last backup" warning, and the first
page of a patient's exported record. Everything happens in a temporary folder, as in screenshots.py.
"""

from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.screenshots.main import _isolate, _wait, report_problems, save_shot


def render(out: Path, size: tuple[int, int], tmp: Path) -> list[Path]:
    from PySide6.QtWidgets import QApplication, QWidget

    from hms_desktop.bootstrap import open_embedded
    from hms_desktop.db.models import BackupRun, Invoice
    from hms_desktop.gui.dialogs.import_wizard import ImportDialog
    from hms_desktop.gui.forms import apply_style
    from hms_desktop.gui.main_window import MainWindow
    from hms_desktop.gui.ops import Ops
    from hms_desktop.gui.settings import Settings
    from hms_desktop.services.container import build_services
    from hms_desktop.services.demo_types import DEMO_PASSWORD
    from hms_desktop.services.importer import ImportService
    from hms_desktop.services.patient_export import PatientExportService

    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from tests.unit.import_data import messy_rows, write_csv

    app = QApplication.instance() or QApplication([])
    apply_style(app)  # type: ignore[arg-type]
    ops = Ops(app)
    settings = Settings(tmp / "desk.ini")
    db = open_embedded(tmp / "hms" / "hms.db", seed_demo=True)
    services = build_services(db)
    clinic = services.clinic.settings()
    actor = services.auth.login("admin", DEMO_PASSWORD)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def shoot(widget: QWidget, name: str) -> None:
        _wait(lambda: widget.isVisible())
        path = out / f"{name}.png"
        save_shot(widget, path)
        written.append(path)

    rows, _ = messy_rows(2_000)
    source = write_csv(tmp / "old-system-patients.csv", rows)
    dialog = ImportDialog(ops, ImportService(db), actor, settings)
    dialog.resize(min(1100, size[0] - 40), min(680, size[1] - 60))
    dialog.show()
    dialog.file_edit.setText(str(source))
    shoot(dialog, "40-import-file")
    dialog.next_button.click()
    _wait(lambda: dialog.pages.currentIndex() == 1 and not ops.busy, 120)
    shoot(dialog, "41-import-mapping")
    dialog.next_button.click()
    _wait(lambda: dialog.pages.currentIndex() == 2 and not ops.busy, 300)
    shoot(dialog, "42-import-check")
    dialog.next_button.click()
    _wait(lambda: dialog.report is not None, 300)
    shoot(dialog, "43-import-done")
    dialog.close()

    with db.write() as s:  # the last good backup was three days ago
        s.add(
            BackupRun(
                kind="daily",
                succeeded=True,
                encrypted=False,
                created_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=3, hours=2),
            )
        )
    window = MainWindow(ops, services, actor, settings, 10 * 60_000, clinic.display_name)
    window.resize(*size)
    window.show()
    window.start()
    _wait(lambda: window.backup_status is not None and window.backup_status.status is not None)
    _wait(lambda: not ops.busy)
    shoot(window, "44-backup-warning")
    window.close()

    with db.read() as s:
        pid = s.scalars(Invoice.__table__.select().with_only_columns(Invoice.patient_id).limit(1)).one()
    record = PatientExportService(db).export(actor, int(pid), tmp / "record")
    prefix = out / "45-patient-record"
    subprocess.run(
        ["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", str(record.pdf_path), str(prefix)], check=True
    )
    page = next(out.glob("45-patient-record*.png"))
    page.rename(out / "45-patient-record.png")
    written.append(out / "45-patient-record.png")
    db.dispose()
    return written


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    p.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    p.add_argument("--size", default="1366x768", help="main window size, WIDTHxHEIGHT")
    args = p.parse_args(argv)
    width, _, height = args.size.partition("x")
    with tempfile.TemporaryDirectory(prefix="hms-shots-") as tmp:
        _isolate(Path(tmp))
        written = render(args.out.resolve(), (int(width), int(height)), Path(tmp))
    for path in written:
        print(path)
    return report_problems()


if __name__ == "__main__":
    sys.exit(main())
