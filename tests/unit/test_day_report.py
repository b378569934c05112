"""The day-end report on every backend: totals by mode, doctor, department and GST rate, net cash
after a cash refund, the documents and the day close, the CSV export, the PDF and who may see what."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import re
from decimal import Decimal
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import delete

from hms_desktop.db.engine import Database
from hms_desktop.db.models import BillableItem, GstRate, QueueEntry
from hms_desktop.domain.clock import Clock
from hms_desktop.domain.day_report import ALL_CASHIERS, DayReport, GroupRow, GstRateRow, ModeRow
from hms_desktop.domain.enums import Role
from hms_desktop.domain.gst import gstin_check_char
from hms_desktop.errors import PermissionDenied
from hms_desktop.reports.day_report import day_report_pdf
from hms_desktop.reports.day_report_csv import day_report_csv
from hms_desktop.services.billing import BillingService
from hms_desktop.services.billing_types import InvoiceInput, LineInput, PaymentInput
from hms_desktop.services.context import Actor
from hms_desktop.services.day_report import DayReportService
from tests.unit.helpers import make_user
from tests.unit.queue_clinic import QueueClinic, build_clinic

D = Decimal
Z = Decimal("0")
GSTIN = "29AABCT1332L1Z" + gstin_check_char("29AABCT1332L1Z")
RATES = (
    ("HEALTH", "999312", dt.date(2017, 7, 1), "0", True),
    ("MEDICINE", "3004", dt.date(2017, 7, 1), "12", False),
    ("MEDICINE", "3004", dt.date(2025, 9, 22), "5", False),
    ("COSMETIC", "999319", dt.date(2017, 7, 1), "18", False),
)
ITEMS = (
    ("CONS-GEN", "Consultation - general", "service", "HEALTH", "400", "VISIT"),
    ("MED-AMOX", "Amoxicillin 500 mg capsules (strip of 10)", "medicine", "MEDICINE", "95.50", "STRIP"),
    ("MED-PCM", "Paracetamol 500 mg tablets (strip of 10)", "medicine", "MEDICINE", "20.00", "STRIP"),
    ("COS-PEEL", "Chemical peel (cosmetic)", "procedure", "COSMETIC", "2500", "NOS"),
)
NOW = dt.datetime(2026, 4, 15, 12, 30, tzinfo=dt.UTC)  # 18:00 in Bengaluru
DAY = dt.date(2026, 4, 15)


@dataclasses.dataclass
class Day:
    c: QueueClinic
    bill: BillingService
    reports: DayReportService
    cashier2: Actor
    numbers: dict[str, str]


def item(code: str, qty: str = "1", **kw: object) -> LineInput:
    return LineInput(item_code=code, quantity=D(qty), **kw)  # type: ignore[arg-type]


@pytest.fixture
def day(db: Database) -> Day:
    """Cashier 'cash': A (exempt, Dr Asha Rao) paid cash; B (exempt + 5%, Dr Chitra Menon) paid card +
    UPI; C (18%, no doctor) part-paid in cash. Cashier 'cash2': D (5%, Dr Asha Rao) paid cash. The
    admin refunds B's medicine line in cash; 'cash' closes the day 10 short."""
    c = build_clinic(db)
    c.sv.clinic.update_settings(
        c.admin, legal_name="Asha Health Clinic LLP", trade_name="Asha Clinic", address_line1="12 MG Road",
        city="Bengaluru", state_name="Karnataka", state_code="29", pin_code="560001", gstin=GSTIN,
        phone="08012345678",
    )  # fmt: skip
    with db.write() as s:
        s.execute(delete(GstRate))  # a rate table of the test's own, not the seeded one
        for tax_class, code, start, rate, exempt in RATES:
            s.add(GstRate(tax_class=tax_class, sac_hsn=code, effective_from=start, rate_percent=D(rate),
                          is_exempt=exempt))  # fmt: skip
        for code, name, kind, tax_class, price, unit in ITEMS:
            s.add(BillableItem(code=code, name=name, kind=kind, tax_class=tax_class, unit_price=D(price),
                               unit=unit))  # fmt: skip
    patients = {}
    for name in ("Meera Nair", "Ravi Kumar"):
        with db.read() as s:
            q = s.get(QueueEntry, c.walk_in(name))
            assert q is not None
            patients[name] = q.patient_id
    bill = BillingService(db, clock=Clock(source=lambda: NOW))
    cashier2 = make_user(db, "cash2", Role.CASHIER)

    def invoice(actor: Actor, patient: str, *lines: LineInput, doctor: int | None = None) -> int:
        return bill.create_invoice(actor, InvoiceInput(patients[patient], list(lines), doctor_id=doctor)).id

    cash = c.cashier
    a = invoice(cash, "Meera Nair", item("CONS-GEN"), doctor=c.gp.doctor_id)  # 400
    b = invoice(
        cash, "Ravi Kumar", item("CONS-GEN"), item("MED-AMOX", "1.5"), doctor=c.cardio.doctor_id
    )  # 550
    # 2500 - 125.25 = 2374.75; 9% = 213.73 each; 2802.21 -> 2802
    cc = invoice(cash, "Meera Nair", item("COS-PEEL", discount=D("125.25")))
    d = invoice(cashier2, "Ravi Kumar", item("MED-PCM", "2"), doctor=c.gp.doctor_id)  # 40 + 1 + 1 = 42
    bill.take_payment(cash, a, PaymentInput("cash", D("400"), tendered=D("500")))
    bill.take_payment(cash, b, PaymentInput("card", D("300")))
    bill.take_payment(cash, b, PaymentInput("upi", D("250"), reference="UPI-123"))
    bill.take_payment(cash, cc, PaymentInput("cash", D("2000")))
    bill.take_payment(cashier2, d, PaymentInput("cash", D("42")))
    amox = bill.get(cash, b).lines[1].id
    # 143.25 + 3.58 + 3.58 = 150.41 -> 150 refunded in cash
    note = bill.issue_credit_note(
        c.admin, b, [(amox, D("1.5"))], "Returned unopened", refund_mode="cash", recipient_address="7 Temple"
    )
    bill.close_day(cash, DAY, {"cash": D("2390"), "card": D("300"), "upi": D("250")}, "Short by 10")
    numbers = {k: bill.get(cash, v).doc_number for k, v in (("A", a), ("B", b), ("C", cc), ("D", d))}
    numbers["CN"] = note.doc_number
    return Day(c, bill, DayReportService(db, clock=Clock(source=lambda: NOW)), cashier2, numbers)


def test_cashier_day_totals(day: Day) -> None:
    r = day.reports.day_report(day.c.cashier, DAY)
    assert (r.clinic_name, r.cashier_name, r.business_date) == ("Asha Clinic", "Cash", DAY)
    assert r.generated_at.isoformat() == "2026-04-15T18:00:00+05:30"
    assert r.collections == (ModeRow("cash", 2, D("2400")), ModeRow("card", 1, D("300")),
                             ModeRow("upi", 1, D("250")))  # fmt: skip
    assert r.total_refunded == 0 and r.net_cash == D("2400") and r.net_total == D("2950")
    assert r.by_doctor == (
        GroupRow("Dr. Asha Rao", 1, D("400"), D("400")),
        GroupRow("Dr. Chitra Menon", 1, D("550"), D("550")),
        GroupRow("No doctor", 1, D("2802"), D("2000")),
    )
    assert r.by_department == (
        GroupRow("Cardiology", 1, D("550"), D("550")),
        GroupRow("General Medicine", 1, D("400"), D("400")),
        GroupRow("No department", 1, D("2802"), D("2000")),
    )
    assert r.gst_invoices == (
        GstRateRow(D("5"), D("143.25"), D("3.58"), D("3.58"), Z),
        GstRateRow(D("18"), D("2374.75"), D("213.73"), D("213.73"), Z),
    )
    assert r.exempt_invoiced == D("800") and r.gst_credit_notes == () and r.exempt_credited == 0
    assert [d.number for d in r.documents] == [day.numbers[k] for k in "ABC"]
    c_row = r.documents[2]
    assert (c_row.total, c_row.paid, c_row.balance, c_row.modes, c_row.round_off) == (
        D("2802"), D("2000"), D("802"), ("cash",), D("-0.21"),
    )  # fmt: skip
    assert r.documents[1].modes == ("card", "upi") and r.documents[1].balance == 0
    (close,) = r.closes
    assert [(x.mode, x.expected, x.counted, x.difference) for x in close.rows] == [
        ("cash", D("2400"), D("2390"), D("-10")),
        ("card", D("300"), D("300"), Z),
        ("upi", D("250"), D("250"), Z),
    ]
    assert (close.difference, close.reason, close.cashier_name) == (D("-10"), "Short by 10", "Cash")


def test_all_cashiers_with_a_cash_refund(day: Day) -> None:
    r = day.reports.day_report(day.c.admin, DAY)
    assert r.cashier_name == ALL_CASHIERS and r.cashier_id is None
    assert r.collected("cash") == D("2442") and r.collections[0].count == 3
    assert r.refunds[0] == ModeRow("cash", 1, D("150")) and r.refunded("card") == 0
    assert r.net_cash == D("2292") and r.net_total == D("2842")
    assert r.by_doctor[0] == GroupRow("Dr. Asha Rao", 2, D("442"), D("442"))
    assert sum((g.collected for g in r.by_doctor), Z) == r.total_collected
    assert sum((g.collected for g in r.by_department), Z) == r.total_collected
    assert r.gst_invoices[0] == GstRateRow(D("5"), D("183.25"), D("4.58"), D("4.58"), Z)
    assert r.gst_credit_notes == (GstRateRow(D("5"), D("-143.25"), D("-3.58"), D("-3.58"), Z),)
    assert r.gst_net == (
        GstRateRow(D("5"), D("40.00"), D("1.00"), D("1.00"), Z),
        GstRateRow(D("18"), D("2374.75"), D("213.73"), D("213.73"), Z),
    )
    assert r.gst_net[1].total_tax == D("427.46") and r.exempt_net == D("800")
    cn = r.documents[-1]
    assert (cn.doc_type, cn.number, cn.against, cn.patient) == (
        "credit_note", day.numbers["CN"], day.numbers["B"], "Ravi Kumar",
    )  # fmt: skip
    assert (cn.total, cn.paid, cn.taxable_value, cn.cgst, cn.round_off, cn.modes, cn.status) == (
        D("-150"), D("-150"), D("-143.25"), D("-3.58"), D("0.41"), ("cash",), "refunded",
    )  # fmt: skip
    assert len(r.documents) == 5 and len(r.closes) == 1
    # the admin sees one cashier's day too
    other = day.reports.day_report(day.c.admin, DAY, day.cashier2.user_id)
    assert other.cashier_name == "Cash2" and other.collections[0] == ModeRow("cash", 1, D("42"))
    assert [d.number for d in other.documents] == [day.numbers["D"]] and other.closes == ()


def test_permissions(day: Day) -> None:
    with pytest.raises(PermissionDenied):
        day.reports.day_report(day.c.cashier, DAY, day.cashier2.user_id)
    with pytest.raises(PermissionDenied):
        day.reports.day_report(day.c.nurse, DAY)
    # a cashier asking for 'all' gets their own day
    own = day.reports.day_report(day.cashier2, DAY)
    assert own.cashier_id == day.cashier2.user_id and own.total_collected == D("42")
    assert day.reports.day_report(day.cashier2, DAY, day.cashier2.user_id) == own


def test_csv_parses_back_and_adds_up(day: Day) -> None:
    r = day.reports.day_report(day.c.admin, DAY)
    text = day_report_csv(r)
    assert "₹" not in text
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [x["number"] for x in rows] == [d.number for d in r.documents]
    assert list(rows[0])[:5] == ["date", "doc_type", "number", "against", "patient"]
    assert all(re.fullmatch(r"-?\d+\.\d\d", x[k]) for x in rows for k in ("taxable", "total", "paid", "cgst"))
    assert sum(D(x["total"]) for x in rows) == D("400") + D("550") + D("2802") + D("42") - D("150")
    assert sum(D(x["cgst"]) for x in rows) == sum((g.cgst for g in r.gst_net), Z)
    assert sum(D(x["taxable"]) for x in rows) == sum((g.taxable_value for g in r.gst_net), Z)
    assert sum(D(x["exempt"]) for x in rows) == r.exempt_net
    for x in rows:  # each row adds up to its total
        parts = sum(D(x[k]) for k in ("taxable", "exempt", "cgst", "sgst", "igst", "round_off"))
        assert parts == D(x["total"])
    b_row = next(x for x in rows if x["number"] == day.numbers["B"])
    assert (b_row["modes"], b_row["paid"], b_row["date"], b_row["doc_type"]) == (
        "card+upi", "550.00", "2026-04-15", "inv_cum_bos",
    )  # fmt: skip
    cn_row = rows[-1]
    assert (cn_row["against"], cn_row["total"], cn_row["modes"]) == (day.numbers["B"], "-150.00", "cash")


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_pdf_content_and_determinism(day: Day) -> None:
    r = day.reports.day_report(day.c.admin, DAY)
    pdf = day_report_pdf(r)
    assert pdf == day_report_pdf(r)
    reader = PdfReader(io.BytesIO(pdf))
    assert [round(float(v)) for v in reader.pages[0].mediabox[2:]] == [595, 842]
    text = _text(pdf)
    for needle in (
        "Day-end report — 15 Apr 2026", "All cashiers", "Asha Clinic", "Net cash: ₹2,292.00", "₹2,442.00",
        "-150.00", "5%", "18%", "Exempt", "₹429.46", day.numbers["CN"], day.numbers["C"],
        "Short by 10", "Page 1 of", "Credit notes", "Dr. Chitra Menon", "No doctor", "Cardiology",
    ):  # fmt: skip
        assert needle in text, needle
    fonts: set[str] = set()
    for page in reader.pages:
        resources: Any = page["/Resources"]
        for f in resources["/Font"].values():
            fonts.add(str(f.get_object()["/BaseFont"]))
    assert fonts and all("DejaVu" in f or "HmsSans" in f for f in fonts), fonts


def test_empty_day_and_long_day_pdf(day: Day) -> None:
    empty = day.reports.day_report(day.c.admin, dt.date(2026, 4, 14))
    assert empty.total_collected == 0 and empty.documents == () and empty.by_doctor == ()
    assert "The day has not been closed." in _text(day_report_pdf(empty))
    r = day.reports.day_report(day.c.admin, DAY)
    long = dataclasses.replace(r, documents=r.documents * 30)
    text = _text(day_report_pdf(long))
    pages = len(PdfReader(io.BytesIO(day_report_pdf(long))).pages)
    assert pages > 1 and f"Page {pages} of {pages}" in text and "(continued)" in text


def test_report_is_a_plain_dataclass(day: Day) -> None:
    r = day.reports.day_report(day.c.cashier, DAY)
    assert isinstance(r, DayReport)
    with pytest.raises(dataclasses.FrozenInstanceError):
        r.cashier_name = "x"  # type: ignore[misc]


def test_a_union_territory_clinic_prints_utgst_not_sgst(day: Day) -> None:
    """A Chandigarh clinic (UT without a legislature) levies CGST + UTGST (UTGST Act s.7): its day report's
    GST table and CSV say so."""
    gstin = "04AABCT1332L1Z" + gstin_check_char("04AABCT1332L1Z")
    day.c.sv.clinic.update_settings(day.c.admin, state_code="04", state_name="Chandigarh", gstin=gstin)
    r = day.reports.day_report(day.c.admin, DAY)
    assert r.state_head == "UTGST"
    text = _text(day_report_pdf(r))
    assert "UTGST" in text and "SGST" not in text.replace("UTGST", "")
    header = next(csv.reader(io.StringIO(day_report_csv(r))))
    assert "utgst" in header and "sgst" not in header
    home = day.reports.day_report(day.c.admin, dt.date(2026, 4, 14))
    assert home.state_head == "UTGST"  # the clinic's State, not the day's documents, decides the label


def test_a_reopened_day_shows_the_set_aside_close_in_one_line(day: Day) -> None:
    first = day.reports.day_report(day.c.cashier, DAY).closes
    assert [(c.close_no, c.reopened) for c in first] == [(1, None)]
    closed = day.c.sv.day_reopen.closed_days(day.c.admin, DAY, DAY)
    day.c.sv.day_reopen.reopen(day.c.admin, closed[0].day_close_id, "Counted the card slips twice")
    day.bill.close_day(day.c.cashier, DAY, {"cash": D("2400"), "card": D("300"), "upi": D("250")})
    r = day.reports.day_report(day.c.cashier, DAY)
    assert [c.close_no for c in r.closes] == [1, 2]
    aside, standing = r.closes
    assert aside.reopened is not None and aside.reopened.reason == "Counted the card slips twice"
    assert standing.reopened is None and standing.difference == 0
    text = " ".join(_text(day_report_pdf(r)).split())
    assert "Close 1 (set aside): closed by" in text and "Reopened by" in text
    assert "Counted the card slips twice" in text and "Close 2: closed by" in text
    assert "Short by 10" not in text  # the set-aside close's table and reason are not printed as the day's
