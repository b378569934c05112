"""PIN code -> district and State or Union Territory, from India Post's all-India pincode directory.

The table (``resources/pincodes/pincodes.csv.gz``, 19,482 PINs, built by ``scripts/build_pincodes.py``;
see ``resources/pincodes/SOURCE.md`` for the source and licence) is read once, on first use, into a
dict: a look-up is then a dict access. Forms use it to *suggest* the city and State when a PIN is typed
(the clinic's identity, a patient's address); what a user typed is theirs and is never replaced.

* :func:`lookup` answers from the directory only: a :class:`PinPlace` or None for a PIN India Post does
  not list (or input that is not a PIN).
* :func:`suggest` also answers for a PIN the directory does not list (a new PIN), with the State alone
  when every listed PIN sharing its first three digits lies in that one State (383 of 405 prefixes;
  e.g. 246 and 262 are shared by Uttarakhand and Uttar Pradesh, 605 by Puducherry and Tamil Nadu, and
  suggest nothing).

A PIN is six digits, the first not 0; spaces are allowed ('560 001', as often written) and Indian-script
digits count ('५६०००१'). Anything else is not a PIN: no exception, just no suggestion.
"""

from __future__ import annotations

import csv
import dataclasses
import functools
import gzip
import io
import unicodedata

from hms_desktop.domain.gst import STATE_NAMES
from hms_desktop.paths import resource_file

__all__ = ["PinPlace", "city_of_district", "lookup", "normalise_pin", "suggest", "table_size", "warm"]

RESOURCE = ("pincodes", "pincodes.csv.gz")

# A district whose name is not what a clinic writes as its city. Delhi's districts are compass points
# ('South East'): the city is Delhi, except the New Delhi district.
_CITY_OF_DISTRICT = {
    "Bengaluru Urban": "Bengaluru",
    "Mumbai Suburban": "Mumbai",
    "Leh Ladakh": "Leh",
    "Pondicherry": "Puducherry",
}
_DELHI = "07"


@dataclasses.dataclass(frozen=True, slots=True)
class PinPlace:
    """Where a PIN is: its district (None when its offices disagree), State code, and the city to
    suggest (the district's name as a clinic writes it, None when the district is not known)."""

    pin: str
    district: str | None
    state_code: str

    @property
    def state_name(self) -> str:
        return STATE_NAMES.get(self.state_code, self.state_code)

    @property
    def city(self) -> str | None:
        return city_of_district(self.district, self.state_code)


def city_of_district(district: str | None, state_code: str | None) -> str | None:
    """The city to suggest for a district: 'Bengaluru Urban' -> 'Bengaluru', Delhi's 'South East' ->
    'Delhi', otherwise the district itself."""
    if not district:
        return None
    if state_code == _DELHI and district != "New Delhi":
        return "Delhi"
    return _CITY_OF_DISTRICT.get(district, district)


def normalise_pin(text: str | None) -> str | None:
    """The six ASCII digits of a PIN ('560 001', '५६०००१' -> '560001'), or None if it is not one."""
    if not isinstance(text, str):
        return None
    compact = "".join(text.split())
    if len(compact) != 6 or not compact.isdecimal():
        return None
    digits = "".join(str(unicodedata.decimal(ch)) for ch in compact)
    return None if digits[0] == "0" else digits


@functools.cache
def _table() -> dict[str, tuple[str | None, str]]:
    """PIN -> (district or None, State code), read from the shipped file once."""
    raw = resource_file(*RESOURCE).read_bytes()
    text = gzip.decompress(raw).decode("utf-8")
    reader = csv.reader(io.StringIO(text))
    header = next(reader)
    if header != ["pin", "district", "state_code"]:
        raise ValueError(f"unexpected header in {'/'.join(RESOURCE)}: {header}")
    districts: dict[str, str] = {}  # one string object per district name
    table: dict[str, tuple[str | None, str]] = {}
    for pin, district, state_code in reader:
        name = districts.setdefault(district, district) if district else None
        table[pin] = (name, state_code)
    return table


@functools.cache
def _prefix_states() -> dict[str, str]:
    """First three digits -> the one State all listed PINs with them lie in (shared prefixes left out)."""
    states: dict[str, set[str]] = {}
    for pin, (_, state_code) in _table().items():
        states.setdefault(pin[:3], set()).add(state_code)
    return {prefix: codes.pop() for prefix, codes in states.items() if len(codes) == 1}


def warm() -> None:
    """Load the table now (about 30 ms) rather than on the first PIN typed."""
    _prefix_states()


def table_size() -> int:
    return len(_table())


def lookup(pin: str | None) -> PinPlace | None:
    """The directory's entry for a PIN, or None when it is not a PIN or India Post does not list it."""
    digits = normalise_pin(pin)
    if digits is None:
        return None
    entry = _table().get(digits)
    if entry is None:
        return None
    return PinPlace(digits, entry[0], entry[1])


def suggest(pin: str | None) -> PinPlace | None:
    """:func:`lookup`, else for a PIN the directory does not list, the State its first three digits
    name (no district); None when neither knows."""
    place = lookup(pin)
    if place is not None:
        return place
    digits = normalise_pin(pin)
    code = _prefix_states().get(digits[:3]) if digits is not None else None
    if digits is None or code is None:
        return None
    return PinPlace(digits, None, code)
