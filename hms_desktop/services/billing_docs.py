"""The billing documents as printed: invoices, credit notes and receipts, built from stored rows
only (a reprint is identical but for the 'duplicate' mark); the balances on them come from the
shared :class:`~hms_desktop.services.billing_ledger.InvoiceLedger`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hms_desktop.db.engine import Database
from hms_desktop.db.models import (
    ClinicSetting,
    CreditNote,
    Doctor,
    Invoice,
    InvoiceLine,
    Patient,
    Payment,
    StaffUser,
)
from hms_desktop.domain.clock import Clock
from hms_desktop.domain.documents import GstSummaryRow, InvoiceDoc, InvoiceLineDoc, PaymentDoc, ReceiptDoc
from hms_desktop.domain.enums import DocType
from hms_desktop.domain.gst import state_text
from hms_desktop.domain.money import amount_in_words, to_paise
from hms_desktop.domain.money_words import amount_in_words_in
from hms_desktop.domain.permissions import Action
from hms_desktop.domain.upi import upi_pay_uri
from hms_desktop.errors import NotFound, ValidationError
from hms_desktop.services import audit
from hms_desktop.services.billing_ledger import InvoiceLedger, balance_due, load_invoice
from hms_desktop.services.billing_types import (
    ZERO,
)
from hms_desktop.services.clinic_row import clinic_row
from hms_desktop.services.context import Actor
from hms_desktop.services.guard import require
from hms_desktop.services.invoice_seal import require_intact

TITLES = {
    DocType.TAX_INVOICE.value: "TAX INVOICE",
    DocType.BILL_OF_SUPPLY.value: "BILL OF SUPPLY",
    DocType.INVOICE_CUM_BOS.value: "INVOICE-CUM-BILL OF SUPPLY",
    DocType.CREDIT_NOTE.value: "CREDIT NOTE",
}


def _address(clinic: ClinicSetting) -> str | None:
    parts = (clinic.address_line1, clinic.address_line2, clinic.city, clinic.state_name, clinic.pin_code)
    return ", ".join(p for p in parts if p) or None


class BillingDocuments:
    """Builds the printed documents (each print is audited)."""

    def __init__(self, db: Database, clock: Clock, ledger: InvoiceLedger) -> None:
        self._db = db
        self.clock = clock
        self._ledger = ledger

    # --- documents -------------------------------------------------------------------------------

    def invoice_doc(
        self, actor: Actor, invoice_id: int, duplicate: bool = False, paper: str = "A5"
    ) -> InvoiceDoc:
        """The invoice as printed, from its stored rows only (a reprint is identical but 'duplicate').

        Refused (``TamperedRecord``, audited) when the rows no longer match the digest sealed at issue."""
        require(self._db, actor, Action.BILLING_VIEW, "invoice", invoice_id)
        require_intact(self._db, actor, Invoice.id == invoice_id, "invoice")
        with self._db.write() as s:
            inv = load_invoice(s, invoice_id)
            clinic, patient, doctor = self._parties(s, inv)
            payments = s.scalars(
                select(Payment).where(Payment.invoice_id == inv.id).order_by(Payment.id)
            ).all()
            lines = [_line_doc(ln) for ln in inv.lines]
            due = self._ledger.balance(s, inv)
            audit.record(s, actor, "billing.print", "invoice", inv.id, {"duplicate": duplicate})
            return InvoiceDoc(
                title=TITLES[inv.doc_type],
                doc_type=inv.doc_type,
                doc_number=inv.doc_number,
                doc_date=inv.invoice_date,
                issued_at=self.clock.local(inv.issued_at),
                **_supplier(clinic),
                patient_name=inv.recipient_name,
                patient_mrn=patient.mrn,
                recipient_address=inv.recipient_address,
                recipient_gstin=inv.recipient_gstin,
                place_of_supply=f"{inv.supply_state} ({inv.supply_state_code})",
                intra_state=inv.intra_state,
                doctor_name=doctor.full_name if doctor else None,
                doctor_reg_number=doctor.reg_number if doctor else None,
                lines=lines,
                gst_summary=_gst_summary(lines),
                exempt_value=inv.exempt_value,
                taxable_value=inv.taxable_value,
                cgst=inv.cgst,
                sgst=inv.sgst,
                igst=inv.igst,
                round_off=inv.round_off,
                grand_total=inv.grand_total,
                amount_in_words=amount_in_words(inv.grand_total),
                payments=[self._payment_doc(p) for p in payments],
                balance_due=due,
                duplicate=duplicate,
                paper=paper,
                recipient_state=state_text(inv.recipient_state_code) if inv.recipient_state_code else None,
                patient_of=_patient_of(inv, patient),
                **_pay_extras(clinic, due, inv.doc_number),
            )

    def credit_note_doc(
        self, actor: Actor, credit_note_id: int, duplicate: bool = False, paper: str = "A5"
    ) -> InvoiceDoc:
        require(self._db, actor, Action.BILLING_VIEW, "credit_note", credit_note_id)
        of_note = select(CreditNote.invoice_id).where(CreditNote.id == credit_note_id).scalar_subquery()
        require_intact(self._db, actor, Invoice.id == of_note, "credit note")
        with self._db.write() as s:
            note = s.get(CreditNote, credit_note_id)
            if note is None:
                raise NotFound(f"There is no credit note {credit_note_id}.")
            inv = load_invoice(s, note.invoice_id)
            clinic, patient, doctor = self._parties(s, inv)
            by_id = {ln.id: ln for ln in inv.lines}
            lines = []
            for c in note.lines:
                ln = by_id[c.invoice_line_id]
                gross = to_paise(c.quantity * ln.unit_price)
                lines.append(
                    InvoiceLineDoc(
                        ln.line_no,
                        ln.description,
                        ln.sac_hsn,
                        ln.batch_no,
                        ln.expiry_on,
                        c.quantity,
                        ln.unit,
                        ln.unit_price,
                        gross - c.taxable_value,
                        c.taxable_value,
                        ln.gst_rate,
                        ln.is_exempt,
                        c.cgst,
                        c.sgst,
                        c.igst,
                        c.taxable_value + c.cgst + c.sgst + c.igst,
                    )
                )
            audit.record(s, actor, "billing.print", "credit_note", note.id, {"duplicate": duplicate})
            return InvoiceDoc(
                title=TITLES[DocType.CREDIT_NOTE.value],
                doc_type=DocType.CREDIT_NOTE.value,
                doc_number=note.doc_number,
                doc_date=note.note_date,
                issued_at=self.clock.local(note.issued_at),
                **_supplier(clinic),
                patient_name=note.recipient_name or inv.recipient_name,
                patient_mrn=patient.mrn,
                recipient_address=note.recipient_address or inv.recipient_address,
                recipient_gstin=inv.recipient_gstin,
                place_of_supply=f"{inv.supply_state} ({inv.supply_state_code})",
                intra_state=inv.intra_state,
                doctor_name=doctor.full_name if doctor else None,
                doctor_reg_number=doctor.reg_number if doctor else None,
                lines=lines,
                gst_summary=_gst_summary(lines),
                exempt_value=note.exempt_value,
                taxable_value=note.taxable_value,
                cgst=note.cgst,
                sgst=note.sgst,
                igst=note.igst,
                round_off=note.round_off,
                grand_total=note.total,
                amount_in_words=amount_in_words(note.total),
                payments=[],
                balance_due=ZERO,
                original_number=inv.doc_number,
                original_date=inv.invoice_date,
                reason=note.reason,
                duplicate=duplicate,
                paper=paper,
                # Rule 53(1A)(f): the State with its code (notes before 0008: the invoice's, if any)
                recipient_state=state_text(code)
                if (code := note.recipient_state_code or inv.recipient_state_code)
                else None,
                patient_of=_patient_of(inv, patient),
            )

    def receipt_doc(
        self,
        actor: Actor,
        payment_id: int,
        duplicate: bool = False,
        paper: str = "80mm",
        together_with: Sequence[int] = (),
    ) -> ReceiptDoc:
        """A money receipt; the totals are as they stood when the payment was taken.

        ``together_with``: the other payments of a split payment (cash + UPI at one counter visit),
        printed on this one receipt, each with its number, mode and reference, and their sum in words.
        They must be payments of the same invoice; the receipt's totals stand after the last of them.
        """
        require(self._db, actor, Action.BILLING_VIEW, "payment", payment_id)
        of_payment = select(Payment.invoice_id).where(Payment.id == payment_id).scalar_subquery()
        require_intact(self._db, actor, Invoice.id == of_payment, "receipt")
        with self._db.write() as s:
            pays = []
            for pid in dict.fromkeys((payment_id, *together_with)):  # each once, in the order given
                pay = s.get(Payment, pid)
                if pay is None:
                    raise NotFound(f"There is no payment {pid}.")
                pays.append(pay)
            if len({p.invoice_id for p in pays}) > 1:
                raise ValidationError({"payment": "One receipt covers payments of one invoice only."})
            pays.sort(key=lambda p: (p.paid_at, p.id))
            pay = pays[-1]
            inv = load_invoice(s, pay.invoice_id)
            clinic, patient, doctor = self._parties(s, inv)
            then = self._ledger.settlement(s, inv.id, upto=pay)  # as it stood when it was taken
            cashier = s.get(StaffUser, pay.cashier_id)
            supplier = _supplier(clinic)
            details: dict[str, Any] = {"duplicate": duplicate}
            if len(pays) > 1:
                details["with"] = [p.id for p in pays[:-1]]
            audit.record(s, actor, "billing.print", "payment", pay.id, details)
            amount = sum((p.amount for p in pays), Decimal("0.00"))
            return ReceiptDoc(
                receipt_number=", ".join(p.receipt_number for p in pays),
                issued_at=self.clock.local(pay.paid_at),
                supplier_name=supplier["supplier_name"],
                supplier_address=supplier["supplier_address"],
                supplier_gstin=supplier["supplier_gstin"],
                supplier_phone=supplier["supplier_phone"],
                patient_name=inv.recipient_name,
                patient_mrn=patient.mrn,
                doctor_name=doctor.full_name if doctor else None,
                doctor_reg_number=doctor.reg_number if doctor else None,
                against_number=inv.doc_number,
                against_date=inv.invoice_date,
                payment=self._payment_doc(pay),
                amount_in_words=amount_in_words(amount),
                amount_in_words_local=amount_in_words_in(amount, patient.preferred_language or ""),
                invoice_total=inv.grand_total,
                paid_to_date=then.paid,
                balance_due=balance_due(inv, then),
                cashier_name=cashier.full_name if cashier else "",
                duplicate=duplicate,
                paper=paper,
                earlier=tuple(self._payment_doc(p) for p in pays[:-1]),
                **_pay_extras(clinic, balance_due(inv, then), inv.doc_number),
            )

    def _payment_doc(self, p: Payment) -> PaymentDoc:
        return PaymentDoc(
            p.receipt_number,
            self.clock.local(p.paid_at),
            p.pay_mode,
            p.amount,
            p.reference,
            p.tendered,
            p.change_given,
        )

    def _parties(self, s: Session, inv: Invoice) -> tuple[ClinicSetting | None, Patient, Doctor | None]:
        patient = s.get(Patient, inv.patient_id)
        assert patient is not None
        doctor = s.get(Doctor, inv.doctor_id) if inv.doctor_id else None
        return clinic_row(s), patient, doctor


def _pay_extras(clinic: ClinicSetting | None, balance: Decimal, number: str) -> dict[str, Any]:
    """The logo, and the UPI link of the balance due when the clinic has a UPI ID (issue 13)."""
    if clinic is None:
        return {}
    uri = None
    if clinic.upi_vpa and balance > 0:
        uri = upi_pay_uri(clinic.upi_vpa, clinic.trade_name or clinic.legal_name, balance, number)
    return {"supplier_logo": clinic.logo_png, "upi_uri": uri}


def _supplier(clinic: ClinicSetting | None) -> dict[str, Any]:
    if clinic is None:
        return dict.fromkeys(
            (
                "supplier_name",
                "supplier_address",
                "supplier_state",
                "supplier_state_code",
                "supplier_gstin",
                "supplier_phone",
            ),
            "",
        ) | {"supplier_address": None, "supplier_gstin": None, "supplier_phone": None}
    name = clinic.legal_name if not clinic.trade_name else f"{clinic.legal_name} ({clinic.trade_name})"
    return {
        "supplier_name": name,
        "supplier_address": _address(clinic),
        "supplier_state": clinic.state_name or "",
        "supplier_state_code": clinic.state_code or "",
        "supplier_gstin": clinic.gstin,
        "supplier_phone": clinic.phone,
    }


def _patient_of(inv: Invoice, patient: Patient) -> str | None:
    """The patient, when the invoice is made out to a company (Rule 46(d) names the recipient)."""
    if not inv.recipient_gstin:
        return None
    return f"{inv.patient_name or patient.display_name} (MRN {patient.mrn})"


def _line_doc(ln: InvoiceLine) -> InvoiceLineDoc:
    return InvoiceLineDoc(
        ln.line_no,
        ln.description,
        ln.sac_hsn,
        ln.batch_no,
        ln.expiry_on,
        ln.quantity,
        ln.unit,
        ln.unit_price,
        ln.discount,
        ln.taxable_value,
        ln.gst_rate,
        ln.is_exempt,
        ln.cgst,
        ln.sgst,
        ln.igst,
        ln.line_total,
    )


def _gst_summary(lines: Iterable[InvoiceLineDoc]) -> list[GstSummaryRow]:
    """Taxable value and tax per rate (exempt lines carry no tax and are shown as the exempt value)."""
    by_rate: dict[Decimal, list[Decimal]] = {}
    for ln in lines:
        if ln.is_exempt:
            continue
        acc = by_rate.setdefault(ln.gst_rate, [ZERO, ZERO, ZERO, ZERO])
        for i, v in enumerate((ln.taxable_value, ln.cgst, ln.sgst, ln.igst)):
            acc[i] += v
    return [GstSummaryRow(rate, *vals) for rate, vals in sorted(by_rate.items())]
