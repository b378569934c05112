"""Reopening a cashier's closed day: an administrator, with a reason, audited.

``day_close`` rows are append-only, so a reopening is a ``day_reopen`` row naming the close it sets
aside; the day then takes payments again and its next close is close number 2 (3 after a second
reopening...). The billing service asks :func:`standing_close` whether a day is closed.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ColumnElement, Date, ScalarSelect, Select, bindparam, func, select
from sqlalchemy.orm import Session

from hms_desktop.db.base import utcnow
from hms_desktop.db.engine import Database
from hms_desktop.db.models import DayClose, DayReopen, StaffUser
from hms_desktop.domain.permissions import Action
from hms_desktop.domain.validation import clean_id, clean_text
from hms_desktop.errors import NotFound, ValidationError
from hms_desktop.services import audit
from hms_desktop.services.changes import ChangeTopic, mark
from hms_desktop.services.context import Actor
from hms_desktop.services.day_reopen_types import (
    REOPEN_REASON_MAX,
    ClosedDay,
)
from hms_desktop.services.guard import read_retry, require

__all__ = ["DayReopenService", "next_close_no", "standing_close"]


def _standing_closes(cashier: ColumnElement[Any], day: ColumnElement[Any]) -> Select[int]:
    """The closes of (cashier, day) that no reopening has set aside (the one definition)."""
    return (
        select(DayClose.id)
        .outerjoin(DayReopen, DayReopen.day_close_id == DayClose.id)
        .where(DayClose.cashier_id == cashier, DayClose.business_date == day, DayReopen.id.is_(None))
    )


# built once: every invoice, payment and credit note asks
_STANDING = (
    _standing_closes(bindparam("close_cashier"), bindparam("close_day", type_=Date))
    .order_by(DayClose.close_no.desc())
    .limit(1)
)


def standing_close(s: Session, cashier_id: int, day: dt.date) -> int | None:
    """The id of the close of (cashier, day) that no reopening has set aside, if any."""
    found = s.connection().execute(_STANDING, {"close_cashier": cashier_id, "close_day": day}).scalar()
    return None if found is None else int(found)


def standing_close_column(cashier: ColumnElement[Any], day: ColumnElement[Any]) -> ScalarSelect[Any]:
    """:func:`standing_close` as a scalar subquery (an id or NULL), for a statement that reads it
    along with other rows; only in a statement that runs after the cashier's row lock is held."""
    return _standing_closes(cashier, day).with_only_columns(func.max(DayClose.id)).scalar_subquery()


def next_close_no(s: Session, cashier_id: int, day: dt.date) -> int:
    n = s.scalar(
        select(func.max(DayClose.close_no)).where(
            DayClose.cashier_id == cashier_id, DayClose.business_date == day
        )
    )
    return int(n or 0) + 1


class DayReopenService:
    def __init__(self, db: Database) -> None:
        self._db = db

    @read_retry
    def closed_days(self, actor: Actor, since: dt.date, until: dt.date) -> list[ClosedDay]:
        """The day closes between two dates (newest first), with whether each was reopened."""
        require(self._db, actor, Action.SETTINGS_MANAGE, "day_close")
        errors = {
            field: "Enter a date."
            for field, value in (("since", since), ("until", until))
            # a datetime, text or number would be compared as text or refused by the driver
            if isinstance(value, dt.datetime) or not isinstance(value, dt.date)
        }
        if errors:
            raise ValidationError(errors)
        with self._db.read() as s:
            rows = s.execute(
                select(DayClose, StaffUser.username, DayReopen.id)
                .join(StaffUser, StaffUser.id == DayClose.cashier_id)
                .outerjoin(DayReopen, DayReopen.day_close_id == DayClose.id)
                .where(DayClose.business_date >= since, DayClose.business_date <= until)
                .order_by(DayClose.business_date.desc(), StaffUser.username, DayClose.close_no.desc())
            ).all()
            return [
                ClosedDay(
                    c.id,
                    c.cashier_id,
                    name,
                    c.business_date,
                    c.close_no,
                    c.closed_at,
                    c.difference,
                    rid is not None,
                )
                for c, name, rid in rows
            ]

    def reopen(self, actor: Actor, day_close_id: int, reason: str) -> ClosedDay:
        """Set a close aside so the cashier's day takes entries again (the close row stays)."""
        require(self._db, actor, Action.SETTINGS_MANAGE, "day_close", day_close_id)
        day_close_id = clean_id(day_close_id, "day_close", "Choose a closed day.")
        why = clean_text(reason, "reason", REOPEN_REASON_MAX) or ""
        if len(why) < 10:
            raise ValidationError({"reason": "Say why the day is reopened (at least 10 characters)."})
        with self._db.write() as s:
            close = s.get(DayClose, day_close_id)
            if close is None:
                raise NotFound(f"There is no day close {day_close_id}.")
            # the cashier's row lock serialises this against their payments and their next close
            s.execute(
                select(StaffUser.id).where(StaffUser.id == close.cashier_id).with_for_update(key_share=True)
            )
            if s.scalar(select(DayReopen.id).where(DayReopen.day_close_id == close.id)) is not None:
                raise ValidationError({"day_close": "This close has already been reopened."})
            row = DayReopen(
                day_close_id=close.id,
                cashier_id=close.cashier_id,
                business_date=close.business_date,
                reason=why,
                reopened_by=actor.user_id,
                reopened_at=utcnow(),
            )
            s.add(row)
            s.flush()
            name = s.scalar(select(StaffUser.username).where(StaffUser.id == close.cashier_id)) or ""
            audit.record(
                s,
                actor,
                "billing.day_reopen",
                "day_close",
                close.id,
                {"cashier": name, "date": close.business_date, "close_no": close.close_no, "reason": why},
            )
            mark(s, ChangeTopic.BILLING)
            return ClosedDay(
                close.id,
                close.cashier_id,
                name,
                close.business_date,
                close.close_no,
                close.closed_at,
                close.difference,
                True,
            )
