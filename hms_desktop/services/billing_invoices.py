"""Issuing invoices: price-list items and pending charges priced on the invoice date, the document
type and GST from :func:`~hms_desktop.domain.billing_math.compute_bill`, numbers from the series,
sealed before the INSERT (the row is append-only). Lock order: see ``billing.py``."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import CursorResult, Table, insert, update
from sqlalchemy.orm import Session

from hms_desktop.db.engine import Database
from hms_desktop.db.models import Invoice, InvoiceLine, PendingCharge
from hms_desktop.domain.billing_math import (
    LineIn,
    LineTax,
    MixedPlaces,
    compute_bill,
)
from hms_desktop.domain.clock import Clock
from hms_desktop.domain.enums import DocType, InvoiceStatus, ItemKind
from hms_desktop.domain.gst import PLACE_CODES, STATE_NAMES, financial_year
from hms_desktop.domain.identifiers import normalise_gstin
from hms_desktop.domain.money import to_paise
from hms_desktop.domain.permissions import Action
from hms_desktop.domain.validation import clean_text
from hms_desktop.errors import NotFound, ValidationError
from hms_desktop.services import audit, doc_numbers
from hms_desktop.services.bill_sources import Charge, Source, bill_head, items_by_code, unbilled_charges
from hms_desktop.services.billing_input import (
    check_invoice,
)
from hms_desktop.services.billing_ledger import (
    QTY,
    InvoiceLedger,
    blank,
    day_closed,
    lock_cashier,
    money,
    open_day,
    person_name,
)
from hms_desktop.services.billing_types import (
    ZERO,
    InvoiceInfo,
    InvoiceInput,
    InvoiceLineInfo,
    LineInput,
)
from hms_desktop.services.changes import ChangeTopic, mark
from hms_desktop.services.context import Actor
from hms_desktop.services.doc_numbers import next_number
from hms_desktop.services.guard import require
from hms_desktop.services.invoice_dates import check_invoice_date
from hms_desktop.services.invoice_seal import content_hash_of

RULE46_ADDRESS_FROM = Decimal("50000")


@dataclasses.dataclass(frozen=True)
class _Recipient:
    name: str
    gstin: str | None
    state_code: str | None  # as recorded on the invoice; None: not recorded
    address: str | None


def _recipient(data: InvoiceInput, patient_name: str, clinic_code: str) -> _Recipient:
    """Who the invoice is made out to (Rule 46(d)/(e)): the patient, or a registered company paying
    for them (its GSTIN, legal name and address; its State is the GSTIN's first two digits)."""
    chosen = blank(data.recipient_state_code)
    if chosen is not None and chosen not in PLACE_CODES:
        raise ValidationError({"recipient_state_code": "Not a GST State code (e.g. 29)."})
    address = blank(data.recipient_address)
    typed = blank(data.recipient_gstin)
    if typed is None:
        return _Recipient(patient_name, None, chosen, address)
    gstin = normalise_gstin(typed)
    errors: dict[str, str] = {}
    if gstin is None:
        errors["recipient_gstin"] = (
            "Not a valid GSTIN: 15 characters, State code, PAN, entity number, Z and a check character "
            "(e.g. 29AAACI1681G1ZJ). Check it against the company's registration."
        )
    name = blank(data.recipient_name)
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


class InvoiceIssuer:
    """Creates invoices and sets the series prefixes."""

    def __init__(self, db: Database, clock: Clock, ledger: InvoiceLedger) -> None:
        self._db = db
        self.clock = clock
        self._ledger = ledger

    def set_prefix(self, actor: Actor, doc_type: str, prefix: str, from_date: dt.date | None = None) -> str:
        """An administrator's own series prefix for a document type, from the financial year of
        ``from_date`` (today's by default) onwards; returns the first number it will give."""
        require(self._db, actor, Action.SETTINGS_MANAGE, "doc_series")
        errors: dict[str, str] = {}
        if not isinstance(doc_type, str) or doc_type not in {d.value for d in DocType}:
            errors["doc_type"] = f"Choose one of: {', '.join(d.value for d in DocType)}."
        prefix = clean_text(prefix, "prefix", 20, errors, required="Enter the prefix, e.g. INV or OPD.") or ""
        if from_date is not None and not isinstance(from_date, dt.date):
            errors["from_date"] = "Choose a date."
        if errors:
            raise ValidationError(errors)
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

    def create_invoice(self, actor: Actor, data: InvoiceInput) -> InvoiceInfo:
        """Issue an invoice for price-list items and/or pending charges of one patient.

        The document type follows the content: only exempt lines -> bill of supply, only taxable ->
        tax invoice, both -> invoice-cum-bill of supply. Rates are those in force on the invoice
        date and are stored on each line, so reprints never change.

        Few round trips (issue 18): the settings and the patient in one read, the bill's items with
        their dated prices and rates in one more, the number in one UPDATE, the lines in one batch,
        and the returned invoice is built from what was written (a new invoice has no payments or
        credit notes) rather than read back.
        """
        require(self._db, actor, Action.BILLING_INVOICE, "invoice")
        check_invoice(data, self.clock.today())
        if not data.lines:
            raise ValidationError({"lines": "Add at least one line to bill."})
        on_date = data.invoice_date or self.clock.today()
        if on_date > self.clock.today():
            raise ValidationError({"invoice_date": "An invoice cannot be dated in the future."})
        with self._db.write() as s:
            lock_cashier(s, actor)  # never into the cashier's closed day: checked under this lock
            head = bill_head(s, actor.user_id, on_date, data.patient_id, data.doctor_id)
            if head is None:  # no settings yet: the closed day is still the first thing refused
                open_day(s, actor, on_date)
            elif head.day_closed:
                raise day_closed(on_date)
            if head is None or not head.state_code or not head.state_name:
                raise ValidationError(
                    {"clinic": "Set the clinic's legal name, State and State code in Settings first."}
                )
            if head.patient_id is None:
                raise NotFound(f"There is no patient {data.patient_id}.")
            patient_name = person_name(head.first_name, head.last_name)
            recipient = _recipient(data, patient_name, head.state_code)
            priced, charges, doctor_id = self._lines(s, data, on_date, head.discount_limit_pct)
            try:
                bill = compute_bill(
                    [line for line, _ in priced],
                    head.state_code,
                    recipient.state_code,
                    registered=recipient.gstin is not None,
                    # no GSTIN in Settings: not registered, so no tax and only bills of supply
                    # (CGST Act s.9, s.22/s.24; Rule 49)
                    supplier_registered=bool(head.gstin and head.gstin.strip()),
                )
            except MixedPlaces as e:
                raise ValidationError({"recipient_state_code": str(e)}) from None
            backdated = check_invoice_date(
                s, on_date, self.clock.today(), bill.doc_type.value,
                backdate_days=head.backdate_days, reason=data.backdate_reason,
            )  # fmt: skip
            lines = [
                _stored(row | _line_amounts(t) | {"line_no": i + 1})
                for i, ((_, row), t) in enumerate(zip(priced, bill.lines, strict=True))
            ]
            address = recipient.address
            if address is None and bill.taxable_value >= RULE46_ADDRESS_FROM:
                # Rule 46(e): an unregistered recipient's address (with the State's name and code) is
                # required from Rs 50,000 of taxable value
                address = ", ".join(x for x in (head.address, head.city, head.pin_code) if x) or None
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
            header = _stored(
                {
                    "doc_type": bill.doc_type.value,
                    "doc_number": number,
                    "fin_year": financial_year(on_date),
                    "invoice_date": on_date,
                    "issued_at": self.clock.now(),
                    "patient_id": head.patient_id,
                    "doctor_id": data.doctor_id or doctor_id,
                    "cashier_id": actor.user_id,
                    "recipient_name": recipient.name,
                    "recipient_address": address,
                    "recipient_gstin": recipient.gstin,
                    "recipient_state_code": recipient.state_code,
                    "patient_name": patient_name,
                    "supply_state": STATE_NAMES[bill.place_code],
                    "supply_state_code": bill.place_code,
                    "intra_state": bill.intra_state,
                    "exempt_value": bill.exempt_value,
                    "taxable_value": bill.taxable_value,
                    "cgst": bill.cgst,
                    "sgst": bill.sgst,
                    "igst": bill.igst,
                    "round_off": bill.round_off,
                    "grand_total": bill.grand_total,
                    "status": InvoiceStatus.ISSUED.value,
                    "void_reason": None,
                }
            )
            if not head.doctor_found:  # a charge's own doctor exists: its foreign key says so
                raise NotFound(f"There is no doctor {data.doctor_id}.")
            # sealed before the INSERT: the row is append-only, there is no later UPDATE to store it
            header["content_sha256"] = content_hash_of(header, lines)
            conn = s.connection()
            key = conn.execute(_INSERT_INVOICE, header).inserted_primary_key
            assert key is not None
            invoice_id = int(key[0])
            for ln in lines:
                ln["invoice_id"] = invoice_id
            # one batch (insertmanyvalues; executemany with RETURNING on Oracle); ids come back by
            # line number, whatever order the database returns them in
            line_ids = {int(no): int(i) for i, no in conn.execute(_INSERT_LINES, lines)}
            for charge_id in charges:  # conditional: a charge is billed once even if two desks race
                done = s.execute(
                    update(PendingCharge)
                    .where(PendingCharge.id == charge_id, PendingCharge.invoice_id.is_(None))
                    .values(invoice_id=invoice_id)
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
                invoice_id,
                {"number": number, "type": bill.doc_type.value, "total": bill.grand_total,
                 "patient_id": head.patient_id}
                | ({"dated": on_date, "backdate_reason": backdated} if backdated else {}),
            )  # fmt: skip
            mark(s, ChangeTopic.BILLING)
        return _new_invoice_info(invoice_id, header, lines, line_ids)

    def _lines(
        self, s: Session, data: InvoiceInput, on_date: dt.date, limit_pct: Decimal
    ) -> tuple[list[tuple[LineIn, dict[str, Any]]], list[int], int | None]:
        """Each line priced for :func:`compute_bill`, with the columns it stores besides the amounts.

        The bill's items (with their prices and rates on the day) are read in one statement, and its
        charges in one more, before the lines are checked in order."""
        codes = [
            code
            for li in data.lines
            if li.pending_charge_id is None and (code := (li.item_code or "").strip().upper())
        ]
        items = items_by_code(s, codes, on_date) if codes else {}
        wants_charges = any(li.pending_charge_id is not None for li in data.lines)
        open_charges = unbilled_charges(s, data.patient_id, on_date) if wants_charges else {}
        priced: list[tuple[LineIn, dict[str, Any]]] = []
        charges: list[int] = []
        doctor_id: int | None = None
        for i, li in enumerate(data.lines):
            field = f"line{i + 1}"  # the forms' convention (billing_input, prescriptions): 1-based
            item, charge = _line_source(s, li, data.patient_id, field, items, open_charges)
            if charge is not None:
                if charge.id in charges:
                    raise ValidationError({field: "This charge is already on the invoice."})
                charges.append(charge.id)
                doctor_id = doctor_id or charge.doctor_id
            qty = li.quantity if li.quantity is not None else (charge.quantity if charge else Decimal(1))
            qty = Decimal(str(qty))
            if qty <= 0 or qty != qty.quantize(QTY):
                raise ValidationError({f"{field}.quantity": "A quantity above zero, at most 2 decimals."})
            price = charge.unit_price if charge is not None else item.price
            gross = to_paise(qty * price)
            discount = money(li.discount or ZERO, f"{field}.discount")
            if discount < 0 or discount > gross:
                raise ValidationError({f"{field}.discount": f"A discount between 0 and {gross}."})
            reason = blank(li.discount_reason)
            if discount > gross * limit_pct / 100 and reason is None:
                raise ValidationError(
                    {f"{field}.discount_reason": f"A discount above {limit_pct}% of the line needs a reason."}
                )
            rate, exempt, code = item.rate_on(on_date)
            line = LineIn(qty, price, discount, rate, exempt, goods=item.kind == ItemKind.MEDICINE.value)
            row = {
                "item_id": item.item_id,
                "description": charge.description if charge is not None else item.name,
                "sac_hsn": item.sac_hsn or code,
                "batch_no": blank(li.batch_no),
                "expiry_on": li.expiry_on,
                "quantity": qty,
                "unit": item.unit,
                "unit_price": price,
                "discount_reason": reason,
            }
            priced.append((line, row))
        return priced, charges, doctor_id


_INVOICE = cast(Table, Invoice.__table__)
_LINE = cast(Table, InvoiceLine.__table__)
_INSERT_INVOICE = insert(_INVOICE)
_INSERT_LINES = insert(_LINE).returning(_LINE.c.id, _LINE.c.line_no)


def _stored(values: dict[str, Any]) -> dict[str, Any]:
    """Blank strings as None, as the ORM's insert hook (``db.base``) stores them: the parameters a
    Core INSERT sends (and the digest over them) are what the row holds, on every backend."""
    return {k: (None if isinstance(v, str) and not v.strip() else v) for k, v in values.items()}


def _line_source(
    s: Session,
    li: LineInput,
    patient_id: int,
    field: str,
    items: Mapping[str, Source],
    open_charges: Mapping[int, Charge],
) -> tuple[Source, Charge | None]:
    if (li.item_code is None) == (li.pending_charge_id is None):
        raise ValidationError({field: "Give either a price-list item or a pending charge."})
    if li.pending_charge_id is not None:
        charge = open_charges.get(li.pending_charge_id)
        if charge is not None:
            return charge.item, charge
        row = s.get(PendingCharge, li.pending_charge_id)  # only to say why it cannot be billed
        if row is None or row.patient_id != patient_id:
            raise ValidationError({field: "That charge is not one of this patient's."})
        raise ValidationError({field: "That charge has already been billed."})
    code = (li.item_code or "").strip().upper()
    found = items.get(code)
    if found is None or not found.is_active:
        raise ValidationError({field: f"There is no active price-list item {code!r}."})
    return found, None


def _new_invoice_info(
    invoice_id: int,
    header: Mapping[str, Any],
    lines: Sequence[Mapping[str, Any]],
    line_ids: Mapping[int, int],
) -> InvoiceInfo:
    """The invoice just issued, as :func:`~hms_desktop.services.billing_read.invoice_info` reads a
    stored one: nothing paid, credited or refunded yet, so the grand total is due."""
    return InvoiceInfo(
        invoice_id,
        header["doc_type"],
        header["doc_number"],
        header["invoice_date"],
        header["patient_id"],
        header["patient_name"],
        header["doctor_id"],
        header["cashier_id"],
        header["intra_state"],
        header["exempt_value"],
        header["taxable_value"],
        header["cgst"],
        header["sgst"],
        header["igst"],
        header["round_off"],
        header["grand_total"],
        header["status"],
        ZERO,
        ZERO,
        ZERO,
        header["grand_total"],
        header["content_sha256"],
        tuple(
            InvoiceLineInfo(
                line_ids[ln["line_no"]],
                ln["line_no"],
                ln["item_id"],
                ln["description"],
                ln["sac_hsn"],
                ln["quantity"],
                ln["unit"],
                ln["unit_price"],
                ln["discount"],
                ln["discount_reason"],
                ln["taxable_value"],
                ln["gst_rate"],
                ln["is_exempt"],
                ln["cgst"],
                ln["sgst"],
                ln["igst"],
                ln["line_total"],
                ZERO,
            )
            for ln in lines
        ),
        (),
        header["supply_state_code"],
        header["recipient_gstin"],
    )
