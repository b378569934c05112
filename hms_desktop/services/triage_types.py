"""Data in and out of the triage rule table (the admin's keyword rules); the triage form's own data
is in ``queue_types`` (``TriageInput``, ``TriageAssessment``)."""

from __future__ import annotations

import dataclasses


@dataclasses.dataclass(frozen=True)
class RuleInfo:
    id: int
    keyword: str
    min_level: str
    specialisation: str | None
    is_active: bool


@dataclasses.dataclass(frozen=True)
class RuleInput:
    keyword: str
    min_level: str
    specialisation: str | None = None
    is_active: bool = True
