"""Sign-in: argon2id hashes, lockout, unlock, audit rows, disabled accounts, the first admin."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from hms_desktop.db.engine import Database
from hms_desktop.db.models import AuditLog, StaffUser
from hms_desktop.domain.enums import Role, UserStatus
from hms_desktop.errors import AuthenticationFailed, HmsError, ValidationError
from hms_desktop.services.auth import MAX_FAILED_LOGINS, AuthService
from hms_desktop.services.users import UserService
from tests.unit.helpers import FAST_HASHER, PASSWORD, make_user


@pytest.fixture
def auth(db: Database) -> AuthService:
    return AuthService(db, FAST_HASHER)


def _audit(db: Database, action: str) -> list[SimpleNamespace]:
    with db.read() as s:
        rows = s.scalars(select(AuditLog).where(AuditLog.action == action).order_by(AuditLog.id))
        return [
            SimpleNamespace(**{c.key: getattr(r, c.key) for c in AuditLog.__table__.columns}) for r in rows
        ]


def _user(db: Database, username: str) -> SimpleNamespace:
    """A plain copy of the row (ORM objects expire when the read unit rolls back)."""
    with db.read() as s:
        u = s.scalars(select(StaffUser).where(StaffUser.username == username)).one()
        return SimpleNamespace(**{c.key: getattr(u, c.key) for c in StaffUser.__table__.columns})


def test_first_admin_only_once(db: Database, auth: AuthService) -> None:
    assert auth.needs_first_admin()
    actor = auth.create_first_admin("Owner", "Clinic Owner", "long-enough")
    assert actor.role is Role.ADMIN and actor.username == "owner"
    assert not auth.needs_first_admin()
    assert _user(db, "owner").password_hash.startswith("$argon2id$")
    with pytest.raises(HmsError, match="already exists"):
        auth.create_first_admin("second", "Second", "long-enough")
    assert len(_audit(db, "user.create_first_admin")) == 1


def test_password_policy(auth: AuthService) -> None:
    with pytest.raises(ValidationError) as err:
        auth.create_first_admin("owner", "Owner", "short")
    assert "password" in err.value.errors
    with pytest.raises(ValidationError):
        auth.create_first_admin("owner", "Owner", "owner")


def test_default_hasher_is_argon2id(db: Database) -> None:
    actor = AuthService(db).create_first_admin("owner", "Owner", "long-enough")
    assert _user(db, actor.username).password_hash.startswith("$argon2id$v=19$")


def test_login_success_resets_counter_and_audits(db: Database, auth: AuthService) -> None:
    make_user(db, "asha", Role.RECEPTIONIST)
    with pytest.raises(AuthenticationFailed, match=r"^Wrong username or password\.$"):
        auth.login("asha", "wrong-password")
    assert _user(db, "asha").failed_logins == 1
    actor = auth.login("ASHA ", PASSWORD)
    assert actor.role is Role.RECEPTIONIST
    user = _user(db, "asha")
    assert user.failed_logins == 0 and user.last_login_at is not None
    rows = _audit(db, "auth.login")
    assert [r.outcome for r in rows] == ["failed", "ok"]
    assert rows[0].user_id == user.id


def test_lockout_after_five_and_sixth_refused_even_with_right_password(
    db: Database, auth: AuthService
) -> None:
    make_user(db, "ravi", Role.CASHIER)
    messages = []
    for _ in range(MAX_FAILED_LOGINS):
        with pytest.raises(AuthenticationFailed) as err:
            auth.login("ravi", "nope-nope")
        messages.append(err.value.message)
    # the same answer every time, as for an unknown username: nothing tells a guesser the name exists
    assert set(messages) == {"Wrong username or password."}
    assert _user(db, "ravi").status == UserStatus.LOCKED.value
    with pytest.raises(AuthenticationFailed, match=r"^Wrong username or password\.$"):
        auth.login("ravi", "still-guessing")  # a wrong password does not learn of the lock either
    with pytest.raises(AuthenticationFailed, match="locked"):
        auth.login("ravi", PASSWORD)  # the right password does: the user must ask the administrator
    outcomes = [r.outcome for r in _audit(db, "auth.login")]
    assert outcomes == ["failed"] * 6 + ["denied"]


def test_unknown_and_known_usernames_get_the_same_answer(db: Database, auth: AuthService) -> None:
    make_user(db, "meera", Role.NURSE)
    answers = []
    for name in ("meera", "nobody-here"):
        with pytest.raises(AuthenticationFailed) as err:
            auth.login(name, "wrong-password")
        answers.append((type(err.value), err.value.message))
    assert answers[0] == answers[1]


def test_a_password_typed_as_the_username_is_not_audited(db: Database, auth: AuthService) -> None:
    with pytest.raises(AuthenticationFailed):
        auth.login("Tr0ub4dor&3-secret", "")
    with db.read() as s:
        from sqlalchemy import select

        from hms_desktop.db.models import AuditLog

        rows = s.execute(select(AuditLog.username, AuditLog.details)).all()
    assert rows and all("tr0ub4dor" not in f"{u} {d}".lower() for u, d in rows)


def test_admin_unlock_resets(db: Database, auth: AuthService) -> None:
    admin = make_user(db, "boss", Role.ADMIN)
    target = make_user(db, "ravi", Role.CASHIER)
    for _ in range(MAX_FAILED_LOGINS):
        with pytest.raises(AuthenticationFailed):
            auth.login("ravi", "nope-nope")
    info = UserService(db, FAST_HASHER).unlock(admin, target.user_id or 0)
    assert info.status is UserStatus.ACTIVE and info.failed_logins == 0
    assert auth.login("ravi", PASSWORD).username == "ravi"
    unlock_rows = _audit(db, "user.unlock")
    assert len(unlock_rows) == 1 and unlock_rows[0].username == "boss"
    assert unlock_rows[0].details is not None and "locked" in unlock_rows[0].details


def test_disabled_refused(db: Database, auth: AuthService) -> None:
    admin = make_user(db, "boss", Role.ADMIN)
    target = make_user(db, "nina", Role.NURSE)
    UserService(db, FAST_HASHER).disable(admin, target.user_id or 0)
    with pytest.raises(AuthenticationFailed, match="disabled"):
        auth.login("nina", PASSWORD)
    assert _audit(db, "auth.login")[-1].outcome == "denied"


def test_unknown_user_audited(db: Database, auth: AuthService) -> None:
    with pytest.raises(AuthenticationFailed, match=r"^Wrong username or password\.$"):
        auth.login("ghost", "whatever1")
    row = _audit(db, "auth.login")[-1]
    assert row.outcome == "failed" and row.username == "(unknown)" and row.user_id is None
    assert "ghost" not in (row.details or "")  # what was typed may be a password: not kept


def test_rehash_when_parameters_outdated(db: Database) -> None:
    make_user(db, "old", Role.NURSE)  # hashed with the cheap parameters
    before = _user(db, "old").password_hash
    stronger = PasswordHasher(time_cost=2, memory_cost=128, parallelism=1)
    AuthService(db, stronger).login("old", PASSWORD)
    after = _user(db, "old").password_hash
    assert after != before and "m=128,t=2" in after


def test_verify_password_counts_failures(db: Database, auth: AuthService) -> None:
    actor = make_user(db, "doc", Role.DOCTOR)
    assert auth.verify_password(actor, PASSWORD)
    assert not auth.verify_password(actor, "bad-bad-bad")
    assert _user(db, "doc").failed_logins == 1
    for _ in range(MAX_FAILED_LOGINS - 2):
        assert not auth.verify_password(actor, "bad-bad-bad")
    with pytest.raises(AuthenticationFailed, match="locked"):
        auth.verify_password(actor, "bad-bad-bad")


def test_change_password(db: Database, auth: AuthService) -> None:
    actor = make_user(db, "doc", Role.DOCTOR)
    with pytest.raises(AuthenticationFailed):
        auth.change_password(actor, "not-the-old", "brand-new-pass")
    with pytest.raises(ValidationError):
        auth.change_password(actor, PASSWORD, "short")
    auth.change_password(actor, PASSWORD, "brand-new-pass")
    assert auth.login("doc", "brand-new-pass").username == "doc"
    assert len(_audit(db, "user.change_password")) == 1
