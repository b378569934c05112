"""A disabled or locked account, or one whose role changed, is refused at its next service call
(issue 12), on every backend: within the process that made the change at once; on another desk as
soon as its change feed tells it the accounts' status version moved (pushed on PostgreSQL, at the
next poll elsewhere), and without a feed once the status it read is older than ``ACCOUNT_STATUS_TTL_S``."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select, update

from hms_desktop.db.engine import Database, make_engine
from hms_desktop.db.models import AuditLog, StaffUser
from hms_desktop.domain.enums import Role, UserStatus
from hms_desktop.errors import HmsError, PermissionDenied, SessionEnded
from hms_desktop.services import guard
from hms_desktop.services.billing_types import PaymentInput
from hms_desktop.services.changes import ChangeTopic
from hms_desktop.services.container import build_services
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


def _staff_reads(db: Database) -> list[str]:
    """Every statement this engine runs that reads an account's status (appended as they run)."""
    from sqlalchemy import event

    seen: list[str] = []

    @event.listens_for(db.engine, "before_cursor_execute")
    def _count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        text = statement.lower()
        if "staff_user.status" in text and text.lstrip().startswith("select"):
            seen.append(statement)

    return seen


def _other_desk(c: QueueClinic) -> Database:
    """The administrator's desk: another engine, as another process has (no shared cache)."""
    return Database(make_engine(c.db.profile, _password(c.db)), c.db.profile)


def test_a_fed_desk_reads_the_status_once_until_an_account_changes(
    c: QueueClinic, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the status version fed (the desk's poll), calls compare versions and read no account row;
    the next poll after an administrator disables the nurse on another desk ends her session."""
    monkeypatch.setattr(guard, "ACCOUNT_STATUS_TTL_S", 0.0)  # the TTL alone would re-read every call
    c.sv.changes.versions(c.nurse)  # the desk's poll: the status version is known
    reads = _staff_reads(c.db)
    for n in range(5):
        c.sv.queue.snapshot(c.nurse)
        assert _walk_in(c, c.nurse, f"Fed {n}") > 0
    assert len(reads) <= 1, reads  # one read of her row at most, then only comparisons
    other = _other_desk(c)
    try:
        admin_services = build_services(other)
        admin_services.users.disable(c.admin, c.nurse.user_id or 0)
        c.sv.changes.versions(c.nurse)  # the next poll: the accounts counter moved
        with pytest.raises(SessionEnded, match="disabled"):
            _walk_in(c, c.nurse, "After the change")
        admin_services.users.enable(c.admin, c.nurse.user_id or 0)
        c.sv.changes.versions(c.admin)
        assert _walk_in(c, c.nurse, "Enabled again") > 0
    finally:
        other.dispose()


def test_a_role_change_and_a_lockout_move_the_status_version(c: QueueClinic) -> None:
    before = c.sv.changes.versions(c.admin).get(ChangeTopic.ACCOUNTS, 0)
    c.sv.users.set_role(c.admin, c.desk.user_id or 0, Role.CASHIER.value)
    after_role = c.sv.changes.versions(c.admin).get(ChangeTopic.ACCOUNTS, 0)
    assert after_role > before
    c.sv.users.rename(c.admin, c.cashier.user_id or 0, "Renamed Cashier")  # not a status: no move
    assert c.sv.changes.versions(c.admin).get(ChangeTopic.ACCOUNTS, 0) == after_role
    name = _username(c, c.nurse.user_id)
    for _ in range(10):  # wrong passwords until the account locks
        with pytest.raises(HmsError):
            c.sv.auth.login(name, "not the password at all")
        if _status(c, c.nurse.user_id) == UserStatus.LOCKED.value:
            break
    assert _status(c, c.nurse.user_id) == UserStatus.LOCKED.value
    assert c.sv.changes.versions(c.admin).get(ChangeTopic.ACCOUNTS, 0) > after_role


def test_the_listener_pushes_the_status_version_to_another_desk(c: QueueClinic) -> None:
    """PostgreSQL: the nurse's desk listens; the administrator disables her on another desk and her
    very next call is refused, with no poll in between."""
    import time

    from hms_desktop.db.profiles import Backend

    if c.db.backend is not Backend.POSTGRESQL:
        pytest.skip("LISTEN/NOTIFY is PostgreSQL's")

    heard: list[tuple[ChangeTopic, int]] = []
    listener = c.sv.changes.listen(c.nurse, lambda topic, n: heard.append((topic, n)), lambda ok: None)
    listener.start()
    try:
        deadline = time.monotonic() + 10
        while listener.backend_pid() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        c.sv.changes.versions(c.nurse)  # what the desk does once subscribed
        assert _walk_in(c, c.nurse, "Before") > 0
        other = _other_desk(c)
        try:
            build_services(other).users.disable(c.admin, c.nurse.user_id or 0)
        finally:
            other.dispose()
        while not any(t is ChangeTopic.ACCOUNTS for t, _ in heard) and time.monotonic() < deadline:
            time.sleep(0.02)
        assert any(t is ChangeTopic.ACCOUNTS for t, _ in heard)
        with pytest.raises(SessionEnded, match="disabled"):
            _walk_in(c, c.nurse, "After")
    finally:
        listener.stop()


def _username(c: QueueClinic, user_id: int | None) -> str:
    with c.db.read() as s:
        return str(s.scalar(select(StaffUser.username).where(StaffUser.id == user_id)))


def _status(c: QueueClinic, user_id: int | None) -> str:
    with c.db.read() as s:
        return str(s.scalar(select(StaffUser.status).where(StaffUser.id == user_id)))


def test_a_role_still_needs_its_permission(c: QueueClinic) -> None:
    with pytest.raises(PermissionDenied) as caught:
        c.sv.scheduling.save_department(c.nurse, DepartmentInput("Dental", "DEN", "09:00", "17:00"))
    assert not isinstance(caught.value, SessionEnded)


def test_the_system_actor_has_no_account_to_check(c: QueueClinic) -> None:
    from hms_desktop.services.context import SYSTEM

    guard.check_account(c.db, SYSTEM)  # no row, no query, no refusal


def _password(db: Database) -> str | None:
    return db.engine.url.password
