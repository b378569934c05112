"""Checks of what the administrator types into the price list: codes, amounts, dates, an item's fields.

Each refuses a wrong value with a ``ValidationError`` at the field's key; nothing is str()-ed.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

from hms_desktop.domain.validation import clean_text
from hms_desktop.errors import ValidationError
from hms_desktop.services.price_list_types import CODE_RE, KINDS, MAX_PRICE, SAC_HSN_RE


def clean_money(value: object, field: str) -> Decimal:
    try:
        amount = Decimal(str(value).replace(",", "").strip())
    except (InvalidOperation, ValueError):
        raise ValidationError({field: "Enter an amount in rupees, e.g. 350 or 350.50."}) from None
    if not amount.is_finite() or amount < 0 or amount > MAX_PRICE:
        raise ValidationError({field: "An amount from 0 up to 9,99,99,99,999.99."})
    if amount != amount.quantize(Decimal("0.01")):
        raise ValidationError({field: "At most two decimals (paise)."})
    return amount.quantize(Decimal("0.01"))


def clean_word(value: object, field: str, message: str) -> str:
    """Stripped text, "" for None; anything but text is refused at ``field`` (never str()-ed)."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError({field: message})
    return value.strip()


def is_day(value: object) -> bool:
    return isinstance(value, dt.date) and not isinstance(value, dt.datetime)


def clean_day(value: object, field: str = "from_date") -> dt.date:
    """A calendar date (a datetime, text or number is refused: the database would compare it as text)."""
    if not is_day(value):
        raise ValidationError({field: "Enter the date the price or rate applies from."})
    assert isinstance(value, dt.date)
    return value


def clean_code(code: str) -> str:
    value = clean_word(code, "code", "Enter the item's code.").upper()
    if not CODE_RE.match(value):
        raise ValidationError({"code": "A code of 1-20 letters, digits or - _ / . (e.g. CONSULT-SP)."})
    return value


def clean_sac(value: str | None, field: str = "sac_hsn") -> str | None:
    text = clean_word(value, field, "A SAC or HSN code has 4, 6 or 8 digits (e.g. 999312, 3004).") or None
    if text is not None and not SAC_HSN_RE.match(text):
        raise ValidationError({field: "A SAC or HSN code has 4, 6 or 8 digits (e.g. 999312, 3004)."})
    return text


def item_values(
    code: object,
    name: object,
    kind: object,
    tax_class: object,
    price: object,
    sac_hsn: object,
    unit: object,
    from_date: object,
    classes: list[str],
) -> tuple[dict[str, object], dict[str, str]]:
    """An item's fields as they are stored (code, name, kind, tax_class, unit_price, sac_hsn, unit),
    and a message per field that is wrong (``classes``: the tax classes of the rate table)."""
    errors: dict[str, str] = {}
    values: dict[str, object] = {}
    for field, check in (
        ("code", lambda: clean_code(code)),  # type: ignore[arg-type]  # refused unless text
        ("unit_price", lambda: clean_money(price, "price")),
        ("sac_hsn", lambda: clean_sac(sac_hsn)),  # type: ignore[arg-type]
    ):
        try:
            values[field] = check()
        except ValidationError as exc:
            errors.update(exc.errors)
    values["name"] = clean_text(name, "name", 120, errors, required="Enter the item's name.") or ""
    the_kind = kind.strip().lower() if isinstance(kind, str) else ""
    if the_kind not in KINDS:
        errors["kind"] = f"Choose one of: {', '.join(KINDS)}."
    values["kind"] = the_kind
    the_unit = (clean_text("NOS" if unit is None else unit, "unit", 10, errors) or "").upper()
    if not the_unit and "unit" not in errors:
        errors["unit"] = "A unit of at most 10 characters (NOS, STRIP, TAB...)."
    values["unit"] = the_unit
    the_class = tax_class.strip().upper() if isinstance(tax_class, str) else ""
    if the_class not in classes:
        errors["tax_class"] = f"Choose a tax class of the rate table: {', '.join(classes)}."
    values["tax_class"] = the_class
    if from_date is not None and not is_day(from_date):
        errors["from_date"] = "Enter the date the price applies from."
    return values, errors
