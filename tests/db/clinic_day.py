"""A whole ordinary clinic day through the services: what a desk does, and what the database must
let it do (run as the desk role in test_desk_role.py).

Register a patient, book and check in, walk-in, triage, call, consult with a prescription, bill the
pending charges, take a payment, issue a credit note, print, close the cashier's day, day report.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from hms_desktop.db.engine import Database
from hms_desktop.db.models import BillableItem
from hms_desktop.domain.identifiers import make_gstin
from hms_desktop.services.billing_types import InvoiceInput, LineInput, PaymentInput
from hms_desktop.services.consultation_types import ConsultationInput, DiagnosisInput, DrugLineInput
from hms_desktop.services.patients_types import PatientInput
from tests.unit.queue_clinic import QueueClinic, build_clinic

FORM = ConsultationInput(
    subjective="Fever 2 days",
    assessment="Viral fever",
    diagnoses=(DiagnosisInput("", "J06.9", is_primary=True),),
    lines=(DrugLineInput("paracetamol", "500 mg", "tablet", "1 tablet", "oral", "TDS", duration_days=3),),
)


@dataclasses.dataclass(frozen=True)
class ClinicDay:
    c: QueueClinic
    patient_id: int
    invoice_id: int
    payment_id: int
    credit_note_id: int
    prescription_id: int
    day_close_id: int


def run_clinic_day(db: Database) -> ClinicDay:
    c = build_clinic(db)
    sv = c.sv
    sv.clinic.update_settings(
        c.admin,
        legal_name="Asha Clinic",
        state_name="Karnataka",
        state_code="29",
        gstin=make_gstin("29", "AAKFS4821M"),  # registered: it issues tax invoices (issue 13)
    )
    patient = sv.patients.register(
        c.desk,
        PatientInput(
            "Meena", "F", "Iyer", age_years=34, phone="9876543210", address="12 MG Road", city="Bengaluru"
        ),
    )
    tomorrow = sv.scheduling.clock.now().replace(microsecond=0) + dt.timedelta(days=1)
    start = tomorrow.replace(minute=0, second=0)
    appt = sv.scheduling.book(c.desk, patient.id, c.gp.doctor_id or 0, start, "Review")
    sv.scheduling.cancel(c.desk, appt.id, "Patient will walk in today")
    entry = c.walk_in("Ravi", complaint="Fever")
    sv.queue.call_next(c.gp)
    view = sv.consultation.start(c.gp, entry)
    done = sv.consultation.complete(c.gp, view.id, FORM)
    assert done.prescription_id is not None
    sv.consultation.prescription_doc(c.gp, done.prescription_id)
    (pending,) = sv.billing.pending(c.cashier)
    inv = sv.billing.create_invoice(
        c.cashier,
        InvoiceInput(pending.patient_id, [LineInput(pending_charge_id=x.id) for x in pending.charges]),
    )
    with db.write() as s:  # the price list (imported by the administrator in a real clinic)
        s.add(
            BillableItem(
                code="MED-PCM", name="Paracetamol 500 mg x10", kind="medicine", tax_class="MEDICINE",
                unit_price=Decimal("21.00"), unit="STRIP",
            )
        )  # fmt: skip
    extra = sv.billing.create_invoice(
        c.cashier, InvoiceInput(patient.id, [LineInput(item_code="MED-PCM", quantity=Decimal("2"))])
    )
    pay = sv.billing.take_payment(c.cashier, inv.id, PaymentInput("cash", inv.grand_total))
    sv.billing.take_payment(c.cashier, extra.id, PaymentInput("upi", extra.grand_total, reference="UPI-77"))
    note = sv.billing.issue_credit_note(
        c.admin, extra.id, None, "Billed twice", refund_mode="upi", recipient_address="3 Park Road, Mysuru"
    )  # Rule 53(1A)(f): the note shows an address
    sv.billing.invoice_doc(c.cashier, inv.id, duplicate=True)
    sv.billing.receipt_doc(c.cashier, pay.id)
    sv.billing.credit_note_doc(c.admin, note.id)
    today = sv.billing.clock.today()
    expected = sv.billing.day_summary(c.cashier, c.cashier.user_id or 0, today).expected
    close = sv.billing.close_day(c.cashier, today, {m: Decimal(v) for m, v in expected.items()})
    report = sv.day_report.day_report(c.admin, today)
    assert report.closes and report.audit_seq is not None
    return ClinicDay(c, patient.id, inv.id, pay.id, note.id, done.prescription_id, close.id)
