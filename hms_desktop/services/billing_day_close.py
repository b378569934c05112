"""The cashier's day close: counted against expected per payment mode, any difference with a reason."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import cast

from sqlalchemy import false, func, select
from sqlalchemy.orm import Session

from hms_desktop.db.engine import Database
from hms_desktop.db.models import (
    CreditNote,
    DayClose,
    Invoice,
    Payment,
    PendingCharge,
)
from hms_desktop.domain.clock import Clock
from hms_desktop.domain.enums import InvoiceStatus, Role
from hms_desktop.domain.money import to_paise
from hms_desktop.domain.permissions import Action
from hms_desktop.errors import ValidationError
from hms_desktop.services import audit
from hms_desktop.services.billing_input import (
    check_close,
)
from hms_desktop.services.billing_ledger import (
    MODES,
    InvoiceLedger,
    Settlement,
    balance_due,
    blank,
    money,
    open_day,
)
from hms_desktop.services.billing_types import (
    ZERO,
    DayCloseInfo,
    DaySummary,
)
from hms_desktop.services.changes import ChangeTopic, mark
from hms_desktop.services.context import Actor
from hms_desktop.services.day_reopen import next_close_no, standing_close
from hms_desktop.services.guard import refuse, require


class DayCloser:
    """The day summary and the close of a cashier's own day."""

    def __init__(self, db: Database, clock: Clock, ledger: InvoiceLedger) -> None:
        self._db = db
        self.clock = clock
        self._ledger = ledger

    def day_summary(self, actor: Actor, cashier_id: int, business_date: dt.date) -> DaySummary:
        """What the cashier should hold by mode: payments taken less refunds paid out that day."""
        require(self._db, actor, Action.BILLING_DAY_CLOSE, "day_close")
        if cashier_id != actor.user_id and actor.role != Role.ADMIN:
            raise refuse(
                self._db, actor, Action.BILLING_DAY_CLOSE, "You may see only your own day's summary.",
                "day_close", cashier_id,
            )  # fmt: skip
        with self._db.read() as s:
            return self._summary(s, cashier_id, business_date)

    def _summary(self, s: Session, cashier_id: int, day: dt.date) -> DaySummary:
        expected = dict.fromkeys(MODES, ZERO)
        pays = s.execute(
            select(Payment.pay_mode, func.sum(Payment.amount), func.count(Payment.id))
            .where(Payment.cashier_id == cashier_id, Payment.business_date == day)
            .group_by(Payment.pay_mode)
        ).all()
        refunds = s.execute(
            select(CreditNote.refund_mode, func.sum(CreditNote.total), func.count(CreditNote.id))
            .where(
                CreditNote.issued_by == cashier_id,
                CreditNote.business_date == day,
                CreditNote.refund_mode.is_not(None),
                CreditNote.is_void == false(),
            )
            .group_by(CreditNote.refund_mode)
        ).all()
        for mode, amount, _ in pays:
            expected[mode] += Decimal(amount)
        for refund_mode, amount, _ in refunds:
            expected[str(refund_mode)] -= Decimal(amount)
        close_id = standing_close(s, cashier_id, day)
        start, end = self.clock.day_bounds(day)
        waiting = s.scalar(
            select(func.count(PendingCharge.id)).where(
                PendingCharge.invoice_id.is_(None),
                PendingCharge.created_at >= start,
                PendingCharge.created_at < end,
            )
        )
        own = select(Invoice.id).where(
            Invoice.cashier_id == cashier_id,
            Invoice.invoice_date == day,
            Invoice.status == InvoiceStatus.ISSUED.value,
        )
        invoices = s.scalars(select(Invoice).where(Invoice.id.in_(own)).order_by(Invoice.id)).all()
        money_of = self._ledger.settlements(s, own)
        unpaid = [
            (inv.doc_number, due)
            for inv in invoices
            if (due := balance_due(inv, money_of.get(inv.id, Settlement()))) > 0
        ]
        return DaySummary(
            cashier_id,
            day,
            {k: to_paise(v) for k, v in expected.items()},
            sum(int(n) for *_, n in pays),
            sum(int(n) for *_, n in refunds),
            close_id is not None,
            close_id,
            pending_charges=int(waiting or 0),
            unpaid=tuple(number for number, _ in unpaid),
            unpaid_total=sum((due for _, due in unpaid), ZERO),
        )

    def close_day(
        self,
        actor: Actor,
        business_date: dt.date,
        counted: Mapping[str, Decimal],
        reason: str | None = None,
        *,
        blind: bool = False,
    ) -> DayCloseInfo:
        """Close the actor's own day: counted vs expected per mode; any difference needs a reason.

        The close covers the cashier's payments and credit notes of that business date: membership
        is derived from (cashier, business date), columns written once, rather than stamped onto the
        append-only payment rows afterwards. It is complete because payments and refunds lock the
        cashier's row and refuse a closed day, so nothing can join a day after its close.

        ``blind``: the cashier entered the counts before the expected amounts were shown (kept in the
        audit row, with the pending charges and unpaid bills the close was warned about).
        """
        require(self._db, actor, Action.BILLING_DAY_CLOSE, "day_close")
        check_close(business_date, counted, reason, self.clock.today())
        bad = [k for k in counted if str(k) not in MODES]
        if bad:
            raise ValidationError({"counted": f"Unknown payment mode {bad[0]!r}."})
        count = {m: money(counted.get(m, ZERO), f"counted.{m}") for m in MODES}
        for m, v in count.items():
            if v < 0:
                raise ValidationError({f"counted.{m}": "A count cannot be negative."})
        why = blank(reason)
        with self._db.write() as s:
            open_day(s, actor, business_date)
            summary = self._summary(s, cast(int, actor.user_id), business_date)
            diffs = {m: count[m] - summary.expected[m] for m in MODES}
            difference = sum(diffs.values(), ZERO)
            if any(diffs.values()) and why is None:
                off = ", ".join(f"{m} {d:+}" for m, d in diffs.items() if d)
                raise ValidationError({"reason": f"The count differs ({off}); give the reason."})
            row = DayClose(
                cashier_id=actor.user_id,
                business_date=business_date,
                closed_at=self.clock.now(),
                expected_cash=summary.expected["cash"],
                counted_cash=count["cash"],
                expected_card=summary.expected["card"],
                counted_card=count["card"],
                expected_upi=summary.expected["upi"],
                counted_upi=count["upi"],
                difference=difference,
                diff_reason=why,
                close_no=next_close_no(s, cast(int, actor.user_id), business_date),
            )
            s.add(row)
            s.flush()
            audit.record(
                s,
                actor,
                "billing.day_close",
                "day_close",
                row.id,
                {
                    "date": business_date,
                    "expected": summary.expected,
                    "counted": count,
                    "difference": difference,
                    "blind": bool(blind),
                    "pending_charges": summary.pending_charges,
                    "unpaid": list(summary.unpaid),
                },
            )
            mark(s, ChangeTopic.BILLING)
            return DayCloseInfo(
                row.id, row.cashier_id, business_date, summary.expected, count, difference, why
            )
