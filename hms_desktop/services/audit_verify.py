"""Checking that nothing was rewritten behind the application's back: the audit chain and every
invoice's content seal, recomputed from the stored rows.

``verify()`` walks the audit log in sequence order (keyset pages, so a big log is read in constant
memory) and stops at the first broken link:

- a missing sequence number: rows were deleted (``gap``);
- a row whose digest no longer matches its content and its predecessor's digest: the row was
  rewritten, or its predecessor was and the attacker recomputed that one digest (``digest``);
- the chain head disagreeing with the last row: rows were cut off the end, or the head was moved
  (``head``).

Someone with owner rights can rewrite a row and recompute every later digest and the head; the
day-end report prints the day's chain head (sequence number and digest prefix), so such a rewrite
contradicts every paper copy printed since. ``day_head()`` gives that value.

Then every invoice is re-digested (``services.invoice_seal``) and the ones that no longer match are
listed by number.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from hms_desktop.db.engine import Database
from hms_desktop.db.models import AuditHead, AuditLog, Invoice
from hms_desktop.domain.audit_chain import GENESIS, row_digest
from hms_desktop.domain.permissions import Action
from hms_desktop.services import audit
from hms_desktop.services.context import Actor
from hms_desktop.services.guard import require
from hms_desktop.services.invoice_seal import is_intact

PAGE = 1000
LISTED = 50  # tampered invoices named in the report (all are counted)


@dataclasses.dataclass(frozen=True)
class ChainBreak:
    kind: str  # "gap" | "digest" | "head"
    seq_no: int | None
    audit_id: int | None
    message: str


@dataclasses.dataclass(frozen=True)
class ChainHead:
    seq_no: int
    sha256: str

    @property
    def short(self) -> str:
        """What the day-end report prints: sequence number and the digest's first 16 hex digits."""
        return f"#{self.seq_no} {self.sha256[:16]}"


@dataclasses.dataclass(frozen=True)
class VerifyReport:
    rows_checked: int
    head: ChainHead | None
    first_break: ChainBreak | None
    invoices_checked: int
    tampered_invoices: int
    tampered_numbers: tuple[str, ...]  # the first LISTED of them

    @property
    def ok(self) -> bool:
        return self.first_break is None and self.tampered_invoices == 0


def check_chain(s: Session) -> tuple[int, ChainHead | None, ChainBreak | None]:
    """(rows checked, the stored head, the first broken link or None).

    The head is read first and the rows up to it are checked: a head and its rows commit together,
    so rows other desks append meanwhile are simply beyond it, never a false alarm."""
    head = _head(s)
    if head is None:
        return 0, None, ChainBreak("head", None, None, "The audit chain head row is missing.")
    expected, previous, checked, last_id = 1, GENESIS, 0, None
    after = 0
    while True:
        rows = s.scalars(
            select(AuditLog)
            .where(AuditLog.seq_no > after, AuditLog.seq_no <= head.seq_no)
            .order_by(AuditLog.seq_no)
            .limit(PAGE)
        ).all()
        for row in rows:
            if row.seq_no != expected:
                missing = f"{expected}" if row.seq_no == expected + 1 else f"{expected} to {row.seq_no - 1}"
                return (
                    checked,
                    head,
                    ChainBreak(
                        "gap",
                        expected,
                        row.id,
                        f"Audit rows {missing} are missing: deleted after they were written "
                        f"(the chain resumes at {row.seq_no}).",
                    ),
                )
            if row_digest(audit.chain_fields(row), previous) != row.row_sha256:
                return (
                    checked,
                    head,
                    ChainBreak(
                        "digest",
                        row.seq_no,
                        row.id,
                        f"Audit row {row.seq_no} (id {row.id}, {row.action}) does not match its digest: "
                        "it, or the row before it, was changed after it was written.",
                    ),
                )
            previous, expected, last_id = row.row_sha256, expected + 1, row.id
            checked += 1
        s.expunge_all()  # constant memory over a long log
        if len(rows) < PAGE:
            break
        after = rows[-1].seq_no
    last = expected - 1
    if head.seq_no != last or head.sha256 != previous:
        if head.seq_no > last:
            why = f"rows {last + 1} to {head.seq_no} were cut off the end of the log"
        else:
            why = "the head or the last row was rewritten"
        return (
            checked,
            head,
            ChainBreak(
                "head",
                head.seq_no,
                last_id,
                f"The chain head says #{head.seq_no}, the rows end at #{last}: {why}.",
            ),
        )
    return checked, head, None


def _head(s: Session) -> ChainHead | None:
    row = s.get(AuditHead, 1)
    return ChainHead(row.last_seq, row.last_sha256) if row is not None else None


def check_invoices(s: Session) -> tuple[int, int, tuple[str, ...]]:
    """(invoices checked, how many no longer match their seal, the first numbers of those)."""
    checked, bad, after = 0, 0, 0
    numbers: list[str] = []
    while True:
        page = s.scalars(
            select(Invoice)
            .where(Invoice.id > after)
            .options(selectinload(Invoice.lines))
            .order_by(Invoice.id)
            .limit(PAGE // 4)
        ).all()
        for inv in page:
            checked += 1
            if not is_intact(inv):
                bad += 1
                if len(numbers) < LISTED:
                    numbers.append(inv.doc_number)
        if len(page) < PAGE // 4:
            break
        after = page[-1].id
        s.expunge_all()
    return checked, bad, tuple(numbers)


def day_head(s: Session, before: dt.datetime) -> ChainHead | None:
    """The chain head as it stood at ``before`` (the last row written earlier), or None."""
    row = s.execute(
        select(AuditLog.seq_no, AuditLog.row_sha256)
        .where(AuditLog.occurred_at < before)
        .order_by(AuditLog.seq_no.desc())
        .limit(1)
    ).first()
    return ChainHead(int(row[0]), str(row[1])) if row is not None else None


class AuditVerifyService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def verify(self, actor: Actor) -> VerifyReport:
        """Recompute the audit chain and every invoice's seal (an administrator's check)."""
        require(self._db, actor, Action.AUDIT_VIEW, "audit_log")
        with self._db.read() as s:
            rows, head, broken = check_chain(s)
            invoices, bad, numbers = check_invoices(s)
        report = VerifyReport(rows, head, broken, invoices, bad, numbers)
        with self._db.write() as s:
            audit.record(
                s,
                actor,
                "audit.verify",
                "audit_log",
                None,
                {
                    "rows": rows,
                    "chain": "intact" if broken is None else broken.kind,
                    "broken_at": broken.seq_no if broken else None,
                    "invoices": invoices,
                    "tampered_invoices": bad,
                },
            )
        return report

    def digest_at(self, actor: Actor, seq_no: int) -> str | None:
        """The stored digest of audit entry ``seq_no``, to compare with a printed day-end report."""
        require(self._db, actor, Action.AUDIT_VIEW, "audit_log")
        with self._db.read() as s:
            return s.scalar(select(AuditLog.row_sha256).where(AuditLog.seq_no == seq_no))
