"""The billing service on every backend: GST arithmetic, document types, numbering, payments, credit
notes, the day close, printable documents and permissions."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from decimal import Decimal

import pytest
from sqlalchemy import delete, select

from hms_desktop.db.engine import Database
from hms_desktop.db.models import (
    AuditLog,
    BillableItem,
    DayClose,
    GstRate,
    Invoice,
    Patient,
    Payment,
    PendingCharge,
    QueueEntry,
)
from hms_desktop.domain.clock import Clock
from hms_desktop.domain.enums import DocType
from hms_desktop.domain.gst import doc_number_is_valid, gstin_check_char
from hms_desktop.errors import NotFound, PermissionDenied, ValidationError
from hms_desktop.services.billing import BillingService
from hms_desktop.services.billing_types import InvoiceInput, LineInput, PaymentInput
from hms_desktop.services.doc_numbers import next_number
from hms_desktop.services.price_list_lookup import rate_for
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
    ("ECG", "ECG, 12-lead", "service", "HEALTH", "350", "NOS"),
    ("MED-AMOX", "Amoxicillin 500 mg capsules (strip of 10)", "medicine", "MEDICINE", "95.50", "STRIP"),
    ("MED-PCM", "Paracetamol 500 mg tablets (strip of 10)", "medicine", "MEDICINE", "20.00", "STRIP"),
    ("COS-PEEL", "Chemical peel (cosmetic)", "procedure", "COSMETIC", "2500", "NOS"),
)
NOW = dt.datetime(2026, 4, 15, 5, 0, tzinfo=dt.UTC)  # 10:30 in Bengaluru


@dataclasses.dataclass
class Billing:
    c: QueueClinic
    bill: BillingService
    clock: list[dt.datetime]
    patient_id: int

    def set_now(self, when: dt.datetime) -> None:
        self.clock[0] = when

    def invoice(self, *lines: LineInput, on: dt.date | None = None, **kw: object) -> int:
        data = InvoiceInput(self.patient_id, list(lines), invoice_date=on, **kw)  # type: ignore[arg-type]
        if on is None or on >= self.clock[0].date():
            return self.bill.create_invoice(self.c.cashier, data).id
        # an invoice for an earlier day is made on that day: invoices are dated today (issue 12)
        saved = self.clock[0]
        self.clock[0] = dt.datetime.combine(on, saved.time(), saved.tzinfo)
        try:
            return self.bill.create_invoice(self.c.cashier, data).id
        finally:
            self.clock[0] = saved


def item(code: str, qty: str = "1", **kw: object) -> LineInput:
    return LineInput(item_code=code, quantity=D(qty), **kw)  # type: ignore[arg-type]


@pytest.fixture
def b(db: Database) -> Billing:
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
    entry = c.walk_in("Meera Nair")
    with db.write() as s:
        q = s.get(QueueEntry, entry)
        assert q is not None
        patient_id = q.patient_id
        patient = s.get(Patient, patient_id)
        assert patient is not None
        # a credit note prints the recipient's address (Rule 53(1A)(f)): the patient's on record
        patient.address, patient.city, patient.pin_code = "7 Temple Street", "Mysuru", "570001"
    clock = [NOW]
    return Billing(c, BillingService(db, clock=Clock(source=lambda: clock[0])), clock, patient_id)


def actions(db: Database, action: str, outcome: str = "ok") -> list[str | None]:
    """The entity ids of the audited ``action`` rows with ``outcome`` (done, by default; refusals
    are audited under the same action name with outcome 'denied')."""
    with db.read() as s:
        return list(
            s.scalars(
                select(AuditLog.entity_id)
                .where(AuditLog.action == action, AuditLog.outcome == outcome)
                .order_by(AuditLog.id)
            )
        )


# --- GST arithmetic and rates by date ---------------------------------------------------------------


def test_medicine_line_at_5_percent_with_round_off(b: Billing) -> None:
    inv = b.bill.get(b.c.cashier, b.invoice(item("MED-AMOX", "1.5"), on=dt.date(2025, 9, 22)))
    (ln,) = inv.lines
    assert (ln.taxable_value, ln.gst_rate, ln.cgst, ln.sgst, ln.igst) == (D("143.25"), D("5"), D("3.58"),
                                                                          D("3.58"), D("0"))  # fmt: skip
    assert ln.line_total == D("150.41") and ln.sac_hsn == "3004" and ln.unit == "STRIP"
    assert (inv.taxable_value, inv.exempt_value, inv.cgst, inv.sgst) == (D("143.25"), Z, D("3.58"), D("3.58"))
    assert (inv.round_off, inv.grand_total, inv.balance_due) == (D("-0.41"), D("150"), D("150"))
    assert inv.doc_type == DocType.TAX_INVOICE and inv.doc_number == "INV/25-26/000001"
    assert inv.intra_state and inv.status == "issued" and len(inv.content_sha256 or "") == 64


def test_rate_in_force_on_the_invoice_date_is_stored(b: Billing) -> None:
    with b.c.db.read() as s:
        assert rate_for(s, "MEDICINE", dt.date(2025, 9, 21)) == (D("12"), False, "3004")
        assert rate_for(s, "MEDICINE", dt.date(2025, 9, 22)) == (D("5"), False, "3004")
        assert rate_for(s, "HEALTH", dt.date(2025, 9, 22)) == (D("0"), True, "999312")
        with pytest.raises(ValidationError):
            rate_for(s, "MEDICINE", dt.date(2017, 6, 30))
    old = b.bill.get(b.c.cashier, b.invoice(item("MED-AMOX", "1.5"), on=dt.date(2025, 9, 21)))
    # 143.25 x 6% = 8.595 -> 8.60 each (half-up); 143.25 + 17.20 = 160.45 -> 160
    assert (old.lines[0].gst_rate, old.cgst, old.sgst) == (D("12"), D("8.60"), D("8.60"))
    assert (old.round_off, old.grand_total) == (D("-0.45"), D("160"))
    new = b.bill.get(b.c.cashier, b.invoice(item("MED-AMOX", "1.5"), on=dt.date(2025, 9, 22)))
    assert (new.lines[0].gst_rate, new.cgst, new.grand_total) == (D("5"), D("3.58"), D("150"))
    with b.c.db.write() as s:  # a later rate change leaves issued invoices (and reprints) alone
        s.add(GstRate(tax_class="MEDICINE", sac_hsn="3004", effective_from=dt.date(2025, 9, 1),
                      rate_percent=D("18"), is_exempt=False))  # fmt: skip
    again = b.bill.invoice_doc(b.c.cashier, old.id, duplicate=True)
    assert again.lines[0].gst_rate == D("12") and again.cgst == D("8.60") and again.duplicate


def test_inter_state_recipient_pays_igst(b: Billing) -> None:
    inv = b.bill.get(
        b.c.cashier, b.invoice(item("MED-AMOX", "1.5"), on=dt.date(2025, 9, 22), recipient_state_code="27")
    )
    assert not inv.intra_state and (inv.cgst, inv.sgst, inv.igst) == (Z, Z, D("7.16"))
    assert (inv.grand_total, inv.round_off) == (D("150"), D("-0.41"))
    doc = b.bill.invoice_doc(b.c.cashier, inv.id)
    assert doc.place_of_supply == "Maharashtra (27)" and doc.gst_summary[0].igst == D("7.16")
    with pytest.raises(ValidationError) as bad_state:  # the key, not the message (said in words)
        b.invoice(item("MED-AMOX"), recipient_state_code="99")
    assert "recipient_state_code" in bad_state.value.errors


def test_cosmetic_18_percent_and_round_off_up(b: Billing) -> None:
    # 2500 - 125.25 discount (5%) = 2374.75; 9% = 213.7275 -> 213.73 each; 2802.21 -> 2802
    inv = b.bill.get(b.c.cashier, b.invoice(item("COS-PEEL", discount=D("125.25"))))
    assert (inv.taxable_value, inv.cgst, inv.sgst) == (D("2374.75"), D("213.73"), D("213.73"))
    assert (inv.round_off, inv.grand_total) == (D("-0.21"), D("2802"))
    # 20.00 x 3 at 5% = 60 + 1.50 + 1.50 = 63.00; 20.00 x 2.5 = 50 + 1.25 x 2 = 52.50 -> 53 (half-up)
    up = b.bill.get(b.c.cashier, b.invoice(item("MED-PCM", "2.5")))
    assert (up.cgst, up.round_off, up.grand_total) == (D("1.25"), D("0.50"), D("53"))


# --- document types, discounts, pending charges ----------------------------------------------------


def test_document_type_follows_the_content(b: Billing) -> None:
    bos = b.bill.get(b.c.cashier, b.invoice(item("CONS-GEN"), item("ECG")))
    assert (bos.doc_type, bos.doc_number) == (DocType.BILL_OF_SUPPLY, "BOS/26-27/000001")
    assert (bos.exempt_value, bos.taxable_value, bos.cgst, bos.grand_total, bos.round_off) == (
        D("750"), Z, Z, D("750"), Z,
    )  # fmt: skip
    tax = b.bill.get(b.c.cashier, b.invoice(item("MED-PCM")))
    assert (tax.doc_type, tax.doc_number) == (DocType.TAX_INVOICE, "INV/26-27/000001")
    mixed = b.bill.get(b.c.cashier, b.invoice(item("CONS-GEN"), item("MED-AMOX", "1.5")))
    assert (mixed.doc_type, mixed.doc_number) == (DocType.INVOICE_CUM_BOS, "IBS/26-27/000001")
    # 400 exempt + 143.25 + 3.58 + 3.58 = 550.41 -> 550
    assert (mixed.exempt_value, mixed.taxable_value, mixed.grand_total) == (D("400"), D("143.25"), D("550"))
    assert [ln.is_exempt for ln in mixed.lines] == [True, False] and mixed.lines[0].gst_rate == 0
    doc = b.bill.invoice_doc(b.c.cashier, mixed.id)
    assert doc.title == "INVOICE-CUM-BILL OF SUPPLY" and [r.rate for r in doc.gst_summary] == [D("5")]


def test_discount_above_the_limit_needs_a_reason(b: Billing) -> None:
    with pytest.raises(ValidationError) as err:
        b.invoice(item("CONS-GEN"), item("ECG", discount=D("50")))  # 50 of 350 = 14.3% > 10%
    assert "line2.discount_reason" in err.value.errors
    at_limit = b.bill.get(b.c.cashier, b.invoice(item("ECG", discount=D("35"))))  # exactly 10%
    assert at_limit.grand_total == D("315")
    ok = b.bill.get(b.c.cashier, b.invoice(item("ECG", discount=D("50"), discount_reason="Staff family")))
    assert (ok.lines[0].discount, ok.lines[0].discount_reason, ok.grand_total) == (
        D("50"),
        "Staff family",
        D("300"),
    )
    with pytest.raises(ValidationError, match="discount"):
        b.invoice(item("ECG", discount=D("400"), discount_reason="x"))
    with pytest.raises(ValidationError, match="quantity"):
        b.invoice(item("ECG", "0"))
    with pytest.raises(ValidationError, match="NOPE"):
        b.invoice(item("NOPE"))


def test_pending_charges_are_billed_once(b: Billing) -> None:
    with b.c.db.write() as s:
        ids = {
            code: s.scalar(select(BillableItem.id).where(BillableItem.code == code))
            for code in ("CONS-GEN", "MED-PCM")
        }
        charges = [
            PendingCharge(patient_id=b.patient_id, doctor_id=b.c.gp.doctor_id, item_id=ids["CONS-GEN"],
                          description="Consultation - Dr. Asha Rao", quantity=D("1"), unit_price=D("400")),
            PendingCharge(patient_id=b.patient_id, doctor_id=b.c.gp.doctor_id, item_id=ids["MED-PCM"],
                          description="Paracetamol 500 mg", quantity=D("2"), unit_price=D("20.00")),
        ]  # fmt: skip
        s.add_all(charges)
        s.flush()
        charge_ids = [ch.id for ch in charges]
    (group,) = b.bill.pending(b.c.cashier)
    assert group.patient_id == b.patient_id and group.patient_name == "Meera Nair"
    assert [ch.id for ch in group.charges] == charge_ids and group.total == D("440")
    inv = b.bill.get(b.c.cashier, b.invoice(*(LineInput(pending_charge_id=i) for i in charge_ids)))
    # 400 exempt + 40 + 1.00 + 1.00 = 442
    assert inv.doc_type == DocType.INVOICE_CUM_BOS and inv.grand_total == D("442")
    assert inv.doctor_id == b.c.gp.doctor_id and inv.lines[0].description == "Consultation - Dr. Asha Rao"
    assert b.bill.pending(b.c.cashier) == []
    with b.c.db.read() as s:
        assert set(s.scalars(select(PendingCharge.invoice_id))) == {inv.id}
    with pytest.raises(ValidationError, match="already been billed"):
        b.invoice(LineInput(pending_charge_id=charge_ids[0]))
    with pytest.raises(ValidationError, match="either"):
        b.invoice(LineInput())


# --- numbering ---------------------------------------------------------------------------------------


def test_numbering_restarts_on_1_april(b: Billing) -> None:
    numbers = [
        b.bill.get(b.c.cashier, b.invoice(item("MED-PCM"), on=day)).doc_number
        for day in (dt.date(2026, 3, 30), dt.date(2026, 3, 31), dt.date(2026, 4, 1), dt.date(2026, 4, 2))
    ]
    assert numbers == ["INV/25-26/000001", "INV/25-26/000002", "INV/26-27/000001", "INV/26-27/000002"]
    assert all(doc_number_is_valid(n) and len(n) <= 16 for n in numbers)
    with pytest.raises(ValidationError, match="future"):
        b.invoice(item("MED-PCM"), on=dt.date(2026, 4, 16))


def test_a_rollback_burns_no_number(b: Billing) -> None:
    day = dt.date(2026, 4, 10)
    first = b.bill.get(b.c.cashier, b.invoice(item("MED-PCM"), on=day)).doc_number
    with pytest.raises(RuntimeError), b.c.db.write() as s:
        assert next_number(s, DocType.TAX_INVOICE, day) == "INV/26-27/000002"
        raise RuntimeError("the printer caught fire")
    with pytest.raises(NotFound):  # the service takes the number, then finds no such doctor: rolled back
        b.invoice(item("MED-PCM"), on=day, doctor_id=9999)
    second = b.bill.get(b.c.cashier, b.invoice(item("MED-PCM"), on=day)).doc_number
    assert (first, second) == ("INV/26-27/000001", "INV/26-27/000002")


# --- payments ----------------------------------------------------------------------------------------


def test_split_and_partial_payments(b: Billing) -> None:
    inv_id = b.invoice(item("MED-AMOX", "1.5"), on=dt.date(2025, 9, 22))  # 150
    cash = b.bill.take_payment(b.c.cashier, inv_id, PaymentInput("cash", D("100"), tendered=D("500")))
    assert (cash.amount, cash.tendered, cash.change_given) == (D("100"), D("500"), D("400"))
    assert cash.receipt_number == "RCT/26-27/000001" and cash.business_date == dt.date(2026, 4, 15)
    assert b.bill.get(b.c.cashier, inv_id).balance_due == D("50")
    with pytest.raises(ValidationError, match="balance due"):
        b.bill.take_payment(b.c.cashier, inv_id, PaymentInput("card", D("50.01")))
    with pytest.raises(ValidationError) as no_ref:  # the keys, not the message (said in words)
        b.bill.take_payment(b.c.cashier, inv_id, PaymentInput("upi", D("20")))
    assert "reference" in no_ref.value.errors
    with pytest.raises(ValidationError) as short:
        b.bill.take_payment(b.c.cashier, inv_id, PaymentInput("cash", D("20"), tendered=D("10")))
    assert "tendered" in short.value.errors
    with pytest.raises(ValidationError, match="amount"):
        b.bill.take_payment(b.c.cashier, inv_id, PaymentInput("cash", D("-5")))
    with pytest.raises(ValidationError, match=r"(?i)^mode: "):
        b.bill.take_payment(b.c.cashier, inv_id, PaymentInput("cheque", D("5")))
    upi = b.bill.take_payment(b.c.cashier, inv_id, PaymentInput("upi", D("30"), reference="UPI-4471"))
    card = b.bill.take_payment(b.c.cashier, inv_id, PaymentInput("card", D("20")))
    assert (upi.change_given, upi.reference, card.reference) == (None, "UPI-4471", None)
    assert card.receipt_number == "RCT/26-27/000003"
    info = b.bill.get(b.c.cashier, inv_id)
    assert (info.paid, info.balance_due, len(info.payments)) == (D("150"), D("0"), 3)
    with pytest.raises(ValidationError, match="balance due"):
        b.bill.take_payment(b.c.cashier, inv_id, PaymentInput("cash", D("1")))
    assert actions(b.c.db, "billing.payment") == [str(p.id) for p in (cash, upi, card)]
    with pytest.raises(NotFound):
        b.bill.take_payment(b.c.cashier, 9999, PaymentInput("cash", D("1")))


# --- credit notes --------------------------------------------------------------------------------


def test_credit_note_partial_then_the_rest(b: Billing) -> None:
    inv = b.bill.get(b.c.cashier, b.invoice(item("CONS-GEN"), item("MED-AMOX", "3"), on=dt.date(2025, 9, 22)))
    # 400 + 286.50 + 7.16 + 7.16 = 700.82 -> 701 (round-off 0.18)
    assert (inv.grand_total, inv.round_off, inv.cgst) == (D("701"), D("0.18"), D("7.16"))
    med = inv.lines[1]
    with pytest.raises(PermissionDenied):
        b.bill.issue_credit_note(b.c.cashier, inv.id, [(med.id, D("1"))], "Returned unopened")
    with pytest.raises(ValidationError, match="reason"):
        b.bill.issue_credit_note(b.c.admin, inv.id, [(med.id, D("1"))], "  ")
    with pytest.raises(ValidationError, match="only 3"):
        b.bill.issue_credit_note(b.c.admin, inv.id, [(med.id, D("4"))], "Returned")
    one = b.bill.issue_credit_note(b.c.admin, inv.id, [(med.id, D("1"))], "Returned unopened strip")
    # a third of the line: 95.50, CGST 7.16 / 3 = 2.39 each; 100.28 -> 100
    assert (one.taxable_value, one.cgst, one.sgst, one.igst) == (D("95.50"), D("2.39"), D("2.39"), Z)
    assert (one.total, one.round_off, one.refund_mode) == (D("100"), D("-0.28"), None)
    assert (one.doc_number, one.invoice_number, one.invoice_date) == (
        "CRN/26-27/000001", inv.doc_number, dt.date(2025, 9, 22),
    )  # fmt: skip
    after = b.bill.get(b.c.cashier, inv.id)
    assert (after.balance_due, after.credited, after.lines[1].credited_quantity) == (
        D("601"),
        D("100"),
        D("3") - 2,
    )
    assert (
        after.status == "issued"
        and after.grand_total == D("701")
        and after.content_sha256 == inv.content_sha256
    )
    with pytest.raises(ValidationError, match="only 2"):
        b.bill.issue_credit_note(b.c.admin, inv.id, [(med.id, D("2.5"))], "Returned")
    rest = b.bill.issue_credit_note(b.c.admin, inv.id, None, "Patient left without treatment")
    # the rest: 400 exempt + 191.00 + 4.77 + 4.77 = 600.54; the notes add up to the invoice: 601
    assert (rest.exempt_value, rest.taxable_value, rest.cgst, rest.total) == (
        D("400"),
        D("191.00"),
        D("4.77"),
        D("601"),
    )
    assert one.cgst + rest.cgst == inv.cgst and one.total + rest.total == inv.grand_total
    assert b.bill.get(b.c.cashier, inv.id).balance_due == 0
    with pytest.raises(ValidationError, match="already been credited"):
        b.bill.issue_credit_note(b.c.admin, inv.id, None, "Again")
    doc = b.bill.credit_note_doc(b.c.admin, rest.id)
    assert (doc.title, doc.doc_number, doc.original_number, doc.original_date) == (
        "CREDIT NOTE", "CRN/26-27/000002", inv.doc_number, dt.date(2025, 9, 22),
    )  # fmt: skip
    assert doc.reason == "Patient left without treatment" and doc.grand_total == D("601")
    assert [ln.quantity for ln in doc.lines] == [D("1"), D("2")] and doc.lines[1].taxable_value == D("191.00")
    assert doc.amount_in_words == "Rupees Six Hundred One Only" and doc.supplier_gstin == GSTIN
    with b.c.db.read() as s:
        row = s.get(Invoice, inv.id)
        assert row is not None and row.status == "issued"


def test_refunds_are_limited_to_what_was_paid_and_lower_the_days_cash(b: Billing) -> None:
    inv_id = b.invoice(item("ECG"), item("CONS-GEN"))  # 750, exempt
    b.bill.take_payment(b.c.admin, inv_id, PaymentInput("cash", D("300")))
    with pytest.raises(ValidationError, match="Only 300"):
        b.bill.issue_credit_note(b.c.admin, inv_id, None, "Cancelled", refund_mode="cash")
    with pytest.raises(ValidationError, match="balance due"):  # 750 credited against 450 due
        b.bill.issue_credit_note(b.c.admin, inv_id, None, "Cancelled")
    ecg = b.bill.get(b.c.admin, inv_id).lines[0]
    with pytest.raises(ValidationError, match="Only 300"):
        b.bill.issue_credit_note(b.c.admin, inv_id, [(ecg.id, D("1"))], "ECG not done", refund_mode="cash")
    b.bill.take_payment(b.c.admin, inv_id, PaymentInput("card", D("200"), reference="SLIP-9"))
    note = b.bill.issue_credit_note(b.c.admin, inv_id, [(ecg.id, D("1"))], "ECG not done", refund_mode="cash")
    assert (note.total, note.refund_mode, note.exempt_value, note.cgst) == (D("350"), "cash", D("350"), Z)
    info = b.bill.get(b.c.admin, inv_id)
    # owes 400 for the consultation, has paid 500 and had 350 back: 250 due
    assert (info.paid, info.refunded, info.credited, info.balance_due) == (D("500"), D("350"), Z, D("250"))
    day = b.bill.day_summary(b.c.admin, b.c.admin.user_id or 0, dt.date(2026, 4, 15))
    assert day.expected == {"cash": D("-50"), "card": D("200"), "upi": D("0")}
    assert (day.payments, day.refunds, day.total, day.closed) == (2, 1, D("150"), False)


# --- day close ----------------------------------------------------------------------------------------


def test_day_close_expected_counted_reason_and_refusal_after(b: Billing) -> None:
    cashier, today = b.c.cashier, dt.date(2026, 4, 15)
    first = b.invoice(item("CONS-GEN"))  # 400
    second = b.invoice(item("ECG"))  # 350
    third = b.invoice(item("MED-PCM"))  # 21
    b.bill.take_payment(cashier, first, PaymentInput("cash", D("400"), tendered=D("500")))
    b.bill.take_payment(cashier, second, PaymentInput("upi", D("200"), reference="UPI-1"))
    b.bill.take_payment(cashier, second, PaymentInput("cash", D("100")))
    b.bill.take_payment(b.c.admin, second, PaymentInput("card", D("50")))  # the admin's own day
    summary = b.bill.day_summary(cashier, cashier.user_id or 0, today)
    assert summary.expected == {"cash": D("500"), "card": D("0"), "upi": D("200")} and summary.payments == 3
    with pytest.raises(PermissionDenied):
        b.bill.day_summary(cashier, b.c.admin.user_id or 0, today)
    with pytest.raises(ValidationError, match="reason"):
        b.bill.close_day(cashier, today, {"cash": D("490"), "upi": D("200")})
    with pytest.raises(ValidationError, match="reason"):  # over in one mode, short in another
        b.bill.close_day(cashier, today, {"cash": D("510"), "upi": D("190")})
    closed = b.bill.close_day(
        cashier, today, {"cash": D("490"), "upi": D("200")}, "Short by 10, change error"
    )
    assert (closed.difference, closed.reason) == (D("-10"), "Short by 10, change error")
    assert closed.expected["cash"] == D("500") and closed.counted == {
        "cash": D("490"),
        "card": 0,
        "upi": D("200"),
    }
    with b.c.db.read() as s:
        # a payment's close is derived from its cashier and business date (no link column to update)
        links = s.execute(
            select(Payment.cashier_id, DayClose.id)
            .outerjoin(
                DayClose,
                (DayClose.cashier_id == Payment.cashier_id)
                & (DayClose.business_date == Payment.business_date),
            )
            .order_by(Payment.id)
        ).all()
    assert [tuple(r) for r in links] == [(cashier.user_id, closed.id)] * 3 + [(b.c.admin.user_id, None)]
    with pytest.raises(ValidationError, match="closed"):
        b.bill.take_payment(cashier, third, PaymentInput("cash", D("1")))
    with pytest.raises(ValidationError, match="closed"):
        b.bill.close_day(cashier, today, {"cash": D("490"), "upi": D("200")}, "again")
    assert b.bill.day_summary(b.c.admin, cashier.user_id or 0, today).closed
    b.bill.take_payment(b.c.admin, third, PaymentInput("cash", D("0.50")))  # another cashier carries on
    b.set_now(NOW + dt.timedelta(days=1))  # and the next day is open again
    b.bill.take_payment(cashier, third, PaymentInput("cash", D("1")))
    exact = b.bill.close_day(cashier, today + dt.timedelta(days=1), {"cash": D("1")})
    assert exact.difference == 0 and exact.reason is None
    assert actions(b.c.db, "billing.day_close") == [str(closed.id), str(exact.id)]
    # the peek at another cashier's day was refused and audited, naming whose day it was
    assert str(b.c.admin.user_id) in actions(b.c.db, "billing.day_close", "denied")


# --- documents -------------------------------------------------------------------------------------


def test_invoice_and_receipt_documents(b: Billing) -> None:
    inv_id = b.invoice(
        item("CONS-GEN"), item("MED-AMOX", "1.5", batch_no="AX1234", expiry_on=dt.date(2027, 3, 31)),
        on=dt.date(2025, 9, 22), doctor_id=b.c.gp.doctor_id,
    )  # fmt: skip
    pay = b.bill.take_payment(b.c.cashier, inv_id, PaymentInput("cash", D("500"), tendered=D("1000")))
    doc = b.bill.invoice_doc(b.c.cashier, inv_id, paper="A4")
    assert (doc.title, doc.doc_type, doc.doc_number, doc.doc_date) == (
        "INVOICE-CUM-BILL OF SUPPLY", "inv_cum_bos", "IBS/25-26/000001", dt.date(2025, 9, 22),
    )  # fmt: skip
    assert doc.supplier_name == "Asha Health Clinic LLP (Asha Clinic)" and doc.supplier_gstin == GSTIN
    assert (doc.supplier_state, doc.supplier_state_code, doc.place_of_supply) == (
        "Karnataka",
        "29",
        "Karnataka (29)",
    )
    assert doc.supplier_address == "12 MG Road, Bengaluru, Karnataka, 560001"
    assert (doc.doctor_name, doc.doctor_reg_number) == ("Dr. Asha Rao", "KMC-0")
    assert (doc.patient_name, doc.patient_mrn) == (
        "Meera Nair",
        b.bill.get(b.c.cashier, inv_id).patient_name and doc.patient_mrn,
    )
    assert doc.amount_in_words == "Rupees Five Hundred Fifty Only" and doc.grand_total == D("550")
    assert (doc.paper, doc.duplicate, doc.balance_due) == ("A4", False, D("50"))
    assert doc.gst_summary == [
        type(doc.gst_summary[0])(D("5"), D("143.25"), D("3.58"), D("3.58"), D("0"))
    ] and doc.exempt_value == D("400")
    med = doc.lines[1]
    assert (med.batch_no, med.expiry_on, med.sac_hsn, med.line_total) == (
        "AX1234",
        dt.date(2027, 3, 31),
        "3004",
        D("150.41"),
    )
    assert doc.issued_at.utcoffset() == dt.timedelta(hours=5, minutes=30)
    assert [(p.receipt_number, p.mode, p.change_given) for p in doc.payments] == [
        (pay.receipt_number, "cash", D("500"))
    ]
    rec = b.bill.receipt_doc(b.c.cashier, pay.id, duplicate=True)
    assert (rec.receipt_number, rec.against_number, rec.against_date) == (
        "RCT/26-27/000001", "IBS/25-26/000001", dt.date(2025, 9, 22),
    )  # fmt: skip
    assert (rec.doctor_reg_number, rec.supplier_gstin, rec.cashier_name, rec.duplicate) == (
        "KMC-0",
        GSTIN,
        "Cash",
        True,
    )
    assert (rec.invoice_total, rec.paid_to_date, rec.balance_due) == (D("550"), D("500"), D("50"))
    assert rec.amount_in_words == "Rupees Five Hundred Only" and rec.payment.tendered == D("1000")
    assert actions(b.c.db, "billing.print") == [str(inv_id), str(pay.id)]
    assert actions(b.c.db, "billing.invoice") == [str(inv_id)]


def test_lists_and_price_list(b: Billing) -> None:
    a = b.invoice(item("MED-PCM"))
    b.invoice(item("ECG"), on=dt.date(2026, 4, 14))
    rows = b.bill.list_invoices(b.c.cashier, dt.date(2026, 4, 15))
    assert [(r.id, r.doc_number, r.patient_name, r.grand_total) for r in rows] == [
        (a, "INV/26-27/000001", "Meera Nair", D("21"))
    ]
    prices = {p.code: p for p in b.bill.price_list(b.c.cashier)}
    assert (prices["MED-AMOX"].gst_rate, prices["MED-AMOX"].sac_hsn, prices["MED-AMOX"].unit_price) == (
        D("5"), "3004", D("95.50"),
    )  # fmt: skip
    assert prices["CONS-GEN"].is_exempt and {code for code, *_ in ITEMS} <= set(prices)
    old = {p.code: p for p in b.bill.price_list(b.c.cashier, dt.date(2025, 9, 21))}
    assert old["MED-AMOX"].gst_rate == D("12")
    assert b.bill.version(b.c.cashier) == 2


# --- permissions -------------------------------------------------------------------------------------


def test_permissions_per_role(b: Billing) -> None:
    inv_id = b.invoice(item("ECG"))
    with pytest.raises(PermissionDenied):
        b.bill.create_invoice(b.c.desk, InvoiceInput(b.patient_id, [item("ECG")]))
    with pytest.raises(PermissionDenied):
        b.bill.take_payment(b.c.gp, inv_id, PaymentInput("cash", D("10")))
    with pytest.raises(PermissionDenied):
        b.bill.issue_credit_note(b.c.cashier, inv_id, None, "Refund", refund_mode="cash")
    with pytest.raises(PermissionDenied):
        b.bill.close_day(b.c.nurse, dt.date(2026, 4, 15), {})
    with pytest.raises(PermissionDenied):
        b.bill.pending(b.c.nurse)
    with pytest.raises(PermissionDenied):
        b.bill.invoice_doc(b.c.nurse, inv_id)
    with b.c.db.read() as s:
        denied = s.scalars(
            select(AuditLog.action).where(AuditLog.outcome == "denied").order_by(AuditLog.id)
        ).all()
    assert list(denied) == [
        "billing.invoice",
        "billing.payment",
        "billing.refund",
        "billing.day_close",
        "billing.view",
        "billing.view",
    ]
    b.bill.take_payment(b.c.admin, inv_id, PaymentInput("cash", D("10")))  # admin may do everything


def test_address_required_from_50000_taxable(b: Billing) -> None:
    with b.c.db.write() as s:
        patient = s.get(Patient, b.patient_id)
        assert patient is not None
        patient.address = patient.city = patient.pin_code = None  # a walk-in with no address
    with pytest.raises(ValidationError) as err:
        b.invoice(item("COS-PEEL", "20"))  # 50,000 taxable, the walk-in has no address
    assert "recipient_address" in err.value.errors
    with pytest.raises(ValidationError) as err:  # Rule 46(e): the address goes with its State and code
        b.invoice(item("COS-PEEL", "20"), recipient_address="4 Hill Road, Mysuru")
    assert "recipient_state_code" in err.value.errors
    inv = b.bill.get(
        b.c.cashier,
        b.invoice(item("COS-PEEL", "20"), recipient_address="4 Hill Road, Mysuru", recipient_state_code="29"),
    )
    assert (inv.taxable_value, inv.cgst, inv.grand_total) == (D("50000"), D("4500"), D("59000"))
    assert b.bill.invoice_doc(b.c.cashier, inv.id).recipient_address == "4 Hill Road, Mysuru"
    small = b.bill.get(b.c.cashier, b.invoice(item("COS-PEEL", "19.99")))  # below: no address needed
    assert small.taxable_value == D("49975")


def test_a_new_clinic_bills_a_consultation_with_the_seeded_rates(db: Database) -> None:
    """No demo data: the migration's GST table and CONSULT item are enough to bill a visit."""
    from hms_desktop.services.consultation_types import ConsultationInput, DiagnosisInput

    c = build_clinic(db)
    c.sv.clinic.update_settings(c.admin, legal_name="New Clinic", state_name="Karnataka", state_code="29")
    entry = c.walk_in("Anu")
    assert c.sv.queue.call_next(c.gp) is not None
    view = c.sv.consultation.start(c.gp, entry)
    c.sv.consultation.complete(c.gp, view.id, ConsultationInput(diagnoses=(DiagnosisInput("", "J06.9"),)))
    (pending,) = c.sv.billing.pending(c.cashier)
    inv = c.sv.billing.create_invoice(
        c.cashier,
        InvoiceInput(pending.patient_id, [LineInput(pending_charge_id=x.id) for x in pending.charges]),
    )
    (line,) = inv.lines
    assert inv.doc_type == DocType.BILL_OF_SUPPLY and line.sac_hsn == "999312" and line.is_exempt
    assert inv.grand_total == D("300") and inv.cgst == Z
    assert rate_for_today(c) == (D("5"), False, "3004")


def rate_for_today(c: QueueClinic) -> tuple[Decimal, bool, str]:
    with c.db.read() as s:
        return rate_for(s, "MEDICINE", dt.date(2026, 1, 1))


def test_a_series_prefix_is_set_for_a_year_not_mid_series(b: Billing) -> None:
    with pytest.raises(PermissionDenied):
        b.bill.set_prefix(b.c.cashier, "tax_invoice", "OPD")
    assert b.bill.set_prefix(b.c.admin, "tax_invoice", "opd", dt.date(2025, 10, 1)) == "OPD/25-26/000001"
    first = b.bill.get(b.c.cashier, b.invoice(item("MED-PCM"), on=dt.date(2025, 10, 1)))
    assert first.doc_number == "OPD/25-26/000001"
    with pytest.raises(Exception, match="already issued 1 number"):
        b.bill.set_prefix(b.c.admin, "tax_invoice", "CLN", dt.date(2025, 10, 2))
    next_year = b.bill.get(b.c.cashier, b.invoice(item("MED-PCM"), on=dt.date(2026, 4, 1)))
    assert next_year.doc_number == "OPD/26-27/000001"  # the prefix carries over to the new year
    assert len(actions(b.c.db, "billing.prefix")) == 1


def test_a_days_documents_in_one_read_match_each_invoice(b: Billing) -> None:
    day = dt.date(2025, 10, 1)
    first = b.invoice(item("MED-PCM"), item("CONS-GEN"), on=day)
    second = b.invoice(item("MED-AMOX", "2"), on=day)
    b.bill.take_payment(b.c.cashier, first, PaymentInput(mode="cash", amount=D("100"), tendered=D("100")))
    b.bill.issue_credit_note(b.c.admin, second, None, "Returned unopened", None)
    listed = b.bill.day_invoices(b.c.cashier, day)
    assert [i.id for i in listed] == [first, second]
    assert listed == [b.bill.get(b.c.cashier, first), b.bill.get(b.c.cashier, second)]


def test_a_split_payment_prints_on_one_receipt(b: Billing, tmp_path: object) -> None:
    """Cash then UPI against one bill: one receipt lists both parts (numbers, modes, reference,
    change), their sum in figures and words, and the balance after the last; the print is audited."""
    from pypdf import PdfReader

    from hms_desktop.reports.receipt import receipt_pdf

    inv_id = b.invoice(item("CONS-GEN"), item("ECG"))  # 400 + 350 exempt = 750
    cash = b.bill.take_payment(b.c.cashier, inv_id, PaymentInput("cash", D("300"), tendered=D("500")))
    upi = b.bill.take_payment(b.c.cashier, inv_id, PaymentInput("upi", D("450"), reference="UPI-778812"))
    rec = b.bill.receipt_doc(b.c.cashier, upi.id, together_with=(cash.id,))
    assert [p.receipt_number for p in rec.payments] == [cash.receipt_number, upi.receipt_number]
    assert rec.receipt_number == f"{cash.receipt_number}, {upi.receipt_number}"
    assert (rec.amount, rec.paid_to_date, rec.balance_due) == (D("750"), D("750"), D("0"))
    assert rec.amount_in_words == "Rupees Seven Hundred Fifty Only"
    assert rec.earlier[0].change_given == D("200") and rec.payment.reference == "UPI-778812"
    text = " ".join((page.extract_text() or "") for page in PdfReader(_bytes_io(receipt_pdf(rec))).pages)
    for needle in (cash.receipt_number, upi.receipt_number, "UPI-778812", "₹750.00", "Seven Hundred Fifty"):
        assert needle in text, needle
    # one payment alone reads as before; payments of two bills never share a receipt
    assert b.bill.receipt_doc(b.c.cashier, cash.id).amount == D("300")
    other = b.invoice(item("ECG"))
    paid = b.bill.take_payment(b.c.cashier, other, PaymentInput("cash", D("350")))
    with pytest.raises(ValidationError) as err:
        b.bill.receipt_doc(b.c.cashier, paid.id, together_with=(cash.id,))
    assert "one invoice" in err.value.errors["payment"]
    assert actions(b.c.db, "billing.print")[:2] == [str(upi.id), str(cash.id)]


def _bytes_io(data: bytes) -> io.BytesIO:
    return io.BytesIO(data)


def test_day_close_warns_of_waiting_charges_and_unpaid_bills_and_records_a_blind_count(b: Billing) -> None:
    import json

    cashier, today = b.c.cashier, NOW.date()
    paid = b.invoice(item("CONS-GEN"))  # 400, paid
    part = b.invoice(item("ECG"))  # 350, 100 paid
    b.invoice(item("MED-PCM"), item("MED-PCM"))  # 42, nothing paid
    b.bill.take_payment(cashier, paid, PaymentInput("cash", D("400")))
    b.bill.take_payment(cashier, part, PaymentInput("cash", D("100")))
    with b.c.db.write() as s:
        item_id = s.scalar(select(BillableItem.id).where(BillableItem.code == "CONS-GEN"))
        for when in (NOW, NOW - dt.timedelta(days=1)):  # today's waits; yesterday's is another day's
            s.add(PendingCharge(patient_id=b.patient_id, item_id=item_id, description="Consultation",
                                quantity=D("1"), unit_price=D("400"), created_at=when))  # fmt: skip
    summary = b.bill.day_summary(cashier, cashier.user_id or 0, today)
    numbers = [i.doc_number for i in b.bill.day_invoices(cashier, today) if i.balance_due]
    assert summary.pending_charges == 1
    assert list(summary.unpaid) == numbers and len(numbers) == 2
    assert summary.unpaid_total == D("250") + D("42")
    other = b.bill.day_summary(b.c.admin, b.c.admin.user_id or 0, today)
    assert other.unpaid == () and other.pending_charges == 1  # the admin issued no bill today
    closed = b.bill.close_day(cashier, today, {"cash": D("500")}, blind=True)
    with b.c.db.read() as s:
        details = json.loads(
            s.scalars(select(AuditLog.details).where(AuditLog.action == "billing.day_close")).one() or "{}"
        )
    assert details["blind"] is True and details["pending_charges"] == 1 and details["unpaid"] == numbers
    assert closed.difference == 0
