"""Staff accounts for administrators: add, list, unlock, disable, enable, reset a password.

Every call needs ``Action.USER_MANAGE`` and every change leaves an audit row saying what changed
(never a password or hash).
"""

from __future__ import annotations

from argon2 import PasswordHasher
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hms_desktop.db.base import utcnow
from hms_desktop.db.engine import Database
from hms_desktop.db.models import Doctor, StaffUser
from hms_desktop.domain.enums import Role, UserStatus
from hms_desktop.domain.permissions import Action
from hms_desktop.domain.validation import clean_id, clean_text
from hms_desktop.errors import NotFound, ValidationError
from hms_desktop.services import audit
from hms_desktop.services.auth import AuthService, check_password_policy, check_username
from hms_desktop.services.changes import ChangeTopic, mark
from hms_desktop.services.context import Actor
from hms_desktop.services.guard import read_retry, require
from hms_desktop.services.users_types import UserInfo

__all__ = ["UserService"]


def _info(user: StaffUser, doctor_name: str | None) -> UserInfo:
    return UserInfo(
        id=user.id,
        username=user.username,
        full_name=user.full_name,
        role=Role(user.role),
        status=UserStatus(user.status),
        failed_logins=user.failed_logins or 0,
        doctor_id=user.doctor_id,
        doctor_name=doctor_name,
        last_login_at=user.last_login_at,
        created_at=user.created_at,
        must_change_password=bool(user.pw_must_change),
    )


_NO_USER = "Choose a staff account."
_NO_DOCTOR = "Choose a doctor."


class UserService:
    def __init__(self, db: Database, hasher: PasswordHasher | None = None) -> None:
        self._db = db
        self._auth = AuthService(db, hasher)

    def _load(self, s: Session, user_id: int) -> StaffUser:
        user = s.get(StaffUser, user_id, with_for_update=True)
        if user is None:
            raise NotFound(f"There is no user with id {user_id}.")
        return user

    def _doctor_name(self, s: Session, doctor_id: int | None) -> str | None:
        return None if doctor_id is None else s.scalar(select(Doctor.full_name).where(Doctor.id == doctor_id))

    @read_retry
    def list_users(self, actor: Actor) -> list[UserInfo]:
        require(self._db, actor, Action.USER_MANAGE)
        with self._db.read() as s:
            rows = s.execute(
                select(StaffUser, Doctor.full_name)
                .outerjoin(Doctor, Doctor.id == StaffUser.doctor_id)
                .order_by(StaffUser.username)
            ).all()
            return [_info(u, name) for u, name in rows]

    @read_retry
    def get_by_username(self, actor: Actor, username: str) -> UserInfo:
        require(self._db, actor, Action.USER_MANAGE)
        with self._db.read() as s:
            user = s.scalar(select(StaffUser).where(StaffUser.username == username.strip().lower()))
            if user is None:
                raise NotFound(f"There is no user named {username!r}.")
            return _info(user, self._doctor_name(s, user.doctor_id))

    def add_user(
        self,
        actor: Actor,
        username: str,
        full_name: str,
        role: Role | str,
        password: str,
        doctor_id: int | None = None,
    ) -> UserInfo:
        """Add an active account. ``doctor_id`` links a doctor-role account to its doctor."""
        require(self._db, actor, Action.USER_MANAGE)
        errors: dict[str, str] = {}
        name = ""
        try:
            name = check_username(username)
        except ValidationError as exc:
            errors.update(exc.errors)
        full = clean_text(full_name, "full_name", 120, errors, required="Enter the person's full name.") or ""
        try:
            the_role = Role(role)
        except ValueError:
            errors["role"] = f"Choose one of: {', '.join(r.value for r in Role)}."
            the_role = Role.RECEPTIONIST
        if doctor_id is not None and the_role is not Role.DOCTOR:
            errors["doctor_id"] = "Only a doctor account can be linked to a doctor."
        elif doctor_id is not None:
            try:
                clean_id(doctor_id, "doctor_id", _NO_DOCTOR)
            except ValidationError as exc:
                errors.update(exc.errors)
        try:
            check_password_policy(password, name)
        except ValidationError as exc:
            errors.update(exc.errors)
        if errors:
            raise ValidationError(errors)
        password_hash = self._auth.hash_password(password)
        with self._db.write() as s:
            if s.scalar(select(StaffUser.id).where(StaffUser.username == name)) is not None:
                raise ValidationError({"username": f"The username {name!r} is taken; choose another."})
            if doctor_id is not None:
                if s.get(Doctor, doctor_id) is None:
                    raise ValidationError({"doctor_id": f"There is no doctor with id {doctor_id}."})
                linked = s.scalar(select(StaffUser.username).where(StaffUser.doctor_id == doctor_id))
                if linked is not None:
                    raise ValidationError({"doctor_id": f"That doctor already signs in as {linked!r}."})
            user = StaffUser(
                username=name,
                full_name=full,
                password_hash=password_hash,
                role=the_role.value,
                status=UserStatus.ACTIVE.value,
                failed_logins=0,
                doctor_id=doctor_id,
            )
            s.add(user)
            s.flush()
            audit.record(
                s,
                actor,
                "user.add",
                "staff_user",
                user.id,
                {"username": name, "full_name": full, "role": the_role.value, "doctor_id": doctor_id},
            )
            return _info(user, self._doctor_name(s, doctor_id))

    def _set_status(
        self, actor: Actor, user_id: int, action: str, status: UserStatus, reset: bool
    ) -> UserInfo:
        require(self._db, actor, Action.USER_MANAGE, "staff_user", user_id)
        user_id = clean_id(user_id, "user_id", _NO_USER)
        with self._db.write() as s:
            if status is UserStatus.DISABLED:
                self._lock_admins(s)
            user = self._load(s, user_id)
            before = {"status": user.status, "failed_logins": user.failed_logins}
            if status is UserStatus.DISABLED:
                if user.id == actor.user_id:
                    raise ValidationError({"status": "You cannot disable your own account."})
                if user.role == Role.ADMIN.value and self._active_admins(s, excluding=user.id) == 0:
                    raise ValidationError({"status": "This is the last active administrator."})
            if user.status != status.value:
                mark(s, ChangeTopic.ACCOUNTS)  # the status version: every desk re-reads this account
            user.status = status.value
            if reset:
                user.failed_logins = 0
            after = {"status": user.status, "failed_logins": user.failed_logins}
            audit.record(
                s,
                actor,
                action,
                "staff_user",
                user.id,
                {"username": user.username, "changes": audit.changes(before, after)},
            )
            return _info(user, self._doctor_name(s, user.doctor_id))

    def _active_admins(self, s: Session, excluding: int) -> int:
        return (
            s.scalar(
                select(func.count())
                .select_from(StaffUser)
                .where(
                    StaffUser.role == Role.ADMIN.value,
                    StaffUser.status == UserStatus.ACTIVE.value,
                    StaffUser.id != excluding,
                )
            )
            or 0
        )

    def unlock(self, actor: Actor, user_id: int) -> UserInfo:
        """Unlock a locked account and reset its failure counter (a disabled account stays disabled)."""
        require(self._db, actor, Action.USER_MANAGE, "staff_user", user_id)
        user_id = clean_id(user_id, "user_id", _NO_USER)
        with self._db.read() as s:
            current = s.scalar(select(StaffUser.status).where(StaffUser.id == user_id))
        if current is None:
            raise NotFound(f"There is no user with id {user_id}.")
        status = UserStatus.DISABLED if current == UserStatus.DISABLED.value else UserStatus.ACTIVE
        return self._set_status(actor, user_id, "user.unlock", status, reset=True)

    def disable(self, actor: Actor, user_id: int) -> UserInfo:
        return self._set_status(actor, user_id, "user.disable", UserStatus.DISABLED, reset=False)

    def enable(self, actor: Actor, user_id: int) -> UserInfo:
        return self._set_status(actor, user_id, "user.enable", UserStatus.ACTIVE, reset=True)

    def reset_password(
        self, actor: Actor, user_id: int, new_password: str, *, expire: bool = True
    ) -> UserInfo:
        """Set a new password chosen by the administrator; clears the failure counter. With
        ``expire`` (the default) the user must choose their own at the next sign-in."""
        require(self._db, actor, Action.USER_MANAGE, "staff_user", user_id)
        user_id = clean_id(user_id, "user_id", _NO_USER)
        with self._db.read() as s:
            username = s.scalar(select(StaffUser.username).where(StaffUser.id == user_id))
        if username is None:
            raise NotFound(f"There is no user with id {user_id}.")
        check_password_policy(new_password, username)
        password_hash = self._auth.hash_password(new_password)
        with self._db.write() as s:
            user = self._load(s, user_id)
            user.password_hash = password_hash
            user.pw_changed_at = utcnow()
            before = user.failed_logins
            user.failed_logins = 0
            user.pw_must_change = bool(expire) and user.id != actor.user_id
            audit.record(
                s,
                actor,
                "user.reset_password",
                "staff_user",
                user.id,
                {
                    "username": user.username,
                    "changes": {"failed_logins": [before, 0], "password": "reset"},
                    "must_change": user.pw_must_change,
                },
            )
            return _info(user, self._doctor_name(s, user.doctor_id))

    def expire_password(self, actor: Actor, user_id: int) -> UserInfo:
        """Make the user choose a new password at the next sign-in (the current one still works once)."""
        require(self._db, actor, Action.USER_MANAGE, "staff_user", user_id)
        user_id = clean_id(user_id, "user_id", _NO_USER)
        with self._db.write() as s:
            user = self._load(s, user_id)
            if not user.pw_must_change:
                user.pw_must_change = True
                audit.record(
                    s, actor, "user.expire_password", "staff_user", user.id, {"username": user.username}
                )
            return _info(user, self._doctor_name(s, user.doctor_id))

    def set_role(self, actor: Actor, user_id: int, role: Role | str) -> UserInfo:
        """Change an account's role; the last active administrator cannot be demoted. A doctor
        link goes when the account stops being a doctor's."""
        require(self._db, actor, Action.USER_MANAGE, "staff_user", user_id)
        user_id = clean_id(user_id, "user_id", _NO_USER)
        try:
            new_role = Role(role)
        except ValueError:
            raise ValidationError({"role": f"Choose one of: {', '.join(r.value for r in Role)}."}) from None
        with self._db.write() as s:
            self._lock_admins(s)
            user = self._load(s, user_id)
            if user.role == new_role.value:
                return _info(user, self._doctor_name(s, user.doctor_id))
            if (
                user.role == Role.ADMIN.value
                and user.status == UserStatus.ACTIVE.value
                and self._active_admins(s, excluding=user.id) == 0
            ):
                raise ValidationError(
                    {"role": "This is the last active administrator; make another one first."}
                )
            before = {"role": user.role, "doctor_id": user.doctor_id}
            mark(s, ChangeTopic.ACCOUNTS)  # a desk signed in with the old role is ended
            user.role = new_role.value
            if new_role is not Role.DOCTOR:
                user.doctor_id = None
            after = {"role": user.role, "doctor_id": user.doctor_id}
            audit.record(
                s,
                actor,
                "user.role",
                "staff_user",
                user.id,
                {"username": user.username, "changes": audit.changes(before, after)},
            )
            return _info(user, self._doctor_name(s, user.doctor_id))

    def rename(self, actor: Actor, user_id: int, full_name: str) -> UserInfo:
        require(self._db, actor, Action.USER_MANAGE, "staff_user", user_id)
        user_id = clean_id(user_id, "user_id", _NO_USER)
        full = clean_text(full_name, "full_name", 120, required="Enter the person's full name.") or ""
        with self._db.write() as s:
            user = self._load(s, user_id)
            if user.full_name != full:
                audit.record(
                    s,
                    actor,
                    "user.rename",
                    "staff_user",
                    user.id,
                    {"username": user.username, "changes": {"full_name": [user.full_name, full]}},
                )
                user.full_name = full
            return _info(user, self._doctor_name(s, user.doctor_id))

    def link_doctor(self, actor: Actor, user_id: int, doctor_id: int | None) -> UserInfo:
        """Link a doctor account to its doctor (or unlink with None); one account per doctor."""
        require(self._db, actor, Action.USER_MANAGE, "staff_user", user_id)
        user_id = clean_id(user_id, "user_id", _NO_USER)
        if doctor_id is not None:
            doctor_id = clean_id(doctor_id, "doctor_id", _NO_DOCTOR)
        with self._db.write() as s:
            user = self._load(s, user_id)
            if doctor_id is not None:
                if user.role != Role.DOCTOR.value:
                    raise ValidationError({"doctor_id": "Only a doctor account can be linked to a doctor."})
                if s.get(Doctor, doctor_id) is None:
                    raise ValidationError({"doctor_id": f"There is no doctor with id {doctor_id}."})
                linked = s.scalar(
                    select(StaffUser.username).where(
                        StaffUser.doctor_id == doctor_id, StaffUser.id != user.id
                    )
                )
                if linked is not None:
                    raise ValidationError({"doctor_id": f"That doctor already signs in as {linked!r}."})
            if user.doctor_id != doctor_id:
                audit.record(
                    s,
                    actor,
                    "user.link_doctor",
                    "staff_user",
                    user.id,
                    {"username": user.username, "changes": {"doctor_id": [user.doctor_id, doctor_id]}},
                )
                user.doctor_id = doctor_id
            return _info(user, self._doctor_name(s, user.doctor_id))

    def _lock_admins(self, s: Session) -> None:
        """Lock every active administrator's row, so two desks demoting or disabling the last two
        admins at once are serialised and the second sees that only one is left."""
        s.execute(
            select(StaffUser.id)
            .where(StaffUser.role == Role.ADMIN.value, StaffUser.status == UserStatus.ACTIVE.value)
            .order_by(StaffUser.id)
            .with_for_update()
        ).all()
