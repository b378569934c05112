"""Issue 14's document checklist, as a test: every field the law asks of each printed document, checked
on documents built through the services and read back with pdftotext.

For each document type there is a list of rows (field, the rule that asks for it, a check on the
pdftotext output against the value the service put on the document). A row the law asks only in a case
this clinic never has is kept, marked not applicable with the reason; a field the law asks that the
document does not print is kept too, as an expected failure (``xfail``, strict) with the reason.

The rows become ``docs/document_checklist.md``: run with ``HMS_WRITE_CHECKLIST=1`` to write it; otherwise
the test fails when the committed file and the printed documents disagree, so the table cannot go stale.
``HMS_CHECKLIST_PDFS=<folder>`` also saves the PDFs (to render them with ``pdftoppm -png -r 60``).

The documents are built once per backend (SQLite, and PostgreSQL when ``HMS_TEST_PG_URL`` is set) on a
database made by the ``db`` fixture's own factory (``tests.conftest.make_test_database``), module-scoped
so the ~90 rows share one clinic instead of migrating a database each.

Sources (DOMAIN.md sections 1-3, each checked against the rule's text):
- CGST Rules 2017, rule 46 (tax invoice), 46A (invoice-cum-bill of supply: "the particulars as specified
  under rule 46 ... and rule 49"), 49 (bill of supply), 50 (receipt voucher), 53(1A) (credit note).
- IMC (Professional Conduct, Etiquette and Ethics) Regulations 2002, regs 1.4.1, 1.4.2 and 1.5
  (amended 2016), re-adopted by the NMC.
- Drugs and Cosmetics Rules 1945, rule 65(10): a prescription is signed and dated, gives "the name and
  address of the person for whose treatment it is given", the total amount of the medicine and the dose.
- WHO Guide to Good Prescribing (the minimum on a prescription) and DOMAIN.md section 3 (good practice).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import delete

from hms_desktop.db.engine import Database
from hms_desktop.db.models import BillableItem, GstRate, Patient, QueueEntry
from hms_desktop.domain.billing_math import head_rate, rate_text
from hms_desktop.domain.clock import Clock
from hms_desktop.domain.documents import (
    InvoiceDoc,
    InvoiceLineDoc,
    PrescriptionDoc,
    PrescriptionLineDoc,
    ReceiptDoc,
)
from hms_desktop.domain.identifiers import make_gstin
from hms_desktop.domain.money import format_inr
from hms_desktop.reports.invoice import amount, date_text, invoice_pdf, quantity_text
from hms_desktop.reports.prescription import prescription_pdf
from hms_desktop.reports.receipt import receipt_pdf
from hms_desktop.services.billing import BillingService
from hms_desktop.services.billing_types import InvoiceInput, LineInput, PaymentInput
from hms_desktop.services.queue_types import TriageInput
from hms_desktop.services.visits_types import WalkInInput
from tests.conftest import _backends, make_test_database
from tests.unit.queue_clinic import QueueClinic, build_clinic
from tests.unit.test_billing_rules import COMPANY_GSTIN, pdf_text
from tests.unit.test_billing_service import GSTIN, ITEMS, NOW, RATES, item
from tests.unit.test_consultation_service import FORM, IBU_SOS

D = Decimal
CHECKLIST = Path(__file__).resolve().parents[2] / "docs" / "document_checklist.md"
# Rule 46(b): at most 16 characters, letters, digits, '-' and '/'; the e-invoice schema also refuses a
# first character of 0, '-' or '/'
SERIAL = re.compile(r"[A-Za-z1-9][A-Za-z0-9/-]{0,15}")
COMPANY = ("Tata Consultancy Services Ltd", "Nirmal Building, Nariman Point, Mumbai 400021")


# --- the documents ---------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Printed:
    """What the services returned (the expected values) and what pdftotext read off their PDFs."""

    invoices: dict[str, InvoiceDoc]
    receipt: ReceiptDoc
    prescriptions: dict[str, PrescriptionDoc]
    patient_address: str
    pdfs: dict[str, bytes]
    text: dict[str, str]  # pdftotext -layout
    flat: dict[str, str]  # the same with every run of white space one space


def _consult(c: QueueClinic, entry_id: int, weight: Decimal | None = None) -> PrescriptionDoc:
    """Triage, call, and complete a consultation with three medicines (one SOS): its prescription."""
    c.sv.triage.record(
        c.nurse,
        entry_id,
        TriageInput(chief_complaint="Fever and sore throat", pulse=96, temperature_c=38.6,
                    consciousness="A", weight_kg=weight),
    )  # fmt: skip
    row = c.sv.queue.call_next(c.gp)
    assert row is not None and row.id == entry_id
    view = c.sv.consultation.start(c.gp, entry_id)
    form = dataclasses.replace(FORM, lines=(*FORM.lines, IBU_SOS))
    done = c.sv.consultation.complete(c.gp, view.id, form, expected_version=view.row_version)
    assert done.prescription_id is not None
    return c.sv.consultation.prescription_doc(c.gp, done.prescription_id)


def build_documents(db: Database) -> Printed:
    """One document of each kind (and the variants some rows need), as the desks would make them."""
    c = build_clinic(db)
    c.sv.clinic.update_settings(
        c.admin, legal_name="Asha Health Clinic LLP", trade_name="Asha Clinic", address_line1="12 MG Road",
        city="Bengaluru", state_name="Karnataka", state_code="29", pin_code="560001", gstin=GSTIN,
        phone="08012345678",
    )  # fmt: skip
    with db.write() as s:  # the billing tests' rate table and price list
        s.execute(delete(GstRate))
        for tax_class, code, start, rate, exempt in RATES:
            s.add(GstRate(tax_class=tax_class, sac_hsn=code, effective_from=start, rate_percent=D(rate),
                          is_exempt=exempt))  # fmt: skip
        for code, name, kind, tax_class, price, unit in ITEMS:
            s.add(BillableItem(code=code, name=name, kind=kind, tax_class=tax_class, unit_price=D(price),
                               unit=unit))  # fmt: skip
    entry = c.walk_in("Meera Nair")
    with db.write() as s:
        queued = s.get(QueueEntry, entry)
        assert queued is not None
        patient = s.get(Patient, queued.patient_id)
        assert patient is not None
        patient_id = patient.id
        patient.address, patient.city, patient.pin_code = "7 Temple Street", "Mysuru", "570001"
    prescriptions = {"rx": _consult(c, entry)}
    child = c.sv.visits.register_walk_in(
        c.desk, WalkInInput("Aarav", "M", 6, None, last_name="Kumar", complaint="Fever")
    ).queue_entry_id
    prescriptions["rx_child"] = _consult(c, child, D("19.5"))

    clock = [NOW]
    bill = BillingService(db, clock=Clock(source=lambda: clock[0]))

    def invoice(*lines: LineInput, **kw: str) -> int:
        data = InvoiceInput(patient_id, list(lines), doctor_id=c.gp.doctor_id, **kw)  # type: ignore[arg-type]
        return bill.create_invoice(c.cashier, data).id

    company = {
        "recipient_gstin": COMPANY_GSTIN,
        "recipient_name": COMPANY[0],
        "recipient_address": COMPANY[1],
    }
    peel = item("COS-PEEL", discount=D("250"), discount_reason="Second sitting")
    ids = {
        "ti_b2b": invoice(peel, item("MED-AMOX"), **company),
        # asked for (Rule 46(f)): the patient's address and State, here another State's, on a medicine bill
        "ti_inter": invoice(
            item("MED-AMOX", "1.5"), recipient_state_code="27", recipient_address="21 FC Road, Pune 411004"
        ),
        "ti_big": invoice(item("COS-PEEL", "20"), recipient_state_code="29"),  # Rs 50,000 taxable
        "bos": invoice(item("CONS-GEN")),
        "bos_b2b": invoice(item("CONS-GEN"), item("ECG"), **company),
        "icbos": invoice(item("CONS-GEN"), item("MED-AMOX", "2")),
    }
    docs = {key: bill.invoice_doc(c.cashier, inv_id, paper="A5") for key, inv_id in ids.items()}
    for key, of in (("cn", "icbos"), ("cn_b2b", "ti_b2b")):
        medicine = next(ln for ln in bill.get(c.cashier, ids[of]).lines if ln.gst_rate)
        note = bill.issue_credit_note(c.admin, ids[of], [(medicine.id, D("1"))], "Returned unopened")
        docs[key] = bill.credit_note_doc(c.admin, note.id, paper="A5")
    pay = bill.take_payment(c.cashier, ids["bos"], PaymentInput("cash", D("400")))
    receipt = bill.receipt_doc(c.cashier, pay.id)
    # last, as the clinic's State changes: a clinic in a Union Territory without a legislature
    c.sv.clinic.update_settings(c.admin, state_name="Chandigarh", state_code="04",
                                gstin=make_gstin("04", "AAKFS4821M"))  # fmt: skip
    docs["ti_ut"] = bill.invoice_doc(c.cashier, invoice(item("MED-AMOX", "1.5")), paper="A5")

    pdfs = {key: invoice_pdf(doc) for key, doc in docs.items()}
    pdfs["receipt"] = receipt_pdf(receipt)
    pdfs.update({key: prescription_pdf(doc) for key, doc in prescriptions.items()})
    text = {key: pdf_text(pdf) for key, pdf in pdfs.items()}
    flat = {key: re.sub(r"\s+", " ", t.replace("\xa0", " ")) for key, t in text.items()}
    return Printed(docs, receipt, prescriptions, "7 Temple Street, Mysuru", pdfs, text, flat)


@pytest.fixture(scope="module", params=_backends())
def printed(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Printed]:
    databases = make_test_database(request.param, request, tmp_path_factory.mktemp("checklist"))
    db = next(databases)
    try:
        documents = build_documents(db)
        folder = os.environ.get("HMS_CHECKLIST_PDFS")
        if folder:
            Path(folder).mkdir(parents=True, exist_ok=True)
            for key, pdf in documents.pdfs.items():
                (Path(folder) / f"{key}.pdf").write_bytes(pdf)
        yield documents
    finally:
        next(databases, None)  # the factory's clean-up (dispose, drop the PostgreSQL database)


# --- checks: what must be read off the printout ----------------------------------------------------

Check = Callable[[Printed], bool]


def in_order(text: str, phrase: str, gap: int = 12) -> bool:
    """The words of ``phrase`` in order, with at most ``gap`` other words between two of them (a cell
    wrapped in a table column comes out of pdftotext interleaved with its neighbours)."""
    words = [re.escape(w) for w in phrase.split()]
    return re.search(rf"(?:\s+\S+){{0,{gap}}}?\s+".join(words), text) is not None


def shows(doc: str, *needles: str) -> Check:
    return lambda p: all(n in p.flat[doc] for n in needles)


def never(doc: str, *needles: str) -> Check:
    return lambda p: not any(n.lower() in p.flat[doc].lower() for n in needles)


def supplier(doc: str) -> Check:
    def check(p: Printed) -> bool:
        d, t = p.invoices[doc], p.flat[doc]
        return bool(d.supplier_gstin and d.supplier_address) and all(
            x in t for x in (d.supplier_name, d.supplier_address or "", f"GSTIN: {d.supplier_gstin}")
        )

    return check


def serial(doc: str, label: str) -> Check:
    def check(p: Printed) -> bool:
        number = p.invoices[doc].doc_number
        return SERIAL.fullmatch(number) is not None and f"{label}: {number}" in p.flat[doc]

    return check


def issued(doc: str) -> Check:
    return lambda p: f"Date: {date_text(p.invoices[doc].doc_date)}" in p.flat[doc]


def recipient(doc: str, *, gstin: bool = False, address: bool = False, state: bool = False) -> Check:
    def check(p: Printed) -> bool:
        d, t = p.invoices[doc], p.flat[doc]
        ok = d.patient_name in t
        if gstin:
            ok = ok and d.recipient_gstin is not None and f"GSTIN: {d.recipient_gstin}" in t
        if address:
            ok = ok and d.recipient_address is not None and in_order(t, d.recipient_address, gap=4)
        if state:
            ok = ok and d.recipient_state is not None and f"State: {d.recipient_state}" in t
            ok = ok and re.fullmatch(r"[A-Za-z &]+ \(\d\d\)", d.recipient_state or "") is not None
        return ok

    return check


def lines_check(doc: str, test: Callable[[InvoiceLineDoc, str], bool]) -> Check:
    return lambda p: (
        bool(p.invoices[doc].lines) and all(test(ln, p.flat[doc]) for ln in p.invoices[doc].lines)
    )


def hsn(doc: str) -> Check:
    # at least 4 digits: Notification 78/2020-Central Tax, for aggregate turnover up to Rs 5 crore
    return lines_check(
        doc, lambda ln, t: bool(ln.sac_hsn) and len(ln.sac_hsn or "") >= 4 and f" {ln.sac_hsn} " in t
    )


def described(doc: str) -> Check:
    return lines_check(doc, lambda ln, t: in_order(t, ln.description))


def goods_quantity(doc: str) -> Check:
    def one(ln: InvoiceLineDoc, t: str) -> bool:
        goods = not (ln.sac_hsn or "").startswith("99")  # SAC 99xxxx are services
        return not goods or f"{quantity_text(ln.quantity)} {ln.unit}" in t

    def check(p: Printed) -> bool:
        d = p.invoices[doc]
        return any(not (ln.sac_hsn or "").startswith("99") for ln in d.lines) and lines_check(doc, one)(p)

    return check


def after_discount(doc: str, label: str = "Taxable value") -> Check:
    """Each line's rate, discount and value after it; the total of those values."""

    def one(ln: InvoiceLineDoc, t: str) -> bool:
        disc = amount(ln.discount) if ln.discount else "-"
        return f"{amount(ln.unit_price)} {disc} {amount(ln.taxable_value)}" in t

    def check(p: Printed) -> bool:
        d = p.invoices[doc]
        total = d.taxable_value if label == "Taxable value" else d.exempt_value
        return lines_check(doc, one)(p) and f"{label} {format_inr(total)}" in p.flat[doc]

    return check


def discounted(doc: str) -> Check:
    return lambda p: any(ln.discount for ln in p.invoices[doc].lines) and after_discount(doc)(p)


def total(doc: str, label: str = "Grand total") -> Check:
    return lambda p: f"{label} {format_inr(p.invoices[doc].grand_total)}" in p.flat[doc]


def head_rates(doc: str, head: str) -> Check:
    """The head's own rate beside each taxed rate in the GST summary, and in the totals' label."""

    def check(p: Printed) -> bool:
        d, t = p.invoices[doc], p.flat[doc]
        rows = [r for r in d.gst_summary if r.rate]
        if not rows or (head == "IGST") == d.intra_state:
            return False
        ok = True
        for r in rows:
            if d.intra_state:
                half = rate_text(head_rate(r.rate, True))
                ok = ok and (
                    f"{rate_text(r.rate)} {amount(r.taxable_value)} {half} {amount(r.cgst)} {half} "
                    f"{amount(r.sgst)}" in t
                )
                ok = ok and re.search(rf"\b{head} [0-9.%+ ]*{re.escape(half)}", t) is not None
            else:
                ok = (
                    ok
                    and f"{rate_text(r.rate)} {amount(r.taxable_value)} {rate_text(r.rate)} {amount(r.igst)}"
                    in t
                )
                ok = ok and f"IGST {rate_text(r.rate)}" in t
        return ok

    return check


def head_amount(doc: str, head: str) -> Check:
    def check(p: Printed) -> bool:
        d, t = p.invoices[doc], p.flat[doc]
        value = {"CGST": d.cgst, "SGST": d.sgst, "UTGST": d.sgst, "IGST": d.igst}[head]
        return value > 0 and re.search(rf"\b{head} [0-9.%+ ]*{re.escape(format_inr(value))}", t) is not None

    return check


def only_utgst(doc: str) -> Check:
    """CGST + UTGST, and no SGST anywhere (UTGST Act s.7)."""
    return lambda p: "UTGST" in p.flat[doc] and "SGST" not in p.flat[doc].replace("UTGST", "")


def place_of_supply(doc: str, state: str) -> Check:
    return lambda p: p.invoices[doc].place_of_supply == state and f"Place of supply: {state}" in p.flat[doc]


def reverse_charge(doc: str) -> Check:
    return lambda p: not p.invoices[doc].reverse_charge and "Reverse charge: No" in p.flat[doc]


def signature(doc: str) -> Check:
    return lambda p: all(
        x in p.flat[doc] for x in (f"For {p.invoices[doc].supplier_name}", "Authorised signatory")
    )


def all_of(*checks: Check) -> Check:
    return lambda p: all(check(p) for check in checks)


def rx(test: Callable[[PrescriptionDoc, str], bool], doc: str = "rx") -> Check:
    return lambda p: test(p.prescriptions[doc], p.flat[doc])


def rx_lines(test: Callable[[PrescriptionLineDoc, str], bool]) -> Check:
    return rx(lambda d, t: bool(d.lines) and all(test(ln, t) for ln in d.lines))


# --- the checklist ---------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Row:
    document: str
    field: str
    rule: str
    on: str  # which printed document the row is checked on
    check: Check | None  # for an n/a row: an optional check that the case indeed does not arise
    na: str | None = None  # why the field does not apply to a clinic
    missing: str | None = None  # a field the law asks that the document does not print (xfail)


TI = "Tax invoice"
BOS = "Bill of supply"
ICB = "Invoice-cum-bill of supply"
CN = "Credit note"
RCT = "Receipt"
RX = "Prescription"
ON = {
    "ti_b2b": "tax invoice to a company (GSTIN), a discounted line",
    "ti_inter": "tax invoice, medicines to a patient of another State",
    "ti_big": "tax invoice, Rs 50,000 taxable, unregistered patient",
    "ti_ut": "tax invoice of a clinic in Chandigarh (UT)",
    "bos": "bill of supply, exempt consultation",
    "bos_b2b": "bill of supply to a company (GSTIN)",
    "icbos": "invoice-cum-bill of supply, consultation + medicine",
    "cn": "credit note to an unregistered patient",
    "cn_b2b": "credit note to a company (GSTIN)",
    "receipt": "money receipt for the bill of supply",
    "rx": "prescription, adult",
    "rx_child": "prescription, child of 6",
}
DELIVERY = (
    "services are performed (IGST Act s.12(4)) and medicines handed over at the clinic: nothing is "
    "delivered to another address"
)
NO_CESS = "no compensation cess is levied on medicines or health services; no line carries cess"


def _r(document: str, field: str, rule: str, on: str, check: Check | None, **kw: str) -> Row:
    return Row(document, field, rule, ON[on], check, **kw)


# fmt: off
ROWS: list[Row] = [
    # Tax invoice: CGST Rules, rule 46
    _r(TI, "title: TAX INVOICE", "CGST Act s.31(1); Rule 46", "ti_b2b", shows("ti_b2b", "TAX INVOICE")),
    _r(TI, "(a) supplier's name, address and GSTIN", "Rule 46(a)", "ti_b2b", supplier("ti_b2b")),
    _r(TI, "(b) consecutive serial number, <= 16 characters of A-Z 0-9 - /", "Rule 46(b)", "ti_b2b",
       serial("ti_b2b", "Invoice No.")),
    _r(TI, "(c) date of issue", "Rule 46(c)", "ti_b2b", issued("ti_b2b")),
    _r(TI, "(d) registered recipient's name, address and GSTIN", "Rule 46(d)", "ti_b2b",
       recipient("ti_b2b", gstin=True, address=True, state=True)),
    _r(TI, "(e) unregistered recipient, taxable value >= Rs 50,000: name, address, State name and code",
       "Rule 46(e)", "ti_big", recipient("ti_big", address=True, state=True)),
    _r(TI, "(f) unregistered recipient < Rs 50,000 who asks: name, address, State name and code",
       "Rule 46(f)", "ti_inter", recipient("ti_inter", address=True, state=True)),
    _r(TI, "(e)/(f) address of delivery", "Rule 46(e), (f)", "ti_big", None, na=DELIVERY),
    _r(TI, "(g) HSN/SAC code of each line (4 digits or more)", "Rule 46(g); Notification 78/2020-CT",
       "ti_b2b", hsn("ti_b2b")),
    _r(TI, "(h) description of each line", "Rule 46(h)", "ti_b2b", described("ti_b2b")),
    _r(TI, "(i) quantity and unit of goods", "Rule 46(i)", "ti_b2b", goods_quantity("ti_b2b")),
    _r(TI, "(j) total value of supply", "Rule 46(j)", "ti_b2b", total("ti_b2b")),
    _r(TI, "(k) taxable value after discount, per line and in total", "Rule 46(k)", "ti_b2b",
       discounted("ti_b2b")),
    _r(TI, "(l) rate of central tax (CGST)", "Rule 46(l)", "ti_b2b", head_rates("ti_b2b", "CGST")),
    _r(TI, "(l) rate of State tax (SGST)", "Rule 46(l)", "ti_b2b", head_rates("ti_b2b", "SGST")),
    _r(TI, "(l) rate of integrated tax (IGST), inter-State", "Rule 46(l)", "ti_inter",
       head_rates("ti_inter", "IGST")),
    _r(TI, "(l) rate of Union territory tax (UTGST)", "Rule 46(l); UTGST Act s.7", "ti_ut",
       all_of(head_rates("ti_ut", "UTGST"), only_utgst("ti_ut"))),
    _r(TI, "(l) rate of cess", "Rule 46(l)", "ti_b2b", never("ti_b2b", "cess"), na=NO_CESS),
    _r(TI, "(m) amount of central tax (CGST)", "Rule 46(m)", "ti_b2b", head_amount("ti_b2b", "CGST")),
    _r(TI, "(m) amount of State tax (SGST)", "Rule 46(m)", "ti_b2b", head_amount("ti_b2b", "SGST")),
    _r(TI, "(m) amount of integrated tax (IGST)", "Rule 46(m)", "ti_inter", head_amount("ti_inter", "IGST")),
    _r(TI, "(m) amount of Union territory tax (UTGST)", "Rule 46(m)", "ti_ut", head_amount("ti_ut", "UTGST")),
    _r(TI, "(m) amount of cess", "Rule 46(m)", "ti_b2b", never("ti_b2b", "cess"), na=NO_CESS),
    _r(TI, "(n) place of supply with the State's name, inter-State supply",
       "Rule 46(n); IGST Act s.10(1)(ca)", "ti_inter", place_of_supply("ti_inter", "Maharashtra (27)")),
    _r(TI, "place of supply of a service: the clinic's State, whatever the recipient's",
       "IGST Act s.12(4)", "ti_b2b", place_of_supply("ti_b2b", "Karnataka (29)")),
    _r(TI, "(o) address of delivery where different from the place of supply", "Rule 46(o)", "ti_b2b",
       None, na=DELIVERY),
    _r(TI, "(p) whether tax is payable on reverse charge", "Rule 46(p)", "ti_b2b", reverse_charge("ti_b2b")),
    _r(TI, "(q) signature of the supplier or authorised signatory", "Rule 46(q)", "ti_b2b",
       signature("ti_b2b")),
    _r(TI, "export: 'supply meant for export' endorsement", "Rule 46, proviso (exports)", "ti_b2b",
       never("ti_b2b", "export"), na="a clinic's services are performed in India; it exports nothing"),
    # Bill of supply: rule 49
    _r(BOS, "title: BILL OF SUPPLY", "CGST Act s.31(3)(c); Rule 49", "bos", shows("bos", "BILL OF SUPPLY")),
    _r(BOS, "(a) supplier's name, address and GSTIN", "Rule 49(a)", "bos", supplier("bos")),
    _r(BOS, "(b) consecutive serial number, <= 16 characters of A-Z 0-9 - /", "Rule 49(b)", "bos",
       serial("bos", "Bill No.")),
    _r(BOS, "(c) date of issue", "Rule 49(c)", "bos", issued("bos")),
    _r(BOS, "(d) recipient's name (unregistered patient)", "Rule 49(d)", "bos", recipient("bos")),
    _r(BOS, "(d) registered recipient's name, address and GSTIN", "Rule 49(d)", "bos_b2b",
       recipient("bos_b2b", gstin=True, address=True, state=True)),
    _r(BOS, "(e) HSN/SAC code of each line", "Rule 49(e)", "bos", hsn("bos")),
    _r(BOS, "(f) description of each line", "Rule 49(f)", "bos_b2b", described("bos_b2b")),
    _r(BOS, "(g) value of supply after discount, per line and in total", "Rule 49(g)", "bos_b2b",
       all_of(lines_check("bos_b2b",
                          lambda ln, t: f"{amount(ln.unit_price)} - {amount(ln.taxable_value)}" in t),
              total("bos_b2b"), shows("bos_b2b", "Total value"))),
    _r(BOS, "no tax charged: no tax columns, the exemption said",
       "CGST Act s.31(3)(c); Notification 12/2017-CT(R)", "bos",
       all_of(never("bos", "CGST", "SGST", "IGST"), shows("bos", "No GST charged"))),
    _r(BOS, "(h) signature of the supplier or authorised signatory", "Rule 49(h)", "bos", signature("bos")),
    # Invoice-cum-bill of supply: rule 46A (the particulars of rule 46 and rule 49)
    _r(ICB, "title: INVOICE-CUM-BILL OF SUPPLY", "Rule 46A", "icbos",
       shows("icbos", "INVOICE-CUM-BILL OF SUPPLY")),
    _r(ICB, "supplier's name, address and GSTIN", "Rule 46A; 46(a), 49(a)", "icbos", supplier("icbos")),
    _r(ICB, "consecutive serial number, <= 16 characters of A-Z 0-9 - /", "Rule 46A; 46(b), 49(b)", "icbos",
       serial("icbos", "Invoice No.")),
    _r(ICB, "date of issue", "Rule 46A; 46(c), 49(c)", "icbos", issued("icbos")),
    _r(ICB, "recipient's name (unregistered patient)", "Rule 46A; 46(d), 49(d)", "icbos", recipient("icbos")),
    _r(ICB, "HSN/SAC code of each line", "Rule 46A; 46(g), 49(e)", "icbos", hsn("icbos")),
    _r(ICB, "description of each line", "Rule 46A; 46(h), 49(f)", "icbos", described("icbos")),
    _r(ICB, "quantity and unit of goods", "Rule 46A; 46(i)", "icbos", goods_quantity("icbos")),
    _r(ICB, "exempt line marked exempt; exempt value after discount", "Rule 46A; 49(g)", "icbos",
       all_of(shows("icbos", "Exempt"), after_discount("icbos", "Exempt value"))),
    _r(ICB, "taxable value after discount", "Rule 46A; 46(k)", "icbos", after_discount("icbos")),
    _r(ICB, "rate of CGST and of SGST", "Rule 46A; 46(l)", "icbos",
       all_of(head_rates("icbos", "CGST"), head_rates("icbos", "SGST"))),
    _r(ICB, "amount of CGST and of SGST", "Rule 46A; 46(m)", "icbos",
       all_of(head_amount("icbos", "CGST"), head_amount("icbos", "SGST"))),
    _r(ICB, "total value of supply", "Rule 46A; 46(j)", "icbos", total("icbos")),
    _r(ICB, "place of supply (State name)", "Rule 46A; 46(n)", "icbos",
       place_of_supply("icbos", "Karnataka (29)")),
    _r(ICB, "whether tax is payable on reverse charge", "Rule 46A; 46(p)", "icbos", reverse_charge("icbos")),
    _r(ICB, "signature of the supplier or authorised signatory", "Rule 46A; 46(q), 49(h)", "icbos",
       signature("icbos")),
    # Credit note: rule 53(1A)
    _r(CN, "(a) supplier's name, address and GSTIN", "Rule 53(1A)(a)", "cn", supplier("cn")),
    _r(CN, "(b) nature of the document: CREDIT NOTE", "Rule 53(1A)(b)", "cn", shows("cn", "CREDIT NOTE")),
    _r(CN, "(c) consecutive serial number, <= 16 characters of A-Z 0-9 - /", "Rule 53(1A)(c)", "cn",
       serial("cn", "Credit note No.")),
    _r(CN, "(d) date of issue", "Rule 53(1A)(d)", "cn", issued("cn")),
    _r(CN, "(e) registered recipient's name, address and GSTIN", "Rule 53(1A)(e)", "cn_b2b",
       recipient("cn_b2b", gstin=True, address=True, state=True)),
    _r(CN, "(f) unregistered recipient's name, address, State name and code", "Rule 53(1A)(f)", "cn",
       recipient("cn", address=True, state=True)),
    _r(CN, "(f) address of delivery", "Rule 53(1A)(f)", "cn", None, na=DELIVERY),
    _r(CN, "(g) serial number and date of the invoice credited", "Rule 53(1A)(g)", "cn",
       lambda p: f"Against invoice {p.invoices['cn'].original_number} dated "
       f"{date_text(p.invoices['cn'].original_date or dt.date.min)}" in p.flat["cn"]),
    _r(CN, "(h) taxable value credited", "Rule 53(1A)(h)", "cn", after_discount("cn")),
    _r(CN, "(h) rate of tax", "Rule 53(1A)(h)", "cn",
       all_of(head_rates("cn", "CGST"), head_rates("cn", "SGST"))),
    _r(CN, "(h) amount of tax credited", "Rule 53(1A)(h)", "cn",
       all_of(head_amount("cn", "CGST"), head_amount("cn", "SGST"), total("cn", "Total credit"))),
    _r(CN, "(i) signature of the supplier or authorised signatory", "Rule 53(1A)(i)", "cn", signature("cn")),
    _r(CN, "reason for the credit", "CGST Act s.34(1)", "cn",
       lambda p: f"Reason: {p.invoices['cn'].reason}" in p.flat["cn"]),
    # Receipts
    _r(RCT, "receipt voucher for an advance", "CGST Rule 50", "receipt", None,
       na="the clinic takes no advances: every payment is received against an issued invoice, so no "
       "receipt voucher is issued"),
    _r(RCT, "doctor's name and registration number on the money receipt", "IMC Regulations 2002, 1.4.1",
       "receipt", lambda p: all(x in p.flat["receipt"] for x in (
           f"Doctor: {p.receipt.doctor_name}", f"Reg. No. {p.receipt.doctor_reg_number}"))),
    _r(RCT, "receipt number, date, amount, and the invoice it is against", "Rule 46(b) series; practice",
       "receipt", lambda p: all(x in p.flat["receipt"] for x in (
           p.receipt.receipt_number, date_text(p.receipt.issued_at), format_inr(p.receipt.payment.amount),
           p.receipt.against_number))),
    # Prescription
    _r(RX, "doctor's name", "WHO Guide to Good Prescribing", "rx", rx(lambda d, t: d.doctor_name in t)),
    _r(RX, "doctor's qualifications (recognised)", "IMC Regulations 2002, 1.4.2", "rx",
       rx(lambda d, t: bool(d.doctor_qualifications) and d.doctor_qualifications in t)),
    _r(RX, "doctor's registration number, letterhead and signature", "IMC Regulations 2002, 1.4.1", "rx",
       rx(lambda d, t: t.count(f"Reg. No. {d.doctor_reg_number}") >= 2)),
    _r(RX, "clinic's (prescriber's) address and telephone", "WHO Guide to Good Prescribing", "rx",
       rx(lambda d, t: bool(d.clinic_address and d.clinic_phone)
          and all(x in t for x in (d.clinic_address or "", d.clinic_phone or "")))),
    _r(RX, "patient's name", "D&C Rules 1945, r.65(10)(b); WHO", "rx", rx(lambda d, t: d.patient_name in t)),
    _r(RX, "patient's address", "D&C Rules 1945, r.65(10)(b)", "rx",
       rx(lambda d, t: d.patient_address == "7 Temple Street, Mysuru 570001" and d.patient_address in t)),
    _r(RX, "patient's age and sex", "WHO Guide to Good Prescribing", "rx",
       rx(lambda d, t: re.search(r"\b40 y / F\b", t) is not None and d.patient_age_sex in t)),
    _r(RX, "patient's ID (MRN)", "DOMAIN.md s.3 (good practice)", "rx",
       rx(lambda d, t: f"MRN: {d.patient_mrn}" in t)),
    _r(RX, "child's weight", "DOMAIN.md s.3 (good practice)", "rx_child",
       rx(lambda d, t: d.patient_weight_kg is not None and "Wt 19.5 kg" in t, "rx_child")),
    _r(RX, "date of issue", "D&C Rules 1945, r.65(10)(a); WHO", "rx",
       rx(lambda d, t: date_text(d.issued_at.date()) in t)),
    _r(RX, "allergies (or 'not recorded')", "DOMAIN.md s.3, s.6", "rx",
       rx(lambda d, t: "Allergies: not recorded" in t and "No known allergies" not in t)),
    _r(RX, "diagnosis", "DOMAIN.md s.3", "rx",
       rx(lambda d, t: bool(d.diagnoses) and all(x in t for x in d.diagnoses))),
    _r(RX, "numbered drug lines", "DOMAIN.md s.3", "rx",
       rx_lines(lambda ln, t: f" {ln.line_no}. {ln.generic_name.upper()}" in t)),
    _r(RX, "generic name, legibly in capital letters", "IMC Regulations 2002, 1.5 (amended 2016)", "rx",
       rx_lines(lambda ln, t: f"{ln.generic_name.upper()} " in t
                and ln.generic_name.title() not in t)),
    _r(RX, "strength and dosage form", "WHO Guide to Good Prescribing", "rx",
       rx_lines(lambda ln, t: f"{ln.generic_name.upper()} {ln.strength} {ln.dosage_form}" in t)),
    _r(RX, "dose", "D&C Rules 1945, r.65(10)(c); WHO", "rx",
       rx_lines(lambda ln, t: f"{ln.dose} · {ln.route}" in t)),
    _r(RX, "route", "DOMAIN.md s.3 (good practice)", "rx",
       rx_lines(lambda ln, t: f" · {ln.route} · " in t)),
    _r(RX, "frequency, explained", "WHO Guide to Good Prescribing", "rx",
       shows("rx", "TDS (three times a day)", "HS (at bedtime)")),
    _r(RX, "minimum interval of an SOS dose", "DOMAIN.md s.3", "rx",
       shows("rx", "SOS (when needed, not more often than every 8 hours)")),
    _r(RX, "duration", "WHO Guide to Good Prescribing", "rx",
       rx_lines(lambda ln, t: f"for {ln.duration_days} days" in t)),
    _r(RX, "total quantity", "D&C Rules 1945, r.65(10)(c)", "rx",
       rx_lines(lambda ln, t: ln.quantity is not None
                and f"Qty: {quantity_text(ln.quantity)}" in t)),
    _r(RX, "instructions", "DOMAIN.md s.3 (good practice)", "rx", shows("rx", "· after food")),
    _r(RX, "units written in full (500 mg, not 0.5 g; no .5 mL, mcg, U)", "DOMAIN.md s.3", "rx",
       lambda p: re.search(r"\b0\.\d+ g\b|(?<![\d])\.\d+ ?mL|\bmcg\b|\bµg\b|\d U\b", p.flat["rx"]) is None),
    _r(RX, "advice", "DOMAIN.md s.3", "rx", rx(lambda d, t: bool(d.advice) and (d.advice or "") in t)),
    _r(RX, "follow-up date", "DOMAIN.md s.3", "rx",
       rx(lambda d, t: d.follow_up_on is not None and f"Review on {date_text(d.follow_up_on)}" in t)),
    _r(RX, "signature block: space, doctor's name, qualifications, Reg. No.",
       "D&C Rules 1945, r.65(10)(a); WHO", "rx",
       rx(lambda d, t: t.count(d.doctor_name) >= 2 and "Valid with the doctor's signature" in t
          and re.search(rf"{re.escape(d.doctor_name)} {re.escape(d.doctor_qualifications)} "
                        rf"Reg\. No\. {re.escape(d.doctor_reg_number)} ", t) is not None)),
]
# fmt: on


def _row_id(row: Row) -> str:
    return re.sub(r"[^a-z0-9]+", "-", f"{row.document} {row.field}".lower()).strip("-")[:70]


def _param(row: Row) -> object:
    marks = [pytest.mark.xfail(strict=True, reason=row.missing)] if row.missing else []
    return pytest.param(row, id=_row_id(row), marks=marks)


def status(row: Row, p: Printed) -> str:
    if row.na:
        return "n/a"
    assert row.check is not None
    return "yes" if row.check(p) else "no"


def render(p: Printed) -> str:
    """docs/document_checklist.md from the rows' results."""
    results = [(row, status(row, p)) for row in ROWS]
    docs = list(dict.fromkeys(row.document for row in ROWS))
    out = [
        "# Document checklist (issue 14)",
        "",
        "Every field the law asks of each printed document, read back with pdftotext from documents built",
        "through the services (`tests/unit/test_document_checklist.py`, on SQLite and PostgreSQL). This file",
        "is written by that test (`HMS_WRITE_CHECKLIST=1`), which fails when the file and the documents",
        "disagree. *n/a*: asked by the law only in a case that does not arise for a clinic (the reason",
        "given); *no*: asked and not printed (the test's row is an expected failure until it is).",
        "",
        "| Document | Rows | Present | n/a | Missing |",
        "|---|---|---|---|---|",
    ]
    for d in [*docs, None]:
        mine = [s for row, s in results if d is None or row.document == d]
        label = d if d is not None else "**All**"
        counts = [mine.count(s) for s in ("yes", "n/a", "no")]
        out.append(f"| {label} | {len(mine)} | {counts[0]} | {counts[1]} | {counts[2]} |")
    out += ["", "| Document | Field | Rule | Checked on | Present |", "|---|---|---|---|---|"]
    for row, s in results:
        present = {"yes": "yes", "n/a": f"n/a: {row.na}", "no": f"**no**: {row.missing or 'not printed'}"}[s]
        cells = [row.document, row.field, row.rule, row.on, present]
        out.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(out) + "\n"


# --- the tests -------------------------------------------------------------------------------------


@pytest.mark.parametrize("row", [_param(row) for row in ROWS])
def test_the_field_is_printed(printed: Printed, row: Row) -> None:
    if row.na:
        # not applicable: where a check is given, it shows the case does not arise on the printout
        assert row.check is None or row.check(printed), row
        return
    assert row.check is not None
    assert row.check(printed), (
        f"{row.field} ({row.rule}) not found on the {row.on}:\n{printed.text[_doc(row)]}"
    )


def _doc(row: Row) -> str:
    return next(key for key, label in ON.items() if label == row.on)


def test_every_document_type_has_its_rows() -> None:
    assert {row.document for row in ROWS} == {TI, BOS, ICB, CN, RCT, RX}
    assert len({_row_id(row) for row in ROWS}) == len(ROWS)
    for row in ROWS:
        assert row.check is not None or row.na, row
        assert not (row.na and row.missing), row
    letters = {m for row in ROWS if row.document == TI for m in re.findall(r"\(([a-q])\)", row.field)}
    assert letters == set("abcdefghijklmnopq")  # every clause of rule 46
    for doc, last in ((BOS, "h"), (CN, "i")):
        found = {m for row in ROWS if row.document == doc for m in re.findall(r"^\(([a-q])\)", row.field)}
        assert found == {chr(c) for c in range(ord("a"), ord(last) + 1)}, doc


def test_the_committed_checklist_is_what_the_documents_show(printed: Printed) -> None:
    table = render(printed)
    if os.environ.get("HMS_WRITE_CHECKLIST") == "1":
        CHECKLIST.write_text(table, encoding="utf-8")
    assert CHECKLIST.read_text(encoding="utf-8") == table, (
        "docs/document_checklist.md is stale: rerun with HMS_WRITE_CHECKLIST=1"
    )
