"""Billing and GST: invoices, payments, credit notes, the cashier's day close and printable documents.

``BillingService`` is the area's one service: it composes the parts, which share one
:class:`~hms_desktop.services.billing_ledger.InvoiceLedger` (paid / credited / refunded / balance
due) and the clinic's clock, and exposes their methods:

- ``billing_read``: price list, pending charges, the day's documents, series prefixes, the counter,
  the medicines prescribed today;
- ``billing_invoices``: issuing invoices and setting series prefixes;
- ``billing_payments``: taking payments;
- ``billing_credit_notes``: credit notes (set against the dues or refunded);
- ``billing_day_close``: the cashier's day summary and close;
- ``billing_docs``: the printed invoice, credit note and receipt.

Every action is one unit of work that checks the permission, takes document numbers from
``doc_numbers`` under the series' row lock, writes an audit row and bumps the 'billing' change
counter last. Issued invoices are never edited: corrections are credit notes.

Lock order (to keep concurrent desks free of deadlocks): the invoice's patient row -> cashier's staff
row -> document series -> audit chain head -> change counters (both taken at commit, the seal's
listener first, the bumps last, in one topic order, as every write does). Payments and the day
close both lock the cashier's staff row, so a payment can never slip in between a day's totals being
read and the close being saved. Work on one invoice is serialised on its *patient* row, not the
invoice row: a row lock needs UPDATE rights on PostgreSQL, and the desks' database role has none on
the append-only invoice table.
"""

from __future__ import annotations

from hms_desktop.db.engine import Database
from hms_desktop.domain.clock import Clock
from hms_desktop.services.billing_credit_notes import CreditNoteDesk
from hms_desktop.services.billing_day_close import DayCloser
from hms_desktop.services.billing_docs import BillingDocuments
from hms_desktop.services.billing_invoices import InvoiceIssuer
from hms_desktop.services.billing_ledger import InvoiceLedger
from hms_desktop.services.billing_payments import PaymentDesk
from hms_desktop.services.billing_read import BillingReader

__all__ = ["BillingService"]


class BillingService:
    """The cashier's service. Each method is one unit of work of the part named beside it."""

    def __init__(self, db: Database, clock: Clock | None = None) -> None:
        self._db = db
        self.clock = clock or Clock()
        self.ledger = InvoiceLedger()
        self.reader = BillingReader(db, self.clock, self.ledger)
        self.invoices = InvoiceIssuer(db, self.clock, self.ledger)
        self.payments = PaymentDesk(db, self.clock, self.ledger)
        self.credit_notes = CreditNoteDesk(db, self.clock, self.ledger)
        self.day_close = DayCloser(db, self.clock, self.ledger)
        self.documents = BillingDocuments(db, self.clock, self.ledger)
        # reading
        self.version = self.reader.version
        self.price_list = self.reader.price_list
        self.pending = self.reader.pending
        self.prescribed = self.reader.prescribed
        self.list_invoices = self.reader.list_invoices
        self.get = self.reader.get
        self.day_invoices = self.reader.day_invoices
        self.prefixes = self.reader.prefixes
        # writing
        self.set_prefix = self.invoices.set_prefix
        self.create_invoice = self.invoices.create_invoice
        self.take_payment = self.payments.take_payment
        self.issue_credit_note = self.credit_notes.issue_credit_note
        self.day_summary = self.day_close.day_summary
        self.close_day = self.day_close.close_day
        # documents
        self.invoice_doc = self.documents.invoice_doc
        self.credit_note_doc = self.documents.credit_note_doc
        self.receipt_doc = self.documents.receipt_doc
