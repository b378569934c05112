"""The day-end report for the cashier and the accountant, and its CSV export.

What counts, for a business date and one cashier (or all of them):

* collections: payments whose business date is the day, taken by the cashier, by mode;
* refunds: credit notes of the day paid back (``refund_mode`` set), issued by the cashier, by mode
  (a cash refund lowers the day's cash, as in the day close);
* by doctor / department: the day's invoices raised by the cashier (count and grand total; voided
  ones left out) and the day's collections, each attributed to its invoice's doctor;
* GST: the taxable lines of the day's invoices by rate plus the exempt value, and the day's credit
  notes as their own (negative) rows by the rate of the lines they reverse;
* documents: every invoice dated the day (voided ones too, marked) and every credit note of the day;
* the day close(s) of that day, if any.

A cashier sees only their own day; an admin sees anyone's, or all cashiers together.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable
from decimal import Decimal

from sqlalchemy import Select, false, func, or_, select
from sqlalchemy.orm import Session

from hms_desktop.db.engine import Database
from hms_desktop.db.models import (
    CreditNote,
    CreditNoteLine,
    DayClose,
    DayReopen,
    Department,
    Doctor,
    Invoice,
    InvoiceLine,
    Payment,
    StaffUser,
)
from hms_desktop.domain.clock import Clock
from hms_desktop.domain.day_report import (
    ALL_CASHIERS,
    NO_DEPARTMENT,
    NO_DOCTOR,
    ZERO,
    CloseRow,
    DayCloseDoc,
    DayReport,
    DocumentRow,
    GroupRow,
    GstRateRow,
    ModeRow,
    Reopening,
)
from hms_desktop.domain.enums import DocType, InvoiceStatus, PaymentMode, Role
from hms_desktop.domain.gst import second_head
from hms_desktop.domain.permissions import Action
from hms_desktop.errors import NotFound
from hms_desktop.services.audit_verify import day_head
from hms_desktop.services.billing_ledger import InvoiceLedger, Settlement, balance_due
from hms_desktop.services.clinic_row import clinic_row
from hms_desktop.services.context import Actor
from hms_desktop.services.guard import read_retry, refuse, require

MODES = tuple(m.value for m in PaymentMode)


class DayReportService:
    def __init__(
        self,
        db: Database,
        clock: Clock | None = None,
    ) -> None:
        self._db = db
        self.clock = clock or Clock()

    @read_retry
    def day_report(self, actor: Actor, business_date: dt.date, cashier_id: int | None = None) -> DayReport:
        """The day-end report of ``cashier_id`` (None: a cashier's own day; for an admin, everyone's)."""
        require(self._db, actor, Action.BILLING_VIEW, "day_report")
        if actor.role != Role.ADMIN:
            if cashier_id is not None and cashier_id != actor.user_id:
                raise refuse(self._db, actor, Action.BILLING_VIEW, "You may see only your own day's report.",
                             "day_report", cashier_id)  # fmt: skip
            cashier_id = actor.user_id
        with self._db.read() as s:
            if cashier_id is None:
                cashier_name = ALL_CASHIERS
            else:
                user = s.get(StaffUser, cashier_id)
                if user is None:
                    raise NotFound(f"There is no staff user {cashier_id}.")
                cashier_name = user.full_name
            clinic = clinic_row(s)
            clinic_name = (clinic.trade_name or clinic.legal_name) if clinic else ""
            report = _Builder(s, business_date, cashier_id, self.clock.local).build(
                clinic_name or "", cashier_name, self.clock.local(self.clock.now())
            )
            if clinic is not None and clinic.state_code:
                report = dataclasses.replace(report, state_head=second_head(clinic.state_code))
            end = self.clock.day_bounds(business_date)[1]
            head = day_head(s, end)
            if head is None:
                return report
            return dataclasses.replace(report, audit_seq=head.seq_no, audit_digest=head.sha256[:16])

    @read_retry
    def takings(
        self, actor: Actor, month_of: dt.date, cashier_id: int | None = None
    ) -> list[tuple[dt.date, dict[str, Decimal]]]:
        """Each day of ``month_of``'s month up to that day: money taken by mode, cash refunds out
        (a cashier sees their own; an admin everyone's, or one cashier's)."""
        require(self._db, actor, Action.BILLING_VIEW, "day_report")
        if actor.role != Role.ADMIN:
            if cashier_id is not None and cashier_id != actor.user_id:
                raise refuse(self._db, actor, Action.BILLING_VIEW, "You may see only your own takings.",
                             "day_report", cashier_id)  # fmt: skip
            cashier_id = actor.user_id
        first = month_of.replace(day=1)
        days = {
            first + dt.timedelta(days=n): {m.value: Decimal("0.00") for m in PaymentMode}
            for n in range((month_of - first).days + 1)
        }
        with self._db.read() as s:
            pay = select(Payment.business_date, Payment.pay_mode, func.sum(Payment.amount)).where(
                Payment.business_date >= first, Payment.business_date <= month_of
            )
            refund = select(
                CreditNote.business_date, CreditNote.refund_mode, func.sum(CreditNote.total)
            ).where(
                CreditNote.business_date >= first,
                CreditNote.business_date <= month_of,
                CreditNote.refund_mode.is_not(None),
                CreditNote.is_void == false(),
            )
            if cashier_id is not None:
                pay = pay.where(Payment.cashier_id == cashier_id)
                refund = refund.where(CreditNote.issued_by == cashier_id)
            for day, mode, amount in s.execute(pay.group_by(Payment.business_date, Payment.pay_mode)):
                days[day][mode] += Decimal(amount)
            for day, refund_mode, amount in s.execute(
                refund.group_by(CreditNote.business_date, CreditNote.refund_mode)
            ):
                days[day][str(refund_mode)] -= Decimal(amount)
        return sorted(days.items())


class _Builder:
    """Reads one day's rows in one session and folds them into a DayReport."""

    def __init__(
        self,
        s: Session,
        day: dt.date,
        cashier_id: int | None,
        local: Callable[[dt.datetime], dt.datetime],
    ) -> None:
        self.s, self.day, self.cashier_id, self.local = s, day, cashier_id, local

    def build(self, clinic_name: str, cashier_name: str, generated_at: dt.datetime) -> DayReport:
        s, day, cid = self.s, self.day, self.cashier_id
        inv_q = select(Invoice).where(Invoice.invoice_date == day).order_by(Invoice.id)
        pay_q = select(Payment).where(Payment.business_date == day).order_by(Payment.id)
        note_q = (
            select(CreditNote)
            .where(CreditNote.note_date == day, CreditNote.is_void == false())
            .order_by(CreditNote.id)
        )
        refund_q = select(CreditNote).where(
            CreditNote.business_date == day,
            CreditNote.is_void == false(),
            CreditNote.refund_mode.is_not(None),
        )
        close_q = select(DayClose).where(DayClose.business_date == day).order_by(DayClose.cashier_id)
        if cid is not None:
            inv_q = inv_q.where(Invoice.cashier_id == cid)
            pay_q = pay_q.where(Payment.cashier_id == cid)
            note_q = note_q.where(CreditNote.issued_by == cid)
            refund_q = refund_q.where(CreditNote.issued_by == cid)
            close_q = close_q.where(DayClose.cashier_id == cid)
        # The id sets below stay subqueries: a bound list of a busy day's ids would pass Oracle's
        # 1000-item IN-list limit (ORA-01795).
        inv_ids = inv_q.with_only_columns(Invoice.id).order_by(None)
        live_ids = inv_ids.where(Invoice.status != InvoiceStatus.VOIDED.value)
        pay_inv_ids = pay_q.with_only_columns(Payment.invoice_id).order_by(None)
        note_ids = note_q.with_only_columns(CreditNote.id).order_by(None)
        invoices = list(s.scalars(inv_q).all())
        payments = list(s.scalars(pay_q).all())
        notes = list(s.scalars(note_q).all())
        refunds = list(s.scalars(refund_q).all())
        closes = list(s.scalars(close_q).all())
        live = [i for i in invoices if i.status != InvoiceStatus.VOIDED.value]

        collections = _by_mode((p.pay_mode, p.amount) for p in payments)
        refunded = _by_mode((str(n.refund_mode), n.total) for n in refunds)

        # invoices of the day's payments, for the doctor of each payment
        known = {i.id: i for i in invoices}
        if any(p.invoice_id not in known for p in payments):
            for extra in s.scalars(
                select(Invoice).where(Invoice.id.in_(pay_inv_ids), Invoice.id.not_in(inv_ids))
            ).all():
                known[extra.id] = extra
        doctors = self._doctors(
            select(Invoice.doctor_id).where(or_(Invoice.id.in_(inv_ids), Invoice.id.in_(pay_inv_ids)))
        )
        by_doctor, by_dept = self._groups(live, payments, known, doctors)

        gst_inv, exempt_inv = self._gst_invoices(live_ids) if live else ((), ZERO)
        gst_cn, exempt_cn = self._gst_notes(note_ids) if notes else ((), ZERO)
        documents = self._documents(invoices, notes, inv_ids, note_ids)
        return DayReport(
            clinic_name=clinic_name,
            business_date=day,
            cashier_id=cid,
            cashier_name=cashier_name,
            generated_at=generated_at,
            collections=collections,
            refunds=refunded,
            by_doctor=by_doctor,
            by_department=by_dept,
            gst_invoices=gst_inv,
            gst_credit_notes=gst_cn,
            exempt_invoiced=exempt_inv,
            exempt_credited=exempt_cn,
            documents=documents,
            closes=tuple(self._close(c) for c in closes),
        )

    def _doctors(self, ids: Select[int | None]) -> dict[int, tuple[str, str]]:
        rows = self.s.execute(
            select(Doctor.id, Doctor.full_name, Department.name)
            .join(Department, Department.id == Doctor.department_id)
            .where(Doctor.id.in_(ids))
        ).all()
        return {int(i): (str(n), str(d)) for i, n, d in rows}

    def _groups(
        self,
        live: list[Invoice],
        payments: list[Payment],
        known: dict[int, Invoice],
        doctors: dict[int, tuple[str, str]],
    ) -> tuple[tuple[GroupRow, ...], tuple[GroupRow, ...]]:
        def names(inv: Invoice) -> tuple[str, str]:
            if inv.doctor_id is None or inv.doctor_id not in doctors:
                return NO_DOCTOR, NO_DEPARTMENT
            return doctors[inv.doctor_id]

        acc: tuple[dict[str, list[Decimal]], dict[str, list[Decimal]]] = (
            defaultdict(_zeros),
            defaultdict(_zeros),
        )
        for inv in live:
            for key, group in zip(names(inv), acc, strict=True):
                group[key][0] += 1
                group[key][1] += inv.grand_total
        for p in payments:
            for key, group in zip(names(known[p.invoice_id]), acc, strict=True):
                group[key][2] += p.amount

        def rows(group: dict[str, list[Decimal]], last: str) -> tuple[GroupRow, ...]:
            order = sorted(group, key=lambda k: (k == last, k.lower()))
            return tuple(GroupRow(k, int(group[k][0]), group[k][1], group[k][2]) for k in order)

        return rows(acc[0], NO_DOCTOR), rows(acc[1], NO_DEPARTMENT)

    def _gst_invoices(self, invoice_ids: Select[int]) -> tuple[tuple[GstRateRow, ...], Decimal]:
        lines = self.s.execute(
            select(
                InvoiceLine.gst_rate,
                InvoiceLine.is_exempt,
                InvoiceLine.taxable_value,
                InvoiceLine.cgst,
                InvoiceLine.sgst,
                InvoiceLine.igst,
            ).where(InvoiceLine.invoice_id.in_(invoice_ids))
        ).all()
        return _gst_rows(lines, sign=1)

    def _gst_notes(self, note_ids: Select[int]) -> tuple[tuple[GstRateRow, ...], Decimal]:
        lines = self.s.execute(
            select(
                InvoiceLine.gst_rate,
                InvoiceLine.is_exempt,
                CreditNoteLine.taxable_value,
                CreditNoteLine.cgst,
                CreditNoteLine.sgst,
                CreditNoteLine.igst,
            )
            .join(InvoiceLine, InvoiceLine.id == CreditNoteLine.invoice_line_id)
            .where(CreditNoteLine.credit_note_id.in_(note_ids))
        ).all()
        return _gst_rows(lines, sign=-1)

    def _documents(
        self,
        invoices: list[Invoice],
        notes: list[CreditNote],
        ids: Select[int],
        note_ids: Select[int],
    ) -> tuple[DocumentRow, ...]:
        s, day = self.s, self.day
        # as the day ended: payments and dues-reducing notes up to and including the day
        settled = InvoiceLedger().settlements(s, ids, through_day=day) if invoices else {}
        rows = [
            DocumentRow(
                inv.invoice_date,
                inv.doc_type,
                inv.doc_number,
                None,
                inv.recipient_name,
                inv.taxable_value,
                inv.exempt_value,
                inv.cgst,
                inv.sgst,
                inv.igst,
                inv.round_off,
                inv.grand_total,
                settled.get(inv.id, Settlement()).paid,
                balance_due(inv, settled.get(inv.id, Settlement())),
                _mode_order(set(settled.get(inv.id, Settlement()).modes)),
                inv.status,
            )
            for inv in invoices
        ]
        if notes:
            against = {
                int(i): (str(n), str(r))
                for i, n, r in s.execute(
                    select(Invoice.id, Invoice.doc_number, Invoice.recipient_name).where(
                        Invoice.id.in_(select(CreditNote.invoice_id).where(CreditNote.id.in_(note_ids)))
                    )
                ).all()
            }
            for n in notes:
                number, patient = against[n.invoice_id]
                rows.append(
                    DocumentRow(
                        n.note_date,
                        DocType.CREDIT_NOTE.value,
                        n.doc_number,
                        number,
                        patient,
                        -n.taxable_value,
                        -n.exempt_value,
                        -n.cgst,
                        -n.sgst,
                        -n.igst,
                        -n.round_off,
                        -n.total,
                        -n.total if n.refund_mode else ZERO,
                        ZERO,
                        (str(n.refund_mode),) if n.refund_mode else (),
                        "refunded" if n.refund_mode else "adjusted",
                    )
                )
        return tuple(rows)

    def _close(self, c: DayClose) -> DayCloseDoc:
        user = self.s.get(StaffUser, c.cashier_id)
        rows = tuple(CloseRow(m, getattr(c, f"expected_{m}"), getattr(c, f"counted_{m}")) for m in MODES)
        return DayCloseDoc(
            user.full_name if user else str(c.cashier_id),
            self.local(c.closed_at),
            rows,
            c.difference,
            c.diff_reason,
            close_no=c.close_no,
            reopened=self._reopening(c.id),
        )

    def _reopening(self, day_close_id: int) -> Reopening | None:
        """Who set the close aside, when and why (None while the close stands)."""
        row = self.s.scalar(select(DayReopen).where(DayReopen.day_close_id == day_close_id))
        if row is None:
            return None
        admin = self.s.get(StaffUser, row.reopened_by) if row.reopened_by is not None else None
        return Reopening(
            admin.full_name if admin else "an administrator", self.local(row.reopened_at), row.reason
        )


def _zeros() -> list[Decimal]:
    return [ZERO, ZERO, ZERO]


def _by_mode(items: Iterable[tuple[str, Decimal]]) -> tuple[ModeRow, ...]:
    count: dict[str, int] = dict.fromkeys(MODES, 0)
    total: dict[str, Decimal] = dict.fromkeys(MODES, ZERO)
    for mode, amt in items:
        count[mode] = count.get(mode, 0) + 1
        total[mode] = total.get(mode, ZERO) + Decimal(amt)
    return tuple(ModeRow(m, count[m], total[m]) for m in count)


def _mode_order(modes: set[str]) -> tuple[str, ...]:
    return tuple(sorted(modes, key=lambda m: (MODES.index(m) if m in MODES else len(MODES), m)))


def _gst_rows(
    lines: Iterable[tuple[Decimal, bool, Decimal, Decimal, Decimal, Decimal]], sign: int
) -> tuple[tuple[GstRateRow, ...], Decimal]:
    by_rate: dict[Decimal, list[Decimal]] = {}
    exempt = ZERO
    for rate, is_exempt, taxable, cgst, sgst, igst in lines:
        if is_exempt:
            exempt += sign * taxable
            continue
        acc = by_rate.setdefault(Decimal(rate), [ZERO, ZERO, ZERO, ZERO])
        for i, v in enumerate((taxable, cgst, sgst, igst)):
            acc[i] += sign * v
    return tuple(GstRateRow(r, *v) for r, v in sorted(by_rate.items())), exempt
