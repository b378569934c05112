"""A patient's allergies as three different facts, never assumed.

- **not recorded** (``UNKNOWN``): nobody has asked. Every patient registered before migration 0008
  without an allergy list is here, and so is a quick walk-in whose desk did not ask. A prescription
  prints "Allergies: not recorded" and the consultation shows an amber band, so the doctor asks.
- **no known allergies** (``NKDA``): the patient was asked and said none; the record keeps who
  confirmed it and when. Only this is printed as "No known allergies".
- **a list** (``LISTED``): what the patient reacts to (free text, e.g. "penicillin (rash), sulfa").

DOMAIN.md section 6 ("not recorded" and "no known allergies" are different facts); WHO and NMC good
practice for a prescription puts the allergies on it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from enum import StrEnum


class AllergyStatus(StrEnum):
    UNKNOWN = "unknown"
    NKDA = "nkda"
    LISTED = "listed"


LABELS = {
    AllergyStatus.UNKNOWN: "Not recorded",
    AllergyStatus.NKDA: "No known allergies",
    AllergyStatus.LISTED: "Allergic to…",
}


# what desks type when they mean "none": stored as a list it would read as an allergy to "nil"
NONE_WORDS = frozenset(
    {"none", "nil", "no", "nkda", "nka", "nkfa", "none known", "no known allergies", "no allergies",
     "no known drug allergies", "na", "n/a", "-", "--", "not known"}
)  # fmt: skip


@dataclasses.dataclass(frozen=True)
class AllergyRecord:
    """What a screen or a document shows about a patient's allergies."""

    status: AllergyStatus
    allergies: str | None = None  # the list, for LISTED
    confirmed_by: str | None = None  # the staff member's name, for NKDA / LISTED
    confirmed_at: dt.datetime | None = None  # aware

    @property
    def recorded(self) -> bool:
        return self.status is not AllergyStatus.UNKNOWN

    def print_text(self) -> str:
        """The allergy box of a prescription: 'ALLERGIES: PENICILLIN', 'No known allergies' or
        'Allergies: not recorded'."""
        if self.status is AllergyStatus.LISTED and self.allergies:
            return f"ALLERGIES: {self.allergies}"
        if self.status is AllergyStatus.NKDA:
            return "No known allergies"
        return "Allergies: not recorded"

    def confirmation_text(self, tz: dt.tzinfo | None = None) -> str | None:
        """'confirmed by Sister Mary Thomas, 2 Dec 2026' (None when nobody confirmed it)."""
        if not self.recorded or (self.confirmed_by is None and self.confirmed_at is None):
            return None
        parts = ["confirmed"]
        if self.confirmed_by:
            parts.append(f"by {self.confirmed_by}")
        text = " ".join(parts)
        if self.confirmed_at is not None:
            at = self.confirmed_at.astimezone(tz) if tz is not None else self.confirmed_at
            text += f", {at.day} {at:%b %Y}"
        return text


def check_allergy_input(
    status: str | None, allergies: str | None
) -> tuple[AllergyStatus, str | None, dict[str, str]]:
    """(status, list, errors by field) for what a form submitted.

    A list implies LISTED; LISTED needs a list; NKDA with a list is contradictory. A blank status
    with no list is UNKNOWN (the desk did not ask), never NKDA.
    """
    text = (allergies or "").strip() or None
    raw = (status or "").strip().lower()
    if text is not None and text.lower().strip(" .") in NONE_WORDS:
        return (
            AllergyStatus.NKDA,
            None,
            {"allergies": "Choose 'No known allergies' (and leave the list empty) rather than typing it."},
        )
    if not raw:
        return (AllergyStatus.LISTED if text else AllergyStatus.UNKNOWN), text, {}
    try:
        value = AllergyStatus(raw)
    except ValueError:
        return AllergyStatus.UNKNOWN, text, {"allergy_status": "Choose not recorded, none known, or a list."}
    if value is AllergyStatus.LISTED and text is None:
        return (
            value,
            None,
            {"allergies": "List the allergies (e.g. penicillin - rash), or choose none known."},
        )
    if value is AllergyStatus.NKDA and text is not None:
        return (
            value,
            text,
            {"allergies": "'No known allergies' is chosen but allergies are typed: clear one."},
        )
    if value is AllergyStatus.UNKNOWN and text is not None:
        return AllergyStatus.LISTED, text, {}
    return value, text, {}
