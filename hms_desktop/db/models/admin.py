"""Clinic administration: dated prices of the price list and reopened cashier days (migration 0011).

Both are append-only in use: a price change is a new row from its date (a bill uses the row in force
on its date), and reopening a closed day is a new row naming the close it reopens, never an UPDATE
or DELETE of ``day_close``.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

from sqlalchemy import Date, ForeignKey, UniqueConstraint, event
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Mapped, Mapper, mapped_column

from hms_desktop.db.base import Base, Str
from hms_desktop.db.models._common import created, money, pk
from hms_desktop.db.models.system import AuditLog


class ItemPrice(Base):
    """The price of a price-list item from a date on; the newest row on or before a date applies."""

    __tablename__ = "item_price"
    __table_args__ = (UniqueConstraint("item_id", "effective_from"),)

    id: Mapped[int] = pk()
    item_id: Mapped[int] = mapped_column(ForeignKey("billable_item.id"), index=True)
    effective_from: Mapped[dt.date] = mapped_column(Date)
    unit_price: Mapped[Decimal] = money()
    created_at: Mapped[dt.datetime] = created()
    created_by: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))


class DayReopen(Base):
    """An administrator reopened a cashier's closed day (with a reason); the close stays as it was."""

    __tablename__ = "day_reopen"

    id: Mapped[int] = pk()
    day_close_id: Mapped[int] = mapped_column(ForeignKey("day_close.id"), unique=True)
    cashier_id: Mapped[int] = mapped_column(ForeignKey("staff_user.id"), index=True)
    business_date: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Str(300))
    reopened_by: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    reopened_at: Mapped[dt.datetime] = created()


def patient_of(entity: str | None, entity_id: str | None, details: str | None) -> int | None:
    """The patient an audit row is about: the patient entity itself, or its ``patient_id`` detail."""
    if entity == "patient" and entity_id is not None:
        return int(entity_id) if entity_id.isdigit() else None
    if not details or '"patient_id"' not in details:
        return None
    try:
        data: Any = json.loads(details)
    except ValueError:
        return None
    value = data.get("patient_id") if isinstance(data, dict) else None
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return None


@event.listens_for(AuditLog, "before_insert")
def _index_patient(_mapper: Mapper[Any], _conn: Connection, row: AuditLog) -> None:
    """Fill ``audit_log.patient_id`` (the access log's index) from what the row says; the chained
    digest covers ``entity``, ``entity_id`` and ``details``, which it is derived from."""
    if row.patient_id is None:
        row.patient_id = patient_of(row.entity, row.entity_id, row.details)
