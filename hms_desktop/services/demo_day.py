"""Seeding step two: the demo clinic's day (appointments, the queue) and its invoices with payments.

Invoice and receipt numbers are counted per series here and written to ``doc_series`` at the end.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import ROUND_CEILING, Decimal

from sqlalchemy.orm import Session

from hms_desktop.db.models import (
    Appointment,
    BillableItem,
    DocSeries,
    Doctor,
    Invoice,
    InvoiceLine,
    Patient,
    Payment,
    PendingCharge,
    QueueEntry,
)
from hms_desktop.domain.billing_math import LineIn, compute_bill
from hms_desktop.domain.enums import (
    AppointmentStatus,
    DocType,
    InvoiceStatus,
    ItemKind,
    PaymentMode,
    QueueStatus,
    TriageLevel,
    VisitSource,
)
from hms_desktop.domain.gst import STATE_NAMES, financial_year
from hms_desktop.domain.triage import Vitals, news2_score
from hms_desktop.services.demo_data import CLINIC_STATE, GST_RATES, VITALS, local_time
from hms_desktop.services.doc_numbers import PREFIXES, format_number
from hms_desktop.services.invoice_seal import content_hash


class DayWorkSeeder:
    """Today's work of the demo clinic, on the organisation ``ClinicSeeder`` made."""

    def __init__(self, s: Session, rng: random.Random, today: dt.date, now: dt.datetime) -> None:
        self.s, self.rng, self.today, self.now = s, rng, today, now
        self.series: dict[tuple[DocType, str], int] = {}

    # --- today ------------------------------------------------------------------------------

    def appointments(
        self, doctors: list[Doctor], patient_ids: list[int], booked_by: int
    ) -> list[Appointment]:
        weekday = self.today.weekday()
        appts: list[Appointment] = []
        for doc in doctors:
            sessions = [sch for sch in doc.schedules if sch.weekday == weekday]
            if not sessions or len(appts) >= 30:
                continue
            sch = sessions[0]
            slots = list(range(sch.start_min, sch.end_min, sch.slot_minutes))
            for start in sorted(self.rng.sample(slots, min(4, len(slots)))):
                starts = local_time(self.today, start)
                appts.append(
                    Appointment(
                        patient_id=self.rng.choice(patient_ids),
                        doctor_id=doc.id,
                        starts_at=starts,
                        ends_at=starts + dt.timedelta(minutes=sch.slot_minutes),
                        status=AppointmentStatus.BOOKED.value,
                        slot_key=Appointment.make_slot_key(doc.id, starts),
                        reason="Review" if self.rng.random() < 0.5 else None,
                        booked_by=booked_by,
                    )
                )
        if len(appts) > 3:
            cancelled = appts[-1]
            cancelled.status = AppointmentStatus.CANCELLED.value
            cancelled.slot_key = None
            cancelled.cancel_reason = "Patient called to cancel"
        self.s.add_all(appts)
        self.s.flush()
        return appts

    def queue(
        self, doctors: list[Doctor], patient_ids: list[int], appts: list[Appointment], nurse_id: int
    ) -> list[QueueEntry]:
        plan = (  # status, level
            (QueueStatus.DONE, TriageLevel.GREEN),
            (QueueStatus.DONE, TriageLevel.YELLOW),
            (QueueStatus.DONE, TriageLevel.BLUE),
            (QueueStatus.DONE, TriageLevel.GREEN),
            (QueueStatus.IN_CONSULT, TriageLevel.YELLOW),
            (QueueStatus.CALLED, TriageLevel.GREEN),
            (QueueStatus.WAITING, TriageLevel.RED),
            (QueueStatus.WAITING, TriageLevel.ORANGE),
            (QueueStatus.WAITING, TriageLevel.YELLOW),
            (QueueStatus.WAITING, TriageLevel.GREEN),
            (QueueStatus.WAITING, TriageLevel.BLUE),
            (QueueStatus.WAITING, TriageLevel.GREEN),
            (QueueStatus.WAITING, TriageLevel.YELLOW),
            (QueueStatus.WAITING, TriageLevel.BLUE),
        )
        usable = [a for a in appts if a.slot_key is not None]
        entries: list[QueueEntry] = []
        for token, (status, level) in enumerate(plan, start=1):
            complaint, rr, spo2, sbp, dbp, pulse, temp, acvpu, pain = VITALS[level]
            appt = usable.pop(0) if token % 3 == 0 and usable else None
            general = doctors[token % 3]  # walk-ins go to the three general physicians
            doctor = next((d for d in doctors if appt and d.id == appt.doctor_id), general)
            arrived = self.now - dt.timedelta(minutes=15 * (len(plan) - token) + 5)
            q = QueueEntry(
                visit_date=self.today,
                token_series="ALL",
                token_no=token,
                patient_id=appt.patient_id if appt else self.rng.choice(patient_ids),
                department_id=doctor.department_id,
                doctor_id=doctor.id,
                appointment_id=appt.id if appt else None,
                source=(VisitSource.APPOINTMENT if appt else VisitSource.WALK_IN).value,
                status=status.value,
                chief_complaint=complaint,
                triage_level=level.value,
                suggested_level=level.value,
                arrived_at=arrived,
                resp_rate=rr,
                spo2=spo2,
                on_oxygen=False,
                hypercapnic=False,
                systolic_bp=sbp,
                diastolic_bp=dbp,
                pulse=pulse,
                temperature_c=Decimal(temp),
                consciousness=acvpu,
                pain_score=pain,
                news2_score=news2_score(Vitals(rr, spo2, False, sbp, pulse, acvpu, float(temp))),
                triaged_by=nurse_id,
                triaged_at=arrived + dt.timedelta(minutes=3),
                room=doctor.room if status is not QueueStatus.WAITING else None,
            )
            if status in (QueueStatus.CALLED, QueueStatus.IN_CONSULT, QueueStatus.DONE):
                q.called_at = arrived + dt.timedelta(minutes=8)
            if status in (QueueStatus.IN_CONSULT, QueueStatus.DONE):
                q.consult_at = arrived + dt.timedelta(minutes=10)
            if status is QueueStatus.DONE:
                q.done_at = arrived + dt.timedelta(minutes=22)
            if appt is not None:
                appt.status = (
                    AppointmentStatus.COMPLETED
                    if status is QueueStatus.DONE
                    else AppointmentStatus.CHECKED_IN
                ).value
            entries.append(q)
        self.s.add_all(entries)
        self.s.flush()
        return entries

    # --- billing ----------------------------------------------------------------------------

    def _next(self, doc_type: DocType, day: dt.date) -> str:
        fy = financial_year(day)
        n = self.series.get((doc_type, fy), 0) + 1
        self.series[(doc_type, fy)] = n
        return format_number(PREFIXES[doc_type], day, n)  # as the billing service numbers them

    def _rate(self, tax_class: str, day: dt.date) -> tuple[Decimal, bool, str]:
        rows = [r for r in GST_RATES if r[0] == tax_class and r[2] <= day]
        _, code, _, rate, exempt, _ = max(rows, key=lambda r: r[2])
        return Decimal(rate), exempt, code

    def _issue_time(self, day: dt.date) -> dt.datetime:
        if day < self.today:
            return local_time(day, 11 * 60 + self.rng.randrange(300))
        return max(local_time(day, 0), self.now - dt.timedelta(minutes=self.rng.randrange(5, 60)))

    def invoice(
        self,
        day: dt.date,
        patient_id: int,
        doctor: Doctor,
        cashier_id: int,
        lines: list[tuple[BillableItem, Decimal]],
        pay: PaymentMode | None,
    ) -> Invoice:
        # the billing service's own arithmetic (domain.billing_math): same taxes, round-off, document type
        priced = []
        for item, qty in lines:
            rate, exempt, code = self._rate(item.tax_class, day)
            price = doctor.consultation_fee if item.code.startswith("CONS") else item.unit_price
            goods = item.kind == ItemKind.MEDICINE.value
            priced.append((item, qty, price, code, LineIn(qty, price, Decimal("0.00"), rate, exempt, goods)))
        bill = compute_bill([p[-1] for p in priced], CLINIC_STATE)
        inv_lines = [
            InvoiceLine(
                line_no=no,
                item_id=item.id,
                description=item.name,
                sac_hsn=code,
                quantity=qty,
                unit=item.unit,
                unit_price=price,
                discount=t.discount,
                taxable_value=t.taxable,
                gst_rate=t.rate,
                is_exempt=t.exempt,
                cgst=t.cgst,
                sgst=t.sgst,
                igst=t.igst,
                line_total=t.total,
            )
            for no, ((item, qty, price, code, _), t) in enumerate(
                zip(priced, bill.lines, strict=True), start=1
            )
        ]
        grand, doc_type = bill.grand_total, bill.doc_type
        patient = self.s.get(Patient, patient_id)
        assert patient is not None
        inv = Invoice(
            doc_type=doc_type.value,
            doc_number=self._next(doc_type, day),
            fin_year=financial_year(day),
            invoice_date=day,
            issued_at=self._issue_time(day),
            patient_id=patient_id,
            doctor_id=doctor.id,
            cashier_id=cashier_id,
            recipient_name=patient.display_name,
            patient_name=patient.display_name,
            recipient_address=None,
            supply_state=STATE_NAMES[bill.place_code],
            supply_state_code=bill.place_code,
            intra_state=bill.intra_state,
            exempt_value=bill.exempt_value,
            taxable_value=bill.taxable_value,
            cgst=bill.cgst,
            sgst=bill.sgst,
            igst=bill.igst,
            round_off=bill.round_off,
            grand_total=grand,
            status=InvoiceStatus.ISSUED.value,
        )
        inv.lines.extend(inv_lines)
        inv.content_sha256 = content_hash(inv)  # sealed as the billing service seals it
        if pay is not None:
            tendered = (
                (grand / 500).to_integral_value(rounding=ROUND_CEILING) * 500
                if pay is PaymentMode.CASH
                else None
            )
            inv.payments.append(
                Payment(
                    receipt_number=self._next(DocType.RECEIPT, day),
                    fin_year=financial_year(day),
                    paid_at=inv.issued_at + dt.timedelta(minutes=2),
                    business_date=day,
                    pay_mode=pay.value,
                    amount=grand,
                    tendered=tendered,
                    change_given=(tendered - grand) if tendered is not None else None,
                    reference=None if pay is PaymentMode.CASH else f"TXN{self.rng.randrange(10**9, 10**10)}",
                    cashier_id=cashier_id,
                )
            )
        self.s.add(inv)
        return inv

    def invoices(
        self,
        entries: list[QueueEntry],
        doctors: list[Doctor],
        items: dict[str, BillableItem],
        patient_ids: list[int],
        cashier_id: int,
    ) -> int:
        by_id = {d.id: d for d in doctors}
        done = [q for q in entries if q.status == QueueStatus.DONE.value]
        bills = (
            ([("CONS-GEN", "1")], PaymentMode.CASH),
            ([("CONS-GEN", "1"), ("MED-PCM", "2"), ("MED-CTZ", "1")], PaymentMode.UPI),
            ([("CONS-SPL", "1"), ("ECG", "1")], None),  # unpaid
            ([("CONS-GEN", "1"), ("NEB", "1"), ("MED-AMOX", "1.5")], PaymentMode.CARD),
        )
        count = 0
        for q, (lines, pay) in zip(done, bills, strict=False):
            doctor = by_id[q.doctor_id] if q.doctor_id else doctors[0]
            self.invoice(
                self.today, q.patient_id, doctor, cashier_id, [(items[c], Decimal(n)) for c, n in lines], pay
            )
            count += 1
        # earlier days: a medicines-only sale, a cosmetic procedure, an unpaid consultation
        for back, lines, pay in (
            (1, [("MED-ORS", "4"), ("MED-PCM", "1")], PaymentMode.CASH),
            (2, [("COS-PEEL", "1")], PaymentMode.CARD),
            (3, [("CONS-SPL", "1")], None),
        ):
            self.invoice(
                self.today - dt.timedelta(days=back),
                self.rng.choice(patient_ids),
                doctors[6],
                cashier_id,
                [(items[c], Decimal(n)) for c, n in lines],
                pay,
            )
            count += 1
        # waiting for the cashier: charges recorded by the in-consult visit
        consult = next(q for q in entries if q.status == QueueStatus.IN_CONSULT.value)
        for code in ("CONS-GEN", "MED-PCM"):
            item = items[code]
            self.s.add(
                PendingCharge(
                    patient_id=consult.patient_id,
                    queue_entry_id=consult.id,
                    doctor_id=consult.doctor_id,
                    item_id=item.id,
                    description=item.name,
                    quantity=Decimal("1"),
                    unit_price=item.unit_price,
                )
            )
        for (doc_type, fy), last in sorted(self.series.items()):
            self.s.add(
                DocSeries(doc_type=doc_type.value, fin_year=fy, prefix=PREFIXES[doc_type], next_no=last + 1)
            )
        return count
