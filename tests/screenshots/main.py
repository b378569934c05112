"""Render every main screen offscreen to PNG files (``make screenshots`` -> docs/screenshots/).

Builds a throw-away embedded database with the demo clinic, signs in as the demo administrator and
grabs: sign-in, first administrator, connection profiles (after a real failed test of an Oracle
profile), the main window on each tab, the connection-lost banner and the idle lock. Everything runs
in a temporary folder (database, desk settings, profiles, a file keyring); nothing under ~ changes.

    python scripts/screenshots.py --out docs/screenshots [--size 1366x768] [--language hi]
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def _isolate(tmp: Path) -> None:
    """Before Qt or keyring are imported: offscreen, and every file in ``tmp``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["HMS_DATA_DIR"] = str(tmp / "hms")
    os.environ["XDG_DATA_HOME"] = str(tmp / "data")
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyrings.alt.file.PlaintextKeyring"
    os.environ["HMS_TEST_ALLOW_FILE_KEYRING"] = "1"  # a throwaway keyring in tmp, for the renders only


def _wait(condition: Callable[[], bool], timeout_s: float = 30.0) -> None:
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not finish loading")
        QApplication.processEvents()
        time.sleep(0.01)
    QApplication.processEvents()


PROBLEMS: list[str] = []  # widgets outside their window, over every screen rendered in this process


def save_shot(widget: Any, path: Path) -> None:
    """Grab ``widget`` into ``path`` and note any widget of it that lies outside it (cut off)."""
    from hms_desktop.gui.fit_screen import widgets_outside

    if not widget.grab().save(str(path)):
        raise OSError(f"cannot write {path}")
    PROBLEMS.extend(f"{path.name}: {line}" for line in widgets_outside(widget))


def render(out: Path, size: tuple[int, int], tmp: Path, language: str = "en") -> list[Path]:
    from PySide6.QtWidgets import QApplication, QWidget

    from hms_desktop.bootstrap import open_embedded
    from hms_desktop.config import ProfileStore
    from hms_desktop.db.profiles import Backend, Profile
    from hms_desktop.gui.dialogs.connection import ConnectionDialog
    from hms_desktop.gui.dialogs.first_admin import FirstAdminDialog
    from hms_desktop.gui.dialogs.login import LoginDialog
    from hms_desktop.gui.forms import apply_style
    from hms_desktop.gui.main_window import MainWindow
    from hms_desktop.gui.ops import Ops
    from hms_desktop.gui.settings import Settings
    from hms_desktop.services.container import build_services
    from hms_desktop.services.demo_types import DEMO_PASSWORD

    app = QApplication.instance() or QApplication([])
    from hms_desktop.gui import i18n

    i18n.install(app, language)  # as the app does, before the first window
    apply_style(app)  # type: ignore[arg-type]
    ops = Ops(app)
    settings = Settings(tmp / "desk.ini")
    db = open_embedded(tmp / "hms" / "hms.db", seed_demo=True)
    services = build_services(db)
    clinic = services.clinic.settings()
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def shoot(widget: QWidget, name: str) -> None:
        _wait(lambda: widget.isVisible())
        path = out / f"{name}.png"
        save_shot(widget, path)
        written.append(path)

    login = LoginDialog(ops, settings)
    login.set_ready(services.auth, clinic.display_name, db.profile.describe(), "reception")
    login.show()
    shoot(login, "01-login")
    login.close()

    first = FirstAdminDialog(ops, services.auth)
    first.username.setText("admin")
    first.full_name.setText("Dr. Kavya Raman")
    first.show()
    shoot(first, "02-first-admin")
    first.close()

    store = ProfileStore(tmp / "profiles.json")
    store.add(Profile("clinic-postgres", Backend.POSTGRESQL, "db.clinic.lan", 5432, "hms", "hms_app"))
    store.add(Profile("hospital-oracle", Backend.ORACLE, "127.0.0.1", 1, "HMSPDB", "HMS_APP"))
    conn = ConnectionDialog(ops, store, settings, current="hospital-oracle")
    conn.resize(820, 600)
    conn.show()
    conn.password.setText("not-stored")
    conn.test_connection()  # a real attempt: nothing listens on port 1, so the mapped error shows
    _wait(lambda: conn.test_button.isEnabled())
    shoot(conn, "03-connection")
    conn.close()

    actor = services.auth.login("admin", DEMO_PASSWORD)
    window = MainWindow(ops, services, actor, settings, 10 * 60_000, clinic.display_name)
    window.resize(*size)
    window.show()
    window.start()
    _wait(lambda: window.patients.model.rowCount() > 0 and window.doctors.model.rowCount() > 0)
    _wait(lambda: not ops.busy)
    for index, name in enumerate(("patients", "appointments", "doctors", "queue", "billing")):
        window.tabs.setCurrentIndex(index)
        _wait(lambda: not ops.busy)
        if name == "appointments":  # the busiest department, all its doctors: today's bookings by status
            tab = window.appointments
            busiest = max(tab.departments, key=lambda d: sum(x.department_id == d.id for x in tab.doctors))
            tab.select(busiest.id, None)
            _wait(lambda: not ops.busy)
        shoot(window, f"{4 + index:02d}-main-{name}")
    window.tabs.setCurrentIndex(0)
    # the driver's mapped error as a desk receives it (in the desk's language), and the idle timer's lock
    from hms_desktop.errors import CannotConnect
    from hms_desktop.gui.i18n import localize

    lost = CannotConnect(
        "Cannot reach the database server. Check the server name and port in the connection settings, "
        "that the server is running, and that this computer is on the network."
    )
    window.banner.show_problem(localize(lost).message)
    shoot(window, "09-connection-lost")
    window.banner.hide()
    window.idle.idle.emit()
    shoot(window, "10-idle-lock")
    window.idle.stop()
    window.unlock()
    _register_form(window, ops, services, actor, shoot)
    window.close()
    _queue(ops, services, settings, size, shoot, out, written)
    _consultation(ops, services, settings, shoot, out, written)
    _billing(ops, services, settings, size, shoot, out, written)
    db.dispose()
    return written


def _register_form(window: Any, ops: Any, services: Any, actor: Any, shoot: Callable[..., None]) -> None:
    """The registration form with a mistyped PIN and a near-duplicate typed in (the desk's defences)."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLineEdit

    from hms_desktop.gui.tabs.patients.form import PatientFormDialog

    known = services.patients.list_page(actor, limit=1)[0]
    detail = services.patients.get(actor, known.id)
    form = PatientFormDialog(ops, services.patients, actor, parent=window)
    form.resize(1000, 600)
    form.show()
    for field, value in (
        ("first_name", detail.first_name),
        ("last_name", detail.last_name or ""),
        ("phone", detail.phone or ""),
        ("pin_code", "057500"),
    ):
        widget = form.inputs[field]
        if isinstance(widget, QLineEdit):
            QTest.keyClicks(widget, value)  # typed, as a receptionist would: the duplicate check listens
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    asked: list[bool] = []
    deadline = time.monotonic() + 20

    def answer() -> None:  # Save asks "use the existing patient / save as new": shoot it, go back
        box = QApplication.activeModalWidget()
        if box is not None and box is not form:
            shoot(box, "11b-duplicate-question")
            asked.append(True)
            if isinstance(box, QDialog):
                box.reject()
            else:
                box.close()
        elif time.monotonic() < deadline:
            QTimer.singleShot(100, answer)

    QTimer.singleShot(100, answer)
    form.save()
    _wait(lambda: form.dup_list.count() > 0, 15)
    _wait(lambda: bool(asked) or time.monotonic() > deadline, 25)
    _wait(lambda: not ops.busy)
    shoot(form, "11-register-patient")
    form.close()


def _queue(
    ops: Any,
    services: Any,
    settings: Any,
    size: tuple[int, int],
    shoot: Callable[..., None],
    out: Path,
    written: list[Path],
) -> None:
    """The triage queue as the nurse and the doctor see it, triage, the display, the slip, settings."""
    import shutil
    import subprocess

    from PySide6.QtTest import QTest

    from hms_desktop.gui.dialogs.triage_settings import TriageSettingsDialog
    from hms_desktop.gui.main_window import MainWindow
    from hms_desktop.reports.token_slip import token_slip_pdf
    from hms_desktop.services.demo_types import DEMO_PASSWORD
    from hms_desktop.services.visits_types import WalkInInput

    nurse = services.auth.login("nurse", DEMO_PASSWORD)
    walk_in = services.visits.register_walk_in(
        nurse, WalkInInput("Ramesh", "M", 58, "9845012345", last_name="Kulkarni", complaint="Chest pain")
    )
    window = MainWindow(ops, services, nurse, settings, 10 * 60_000, "Sanjeevini Family Clinic")
    window.resize(*size)
    window.show()
    window.start()
    window.tabs.setCurrentWidget(window.queue)
    _wait(lambda: window.queue.snapshot is not None and not ops.busy)
    shoot(window, "12-queue-nurse")
    tab = window.queue
    tab.select_entry(walk_in.queue_entry_id)
    tab.triage()
    dialog = tab.dialog
    _wait(lambda: dialog is not None and dialog.rules_loaded)
    for field, value in (
        ("resp_rate", "24"),
        ("spo2", "93"),
        ("systolic_bp", "104"),
        ("diastolic_bp", "68"),
        ("pulse", "118"),
        ("temperature_c", "37.4"),
        ("pain_score", "8"),
    ):
        QTest.keyClicks(dialog.edits[field], value)
    dialog.consciousness.setCurrentIndex(dialog.consciousness.findData("A"))
    shoot(dialog, "13-triage")
    dialog.ok_button.click()
    _wait(lambda: tab.dialog is None and not ops.busy)
    pdf, png = out / "16-token-slip.pdf", out / "16-token-slip"
    pdf.write_bytes(token_slip_pdf(services.queue.token_slip(nurse, walk_in.queue_entry_id)))
    if shutil.which("pdftoppm"):  # poppler-utils: the slip as it prints, for the README
        subprocess.run(["pdftoppm", "-png", "-r", "110", "-singlefile", str(pdf), str(png)], check=True)
        written.append(png.with_suffix(".png"))
    pdf.unlink()
    window.close()
    doctor = services.auth.login("doctor", DEMO_PASSWORD)
    from hms_desktop.domain.queue import StillCalled

    # the demo's called patient did not come: back to waiting, the next one called (one at a time)
    services.queue.call_next(doctor, choice=StillCalled.NOT_ANSWERED)
    window = MainWindow(ops, services, doctor, settings, 10 * 60_000, "Sanjeevini Family Clinic")
    window.resize(*size)
    window.show()
    window.start()
    window.tabs.setCurrentWidget(window.queue)
    _wait(lambda: window.queue.snapshot is not None and not ops.busy)
    shoot(window, "14-queue-doctor")
    display = window.open_display()
    display.window.resize(1920, 1080)
    _wait(lambda: display.window.isVisible() and not ops.busy)
    _wait(lambda: display.hub.watching and not ops.busy)
    shoot(display.window, "15-waiting-room-display")
    display.stop()
    window.close()
    admin = services.auth.login("admin", DEMO_PASSWORD)
    settings_dialog = TriageSettingsDialog(ops, services, admin, None, settings)
    settings_dialog.show()
    settings_dialog.start()
    _wait(lambda: not ops.busy)
    shoot(settings_dialog, "17-triage-settings")
    settings_dialog.close()


def _consultation(
    ops: Any, services: Any, settings: Any, shoot: Callable[..., None], out: Path, written: list[Path]
) -> None:
    """The doctor's consultation with a prescription being written, the printout, the record."""
    import shutil
    import subprocess
    from decimal import Decimal

    from PySide6.QtTest import QTest

    from hms_desktop.gui.dialogs.medical_record import MedicalRecordDialog
    from hms_desktop.gui.tabs.consult.rx_table import RxLine
    from hms_desktop.gui.tabs.consult.workspace import ConsultationWorkspace
    from hms_desktop.reports.prescription import prescription_pdf
    from hms_desktop.services.consultation_types import ConsultationInput, DiagnosisInput, DrugLineInput
    from hms_desktop.services.demo_types import DEMO_PASSWORD
    from hms_desktop.services.queue_types import TriageInput
    from hms_desktop.services.visits_types import WalkInInput

    desk = services.auth.login("reception", DEMO_PASSWORD)
    doctor = services.auth.login("doctor", DEMO_PASSWORD)
    walk_in = services.visits.register_walk_in(
        desk, WalkInInput("Asha", "F", 34, "9845012399", last_name="Iyer", complaint="Fever and sore throat")
    )
    entry = walk_in.queue_entry_id
    services.triage.record(
        desk,
        entry,
        TriageInput(
            chief_complaint="Fever and sore throat",
            pulse=96,
            temperature_c=38.6,
            resp_rate=18,
            spo2=98,
            systolic_bp=118,
            consciousness="A",
        ),
    )
    services.queue.assign(desk, entry, doctor.doctor_id)
    from hms_desktop.gui.desk import DeskContext

    workspace = ConsultationWorkspace(DeskContext.of(ops, services, doctor, settings), services, entry)
    workspace.resize(1400, 900)
    workspace.show()
    workspace.start()
    _wait(lambda: workspace.summary is not None and not ops.busy)
    for name, text in (
        ("subjective", "Fever 3 days, sore throat, mild cough."),
        ("objective", "Throat congested."),
        ("assessment", "Viral pharyngitis"),
        ("plan", "Symptomatic; review if fever > 3 days"),
    ):
        QTest.keyClicks(workspace.notes[name], text)
    QTest.keyClicks(workspace.advice, "Warm saline gargles. Plenty of fluids.")
    form = ConsultationInput(
        subjective="Fever 3 days, sore throat, mild cough.",
        assessment="Viral pharyngitis",
        advice="Warm saline gargles. Plenty of fluids.",
        diagnoses=(DiagnosisInput("", "J02.9"),),
        lines=(
            DrugLineInput(
                "Paracetamol",
                "500 mg",
                "tablet",
                "1 tablet",
                "oral",
                "TDS",
                duration_days=5,
                instructions="after food",
                brand_name="Dolo",
            ),
            DrugLineInput("Cetirizine", "10 mg", "tablet", "1 tablet", "oral", "HS", duration_days=5),
            DrugLineInput(
                "Ibuprofen",
                "400 mg",
                "tablet",
                "1 tablet",
                "oral",
                "SOS",
                sos_min_hours=8,
                duration_days=3,
                quantity=Decimal("6"),
                instructions="after food",
            ),
        ),
    )
    workspace.rx.set_lines(
        [
            RxLine(
                **{
                    k: "" if v is None else str(v)
                    for k, v in dataclasses.asdict(x).items()
                    if k != "quantity"
                }
            )
            for x in form.lines
        ]
    )
    QTest.keyClicks(workspace.picker.search, "pharyng")
    _wait(lambda: workspace.picker.results.count() > 0)
    shoot(workspace, "18-consultation")
    workspace.close()
    consult = services.consultation.start(doctor, entry)
    done = services.consultation.complete(doctor, consult.id, form)
    pdf, png = out / "19-prescription.pdf", out / "19-prescription"
    pdf.write_bytes(prescription_pdf(services.consultation.prescription_doc(doctor, done.prescription_id)))
    if shutil.which("pdftoppm"):
        subprocess.run(
            ["pdftoppm", "-png", "-r", "100", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(png)],
            check=True,
        )
        written.append(png.with_suffix(".png"))
    pdf.unlink()
    record = MedicalRecordDialog(ops, services.consultation, doctor, walk_in.patient.id)
    record.show()
    _wait(lambda: record.summary is not None and not ops.busy)
    shoot(record, "20-medical-record")
    record.close()


def _billing(
    ops: Any,
    services: Any,
    settings: Any,
    size: tuple[int, int],
    shoot: Callable[..., None],
    out: Path,
    written: list[Path],
) -> None:
    """The cashier with a bill in progress, and the printed invoice and receipt."""
    import shutil
    import subprocess
    from decimal import Decimal

    from hms_desktop.gui.main_window import MainWindow
    from hms_desktop.reports.invoice import invoice_pdf
    from hms_desktop.reports.receipt import receipt_pdf
    from hms_desktop.services.billing_types import InvoiceInput, LineInput, PaymentInput
    from hms_desktop.services.demo_types import DEMO_PASSWORD

    cashier = services.auth.login("cashier", DEMO_PASSWORD)
    window = MainWindow(ops, services, cashier, settings, 10 * 60_000, "Sanjeevini Family Clinic")
    window.resize(*size)
    window.show()
    window.start()
    tab = window.billing
    assert tab is not None  # a cashier has the Billing tab
    window.tabs.setCurrentWidget(tab)
    _wait(lambda: bool(tab.price_items) and tab.pending_model.rowCount() > 0 and not ops.busy)
    pending = services.billing.pending(cashier)
    tab.select_patient(pending[0].patient_id)
    _wait(lambda: not ops.busy)
    item = tab.item_for("MED-AMOX")
    if item is not None:
        tab.add_item(item)
    shoot(window, "21-billing")
    takings = tab.show_takings()
    takings.resize(1100, 560)
    _wait(lambda: getattr(takings, "takings", None) is not None and not ops.busy)
    shoot(takings, "24-takings")
    takings.close()
    if window.queue is not None:  # the cashier's queue: levels and waits, no complaint or NEWS2
        window.tabs.setCurrentWidget(window.queue)
        _wait(lambda: window.queue.snapshot is not None and not ops.busy)
        shoot(window, "25-queue-cashier")
    window.close()
    other = pending[-1]
    lines = [LineInput(pending_charge_id=c.id) for c in other.charges] + [
        LineInput(item_code="MED-CTZ", quantity=Decimal(1))
    ]
    invoice = services.billing.create_invoice(cashier, InvoiceInput(patient_id=other.patient_id, lines=lines))
    paid = services.billing.take_payment(
        cashier,
        invoice.id,
        PaymentInput(mode="cash", amount=invoice.grand_total, tendered=invoice.grand_total + Decimal(100)),
    )
    for name, pdf in (
        ("22-invoice", invoice_pdf(services.billing.invoice_doc(cashier, invoice.id))),
        ("23-receipt", receipt_pdf(services.billing.receipt_doc(cashier, paid.id))),
    ):
        path = out / f"{name}.pdf"
        path.write_bytes(pdf)
        if shutil.which("pdftoppm"):
            subprocess.run(
                [
                    "pdftoppm",
                    "-png",
                    "-r",
                    "90",
                    "-f",
                    "1",
                    "-l",
                    "1",
                    "-singlefile",
                    str(path),
                    str(out / name),
                ],
                check=True,
            )
            written.append(out / f"{name}.png")
        path.unlink()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    p.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    p.add_argument("--size", default="1366x768", help="main window size, WIDTHxHEIGHT")
    p.add_argument("--language", default="en", choices=("en", "hi"), help="the desk's language (issue 17)")
    args = p.parse_args(argv)
    width, _, height = args.size.partition("x")
    with tempfile.TemporaryDirectory(prefix="hms-shots-") as tmp:
        _isolate(Path(tmp))
        written = render(args.out.resolve(), (int(width), int(height)), Path(tmp), args.language)
    for path in written:
        print(path)
    return report_problems()


def report_problems() -> int:
    """1 (and the list) when a rendered screen had a widget outside its window, else 0."""
    for line in PROBLEMS:
        print(f"cut off: {line}", file=sys.stderr)
    return 1 if PROBLEMS else 0


if __name__ == "__main__":
    sys.exit(main())
