"""Dated prices and GST rates as a bill reads them: the price or rate in force on a day.

Plain functions on the caller's session, shared by the price list, billing and the import.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hms_desktop.db.models import BillableItem, GstRate, ItemPrice
from hms_desktop.errors import ValidationError
from hms_desktop.services.context import Actor


def rate_for(s: Session, tax_class: str, on_date: dt.date) -> tuple[Decimal, bool, str]:
    """(rate percent, exempt, SAC/HSN) of a tax class on a date: the newest rate from on or before it."""
    row = s.execute(
        select(GstRate.rate_percent, GstRate.is_exempt, GstRate.sac_hsn)
        .where(GstRate.tax_class == tax_class, GstRate.effective_from <= on_date)
        .order_by(GstRate.effective_from.desc())
        .limit(1)
    ).first()
    if row is None:
        raise no_rate(tax_class, on_date)
    return Decimal(row[0]), bool(row[1]), str(row[2])


def no_rate(tax_class: str, on_date: dt.date) -> ValidationError:
    """The refusal of a bill line whose tax class has no rate in force on the day."""
    return ValidationError({"tax_class": f"No GST rate is set for {tax_class} on {on_date:%d %b %Y}."})


def prices_on(s: Session, day: dt.date, item_ids: Iterable[int] | None = None) -> dict[int, Decimal]:
    """{item id: its dated price in force on ``day``} for the items that have one (one query)."""
    newest = (
        select(ItemPrice.item_id, func.max(ItemPrice.effective_from).label("since"))
        .where(ItemPrice.effective_from <= day)
        .group_by(ItemPrice.item_id)
        .subquery()
    )
    q = select(ItemPrice.item_id, ItemPrice.unit_price).join(
        newest, (newest.c.item_id == ItemPrice.item_id) & (newest.c.since == ItemPrice.effective_from)
    )
    if item_ids is not None:
        wanted = list(item_ids)
        if len(wanted) == 1:  # one bound id, not a list that grows with the data
            q = q.where(ItemPrice.item_id == wanted[0])
    return {i: Decimal(p) for i, p in s.execute(q)}


def price_on(s: Session, item: BillableItem, day: dt.date) -> Decimal:
    """The item's price in force on ``day``: its newest dated price, else the list price."""
    return prices_on(s, day, [item.id]).get(item.id, item.unit_price)


def record_price(s: Session, actor: Actor, item: BillableItem, price: Decimal, day: dt.date) -> None:
    """Make ``price`` the item's price from ``day`` (used by the import too); the caller audits."""
    row = s.scalars(
        select(ItemPrice).where(ItemPrice.item_id == item.id, ItemPrice.effective_from == day)
    ).one_or_none()
    if row is None:
        s.add(ItemPrice(item_id=item.id, effective_from=day, unit_price=price, created_by=actor.user_id))
    else:
        row.unit_price = price
    later = s.scalar(
        select(func.count())
        .select_from(ItemPrice)
        .where(ItemPrice.item_id == item.id, ItemPrice.effective_from > day)
    )
    if not later:
        item.unit_price = price  # the latest price set, for readers that take the list price


def tax_classes(s: Session) -> list[str]:
    return list(s.scalars(select(GstRate.tax_class).distinct().order_by(GstRate.tax_class)))


def in_force(s: Session, day: dt.date) -> list[tuple[str, dt.date]]:
    return [
        (cls, since)
        for cls, since in s.execute(
            select(GstRate.tax_class, func.max(GstRate.effective_from))
            .where(GstRate.effective_from <= day)
            .group_by(GstRate.tax_class)
        )
    ]


def rates_on(s: Session, day: dt.date) -> dict[str, tuple[Decimal, bool, str]]:
    newest = (
        select(GstRate.tax_class, func.max(GstRate.effective_from).label("since"))
        .where(GstRate.effective_from <= day)
        .group_by(GstRate.tax_class)
        .subquery()
    )
    rows = s.execute(
        select(GstRate.tax_class, GstRate.rate_percent, GstRate.is_exempt, GstRate.sac_hsn).join(
            newest, (newest.c.tax_class == GstRate.tax_class) & (newest.c.since == GstRate.effective_from)
        )
    )
    return {c: (Decimal(r), bool(e), str(code)) for c, r, e, code in rows}
