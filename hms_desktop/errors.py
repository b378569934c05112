"""Errors the services raise and the GUI shows. Each carries a message fit for the desk user."""

from __future__ import annotations

import re


class HmsError(Exception):
    """Base of every expected error; ``str(err)`` is a sentence a receptionist can act on."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


# the field names a service uses, in the words a person reads (issue 15 #10: never "starts_at: …")
FIELD_WORDS = {
    "starts_at": "Appointment time",
    "new_starts_at": "New time",
    "ends_at": "End time",
    "status": "Status",
    "patient_id": "Patient",
    "doctor_id": "Doctor",
    "department_id": "Department",
    "date_of_birth": "Date of birth",
    "age_years": "Age",
    "age_months": "Age",
    "phone": "Mobile",
    "pin_code": "PIN code",
    "abha_number": "ABHA number",
    "abha_address": "ABHA address",
    "allergy_status": "Allergies",
    "email": "E-mail",
}


# One convention for a field of a table row (a bill's or a prescription's lines, a credit note's): the
# row's number as the person sees it, from 1, then the field: 'line2.quantity'; 'line2' alone names
# the whole row. Services build keys with line_key(); forms route them with split_line_key().
_LINE_KEY = re.compile(r"line([1-9][0-9]*)(?:\.([a-z_]+))?")


def line_key(n: int, field: str | None = None) -> str:
    """The key of row ``n`` (1-based, as shown) or of its ``field``: (2, 'quantity') -> 'line2.quantity'."""
    if n < 1:
        raise ValueError(f"rows are numbered from 1, not {n}")
    return f"line{n}" if field is None else f"line{n}.{field}"


def split_line_key(key: str) -> tuple[int, str | None] | None:
    """'line2.quantity' -> (2, 'quantity'); 'line2' -> (2, None); any other key -> None."""
    found = _LINE_KEY.fullmatch(key)
    return None if found is None else (int(found.group(1)), found.group(2))


def field_words(field: str) -> str:
    """'first_name' -> 'First name'; the names in FIELD_WORDS as written there; 'line2.quantity' ->
    'Line 2, quantity'."""
    row = split_line_key(field)
    if row is not None:
        n, name = row
        return f"Line {n}" if name is None else f"Line {n}, {field_words(name).lower()}"
    return FIELD_WORDS.get(field) or field.replace("_", " ").strip().capitalize()


class ValidationError(HmsError):
    """Bad input. ``errors`` maps field name -> message, shown next to each field; ``message`` (for
    wherever there is no such field) names each field in words."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__("; ".join(f"{field_words(k)}: {v}" for k, v in errors.items()))


class PermissionDenied(HmsError):
    pass


class NeedsBreakTheGlass(PermissionDenied):
    """A doctor with no care relationship to the patient asked for their record: refused, and the
    desk offers "Break the glass" (an emergency access with a reason, audited)."""


class SessionEnded(PermissionDenied):
    """The signed-in account was disabled, locked, removed or given another role after sign-in: the
    action is refused and the desk goes back to the sign-in screen with this message."""


class AuthenticationFailed(HmsError):
    pass


class NotFound(HmsError):
    pass


# --- mapped database errors (see hms_desktop.db.errors) --------------------------------------


class DatabaseError(HmsError):
    """A database problem mapped from a driver error code."""

    retryable = False


class DuplicateRecord(DatabaseError):
    pass


class MissingReference(DatabaseError):
    pass


class StillReferenced(DatabaseError):
    pass


class RequiredValueMissing(DatabaseError):
    pass


class ValueTooLong(DatabaseError):
    pass


class RecordLocked(DatabaseError):
    retryable = True


class ConcurrentChange(DatabaseError):
    """Somebody else saved the same record first (version mismatch or serialisation failure)."""

    retryable = True


class ProtectedRecord(DatabaseError):
    """The database refused to change or delete an append-only record (an issued document, a
    payment, the audit trail, a document series going backwards): by its triggers or by the desk
    role's grants. Nothing the user retries will change that."""


class TamperedRecord(HmsError):
    """A stored record no longer matches the digest sealed when it was made (changed behind the
    application's back): it is not printed or used as if it were the original."""


class ConnectionLost(DatabaseError):
    retryable = True


class StorageFull(DatabaseError):
    """The disk (SQLite) or the server's disk or tablespace is full: nothing was saved; retry once
    space was freed."""


class ReadOnlyStorage(DatabaseError):
    """The database cannot be written: a read-only file or folder (SQLite), a read-only standby or
    transaction (PostgreSQL, Oracle). Nothing was saved."""


class CannotConnect(DatabaseError):
    """Connecting failed: wrong password, listener down, wrong service name, expired password..."""

    def __init__(self, message: str, *, code: str = "") -> None:
        super().__init__(message)
        self.code = code


class ConfirmationNeeded(ValidationError):
    """The input is possible but unusual (a reading outside its usual range): ask, then resubmit
    with the confirmation. ``errors`` maps field -> the warning to show next to it."""
