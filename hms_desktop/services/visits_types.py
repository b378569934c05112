"""Data in and out of the quick walk-in (register and queue in one step)."""

from __future__ import annotations

import dataclasses

from hms_desktop.domain.enums import Sex
from hms_desktop.services.patients_types import PatientDetail


@dataclasses.dataclass(frozen=True)
class WalkInInput:
    first_name: str
    sex: Sex | str
    age_years: int | None
    phone: str | None = None
    last_name: str | None = None
    complaint: str | None = None
    department_id: int | None = None
    # asked at the desk: 'unknown' (not asked), 'nkda' (asked: none) or 'listed' with ``allergies``
    allergy_status: str | None = None
    allergies: str | None = None


@dataclasses.dataclass(frozen=True)
class WalkInResult:
    patient: PatientDetail
    queue_entry_id: int
    token_no: int
    token_series: str
