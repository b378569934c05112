"""Shared test helpers: a cheap argon2id hasher and ready-made staff accounts."""

from __future__ import annotations

from argon2 import PasswordHasher

from hms_desktop.db.engine import Database
from hms_desktop.db.models import StaffUser
from hms_desktop.domain.enums import Role, UserStatus
from hms_desktop.services.context import Actor

# argon2id with tiny costs: the same code paths, milliseconds instead of ~100 ms per hash
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=64, parallelism=1)
PASSWORD = "s3cret-pass"


def make_user(db: Database, username: str, role: Role, password: str = PASSWORD) -> Actor:
    with db.write() as s:
        user = StaffUser(
            username=username,
            full_name=username.title(),
            password_hash=FAST_HASHER.hash(password),
            role=role.value,
            status=UserStatus.ACTIVE.value,
            failed_logins=0,
        )
        s.add(user)
        s.flush()
        return Actor(user.id, user.username, user.full_name, role)
