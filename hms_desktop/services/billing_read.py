"""What the cashier's screens read: the price list, pending charges, the day's documents with
their money (from :class:`~hms_desktop.services.billing_ledger.InvoiceLedger`), series prefixes, and
the medicines prescribed to a patient today (matched to the price list by ``domain.dispensing``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, exists, select, true
from sqlalchemy.orm import Session, aliased, selectinload

from hms_desktop.db.engine import Database
from hms_desktop.db.models import (
    BillableItem,
    ChangeCounter,
    DocSeries,
    Invoice,
    Patient,
    Payment,
    PendingCharge,
    Prescription,
    PrescriptionLine,
)
from hms_desktop.domain import dispensing
from hms_desktop.domain.clock import Clock
from hms_desktop.domain.enums import ItemKind
from hms_desktop.domain.gst import financial_year
from hms_desktop.domain.permissions import Action
from hms_desktop.errors import ValidationError
from hms_desktop.services import audit, doc_numbers
from hms_desktop.services.billing_ledger import (
    InvoiceLedger,
    Settlement,
    balance_due,
    load_invoice,
    person_name,
)
from hms_desktop.services.billing_types import (
    ZERO,
    InvoiceInfo,
    InvoiceLineInfo,
    InvoiceSummary,
    PaymentInfo,
    PendingChargeInfo,
    PendingPatient,
    PrescribedMedicine,
    PriceItem,
    SeriesPrefix,
)
from hms_desktop.services.changes import ChangeTopic
from hms_desktop.services.context import Actor
from hms_desktop.services.guard import read_retry, require
from hms_desktop.services.price_list_lookup import prices_on, rate_for


class BillingReader:
    """Read-only billing queries, each one read unit of work."""

    def __init__(self, db: Database, clock: Clock, ledger: InvoiceLedger) -> None:
        self._db = db
        self.clock = clock
        self._ledger = ledger

    @read_retry
    def prefixes(self, actor: Actor) -> list[SeriesPrefix]:
        """Each document type's series prefix as the next document uses it, with the numbers this
        financial year's series has issued."""
        require(self._db, actor, Action.SETTINGS_MANAGE, "doc_series")
        fin_year = financial_year(self.clock.today())
        with self._db.read() as s:  # one read of the series rows (a handful per financial year)
            rows = s.execute(
                select(DocSeries.doc_type, DocSeries.fin_year, DocSeries.prefix, DocSeries.next_no).order_by(
                    DocSeries.fin_year.desc()
                )
            ).all()
        latest: dict[str, str] = {}  # the newest year's prefix, as doc_numbers.current_prefix takes it
        issued: dict[str, int] = {}
        for doc_type, year, prefix, next_no in rows:
            latest.setdefault(doc_type, prefix)
            if year == fin_year:
                issued[doc_type] = int(next_no) - 1
        return [
            SeriesPrefix(kind.value, latest.get(kind.value, default), issued.get(kind.value, 0))
            for kind, default in doc_numbers.PREFIXES.items()
        ]

    @read_retry
    def version(self, actor: Actor) -> int:
        """The 'billing' change counter: cashier screens poll it and refresh when it moves."""
        require(self._db, actor, Action.BILLING_VIEW, "invoice")
        with self._db.read() as s:
            value = s.scalar(
                select(ChangeCounter.counter).where(ChangeCounter.topic == ChangeTopic.BILLING.value)
            )
            return int(value or 0)

    @read_retry
    def price_list(self, actor: Actor, on_date: dt.date | None = None) -> list[PriceItem]:
        """Active price-list items with the GST rate of their tax class on ``on_date`` (today)."""
        require(self._db, actor, Action.BILLING_VIEW, "billable_item")
        day = on_date or self.clock.today()
        with self._db.read() as s:
            items = s.scalars(
                select(BillableItem).where(BillableItem.is_active == true()).order_by(BillableItem.code)
            ).all()
            rates: dict[str, tuple[Decimal, bool, str] | None] = {}
            dated = prices_on(s, day)  # the price in force on the day (migration 0011)
            out = []
            for it in items:
                if it.tax_class not in rates:
                    try:
                        rates[it.tax_class] = rate_for(s, it.tax_class, day)
                    except ValidationError:
                        rates[it.tax_class] = None
                rate = rates[it.tax_class]
                out.append(
                    PriceItem(
                        it.id,
                        it.code,
                        it.name,
                        it.kind,
                        it.tax_class,
                        dated.get(it.id, it.unit_price),
                        it.unit,
                        it.sac_hsn or (rate[2] if rate else None),
                        rate[0] if rate else None,
                        rate[1] if rate else None,
                    )
                )
            return out

    @read_retry
    def pending(self, actor: Actor) -> list[PendingPatient]:
        """Charges not yet billed, grouped by patient (oldest first) for the cashier's screen."""
        require(self._db, actor, Action.BILLING_VIEW, "pending_charge")
        with self._db.read() as s:
            rows = s.execute(
                select(PendingCharge, Patient.first_name, Patient.last_name, Patient.mrn)
                .join(Patient, Patient.id == PendingCharge.patient_id)
                .where(PendingCharge.invoice_id.is_(None))
                .order_by(PendingCharge.id)
            ).all()
        groups: dict[int, tuple[str, str, list[PendingChargeInfo]]] = {}
        for charge, first, last, mrn in rows:
            group = groups.setdefault(charge.patient_id, (person_name(first, last), mrn, []))
            group[2].append(
                PendingChargeInfo(
                    charge.id,
                    charge.item_id,
                    charge.description,
                    charge.quantity,
                    charge.unit_price,
                    charge.doctor_id,
                    charge.created_at,
                )
            )
        return [PendingPatient(pid, name, mrn, tuple(c)) for pid, (name, mrn, c) in groups.items()]

    def prescribed(self, actor: Actor, patient_id: int) -> list[PrescribedMedicine]:
        """The lines of the patient's current prescriptions (not superseded) issued on the clinic's
        today, oldest first, each with the active price-list medicine it matches, for the cashier to
        bill what the clinic dispenses.

        Only the drug, strength, form and quantity leave the service, never the dose or instructions
        (a cashier needs no more), and the read is audited like any view of clinical content: a write
        unit, so the audit row commits with the read. The audit row holds ids and counts, no drugs."""
        require(self._db, actor, Action.BILLING_VIEW, "prescription", patient_id)
        start, end = self.clock.day_bounds(self.clock.today())
        newer = aliased(Prescription)
        with self._db.write() as s:  # a write: the view itself is audited in the same unit
            rows = s.execute(
                select(
                    Prescription.id,
                    PrescriptionLine.line_no,
                    PrescriptionLine.generic_name,
                    PrescriptionLine.strength,
                    PrescriptionLine.dosage_form,
                    PrescriptionLine.quantity,
                )
                .join(PrescriptionLine, PrescriptionLine.prescription_id == Prescription.id)
                .where(
                    Prescription.patient_id == patient_id,
                    Prescription.issued_at >= start,
                    Prescription.issued_at < end,
                    ~exists().where(newer.supersedes_id == Prescription.id),
                )
                .order_by(Prescription.id, PrescriptionLine.line_no)
            ).all()
            items = [
                dispensing.Candidate(i, code, name)
                for i, code, name in s.execute(
                    select(BillableItem.id, BillableItem.code, BillableItem.name)
                    .where(BillableItem.is_active == true(), BillableItem.kind == ItemKind.MEDICINE.value)
                    .order_by(BillableItem.code)
                )
            ]
            if rows:  # nothing prescribed today shows nothing clinical: no row for every patient clicked
                audit.record(
                    s, actor, "clinical.view", "patient", patient_id,
                    {"patient_id": patient_id, "access": "billing", "what": "prescribed medicines",
                     "prescriptions": sorted({r[0] for r in rows}), "lines": len(rows)},
                )  # fmt: skip
        out = []
        for rx_id, line_no, generic, strength, form, qty in rows:
            match = dispensing.best_match(generic, strength, form, items)
            out.append(
                PrescribedMedicine(
                    rx_id,
                    line_no,
                    dispensing.drug_text(generic, strength, form),
                    qty,
                    match.key if match else None,
                    match.code if match else None,
                    match.name if match else None,
                    dispensing.sell_quantity(qty, match.name if match else None),
                )
            )
        return out

    @read_retry
    def list_invoices(self, actor: Actor, day: dt.date) -> list[InvoiceSummary]:
        require(self._db, actor, Action.BILLING_VIEW, "invoice")
        with self._db.read() as s:
            rows = s.execute(
                select(Invoice, Patient.first_name, Patient.last_name)
                .join(Patient, Patient.id == Invoice.patient_id)
                .where(Invoice.invoice_date == day)
                .order_by(Invoice.id)
            ).all()
            return [
                InvoiceSummary(
                    i.id,
                    i.doc_type,
                    i.doc_number,
                    i.invoice_date,
                    i.patient_id,
                    person_name(f, last),
                    i.grand_total,
                    i.status,
                )
                for i, f, last in rows
            ]

    @read_retry
    def get(self, actor: Actor, invoice_id: int) -> InvoiceInfo:
        require(self._db, actor, Action.BILLING_VIEW, "invoice", invoice_id)
        with self._db.read() as s:
            return invoice_info(s, self._ledger, load_invoice(s, invoice_id))

    @read_retry
    def day_invoices(self, actor: Actor, day: dt.date) -> list[InvoiceInfo]:
        """A day's documents in full (payments, balances) for the cashier's list, in issue order."""
        require(self._db, actor, Action.BILLING_VIEW, "invoice")
        with self._db.read() as s:
            invoices = s.scalars(
                select(Invoice)
                .where(Invoice.invoice_date == day)
                .options(selectinload(Invoice.lines))
                .order_by(Invoice.id)
            ).all()
            return invoice_infos(
                s, self._ledger, invoices, select(Invoice.id).where(Invoice.invoice_date == day)
            )


def invoice_info(s: Session, ledger: InvoiceLedger, inv: Invoice) -> InvoiceInfo:
    return invoice_infos(s, ledger, [inv], select(Invoice.id).where(Invoice.id == inv.id))[0]


def invoice_infos(
    s: Session, ledger: InvoiceLedger, invoices: Sequence[Invoice], scope: Select[Any]
) -> list[InvoiceInfo]:
    """Invoices with their payments, credit notes and credited quantities: a handful of grouped
    queries for the whole list, not a round of queries per invoice.

    ``scope`` selects the ids of ``invoices``; the grouped queries filter by it as a subquery, never
    by a bound list of ids, whose length would follow the day's business (Oracle refuses more than
    1000 items in an IN list, ORA-01795)."""
    if not invoices:
        return []
    credited = ledger.credited_qty(s, scope)
    payments = ledger.payment_rows(s, scope)
    settled = ledger.combine(payments, ledger.note_sums(s, scope))
    names = {
        pid: person_name(first, last)
        for pid, first, last in s.execute(
            select(Patient.id, Patient.first_name, Patient.last_name).where(
                Patient.id.in_(select(Invoice.patient_id).where(Invoice.id.in_(scope)))
            )
        )
    }
    out = []
    for inv in invoices:
        money_in = settled.get(inv.id, Settlement())
        lines = tuple(
            InvoiceLineInfo(
                ln.id,
                ln.line_no,
                ln.item_id,
                ln.description,
                ln.sac_hsn,
                ln.quantity,
                ln.unit,
                ln.unit_price,
                ln.discount,
                ln.discount_reason,
                ln.taxable_value,
                ln.gst_rate,
                ln.is_exempt,
                ln.cgst,
                ln.sgst,
                ln.igst,
                ln.line_total,
                credited.get(ln.id, ZERO),
            )
            for ln in inv.lines
        )
        out.append(
            InvoiceInfo(
                inv.id,
                inv.doc_type,
                inv.doc_number,
                inv.invoice_date,
                inv.patient_id,
                names[inv.patient_id],
                inv.doctor_id,
                inv.cashier_id,
                inv.intra_state,
                inv.exempt_value,
                inv.taxable_value,
                inv.cgst,
                inv.sgst,
                inv.igst,
                inv.round_off,
                inv.grand_total,
                inv.status,
                money_in.paid,
                money_in.adjusted,
                money_in.refunded,
                balance_due(inv, money_in),
                inv.content_sha256,
                lines,
                tuple(payment_info(p) for p in payments.get(inv.id, ())),
                inv.supply_state_code,
                inv.recipient_gstin,
            )
        )
    return out


def payment_info(p: Payment) -> PaymentInfo:
    return PaymentInfo(
        p.id,
        p.invoice_id,
        p.receipt_number,
        p.business_date,
        p.paid_at,
        p.pay_mode,
        p.amount,
        p.tendered,
        p.change_given,
        p.reference,
        p.cashier_id,
    )
