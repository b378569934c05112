"""A disabled or locked account, or one whose role changed, is refused at its next service call
(issue 12), on every backend: within the process that made the change at once, and from another
desk's process once the status it read is older than ``ACCOUNT_STATUS_TTL_S``."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select, update

from hms_desktop.db.engine import Database, make_engine
from hms_desktop.db.models import AuditLog, StaffUser
from hms_desktop.domain.enums import Role, UserStatus
from hms_desktop.errors import PermissionDenied, SessionEnded
from hms_desktop.services import guard
from hms_desktop.services.billing_types import PaymentInput
from hms_desktop.services.scheduling_types import DepartmentInput
from hms_desktop.services.visits_types import WalkInInput
from tests.unit.queue_clinic import QueueClinic, build_clinic


@pytest.fixture
def c(db: Database) -> QueueClinic:
    return build_clinic(db)


def _walk_in(c: QueueClinic, actor: object, name: str = "Ravi") -> int:
    return c.sv.visits.register_walk_in(actor, WalkInInput(name, "M", 30, None)).queue_entry_id  # type: ignore[arg-type]


def _session_ended_rows(db: Database, user_id: int | None) -> list[str]:
    with db.read() as s:
        rows = s.scalars(
            select(AuditLog.details).where(AuditLog.user_id == user_id, AuditLog.outcome == "denied")
        ).all()
    return [r for r in rows if r and "session_ended" in r]


def test_a_disabled_nurse_cannot_register_a_patient(c: QueueClinic) -> None:
    assert _walk_in(c, c.nurse) > 0  # works while active
    c.sv.users.disable(c.admin, c.nurse.user_id or 0)
    with pytest.raises(SessionEnded, match="disabled by an administrator"):
        _walk_in(c, c.nurse, "Asha")
    assert len(_session_ended_rows(c.db, c.nurse.user_id)) == 1
    c.sv.users.enable(c.admin, c.nurse.user_id or 0)
    assert _walk_in(c, c.nurse, "Asha") > 0  # and again once enabled


def test_a_locked_cashier_cannot_take_payments_or_close_the_day(c: QueueClinic) -> None:
    with c.db.write() as s:  # what AuthService does after too many failed sign-ins on another desk
        user = s.get(StaffUser, c.cashier.user_id)
        assert user is not None
        user.status = UserStatus.LOCKED.value
    with pytest.raises(SessionEnded, match="locked"):
        c.sv.billing.take_payment(c.cashier, 1, PaymentInput("cash", Decimal("10")))
    with pytest.raises(SessionEnded, match="locked"):
        c.sv.billing.day_summary(c.cashier, c.cashier.user_id or 0, c.sv.billing.clock.today())


def test_a_disabled_doctor_cannot_break_the_glass(c: QueueClinic) -> None:
    entry = _walk_in(c, c.desk)
    with c.db.read() as s:
        from hms_desktop.db.models import QueueEntry

        row = s.get(QueueEntry, entry)
        assert row is not None
        patient_id = row.patient_id
    c.sv.users.disable(c.admin, c.cardio.user_id or 0)
    with pytest.raises(SessionEnded):
        c.sv.consultation.break_glass(c.cardio, patient_id, "Emergency, patient collapsed in the lobby")


def test_a_changed_role_ends_the_session(c: QueueClinic) -> None:
    with c.db.write() as s:
        s.execute(update(StaffUser).where(StaffUser.id == c.desk.user_id).values(role=Role.CASHIER.value))
    guard.forget_account(c.db, c.desk.user_id)  # a Core UPDATE bypasses the ORM's change event
    with pytest.raises(SessionEnded, match="role was changed"):
        _walk_in(c, c.desk)


def test_another_desk_notices_within_the_status_ttl(c: QueueClinic, monkeypatch: pytest.MonkeyPatch) -> None:
    """The admin disables the nurse on their own desk (another engine, as another process has):
    the nurse's desk reads the status again once what it read is older than the TTL."""
    monkeypatch.setattr(guard, "ACCOUNT_STATUS_TTL_S", 3600.0)  # this desk read the status just now
    assert _walk_in(c, c.nurse) > 0
    other = Database(make_engine(c.db.profile, _password(c.db)), c.db.profile)
    try:
        with other.write() as s:
            user = s.get(StaffUser, c.nurse.user_id)
            assert user is not None
            user.status = UserStatus.DISABLED.value
        assert _walk_in(c, c.nurse, "Within the TTL") > 0  # this desk still trusts what it read
        monkeypatch.setattr(guard, "ACCOUNT_STATUS_TTL_S", 0.0)
        with pytest.raises(SessionEnded):
            _walk_in(c, c.nurse, "After the TTL")
    finally:
        other.dispose()


def test_a_role_still_needs_its_permission(c: QueueClinic) -> None:
    with pytest.raises(PermissionDenied) as caught:
        c.sv.scheduling.save_department(c.nurse, DepartmentInput("Dental", "DEN", "09:00", "17:00"))
    assert not isinstance(caught.value, SessionEnded)


def test_the_system_actor_has_no_account_to_check(c: QueueClinic) -> None:
    from hms_desktop.services.context import SYSTEM

    guard.check_account(c.db, SYSTEM)  # no row, no query, no refusal


def _password(db: Database) -> str | None:
    return db.engine.url.password
