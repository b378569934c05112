"""The database boundary's safety net (db/input_guard.py), on every backend: a value its column
cannot keep is refused with the attribute named before any statement is sent, never truncated,
rounded or stored as the wrong type."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from hms_desktop.db.engine import Database
from hms_desktop.db.models import BillableItem, GstRate
from hms_desktop.errors import ValidationError

D = Decimal


def _item(**kw: object) -> BillableItem:
    values: dict[str, object] = {
        "code": "ECG", "name": "ECG, 12-lead", "kind": "service", "tax_class": "HEALTH",
        "unit_price": D("350.00"), "unit": "NOS",
    }  # fmt: skip
    values.update(kw)
    return BillableItem(**values)


def _count(db: Database) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(BillableItem)) or 0)


@pytest.mark.parametrize(
    ("field", "value", "needle"),
    [
        ("name", "ECG\x00 12-lead", "NUL"),
        ("name", "ECG \ud83d", "surrogate"),
        ("name", "ECG \x1b[31m", "control character"),
        ("name", "x" * 121, "At most 120 characters"),
        ("code", "X" * 21, "At most 20 characters"),
        ("unit_price", D("1e30"), "Too large"),
        ("unit_price", D("NaN"), "not infinity or NaN"),
        ("unit_price", D("sNaN"), "not infinity or NaN"),
        ("unit_price", D("Infinity"), "not infinity or NaN"),
        ("unit_price", D("0.001"), "decimal places"),
        ("unit_price", "350", "Enter a number"),
        ("is_active", "yes", "yes or no"),
        ("name", 42, "Enter text"),
    ],
)
def test_insert_refused_with_the_field(db: Database, field: str, value: object, needle: str) -> None:
    before = _count(db)
    with pytest.raises(ValidationError) as info, db.write() as s:
        s.add(_item(**{field: value}))
    assert needle in info.value.errors[field]
    assert _count(db) == before


def test_update_checks_what_changed(db: Database) -> None:
    with db.write() as s:
        s.add(_item())
    with pytest.raises(ValidationError) as info, db.write() as s:
        row = s.scalars(select(BillableItem).where(BillableItem.code == "ECG")).one()
        row.name = "n" * 500
    assert "name" in info.value.errors
    with db.read() as s:
        assert s.scalars(select(BillableItem.name).where(BillableItem.code == "ECG")).one() == "ECG, 12-lead"


def test_good_values_read_back_unchanged(db: Database) -> None:
    name = "ईसीजी\u200d 12-lead " + "é" * 100
    with db.write() as s:
        s.add(_item(name=name[:120], unit_price=D("9999999999.99")))
    with db.read() as s:
        row = s.scalars(select(BillableItem).where(BillableItem.code == "ECG")).one()
        assert row.name == name[:120].strip()
        assert row.unit_price == D("9999999999.99")


def test_integer_and_date_columns_refuse_other_types(db: Database) -> None:
    with pytest.raises(ValidationError) as info, db.write() as s:
        s.add(GstRate(tax_class="HEALTH", sac_hsn="999312", effective_from=dt.datetime(2026, 1, 1),
                      rate_percent=D("0"), is_exempt=True))  # fmt: skip
    assert info.value.errors == {"effective_from": "Enter a date."}
    with pytest.raises(ValidationError) as info, db.write() as s:
        s.add(GstRate(tax_class="HEALTH", sac_hsn="999312", effective_from=dt.date(2026, 1, 1),
                      rate_percent=D("5.123"), is_exempt=True))  # fmt: skip
    assert "rate_percent" in info.value.errors
