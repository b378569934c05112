"""Triage: recording vitals and the level, the admin-editable rule table, and the triage scale.

The live assessment (:func:`assess`, also ``TriageService.assess``) is pure: the triage form calls it
on every keystroke with the rules it loaded once, so NEWS2 and the suggested level update without a
database round trip. The service re-runs the same assessment when the form is saved, so what is
stored never depends on the form's arithmetic.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, true
from sqlalchemy.orm import Session

from hms_desktop.db.engine import Database
from hms_desktop.db.models import Patient, QueueEntry, TriageRule, TriageScaleLevel
from hms_desktop.domain import queue as qd
from hms_desktop.domain import triage as td
from hms_desktop.domain.enums import AuditOutcome, QueueStatus
from hms_desktop.domain.permissions import Action
from hms_desktop.domain.validation import as_decimal, clean_text
from hms_desktop.errors import ConcurrentChange, ConfirmationNeeded, NotFound, ValidationError
from hms_desktop.services import audit
from hms_desktop.services.changes import ChangeTopic, mark
from hms_desktop.services.context import Actor
from hms_desktop.services.guard import read_retry, require
from hms_desktop.services.queue_types import QueueRow, ScaleLevelInfo, TriageAssessment, TriageInput
from hms_desktop.services.triage_types import RuleInfo, RuleInput

if TYPE_CHECKING:
    from hms_desktop.services.queue_read import QueueReader

# what a triage writes on the queue entry: the audit row keeps each reading it overwrote, old and new
_RECORDED = (
    "chief_complaint", "resp_rate", "spo2", "on_oxygen", "hypercapnic", "systolic_bp", "diastolic_bp",
    "pulse", "temperature_c", "consciousness", "pain_score", "glucose_mgdl", "weight_kg", "is_pregnant",
)  # fmt: skip
_READINGS = (
    "resp_rate", "spo2", "systolic_bp", "diastolic_bp", "pulse", "temperature_c", "pain_score",
    "glucose_mgdl", "weight_kg",
)  # fmt: skip


def _readings(data: TriageInput) -> td.Readings:
    return td.Readings(
        resp_rate=data.resp_rate,
        spo2=data.spo2,
        on_oxygen=data.on_oxygen,
        hypercapnic=data.hypercapnic,
        systolic_bp=data.systolic_bp,
        diastolic_bp=data.diastolic_bp,
        pulse=data.pulse,
        consciousness=data.consciousness if data.consciousness in td.CONSCIOUSNESS else None,
        temperature_c=None if data.temperature_c is None else float(data.temperature_c),
        glucose_mgdl=None if data.glucose_mgdl is None else float(data.glucose_mgdl),
    )


def _possible(name: str, value: Any) -> bool:
    lo, hi = td.VITAL_RANGES[name].possible
    reading = td.reading_value(name, value)  # None for text, NaN, a fractional pulse...
    return reading is not None and lo <= reading <= hi


def assess(data: TriageInput, rules: Sequence[td.Discriminator]) -> TriageAssessment:
    """NEWS2 (or the paediatric / obstetric chart), the suggested level and the range checks for what
    the form holds right now. A reading the range check refuses is left out of the suggestion."""
    errors, warnings = td.check_vitals({name: getattr(data, name) for name in _READINGS})
    if data.consciousness is not None and data.consciousness not in td.CONSCIOUSNESS:
        errors["consciousness"] = "Choose A, C, V, P or U (ACVPU)."
    # an impossible reading is left out; a diastolic at or above the systolic is kept (which of the two
    # is wrong is unknown, and leaving one out could lower the level the other already raised)
    cleared: dict[str, Any] = {
        name: None for name in errors if name in _READINGS and not _possible(name, getattr(data, name))
    }
    valid = dataclasses.replace(data, **cleared)
    readings = _readings(valid)
    chart = td.chart_for(data.age_years, data.pregnant)
    vitals = readings.news2_vitals() if chart == td.CHART_NEWS2 and not errors else None
    suggestion = td.suggest_level(
        data.chief_complaint,
        rules,
        pain_score=valid.pain_score,
        readings=readings,
        age_years=data.age_years,
        pregnant=data.pregnant,
    )
    return TriageAssessment(
        news2_score=td.news2_score(vitals) if vitals else None,
        news2_risk=td.news2_risk(vitals) if vitals else None,
        news2_parts=td.news2_components(vitals) if vitals else {},
        suggested_level=suggestion.level,
        reasons=suggestion.reasons,
        specialisation=suggestion.specialisation,
        warnings=warnings,
        errors=errors,
        chart=suggestion.chart,
        chart_note=suggestion.chart_note,
    )


def rules_for(s: Session) -> list[td.Discriminator]:
    return [
        td.Discriminator(r.keyword, r.min_level, r.specialisation)
        for r in s.scalars(select(TriageRule).where(TriageRule.is_active == true()).order_by(TriageRule.id))
    ]


def suggestion_for(
    entry: QueueEntry, rules: Sequence[td.Discriminator], age_years: float | None = None
) -> td.LevelSuggestion:
    return td.suggest_level(
        entry.chief_complaint,
        rules,
        pain_score=entry.pain_score,
        age_years=age_years,
        pregnant=bool(entry.is_pregnant),
    )


def entry_age(s: Session, entry: QueueEntry, on: dt.date) -> float | None:
    """The patient's age in years on ``on`` (None when the date of birth is unknown)."""
    patient = s.get(Patient, entry.patient_id)
    return td.age_in_years(patient.date_of_birth if patient else None, on)


def _dec(value: Decimal | float | None, places: str) -> Decimal | None:
    # checked first (td.reading_problem): never more decimals than ``places``, so this never rounds
    number = as_decimal(value)
    return None if number is None else number.quantize(Decimal(places))


def scale_info(levels: Iterable[qd.ScaleLevel]) -> list[ScaleLevelInfo]:
    out = []
    for lv in sorted(levels, key=lambda x: qd.LEVELS.index(x.level)):
        fill, ink = qd.COLOURS[lv.level]
        out.append(ScaleLevelInfo(lv.level, lv.label, lv.target_min, fill, ink, qd.ICONS[lv.level]))
    return out


def load_scale(s: Session) -> list[qd.ScaleLevel]:
    rows = s.scalars(select(TriageScaleLevel)).all()
    if len(rows) != len(qd.LEVELS):  # never configured (or damaged): the default Manchester scale
        return list(qd.DEFAULT_SCALE)
    return [qd.ScaleLevel(r.triage_level, r.label, r.target_min) for r in rows]


class TriageService:
    assess = staticmethod(assess)  # the form's live assessment: pure, no database

    def __init__(self, db: Database, queue: QueueReader) -> None:
        self._db = db
        self._queue = queue

    @read_retry
    def rules(self, actor: Actor, *, include_inactive: bool = False) -> list[RuleInfo]:
        require(self._db, actor, Action.QUEUE_VIEW, "triage_rule")
        with self._db.read() as s:
            stmt = select(TriageRule).order_by(TriageRule.keyword)
            if not include_inactive:
                stmt = stmt.where(TriageRule.is_active == true())
            return [
                RuleInfo(r.id, r.keyword, r.min_level, r.specialisation, r.is_active) for r in s.scalars(stmt)
            ]

    @read_retry
    def current(self, actor: Actor, entry_id: int) -> TriageInput:
        """What was recorded at the last triage (empty fields when not triaged yet).

        Complaint, vitals and pregnancy are clinical: only those who triage (desk, nurses, doctors)
        read them, and each read is audited (``clinical.view``, reason ``triage``)."""
        require(self._db, actor, Action.TRIAGE_RECORD, "queue_entry", entry_id)
        audit.record_separately(
            self._db, actor, "clinical.view", AuditOutcome.OK, "queue_entry", entry_id, {"reason": "triage"}
        )
        with self._db.read() as s:
            e = s.get(QueueEntry, entry_id)
            if e is None:
                raise NotFound(f"There is no queue entry {entry_id}.")
            overridden = e.triage_level is not None and e.triage_level != e.suggested_level
            return TriageInput(
                age_years=entry_age(s, e, self._queue.clock.today()),
                chief_complaint=e.chief_complaint,
                resp_rate=e.resp_rate,
                spo2=e.spo2,
                on_oxygen=bool(e.on_oxygen),
                hypercapnic=bool(e.hypercapnic),
                systolic_bp=e.systolic_bp,
                diastolic_bp=e.diastolic_bp,
                pulse=e.pulse,
                temperature_c=e.temperature_c,
                consciousness=e.consciousness,
                pain_score=e.pain_score,
                glucose_mgdl=e.glucose_mgdl,
                weight_kg=e.weight_kg,
                pregnant=bool(e.is_pregnant),
                level=e.triage_level if overridden else None,
                override_reason=e.override_reason if overridden else None,
            )

    @staticmethod
    def discriminators(rules: Sequence[RuleInfo]) -> list[td.Discriminator]:
        return [td.Discriminator(r.keyword, r.min_level, r.specialisation) for r in rules if r.is_active]

    def record(
        self, actor: Actor, entry_id: int, data: TriageInput, expected_version: int | None = None
    ) -> QueueRow:
        """Store the triage: vitals, NEWS2, the suggested level and the level given (with the reason
        when it differs). Unusual readings need ``confirmed``; impossible ones are refused."""
        require(self._db, actor, Action.TRIAGE_RECORD, "queue_entry", entry_id)
        errors: dict[str, str] = {}
        complaint = clean_text(data.chief_complaint, "chief_complaint", 500, errors, multiline=True)
        reason = clean_text(data.override_reason, "override_reason", 300, errors, multiline=True)
        for flag in ("on_oxygen", "hypercapnic", "pregnant", "confirmed"):
            if not isinstance(getattr(data, flag), bool):
                errors[flag] = "Choose yes or no."
        if data.level is not None and data.level not in qd.LEVELS:
            errors["level"] = "Choose one of the five triage levels."
        with self._db.write() as s:
            found = s.get(QueueEntry, entry_id)
            if found is None:
                raise NotFound(f"There is no queue entry {entry_id}.")
            age = entry_age(s, found, self._queue.clock.today())  # the record's age, not the form's
            result = assess(dataclasses.replace(data, chief_complaint=complaint, age_years=age), rules_for(s))
            errors.update(result.errors)
            if errors:
                raise ValidationError(errors)
            if result.warnings and not data.confirmed:
                raise ConfirmationNeeded(result.warnings)
            level = data.level or result.suggested_level
            overridden = level != result.suggested_level
            if overridden and (reason is None or len(reason) < 3):
                raise ValidationError(
                    {"override_reason": "Say why you chose a different level from the suggested one."}
                )
            entry = s.get(QueueEntry, entry_id, with_for_update=True)
            if entry is None:
                raise NotFound(f"There is no queue entry {entry_id}.")
            # a changed version overwrites nothing when no triage is on the entry yet (a doctor called
            # the patient, the desk assigned them): only another nurse's triage is a conflict
            merged = expected_version is not None and entry.row_version != expected_version
            if merged and entry.triaged_at is not None:
                raise ConcurrentChange(
                    "Another desk changed this patient's queue entry a moment ago; check and save again."
                )
            if entry.status not in (QueueStatus.WAITING, QueueStatus.CALLED, QueueStatus.IN_CONSULT):
                raise ValidationError({"status": "This visit has ended; it can no longer be triaged."})
            before = entry.triage_level
            old_readings = {n: getattr(entry, n) for n in _RECORDED}  # kept in the audit row (issue 12)
            entry.chief_complaint = complaint
            for name in td.WHOLE_VITALS:  # checked whole numbers (a spin box may hand over 98.0)
                value = getattr(data, name)
                setattr(entry, name, None if value is None else int(value))
            entry.on_oxygen = data.on_oxygen
            entry.hypercapnic = data.hypercapnic
            entry.temperature_c = _dec(data.temperature_c, "0.1")
            entry.glucose_mgdl = _dec(data.glucose_mgdl, "0.1")
            entry.weight_kg = _dec(data.weight_kg, "0.01")
            entry.consciousness = data.consciousness
            entry.is_pregnant = data.pregnant
            entry.news2_score = result.news2_score
            entry.suggested_level = result.suggested_level
            entry.triage_level = level
            entry.override_reason = reason if overridden else None
            entry.triaged_by = actor.user_id
            entry.triaged_at = self._queue.clock.now()
            s.flush()
            details: dict[str, Any] = {
                "level": [before, level],
                "readings": audit.changes(old_readings, {n: getattr(entry, n) for n in _RECORDED}),
                "suggested": result.suggested_level,
                "news2": result.news2_score,
                "reasons": result.reasons,
            }
            if result.chart != td.CHART_NEWS2:
                details["chart"] = result.chart
            if merged:
                details["version"] = [expected_version, entry.row_version]  # saved over a non-triage change
            if result.warnings:
                details["confirmed_readings"] = sorted(result.warnings)
            if overridden:
                details["override_reason"] = reason
            action = "queue.triage_override" if overridden else "queue.triage"
            audit.record(s, actor, action, "queue_entry", entry.id, details)
            mark(s, ChangeTopic.QUEUE)
            return self._queue.row_in(s, entry.id, actor)

    # --- the rule table and the scale (admin) ----------------------------------------------------

    def _rule_errors(self, data: RuleInput) -> dict[str, str]:
        errors = {}
        keyword = " ".join(data.keyword.split()).lower() if isinstance(data.keyword, str) else ""
        if len(keyword) < 3:
            errors["keyword"] = "Enter a sign of at least 3 letters, e.g. 'chest pain'."
        elif len(keyword) > 80:
            errors["keyword"] = "At most 80 characters."
        if data.min_level not in qd.LEVELS:
            errors["min_level"] = "Choose one of the five triage levels."
        clean_text(keyword, "keyword", 80, errors)  # no NUL or control characters
        clean_text(data.specialisation, "specialisation", 80, errors)
        if not isinstance(data.is_active, bool):
            errors["is_active"] = "Active or not (yes or no)."
        return errors

    def save_rule(self, actor: Actor, data: RuleInput, rule_id: int | None = None) -> RuleInfo:
        require(self._db, actor, Action.TRIAGE_RULES_MANAGE, "triage_rule", rule_id)
        errors = self._rule_errors(data)
        if errors:
            raise ValidationError(errors)
        keyword = " ".join(data.keyword.split()).lower()
        spec = (data.specialisation or "").strip() or None
        with self._db.write() as s:
            if rule_id is None:
                rule = TriageRule(keyword=keyword, min_level=data.min_level, specialisation=spec)
                rule.is_active = data.is_active
                s.add(rule)
                before: dict[str, Any] = {}
            else:
                found = s.get(TriageRule, rule_id)
                if found is None:
                    raise NotFound(f"There is no triage rule {rule_id}.")
                rule = found
                before = {"keyword": rule.keyword, "min_level": rule.min_level,
                          "specialisation": rule.specialisation, "is_active": rule.is_active}  # fmt: skip
                rule.keyword, rule.min_level, rule.specialisation = keyword, data.min_level, spec
                rule.is_active = data.is_active
            s.flush()
            after = {"keyword": keyword, "min_level": data.min_level, "specialisation": spec,
                     "is_active": data.is_active}  # fmt: skip
            audit.record(
                s, actor, "triage.rule_save", "triage_rule", rule.id,
                {k: [before.get(k), v] for k, v in after.items() if before.get(k) != v},
            )  # fmt: skip
            mark(s, ChangeTopic.TRIAGE_RULES)
            return RuleInfo(rule.id, rule.keyword, rule.min_level, rule.specialisation, rule.is_active)

    def save_scale(self, actor: Actor, levels: Sequence[qd.ScaleLevel]) -> list[ScaleLevelInfo]:
        """Rename or retime the five levels (e.g. from a preset in ``domain.queue.SCALE_PRESETS``)."""
        require(self._db, actor, Action.TRIAGE_RULES_MANAGE, "triage_scale")
        if isinstance(levels, str | bytes | dict) or not isinstance(levels, Iterable):
            raise ValidationError({"scale": "The scale is a list of its five levels."})
        levels = list(levels)
        if not all(isinstance(lv, qd.ScaleLevel) for lv in levels):
            raise ValidationError({"scale": "Each level of the scale is a colour, a name and a target."})
        cleaned = [  # only text is stripped: validate_scale refuses a label that is none, at its level
            qd.ScaleLevel(
                lv.level, lv.label.strip() if isinstance(lv.label, str) else lv.label, lv.target_min
            )
            for lv in levels
        ]
        errors = qd.validate_scale(cleaned)
        if errors:
            raise ValidationError(errors)
        with self._db.write() as s:
            rows = {r.triage_level: r for r in s.scalars(select(TriageScaleLevel))}
            changes = {}
            for lv in cleaned:
                row = rows.get(lv.level)
                if row is None:
                    s.add(TriageScaleLevel(triage_level=lv.level, label=lv.label, target_min=lv.target_min))
                    changes[lv.level] = [None, f"{lv.label} {lv.target_min}"]
                elif (row.label, row.target_min) != (lv.label, lv.target_min):
                    changes[lv.level] = [f"{row.label} {row.target_min}", f"{lv.label} {lv.target_min}"]
                    row.label, row.target_min = lv.label, lv.target_min
            s.flush()
            audit.record(s, actor, "triage.scale_save", "triage_scale", None, changes)
            mark(s, ChangeTopic.QUEUE)  # target times move rows: every desk re-reads the queue
            return scale_info(load_scale(s))
