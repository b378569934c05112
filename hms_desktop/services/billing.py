"""Billing and GST: invoices, payments, credit notes, the cashier's day close and printable documents.

Every action is one unit of work that checks the permission, takes document numbers from
``doc_numbers`` under the series' row lock, writes an audit row and bumps the 'billing' change
counter last. Issued invoices are never edited: corrections are credit notes.

Lock order (to keep concurrent desks free of deadlocks): the invoice's patient row -> cashier's staff
row -> document series -> change counter -> audit chain head (taken at commit). Payments and the day
close both lock the cashier's staff row, so a payment can never slip in between a day's totals being
read and the close being saved. Work on one invoice is serialised on its *patient* row, not the
invoice row: a row lock needs UPDATE rights on PostgreSQL, and the desks' database role has none on
the append-only invoice table.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import CursorResult, Select, case, false, func, select, true, update
from sqlalchemy.orm import Session, selectinload

from hms_desktop.db.engine import Database
from hms_desktop.db.models import (
    BillableItem,
    ChangeCounter,
    CreditNote,
    CreditNoteLine,
    DayClose,
    DocSeries,
    Doctor,
    GstRate,
    Invoice,
    InvoiceLine,
    Patient,
    Payment,
    PendingCharge,
    StaffUser,
)
from hms_desktop.domain.billing_math import (
    CreditLineIn,
    LineIn,
    LineTax,
    MixedPlaces,
    compute_bill,
    credit_note,
)
from hms_desktop.domain.clock import Clock
from hms_desktop.domain.enums import DocType, InvoiceStatus, ItemKind, PaymentMode, Role
from hms_desktop.domain.gst import PLACE_CODES, STATE_NAMES, financial_year
from hms_desktop.domain.identifiers import normalise_gstin
from hms_desktop.domain.money import to_paise
from hms_desktop.domain.permissions import Action
from hms_desktop.errors import NotFound, ValidationError
from hms_desktop.services import audit, doc_numbers
from hms_desktop.services.billing_docs import BillingDocsMixin
from hms_desktop.services.billing_input import (
    check_close,
    check_credit,
    check_invoice,
    check_payment,
    money_value,
)
from hms_desktop.services.billing_types import (
    ZERO,
    CreditNoteInfo,
    DayCloseInfo,
    DaySummary,
    InvoiceInfo,
    InvoiceInput,
    InvoiceLineInfo,
    InvoiceSummary,
    LineInput,
    PaymentInfo,
    PaymentInput,
    PendingChargeInfo,
    PendingPatient,
    PriceItem,
    SeriesPrefix,
)
from hms_desktop.services.changes import ChangeTopic, mark
from hms_desktop.services.clinic_row import clinic_row
from hms_desktop.services.context import Actor
from hms_desktop.services.day_reopen import next_close_no, standing_close
from hms_desktop.services.doc_numbers import next_number
from hms_desktop.services.guard import read_retry, refuse, require
from hms_desktop.services.invoice_dates import check_invoice_date
from hms_desktop.services.invoice_seal import content_hash
from hms_desktop.services.price_list import price_on, prices_on

_content_hash = content_hash  # the name demo seeding imports

TITLES = {
    DocType.TAX_INVOICE.value: "TAX INVOICE",
    DocType.BILL_OF_SUPPLY.value: "BILL OF SUPPLY",
    DocType.INVOICE_CUM_BOS.value: "INVOICE-CUM-BILL OF SUPPLY",
    DocType.CREDIT_NOTE.value: "CREDIT NOTE",
}
MODES = tuple(m.value for m in PaymentMode)
QTY = Decimal("0.01")
RULE46_ADDRESS_FROM = Decimal("50000")


def rate_for(s: Session, tax_class: str, on_date: dt.date) -> tuple[Decimal, bool, str]:
    """(rate percent, exempt, SAC/HSN) of a tax class on a date: the newest rate from on or before it."""
    row = s.execute(
        select(GstRate.rate_percent, GstRate.is_exempt, GstRate.sac_hsn)
        .where(GstRate.tax_class == tax_class, GstRate.effective_from <= on_date)
        .order_by(GstRate.effective_from.desc())
        .limit(1)
    ).first()
    if row is None:
        raise ValidationError({"tax_class": f"No GST rate is set for {tax_class} on {on_date:%d %b %Y}."})
    return Decimal(row[0]), bool(row[1]), str(row[2])


def _blank(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def _money(value: object, field: str) -> Decimal:
    # the shared rule: a number type or its text, finite, in whole paise, within Numeric(12, 2)
    return money_value(value, field)


def _name(first: str, last: str | None) -> str:
    return f"{first} {last}" if last else first


@dataclasses.dataclass(frozen=True)
class _Recipient:
    name: str
    gstin: str | None
    state_code: str | None  # as recorded on the invoice; None: not recorded
    address: str | None


def _recipient(data: InvoiceInput, patient: Patient, clinic_code: str) -> _Recipient:
    """Who the invoice is made out to (Rule 46(d)/(e)): the patient, or a registered company paying
    for them (its GSTIN, legal name and address; its State is the GSTIN's first two digits)."""
    chosen = _blank(data.recipient_state_code)
    if chosen is not None and chosen not in PLACE_CODES:
        raise ValidationError({"recipient_state_code": "Not a GST State code (e.g. 29)."})
    address = _blank(data.recipient_address)
    typed = _blank(data.recipient_gstin)
    if typed is None:
        return _Recipient(_name(patient.first_name, patient.last_name), None, chosen, address)
    gstin = normalise_gstin(typed)
    errors: dict[str, str] = {}
    if gstin is None:
        errors["recipient_gstin"] = (
            "Not a valid GSTIN: 15 characters, State code, PAN, entity number, Z and a check character "
            "(e.g. 29AAACI1681G1ZJ). Check it against the company's registration."
        )
    name = _blank(data.recipient_name)
    if name is None:
        errors["recipient_name"] = "Enter the company's legal name as registered for GST."
    elif len(name) > 200:
        errors["recipient_name"] = "At most 200 characters."
    if address is None:
        errors["recipient_address"] = "A registered recipient's address is printed (Rule 46(d))."
    if gstin is not None and chosen is not None and chosen != gstin[:2]:
        errors["recipient_state_code"] = (
            f"The GSTIN is registered in {STATE_NAMES.get(gstin[:2], gstin[:2])} ({gstin[:2]}), not "
            f"{STATE_NAMES[chosen]}: leave the State to the GSTIN."
        )
    if errors:
        raise ValidationError(errors)
    assert gstin is not None and name is not None
    return _Recipient(name, gstin, gstin[:2], address)


def _line_amounts(t: LineTax) -> dict[str, Any]:
    return {
        "discount": t.discount,
        "taxable_value": t.taxable,
        "gst_rate": t.rate,
        "is_exempt": t.exempt,
        "cgst": t.cgst,
        "sgst": t.sgst,
        "igst": t.igst,
        "line_total": t.total,
    }


class BillingService(BillingDocsMixin):
    def __init__(
        self,
        db: Database,
        clock: Clock | None = None,
    ) -> None:
        self._db = db
        self.clock = clock or Clock()

    # --- reading ---------------------------------------------------------------------------------

    def set_prefix(self, actor: Actor, doc_type: str, prefix: str, from_date: dt.date | None = None) -> str:
        """An administrator's own series prefix for a document type, from the financial year of
        ``from_date`` (today's by default) onwards; returns the first number it will give."""
        require(self._db, actor, Action.SETTINGS_MANAGE, "doc_series")
        on = from_date or self.clock.today()
        with self._db.write() as s:
            first = doc_numbers.set_prefix(s, doc_type, prefix, on)
            audit.record(
                s,
                actor,
                "billing.prefix",
                "doc_series",
                None,
                {"doc_type": doc_type, "prefix": prefix.strip().upper(), "from": on},
            )
            return first

    @read_retry
    def prefixes(self, actor: Actor) -> list[SeriesPrefix]:
        """Each document type's series prefix as the next document uses it, with the numbers this
        financial year's series has issued."""
        require(self._db, actor, Action.SETTINGS_MANAGE, "doc_series")
        fin_year = financial_year(self.clock.today())
        with self._db.read() as s:
            issued = dict(
                s.execute(
                    select(DocSeries.doc_type, DocSeries.next_no - 1).where(DocSeries.fin_year == fin_year)
                ).all()
            )
            return [
                SeriesPrefix(
                    kind.value, doc_numbers.current_prefix(s, kind), int(issued.get(kind.value) or 0)
                )
                for kind in doc_numbers.PREFIXES
            ]

    @read_retry
    def version(self, actor: Actor) -> int:
        """The 'billing' change counter: cashier screens poll it and refresh when it moves."""
        require(self._db, actor, Action.BILLING_VIEW, "invoice")
        with self._db.read() as s:
            value = s.scalar(
                select(ChangeCounter.counter).where(ChangeCounter.topic == ChangeTopic.BILLING.value)
            )
            return int(value or 0)

    @read_retry
    def price_list(self, actor: Actor, on_date: dt.date | None = None) -> list[PriceItem]:
        """Active price-list items with the GST rate of their tax class on ``on_date`` (today)."""
        require(self._db, actor, Action.BILLING_VIEW, "billable_item")
        day = on_date or self.clock.today()
        with self._db.read() as s:
            items = s.scalars(
                select(BillableItem).where(BillableItem.is_active == true()).order_by(BillableItem.code)
            ).all()
            rates: dict[str, tuple[Decimal, bool, str] | None] = {}
            dated = prices_on(s, day)  # the price in force on the day (migration 0011)
            out = []
            for it in items:
                if it.tax_class not in rates:
                    try:
                        rates[it.tax_class] = rate_for(s, it.tax_class, day)
                    except ValidationError:
                        rates[it.tax_class] = None
                rate = rates[it.tax_class]
                out.append(
                    PriceItem(
                        it.id,
                        it.code,
                        it.name,
                        it.kind,
                        it.tax_class,
                        dated.get(it.id, it.unit_price),
                        it.unit,
                        it.sac_hsn or (rate[2] if rate else None),
                        rate[0] if rate else None,
                        rate[1] if rate else None,
                    )
                )
            return out

    @read_retry
    def pending(self, actor: Actor) -> list[PendingPatient]:
        """Charges not yet billed, grouped by patient (oldest first) for the cashier's screen."""
        require(self._db, actor, Action.BILLING_VIEW, "pending_charge")
        with self._db.read() as s:
            rows = s.execute(
                select(PendingCharge, Patient.first_name, Patient.last_name, Patient.mrn)
                .join(Patient, Patient.id == PendingCharge.patient_id)
                .where(PendingCharge.invoice_id.is_(None))
                .order_by(PendingCharge.id)
            ).all()
        groups: dict[int, tuple[str, str, list[PendingChargeInfo]]] = {}
        for charge, first, last, mrn in rows:
            group = groups.setdefault(charge.patient_id, (_name(first, last), mrn, []))
            group[2].append(
                PendingChargeInfo(
                    charge.id,
                    charge.item_id,
                    charge.description,
                    charge.quantity,
                    charge.unit_price,
                    charge.doctor_id,
                    charge.created_at,
                )
            )
        return [PendingPatient(pid, name, mrn, tuple(c)) for pid, (name, mrn, c) in groups.items()]

    @read_retry
    def list_invoices(self, actor: Actor, day: dt.date) -> list[InvoiceSummary]:
        require(self._db, actor, Action.BILLING_VIEW, "invoice")
        with self._db.read() as s:
            rows = s.execute(
                select(Invoice, Patient.first_name, Patient.last_name)
                .join(Patient, Patient.id == Invoice.patient_id)
                .where(Invoice.invoice_date == day)
                .order_by(Invoice.id)
            ).all()
            return [
                InvoiceSummary(
                    i.id,
                    i.doc_type,
                    i.doc_number,
                    i.invoice_date,
                    i.patient_id,
                    _name(f, last),
                    i.grand_total,
                    i.status,
                )
                for i, f, last in rows
            ]

    @read_retry
    def get(self, actor: Actor, invoice_id: int) -> InvoiceInfo:
        require(self._db, actor, Action.BILLING_VIEW, "invoice", invoice_id)
        with self._db.read() as s:
            return self._info(s, self._invoice(s, invoice_id))

    # --- invoices --------------------------------------------------------------------------------

    def create_invoice(self, actor: Actor, data: InvoiceInput) -> InvoiceInfo:
        """Issue an invoice for price-list items and/or pending charges of one patient.

        The document type follows the content: only exempt lines -> bill of supply, only taxable ->
        tax invoice, both -> invoice-cum-bill of supply. Rates are those in force on the invoice
        date and are stored on each line, so reprints never change.
        """
        require(self._db, actor, Action.BILLING_INVOICE, "invoice")
        check_invoice(data, self.clock.today())
        if not data.lines:
            raise ValidationError({"lines": "Add at least one line to bill."})
        on_date = data.invoice_date or self.clock.today()
        if on_date > self.clock.today():
            raise ValidationError({"invoice_date": "An invoice cannot be dated in the future."})
        with self._db.write() as s:
            self._open_day(s, actor, on_date)  # never into the cashier's closed day
            clinic = clinic_row(s)
            if clinic is None or not clinic.state_code or not clinic.state_name:
                raise ValidationError(
                    {"clinic": "Set the clinic's legal name, State and State code in Settings first."}
                )
            patient = s.get(Patient, data.patient_id)
            if patient is None:
                raise NotFound(f"There is no patient {data.patient_id}.")
            recipient = _recipient(data, patient, clinic.state_code)
            priced, charges, doctor_id = self._lines(s, data, on_date, clinic.discount_limit_pct)
            try:
                bill = compute_bill(
                    [line for line, _ in priced],
                    clinic.state_code,
                    recipient.state_code,
                    registered=recipient.gstin is not None,
                )
            except MixedPlaces as e:
                raise ValidationError({"recipient_state_code": str(e)}) from None
            backdated = check_invoice_date(
                s, on_date, self.clock.today(), bill.doc_type.value,
                backdate_days=clinic.backdate_days, reason=data.backdate_reason,
            )  # fmt: skip
            lines = [
                InvoiceLine(**row, **_line_amounts(t), line_no=i + 1)
                for i, ((_, row), t) in enumerate(zip(priced, bill.lines, strict=True))
            ]
            address = recipient.address
            if address is None and bill.taxable_value >= RULE46_ADDRESS_FROM:
                # Rule 46(e): an unregistered recipient's address (with the State's name and code) is
                # required from Rs 50,000 of taxable value
                address = ", ".join(x for x in (patient.address, patient.city, patient.pin_code) if x) or None
                if address is None:
                    raise ValidationError(
                        {
                            "recipient_address": "From Rs 50,000 of taxable value the invoice must show the "
                            "patient's address: enter it."
                        }
                    )
            if address is not None and recipient.state_code is None:
                raise ValidationError(
                    {
                        "recipient_state_code": "An address on the bill is printed with its State's name and "
                        "code (Rule 46(e)): choose the patient's State."
                    }
                )
            number = next_number(s, bill.doc_type, on_date)
            inv = Invoice(
                doc_type=bill.doc_type.value,
                doc_number=number,
                fin_year=financial_year(on_date),
                invoice_date=on_date,
                issued_at=self.clock.now(),
                patient_id=patient.id,
                doctor_id=data.doctor_id or doctor_id,
                cashier_id=actor.user_id,
                recipient_name=recipient.name,
                recipient_address=address,
                recipient_gstin=recipient.gstin,
                recipient_state_code=recipient.state_code,
                patient_name=_name(patient.first_name, patient.last_name),
                supply_state=STATE_NAMES[bill.place_code],
                supply_state_code=bill.place_code,
                intra_state=bill.intra_state,
                exempt_value=bill.exempt_value,
                taxable_value=bill.taxable_value,
                cgst=bill.cgst,
                sgst=bill.sgst,
                igst=bill.igst,
                round_off=bill.round_off,
                grand_total=bill.grand_total,
                status=InvoiceStatus.ISSUED.value,
            )
            doc_type, grand = bill.doc_type, bill.grand_total
            if inv.doctor_id is not None and s.get(Doctor, inv.doctor_id) is None:
                raise NotFound(f"There is no doctor {inv.doctor_id}.")
            inv.lines = lines
            # sealed before the INSERT: the row is append-only, there is no later UPDATE to store it
            inv.content_sha256 = _content_hash(inv)
            s.add(inv)
            s.flush()
            for charge_id in charges:  # conditional: a charge is billed once even if two desks race
                done = s.execute(
                    update(PendingCharge)
                    .where(PendingCharge.id == charge_id, PendingCharge.invoice_id.is_(None))
                    .values(invoice_id=inv.id)
                    .execution_options(synchronize_session=False)
                )
                if not cast(CursorResult[Any], done).rowcount:
                    raise ValidationError(
                        {"lines": f"Charge {charge_id} has just been billed by another desk."}
                    )
            audit.record(
                s,
                actor,
                "billing.invoice",
                "invoice",
                inv.id,
                {"number": number, "type": doc_type.value, "total": grand, "patient_id": patient.id}
                | ({"dated": on_date, "backdate_reason": backdated} if backdated else {}),
            )
            mark(s, ChangeTopic.BILLING)
            return self._info(s, inv)

    def _lines(
        self, s: Session, data: InvoiceInput, on_date: dt.date, limit_pct: Decimal
    ) -> tuple[list[tuple[LineIn, dict[str, Any]]], list[int], int | None]:
        """Each line priced for :func:`compute_bill`, with the columns it stores besides the amounts."""
        priced: list[tuple[LineIn, dict[str, Any]]] = []
        charges: list[int] = []
        doctor_id: int | None = None
        for i, li in enumerate(data.lines):
            field = f"lines[{i}]"
            item, charge = self._line_source(s, li, data.patient_id, field)
            if charge is not None:
                if charge.id in charges:
                    raise ValidationError({field: "This charge is already on the invoice."})
                charges.append(charge.id)
                doctor_id = doctor_id or charge.doctor_id
            qty = li.quantity if li.quantity is not None else (charge.quantity if charge else Decimal(1))
            qty = Decimal(str(qty))
            if qty <= 0 or qty != qty.quantize(QTY):
                raise ValidationError({f"{field}.quantity": "A quantity above zero, at most 2 decimals."})
            price = charge.unit_price if charge is not None else price_on(s, item, on_date)
            gross = to_paise(qty * price)
            discount = _money(li.discount or ZERO, f"{field}.discount")
            if discount < 0 or discount > gross:
                raise ValidationError({f"{field}.discount": f"A discount between 0 and {gross}."})
            reason = _blank(li.discount_reason)
            if discount > gross * limit_pct / 100 and reason is None:
                raise ValidationError(
                    {f"{field}.discount_reason": f"A discount above {limit_pct}% of the line needs a reason."}
                )
            rate, exempt, code = rate_for(s, item.tax_class, on_date)
            line = LineIn(qty, price, discount, rate, exempt, goods=item.kind == ItemKind.MEDICINE.value)
            row = {
                "item_id": item.id,
                "description": charge.description if charge is not None else item.name,
                "sac_hsn": item.sac_hsn or code,
                "batch_no": _blank(li.batch_no),
                "expiry_on": li.expiry_on,
                "quantity": qty,
                "unit": item.unit,
                "unit_price": price,
                "discount_reason": reason,
            }
            priced.append((line, row))
        return priced, charges, doctor_id

    def _line_source(
        self, s: Session, li: LineInput, patient_id: int, field: str
    ) -> tuple[BillableItem, PendingCharge | None]:
        if (li.item_code is None) == (li.pending_charge_id is None):
            raise ValidationError({field: "Give either a price-list item or a pending charge."})
        if li.pending_charge_id is not None:
            charge = s.get(PendingCharge, li.pending_charge_id)
            if charge is None or charge.patient_id != patient_id:
                raise ValidationError({field: "That charge is not one of this patient's."})
            if charge.invoice_id is not None:
                raise ValidationError({field: "That charge has already been billed."})
            item = s.get(BillableItem, charge.item_id)
            assert item is not None
            return item, charge
        code = (li.item_code or "").strip().upper()
        found = s.scalars(select(BillableItem).where(BillableItem.code == code)).one_or_none()
        if found is None or not found.is_active:
            raise ValidationError({field: f"There is no active price-list item {code!r}."})
        return found, None

    # --- payments --------------------------------------------------------------------------------

    def take_payment(self, actor: Actor, invoice_id: int, data: PaymentInput) -> PaymentInfo:
        """Record a payment (split and partial payments allowed, never more than the balance due)."""
        require(self._db, actor, Action.BILLING_PAYMENT, "payment")
        check_payment(data)
        mode = data.mode.value if isinstance(data.mode, PaymentMode) else str(data.mode)
        if mode not in MODES:
            raise ValidationError({"mode": "Cash, card or UPI."})
        amount = _money(data.amount, "amount")
        if amount <= 0:
            raise ValidationError({"amount": "Enter an amount above zero."})
        reference = _blank(data.reference)
        tendered = change = None
        if mode == PaymentMode.CASH.value:
            tendered = amount if data.tendered is None else _money(data.tendered, "tendered")
            if tendered < amount:
                raise ValidationError({"tendered": f"The cash handed over is less than {amount}."})
            change = tendered - amount
        elif mode == PaymentMode.UPI.value and reference is None:
            raise ValidationError({"reference": "Enter the UPI transaction reference."})
        day = self.clock.today()
        with self._db.write() as s:
            inv = self._invoice(s, invoice_id, lock=True)
            if inv.status != InvoiceStatus.ISSUED.value:
                raise ValidationError({"invoice": "This invoice is void; it cannot be paid."})
            self._open_day(s, actor, day)
            due = self._balance(s, inv)
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
            return _payment_info(pay)

    def _open_day(self, s: Session, actor: Actor, day: dt.date) -> None:
        """Lock the cashier's row (serialises against their day close) and refuse a closed day."""
        s.execute(select(StaffUser.id).where(StaffUser.id == actor.user_id).with_for_update())
        closed = standing_close(s, cast(int, actor.user_id), day)  # a reopened close does not count
        if closed is not None:
            raise ValidationError({"business_date": f"Your day {day:%d %b %Y} is closed; no more entries."})

    # --- credit notes ----------------------------------------------------------------------------

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
        why = _blank(reason)
        if why is None:
            raise ValidationError({"reason": "Give the reason for the credit note."})
        if refund_mode is not None and str(refund_mode) not in MODES:
            raise ValidationError({"refund_mode": "Cash, card or UPI (or none to reduce the dues)."})
        mode = None if refund_mode is None else str(refund_mode)
        day = self.clock.today()
        with self._db.write() as s:
            inv = self._invoice(s, invoice_id, lock=True)
            credited = self._credited_qty(s, inv.id)
            wanted = self._credit_wanted(inv, credited, lines)
            earlier = s.scalar(select(func.sum(CreditNote.total)).where(CreditNote.invoice_id == inv.id))
            credit_in = []
            for ln in inv.lines:
                q = wanted.get(ln.id, ZERO)
                left = ln.quantity - credited.get(ln.id, ZERO)
                done = self._credited_amounts(s, ln.id) if q and q == left else {}
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
                due = self._balance(s, inv)
                if total > due:
                    raise ValidationError(
                        {
                            "refund_mode": f"The credit ({total}) is more than the balance due ({due}): "
                            "refund it instead."
                        }
                    )
            else:
                self._open_day(s, actor, day)
                paid = self._paid(s, inv.id) - self._notes(s, inv.id, refunded=True)
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

    # --- day close -------------------------------------------------------------------------------

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
        return DaySummary(
            cashier_id,
            day,
            {k: to_paise(v) for k, v in expected.items()},
            sum(int(n) for *_, n in pays),
            sum(int(n) for *_, n in refunds),
            close_id is not None,
            close_id,
        )

    def close_day(
        self, actor: Actor, business_date: dt.date, counted: Mapping[str, Decimal], reason: str | None = None
    ) -> DayCloseInfo:
        """Close the actor's own day: counted vs expected per mode; any difference needs a reason.

        The close covers the cashier's payments and credit notes of that business date: membership
        is derived from (cashier, business date), columns written once, rather than stamped onto the
        append-only payment rows afterwards. It is complete because payments and refunds lock the
        cashier's row and refuse a closed day, so nothing can join a day after its close.
        """
        require(self._db, actor, Action.BILLING_DAY_CLOSE, "day_close")
        check_close(business_date, counted, reason, self.clock.today())
        bad = [k for k in counted if str(k) not in MODES]
        if bad:
            raise ValidationError({"counted": f"Unknown payment mode {bad[0]!r}."})
        count = {m: _money(counted.get(m, ZERO), f"counted.{m}") for m in MODES}
        for m, v in count.items():
            if v < 0:
                raise ValidationError({f"counted.{m}": "A count cannot be negative."})
        why = _blank(reason)
        with self._db.write() as s:
            self._open_day(s, actor, business_date)
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
                },
            )
            mark(s, ChangeTopic.BILLING)
            return DayCloseInfo(
                row.id, row.cashier_id, business_date, summary.expected, count, difference, why
            )

    # --- shared ----------------------------------------------------------------------------------

    def _invoice(self, s: Session, invoice_id: int, *, lock: bool = False) -> Invoice:
        inv = s.get(Invoice, invoice_id)
        if inv is None:
            raise NotFound(f"There is no invoice {invoice_id}.")
        if lock:  # serialises payments and credit notes on this invoice (see the module doc)
            s.execute(select(Patient.id).where(Patient.id == inv.patient_id).with_for_update())
        return inv

    def _paid(self, s: Session, invoice_id: int) -> Decimal:
        return Decimal(
            s.scalar(select(func.sum(Payment.amount)).where(Payment.invoice_id == invoice_id)) or 0
        )

    def _notes(self, s: Session, invoice_id: int, *, refunded: bool) -> Decimal:
        mode = CreditNote.refund_mode.is_not(None) if refunded else CreditNote.refund_mode.is_(None)
        total = s.scalar(
            select(func.sum(CreditNote.total)).where(
                CreditNote.invoice_id == invoice_id, CreditNote.is_void == false(), mode
            )
        )
        return Decimal(total or 0)

    def _balance(self, s: Session, inv: Invoice) -> Decimal:
        """Grand total less payments and less credit notes adjusted against the dues (a refunded
        note leaves the balance alone: the patient got the money back)."""
        return inv.grand_total - self._paid(s, inv.id) - self._notes(s, inv.id, refunded=False)

    def _credited_qty(self, s: Session, invoice_id: int) -> dict[int, Decimal]:
        rows = s.execute(
            select(CreditNoteLine.invoice_line_id, func.sum(CreditNoteLine.quantity))
            .join(CreditNote, CreditNote.id == CreditNoteLine.credit_note_id)
            .where(CreditNote.invoice_id == invoice_id, CreditNote.is_void == false())
            .group_by(CreditNoteLine.invoice_line_id)
        ).all()
        return {int(line_id): Decimal(q) for line_id, q in rows}

    def _credited_amounts(self, s: Session, line_id: int) -> dict[str, Decimal]:
        row = s.execute(
            select(
                func.sum(CreditNoteLine.taxable_value),
                func.sum(CreditNoteLine.cgst),
                func.sum(CreditNoteLine.sgst),
                func.sum(CreditNoteLine.igst),
            )
            .join(CreditNote, CreditNote.id == CreditNoteLine.credit_note_id)
            .where(CreditNoteLine.invoice_line_id == line_id, CreditNote.is_void == false())
        ).one()
        return {
            k: Decimal(v or 0) for k, v in zip(("taxable_value", "cgst", "sgst", "igst"), row, strict=True)
        }

    def _info(self, s: Session, inv: Invoice) -> InvoiceInfo:
        return self._infos(s, [inv], select(Invoice.id).where(Invoice.id == inv.id))[0]

    def _infos(self, s: Session, invoices: Sequence[Invoice], scope: Select[int]) -> list[InvoiceInfo]:
        """Invoices with their payments, credit notes and credited quantities: a handful of grouped
        queries for the whole list, not a round of queries per invoice.

        ``scope`` selects the ids of ``invoices``; the grouped queries filter by it as a subquery, never
        by a bound list of ids, whose length would follow the day's business (Oracle refuses more than
        1000 items in an IN list, ORA-01795)."""
        ids = [inv.id for inv in invoices]
        if not ids:
            return []
        credited: dict[int, Decimal] = {}
        for line_id, qty in s.execute(
            select(CreditNoteLine.invoice_line_id, func.sum(CreditNoteLine.quantity))
            .join(CreditNote, CreditNote.id == CreditNoteLine.credit_note_id)
            .where(CreditNote.invoice_id.in_(scope), CreditNote.is_void == false())
            .group_by(CreditNoteLine.invoice_line_id)
        ):
            credited[int(line_id)] = Decimal(qty)
        payments: dict[int, list[Payment]] = {i: [] for i in ids}
        for p in s.scalars(select(Payment).where(Payment.invoice_id.in_(scope)).order_by(Payment.id)):
            payments[p.invoice_id].append(p)
        notes: dict[tuple[int, bool], Decimal] = {}
        # 19c SQL has no BOOLEAN: "refunded or not" is a CASE value, not a condition in the select list
        refunded_flag = case((CreditNote.refund_mode.is_not(None), 1), else_=0)
        for invoice_id, refunded, total in s.execute(
            select(CreditNote.invoice_id, refunded_flag, func.sum(CreditNote.total))
            .where(CreditNote.invoice_id.in_(scope), CreditNote.is_void == false())
            .group_by(CreditNote.invoice_id, refunded_flag)
        ):
            notes[(invoice_id, bool(refunded))] = Decimal(total or 0)
        names = {
            pid: _name(first, last)
            for pid, first, last in s.execute(
                select(Patient.id, Patient.first_name, Patient.last_name).where(
                    Patient.id.in_(select(Invoice.patient_id).where(Invoice.id.in_(scope)))
                )
            )
        }
        out = []
        for inv in invoices:
            paid = sum((p.amount for p in payments[inv.id]), ZERO)
            adjusted = notes.get((inv.id, False), ZERO)
            lines = tuple(
                InvoiceLineInfo(
                    ln.id,
                    ln.line_no,
                    ln.item_id,
                    ln.description,
                    ln.sac_hsn,
                    ln.quantity,
                    ln.unit,
                    ln.unit_price,
                    ln.discount,
                    ln.discount_reason,
                    ln.taxable_value,
                    ln.gst_rate,
                    ln.is_exempt,
                    ln.cgst,
                    ln.sgst,
                    ln.igst,
                    ln.line_total,
                    credited.get(ln.id, ZERO),
                )
                for ln in inv.lines
            )
            out.append(
                InvoiceInfo(
                    inv.id,
                    inv.doc_type,
                    inv.doc_number,
                    inv.invoice_date,
                    inv.patient_id,
                    names[inv.patient_id],
                    inv.doctor_id,
                    inv.cashier_id,
                    inv.intra_state,
                    inv.exempt_value,
                    inv.taxable_value,
                    inv.cgst,
                    inv.sgst,
                    inv.igst,
                    inv.round_off,
                    inv.grand_total,
                    inv.status,
                    paid,
                    adjusted,
                    notes.get((inv.id, True), ZERO),
                    inv.grand_total - paid - adjusted,
                    inv.content_sha256,
                    lines,
                    tuple(_payment_info(p) for p in payments[inv.id]),
                    inv.supply_state_code,
                    inv.recipient_gstin,
                )
            )
        return out

    @read_retry
    def day_invoices(self, actor: Actor, day: dt.date) -> list[InvoiceInfo]:
        """A day's documents in full (payments, balances) for the cashier's list, in issue order."""
        require(self._db, actor, Action.BILLING_VIEW, "invoice")
        with self._db.read() as s:
            invoices = s.scalars(
                select(Invoice)
                .where(Invoice.invoice_date == day)
                .options(selectinload(Invoice.lines))
                .order_by(Invoice.id)
            ).all()
            return self._infos(s, invoices, select(Invoice.id).where(Invoice.invoice_date == day))


def _note_recipient(s: Session, inv: Invoice, address: str | None, state_code: str | None) -> tuple[str, str]:
    """(address, State code) for a credit note (Rule 53(1A)(f) for an unregistered recipient)."""
    state = _blank(state_code) or inv.recipient_state_code or inv.supply_state_code
    if state not in STATE_NAMES:
        raise ValidationError({"recipient_state_code": "Not a GST State code (e.g. 29)."})
    text = _blank(address) or inv.recipient_address
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


def _payment_info(p: Payment) -> PaymentInfo:
    return PaymentInfo(
        p.id,
        p.invoice_id,
        p.receipt_number,
        p.business_date,
        p.paid_at,
        p.pay_mode,
        p.amount,
        p.tendered,
        p.change_given,
        p.reference,
        p.cashier_id,
    )


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
