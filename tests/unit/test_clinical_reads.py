"""Clinical content through the one clinical rule, and the front desk sees only what it needs (issue 12):
the allergy sweep, triage readings and allergy lists, and the administrator's lack of clinical access."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from hms_desktop.db.engine import Database
from hms_desktop.db.models import AuditLog, QueueEntry
from hms_desktop.errors import PermissionDenied
from hms_desktop.services.consultation_types import DrugLineInput
from hms_desktop.services.patients_types import PatientInput
from hms_desktop.services.queue_types import TriageInput
from hms_desktop.services.visits_types import WalkInInput
from tests.unit.queue_clinic import QueueClinic, build_clinic

AMOX = DrugLineInput("Amoxicillin", "500 mg", "capsule", "1 capsule", "oral", "TDS", duration_days=5)


@pytest.fixture
def c(db: Database) -> QueueClinic:
    return build_clinic(db)


def _patient(c: QueueClinic, entry_id: int) -> int:
    with c.db.read() as s:
        entry = s.get(QueueEntry, entry_id)
        assert entry is not None
        return entry.patient_id


def _rows(c: QueueClinic, action: str) -> list[tuple[str, str | None]]:
    with c.db.read() as s:
        return [
            (o, e)
            for o, e in s.execute(
                select(AuditLog.outcome, AuditLog.entity_id).where(AuditLog.action == action)
            ).all()
        ]


def test_the_allergy_sweep_is_only_for_the_treating_doctor(c: QueueClinic) -> None:
    walk_in = WalkInInput("Meera", "F", 40, None, allergy_status="listed", allergies="Penicillin")
    visit = c.sv.visits.register_walk_in(c.desk, walk_in).queue_entry_id
    pid = _patient(c, visit)
    with pytest.raises(PermissionDenied):
        c.sv.consultation.check(c.cashier, pid, [AMOX])  # a cashier sweeping allergies
    with pytest.raises(PermissionDenied):
        c.sv.consultation.check(c.cardio, pid, [AMOX])  # a doctor who is not treating her
    assert ("denied", str(pid)) in _rows(c, "clinical.check")
    assert c.sv.queue.call_next(c.gp).id == visit  # type: ignore[union-attr]  # Dr Asha calls her
    checks = c.sv.consultation.check(c.gp, pid, [AMOX])
    assert any("enicillin" in ch.message for ch in checks)  # the amoxicillin / penicillin warning


def test_triage_readings_only_for_those_who_triage_and_audited(c: QueueClinic) -> None:
    entry = c.walk_in("Ravi", complaint="chest pain")
    c.sv.triage.record(c.nurse, entry, TriageInput(chief_complaint="chest pain", pulse=110, pregnant=False))
    for actor in (c.cashier, c.admin):
        with pytest.raises(PermissionDenied):
            c.sv.triage.current(actor, entry)
    assert c.sv.triage.current(c.nurse, entry).pulse == 110
    assert ("ok", str(entry)) in _rows(c, "clinical.view")


def test_the_allergy_list_is_not_shown_to_cashier_or_administrator(c: QueueClinic) -> None:
    asha = PatientInput(first_name="Asha", sex="F", age_years=34, allergies="Sulfa drugs")
    p = c.sv.patients.register(c.desk, asha)
    assert c.sv.patients.get(c.nurse, p.id).allergies == "Sulfa drugs"
    assert c.sv.patients.get(c.desk, p.id).allergies == "Sulfa drugs"  # the desk takes the history
    for actor in (c.cashier, c.admin):
        seen = c.sv.patients.get(actor, p.id)
        assert seen.allergies is None and not seen.allergies_shown and seen.first_name == "Asha"
    # every view of the list is audited (who, which patient), the ones without it are not
    with c.db.read() as s:
        views = s.execute(
            select(AuditLog.username, AuditLog.patient_id).where(
                AuditLog.action == "clinical.view", AuditLog.entity == "allergies"
            )
        ).all()
    assert sorted(views) == [(c.desk.username, p.id), (c.nurse.username, p.id)]


def test_the_administrator_has_no_clinical_access(c: QueueClinic) -> None:
    entry = c.walk_in("Sita")
    with pytest.raises(PermissionDenied):
        c.sv.triage.record(c.admin, entry, TriageInput(chief_complaint="fever"))
    with pytest.raises(PermissionDenied):
        c.sv.consultation.break_glass(c.admin, _patient(c, entry), "Administrator wants to look")


def test_the_queue_gives_cashier_and_administrator_the_colour_and_order_not_the_complaint(
    c: QueueClinic,
) -> None:
    """Minimum necessary: the level, target time and order are the whole desk's (queue order, the
    waiting-room board); the complaint, the suggested level and why it changed, and NEWS2 are only
    for those who triage (receptionist, nurse, doctor), in the queue's rows and a patient's visits."""
    complaint = "Vaginal bleeding, 8 weeks pregnant"
    entry = c.walk_in("Lakshmi", complaint=complaint)
    c.walk_in("Second")
    c.sv.triage.record(
        c.nurse,
        entry,
        TriageInput(
            chief_complaint=complaint, resp_rate=18, spo2=97, systolic_bp=104, diastolic_bp=66, pulse=104,
            temperature_c=37.0, consciousness="A",
        ),
    )  # fmt: skip
    seen = {a.username: c.sv.queue.snapshot(a) for a in (c.nurse, c.desk, c.gp, c.cashier, c.admin)}
    nurse_row = next(r for r in seen["nurse"].rows if r.id == entry)
    assert nurse_row.chief_complaint == complaint and nurse_row.news2_score is not None
    assert nurse_row.triage_level is not None and nurse_row.suggested_level is not None
    for who in ("desk", "drasha"):
        assert next(r for r in seen[who].rows if r.id == entry).chief_complaint == complaint
    for who, actor in (("cash", c.cashier), ("admin", c.admin)):
        snap = seen[who]
        row = next(r for r in snap.rows if r.id == entry)
        assert (row.chief_complaint, row.suggested_level, row.override_reason, row.news2_score) == (
            None, None, None, None,
        )  # fmt: skip
        # what the desk needs stays: the colour, the target time and the order
        assert (row.triage_level, row.due_at, row.emergency) == (
            nurse_row.triage_level, nurse_row.due_at, nurse_row.emergency,
        )  # fmt: skip
        assert [r.id for r in snap.rows] == [r.id for r in seen["nurse"].rows]
        assert snap.call_order == seen["nurse"].call_order
        assert "bleeding" not in repr(snap)
        assert c.sv.queue.get(actor, entry).chief_complaint is None
        history = c.sv.patients.history(actor, _patient(c, entry))
        assert history.visits and "bleeding" not in repr(history.visits)
    board = c.sv.queue.display_board(c.cashier)  # the waiting room: tokens and colours as ever
    assert board.waiting_tokens == c.sv.queue.display_board(c.nurse).waiting_tokens
    assert (nurse_row.token_label, nurse_row.triage_level) in board.waiting_tokens
    moved = c.sv.queue.assign(c.admin, entry, c.gp2.doctor_id or 0)  # a write's row is read the same way
    assert moved.chief_complaint is None and moved.news2_score is None
    assert c.sv.queue.get(c.nurse, entry).chief_complaint == complaint
    assert "bleeding" in repr(c.sv.patients.history(c.desk, _patient(c, entry)).visits)
