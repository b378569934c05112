"""Staff accounts' DTO (no SQLAlchemy)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from hms_desktop.domain.enums import Role, UserStatus


@dataclasses.dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    full_name: str
    role: Role
    status: UserStatus
    failed_logins: int
    doctor_id: int | None
    doctor_name: str | None
    last_login_at: dt.datetime | None
    created_at: dt.datetime
    must_change_password: bool = False
