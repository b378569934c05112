"""Signing in: argon2id password hashes, lockout after repeated failures, first administrator.

A sign-in attempt reads the account, verifies the password outside any transaction (argon2 is slow on
purpose and must not hold SQLite's write lock), then records the outcome in one committed unit of work:
the failure counter, the lock, ``last_login_at`` and the audit row together. Unknown usernames cost the
same time (a dummy hash is verified) and are audited too.
"""

from __future__ import annotations

import dataclasses
import re

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select

from hms_desktop.db.base import utcnow
from hms_desktop.db.engine import Database
from hms_desktop.db.models import StaffUser
from hms_desktop.domain.enums import AuditOutcome, Role, UserStatus
from hms_desktop.errors import AuthenticationFailed, HmsError, ValidationError
from hms_desktop.services import audit
from hms_desktop.services.changes import ChangeTopic, mark
from hms_desktop.services.context import SYSTEM, Actor
from hms_desktop.services.guard import check_account, read_retry

MAX_FAILED_LOGINS = 5
WRONG_CREDENTIALS = "Wrong username or password."
UNKNOWN_USER = "(unknown)"  # the audit row's username for a name that is no account
MIN_PASSWORD_LEN = 8
MAX_PASSWORD_LEN = 256
USERNAME_RE = re.compile(r"^[a-z][a-z0-9._-]{1,59}$")

_DEFAULT_HASHER = PasswordHasher()  # argon2id, the library's current recommended parameters


class AccountUnavailable(AuthenticationFailed):
    """The account is locked or disabled: no password will do until an administrator acts."""


def normalise_username(username: str) -> str:
    return (username or "").strip().lower()


def check_username(username: str) -> str:
    """The normalised username, or ValidationError when it is not 2-60 of ``a-z 0-9 . _ -``."""
    name = normalise_username(username)
    if not USERNAME_RE.match(name):
        raise ValidationError(
            {
                "username": "Use 2-60 characters: lower-case letters, digits, '.', '_' or '-', "
                "starting with a letter."
            }
        )
    return name


# Passwords every guessing list tries first (the top of the leaked-password lists, and what a clinic
# desk is tempted to choose); compared case-insensitively after stripping spaces.
COMMON_PASSWORDS = frozenset(
    (
        "12345678", "123456789", "1234567890", "12341234", "11111111", "00000000", "87654321",
        "11223344", "12121212", "123123123", "password", "password1", "password12", "password123",
        "passw0rd", "p@ssw0rd", "p@ssword", "pa55word", "qwerty123", "qwertyuiop", "qwerty12",
        "asdfghjk", "asdf1234", "zxcvbnm1", "1q2w3e4r", "1qaz2wsx", "iloveyou", "sunshine", "princess",
        "football", "baseball", "welcome", "welcome1", "welcome123", "admin123", "admin1234",
        "administrator", "letmein1", "trustno1", "abc12345", "abcd1234", "abcdefgh", "monkey123",
        "dragon12", "master12", "superman", "iloveindia", "india123", "india@123", "bharat123",
        "hospital", "hospital1", "hospital123", "clinic123", "clinic@123", "doctor123", "doctor@123",
        "nurse123", "reception", "reception1", "cashier1", "cashier123", "changeme", "changeme1",
        "default1", "demo1234", "test1234", "testtest",
    )
)


def check_password_policy(password: str, username: str = "", field: str = "password") -> None:
    """Raise ValidationError unless ``password`` meets the policy: 8-256 characters, not the username,
    not a common password."""
    if len(password or "") < MIN_PASSWORD_LEN:
        raise ValidationError({field: f"The password must have at least {MIN_PASSWORD_LEN} characters."})
    if len(password) > MAX_PASSWORD_LEN:
        raise ValidationError({field: f"The password may have at most {MAX_PASSWORD_LEN} characters."})
    if username and password.strip().lower() == normalise_username(username):
        raise ValidationError({field: "The password must not be the username."})
    if "".join(password.split()).lower() in COMMON_PASSWORDS:
        raise ValidationError(
            {field: "That is one of the most common passwords, the first ones guessed; choose another."}
        )


def actor_of(user: StaffUser) -> Actor:
    return Actor(
        user.id,
        user.username,
        user.full_name,
        Role(user.role),
        user.doctor_id,
        must_change_password=bool(user.pw_must_change),
    )


@dataclasses.dataclass(frozen=True)
class _Snapshot:
    id: int
    password_hash: str


class AuthService:
    def __init__(self, db: Database, hasher: PasswordHasher | None = None) -> None:
        self._db = db
        self._hasher = hasher or _DEFAULT_HASHER
        self._dummy_hash: str | None = None

    # --- hashing ----------------------------------------------------------------------------

    def hash_password(self, password: str) -> str:
        return self._hasher.hash(password)

    def _verify(self, password_hash: str, password: str) -> bool:
        try:
            return self._hasher.verify(password_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False

    def _burn_time(self, password: str) -> None:
        """Verify against a dummy hash so an unknown username costs what a known one does."""
        if self._dummy_hash is None:
            self._dummy_hash = self._hasher.hash("not the password of anyone")
        self._verify(self._dummy_hash, password)

    # --- first run --------------------------------------------------------------------------

    @read_retry
    def needs_first_admin(self) -> bool:
        """True while no staff account exists (first start: the GUI shows the set-up dialog)."""
        with self._db.read() as s:
            return s.scalar(select(StaffUser.id).limit(1)) is None

    def create_first_admin(self, username: str, full_name: str, password: str) -> Actor:
        """Create the first administrator; refused once any account exists."""
        name = check_username(username)
        full = (full_name or "").strip()
        if not full:
            raise ValidationError({"full_name": "Enter the administrator's full name."})
        check_password_policy(password, name)
        password_hash = self.hash_password(password)
        with self._db.write() as s:
            if s.scalar(select(StaffUser.id).limit(1)) is not None:
                raise HmsError("An administrator already exists; sign in and add users from the Users tab.")
            user = StaffUser(
                username=name,
                full_name=full[:120],
                password_hash=password_hash,
                role=Role.ADMIN.value,
                status=UserStatus.ACTIVE.value,
                failed_logins=0,
                pw_changed_at=utcnow(),
            )
            s.add(user)
            s.flush()
            audit.record(
                s,
                SYSTEM,
                "user.create_first_admin",
                "staff_user",
                user.id,
                {"username": name, "role": Role.ADMIN.value},
            )
            return actor_of(user)

    # --- signing in -------------------------------------------------------------------------

    def _snapshot(self, username: str) -> _Snapshot | None:
        with self._db.read() as s:
            row = s.execute(
                select(StaffUser.id, StaffUser.password_hash).where(StaffUser.username == username)
            ).first()
        return None if row is None else _Snapshot(row.id, row.password_hash)

    def _attempt(self, username: str, password: str, action: str, *, signed_in: bool = False) -> Actor:
        """One counted attempt; returns the actor or raises AuthenticationFailed (after committing).

        ``signed_in``: the idle lock re-checking the desk's own user, who may be told that the account
        is locked or disabled (AccountUnavailable: the desk signs out) whatever the password."""
        name = normalise_username(username)
        snap = self._snapshot(name) if name else None
        if snap is None:
            self._burn_time(password)
            # What was typed is not kept: a password typed into the username box would land in the
            # audit trail. Only that some unknown name was tried, and how long it was.
            anon = Actor(None, UNKNOWN_USER, "", Role.RECEPTIONIST)
            audit.record_separately(
                self._db, anon, action, AuditOutcome.FAILED, "staff_user", None,
                {"reason": "unknown user", "typed_length": len(name)},
            )  # fmt: skip
            raise AuthenticationFailed(WRONG_CREDENTIALS)
        ok = self._verify(snap.password_hash, password)
        new_hash = (
            self.hash_password(password)
            if ok and self._hasher.check_needs_rehash(snap.password_hash)
            else None
        )
        error: str | None = None
        unavailable = False
        with self._db.write() as s:
            user = s.scalars(select(StaffUser).where(StaffUser.id == snap.id).with_for_update()).one()
            actor = actor_of(user)
            status = UserStatus(user.status)
            # Only someone who knows the password learns that the account is disabled or locked; a
            # wrong password gets the same answer as an unknown username (no user enumeration).
            if not ok and status is not UserStatus.ACTIVE and not signed_in:
                error = WRONG_CREDENTIALS
                audit.record(
                    s, actor, action, "staff_user", user.id,
                    {"reason": f"wrong password, account {status.value}"}, AuditOutcome.FAILED,
                )  # fmt: skip
            elif status is UserStatus.DISABLED:
                error, unavailable = "This account is disabled. Ask an administrator.", True
                audit.record(
                    s, actor, action, "staff_user", user.id, {"reason": "disabled"}, AuditOutcome.DENIED
                )
            elif status is UserStatus.LOCKED:
                error = (
                    f"This account is locked after {MAX_FAILED_LOGINS} wrong passwords. "
                    "Ask an administrator to unlock it."
                )
                unavailable = True
                audit.record(
                    s, actor, action, "staff_user", user.id, {"reason": "locked"}, AuditOutcome.DENIED
                )
            elif not ok or user.password_hash != snap.password_hash:
                user.failed_logins = (user.failed_logins or 0) + 1
                left = MAX_FAILED_LOGINS - user.failed_logins
                details: dict[str, object] = {"reason": "wrong password", "failed_logins": user.failed_logins}
                if left <= 0:
                    user.status = UserStatus.LOCKED.value
                    mark(s, ChangeTopic.ACCOUNTS)  # a desk still signed in as this account is ended
                    details["locked"] = True
                    unavailable = signed_in  # the locked desk signs out; a sign-in learns nothing
                # the attempts left would tell a guesser that the username exists
                error = (
                    "Wrong password. The account is now locked; ask an administrator to unlock it."
                    if unavailable
                    else WRONG_CREDENTIALS
                )
                audit.record(s, actor, action, "staff_user", user.id, details, AuditOutcome.FAILED)
            else:
                user.failed_logins = 0
                user.last_login_at = utcnow()
                if new_hash is not None:
                    user.password_hash = new_hash
                audit.record(
                    s, actor, action, "staff_user", user.id, {"rehashed": True} if new_hash else None
                )
        if error is not None:
            raise AccountUnavailable(error) if unavailable else AuthenticationFailed(error)
        return actor

    def login(self, username: str, password: str) -> Actor:
        """Sign in; raises AuthenticationFailed with a message for the desk."""
        return self._attempt(username, password, "auth.login")

    def verify_password(self, actor: Actor, password: str) -> bool:
        """Re-check the signed-in user's password (unlocking the idle lock).

        False for a wrong password (counted like a failed sign-in). Raises AccountUnavailable when
        the account is, or has just become, locked or disabled: the desk must sign out.
        """
        try:
            self._attempt(actor.username, password, "auth.unlock_screen", signed_in=True)
        except AccountUnavailable:
            raise
        except AuthenticationFailed:
            return False
        return True

    def change_password(self, actor: Actor, old: str, new: str) -> None:
        """Change one's own password; the old one must be right (a wrong one counts as a failure)."""
        check_account(self._db, actor, "user.change_password")
        check_password_policy(new, actor.username, field="new_password")
        if new == old:
            raise ValidationError({"new_password": "Choose a password different from the current one."})
        if not self.verify_password(actor, old):
            raise AuthenticationFailed("The current password is wrong.")
        new_hash = self.hash_password(new)
        with self._db.write() as s:
            user = s.get(StaffUser, actor.user_id)
            if user is None:
                raise AuthenticationFailed("This account no longer exists.")
            user.password_hash = new_hash
            user.pw_changed_at = utcnow()
            user.pw_must_change = False
            audit.record(s, actor, "user.change_password", "staff_user", user.id)
