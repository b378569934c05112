"""What a new bill's lines are priced from, read once per bill (issue 18): the price-list items it
names, each with its dated price and its tax class's GST rate in force on the invoice date, in one
statement; and the patient's unbilled charges with the same, in one more (only when the bill has
charge lines).

Nothing is cached between bills: every bill reads the rows as they are committed when it runs, so a
price or rate another desk changed applies to the next bill. The rules (newest dated price on or
before the day, else the list price; newest rate on or before the day) are those of
:mod:`~hms_desktop.services.price_list_lookup`, which reads them one item at a time for the screens.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import Date, Select, bindparam, func, select
from sqlalchemy.orm import Session, aliased

from hms_desktop.db.models import (
    BillableItem,
    ClinicSetting,
    Doctor,
    GstRate,
    ItemPrice,
    Patient,
    PendingCharge,
)
from hms_desktop.services.clinic_row import CLINIC_ROW_ID
from hms_desktop.services.day_reopen import standing_close_column
from hms_desktop.services.price_list_lookup import no_rate

# codes per statement: a bound list whose length follows the bill, kept far below Oracle's 1000
CODES_PER_QUERY = 500


@dataclasses.dataclass(frozen=True)
class Source:
    """A price-list item as a bill line takes it: its price on the day and its tax class's rate."""

    item_id: int
    code: str
    name: str
    kind: str
    tax_class: str
    price: Decimal  # the dated price in force on the day, else the list price
    unit: str
    is_active: bool
    sac_hsn: str | None
    rate: tuple[Decimal, bool, str] | None  # (rate percent, exempt, SAC/HSN); None: no rate that day

    def rate_on(self, day: dt.date) -> tuple[Decimal, bool, str]:
        if self.rate is None:
            raise no_rate(self.tax_class, day)
        return self.rate


@dataclasses.dataclass(frozen=True)
class Charge:
    """A pending charge not yet billed, with the item it bills."""

    id: int
    description: str
    quantity: Decimal
    unit_price: Decimal
    doctor_id: int | None
    item: Source


def _priced() -> Select[*tuple[Any, ...]]:
    """The item columns, its dated price and its rate on the day bound as ``on_day``; FROM
    billable_item, for the caller to filter."""
    day = bindparam("on_day", type_=Date)
    later = aliased(ItemPrice, name="newer_price")
    since = (
        select(func.max(later.effective_from))
        .where(later.item_id == BillableItem.id, later.effective_from <= day)
        .correlate(BillableItem)  # two levels down: the item of the outer row, not every item
        .scalar_subquery()
    )
    dated = (
        select(ItemPrice.unit_price)
        .where(ItemPrice.item_id == BillableItem.id, ItemPrice.effective_from == since)
        .correlate(BillableItem)
        .scalar_subquery()
    )
    newest = (
        select(GstRate.tax_class, func.max(GstRate.effective_from).label("since"))
        .where(GstRate.effective_from <= day)
        .group_by(GstRate.tax_class)
        .subquery("rate_since")
    )
    return (
        select(
            BillableItem.id,
            BillableItem.code,
            BillableItem.name,
            BillableItem.kind,
            BillableItem.tax_class,
            BillableItem.unit_price,
            BillableItem.unit,
            BillableItem.is_active,
            BillableItem.sac_hsn,
            dated.label("dated_price"),
            GstRate.rate_percent,
            GstRate.is_exempt,
            GstRate.sac_hsn.label("rate_sac_hsn"),
        )
        .select_from(BillableItem)
        .outerjoin(newest, newest.c.tax_class == BillableItem.tax_class)
        .outerjoin(
            GstRate, (GstRate.tax_class == newest.c.tax_class) & (GstRate.effective_from == newest.c.since)
        )
    )


# built once: a statement built per call costs more Python than its round trip on SQLite
_ITEMS = _priced().where(BillableItem.code.in_(bindparam("codes", expanding=True)))
_CHARGES = (
    _priced()
    .add_columns(
        PendingCharge.id,
        PendingCharge.description,
        PendingCharge.quantity,
        PendingCharge.unit_price,
        PendingCharge.doctor_id,
    )
    .join(PendingCharge, PendingCharge.item_id == BillableItem.id)
    .where(PendingCharge.patient_id == bindparam("patient_id"), PendingCharge.invoice_id.is_(None))
)


def _source(row: Sequence[Any]) -> Source:
    item_id, code, name, kind, tax_class, list_price, unit, active, sac = row[:9]
    dated, rate, exempt, rate_sac = row[9:13]
    return Source(
        int(item_id),
        code,
        name,
        kind,
        tax_class,
        Decimal(dated if dated is not None else list_price),
        unit,
        bool(active),
        sac,
        None if rate is None else (Decimal(rate), bool(exempt), str(rate_sac)),
    )


def items_by_code(s: Session, codes: Sequence[str], day: dt.date) -> dict[str, Source]:
    """{code: the item priced on ``day``} for those of ``codes`` that exist (active or not)."""
    wanted = list(dict.fromkeys(codes))
    out: dict[str, Source] = {}
    for start in range(0, len(wanted), CODES_PER_QUERY):
        chunk = wanted[start : start + CODES_PER_QUERY]
        for row in s.connection().execute(_ITEMS, {"on_day": day, "codes": chunk}):
            found = _source(row)
            out[found.code] = found
    return out


def unbilled_charges(s: Session, patient_id: int, day: dt.date) -> dict[int, Charge]:
    """{charge id: charge} of the patient's charges not yet on an invoice, items priced on ``day``
    (a charge keeps its own price; the item gives the rate, the unit and the SAC/HSN)."""
    out: dict[int, Charge] = {}
    for row in s.connection().execute(_CHARGES, {"on_day": day, "patient_id": patient_id}):
        charge_id, description, quantity, unit_price, doctor_id = row[13:]
        out[int(charge_id)] = Charge(
            int(charge_id), description, Decimal(quantity), Decimal(unit_price), doctor_id, _source(row)
        )
    return out


@dataclasses.dataclass(frozen=True)
class BillHead:
    """What a bill needs from the clinic's settings and the patient's record (one statement)."""

    state_code: str | None
    state_name: str | None
    gstin: str | None
    discount_limit_pct: Decimal
    backdate_days: int
    patient_id: int | None  # None: there is no such patient
    first_name: str
    last_name: str | None
    address: str | None
    city: str | None
    pin_code: str | None
    doctor_found: bool  # the doctor named on the bill exists (True when none is named)
    day_closed: bool  # the cashier's day is closed (and not reopened)


def bill_head(
    s: Session, cashier_id: int | None, day: dt.date, patient_id: int, doctor_id: int | None
) -> BillHead | None:
    """The settings row's billing columns with the patient's (and the named doctor's) beside them,
    and whether the cashier's ``day`` is closed (call it with the cashier's row locked:
    ``billing_ledger.lock_cashier``); None before first-run set-up saved the settings. Only the
    columns a bill uses: the settings row also holds the logo (a BLOB), which a bill never needs."""
    conn = s.connection()
    params: dict[str, Any] = {"cashier_id": cashier_id, "on_day": day, "patient_id": patient_id}
    if doctor_id is None:
        row = conn.execute(_HEAD, params).first()
    else:
        row = conn.execute(_HEAD_DOCTOR, params | {"doctor_id": doctor_id}).first()
    if row is None:
        return None
    return BillHead(
        row[0],
        row[1],
        row[2],
        Decimal(row[3]),
        int(row[4] or 0),
        None if row[5] is None else int(row[5]),
        row[6],
        row[7],
        row[8],
        row[9],
        row[10],
        doctor_id is None or row[12] is not None,
        row[11] is not None,
    )


_HEAD = (
    select(
        ClinicSetting.state_code,
        ClinicSetting.state_name,
        ClinicSetting.gstin,
        ClinicSetting.discount_limit_pct,
        ClinicSetting.backdate_days,
        Patient.id,
        Patient.first_name,
        Patient.last_name,
        Patient.address,
        Patient.city,
        Patient.pin_code,
        standing_close_column(bindparam("cashier_id"), bindparam("on_day", type_=Date)).label("closed_id"),
    )
    .select_from(ClinicSetting)
    .outerjoin(Patient, Patient.id == bindparam("patient_id"))
    .where(ClinicSetting.id == CLINIC_ROW_ID)
)
_HEAD_DOCTOR = _HEAD.add_columns(Doctor.id).outerjoin(Doctor, Doctor.id == bindparam("doctor_id"))
