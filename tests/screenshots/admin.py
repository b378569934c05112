"""Render the set-up wizard's pages and the administrator's screens to PNG (docs/screenshots/5x-6x).

A new clinic on an empty embedded database goes through the wizard as its administrator would
(identity with a logo, numbering, a department and doctor from the demo-free form, the starter price
list, a receptionist's account, desk defaults); then, on the demo clinic, each Settings screen and an
invoice printed with the clinic's logo and the UPI QR for its balance. Everything runs in a temporary
folder; nothing under ~ changes.

    python scripts/admin_screenshots.py --out docs/screenshots [--size 1366x768]
"""

from __future__ import annotations

import argparse
import dataclasses
import io
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from tests.screenshots.main import _isolate, _wait, report_problems, save_shot

GSTIN_BASE = "29AABFA1234C1Z"


def _logo_png() -> bytes:
    from PIL import Image, ImageDraw

    img = Image.new("RGBA", (480, 200), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    d.ellipse((10, 10, 190, 190), fill=(0, 121, 107, 255))
    d.rectangle((80, 45, 120, 155), fill="white")
    d.rectangle((45, 80, 155, 120), fill="white")
    d.rounded_rectangle((210, 60, 470, 140), 18, fill=(0, 121, 107, 255))
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def render(out: Path, size: tuple[int, int], tmp: Path) -> list[Path]:
    from PySide6.QtWidgets import QApplication, QWidget

    from hms_desktop.bootstrap import open_embedded
    from hms_desktop.domain.gst import gstin_check_char
    from hms_desktop.gui.admin import screens
    from hms_desktop.gui.admin.audit_dialog import AccessLogDialog
    from hms_desktop.gui.admin.wizard import SetupWizard
    from hms_desktop.gui.forms import apply_style
    from hms_desktop.gui.ops import Ops
    from hms_desktop.gui.settings import Settings
    from hms_desktop.services.container import build_services
    from hms_desktop.services.demo_types import DEMO_PASSWORD

    app = QApplication.instance() or QApplication([])
    apply_style(app)  # type: ignore[arg-type]
    ops = Ops(app)
    settings = Settings(tmp / "desk.ini")
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def shoot(widget: QWidget, name: str) -> None:
        _wait(lambda: widget.isVisible())
        _wait(lambda: not ops.busy)
        path = out / f"{name}.png"
        save_shot(widget, path)
        written.append(path)

    # --- the wizard on a new, empty clinic --------------------------------------------------------
    fresh = open_embedded(tmp / "new" / "hms.db", seed_demo=False)
    sv = build_services(fresh)
    owner = sv.auth.create_first_admin("owner", "Dr Asha Rao", "Kaveri-river-2026")
    wiz = SetupWizard(ops, sv, owner, settings)
    wiz.show()
    wiz.start()
    _wait(lambda: not ops.busy)
    f = wiz.form
    for field, value in (
        ("legal_name", "Asha Health Clinic LLP"),
        ("trade_name", "Asha Clinic"),
        ("address_line1", "12, 100 Feet Road, Indiranagar"),
        ("address_line2", "Near ESI Hospital"),
        ("pin_code", "560038"),
        ("city", "Bengaluru"),
        ("phone", "080 4123 4567"),
        ("email", "desk@ashaclinic.in"),
        ("gstin", GSTIN_BASE + gstin_check_char(GSTIN_BASE)),
        ("estab_reg_no", "KA/BLR/CEA/2024/0173"),
        ("upi_vpa", "ashaclinic@okhdfcbank"),
    ):
        f.edits[field].setText(value)
    f.state.setCurrentIndex(f.state.findData("29"))
    f.set_logo(_logo_png())
    shoot(wiz, "50-wizard-1-clinic")
    wiz.next()
    _wait(lambda: wiz.currentPage() is wiz.numbering)
    f.mrn_prefix.setText("ASH")
    f.series["bill_of_supply"].setText("BOS")
    f.series["receipt"].setText("RCT")
    shoot(wiz, "51-wizard-2-numbering")
    wiz.next()
    _wait(lambda: wiz.currentPage() is wiz.doctors)
    shoot(wiz, "52-wizard-3-doctors")
    wiz.next()
    _wait(lambda: wiz.currentPage() is wiz.prices)
    wiz.price_panel.add_starter()
    _wait(lambda: not ops.busy and wiz.price_panel.item_table.rowCount() >= 10)
    shoot(wiz, "53-wizard-4-prices")
    wiz.next()
    _wait(lambda: wiz.currentPage() is wiz.staff)
    sv.users.add_user(owner, "meera", "Meera Nair", "receptionist", "Coconut-grove-3")
    sv.users.add_user(owner, "ravi", "Ravi Kumar", "cashier", "Nilgiri-tea-42")
    wiz.staff_panel.refresh()
    _wait(lambda: not ops.busy and wiz.staff_panel.table.rowCount() == 3)
    shoot(wiz, "54-wizard-5-staff")
    wiz.next()
    _wait(lambda: wiz.currentPage() is wiz.desk)
    shoot(wiz, "55-wizard-6-desk")
    wiz.close()
    fresh.dispose()

    # --- the admin screens on the demo clinic -----------------------------------------------------
    db = open_embedded(tmp / "hms" / "hms.db", seed_demo=True)
    services = build_services(db)
    admin = services.auth.login("admin", DEMO_PASSWORD)
    services.clinic.update_settings(admin, logo_png=_logo_png(), upi_vpa="ashaclinic@okhdfcbank")
    cashier = services.auth.login("cashier", DEMO_PASSWORD)
    today = services.billing.clock.today()
    summary = services.billing.day_summary(cashier, cashier.user_id or 0, today)
    if not summary.closed:
        services.billing.close_day(cashier, today, summary.expected)

    def dialog(which: str, name: str, prepare: Any = None) -> QWidget:
        d = screens.build(which, ops, services, admin, settings, None)
        d.show()
        d.start()  # type: ignore[attr-defined]
        _wait(lambda: not ops.busy)
        if prepare:
            prepare(d)
            _wait(lambda: not ops.busy)
        shoot(d, name)
        return d

    dialog("clinic", "56-admin-clinic").close()
    dialog("staff", "57-admin-staff", lambda d: d.panel.table.selectRow(0)).close()
    prices = dialog("prices", "58-admin-prices")
    prices.panel.tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
    shoot(prices, "59-admin-rates")
    prices.close()
    dialog("audit", "60-admin-audit").close()
    from hms_desktop.services.patients_types import PatientInput

    data = PatientInput(first_name="Kavya", last_name="Iyer", sex="F", age_years=29, phone="9845012345")
    reg = services.patients.register(admin, data)
    services.patients.update(admin, reg.id, reg.row_version, dataclasses.replace(data, city="Bengaluru"))
    log = AccessLogDialog(ops, services.audit_reader, admin, reg.id, f"{reg.display_name} ({reg.mrn})")
    log.show()
    log.start()
    shoot(log, "61-access-log")
    log.close()
    dialog("reopen", "62-reopen-day", lambda d: d.table.selectRow(0)).close()

    # the payment dialog in UPI mode: the QR code the patient scans
    from hms_desktop.gui.tabs.billing.dialogs import PaymentDialog

    owing = [i for i in services.billing.day_invoices(admin, today) if i.balance_due > 0]
    if owing:
        pay = PaymentDialog(ops, services, admin, owing[0])
        pay.show()
        _wait(lambda: not ops.busy)
        pay.set_mode("upi")
        pay.adjustSize()
        shoot(pay, "64-payment-upi-qr")
        pay.close()

    # an invoice with a balance due: the clinic's logo, and the UPI QR code for the balance
    from hms_desktop.reports.invoice import build_invoice

    invoices = services.billing.day_invoices(admin, today) or []
    due = [i for i in invoices if i.balance_due > 0] or invoices
    if due:
        pdf = out / "63-invoice-logo-upi.pdf"
        build_invoice(services.billing.invoice_doc(admin, due[0].id), pdf)
        png = out / "63-invoice-logo-upi"
        subprocess.run(
            ["pdftoppm", "-png", "-r", "90", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(png)],
            check=True,
        )
        pdf.unlink()
        written.append(png.with_suffix(".png"))
    db.dispose()
    return written


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    p.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    p.add_argument("--size", default="1366x768")
    args = p.parse_args(argv)
    width, _, height = args.size.partition("x")
    with tempfile.TemporaryDirectory(prefix="hms-admin-shots-") as tmp:
        _isolate(Path(tmp))
        written = render(args.out.resolve(), (int(width), int(height)), Path(tmp))
    for path in written:
        print(path)
    return report_problems()


if __name__ == "__main__":
    sys.exit(main())
