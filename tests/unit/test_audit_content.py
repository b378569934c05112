"""Every change of clinical data keeps the old value in its audit row (issue 12): triage readings,
a consultation's notes, diagnoses and vitals (save and complete), and a doctor's weekly schedule."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import select

from hms_desktop.db.engine import Database
from hms_desktop.db.models import AuditLog
from hms_desktop.services.consultation_types import ConsultationInput, DiagnosisInput
from hms_desktop.services.queue_types import TriageInput
from hms_desktop.services.scheduling_types import SessionInput
from tests.unit.queue_clinic import QueueClinic, build_clinic


@pytest.fixture
def c(db: Database) -> QueueClinic:
    return build_clinic(db)


def _details(c: QueueClinic, action: str) -> list[dict[str, Any]]:
    with c.db.read() as s:
        query = select(AuditLog.details).where(AuditLog.action == action).order_by(AuditLog.id)
        rows = s.scalars(query).all()
    return [json.loads(r) for r in rows if r]


def test_re_triage_keeps_the_readings_it_overwrote(c: QueueClinic) -> None:
    entry = c.walk_in("Ravi", complaint="cough")
    c.sv.triage.record(c.nurse, entry, TriageInput(chief_complaint="cough", pulse=88, spo2=97))
    worse = TriageInput(chief_complaint="cough, now breathless", pulse=112, spo2=93, confirmed=True)
    c.sv.triage.record(c.nurse, entry, worse)
    last = _details(c, "queue.triage")[-1]["readings"]
    assert last["pulse"] == [88, 112] and last["spo2"] == [97, 93]
    assert last["chief_complaint"] == ["cough", "cough, now breathless"]


def test_a_saved_draft_and_the_completion_keep_the_old_notes(c: QueueClinic) -> None:
    entry = c.walk_in("Meera", complaint="fever")
    assert c.sv.queue.call_next(c.gp) is not None
    view = c.sv.consultation.start(c.gp, entry)
    c.sv.consultation.save_draft(c.gp, view.id, ConsultationInput(subjective="Fever 2 days"))
    done = ConsultationInput(subjective="Fever 3 days, no cough", diagnoses=(DiagnosisInput("", "R50.9"),),
                             vitals={"pulse": 96})  # fmt: skip
    c.sv.consultation.complete(c.gp, view.id, done)
    saved = _details(c, "consultation.save")[-1]["changes"]
    assert saved["subjective"] == [None, "Fever 2 days"]
    completed = _details(c, "consultation.complete")[-1]["changes"]
    assert completed["subjective"] == ["Fever 2 days", "Fever 3 days, no cough"]
    assert completed["diagnoses"][0] == [] and "R50.9" in completed["diagnoses"][1][0]
    assert completed["vitals.pulse"][1] == 96


def test_a_new_schedule_keeps_the_old_week(c: QueueClinic) -> None:
    c.sv.scheduling.set_schedule(c.admin, c.gp.doctor_id or 0, [SessionInput(0, "09:00", "13:00", 15)])
    sessions = _details(c, "schedule.set")[-1]["sessions"]
    old, new = sessions
    assert len(old) == 7 and new == [[0, 540, 780, 15]]
