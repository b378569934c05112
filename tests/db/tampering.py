"""Every tamper a desk user (or a careless owner) could try on the protected tables, as statements.

Used by test_protection.py (through the triggers, on every backend) and test_desk_role.py (as the
desk role on PostgreSQL, where the grants refuse first).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import delete, text, update
from sqlalchemy.orm import Session

from hms_desktop.db.models import (
    AuditHead,
    AuditLog,
    CreditNote,
    CreditNoteLine,
    DayClose,
    DocSeries,
    Invoice,
    InvoiceLine,
    Payment,
    Prescription,
    PrescriptionLine,
)
from tests.db.clinic_day import ClinicDay

Attempt = Callable[[Session], Any]


def attempts(day: ClinicDay) -> dict[str, Attempt]:
    inv, pay, note, rx = day.invoice_id, day.payment_id, day.credit_note_id, day.prescription_id
    return {
        "change an invoice total": lambda s: s.execute(
            update(Invoice).where(Invoice.id == inv).values(grand_total=1)
        ),
        "change an invoice line price": lambda s: s.execute(
            update(InvoiceLine).where(InvoiceLine.invoice_id == inv).values(unit_price=1)
        ),
        "delete an invoice line": lambda s: s.execute(
            delete(InvoiceLine).where(InvoiceLine.invoice_id == inv)
        ),
        "delete a payment": lambda s: s.execute(delete(Payment).where(Payment.id == pay)),
        "change a payment amount": lambda s: s.execute(
            update(Payment).where(Payment.id == pay).values(amount=1)
        ),
        "change a credit note total": lambda s: s.execute(
            update(CreditNote).where(CreditNote.id == note).values(total=0)
        ),
        "delete a credit note line": lambda s: s.execute(
            delete(CreditNoteLine).where(CreditNoteLine.credit_note_id == note)
        ),
        "delete the day close": lambda s: s.execute(delete(DayClose).where(DayClose.id == day.day_close_id)),
        "edit a prescription line": lambda s: s.execute(
            update(PrescriptionLine).where(PrescriptionLine.prescription_id == rx).values(dose="2 tablets")
        ),
        "rewrite a prescription's digest": lambda s: s.execute(
            update(Prescription).where(Prescription.id == rx).values(content_sha256="0" * 64)
        ),
        "delete audit rows": lambda s: s.execute(delete(AuditLog).where(AuditLog.seq_no <= 3)),
        "rewrite an audit row": lambda s: s.execute(
            update(AuditLog).where(AuditLog.seq_no == 2).values(details='{"edited": true}')
        ),
        "rewind a document series": lambda s: s.execute(update(DocSeries).values(next_no=1)),
        "skip document numbers": lambda s: s.execute(update(DocSeries).values(next_no=DocSeries.next_no + 5)),
        "delete a document series": lambda s: s.execute(delete(DocSeries)),
        "rewind the audit chain head": lambda s: s.execute(update(AuditHead).values(last_seq=0)),
        "delete the audit chain head": lambda s: s.execute(delete(AuditHead)),
    }


TRUNCATE = (
    "payment",
    "credit_note_line",
    "prescription_line",
    "day_close CASCADE",  # day_reopen refers to it
    "audit_log",
    "doc_series",
    "invoice CASCADE",
)


def truncate(table: str) -> Attempt:
    return lambda s: s.execute(text(f"TRUNCATE TABLE {table}"))
