"""The appointment book: every booking rule, cancel/reschedule/no-show/check-in, leave and rebooking."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from hms_desktop.db.engine import Database
from hms_desktop.db.models import Appointment, AuditLog, ClinicSetting, EmailOutbox, Patient, QueueEntry
from hms_desktop.domain.clock import Clock
from hms_desktop.domain.enums import Role
from hms_desktop.errors import ConcurrentChange, PermissionDenied, ValidationError
from hms_desktop.services.context import Actor
from hms_desktop.services.scheduling import SchedulingService
from hms_desktop.services.scheduling_types import (
    DepartmentInput,
    DoctorInput,
    SameDayBooking,
    SessionInput,
    SlotTaken,
)
from tests.unit.helpers import make_user

IST = dt.timezone(dt.timedelta(hours=5, minutes=30))
NOW = dt.datetime(2031, 3, 3, 8, 0, tzinfo=IST)  # Monday 08:00 local
MON = NOW.date()
TUE = MON + dt.timedelta(days=1)


def at(day: dt.date, hhmm: str) -> dt.datetime:
    h, m = map(int, hhmm.split(":"))
    return dt.datetime.combine(day, dt.time(h, m), tzinfo=IST)


@dataclasses.dataclass
class Clinic:
    db: Database
    svc: SchedulingService
    admin: Actor
    desk: Actor
    dept: int
    doc: int
    doc2: int
    patients: list[int]
    clock: list[dt.datetime]


def _doctor(svc: SchedulingService, admin: Actor, dept: int, name: str, reg: str, **kw: object) -> int:
    data = DoctorInput(
        full_name=name,
        qualifications="MBBS",
        specialisation="General Medicine",
        department_id=dept,
        reg_number=reg,
        reg_council="KMC",
        reg_expiry=dt.date(2035, 1, 1),
        consultation_fee=Decimal("500"),
    )
    doc = svc.save_doctor(admin, dataclasses.replace(data, **kw))  # type: ignore[arg-type]
    week = [SessionInput(d, "09:00", "13:00", 15) for d in range(7)]
    svc.set_schedule(admin, doc.id, week)
    return doc.id


@pytest.fixture
def clinic(db: Database) -> Clinic:
    clock = [NOW.astimezone(dt.UTC)]
    svc = SchedulingService(db, clock=Clock(source=lambda: clock[0]))
    admin = make_user(db, "admin", Role.ADMIN)
    desk = make_user(db, "desk", Role.RECEPTIONIST)
    dept = svc.save_department(admin, DepartmentInput("General Medicine", "gen", "08:00", "18:00")).id
    doc = _doctor(svc, admin, dept, "Dr Asha Rao", "KMC-1")
    doc2 = _doctor(svc, admin, dept, "Dr Vikram Shah", "KMC-2")
    with db.write() as s:
        s.add(ClinicSetting(id=1, legal_name="Test Clinic"))
        pats = [
            Patient(mrn=f"T-{i}", first_name=f"P{i}", last_name="Kumar", sex="M", email=f"p{i}@example.in")
            for i in range(14)
        ]
        pats.append(Patient(mrn="T-NOMAIL", first_name="Nomail", sex="F"))
        s.add_all(pats)
        s.flush()
        ids = [p.id for p in pats]
    return Clinic(db, svc, admin, desk, dept, doc, doc2, ids, clock)


def _outbox(db: Database) -> list[EmailOutbox]:
    with db.read() as s:
        return list(s.scalars(select(EmailOutbox).order_by(EmailOutbox.id)))


def test_day_slots_from_schedule(clinic: Clinic) -> None:
    slots = clinic.svc.day_slots(clinic.desk, clinic.doc, TUE)
    assert len(slots) == 16 and {s.status for s in slots} == {"free"}
    assert slots[0].starts_at == at(TUE, "09:00")
    week = clinic.svc.week_slots(clinic.desk, clinic.doc, MON)
    assert len(week) == 7 and all(len(v) == 16 for v in week.values())
    dept_day = clinic.svc.department_day(clinic.desk, clinic.dept, TUE)
    assert set(dept_day) == {clinic.doc, clinic.doc2}
    # Monday before 08:00: everything still ahead; move the clock past 10:00 and earlier slots are past
    clinic.clock[0] = at(MON, "10:01").astimezone(dt.UTC)
    today = clinic.svc.day_slots(clinic.desk, clinic.doc, MON)
    assert [s.status for s in today[:5]] == ["past"] * 5 and today[5].status == "free"


def test_book_queues_confirmation_in_same_transaction(clinic: Clinic) -> None:
    info = clinic.svc.book(clinic.desk, clinic.patients[0], clinic.doc, at(TUE, "09:15"), "fever")
    assert info.status == "booked" and info.doctor_name == "Dr Asha Rao" and info.reason == "fever"
    assert info.ends_at - info.starts_at == dt.timedelta(minutes=15)
    assert info.department_name == "General Medicine" and info.patient_mrn == "T-0"
    mails = _outbox(clinic.db)
    assert len(mails) == 1 and mails[0].to_addr == "p0@example.in" and mails[0].ref_id == info.id
    assert "09:15" in mails[0].subject
    slot = clinic.svc.day_slots(clinic.desk, clinic.doc, TUE)[1]
    assert (slot.status, slot.appointment_id, slot.patient_name) == ("booked", info.id, "P0 Kumar")
    # no e-mail address, no message
    clinic.svc.book(clinic.desk, clinic.patients[-1], clinic.doc, at(TUE, "09:30"))
    assert len(_outbox(clinic.db)) == 1
    assert clinic.svc.list_appointments(clinic.desk, TUE, doctor_id=clinic.doc)[0].id == info.id
    assert clinic.svc.patient_appointments(clinic.desk, clinic.patients[0])[0].id == info.id
    assert len(clinic.svc.list_appointments(clinic.desk, TUE, department_id=clinic.dept)) == 2


def test_thirty_day_window_and_past(clinic: Clinic) -> None:
    svc, p = clinic.svc, clinic.patients[0]
    clinic.clock[0] = at(MON, "09:00").astimezone(dt.UTC)
    with pytest.raises(ValidationError) as err:
        svc.book(clinic.desk, p, clinic.doc, at(MON, "09:00") - dt.timedelta(days=1))
    assert "past" in err.value.errors["starts_at"]
    with pytest.raises(ValidationError) as err:
        svc.book(clinic.desk, p, clinic.doc, at(MON + dt.timedelta(days=31), "09:00"))
    assert "30 days" in err.value.errors["starts_at"]
    ok = svc.book(clinic.desk, p, clinic.doc, at(MON + dt.timedelta(days=30), "09:00"))
    assert ok.status == "booked"


def test_must_be_a_generated_slot(clinic: Clinic) -> None:
    for start in (at(TUE, "09:05"), at(TUE, "13:00"), at(TUE, "15:00")):
        with pytest.raises(ValidationError) as err:
            clinic.svc.book(clinic.desk, clinic.patients[0], clinic.doc, start)
        assert "slot" in err.value.errors["starts_at"]
    with pytest.raises(ValidationError):
        clinic.svc.book(clinic.desk, clinic.patients[0], clinic.doc, dt.datetime(2031, 3, 4, 9, 0))


def test_daily_cap(clinic: Clinic) -> None:
    svc = clinic.svc
    starts = [s.starts_at for s in svc.day_slots(clinic.desk, clinic.doc, TUE)]
    for i in range(12):
        svc.book(clinic.desk, clinic.patients[i], clinic.doc, starts[i])
    with pytest.raises(ValidationError) as err:
        svc.book(clinic.desk, clinic.patients[12], clinic.doc, starts[12])
    assert "12" in err.value.errors["starts_at"]
    # the next free slots skip the full day
    nxt = svc.next_free_slots(clinic.desk, clinic.doc, at(TUE, "09:00"), limit=3)
    assert len(nxt) == 3 and all(s.starts_at.astimezone(IST).date() > TUE for s in nxt)
    # cancelling one makes room again
    first = svc.list_appointments(clinic.desk, TUE)[0]
    svc.cancel(clinic.desk, first.id, "patient called")
    svc.book(clinic.desk, clinic.patients[12], clinic.doc, starts[12])


def test_double_booking_gives_slot_taken_with_alternatives(clinic: Clinic) -> None:
    clinic.svc.book(clinic.desk, clinic.patients[0], clinic.doc, at(TUE, "09:00"))
    with pytest.raises(SlotTaken) as err:
        clinic.svc.book(clinic.desk, clinic.patients[1], clinic.doc, at(TUE, "09:00"))
    alts = err.value.alternatives
    assert [a.starts_at for a in alts] == [at(TUE, f"09:{m:02d}") for m in (15, 30, 45)] + [
        at(TUE, "10:00"),
        at(TUE, "10:15"),
    ]
    assert all(a.status == "free" and a.doctor_id == clinic.doc for a in alts)


def test_patient_cannot_hold_overlapping_appointments(clinic: Clinic) -> None:
    clinic.svc.book(clinic.desk, clinic.patients[0], clinic.doc, at(TUE, "09:00"))
    with pytest.raises(ValidationError) as err:
        clinic.svc.book(clinic.desk, clinic.patients[0], clinic.doc2, at(TUE, "09:00"))
    assert "patient_id" in err.value.errors
    clinic.svc.book(clinic.desk, clinic.patients[0], clinic.doc2, at(TUE, "09:15"))


def test_a_second_booking_the_same_day_with_the_same_doctor_asks_first(clinic: Clinic) -> None:
    """Issue 15 #5: 10:00 and 10:15 with the same doctor is a warning the desk must confirm; the
    confirmed override is audited; another doctor or another day asks nothing."""
    svc, desk, patient = clinic.svc, clinic.desk, clinic.patients[0]
    first = svc.book(desk, patient, clinic.doc, at(TUE, "10:00"))
    with pytest.raises(SameDayBooking) as warned:
        svc.book(desk, patient, clinic.doc, at(TUE, "10:15"))
    assert warned.value.existing == ["10:00"] and "Dr Asha Rao" in warned.value.message
    assert len(svc.list_appointments(desk, TUE, doctor_id=clinic.doc)) == 1  # nothing was booked
    second = svc.book(desk, patient, clinic.doc, at(TUE, "10:15"), confirm_same_day=True)
    assert second.status == "booked"
    with clinic.db.read() as s:
        rows = s.scalars(select(AuditLog).where(AuditLog.action == "appointment.same_day_confirmed")).all()
        assert [(r.entity_id, r.username) for r in rows] == [(str(second.id), "desk")]
        assert str(first.id) in (rows[0].details or "")
    svc.book(desk, patient, clinic.doc2, at(TUE, "11:00"))  # another doctor: no question
    svc.book(desk, patient, clinic.doc, at(TUE + dt.timedelta(days=1), "10:00"))  # another day
    svc.cancel(desk, first.id, "moved")  # a cancelled booking does not count
    with pytest.raises(SameDayBooking) as again:
        svc.book(desk, patient, clinic.doc, at(TUE, "12:00"))
    assert again.value.existing == ["10:15"]


def test_expired_registration_refused_expiring_flagged(clinic: Clinic) -> None:
    svc = clinic.svc
    expired = _doctor(
        svc, clinic.admin, clinic.dept, "Dr Old", "KMC-3", reg_expiry=TUE - dt.timedelta(days=1)
    )
    with pytest.raises(ValidationError) as err:
        svc.book(clinic.desk, clinic.patients[0], expired, at(TUE, "09:00"))
    assert "expired" in err.value.errors["doctor_id"]
    soon = _doctor(svc, clinic.admin, clinic.dept, "Dr Soon", "KMC-4", reg_expiry=TUE + dt.timedelta(days=10))
    info = svc.book(clinic.desk, clinic.patients[0], soon, at(TUE, "09:00"))
    assert info.reg_expiring_soon
    # expiry in the middle of the window: bookable before, not after
    with pytest.raises(ValidationError):
        svc.book(clinic.desk, clinic.patients[1], soon, at(TUE + dt.timedelta(days=11), "09:00"))
    assert not svc.book(clinic.desk, clinic.patients[1], clinic.doc, at(TUE, "09:00")).reg_expiring_soon


def test_inactive_doctor_refused(clinic: Clinic) -> None:
    doc = clinic.svc.get_doctor(clinic.admin, clinic.doc)
    assert doc.department_name == "General Medicine" and not doc.reg_expired
    inp = DoctorInput(
        doc.full_name, doc.qualifications, doc.specialisation, doc.department_id, doc.reg_number,
        doc.reg_council, doc.reg_expiry, doc.consultation_fee, is_active=False, id=doc.id,
        row_version=doc.row_version,
    )  # fmt: skip
    clinic.svc.save_doctor(clinic.admin, inp)
    with pytest.raises(ValidationError) as err:
        clinic.svc.book(clinic.desk, clinic.patients[0], clinic.doc, at(TUE, "09:00"))
    assert "inactive" in err.value.errors["doctor_id"]
    # the stale form is refused
    with pytest.raises(ConcurrentChange):
        clinic.svc.save_doctor(clinic.admin, inp)


def test_leave_removes_slots(clinic: Clinic) -> None:
    impact = clinic.svc.add_leave(clinic.admin, clinic.doc, TUE, TUE + dt.timedelta(days=1), "conference")
    assert impact.affected == []
    assert clinic.svc.day_slots(clinic.desk, clinic.doc, TUE) == []
    with pytest.raises(ValidationError) as err:
        clinic.svc.book(clinic.desk, clinic.patients[0], clinic.doc, at(TUE, "09:00"))
    assert "leave" in err.value.errors["starts_at"]
    leave = clinic.svc.list_leave(clinic.desk, clinic.doc)
    assert [(x.from_date, x.reason) for x in leave] == [(TUE, "conference")]
    clinic.svc.remove_leave(clinic.admin, leave[0].id)
    assert len(clinic.svc.day_slots(clinic.desk, clinic.doc, TUE)) == 16


def test_cancel_frees_the_slot(clinic: Clinic) -> None:
    svc = clinic.svc
    a = svc.book(clinic.desk, clinic.patients[0], clinic.doc, at(TUE, "09:00"))
    with pytest.raises(ValidationError):
        svc.cancel(clinic.desk, a.id, "  ")
    c = svc.cancel(clinic.desk, a.id, "travelling")
    assert (c.status, c.cancel_reason) == ("cancelled", "travelling")
    assert svc.day_slots(clinic.desk, clinic.doc, TUE)[0].status == "free"
    with clinic.db.read() as s:
        assert s.get_one(Appointment, a.id).slot_key is None
    b = svc.book(clinic.desk, clinic.patients[1], clinic.doc, at(TUE, "09:00"))
    assert b.status == "booked"
    assert [m.subject.split(":")[0] for m in _outbox(clinic.db)] == [
        "Appointment confirmed",
        "Appointment cancelled",
        "Appointment confirmed",
    ]
    with pytest.raises(ValidationError):
        svc.cancel(clinic.desk, a.id, "again")


def test_reschedule_is_atomic(clinic: Clinic) -> None:
    svc = clinic.svc
    a = svc.book(clinic.desk, clinic.patients[0], clinic.doc, at(TUE, "09:00"))
    svc.book(clinic.desk, clinic.patients[1], clinic.doc, at(TUE, "10:00"))
    with pytest.raises(SlotTaken):
        svc.reschedule(clinic.desk, a.id, at(TUE, "10:00"))
    assert svc.get_appointment(clinic.desk, a.id).status == "booked"
    assert svc.day_slots(clinic.desk, clinic.doc, TUE)[0].status == "booked"
    moved = svc.reschedule(clinic.desk, a.id, at(TUE, "11:00"), new_doctor_id=clinic.doc2)
    assert (moved.doctor_id, moved.starts_at, moved.status) == (clinic.doc2, at(TUE, "11:00"), "booked")
    old = svc.get_appointment(clinic.desk, a.id)
    assert old.status == "cancelled" and "Rescheduled" in (old.cancel_reason or "")
    assert svc.day_slots(clinic.desk, clinic.doc, TUE)[0].status == "free"
    # moving within the same doctor's own overlapping time is fine (the old one is released first)
    again = svc.reschedule(clinic.desk, moved.id, at(TUE, "11:15"))
    assert again.doctor_id == clinic.doc2
    assert _outbox(clinic.db)[-1].subject.startswith("Appointment moved")


def test_no_show_only_after_start(clinic: Clinic) -> None:
    a = clinic.svc.book(clinic.desk, clinic.patients[0], clinic.doc, at(MON, "09:00"))
    with pytest.raises(ValidationError):
        clinic.svc.mark_no_show(clinic.desk, a.id)
    clinic.clock[0] = at(MON, "09:20").astimezone(dt.UTC)
    assert clinic.svc.mark_no_show(clinic.desk, a.id).status == "no_show"
    assert clinic.svc.day_slots(clinic.desk, clinic.doc, MON)[0].status == "no_show"


def test_check_in_creates_queue_entry_with_token(clinic: Clinic) -> None:
    svc = clinic.svc
    a = svc.book(clinic.desk, clinic.patients[0], clinic.doc, at(MON, "09:00"), "cough")
    b = svc.book(clinic.desk, clinic.patients[1], clinic.doc2, at(MON, "09:00"))
    t = svc.book(clinic.desk, clinic.patients[2], clinic.doc, at(TUE, "09:00"))
    assert svc.check_in(clinic.desk, a.id) == 1
    with pytest.raises(ValidationError):
        svc.check_in(clinic.desk, a.id)
    with pytest.raises(ValidationError):
        svc.check_in(clinic.desk, t.id)  # not today
    with clinic.db.write() as s:
        s.get_one(ClinicSetting, 1).token_per_dept = True
    assert svc.check_in(clinic.desk, b.id) == 1
    with clinic.db.read() as s:
        entries = list(s.scalars(select(QueueEntry).order_by(QueueEntry.id)))
    assert [(e.token_series, e.token_no, e.source, e.status) for e in entries] == [
        ("ALL", 1, "appointment", "waiting"),
        ("GEN", 1, "appointment", "waiting"),
    ]
    assert entries[0].visit_date == MON and entries[0].chief_complaint == "cough"
    assert svc.get_appointment(clinic.desk, a.id).status == "checked_in"
    assert svc.day_slots(clinic.desk, clinic.doc, MON)[0].status == "checked_in"
    with clinic.db.read() as s:
        from hms_desktop.db.models import ChangeCounter

        assert s.get_one(ChangeCounter, "queue").counter == 2


def test_leave_impact_suggestions_and_rebook(clinic: Clinic) -> None:
    svc = clinic.svc
    a = svc.book(clinic.desk, clinic.patients[0], clinic.doc, at(TUE, "09:00"))
    b = svc.book(clinic.desk, clinic.patients[1], clinic.doc, at(TUE, "09:15"))
    svc.book(clinic.desk, clinic.patients[2], clinic.doc2, at(TUE, "09:00"))  # colleague busy at 09:00
    impact = svc.add_leave(clinic.admin, clinic.doc, TUE, TUE, "sick")
    assert [x.appointment.id for x in impact.affected] == [a.id, b.id]
    first, second = impact.affected
    wed = TUE + dt.timedelta(days=1)
    assert first.same_doctor is not None and first.same_doctor.starts_at == at(wed, "09:00")
    assert second.same_doctor is not None and second.same_doctor.starts_at == at(wed, "09:15")
    assert first.other_doctor is not None and first.other_doctor.doctor_id == clinic.doc2
    assert first.other_doctor.starts_at == at(TUE, "09:15")
    assert second.other_doctor is not None and second.other_doctor.starts_at == at(TUE, "09:30")
    before = len(_outbox(clinic.db))
    moved = svc.rebook(
        clinic.desk,
        [(a.id, clinic.doc2, first.other_doctor.starts_at), (b.id, clinic.doc, second.same_doctor.starts_at)],
    )
    assert [(m.doctor_id, m.starts_at) for m in moved] == [
        (clinic.doc2, at(TUE, "09:15")),
        (clinic.doc, at(wed, "09:15")),
    ]
    assert len(_outbox(clinic.db)) == before + 2
    assert {svc.get_appointment(clinic.desk, x).status for x in (a.id, b.id)} == {"cancelled"}


def test_rebook_is_all_or_nothing(clinic: Clinic) -> None:
    svc = clinic.svc
    a = svc.book(clinic.desk, clinic.patients[0], clinic.doc, at(TUE, "09:00"))
    b = svc.book(clinic.desk, clinic.patients[1], clinic.doc, at(TUE, "09:15"))
    svc.book(clinic.desk, clinic.patients[2], clinic.doc2, at(TUE, "10:00"))
    with pytest.raises(SlotTaken):
        svc.rebook(
            clinic.desk, [(a.id, clinic.doc2, at(TUE, "09:30")), (b.id, clinic.doc2, at(TUE, "10:00"))]
        )
    assert [x.status for x in svc.list_appointments(clinic.desk, TUE, doctor_id=clinic.doc)] == ["booked"] * 2
    assert svc.list_appointments(clinic.desk, TUE, doctor_id=clinic.doc2)[0].patient_id == clinic.patients[2]


def test_permission_denials_are_audited(clinic: Clinic) -> None:
    doctor = make_user(clinic.db, "drasha", Role.DOCTOR)
    with pytest.raises(PermissionDenied):
        clinic.svc.book(doctor, clinic.patients[0], clinic.doc, at(TUE, "09:00"))
    with pytest.raises(PermissionDenied):
        clinic.svc.set_schedule(clinic.desk, clinic.doc, [])
    with pytest.raises(PermissionDenied):
        clinic.svc.save_department(clinic.desk, DepartmentInput("X", "X", "09:00", "10:00"))
    assert clinic.svc.day_slots(doctor, clinic.doc, TUE)  # doctors may look
    with clinic.db.read() as s:
        denied = s.execute(
            select(AuditLog.username, AuditLog.action)
            .where(AuditLog.outcome == "denied")
            .order_by(AuditLog.id)
        ).all()
    assert [tuple(r) for r in denied] == [
        ("drasha", "appointment.book"),
        ("desk", "schedule.manage"),
        ("desk", "department.manage"),
    ]
    with clinic.db.read() as s:
        ok = s.scalars(select(AuditLog.action).where(AuditLog.outcome == "ok").order_by(AuditLog.id)).all()
    assert "schedule.set" in ok and "doctor.save" in ok


def test_doctor_and_department_validation(clinic: Clinic) -> None:
    svc = clinic.svc
    with pytest.raises(ValidationError) as err:
        _doctor(svc, clinic.admin, clinic.dept, "Dr Copy", "kmc-1")
    assert "reg_number" in err.value.errors
    with pytest.raises(ValidationError) as err:
        svc.save_department(clinic.admin, DepartmentInput("Eye", "EYE", "18:00", "09:00"))
    assert "closes" in err.value.errors
    with pytest.raises(ValidationError) as err:
        svc.save_department(clinic.admin, DepartmentInput("General Medicine", "GM2", "09:00", "17:00"))
    assert "name" in err.value.errors
    dep = svc.get_department(clinic.admin, clinic.dept)
    assert (dep.code, dep.opens, dep.closes) == ("GEN", "08:00", "18:00")
    stale = DepartmentInput(
        "General Medicine", "GEN", "08:00", "19:00", id=dep.id, row_version=dep.row_version - 1
    )
    with pytest.raises(ConcurrentChange):
        svc.save_department(clinic.admin, stale)


def test_schedule_validation(clinic: Clinic) -> None:
    svc = clinic.svc
    with pytest.raises(ValidationError) as err:
        svc.set_schedule(
            clinic.admin,
            clinic.doc,
            [SessionInput(0, "09:00", "12:00", 15), SessionInput(0, "11:00", "13:00", 15)],
        )
    assert "sessions[1]" in err.value.errors
    with pytest.raises(ValidationError) as err:
        svc.set_schedule(clinic.admin, clinic.doc, [SessionInput(0, "07:00", "12:00", 15)])
    assert "department" in err.value.errors["sessions[0]"]
    with pytest.raises(ValidationError):
        svc.set_schedule(clinic.admin, clinic.doc, [SessionInput(0, "9am", "12:00", 15)])
    saved = svc.set_schedule(clinic.admin, clinic.doc, [SessionInput(1, "14:00", "16:00", 20)])
    assert [(x.weekday, x.start, x.end, x.slot_minutes) for x in saved] == [(1, "14:00", "16:00", 20)]
    assert svc.get_schedule(clinic.desk, clinic.doc) == saved
    assert len(svc.day_slots(clinic.desk, clinic.doc, TUE)) == 6
    assert svc.day_slots(clinic.desk, clinic.doc, MON) == []
