"""Every service write is refused for roles that lack its action, and the refusal is audited."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select

from hms_desktop.db.engine import Database
from hms_desktop.db.models import AuditLog
from hms_desktop.domain.enums import Role
from hms_desktop.domain.permissions import Action, allowed
from hms_desktop.errors import PermissionDenied
from hms_desktop.services.clinic import ClinicService
from hms_desktop.services.context import Actor
from hms_desktop.services.patients import PatientService
from hms_desktop.services.patients_types import PatientInput
from hms_desktop.services.users import UserService
from tests.unit.helpers import FAST_HASHER, make_user

Call = Callable[[Database, Actor, int], Any]

WRITES: dict[str, tuple[Action, Call]] = {
    "user.add": (
        Action.USER_MANAGE,
        lambda db, a, uid: UserService(db, FAST_HASHER).add_user(
            a, "newbie", "New Person", Role.NURSE, "long-enough"
        ),
    ),
    "user.list": (Action.USER_MANAGE, lambda db, a, uid: UserService(db).list_users(a)),
    "user.unlock": (Action.USER_MANAGE, lambda db, a, uid: UserService(db).unlock(a, uid)),
    "user.disable": (Action.USER_MANAGE, lambda db, a, uid: UserService(db).disable(a, uid)),
    "user.enable": (Action.USER_MANAGE, lambda db, a, uid: UserService(db).enable(a, uid)),
    "user.reset_password": (
        Action.USER_MANAGE,
        lambda db, a, uid: UserService(db, FAST_HASHER).reset_password(a, uid, "another-long-one"),
    ),
    "settings.update": (
        Action.SETTINGS_MANAGE,
        lambda db, a, uid: ClinicService(db).update_settings(a, legal_name="Clinic"),
    ),
    "patient.register": (
        Action.PATIENT_REGISTER,
        lambda db, a, uid: PatientService(db).register(
            a, PatientInput(first_name="Asha", sex="F", age_years=30)
        ),
    ),
    "patient.list": (Action.PATIENT_VIEW, lambda db, a, uid: PatientService(db).list_page(a)),
}

CASES = [
    pytest.param(role, name, id=f"{role.value}-{name}")
    for name, (action, _) in WRITES.items()
    for role in Role
    if not allowed(role, action)
]


@pytest.mark.parametrize(("role", "name"), CASES)
def test_refused_and_audited(db: Database, role: Role, name: str) -> None:
    action, call = WRITES[name]
    actor = make_user(db, f"u_{role.value}", role)
    target = make_user(db, "target", Role.NURSE)
    with pytest.raises(PermissionDenied):
        call(db, actor, target.user_id or 0)
    with db.read() as s:
        rows = s.execute(select(AuditLog.action, AuditLog.user_id).where(AuditLog.outcome == "denied")).all()
    assert [tuple(r) for r in rows] == [(action.value, actor.user_id)]


@pytest.mark.parametrize("name", list(WRITES))
def test_admin_allowed(db: Database, name: str) -> None:
    _, call = WRITES[name]
    admin = make_user(db, "boss", Role.ADMIN)
    target = make_user(db, "target", Role.NURSE)
    call(db, admin, target.user_id or 0)
    with db.read() as s:
        assert s.scalar(select(AuditLog.id).where(AuditLog.outcome == "denied")) is None


def test_every_role_is_refused_something() -> None:
    assert CASES  # the matrix keeps user management and settings to admins
