"""Column helpers shared by the model modules."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import CheckConstraint, Identity, Integer, Numeric
from sqlalchemy.orm import Mapped, mapped_column

from hms_desktop.db.base import UtcDateTime, utcnow

MONEY = Numeric(12, 2, asdecimal=True)


def pk() -> Mapped[int]:
    return mapped_column(Integer, Identity(), primary_key=True)


def created() -> Mapped[dt.datetime]:
    return mapped_column(UtcDateTime(), default=utcnow, nullable=False)


def money(nullable: bool = False, default: Decimal | None = Decimal("0.00")) -> Mapped[Decimal]:
    return mapped_column(MONEY, nullable=nullable, default=default)


def one_of(column: str, values: tuple[str, ...], name: str) -> CheckConstraint:
    quoted = ", ".join(f"'{v}'" for v in values)
    return CheckConstraint(f"{column} IN ({quoted})", name=name)
