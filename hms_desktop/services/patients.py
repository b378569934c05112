"""The patient register: paging for the Patients tab, details, and registration.

Paging is keyset pagination, never OFFSET and never COUNT(*): a page is "the next ``limit`` rows after
the last row I have, in this order". The order is always a unique key (the sort columns plus ``id``),
so each row is visited exactly once however the pages fall.

Nullable sort columns (a patient may have no last name) are handled without ``NULLS FIRST/LAST``
clauses, which would stop the index being used: each backend sorts NULLs its own default way (SQLite
as the smallest value, PostgreSQL and Oracle as the largest), and the "rows after this key" condition
is split into a few index-range segments that follow that order. Each segment is one short indexed
query; they run in order until the page is full.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import InstrumentedAttribute

from hms_desktop.db.engine import Database
from hms_desktop.db.models import Patient
from hms_desktop.db.profiles import Backend
from hms_desktop.domain.ages import age_text  # re-exported: the age as the desk writes it
from hms_desktop.domain.allergies import AllergyStatus, check_allergy_input
from hms_desktop.domain.clock import Clock
from hms_desktop.domain.duplicates import Typed
from hms_desktop.domain.enums import AuditOutcome, Sex
from hms_desktop.domain.identifiers import (
    check_abha,
    landline_problem,
    mobile_problem,
    normalise_landline,
    normalise_mobile,
    pin_is_valid,
)
from hms_desktop.domain.instructions import ENGLISH, language_names, shipped_packs
from hms_desktop.domain.permissions import Action, allowed, sees_triage
from hms_desktop.domain.validation import DateKind, clean_date, clean_int, clean_text
from hms_desktop.errors import ConcurrentChange, NotFound, ValidationError
from hms_desktop.services import audit
from hms_desktop.services.audit import record_separately
from hms_desktop.services.clinical_access import clinical_relationship
from hms_desktop.services.context import Actor
from hms_desktop.services.guard import read_retry, require
from hms_desktop.services.patient_records import (
    ROW_COLUMNS,
    DuplicateCandidate,
    PatientChanged,
    PatientHistory,
    apply_changes,
    changed_error,
    duplicate_candidates,
    insert_patient,
    patient_history,
    run_search,
)

MAX_PAGE = 1000
BLOOD_GROUPS = ("A+", "A-", "B+", "B-", "AB+", "AB-", "O+", "O-")
_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_ABHA_ADDRESS_RE = re.compile(r"^[a-z0-9][a-z0-9._]{2,}@(abdm|sbx)$")


__all__ = [
    "DuplicateCandidate",
    "PatientChanged",
    "PatientDetail",
    "PatientHistory",
    "PatientInput",
    "PatientRow",
    "PatientService",
    "PatientSort",
]


class PatientSort(StrEnum):
    NAME = "name"  # first, then last name, id: the order names are shown in (ix_patient_first_last)
    MRN = "mrn"  # unique
    REGISTERED = "registered"  # created_at, id


_SORT_COLUMNS: dict[PatientSort, tuple[InstrumentedAttribute[Any], ...]] = {
    PatientSort.NAME: (Patient.first_key, Patient.last_key, Patient.id),
    PatientSort.MRN: (Patient.mrn,),
    PatientSort.REGISTERED: (Patient.created_at, Patient.id),
}
_NULLABLE = frozenset({"last_key", "first_key"})


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


def _text(
    value: str | None, field: str, limit: int, errors: dict[str, str], *, multiline: bool = False
) -> str | None:
    """The shared text rule (no control characters, within the column), collected into ``errors``."""
    return clean_text(value, field, limit, errors, multiline=multiline)


_NOT_TEXT = ("date_of_birth", "age_years", "age_months")
_TEXT_FIELDS = tuple(f.name for f in dataclasses.fields(PatientInput) if f.name not in _NOT_TEXT)


def _typed(data: PatientInput, today: dt.date, errors: dict[str, str]) -> PatientInput:
    """``data`` with every value of the wrong type (a number for a name, text for an age, a date
    outside a lifetime) named in ``errors`` and left out, so the checks below see only its type."""
    wrong: dict[str, Any] = {}
    for name in _TEXT_FIELDS:
        value = getattr(data, name)
        if value is not None and not isinstance(value, str):
            errors[name] = "Choose M, F or O." if name == "sex" else "Enter text."
            wrong[name] = None
    for name in ("age_years", "age_months"):
        if getattr(data, name) is not None:
            wrong[name] = clean_int(getattr(data, name), name, errors)  # 40.0 -> 40; text -> None
    dob = data.date_of_birth
    if dob is not None and clean_date(dob, "date_of_birth", DateKind.BIRTH, today, errors) is None:
        wrong["date_of_birth"] = None
    return dataclasses.replace(data, **wrong) if wrong else data


def validate(data: PatientInput, today: dt.date) -> tuple[dict[str, Any], list[str]]:
    """The column values for ``data`` plus warnings; ValidationError maps each bad field to a message."""
    errors: dict[str, str] = {}
    warnings: list[str] = []
    v: dict[str, Any] = {}
    data = _typed(data, today, errors)
    v["first_name"] = _text(data.first_name, "first_name", TEXT_LIMITS["first_name"], errors)
    if not v["first_name"]:
        errors.setdefault("first_name", "Enter the first name.")
    v["last_name"] = _text(data.last_name, "last_name", TEXT_LIMITS["last_name"], errors)
    try:
        v["sex"] = Sex(data.sex).value
    except ValueError:
        errors["sex"] = "Choose M, F or O."
    if data.date_of_birth is not None:
        if data.date_of_birth > today:
            errors["date_of_birth"] = "The date of birth is in the future."
        elif today.year - data.date_of_birth.year > 130:
            errors["date_of_birth"] = "The date of birth is more than 130 years ago."
        v["date_of_birth"], v["dob_estimated"] = data.date_of_birth, False
    elif data.age_years is not None or data.age_months is not None:
        years, months = data.age_years or 0, data.age_months or 0
        if not 0 <= years <= 130:
            errors["age_years"] = "The age must be between 0 and 130 years."
        elif not 0 <= months <= 11:
            errors["age_years"] = "The months of the age must be between 0 and 11."
        else:
            total = today.year * 12 + today.month - 1 - years * 12 - months
            year, month = divmod(total, 12)
            day = min(today.day, calendar.monthrange(year, month + 1)[1])  # 31 Mar - 1 m = 28/29 Feb
            v["date_of_birth"], v["dob_estimated"] = dt.date(year, month + 1, day), True
    else:
        errors.setdefault("date_of_birth", "Enter the date of birth or the age.")
    if data.phone and data.phone.strip():
        v["phone"] = normalise_mobile(data.phone)
        if v["phone"] is None:
            errors["phone"] = mobile_problem(data.phone) or "Not an Indian mobile number."
    if data.landline and data.landline.strip():
        problem = landline_problem(data.landline)
        if problem:
            errors["landline"] = problem
        v["landline"] = normalise_landline(data.landline)
    v["email"] = _text(data.email, "email", TEXT_LIMITS["email"], errors)
    if v["email"] and not _EMAIL_RE.match(v["email"]):
        errors["email"] = "Not an e-mail address."
    v["address"] = _text(data.address, "address", TEXT_LIMITS["address"], errors, multiline=True)
    v["city"] = _text(data.city, "city", TEXT_LIMITS["city"], errors)
    v["pin_code"] = _text(data.pin_code, "pin_code", TEXT_LIMITS["pin_code"], errors)
    if v["pin_code"] and not pin_is_valid(v["pin_code"]):
        errors["pin_code"] = "A PIN code has six digits and does not start with 0."
    bg = (data.blood_group or "").strip().upper().replace(" ", "")
    if bg and bg not in BLOOD_GROUPS:
        errors["blood_group"] = f"Choose one of {', '.join(BLOOD_GROUPS)}."
    v["blood_group"] = bg or None
    if data.abha_number and data.abha_number.strip():
        abha = check_abha(data.abha_number)
        if abha.digits is None:
            errors["abha_number"] = "An ABHA number has 14 digits (XX-XXXX-XXXX-XXXX)."
        elif abha.warning:
            warnings.append(abha.warning)
        v["abha_number"] = abha.digits
    addr = (data.abha_address or "").strip().lower()
    if addr and not _ABHA_ADDRESS_RE.match(addr):
        errors["abha_address"] = "An ABHA address looks like name@abdm."
    if len(addr) > TEXT_LIMITS["abha_address"]:  # refused, never cut
        errors["abha_address"] = f"At most {TEXT_LIMITS['abha_address']} characters (this has {len(addr)})."
    v["abha_address"] = addr or None
    v["emergency_name"] = _text(data.emergency_name, "emergency_name", TEXT_LIMITS["emergency_name"], errors)
    if data.emergency_phone and data.emergency_phone.strip():
        v["emergency_phone"] = normalise_mobile(data.emergency_phone)
        if v["emergency_phone"] is None:
            errors["emergency_phone"] = mobile_problem(data.emergency_phone) or "Not an Indian mobile number."
    language = (data.preferred_language or "").strip().lower()
    if language and language != ENGLISH and language not in shipped_packs():
        errors["preferred_language"] = f"Choose one of {', '.join(language_names().values())}."
    v["preferred_language"] = language if language and language != ENGLISH else None
    text = _text(data.allergies, "allergies", TEXT_LIMITS["allergies"], errors, multiline=True)
    status, text, problems = check_allergy_input(data.allergy_status, text)
    errors.update(problems)
    if data.allergy_status is not None or text is not None:
        v["allergies"], v["allergy_status"] = text, status.value
    if errors:
        raise ValidationError(errors)
    return v, warnings


def stamp_allergies(
    values: dict[str, Any],
    actor: Actor,
    old_status: str | None,
    old_list: str | None,
    now: dt.datetime,
) -> None:
    """Record who set the allergy status and when, whenever it or the list changes (a status of
    'not recorded' carries no confirmation)."""
    if "allergy_status" not in values:
        return
    status = values["allergy_status"]
    if (status, values.get("allergies")) == (old_status, old_list):
        return
    recorded = status != AllergyStatus.UNKNOWN.value
    values["allergy_by"] = actor.user_id if recorded else None
    values["allergy_at"] = now if recorded else None


def keyset_segments(
    cols: Sequence[InstrumentedAttribute[Any]],
    after: Sequence[Any],
    *,
    descending: bool,
    nulls_smallest: bool,
) -> list[list[ColumnElement[bool]]]:
    """Conditions, in scan order, that together select exactly the rows after ``after``.

    Each segment is an equality prefix plus one range (or IS NULL) on the next column, so each is an
    index range scan. ``nulls_smallest`` says how the backend sorts NULLs by default.
    """
    col, val = cols[0], after[0]
    nullable = col.key in _NULLABLE
    segments: list[list[ColumnElement[bool]]] = []
    if len(cols) > 1:
        same: ColumnElement[bool] = col.is_(None) if val is None else col == val
        segments += [
            [same, *seg]
            for seg in keyset_segments(
                cols[1:], after[1:], descending=descending, nulls_smallest=nulls_smallest
            )
        ]
    nulls_come_first = nulls_smallest != descending
    if val is None:
        if nulls_come_first:
            segments.append([col.is_not(None)])
    else:
        segments.append([col < val if descending else col > val])
        if nullable and not nulls_come_first:
            segments.append([col.is_(None)])
    return segments


class PatientService:
    def __init__(self, db: Database, clock: Clock | None = None) -> None:
        self._db = db
        self.clock = clock or Clock()

    def _row(self, r: Any, today: dt.date) -> PatientRow:
        return PatientRow(
            id=r.id,
            mrn=r.mrn,
            display_name=" ".join(p for p in (r.first_name, r.last_name) if p),
            sex=r.sex,
            age_text=age_text(r.date_of_birth, today),
            phone=r.phone,
            city=r.city,
            registered_on=r.created_at.astimezone(self.clock.zone).date(),
            last_key=r.last_key,
            first_key=r.first_key,
            created_at=r.created_at,
        )

    @read_retry
    def list_page(
        self,
        actor: Actor,
        sort: PatientSort = PatientSort.NAME,
        descending: bool = False,
        after: tuple[Any, ...] | None = None,
        limit: int = 200,
        search: str | None = None,
    ) -> list[PatientRow]:
        """Up to ``limit`` rows in ``sort`` order, after the row whose ``page_key(sort)`` is ``after``.

        With a non-blank ``search`` the rows are :meth:`search`'s (one page only: ``after`` gives none).
        """
        if search is not None and search.strip():
            return [] if after is not None else self.search(actor, search, limit)
        require(self._db, actor, Action.PATIENT_VIEW)
        limit = max(1, min(limit, MAX_PAGE))
        cols = _SORT_COLUMNS[PatientSort(sort)]
        if after is not None and len(after) != len(cols):
            raise ValueError(f"after must be a {len(cols)}-tuple for sort {sort}")
        order = [c.desc() if descending else c.asc() for c in cols]
        base = select(*ROW_COLUMNS).order_by(*order)
        if after is None:
            segments: list[list[ColumnElement[bool]]] = [[]]
        else:
            segments = keyset_segments(
                cols, after, descending=descending, nulls_smallest=self._db.backend is Backend.SQLITE
            )
        today = self.clock.today()
        rows: list[PatientRow] = []
        with self._db.read() as s:
            for seg in segments:
                need = limit - len(rows)
                if need <= 0:
                    break
                rows += [self._row(r, today) for r in s.execute(base.where(*seg).limit(need))]
        return rows

    @read_retry
    def count(self, actor: Actor) -> int:
        """How many patients are registered (for a status line; not used for paging)."""
        require(self._db, actor, Action.PATIENT_VIEW)
        with self._db.read() as s:
            return s.scalar(select(func.count()).select_from(Patient)) or 0

    def _detail(self, p: Patient, warnings: Sequence[str] = ()) -> PatientDetail:
        return PatientDetail(
            id=p.id,
            mrn=p.mrn,
            first_name=p.first_name,
            last_name=p.last_name,
            display_name=p.display_name,
            sex=p.sex,
            date_of_birth=p.date_of_birth,
            dob_estimated=bool(p.dob_estimated),
            age_text=age_text(p.date_of_birth, self.clock.today()),
            phone=p.phone,
            email=p.email,
            address=p.address,
            city=p.city,
            pin_code=p.pin_code,
            blood_group=p.blood_group,
            abha_number=p.abha_number,
            abha_address=p.abha_address,
            emergency_name=p.emergency_name,
            emergency_phone=p.emergency_phone,
            allergies=p.allergies,
            created_at=p.created_at,
            row_version=p.row_version,
            warnings=tuple(warnings),
            allergy_status=p.allergy_status or AllergyStatus.UNKNOWN.value,
            allergy_by=p.allergy_by,
            allergy_at=p.allergy_at,
            landline=p.landline,
            preferred_language=p.preferred_language,
        )

    @read_retry
    def get(self, actor: Actor, patient_id: int) -> PatientDetail:
        require(self._db, actor, Action.PATIENT_VIEW, "patient", patient_id)
        shows_allergies = allowed(actor.role, Action.ALLERGY_VIEW)
        # the allergy list is clinical (issue 12): a desk that sees it leaves an audit row, in the
        # same unit as the read; one that does not is given the record without it. The retry on a
        # lost connection is safe: the only row written is the view's (at worst recorded twice)
        with self._db.write() if shows_allergies else self._db.read() as s:
            p = s.get(Patient, patient_id)
            if p is None:
                raise NotFound(f"There is no patient with id {patient_id}.")
            detail = self._detail(p)
            if shows_allergies:
                audit.record(
                    s, actor, "clinical.view", "allergies", patient_id,
                    {"patient_id": patient_id, "access": "patient record"},
                )  # fmt: skip
        if not shows_allergies:  # minimum necessary (issue 12)
            return dataclasses.replace(
                detail, allergies=None, allergy_status=AllergyStatus.UNKNOWN.value, allergy_by=None,
                allergy_at=None, allergies_shown=False,
            )  # fmt: skip
        return detail

    def register(
        self,
        actor: Actor,
        data: PatientInput,
        *,
        duplicate_of: Sequence[int] = (),
        duplicate_reason: str | None = None,
    ) -> PatientDetail:
        """Register a new patient and give them an MRN (from their id, with a check character).

        ``duplicate_of``: the look-alike patients the desk was shown and chose not to use; then
        ``duplicate_reason`` (required) is audited with them, in the same transaction."""
        require(self._db, actor, Action.PATIENT_REGISTER, "patient")
        values, warnings = validate(data, self.clock.today())
        reason = None
        if duplicate_of:
            reason = clean_text(
                duplicate_reason, "duplicate_reason", 300, required="Say why this is a different patient."
            )
        stamp_allergies(values, actor, None, None, self.clock.now())
        with self._db.write() as s:
            p = insert_patient(s, actor, values)
            if duplicate_of:
                audit.record(
                    s, actor, "patient.register_not_duplicate", "patient", p.id,
                    {"look_alikes": sorted(int(i) for i in duplicate_of), "reason": reason},
                )  # fmt: skip
            return self._detail(p, warnings)

    # --- search, duplicates, edit (see patient_search.py / patient_edit.py) -----------------

    @read_retry
    def search(self, actor: Actor, text: str, limit: int = 50) -> list[PatientRow]:
        """Patients matching what the desk typed: name tokens, phone (or its last 4+ digits), MRN, ABHA."""
        require(self._db, actor, Action.PATIENT_VIEW)
        limit = max(1, min(limit, MAX_PAGE))
        today = self.clock.today()
        with self._db.read() as s:
            return [self._row(r, today) for r in run_search(s, text, limit)]

    @read_retry
    def find_duplicates(
        self,
        actor: Actor,
        first_name: str | None,
        last_name: str | None = None,
        phone: str | None = None,
        date_of_birth: dt.date | None = None,
        age_years: int | None = None,
        sex: str | None = None,
        limit: int = 5,
    ) -> list[DuplicateCandidate]:
        """Registered patients that look like the one being typed, best first, with reasons."""
        require(self._db, actor, Action.PATIENT_VIEW)
        typed = Typed(first_name, last_name, normalise_mobile(phone), date_of_birth, age_years, sex)
        with self._db.read() as s:
            return duplicate_candidates(s, typed, self.clock.today(), limit)

    @read_retry
    def history(self, actor: Actor, patient_id: int) -> PatientHistory:
        """Appointments, visits and invoices; diagnoses only for a clinician treating the patient (or
        with a break-the-glass grant), and that view is audited like any clinical view."""
        require(self._db, actor, Action.PATIENT_VIEW, "patient", patient_id)
        with self._db.read() as s:
            why = None
            if allowed(actor.role, Action.CLINICAL_VIEW):
                why = clinical_relationship(s, actor, patient_id, self.clock.now())
            complaints = sees_triage(actor.role)  # minimum necessary: not the cashier's or admin's
            history = patient_history(s, patient_id, self.clock.zone, why is not None, complaints)
        if why is not None:
            record_separately(
                self._db,
                actor,
                "clinical.view",
                AuditOutcome.OK,
                "patient",
                patient_id,
                {"patient_id": patient_id, "access": why, "what": "diagnoses in history"},
            )
        return history

    def update(
        self, actor: Actor, patient_id: int, expected_version: int, data: PatientInput
    ) -> PatientDetail:
        """Save an edit made on version ``expected_version``; PatientChanged if someone saved first."""
        require(self._db, actor, Action.PATIENT_EDIT, "patient", patient_id)
        values, warnings = validate(data, self.clock.today())
        try:
            with self._db.write() as s:
                p = s.get(Patient, patient_id)
                if p is None:
                    raise NotFound(f"There is no patient with id {patient_id}.")
                if p.row_version != expected_version:
                    raise changed_error(s, p, values)
                stamp_allergies(values, actor, p.allergy_status, p.allergies, self.clock.now())
                changes = apply_changes(p, values)
                if changes:
                    p.updated_at = self.clock.now()
                    p.updated_by = actor.user_id
                    s.flush()
                    audit.record(s, actor, "patient.update", "patient", p.id, {"changes": changes})
                return self._detail(p, warnings)
        except PatientChanged:
            raise
        except ConcurrentChange:
            # saved by another desk between our read and our UPDATE: say who and what
            with self._db.read() as s:
                p = s.get(Patient, patient_id)
                if p is None:
                    raise NotFound(f"There is no patient with id {patient_id}.") from None
                raise changed_error(s, p, values) from None
