"""The clinic's identity and organisation: settings (GSTIN, address, defaults), departments, doctors."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import zoneinfo
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import func, select, true

from hms_desktop.db.base import Str, utcnow
from hms_desktop.db.engine import Database
from hms_desktop.db.models import ClinicSetting, Department, Doctor
from hms_desktop.domain.clock import Clock
from hms_desktop.domain.gst import MAX_BACKDATE_DAYS, PLACE_CODES, STATE_NAMES
from hms_desktop.domain.identifiers import MRN_PREFIX_RE, normalise_gstin, pin_is_valid
from hms_desktop.domain.instructions import ENGLISH, language_names, shipped_packs
from hms_desktop.domain.permissions import Action
from hms_desktop.domain.validation import clean_text, decimal_problem, int_problem
from hms_desktop.errors import ConcurrentChange, ValidationError
from hms_desktop.services import audit
from hms_desktop.services.clinic_row import CLINIC_ROW_ID, clinic_row
from hms_desktop.services.clinic_types import (
    EDITABLE,
    FIELD_LABELS,
    MAX_DRAFT_KEEP_DAYS,
    MAX_LOGO_BYTES,
    REG_EXPIRY_WARN_DAYS,
    ClinicInfo,
    DepartmentInfo,
    DoctorInfo,
)
from hms_desktop.services.context import Actor
from hms_desktop.services.guard import read_retry, require

__all__ = ["ClinicService"]


_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# NPCI: a VPA is handle@psp; handles of 2-256 of [a-zA-Z0-9.-_], PSP names letters (and digits)
_VPA_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{1,255}@[A-Za-z][A-Za-z0-9]{1,63}$")


def _changed_meanwhile(loaded: ClinicInfo | None, now: ClinicInfo) -> str:
    """The refusal of a stale save, naming what the other administrator changed when known."""
    base = "Somebody else saved the clinic settings while you were editing"
    if loaded is None or loaded.row_version == 0:
        return f"{base}; reload and try again."
    changed = [
        f"{FIELD_LABELS.get(k, k)} ({_shown(getattr(loaded, k))} → {_shown(getattr(now, k))})"
        if k != "logo_png"
        else "logo"
        for k in EDITABLE
        if getattr(loaded, k) != getattr(now, k)
    ]
    if not changed:
        return f"{base}; reload and try again."
    return f"{base}. They changed: {'; '.join(changed)}. Reload to see their values, then save yours."


def _shown(value: object) -> str:
    return "blank" if value is None or value == "" else str(value)


def _info(row: ClinicSetting) -> ClinicInfo:
    return ClinicInfo(**{f.name: getattr(row, f.name) for f in dataclasses.fields(ClinicInfo)})


def _text_limit(key: str) -> int | None:
    """The length of the settings column ``key`` when it holds text, else None."""
    column = ClinicSetting.__table__.c.get(key)
    if column is None or not isinstance(column.type, Str):
        return None
    length = column.type.impl_instance.length  # type: ignore[attr-defined]
    return int(length) if length else None


def _clean(fields: dict[str, Any]) -> dict[str, Any]:
    """Validate and normalise submitted settings; ValidationError lists every bad field."""
    errors: dict[str, str] = {}
    out: dict[str, Any] = {}
    for key, value in fields.items():
        if key not in EDITABLE:
            errors[key] = "Not a clinic setting."
            continue
        limit = _text_limit(key)
        if limit is not None:  # a text column: the shared rule, never cut to fit
            value = clean_text(value, key, limit, errors)
        elif isinstance(value, str):
            value = value.strip() or None
        out[key] = value
    if "legal_name" in out and not out["legal_name"]:
        errors["legal_name"] = "Enter the clinic's legal name (as registered for GST)."
    if out.get("gstin"):
        gstin = normalise_gstin(out["gstin"])
        if gstin is None:
            errors["gstin"] = (
                "Not a valid GSTIN: check the 15 characters (the last one is a check character)."
            )
        out["gstin"] = gstin
    if out.get("state_code") and not re.fullmatch(r"\d{2}", out["state_code"]):
        errors["state_code"] = "The GST state code has two digits (e.g. 29 for Karnataka)."
    elif out.get("state_code") and out["state_code"] not in PLACE_CODES:
        errors["state_code"] = "Not a GST State code: 01-38 or 97 (e.g. 29 Karnataka, 38 Ladakh)."
    if out.get("pin_code") and not pin_is_valid(out["pin_code"]):
        errors["pin_code"] = "A PIN code has six digits and does not start with 0."
    if out.get("email") and not _EMAIL_RE.match(out["email"]):
        errors["email"] = "Not an e-mail address."
    if "mrn_prefix" in out:
        prefix = (out["mrn_prefix"] or "").upper()
        if not MRN_PREFIX_RE.match(prefix):
            errors["mrn_prefix"] = "The MRN prefix is 1-6 letters."
        out["mrn_prefix"] = prefix
    if out.get("local_language"):
        language = str(out["local_language"]).lower()
        if language == ENGLISH:
            out["local_language"] = None
        elif language not in shipped_packs():
            errors["local_language"] = f"Choose one of {', '.join(language_names())}."
        else:
            out["local_language"] = language
    if "time_zone" in out:
        try:
            zoneinfo.ZoneInfo(str(out["time_zone"]))
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            errors["time_zone"] = "Unknown time zone (e.g. Asia/Kolkata)."
    if "idle_lock_min" in out:  # the shared rule: a whole number (no text, no infinity)
        if int_problem(out["idle_lock_min"], minimum=1, maximum=240) is not None:
            errors["idle_lock_min"] = "Between 1 and 240 minutes."
        else:
            out["idle_lock_min"] = int(out["idle_lock_min"])
    if "backdate_days" in out:  # a whole number of days; a month at most (GST returns are monthly)
        if int_problem(out["backdate_days"], minimum=0, maximum=MAX_BACKDATE_DAYS) is not None:
            errors["backdate_days"] = f"Between 0 (today only) and {MAX_BACKDATE_DAYS} days."
        else:
            out["backdate_days"] = int(out["backdate_days"])
    if "draft_keep_days" in out:  # a patient's notes on a desk's disk: a day to a quarter at most
        if int_problem(out["draft_keep_days"], minimum=1, maximum=MAX_DRAFT_KEEP_DAYS) is not None:
            errors["draft_keep_days"] = f"Between 1 and {MAX_DRAFT_KEEP_DAYS} days."
        else:
            out["draft_keep_days"] = int(out["draft_keep_days"])
    if "discount_limit_pct" in out:
        try:
            out["discount_limit_pct"] = Decimal(str(out["discount_limit_pct"])).quantize(Decimal("0.01"))
            if not 0 <= out["discount_limit_pct"] <= 100:
                raise ValueError
        except (InvalidOperation, ValueError):
            errors["discount_limit_pct"] = "A percentage between 0 and 100."
    if "token_per_dept" in out and not isinstance(out["token_per_dept"], bool):
        errors["token_per_dept"] = "Choose yes or no."
    if "discount_limit_pct" in out and "discount_limit_pct" not in errors:
        raw = fields.get("discount_limit_pct")
        if isinstance(raw, str):  # the settings form sends the line edit's text
            try:
                raw = Decimal(raw.strip())
            except InvalidOperation:
                raw = None
        if decimal_problem(raw, digits=5, places=2, minimum=0, maximum=100) is not None:
            errors["discount_limit_pct"] = "A percentage between 0 and 100, with at most 2 decimals."
    if out.get("upi_vpa") and not _VPA_RE.match(out["upi_vpa"]):
        errors["upi_vpa"] = "A UPI ID looks like clinicname@okhdfcbank (name, @, the bank's handle)."
    if out.get("estab_reg_no") and len(out["estab_reg_no"]) > 60:
        errors["estab_reg_no"] = "At most 60 characters."
    if "logo_png" in out:
        logo = out["logo_png"] or None
        if logo is not None and not isinstance(logo, bytes):
            errors["logo_png"] = "The logo must be image data."
        elif logo is not None and not logo.startswith((b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")):
            errors["logo_png"] = "The logo must be a PNG or JPEG image."
        elif logo is not None and len(logo) > MAX_LOGO_BYTES:
            errors["logo_png"] = "The logo is too large: scale it to at most 512 KB (e.g. 600 pixels wide)."
        out["logo_png"] = logo
    if out.get("state_code") and "state_code" not in errors and not out.get("state_name"):
        out["state_name"] = STATE_NAMES.get(out["state_code"])
    if errors:
        raise ValidationError(errors)
    return out


class ClinicService:
    def __init__(self, db: Database, clock: Clock | None = None) -> None:
        self._db = db
        self.clock = clock or Clock()

    @read_retry
    def settings(self) -> ClinicInfo:
        """The clinic settings (no permission needed: the sign-in screen shows the clinic's name)."""
        with self._db.read() as s:
            row = clinic_row(s)
            return ClinicInfo(legal_name="") if row is None else _info(row)

    def follow_settings(self) -> ClinicInfo:
        """Re-read the settings row and point the shared clock at its time zone (after another desk
        saved them: the desk calls this when the clinic settings change)."""
        info = self.settings()
        self._follow(info)
        return info

    def _follow(self, info: ClinicInfo) -> None:
        if info.row_version and info.time_zone:
            self.clock.set_zone(info.time_zone)

    def update_settings(
        self,
        actor: Actor,
        *,
        expected_version: int | None = None,
        loaded: ClinicInfo | None = None,
        **fields: Any,
    ) -> ClinicInfo:
        """Save changed settings. ``expected_version`` is the ``row_version`` the form was loaded with
        (or ``loaded.row_version``); if somebody saved in between, ConcurrentChange is raised, naming
        the fields they changed when ``loaded`` is the settings the form showed, and nothing is
        written."""
        if expected_version is None and loaded is not None:
            expected_version = loaded.row_version
        require(self._db, actor, Action.SETTINGS_MANAGE, "clinic_setting", 1)
        values = _clean(dict(fields))
        with self._db.write() as s:
            row = clinic_row(s, for_update=True)
            if row is None:
                if not values.get("legal_name"):
                    raise ValidationError(
                        {"legal_name": "Enter the clinic's legal name (as registered for GST)."}
                    )
                row = ClinicSetting(id=CLINIC_ROW_ID, **values)
                s.add(row)
                before: dict[str, Any] = {}
            else:
                if expected_version is not None and row.row_version != expected_version:
                    raise ConcurrentChange(_changed_meanwhile(loaded, _info(row)))
                before = {k: getattr(row, k) for k in values}
                for key, value in values.items():
                    setattr(row, key, value)
            if row.gstin and row.state_code and row.gstin[:2] != row.state_code:
                raise ValidationError(
                    {"state_code": "The state code must match the first two digits of the GSTIN."}
                )
            row.updated_at = utcnow()
            s.flush()
            diff = audit.changes(before, values)
            if "logo_png" in diff:  # never the image itself in the audit trail
                old_logo, new_logo = diff["logo_png"]
                diff["logo_png"] = [
                    f"image, {len(old_logo)} bytes" if old_logo else None,
                    f"image, {len(new_logo)} bytes" if new_logo else None,
                ]
            audit.record(s, actor, "settings.update", "clinic_setting", CLINIC_ROW_ID, {"changes": diff})
            saved = _info(row)
        self._follow(saved)  # committed: every service's "today" is now in the clinic's zone
        return saved

    @read_retry
    def list_departments(self, actor: Actor, active_only: bool = False) -> list[DepartmentInfo]:
        require(self._db, actor, Action.DOCTOR_VIEW)
        with self._db.read() as s:
            q = select(Department).order_by(Department.name, Department.id)
            if active_only:
                q = q.where(Department.is_active == true())
            return [
                DepartmentInfo(d.id, d.name, d.code, d.opens_min, d.closes_min, d.is_active)
                for d in s.scalars(q)
            ]

    @read_retry
    def list_doctors(
        self, actor: Actor, active_only: bool = True, today: dt.date | None = None
    ) -> list[DoctorInfo]:
        """Doctors with their department; ``today`` (default: the local date) drives the expiry flags."""
        require(self._db, actor, Action.DOCTOR_VIEW)
        day = today or self.clock.today()
        soon = day + dt.timedelta(days=REG_EXPIRY_WARN_DAYS)
        with self._db.read() as s:
            q = (
                select(Doctor, Department.name)
                .join(Department, Department.id == Doctor.department_id)
                .order_by(Doctor.full_name, Doctor.id)
            )
            if active_only:
                q = q.where(Doctor.is_active == true())
            return [
                DoctorInfo(
                    id=d.id,
                    full_name=d.full_name,
                    qualifications=d.qualifications,
                    specialisation=d.specialisation,
                    department_id=d.department_id,
                    department_name=dept,
                    reg_number=d.reg_number,
                    reg_council=d.reg_council,
                    reg_expiry=d.reg_expiry,
                    reg_expired=d.reg_expiry < day,
                    reg_expiring_soon=day <= d.reg_expiry <= soon,
                    consultation_fee=d.consultation_fee,
                    daily_cap=d.daily_cap,
                    room=d.room,
                    phone=d.phone,
                    is_active=d.is_active,
                )
                for d, dept in s.execute(q)
            ]

    @read_retry
    def count_doctors(self, actor: Actor) -> int:
        require(self._db, actor, Action.DOCTOR_VIEW)
        with self._db.read() as s:
            return s.scalar(select(func.count()).select_from(Doctor)) or 0
