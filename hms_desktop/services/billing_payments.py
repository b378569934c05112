"""Taking payments against invoices: split and partial, never more than the balance due."""

from __future__ import annotations

from hms_desktop.db.engine import Database
from hms_desktop.db.models import (
    Payment,
)
from hms_desktop.domain.clock import Clock
from hms_desktop.domain.enums import DocType, InvoiceStatus, PaymentMode
from hms_desktop.domain.gst import financial_year
from hms_desktop.domain.permissions import Action
from hms_desktop.errors import ValidationError
from hms_desktop.services import audit
from hms_desktop.services.billing_input import (
    check_payment,
)
from hms_desktop.services.billing_ledger import (
    MODES,
    InvoiceLedger,
    blank,
    load_invoice,
    money,
    open_day,
)
from hms_desktop.services.billing_read import payment_info
from hms_desktop.services.billing_types import (
    PaymentInfo,
    PaymentInput,
)
from hms_desktop.services.changes import ChangeTopic, mark
from hms_desktop.services.context import Actor
from hms_desktop.services.doc_numbers import next_number
from hms_desktop.services.guard import require


class PaymentDesk:
    """Records payments (one unit of work each: the invoice's lock, the cashier's open day)."""

    def __init__(self, db: Database, clock: Clock, ledger: InvoiceLedger) -> None:
        self._db = db
        self.clock = clock
        self._ledger = ledger

    def take_payment(self, actor: Actor, invoice_id: int, data: PaymentInput) -> PaymentInfo:
        """Record a payment (split and partial payments allowed, never more than the balance due)."""
        require(self._db, actor, Action.BILLING_PAYMENT, "payment")
        check_payment(data)
        mode = data.mode.value if isinstance(data.mode, PaymentMode) else str(data.mode)
        if mode not in MODES:
            raise ValidationError({"mode": "Cash, card or UPI."})
        amount = money(data.amount, "amount")
        if amount <= 0:
            raise ValidationError({"amount": "Enter an amount above zero."})
        reference = blank(data.reference)
        tendered = change = None
        if mode == PaymentMode.CASH.value:
            tendered = amount if data.tendered is None else money(data.tendered, "tendered")
            if tendered < amount:
                raise ValidationError({"tendered": f"The cash handed over is less than {amount}."})
            change = tendered - amount
        elif mode == PaymentMode.UPI.value and reference is None:
            raise ValidationError({"reference": "Enter the UPI transaction reference."})
        day = self.clock.today()
        with self._db.write() as s:
            inv = load_invoice(s, invoice_id, lock=True)
            if inv.status != InvoiceStatus.ISSUED.value:
                raise ValidationError({"invoice": "This invoice is void; it cannot be paid."})
            open_day(s, actor, day)
            due = self._ledger.balance(s, inv)
            if amount > due:
                raise ValidationError({"amount": f"More than the balance due ({due})."})
            number = next_number(s, DocType.RECEIPT, day)
            pay = Payment(
                invoice_id=inv.id,
                receipt_number=number,
                fin_year=financial_year(day),
                paid_at=self.clock.now(),
                business_date=day,
                pay_mode=mode,
                amount=amount,
                tendered=tendered,
                change_given=change,
                reference=reference,
                cashier_id=actor.user_id,
            )
            s.add(pay)
            s.flush()
            audit.record(
                s,
                actor,
                "billing.payment",
                "payment",
                pay.id,
                {"invoice": inv.doc_number, "receipt": number, "mode": mode, "amount": amount},
            )
            mark(s, ChangeTopic.BILLING)
            return payment_info(pay)
