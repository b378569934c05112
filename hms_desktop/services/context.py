"""The signed-in user as the services see them."""

from __future__ import annotations

import dataclasses
import socket

from hms_desktop.domain.enums import Role


@dataclasses.dataclass(frozen=True)
class Actor:
    user_id: int | None
    username: str
    full_name: str
    role: Role
    doctor_id: int | None = None
    workstation: str = dataclasses.field(default_factory=socket.gethostname)
    # an administrator reset the password: the desk asks for a new one before anything else
    must_change_password: bool = dataclasses.field(default=False, compare=False)


# Used by first-run set-up and the CLI's own bootstrap steps, never by a signed-in desk.
SYSTEM = Actor(user_id=None, username="system", full_name="System", role=Role.ADMIN)
