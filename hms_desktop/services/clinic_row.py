"""The one clinic settings row: every service reads it through here (its id is fixed at 1)."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute, Session

from hms_desktop.db.models import ClinicSetting

CLINIC_ROW_ID = 1  # the table holds one row; first-run set-up creates it

T = TypeVar("T")


def clinic_row(s: Session, *, for_update: bool = False) -> ClinicSetting | None:
    """The clinic settings row, or None before first-run set-up saved it."""
    return s.get(ClinicSetting, CLINIC_ROW_ID, with_for_update=for_update or None)


def clinic_value(s: Session, column: InstrumentedAttribute[T]) -> T | None:
    """One column of the settings row (one small query, for hot paths such as issuing a token)."""
    value: Any = s.scalar(select(column).where(ClinicSetting.id == CLINIC_ROW_ID))
    return value  # type: ignore[no-any-return]
