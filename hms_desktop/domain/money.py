"""Rupee amounts: paise rounding, Indian digit grouping and amounts in words (Indian system)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

PAISE = Decimal("0.01")
RUPEE = Decimal("1")

_ONES = [
    "Zero",
    "One",
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
    "Eleven",
    "Twelve",
    "Thirteen",
    "Fourteen",
    "Fifteen",
    "Sixteen",
    "Seventeen",
    "Eighteen",
    "Nineteen",
]
_TENS = ["_", "_", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"]


def to_paise(amount: Decimal) -> Decimal:
    """Round to whole paise, half away from zero (the GST convention)."""
    return amount.quantize(PAISE, rounding=ROUND_HALF_UP)


def to_rupees(amount: Decimal) -> Decimal:
    """Round to whole rupees, 50 paise or more up (CGST Act s.170)."""
    return amount.quantize(RUPEE, rounding=ROUND_HALF_UP)


def _below_hundred(n: int) -> str:
    if n < 20:
        return _ONES[n]
    tens, ones = divmod(n, 10)
    return _TENS[tens] + (f" {_ONES[ones]}" if ones else "")


def _below_thousand(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    parts = []
    if hundreds:
        parts.append(f"{_ONES[hundreds]} Hundred")
    if rest:
        parts.append(_below_hundred(rest))
    return " ".join(parts)


def integer_in_words(n: int) -> str:
    """Whole number in the Indian system: 125000 -> 'One Lakh Twenty Five Thousand'."""
    if n < 0:
        raise ValueError("negative amounts have no words here; write 'minus' yourself")
    if n == 0:
        return "Zero"
    crores, n = divmod(n, 10_000_000)
    lakhs, n = divmod(n, 100_000)
    thousands, n = divmod(n, 1000)
    parts = []
    if crores:
        parts.append(f"{integer_in_words(crores)} Crore")
    if lakhs:
        parts.append(f"{_below_hundred(lakhs)} Lakh")
    if thousands:
        parts.append(f"{_below_hundred(thousands)} Thousand")
    if n:
        parts.append(_below_thousand(n))
    return " ".join(parts)


def amount_in_words(amount: Decimal) -> str:
    """'Rupees One Lakh Twenty Five Thousand and Fifty Paise Only' for 125000.50."""
    value = to_paise(Decimal(amount))
    if value < 0:
        raise ValueError("amount must not be negative")
    rupees = int(value)
    paise = int((value - rupees) * 100)
    text = f"Rupees {integer_in_words(rupees)}"
    if paise:
        text += f" and {_below_hundred(paise)} Paise"
    return text + " Only"


def group_indian(digits: str) -> str:
    """'12500000' -> '1,25,00,000': last three digits, then groups of two."""
    if len(digits) <= 3:
        return digits
    head, tail = digits[:-3], digits[-3:]
    groups: list[str] = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    if head:
        groups.insert(0, head)
    return ",".join([*groups, tail])


def format_inr(amount: Decimal, symbol: bool = True) -> str:
    """'₹1,25,000.50'; negatives as '-₹500.00'."""
    value = to_paise(Decimal(amount))
    sign = "-" if value < 0 else ""
    whole, _, frac = f"{abs(value):.2f}".partition(".")
    return f"{sign}{'₹' if symbol else ''}{group_indian(whole)}.{frac}"
