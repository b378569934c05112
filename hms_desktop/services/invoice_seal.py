"""An invoice's content seal: the digest taken at issue, checked again whenever it is printed.

An invoice is append-only (database triggers and grants, migration 0007), but someone with the
schema owner's rights can switch a trigger off. The digest (``domain.invoice_digest``) over what is
printed, sealed before the row was inserted, makes such an edit visible: a reprint of an invoice whose
rows no longer match is refused (and the refusal audited) rather than handed to a patient or an
auditor as if it were the original, and ``hms-desktop-admin audit verify`` lists every such invoice.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session, selectinload

from hms_desktop.db.engine import Database
from hms_desktop.db.models import Invoice, InvoiceLine
from hms_desktop.domain.enums import AuditOutcome
from hms_desktop.domain.invoice_digest import (
    HEADER_AMOUNTS,
    HEADER_OPTIONAL,
    HEADER_TEXT,
    LINE_AMOUNTS,
    LINE_TEXT,
    invoice_digest,
)
from hms_desktop.errors import TamperedRecord
from hms_desktop.services import audit
from hms_desktop.services.context import Actor

DIGEST_HEADER = (
    *HEADER_TEXT,
    *HEADER_OPTIONAL,
    *HEADER_AMOUNTS,
    "invoice_date",
    "patient_id",
    "doctor_id",
    "cashier_id",
    "intra_state",
)
DIGEST_LINE = (*LINE_TEXT, *LINE_AMOUNTS, "line_no", "item_id", "expiry_on", "is_exempt")


def content_hash(inv: Invoice, lines: list[InvoiceLine] | None = None) -> str:
    """SHA-256 of the invoice's canonical content (what is printed), to detect later tampering."""
    rows = inv.lines if lines is None else lines
    return invoice_digest(
        {k: getattr(inv, k, None) for k in DIGEST_HEADER},
        [{k: getattr(ln, k) for k in DIGEST_LINE} for ln in rows],
    )


def content_hash_of(header: Mapping[str, Any], lines: Sequence[Mapping[str, Any]]) -> str:
    """:func:`content_hash` of an invoice about to be inserted, from its column values."""
    return invoice_digest(
        {k: header.get(k) for k in DIGEST_HEADER}, [{k: ln.get(k) for k in DIGEST_LINE} for ln in lines]
    )


def is_intact(inv: Invoice) -> bool:
    """Whether a stored invoice (lines loaded) still matches the digest sealed at issue."""
    return inv.content_sha256 is not None and content_hash(inv) == inv.content_sha256


def tampered_message(doc_number: str) -> str:
    return (
        f"Invoice {doc_number} no longer matches the seal taken when it was issued: its stored rows "
        "were changed outside HMS Desktop. It is not printed. Tell the administrator (they can run "
        "\u201chms-desktop-admin audit verify\u201d)."
    )


def require_intact(db: Database, actor: Actor, which: ColumnElement[bool], printing: str) -> None:
    """Refuse (and audit) printing a document of the invoice ``which`` selects if it was altered."""
    with db.read() as s:
        inv = _load(s, which)
        if inv is None or is_intact(inv):
            return
        number, invoice_id = inv.doc_number, inv.id
    details: dict[str, Any] = {"document": printing, "number": number, "reason": "content digest mismatch"}
    audit.record_separately(db, actor, "billing.print", AuditOutcome.FAILED, "invoice", invoice_id, details)
    raise TamperedRecord(tampered_message(number))


def _load(s: Session, which: ColumnElement[bool]) -> Invoice | None:
    return s.scalars(select(Invoice).where(which).options(selectinload(Invoice.lines))).one_or_none()
