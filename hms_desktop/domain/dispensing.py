"""Medicines from a prescription onto the cashier's bill: which price-list medicine a prescribed line
is, and how many of the item's selling units the prescribed quantity is.

Pure rules, used by the billing service (the match it offers) and the Billing tab (the quantity again
when the cashier picks another item). A prescription names a *generic* drug and its strength
("PARACETAMOL", "500 mg", "tablet"); the price list names what the counter sells ("Paracetamol 500 mg
tablets (strip of 10)"). An item matches when every word of the generic name is a word of the item's
name and the two strengths are the same amounts (500 mg = 0.5 g; a combination's strengths as a set).
Among matches, the same dosage form is preferred, then the name with the fewest other words. No
match is better than a wrong one: the cashier picks from the list.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from decimal import ROUND_CEILING, Decimal, InvalidOperation

__all__ = [
    "Candidate",
    "best_match",
    "drug_text",
    "item_matches",
    "pack_size",
    "sell_quantity",
    "strengths",
]

_WORD = re.compile(r"[a-z0-9]+")
# an amount and its unit: "500 mg", "0.5g", "250 mg/5 ml" (two amounts), "1%", "40 IU"
_STRENGTH = re.compile(r"(\d+(?:\.\d+)?)\s*(mcg|µg|ug|mg|g|ml|iu|%)(?![a-z])", re.IGNORECASE)
_TO_MG = {"g": Decimal(1000), "mg": Decimal(1), "mcg": Decimal("0.001"), "µg": Decimal("0.001"),
          "ug": Decimal("0.001")}  # fmt: skip
_UNITS = {"mcg", "ug", "mg", "g", "ml", "iu"}
# "(strip of 10)", "pack of 30", "box of 5": the item sells that many units at a time
_PACK = re.compile(r"\b(?:strip|pack|box|blister|bottle|tube|vial)\s+of\s+(\d+)\b", re.IGNORECASE)
_BRACKETS = re.compile(r"\([^)]*\)")
# words that say what an item is, not which drug: left out of "fewest other words"
_FORM_WORDS = {
    "tablet": {"tablet", "tablets", "tab", "tabs"},
    "capsule": {"capsule", "capsules", "cap", "caps"},
    "syrup": {"syrup", "syrups"},
    "suspension": {"suspension"},
    "drops": {"drop", "drops"},
    "ointment": {"ointment"},
    "cream": {"cream"},
    "gel": {"gel"},
    "inhaler": {"inhaler"},
    "injection": {"injection", "inj"},
    "sachet": {"sachet", "sachets"},
}
_ALL_FORMS = frozenset(w for forms in _FORM_WORDS.values() for w in forms)


@dataclasses.dataclass(frozen=True)
class Candidate:
    """A price-list medicine as the rule sees it."""

    key: int  # the item's id
    code: str
    name: str


def _words(text: str | None) -> list[str]:
    return _WORD.findall((text or "").lower())


def strengths(text: str | None) -> tuple[tuple[Decimal, str], ...]:
    """The amounts in ``text`` as (amount, unit), masses in mg, sorted: "0.5 g" -> ((500, 'mg'),)."""
    out = []
    for number, unit in _STRENGTH.findall(text or ""):
        unit = unit.lower()
        try:
            amount = Decimal(number)
        except InvalidOperation:  # pragma: no cover - the pattern only lets digits through
            continue
        if unit in _TO_MG:
            amount, unit = amount * _TO_MG[unit], "mg"
        out.append((amount.normalize(), unit))
    return tuple(sorted(out))


def _name_part(name: str) -> str:
    """The item's name without its bracketed pack ("(strip of 10)")."""
    return _BRACKETS.sub(" ", name)


def item_matches(generic_name: str, strength: str | None, item_name: str) -> bool:
    """Every word of the generic name is in the item's name, and the strengths are the same amounts
    (none on either side counts as the same)."""
    wanted = _words(generic_name)
    if not wanted:
        return False
    part = _name_part(item_name)
    have = set(_words(part))
    return all(w in have for w in wanted) and strengths(strength) == strengths(part)


def _score(generic_name: str, dosage_form: str | None, item: Candidate) -> tuple[int, int, str]:
    words = set(_words(_name_part(item.name)))
    form = (dosage_form or "").strip().lower()
    form_words = next((v for v in _FORM_WORDS.values() if form in v), {form} if form else set())
    other_forms = _ALL_FORMS - form_words
    same_form = 0 if words & form_words else 1 if not words & other_forms else 2
    known = set(_words(generic_name)) | _ALL_FORMS | _UNITS
    extra = sum(1 for w in words - known if not w[0].isdigit())  # "500" is the strength, not a word
    return same_form, extra, item.code


def best_match(
    generic_name: str, strength: str | None, dosage_form: str | None, items: Sequence[Candidate]
) -> Candidate | None:
    """The matching item the cashier is offered first, or None when none matches."""
    hits = [it for it in items if item_matches(generic_name, strength, it.name)]
    if not hits:
        return None
    return min(hits, key=lambda it: _score(generic_name, dosage_form, it))


def pack_size(item_name: str) -> int | None:
    """How many units one of the item sells: 10 for "... (strip of 10)"; None when it sells units."""
    m = _PACK.search(item_name)
    size = int(m.group(1)) if m else 0
    return size if size > 1 else None


def sell_quantity(prescribed: Decimal | None, item_name: str | None) -> Decimal:
    """The item quantity on the bill for a prescribed quantity: whole packs, rounded up (15 tablets
    of a strip of 10 are 2 strips); an item sold by the unit, the prescribed quantity; an unknown or
    nil quantity, 1."""
    if prescribed is None or prescribed <= 0:
        return Decimal(1)
    size = pack_size(item_name or "")
    if size is None:
        whole = prescribed.to_integral_value()
        return whole if whole == prescribed else prescribed  # 15.00 -> 15, 7.5 stays
    return (prescribed / size).to_integral_value(rounding=ROUND_CEILING)


def drug_text(generic_name: str, strength: str | None, dosage_form: str | None) -> str:
    """What the cashier reads of a prescribed line: the drug, its strength and form, no dose."""
    return " ".join(
        part.strip() for part in (generic_name, strength or "", dosage_form or "") if part.strip()
    )
