"""Credit notes: some quantities of an invoice's lines credited, tax reversed in proportion
(:func:`~hms_desktop.domain.billing_math.credit_note`), set against the dues or refunded. The
invoice itself is never changed."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hms_desktop.db.engine import Database
from hms_desktop.db.models import (
    CreditNote,
    CreditNoteLine,
    Invoice,
    Patient,
)
from hms_desktop.domain.billing_math import (
    CreditLineIn,
    credit_note,
)
from hms_desktop.domain.clock import Clock
from hms_desktop.domain.enums import DocType
from hms_desktop.domain.gst import STATE_NAMES, financial_year
from hms_desktop.domain.permissions import Action
from hms_desktop.errors import ValidationError
from hms_desktop.services import audit
from hms_desktop.services.billing_input import (
    check_credit,
)
from hms_desktop.services.billing_ledger import (
    MODES,
    QTY,
    InvoiceLedger,
    blank,
    load_invoice,
    open_day,
)
from hms_desktop.services.billing_types import (
    ZERO,
    CreditNoteInfo,
)
from hms_desktop.services.changes import ChangeTopic, mark
from hms_desktop.services.context import Actor
from hms_desktop.services.doc_numbers import next_number
from hms_desktop.services.guard import require


class CreditNoteDesk:
    """Issues credit notes."""

    def __init__(self, db: Database, clock: Clock, ledger: InvoiceLedger) -> None:
        self._db = db
        self.clock = clock
        self._ledger = ledger

    def issue_credit_note(
        self,
        actor: Actor,
        invoice_id: int,
        lines: Sequence[tuple[int, Decimal]] | None,
        reason: str,
        refund_mode: str | None = None,
        recipient_address: str | None = None,
        recipient_state_code: str | None = None,
    ) -> CreditNoteInfo:
        """Credit some quantities of an invoice's lines (``None``: everything not yet credited).

        Tax is reversed in proportion. With ``refund_mode`` the whole note is paid back (at most what
        the patient has paid, net of earlier refunds; a cash refund lowers the issuer's cash for the
        day); without it the note reduces the balance due (at most that balance). The invoice itself
        is never changed.

        The note carries the recipient's name, address and State with code (Rule 53(1A)(e)/(f)): the
        invoice's when it recorded them, else ``recipient_address`` / ``recipient_state_code`` or the
        patient's address on record with the invoice's place of supply as the State.
        """
        require(self._db, actor, Action.BILLING_REFUND, "credit_note")
        check_credit(lines, reason, refund_mode, recipient_address, recipient_state_code)
        why = blank(reason)
        if why is None:
            raise ValidationError({"reason": "Give the reason for the credit note."})
        if refund_mode is not None and str(refund_mode) not in MODES:
            raise ValidationError({"refund_mode": "Cash, card or UPI (or none to reduce the dues)."})
        mode = None if refund_mode is None else str(refund_mode)
        day = self.clock.today()
        with self._db.write() as s:
            inv = load_invoice(s, invoice_id, lock=True)
            credited = self._ledger.credited_qty(s, inv.id)
            wanted = self._credit_wanted(inv, credited, lines)
            earlier = s.scalar(select(func.sum(CreditNote.total)).where(CreditNote.invoice_id == inv.id))
            credit_in = []
            for ln in inv.lines:
                q = wanted.get(ln.id, ZERO)
                left = ln.quantity - credited.get(ln.id, ZERO)
                done = self._ledger.credited_amounts(s, ln.id) if q and q == left else {}
                credit_in.append(
                    CreditLineIn(
                        ln.quantity,
                        ln.taxable_value,
                        ln.cgst,
                        ln.sgst,
                        ln.igst,
                        ln.is_exempt or ln.gst_rate == 0,
                        q,
                        credited.get(ln.id, ZERO),
                        (
                            done.get("taxable_value", ZERO),
                            done.get("cgst", ZERO),
                            done.get("sgst", ZERO),
                            done.get("igst", ZERO),
                        ),
                    )
                )
            figures = credit_note(credit_in, inv.grand_total, Decimal(earlier or 0))
            cn_lines = [
                CreditNoteLine(
                    invoice_line_id=inv.lines[c.index].id,
                    quantity=c.quantity,
                    taxable_value=c.taxable,
                    cgst=c.cgst,
                    sgst=c.sgst,
                    igst=c.igst,
                )
                for c in figures.lines
            ]
            total = figures.total
            recipient = _note_recipient(s, inv, recipient_address, recipient_state_code)
            if mode is None:
                due = self._ledger.balance(s, inv)
                if total > due:
                    raise ValidationError(
                        {
                            "refund_mode": f"The credit ({total}) is more than the balance due ({due}): "
                            "refund it instead."
                        }
                    )
            else:
                open_day(s, actor, day)
                paid = self._ledger.settlement(s, inv.id).refundable
                if total > paid:
                    raise ValidationError(
                        {"refund_mode": f"Only {paid} has been paid on this invoice; it cannot be refunded."}
                    )
            number = next_number(s, DocType.CREDIT_NOTE, day)
            note = CreditNote(
                doc_number=number,
                fin_year=financial_year(day),
                note_date=day,
                issued_at=self.clock.now(),
                invoice_id=inv.id,
                reason=why,
                recipient_name=inv.recipient_name,
                recipient_address=recipient[0],
                recipient_state_code=recipient[1],
                taxable_value=figures.taxable_value,
                exempt_value=figures.exempt_value,
                cgst=figures.cgst,
                sgst=figures.sgst,
                igst=figures.igst,
                round_off=figures.round_off,
                total=total,
                refund_mode=mode,
                is_void=False,
                issued_by=actor.user_id,
                business_date=day,
            )
            note.lines = cn_lines
            s.add(note)
            s.flush()
            audit.record(
                s,
                actor,
                "billing.credit_note",
                "credit_note",
                note.id,
                {"number": number, "invoice": inv.doc_number, "total": total, "refund": mode, "reason": why},
            )
            mark(s, ChangeTopic.BILLING)
            return _note_info(note, inv)

    def _credit_wanted(
        self, inv: Invoice, credited: Mapping[int, Decimal], lines: Sequence[tuple[int, Decimal]] | None
    ) -> dict[int, Decimal]:
        by_id = {ln.id: ln for ln in inv.lines}
        if lines is None:
            wanted = {ln.id: ln.quantity - credited.get(ln.id, ZERO) for ln in inv.lines}
        else:
            wanted = {}
            for line_id, qty in lines:
                q = Decimal(str(qty))
                if line_id not in by_id:
                    raise ValidationError({"lines": f"Line {line_id} is not on invoice {inv.doc_number}."})
                if q <= 0 or q != q.quantize(QTY):
                    raise ValidationError({"lines": "Credit a quantity above zero, at most 2 decimals."})
                wanted[line_id] = wanted.get(line_id, ZERO) + q
        for line_id, q in wanted.items():
            left = by_id[line_id].quantity - credited.get(line_id, ZERO)
            if q > left:
                raise ValidationError(
                    {"lines": f"Line {by_id[line_id].line_no}: only {left} is left to credit (asked {q})."}
                )
        if not any(q > 0 for q in wanted.values()):
            raise ValidationError({"lines": "Everything on this invoice has already been credited."})
        return wanted


def _note_recipient(s: Session, inv: Invoice, address: str | None, state_code: str | None) -> tuple[str, str]:
    """(address, State code) for a credit note (Rule 53(1A)(f) for an unregistered recipient)."""
    state = blank(state_code) or inv.recipient_state_code or inv.supply_state_code
    if state not in STATE_NAMES:
        raise ValidationError({"recipient_state_code": "Not a GST State code (e.g. 29)."})
    text = blank(address) or inv.recipient_address
    if text is None:
        patient = s.get(Patient, inv.patient_id)
        if patient is not None:
            text = ", ".join(x for x in (patient.address, patient.city, patient.pin_code) if x) or None
    if text is None:
        raise ValidationError(
            {
                "recipient_address": "A credit note shows the recipient's address (Rule 53(1A)(f)): "
                "enter the patient's address."
            }
        )
    if len(text) > 300:
        raise ValidationError({"recipient_address": "At most 300 characters."})
    return text, state


def _note_info(n: CreditNote, inv: Invoice) -> CreditNoteInfo:
    return CreditNoteInfo(
        n.id,
        n.doc_number,
        n.note_date,
        inv.id,
        inv.doc_number,
        inv.invoice_date,
        n.reason,
        n.exempt_value,
        n.taxable_value,
        n.cgst,
        n.sgst,
        n.igst,
        n.round_off,
        n.total,
        n.refund_mode,
    )
