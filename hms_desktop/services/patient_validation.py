"""The registration form's rules: each field typed and checked, the column values and the warnings.

``validate`` is shared by the desk's registration, the walk-in and the import (``import_plan``).
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import re
from typing import Any

from hms_desktop.domain.allergies import AllergyStatus, check_allergy_input
from hms_desktop.domain.enums import Sex
from hms_desktop.domain.identifiers import (
    check_abha,
    landline_problem,
    mobile_problem,
    normalise_landline,
    normalise_mobile,
    pin_is_valid,
)
from hms_desktop.domain.instructions import ENGLISH, language_names, shipped_packs
from hms_desktop.domain.validation import DateKind, clean_date, clean_int, clean_text
from hms_desktop.errors import ValidationError
from hms_desktop.services.context import Actor
from hms_desktop.services.patients_types import BLOOD_GROUPS, TEXT_LIMITS, PatientInput

_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_ABHA_ADDRESS_RE = re.compile(r"^[a-z0-9][a-z0-9._]{2,}@(abdm|sbx)$")


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
