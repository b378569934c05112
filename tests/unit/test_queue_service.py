"""The queue and triage services on every backend: order, triage, call-next, moves, offers, display."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select, update

from hms_desktop.db.engine import Database
from hms_desktop.db.models import Appointment, AuditLog, QueueEntry
from hms_desktop.domain.queue import ScaleLevel, StillCalled
from hms_desktop.errors import (
    ConcurrentChange,
    ConfirmationNeeded,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from hms_desktop.services.queue_types import QueueRow, StillCalledError, TriageInput, queue_row
from hms_desktop.services.triage_types import RuleInput
from hms_desktop.services.visits_types import WalkInInput
from tests.unit.queue_clinic import QueueClinic, build_clinic

BAD_VITALS = TriageInput(
    chief_complaint="Crushing chest pain since an hour",
    resp_rate=26, spo2=90, systolic_bp=88, diastolic_bp=60, pulse=132,
    temperature_c=36.9, consciousness="A", pain_score=9,
)  # fmt: skip
CALM_VITALS = TriageInput(
    chief_complaint="Sore throat",
    resp_rate=16, spo2=98, systolic_bp=122, diastolic_bp=80, pulse=80,
    temperature_c=37.0, consciousness="A", pain_score=2,
)  # fmt: skip


@pytest.fixture
def c(db: Database) -> QueueClinic:
    return build_clinic(db)


def age(c: QueueClinic, entry_id: int, minutes: int) -> None:
    """Pretend the patient arrived ``minutes`` ago."""
    with c.db.write() as s:
        s.execute(
            update(QueueEntry)
            .where(QueueEntry.id == entry_id)
            .values(arrived_at=c.sv.queue.clock.now() - dt.timedelta(minutes=minutes))
        )


def audit_actions(c: QueueClinic, entity_id: int) -> list[str]:
    with c.db.read() as s:
        return list(
            s.scalars(
                select(AuditLog.action)
                .where(AuditLog.entity == "queue_entry", AuditLog.entity_id == str(entity_id))
                .order_by(AuditLog.id)
            )
        )


# --- triage ----------------------------------------------------------------------------------------


def test_triage_stores_vitals_news2_and_suggested_level(c: QueueClinic) -> None:
    e = c.walk_in("Asha")
    row = c.sv.triage.record(c.nurse, e, BAD_VITALS)
    # chest pain -> orange; pain 9 -> orange; NEWS2 rr 3 + spo2 3 + sbp 3 + pulse 3 = 12 (high) -> red
    assert (row.triage_level, row.suggested_level, row.news2_score) == ("red", "red", 12)
    assert row.emergency and row.target_min == 0
    with c.db.read() as s:
        q = s.get(QueueEntry, e)
        assert q is not None
        assert (q.resp_rate, q.spo2, q.pulse, q.consciousness, q.pain_score) == (26, 90, 132, "A", 9)
        assert str(q.temperature_c) == "36.9" and q.triaged_by == c.nurse.user_id
    assert audit_actions(c, e)[-1] == "queue.triage"


def test_low_news2_never_lowers_a_presenting_sign(c: QueueClinic) -> None:
    e = c.walk_in("Bhavna")
    row = c.sv.triage.record(c.nurse, e, dataclasses.replace(CALM_VITALS, chief_complaint="chest pain"))
    assert row.news2_score == 0 and row.triage_level == "orange"


def test_partial_vitals_are_fine_without_news2(c: QueueClinic) -> None:
    e = c.walk_in("Chaya")
    row = c.sv.triage.record(c.nurse, e, TriageInput(chief_complaint="rash on arms", pulse=88))
    assert row.news2_score is None and row.triage_level == "green"


def test_override_needs_a_reason_and_is_audited(c: QueueClinic) -> None:
    e = c.walk_in("Deepa")
    with pytest.raises(ValidationError) as err:
        c.sv.triage.record(c.nurse, e, dataclasses.replace(CALM_VITALS, level="yellow"))
    assert set(err.value.errors) == {"override_reason"}
    row = c.sv.triage.record(
        c.nurse, e, dataclasses.replace(CALM_VITALS, level="yellow", override_reason="Looks unwell, diabetic")
    )
    assert (row.triage_level, row.suggested_level, row.override_reason) == (
        "yellow",
        "green",
        "Looks unwell, diabetic",
    )
    assert audit_actions(c, e)[-1] == "queue.triage_override"


def test_impossible_readings_refused_unusual_ones_confirmed(c: QueueClinic) -> None:
    e = c.walk_in("Esha")
    with pytest.raises(ValidationError) as err:
        c.sv.triage.record(c.nurse, e, dataclasses.replace(CALM_VITALS, spo2=104, diastolic_bp=130))
    assert set(err.value.errors) == {"spo2", "diastolic_bp"}
    unusual = dataclasses.replace(CALM_VITALS, pulse=180)
    with pytest.raises(ConfirmationNeeded) as need:
        c.sv.triage.record(c.nurse, e, unusual)
    assert set(need.value.errors) == {"pulse"} and "confirm" in need.value.errors["pulse"]
    with c.db.read() as s:
        assert s.get(QueueEntry, e).triage_level is None  # type: ignore[union-attr]
    row = c.sv.triage.record(c.nurse, e, dataclasses.replace(unusual, confirmed=True))
    assert row.news2_score == 3 and row.triage_level == "yellow"  # pulse 180 scores 3 on its own


def test_triage_checks_permission_and_version(c: QueueClinic) -> None:
    e = c.walk_in("Farah")
    with pytest.raises(PermissionDenied):
        c.sv.triage.record(c.cashier, e, CALM_VITALS)
    row = c.sv.queue.get(c.nurse, e)
    c.sv.triage.record(c.nurse, e, CALM_VITALS, expected_version=row.row_version)
    with pytest.raises(ConcurrentChange):
        c.sv.triage.record(c.nurse, e, CALM_VITALS, expected_version=row.row_version)
    with pytest.raises(NotFound):
        c.sv.triage.record(c.nurse, 999_999, CALM_VITALS)


def test_a_triage_saves_over_a_change_that_was_not_a_triage(c: QueueClinic) -> None:
    """The nurse opened the form, then the desk moved the patient to a doctor: the version moved, but
    there is no triage to overwrite, so the triage is saved (issue 18's load test: 23 of 40 triages were
    refused this way) and the audit row names both versions."""
    e = c.walk_in("Hema")
    seen = c.sv.queue.get(c.nurse, e).row_version
    c.sv.queue.assign(c.desk, e, c.gp.doctor_id or 0)
    row = c.sv.triage.record(c.nurse, e, CALM_VITALS, expected_version=seen)
    assert row.triage_level == "green" and row.doctor_id == c.gp.doctor_id
    with c.db.read() as s:
        details = s.scalars(
            select(AuditLog.details).where(AuditLog.action == "queue.triage", AuditLog.entity_id == str(e))
        ).one()
    assert '"version"' in (details or "")


def test_rules_are_data_an_admin_edits(c: QueueClinic) -> None:
    e = c.walk_in("Gita")  # (a snake bite is a seeded sign since migration 0010: orange)
    assert (
        c.sv.triage.record(c.nurse, e, TriageInput(chief_complaint="bee sting on the hand")).triage_level
        == "green"
    )
    with pytest.raises(PermissionDenied):
        c.sv.triage.save_rule(c.nurse, RuleInput("bee sting", "red"))
    rule = c.sv.triage.save_rule(c.admin, RuleInput("Bee  Sting", "red"))
    assert rule.keyword == "bee sting"
    row = c.sv.triage.record(c.nurse, e, TriageInput(chief_complaint="bee sting on the hand"))
    assert row.triage_level == "red"
    c.sv.triage.save_rule(c.admin, RuleInput("bee sting", "red", is_active=False), rule.id)
    assert "bee sting" not in [r.keyword for r in c.sv.triage.rules(c.nurse)]


def test_scale_is_configurable_and_moves_target_times(c: QueueClinic) -> None:
    e = c.walk_in("Hema")
    c.sv.triage.record(c.nurse, e, CALM_VITALS)
    assert c.sv.queue.get(c.nurse, e).target_min == 120
    ctas = [ScaleLevel("red", "Resuscitation", 0), ScaleLevel("orange", "Emergent", 15),
            ScaleLevel("yellow", "Urgent", 30), ScaleLevel("green", "Less urgent", 60),
            ScaleLevel("blue", "Non-urgent", 120)]  # fmt: skip
    bad = [*ctas[:3], ScaleLevel("green", "Less urgent", 20), ctas[4]]
    with pytest.raises(ValidationError) as err:
        c.sv.triage.save_scale(c.admin, bad)
    assert set(err.value.errors) == {"green"}
    c.sv.triage.save_scale(c.admin, ctas)
    assert [lv.label for lv in c.sv.queue.scale(c.nurse)][:2] == ["Resuscitation", "Emergent"]
    assert c.sv.queue.get(c.nurse, e).target_min == 60


# --- order ---------------------------------------------------------------------------------------


def test_queue_orders_by_level_then_overdue_then_arrival(c: QueueClinic) -> None:
    green_old, green_new, yellow, red, blue_very_old, untriaged = (c.walk_in(n) for n in "ABCDEF")
    for e, complaint in ((green_old, "cough"), (green_new, "cough"), (yellow, "vomiting"), (red, "seizure")):
        c.sv.triage.record(c.nurse, e, TriageInput(chief_complaint=complaint))
    c.sv.triage.record(c.nurse, blue_very_old, TriageInput(chief_complaint="prescription refill"))
    age(c, green_old, 90)
    age(c, green_new, 10)
    age(c, blue_very_old, 300)
    age(c, untriaged, 50)  # untriaged waits as 'standard' (green)
    snap = c.sv.queue.snapshot(c.nurse)
    assert [r.id for r in snap.rows] == [red, yellow, green_old, untriaged, green_new, blue_very_old]
    assert [r.id for r in snap.emergency] == [red]
    assert red not in [r.id for r in snap.regular]
    blue = next(r for r in snap.rows if r.id == blue_very_old)
    assert blue.overdue_minutes(snap.taken_at) == pytest.approx(60, abs=1)


def test_snapshot_filters_and_closed_visits(c: QueueClinic) -> None:
    a = c.walk_in("A", department_id=c.gen_id)
    b = c.walk_in("B", department_id=c.card_id)
    assert [r.id for r in c.sv.queue.snapshot(c.nurse, department_id=c.card_id).rows] == [b]
    c.sv.queue.mark_left(c.desk, a, "Went home")
    assert [r.id for r in c.sv.queue.snapshot(c.nurse).rows] == [b]
    closed = c.sv.queue.snapshot(c.nurse, include_closed=True)
    assert [r.status for r in closed.rows] == ["waiting", "left"]


def test_version_moves_with_every_queue_write(c: QueueClinic) -> None:
    v0 = c.sv.queue.version(c.nurse)
    e = c.walk_in("Ira")
    v1 = c.sv.queue.version(c.nurse)
    c.sv.triage.record(c.nurse, e, CALM_VITALS)
    v2 = c.sv.queue.version(c.nurse)
    c.sv.queue.call_next(c.gp)
    assert v0 < v1 < v2 < c.sv.queue.version(c.nurse)


# --- doctors ---------------------------------------------------------------------------------------


def test_call_next_takes_the_top_eligible_patient(c: QueueClinic) -> None:
    cardio_patient = c.walk_in("Card", department_id=c.card_id)
    mine_later = c.walk_in("Later", department_id=c.gen_id)
    unassigned_first = c.walk_in("First")
    age(c, cardio_patient, 100)
    age(c, unassigned_first, 30)
    row = c.sv.queue.call_next(c.gp)
    assert row is not None and row.id == unassigned_first
    assert (row.status, row.doctor_id, row.room) == ("called", c.gp.doctor_id, "R-1")
    second = c.sv.queue.call_next(c.gp2)
    assert second is not None and second.id == mine_later  # the cardiology walk-in is not for GM
    with pytest.raises(StillCalledError):  # one called patient per doctor: it asks first
        c.sv.queue.call_next(c.gp2)
    assert c.sv.queue.call_next(c.gp2, choice=StillCalled.CALL_NEXT_ANYWAY) is None
    assert c.sv.queue.call_next(c.cardio).id == cardio_patient  # type: ignore[union-attr]
    assert "queue.call_next" in audit_actions(c, unassigned_first)


def test_red_goes_to_the_first_free_doctor_and_orange_unassigned_anywhere(c: QueueClinic) -> None:
    red = c.walk_in("Red", department_id=c.card_id)
    orange = c.walk_in("Orange", department_id=c.card_id)
    c.sv.triage.record(c.nurse, red, TriageInput(chief_complaint="unconscious"))
    c.sv.triage.record(c.nurse, orange, TriageInput(chief_complaint="breathless"))
    c.sv.queue.assign(c.desk, red, c.cardio.doctor_id)  # type: ignore[arg-type]
    assert c.sv.queue.call_next(c.gp).id == red  # type: ignore[union-attr]
    assert c.sv.queue.call_next(c.gp2).id == orange  # type: ignore[union-attr]


def _audit_rows(c: QueueClinic) -> list[tuple[str, str]]:
    from sqlalchemy import select

    from hms_desktop.db.models import AuditLog

    with c.db.read() as s:
        return [(a, o) for a, o in s.execute(select(AuditLog.action, AuditLog.outcome)).all()]


def test_only_the_calling_doctor_or_the_desk_sends_a_patient_back_or_transfers(c: QueueClinic) -> None:
    a = c.walk_in("A")
    assert c.sv.queue.call_next(c.gp).id == a  # type: ignore[union-attr]
    with pytest.raises(PermissionDenied):
        c.sv.queue.back_to_waiting(c.gp2, a)  # another doctor cannot un-call my patient
    with pytest.raises(PermissionDenied):
        c.sv.queue.back_to_waiting(c.cashier, a)  # nor can the cashier
    with pytest.raises(PermissionDenied):
        c.sv.queue.transfer(c.gp2, a, doctor_id=c.cardio.doctor_id, reason="not mine to send")
    assert ("queue.transfer", "denied") in _audit_rows(c)
    assert c.sv.queue.back_to_waiting(c.desk, a).status == "waiting"  # the desk can


def test_a_doctor_in_consultation_finishes_first(c: QueueClinic) -> None:
    a, b = c.walk_in("A"), c.walk_in("B")
    row = c.sv.queue.call_next(c.gp)
    assert row is not None and row.id == a
    with pytest.raises(PermissionDenied):  # another doctor cannot start my patient's consultation
        c.sv.queue.start_consult(c.gp2, a)
    denied = [r for r in _audit_rows(c) if r == ("queue.consult", "denied")]
    assert denied, "the refusal inside the transaction was audited"
    c.sv.queue.start_consult(c.gp, a)
    with pytest.raises(ValidationError) as err:
        c.sv.queue.call_next(c.gp)
    assert "Finish the consultation with token" in err.value.errors["status"]
    assert c.sv.queue.finish(c.gp, a).status == "done"
    assert c.sv.queue.call_next(c.gp).id == b  # type: ignore[union-attr]


def _audit_details(c: QueueClinic, entry_id: int, action: str) -> list[dict[str, object]]:
    import json

    with c.db.read() as s:
        return [
            json.loads(d) if isinstance(d, str) else (d or {})
            for d in s.scalars(
                select(AuditLog.details)
                .where(
                    AuditLog.entity == "queue_entry",
                    AuditLog.entity_id == str(entry_id),
                    AuditLog.action == action,
                )
                .order_by(AuditLog.id)
            )
        ]


def test_one_called_patient_per_doctor_call_next_asks_first(c: QueueClinic) -> None:
    """Defect 4 (issue 15): pressing Call next twice called two patients to one room."""
    a, b, d = c.walk_in("A"), c.walk_in("B"), c.walk_in("D")
    age(c, a, 30)
    age(c, b, 20)
    age(c, d, 10)
    assert c.sv.queue.call_next(c.gp).id == a  # type: ignore[union-attr]
    with pytest.raises(StillCalledError) as asked:
        c.sv.queue.call_next(c.gp)
    assert asked.value.entry_id == a and "still called" in asked.value.errors["status"]
    assert [r.id for r in c.sv.queue.snapshot(c.gp).rows if r.status == "called"] == [a]  # nobody else
    # call again: the same patient, announced once more
    again = c.sv.queue.call_next(c.gp, choice=StillCalled.CALL_AGAIN)
    assert again is not None and again.id == a and again.status == "called"
    with c.db.read() as s:
        assert s.get(QueueEntry, a).call_count == 2  # type: ignore[union-attr]
    assert audit_actions(c, a)[-1] == "queue.recall"
    # not answered: A back to waiting keeping their place (first in the order), B called
    nxt = c.sv.queue.call_next(c.gp, choice=StillCalled.NOT_ANSWERED)
    assert nxt is not None and nxt.id == b
    snap = c.sv.queue.snapshot(c.gp, call_order_for=c.gp.doctor_id)
    assert snap.call_order[0] == a  # their place is kept for when they come
    assert [r.id for r in snap.rows if r.status == "called"] == [b]
    assert audit_actions(c, a)[-1] == "queue.not_answered"
    # anyway: B stays called, D is called too, and the audit trail says B was still called
    third = c.sv.queue.call_next(c.gp, choice=StillCalled.CALL_NEXT_ANYWAY)
    assert third is not None and third.id == a  # the top of the order: A, who is back
    details = _audit_details(c, a, "queue.call_next")[-1]
    assert details["still_called"] == [nxt.token_label]
    # another doctor's called patient does not block this one
    assert c.sv.queue.call_next(c.gp2).id == d  # type: ignore[union-attr]


def test_the_numbers_shown_are_the_order_call_next_takes(c: QueueClinic) -> None:
    """Defect 4: the lane numbered every doctor's orange from #1 while Call next skipped the ones on
    another doctor's list (#1 shown, #2 called). The snapshot's call order is the service's own."""
    others = c.walk_in("Other", department_id=c.card_id)
    mine = c.walk_in("Mine", department_id=c.gen_id)
    unassigned = c.walk_in("Anyone")
    c.sv.triage.record(c.nurse, others, TriageInput(chief_complaint="breathless"))  # orange
    c.sv.queue.assign(c.desk, others, c.cardio.doctor_id)  # type: ignore[arg-type]
    c.sv.queue.assign(c.desk, mine, c.gp.doctor_id)  # type: ignore[arg-type]
    age(c, mine, 5)
    age(c, unassigned, 50)
    clinic = c.sv.queue.snapshot(c.desk)
    assert clinic.call_order[0] == others  # the clinic's order: the orange first
    snap = c.sv.queue.snapshot(c.gp, department_id=c.card_id, call_order_for=c.gp.doctor_id)
    assert list(snap.call_order) == [unassigned, mine]  # whatever the department filter shows
    assert snap.place(others) is None and snap.place(unassigned) == 1
    for expected in snap.call_order:
        row = c.sv.queue.call_next(c.gp, choice=StillCalled.CALL_NEXT_ANYWAY)
        assert row is not None and row.id == expected
    assert c.sv.queue.snapshot(c.cardio, call_order_for=c.cardio.doctor_id).call_order == (others,)


def test_call_again_and_not_answered(c: QueueClinic) -> None:
    a = c.walk_in("A")
    c.sv.queue.call_next(c.gp)
    again = c.sv.queue.call(c.gp, a)
    with c.db.read() as s:
        assert s.get(QueueEntry, a).call_count == 2  # type: ignore[union-attr]
    with pytest.raises(ValidationError):
        c.sv.queue.call(c.gp2, a)
    back = c.sv.queue.back_to_waiting(c.gp, a)
    assert (back.status, back.doctor_id, back.room, back.arrived_at) == (
        "waiting",
        c.gp.doctor_id,
        None,
        again.arrived_at,
    )
    assert audit_actions(c, a)[-2:] == ["queue.recall", "queue.not_answered"]


def test_roles_are_enforced_by_the_service(c: QueueClinic) -> None:
    a = c.walk_in("A")
    with pytest.raises(PermissionDenied):
        c.sv.queue.call_next(c.desk)
    with pytest.raises(PermissionDenied):
        c.sv.queue.call_next(c.admin)
    with pytest.raises(PermissionDenied):
        c.sv.queue.mark_left(c.cashier, a)
    with pytest.raises(ValidationError):  # a doctor calls to their own room only
        c.sv.queue.call_next(c.gp, doctor_id=c.gp2.doctor_id)
    with c.db.read() as s:
        denied = s.scalars(select(AuditLog.action).where(AuditLog.outcome == "denied")).all()
    assert "queue.call_next" in denied and "queue.manage" in denied


def test_finishing_a_checked_in_appointment_completes_it(c: QueueClinic) -> None:
    sched = c.sv.scheduling
    slot = sched.next_free_slots(c.desk, c.gp.doctor_id, sched.clock.now(), limit=1)[0]  # type: ignore[arg-type]
    pid = c.sv.visits.register_walk_in(c.desk, WalkInInput("Appt", "M", 50)).patient.id
    appt = sched.book(c.desk, pid, c.gp.doctor_id, slot.starts_at)  # type: ignore[arg-type]
    if slot.starts_at.astimezone(sched.clock.zone).date() != sched.clock.today():
        pytest.skip("no slot left today on this clock")
    sched.check_in(c.desk, appt.id)
    with c.db.read() as s:
        entry_id = s.scalar(select(QueueEntry.id).where(QueueEntry.appointment_id == appt.id))
    assert entry_id is not None
    c.sv.queue.call(c.gp, entry_id)
    c.sv.queue.finish(c.gp, entry_id)
    with c.db.read() as s:
        assert s.get(Appointment, appt.id).status == "completed"  # type: ignore[union-attr]


# --- desk moves ------------------------------------------------------------------------------------


def test_transfer_keeps_place_and_history(c: QueueClinic) -> None:
    a = c.walk_in("Transferred", complaint="chest pain")
    c.sv.triage.record(c.nurse, a, TriageInput(chief_complaint="chest pain"))
    c.sv.queue.call_next(c.gp)
    with pytest.raises(ValidationError) as err:
        c.sv.queue.transfer(c.gp, a, doctor_id=c.cardio.doctor_id, reason="")
    assert set(err.value.errors) == {"reason"}
    new = c.sv.queue.transfer(c.gp, a, doctor_id=c.cardio.doctor_id, reason="ECG changes, cardiology")
    old = c.sv.queue.get(c.nurse, a)
    assert old.status == "transferred"
    assert (new.status, new.doctor_id, new.department_id) == ("waiting", c.cardio.doctor_id, c.card_id)
    assert new.arrived_at == old.arrived_at and new.triage_level == "orange"
    assert new.transferred_from == f"token {old.token_label}, Dr. Asha Rao"
    assert new.token_no != old.token_no
    assert c.sv.queue.call_next(c.cardio).id == new.id  # type: ignore[union-attr]


def test_assignment_suggests_on_duty_doctors_by_specialisation_and_load(c: QueueClinic) -> None:
    a = c.walk_in("Chest", complaint="chest pain on exertion")
    first = c.sv.queue.suggest_doctors(c.desk, a)
    assert first[0].doctor_id == c.cardio.doctor_id and first[0].matches_specialisation
    b = c.walk_in("Cough", complaint="cough and cold")
    c.sv.queue.assign(c.desk, c.walk_in("Busy"), c.gp.doctor_id)  # type: ignore[arg-type]
    names = [d.doctor_name for d in c.sv.queue.suggest_doctors(c.desk, b)]
    assert names[0] == "Dr. Bala Iyer"  # fewer waiting than Dr. Rao
    row = c.sv.queue.assign(c.desk, b, c.gp2.doctor_id)  # type: ignore[arg-type]
    assert (row.doctor_name, row.department_name) == ("Dr. Bala Iyer", "General Medicine")


def test_suggestions_skip_doctors_off_duty_on_leave_or_at_cap(db: Database) -> None:
    c = build_clinic(db, cap=2)
    a = c.walk_in("A")
    today = c.sv.queue.clock.today()
    c.sv.scheduling.add_leave(c.admin, c.gp2.doctor_id, today, today, "Conference")  # type: ignore[arg-type]
    for n in "XY":
        c.sv.queue.assign(c.desk, c.walk_in(n), c.gp.doctor_id)  # type: ignore[arg-type]
    assert [d.doctor_id for d in c.sv.queue.suggest_doctors(c.desk, a)] == [c.cardio.doctor_id]


def test_freed_capacity_is_offered_to_the_next_walk_in(c: QueueClinic) -> None:
    sched = c.sv.scheduling
    first = c.walk_in("Waiting first")
    c.walk_in("Waiting second")
    assert c.sv.queue.capacity_offers(c.desk) == []
    slot = sched.next_free_slots(c.desk, c.gp.doctor_id, sched.clock.now(), limit=1)[0]  # type: ignore[arg-type]
    if slot.starts_at.astimezone(sched.clock.zone).date() != sched.clock.today():
        pytest.skip("no slot left today on this clock")
    with c.db.read() as s:
        pid = s.get(QueueEntry, first).patient_id  # type: ignore[union-attr]
    appt = sched.book(c.desk, pid, c.gp.doctor_id, slot.starts_at)  # type: ignore[arg-type]
    sched.cancel(c.desk, appt.id, "Patient called to cancel")
    offers = c.sv.queue.capacity_offers(c.desk)
    assert [(d.doctor_id, r.id) for d, r in offers] == [(c.gp.doctor_id, first)]
    row = c.sv.queue.promote(c.desk, first, c.gp.doctor_id)  # type: ignore[arg-type]
    assert row.promoted and row.doctor_id == c.gp.doctor_id
    assert "queue.promote" in audit_actions(c, first)


# --- waiting room and slip ------------------------------------------------------------------------


def test_display_board_shows_tokens_initials_and_rooms_only(c: QueueClinic) -> None:
    a = c.sv.visits.register_walk_in(
        c.desk, WalkInInput("Ramesh", "M", 45, None, last_name="Kumar", complaint="Fever")
    )
    c.walk_in("Second")
    c.sv.queue.call_next(c.gp)
    board = c.sv.queue.display_board(c.desk)
    assert [(x.token_label, x.initials, x.room) for x in board.calls] == [(str(a.token_no), "R. K.", "R-1")]
    assert board.waiting_tokens == [("2", None)]
    assert "Ramesh" not in repr(board) and "Fever" not in repr(board)


def test_token_slip(c: QueueClinic) -> None:
    first = c.walk_in("First")
    second = c.walk_in("Second Person")
    c.sv.triage.record(c.nurse, second, TriageInput(chief_complaint="vomiting"))
    c.sv.triage.record(c.nurse, first, TriageInput(chief_complaint="cough"))
    slip = c.sv.queue.token_slip(c.desk, first)
    assert (slip.token_label, slip.level, slip.level_label, slip.target_min) == (
        "1",
        "green",
        "Standard",
        120,
    )
    assert slip.waiting_ahead == 1  # the yellow one goes first
    assert slip.patient_initials == "F." and slip.issued_at.utcoffset() == dt.timedelta(hours=5, minutes=30)


def test_the_unfiltered_call_order_is_the_one_a_fresh_read_gives(c: QueueClinic) -> None:
    """Issue 18: unfiltered, the snapshot takes the call order from the rows it has just read and
    sorted; a filtered snapshot still reads the waiting entries itself. Both agree for every doctor."""
    entries = [c.walk_in(f"P{i}", department_id=(c.gen_id, c.card_id, None)[i % 3]) for i in range(9)]
    for i, entry in enumerate(entries):
        age(c, entry, (i * 17) % 60)
    c.sv.triage.record(c.nurse, entries[4], TriageInput(chief_complaint="breathless"))  # orange
    c.sv.queue.assign(c.desk, entries[1], c.gp.doctor_id)  # type: ignore[arg-type]
    c.sv.queue.assign(c.desk, entries[2], c.cardio.doctor_id)  # type: ignore[arg-type]
    for doctor in (None, c.gp.doctor_id, c.gp2.doctor_id, c.cardio.doctor_id):
        whole = c.sv.queue.snapshot(c.nurse, call_order_for=doctor)
        read = c.sv.queue.snapshot(c.nurse, department_id=c.card_id, call_order_for=doctor)
        assert whole.call_order == read.call_order
        waiting = [r.id for r in whole.rows if r.status == "waiting"]
        assert set(whole.call_order) <= set(waiting)
    assert len(c.sv.queue.snapshot(c.nurse).call_order) == len(entries)


def test_queue_row_is_the_dataclass_made_faster(c: QueueClinic) -> None:
    """``queue_row`` (the snapshot's fast constructor) makes the same frozen QueueRow as its __init__."""
    row = c.sv.queue.get(c.nurse, c.walk_in("Fast"))
    values = [getattr(row, f.name) for f in dataclasses.fields(QueueRow)]
    fast = queue_row(*values)
    assert fast == QueueRow(*values) and hash(fast) == hash(QueueRow(*values))
    assert dataclasses.replace(fast, status="called").status == "called"
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.status = "done"  # type: ignore[misc]
    with pytest.raises(ValueError):
        queue_row(*values[:-1])
