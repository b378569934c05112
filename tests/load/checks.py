"""After a load run: what the database must say, whatever the desks did at the same time.

Each check returns a list of anomalies (empty = passed), read straight from the tables (these are
the auditor's questions, not the desks' own view):

- double bookings: two slot-holding appointments of one doctor that overlap;
- document numbers: per document type and financial year (invoices, receipts, credit notes), the
  serials are exactly 1..n, none twice, and the series' next number is n + 1; every number a desk
  was given is there;
- patients called twice: a queue entry handed out by call-next more than once (by the desks' own
  record and by the audit trail), or with two consultations;
- lost updates: every write a desk was told succeeded is in the database as that desk left it: the
  walk-in's patient and token, the booking, the last triage of each entry (by audit order), the
  completed consultation and its prescription, each invoice with its charges, each payment, and
  per invoice the payments add up (never past the total);
- audited: each of those writes has its 'ok' audit row, and the audit hash chain verifies.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session, aliased

from hms_desktop.db.engine import Database
from hms_desktop.db.models import (
    Appointment,
    AuditLog,
    Consultation,
    CreditNote,
    DocSeries,
    Invoice,
    Patient,
    Payment,
    PendingCharge,
    Prescription,
    QueueEntry,
)
from hms_desktop.services.audit_verify import check_chain

HOLDING = ("booked", "checked_in", "completed")
AUDITED = {  # write kind -> (audit actions, the write's id field)
    "walk_in": (("queue.walk_in",), "entry_id"),
    "booking": (("appointment.book",), "appointment_id"),
    "triage": (("queue.triage", "queue.triage_override"), "entry_id"),
    "called": (("queue.call_next",), "entry_id"),
    "consultation": (("consultation.complete",), "consultation_id"),
    "invoice": (("billing.invoice",), "invoice_id"),
    "payment": (("billing.payment",), "payment_id"),
}


def run_checks(db: Database, writes: list[dict[str, Any]]) -> dict[str, list[str]]:
    with db.read() as s:
        return {
            "double bookings": double_bookings(s),
            "document numbers": document_numbers(s, writes),
            "patients called twice": called_twice(s, writes),
            "lost updates": lost_updates(s, writes),
            "writes not audited": not_audited(s, writes),
        }


def double_bookings(s: Session) -> list[str]:
    a, b = aliased(Appointment), aliased(Appointment)
    rows = s.execute(
        select(a.id, b.id, a.doctor_id).where(
            a.doctor_id == b.doctor_id,
            a.id < b.id,
            a.starts_at < b.ends_at,
            b.starts_at < a.ends_at,
            a.status.in_(HOLDING),
            b.status.in_(HOLDING),
        )
    ).all()
    return [f"appointments {x} and {y} overlap for doctor {d}" for x, y, d in rows]


def _serial(number: str) -> int:
    return int(number.rsplit("/", 1)[-1])


def document_numbers(s: Session, writes: list[dict[str, Any]]) -> list[str]:
    out = []
    issued: dict[tuple[str, str], list[int]] = defaultdict(list)
    for doc_type, fin_year, number in s.execute(
        select(Invoice.doc_type, Invoice.fin_year, Invoice.doc_number)
    ):
        issued[(doc_type, fin_year)].append(_serial(number))
    for fin_year, number in s.execute(select(Payment.fin_year, Payment.receipt_number)):
        issued[("receipt", fin_year)].append(_serial(number))
    for fin_year, number in s.execute(select(CreditNote.fin_year, CreditNote.doc_number)):
        issued[("credit_note", fin_year)].append(_serial(number))
    series = {
        (t, y): n for t, y, n in s.execute(select(DocSeries.doc_type, DocSeries.fin_year, DocSeries.next_no))
    }
    for key in sorted(set(issued) | set(series)):
        serials = issued.get(key, [])
        twice = sorted(n for n, c in Counter(serials).items() if c > 1)
        missing = sorted(set(range(1, max(serials, default=0) + 1)) - set(serials))
        label = f"{key[0]} {key[1]}"
        if twice:
            out.append(f"{label}: numbers given twice: {twice[:10]}")
        if missing:
            out.append(f"{label}: numbers missing: {missing[:10]}")
        if series.get(key, 1) != max(serials, default=0) + 1:
            out.append(f"{label}: series says next {series.get(key)} after {max(serials, default=0)} issued")
    invoices = set(s.scalars(select(Invoice.doc_number)))
    receipts = set(s.scalars(select(Payment.receipt_number)))
    for w in writes:
        if w["kind"] == "invoice" and w["doc_number"] not in invoices:
            out.append(f"invoice {w['doc_number']} given to {w['desk']} is not in the database")
        if w["kind"] == "payment" and w["receipt"] not in receipts:
            out.append(f"receipt {w['receipt']} given to {w['desk']} is not in the database")
    return out


def called_twice(s: Session, writes: list[dict[str, Any]]) -> list[str]:
    out = []
    called = Counter(w["entry_id"] for w in writes if w["kind"] == "called")
    out += [
        f"queue entry {e} called by call-next {n} times (desks' record)" for e, n in called.items() if n > 1
    ]
    audited = s.execute(
        select(AuditLog.entity_id, func.count())
        .where(AuditLog.action == "queue.call_next", AuditLog.outcome == "ok")
        .group_by(AuditLog.entity_id)
        .having(func.count() > 1)
    ).all()
    out += [f"queue entry {e} called by call-next {n} times (audit trail)" for e, n in audited]
    doubled = s.execute(
        select(Consultation.queue_entry_id, func.count())
        .where(Consultation.queue_entry_id.is_not(None))
        .group_by(Consultation.queue_entry_id)
        .having(func.count() > 1)
    ).all()
    out += [f"queue entry {e} has {n} consultations" for e, n in doubled]
    return out


def lost_updates(s: Session, writes: list[dict[str, Any]]) -> list[str]:
    out: list[str] = []
    by_kind: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for w in writes:
        by_kind[w["kind"]].append(w)
    for w in by_kind["walk_in"]:
        entry = s.get(QueueEntry, w["entry_id"])
        if entry is None or entry.patient_id != w["patient_id"] or s.get(Patient, w["patient_id"]) is None:
            out.append(f"walk-in {w} is not in the queue as registered")
    for w in by_kind["booking"]:
        appt = s.get(Appointment, w["appointment_id"])
        if appt is None or appt.doctor_id != w["doctor_id"] or appt.status not in HOLDING:
            out.append(f"booking {w['appointment_id']} by {w['desk']} is lost or changed")
    # triage: the entry holds what the last successful triage (in audit order) recorded
    last = dict(
        s.execute(
            select(AuditLog.entity_id, func.max(AuditLog.seq_no))
            .where(AuditLog.action.in_(("queue.triage", "queue.triage_override")), AuditLog.outcome == "ok")
            .group_by(AuditLog.entity_id)
        ).all()
    )
    by_entry: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for w in by_kind["triage"]:
        by_entry[w["entry_id"]].append(w)
    users = {u: n for n, u in s.execute(select(AuditLog.username, AuditLog.user_id).distinct())}
    for entry_id, ws in by_entry.items():
        entry = s.get(QueueEntry, entry_id)
        seq = last.get(str(entry_id))
        if entry is None or seq is None or entry.triaged_at is None:
            out.append(f"triage of entry {entry_id} is lost")
            continue
        who = s.scalar(select(AuditLog.username).where(AuditLog.seq_no == seq))
        if users.get(entry.triaged_by) != who or not any(w["desk"] == who for w in ws):
            out.append(f"entry {entry_id}: triaged by user {entry.triaged_by}, last triage audited for {who}")
        elif entry.triage_level != next(w["level"] for w in reversed(ws) if w["desk"] == who):
            out.append(f"entry {entry_id}: level {entry.triage_level} is not what {who} recorded")
    for w in by_kind["consultation"]:
        c = s.get(Consultation, w["consultation_id"])
        entry = s.get(QueueEntry, w["entry_id"])
        if c is None or c.status != "completed" or entry is None or entry.status != "done":
            out.append(f"consultation {w['consultation_id']} by {w['desk']} is not completed")
        if w["prescription_id"] is not None and s.get(Prescription, w["prescription_id"]) is None:
            out.append(f"prescription {w['prescription_id']} by {w['desk']} is lost")
    for w in by_kind["invoice"]:
        inv = s.get(Invoice, w["invoice_id"])
        if inv is None or inv.doc_number != w["doc_number"] or inv.grand_total != Decimal(w["total"]):
            out.append(f"invoice {w['doc_number']} by {w['desk']} is lost or changed")
            continue
        billed = set(s.scalars(select(PendingCharge.id).where(PendingCharge.invoice_id == inv.id)))
        if billed != set(w["charges"]):
            out.append(f"invoice {w['doc_number']}: charges {sorted(billed)}, billed {sorted(w['charges'])}")
    paid_by_desks: dict[int, Decimal] = defaultdict(Decimal)
    for w in by_kind["payment"]:
        pay = s.get(Payment, w["payment_id"])
        if pay is None or pay.amount != Decimal(w["amount"]) or pay.invoice_id != w["invoice_id"]:
            out.append(f"payment {w['receipt']} by {w['desk']} is lost or changed")
        paid_by_desks[w["invoice_id"]] += Decimal(w["amount"])
    if paid_by_desks:
        rows = s.execute(
            select(
                Invoice.id,
                Invoice.doc_number,
                Invoice.grand_total,
                func.coalesce(func.sum(Payment.amount), 0),
            )
            .join(Payment, and_(Payment.invoice_id == Invoice.id), isouter=True)
            .group_by(Invoice.id, Invoice.doc_number, Invoice.grand_total)
        ).all()
        for inv_id, number, total, paid in rows:
            if inv_id not in paid_by_desks:
                continue  # the demo's own bills from a month ago
            if Decimal(paid) != paid_by_desks[inv_id]:
                out.append(f"invoice {number}: {paid} paid in the database, {paid_by_desks[inv_id]} taken")
            if Decimal(paid) > total:
                out.append(f"invoice {number}: paid {paid} past its total {total}")
    return out


def not_audited(s: Session, writes: list[dict[str, Any]]) -> list[str]:
    out = []
    actions = sorted({a for acts, _ in AUDITED.values() for a in acts})
    found = set(
        s.execute(
            select(AuditLog.action, AuditLog.entity_id, AuditLog.username).where(
                AuditLog.action.in_(actions), AuditLog.outcome == "ok"
            )
        ).all()
    )
    for w in writes:
        acts, key = AUDITED[w["kind"]]
        if not any((a, str(w[key]), w["desk"]) in found for a in acts):
            out.append(f"{w['kind']} {w[key]} by {w['desk']}: no audit row")
    checked, _head, broken = check_chain(s)
    if broken is not None:
        out.append(f"audit chain broken after {checked} rows: {broken}")
    return out
