"""The patient register's DTOs: what the desk submits, the rows and details it shows, its limits.

No SQLAlchemy here: the GUI imports these and the service classes only.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from enum import StrEnum
from typing import Any

from hms_desktop.domain.allergies import AllergyStatus
from hms_desktop.domain.enums import Sex
from hms_desktop.errors import ConcurrentChange

MAX_PAGE = 1000
BLOOD_GROUPS = ("A+", "A-", "B+", "B-", "AB+", "AB-", "O+", "O-")


class PatientSort(StrEnum):
    NAME = "name"  # first, then last name, id: the order names are shown in (ix_patient_first_last)
    MRN = "mrn"  # unique
    REGISTERED = "registered"  # created_at, id


_new = object.__new__


@dataclasses.dataclass(frozen=True)
class PatientRow:
    """One line of the Patients tab."""

    id: int
    mrn: str
    display_name: str
    sex: str
    age_text: str
    phone: str | None
    city: str | None
    registered_on: dt.date
    # the sort keys, so the model can ask for the page after this row
    last_key: str | None
    first_key: str | None
    created_at: dt.datetime

    @classmethod
    def built(
        cls, pid: int, mrn: str, display_name: str, sex: str, age: str, phone: str | None, city: str | None,
        registered_on: dt.date, last_key: str | None, first_key: str | None, created_at: dt.datetime,
    ) -> PatientRow:  # fmt: skip
        """The same row as ``PatientRow(...)``, filled in one step: a frozen dataclass's ``__init__``
        sets each field through ``object.__setattr__``, half of the cost of a search's 50 rows. Only
        for a class without defaults or ``__post_init__`` (tests/unit/test_patient_search checks)."""
        row = _new(cls)
        row.__dict__.update(
            id=pid, mrn=mrn, display_name=display_name, sex=sex, age_text=age, phone=phone, city=city,
            registered_on=registered_on, last_key=last_key, first_key=first_key, created_at=created_at,
        )  # fmt: skip
        return row

    def page_key(self, sort: PatientSort) -> tuple[Any, ...]:
        if sort is PatientSort.NAME:
            return (self.first_key, self.last_key, self.id)
        if sort is PatientSort.MRN:
            return (self.mrn,)
        return (self.created_at, self.id)


@dataclasses.dataclass(frozen=True)
class PatientInput:
    """What the registration form submits. Give ``date_of_birth`` or ``age_years`` (estimated DOB)."""

    first_name: str
    sex: Sex | str
    last_name: str | None = None
    date_of_birth: dt.date | None = None
    age_years: int | None = None
    age_months: int | None = None  # with age_years (or alone, for infants): an estimated DOB
    phone: str | None = None
    email: str | None = None
    address: str | None = None
    city: str | None = None
    pin_code: str | None = None
    blood_group: str | None = None
    abha_number: str | None = None
    abha_address: str | None = None
    emergency_name: str | None = None
    emergency_phone: str | None = None
    allergies: str | None = None
    # 'unknown' (not asked) / 'nkda' (asked: none) / 'listed'; None: follow ``allergies`` (a list ->
    # 'listed', none -> 'unknown' for a new patient, unchanged for an edit)
    allergy_status: str | None = None
    landline: str | None = None  # with its STD code; the mobile goes in ``phone``
    # the language of the printed instructions ('hi', 'kn'; see domain.instructions); None/'en': English
    preferred_language: str | None = None


@dataclasses.dataclass(frozen=True)
class PatientDetail:
    id: int
    mrn: str
    first_name: str
    last_name: str | None
    display_name: str
    sex: str
    date_of_birth: dt.date | None
    dob_estimated: bool
    age_text: str
    phone: str | None
    email: str | None
    address: str | None
    city: str | None
    pin_code: str | None
    blood_group: str | None
    abha_number: str | None
    abha_address: str | None
    emergency_name: str | None
    emergency_phone: str | None
    allergies: str | None
    created_at: dt.datetime
    row_version: int
    allergy_status: str = AllergyStatus.UNKNOWN.value
    allergy_by: int | None = None  # the staff user who recorded the status
    allergy_at: dt.datetime | None = None
    landline: str | None = None  # E.164
    warnings: tuple[str, ...] = ()  # e.g. an ABHA number whose check digit fails (saved anyway)
    # False for a role that may not read the allergy list (cashier, administrator): the fields are blank
    allergies_shown: bool = True
    preferred_language: str | None = None  # None: English only


# the longest text each field keeps (its column); the desk's forms take no more and say so (issue 15 #15)
TEXT_LIMITS: dict[str, int] = {
    "first_name": 80,
    "last_name": 80,
    "email": 120,
    "address": 250,
    "city": 80,
    "pin_code": 6,
    "abha_address": 80,
    "emergency_name": 120,
    "allergies": 1000,
}


@dataclasses.dataclass(frozen=True)
class DuplicateCandidate:
    patient_id: int
    mrn: str
    display_name: str
    sex: str
    age_text: str
    phone: str | None
    score: float
    reasons: tuple[str, ...]


class PatientChanged(ConcurrentChange):
    """Another desk saved this patient after you opened it.

    ``changed_by`` is their username; ``fields`` maps each field where the saved record differs from
    your edit to ``(theirs, yours)``; ``current_version`` is the version to reload.
    """

    def __init__(self, changed_by: str, fields: dict[str, tuple[Any, Any]], current_version: int) -> None:
        names = ", ".join(f.replace("_", " ") for f in fields) or "no field you edited"
        super().__init__(
            f"{changed_by} saved this patient while you were editing ({names}). "
            "Reload to see their version, then make your change again."
        )
        self.changed_by = changed_by
        self.fields = fields
        self.current_version = current_version


@dataclasses.dataclass(frozen=True)
class HistoryLine:
    """One line of a patient's history: when, what, and its status."""

    on: dt.date
    text: str
    status: str


@dataclasses.dataclass(frozen=True)
class PatientHistory:
    appointments: tuple[HistoryLine, ...]
    visits: tuple[HistoryLine, ...]
    invoices: tuple[HistoryLine, ...]
    # None when the actor's role may not see clinical data (the dialog then hides the section)
    diagnoses: tuple[HistoryLine, ...] | None
