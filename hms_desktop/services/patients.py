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

import dataclasses
import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import InstrumentedAttribute

from hms_desktop.db.engine import Database
from hms_desktop.db.models import Patient
from hms_desktop.db.profiles import Backend
from hms_desktop.domain.ages import age_text  # re-exported: the age as the desk writes it
from hms_desktop.domain.allergies import AllergyStatus
from hms_desktop.domain.clock import Clock
from hms_desktop.domain.duplicates import Typed
from hms_desktop.domain.enums import AuditOutcome
from hms_desktop.domain.identifiers import normalise_mobile
from hms_desktop.domain.permissions import Action, allowed, sees_triage
from hms_desktop.domain.validation import clean_text
from hms_desktop.errors import ConcurrentChange, NotFound
from hms_desktop.services import audit
from hms_desktop.services.audit import record_separately
from hms_desktop.services.clinical_access import clinical_relationship
from hms_desktop.services.context import Actor
from hms_desktop.services.guard import read_retry, require
from hms_desktop.services.patient_records import (
    ROW_COLUMNS,
    apply_changes,
    changed_error,
    duplicate_candidates,
    insert_patient,
    patient_history,
)
from hms_desktop.services.patient_search import run_search
from hms_desktop.services.patient_validation import stamp_allergies, validate
from hms_desktop.services.patients_types import (
    MAX_PAGE,
    DuplicateCandidate,
    PatientChanged,
    PatientDetail,
    PatientHistory,
    PatientInput,
    PatientRow,
    PatientSort,
)

__all__ = ["PatientService", "age_text", "stamp_allergies", "validate"]


_SORT_COLUMNS: dict[PatientSort, tuple[InstrumentedAttribute[Any], ...]] = {
    PatientSort.NAME: (Patient.first_key, Patient.last_key, Patient.id),
    PatientSort.MRN: (Patient.mrn,),
    PatientSort.REGISTERED: (Patient.created_at, Patient.id),
}
_NULLABLE = frozenset({"last_key", "first_key"})


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


SEARCH_MAX = 200  # what the search box takes: a name, a phone, an MRN or an ABHA number


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
        text = clean_text(text, "text", SEARCH_MAX) or ""  # text only: a NUL or a number is refused
        limit = max(1, min(limit, MAX_PAGE))
        today = self.clock.today()
        with self._db.lookup() as conn:  # Core statements on the cursor (services/patient_search.py)
            found = run_search(conn, text, limit)
        zone = self.clock.zone
        # ROW_COLUMNS in order, unpacked: attribute access and a generator per row cost more than the seek
        return [
            PatientRow.built(
                pid, mrn, f"{first} {last}" if last else first, sex, age_text(dob, today), phone, city,
                created.astimezone(zone).date(), last_key, first_key, created,
            )
            for pid, mrn, first, last, sex, dob, phone, city, created, last_key, first_key, *_ in found
        ]  # fmt: skip

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
