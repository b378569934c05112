"""What the importer takes and returns (no SQLAlchemy): kinds, outcomes, the report, progress."""

from __future__ import annotations

import dataclasses
import threading
from enum import StrEnum


class ImportKind(StrEnum):
    PATIENT = "patient"
    DOCTOR = "doctor"
    PRICE = "price"


class Outcome(StrEnum):
    CREATE = "create"  # dry run: would be created
    CREATED = "created"
    UPDATED = "updated"  # price list: an existing code got the file's name/price
    DUPLICATE = "duplicate"  # looks like someone already registered (or earlier in the file): skipped
    MERGED = "merged"  # filled the empty fields of the matching patient
    ALREADY = "already"  # this old id / registration number / code is already in: skipped
    ERROR = "error"
    EARLIER = "earlier"  # committed by an earlier, interrupted run of the same file


class OnDuplicate(StrEnum):
    SKIP = "skip"
    MERGE = "merge"
    CREATE = "create"  # register anyway (the person is someone else with a similar name)


@dataclasses.dataclass(frozen=True)
class CellProblem:
    column: str  # the file's header, or the field when no column is mapped to it
    message: str


@dataclasses.dataclass(frozen=True)
class RowResult:
    row_no: int  # as the spreadsheet numbers it (header = 1)
    outcome: Outcome
    label: str = ""  # the name (or code) read from the row, for the report
    old_id: str | None = None
    record: str | None = None  # MRN / registration number / item code written or matched
    problems: tuple[CellProblem, ...] = ()
    duplicate_of: str | None = None  # "HMS-000123-X Ravi Kumar" or "row 12"
    reasons: tuple[str, ...] = ()


@dataclasses.dataclass(frozen=True)
class ImportReport:
    kind: ImportKind
    file_name: str
    dry_run: bool
    rows_read: int
    results: tuple[RowResult, ...]
    run_id: int | None = None
    resumed_from: int = 0  # file rows an earlier interrupted run had already committed
    cancelled: bool = False
    report_path: str | None = None

    def count(self, *outcomes: Outcome) -> int:
        return sum(1 for r in self.results if r.outcome in outcomes)

    @property
    def to_create(self) -> int:
        return self.count(Outcome.CREATE, Outcome.CREATED)

    @property
    def errors(self) -> tuple[RowResult, ...]:
        return tuple(r for r in self.results if r.outcome is Outcome.ERROR)

    def summary_lines(self, max_errors: int = 50) -> list[str]:
        """The dry-run / run report as the CLI prints it and the dialog shows it."""
        verb = "would be" if self.dry_run else "were"
        lines = [
            f"{self.file_name}: {self.rows_read:,} rows read"
            + (f" ({self.resumed_from:,} done by an earlier run)" if self.resumed_from else ""),
            f"  to create: {self.to_create:,}" if self.dry_run else f"  created: {self.to_create:,}",
        ]
        if self.count(Outcome.UPDATED):
            lines.append(f"  updated: {self.count(Outcome.UPDATED):,}")
        lines += [
            f"  duplicates ({verb} skipped): {self.count(Outcome.DUPLICATE):,}",
            f"  merged into existing: {self.count(Outcome.MERGED):,}",
            f"  already imported: {self.count(Outcome.ALREADY):,}",
            f"  errors: {len(self.errors):,}",
        ]
        if self.cancelled:
            lines.append("  CANCELLED: run the same import again to continue where it stopped.")
        for r in self.errors[:max_errors]:
            for p in r.problems:
                lines.append(f"  row {r.row_no}, {p.column}: {p.message}")
        if len(self.errors) > max_errors:
            lines.append(
                f"  ... and {len(self.errors) - max_errors:,} more rows with errors (see the report)"
            )
        dups = [r for r in self.results if r.outcome is Outcome.DUPLICATE][:max_errors]
        for r in dups:
            lines.append(f"  row {r.row_no}: looks like {r.duplicate_of} ({', '.join(r.reasons)})")
        if self.report_path:
            lines.append(f"  report: {self.report_path}")
        return lines


class Progress:
    """Shared between the import (a worker thread or the CLI) and whoever watches it.

    Plain attributes read without a lock are fine for a progress bar; ``cancel()`` is an Event, and the
    importer checks it between batches, so a cancelled import stops at a committed checkpoint.
    """

    def __init__(self) -> None:
        self.done = 0
        self.total = 0
        self.phase = "reading"
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


PATIENT_FIELDS: tuple[tuple[str, str], ...] = (
    ("full_name", "Name (one column: first and last)"),
    ("first_name", "First name"),
    ("last_name", "Last name"),
    ("sex", "Gender / sex"),
    ("date_of_birth", "Date of birth"),
    ("age", "Age (when there is no date of birth)"),
    ("phone", "Mobile"),
    ("landline", "Landline (with STD code)"),
    ("email", "E-mail"),
    ("address", "Address"),
    ("city", "City"),
    ("pin_code", "PIN code"),
    ("blood_group", "Blood group"),
    ("abha_number", "ABHA number"),
    ("old_id", "Old system's id / UHID"),
    ("emergency_name", "Emergency contact"),
    ("emergency_phone", "Emergency phone"),
    ("allergies", "Allergies"),
)
DOCTOR_FIELDS: tuple[tuple[str, str], ...] = (
    ("full_name", "Name"),
    ("qualifications", "Qualifications"),
    ("specialisation", "Specialisation"),
    ("department", "Department (name or code)"),
    ("reg_number", "Registration number"),
    ("reg_council", "Registration council"),
    ("reg_expiry", "Registration expiry"),
    ("consultation_fee", "Consultation fee"),
    ("daily_cap", "Appointments per day"),
    ("room", "Room"),
    ("phone", "Phone"),
    ("email", "E-mail"),
)
PRICE_FIELDS: tuple[tuple[str, str], ...] = (
    ("code", "Item code"),
    ("name", "Name"),
    ("kind", "Kind (service, procedure, medicine)"),
    ("tax_class", "Tax class"),
    ("unit_price", "Price (₹)"),
    ("unit", "Unit"),
)
FIELDS = {
    ImportKind.PATIENT: PATIENT_FIELDS,
    ImportKind.DOCTOR: DOCTOR_FIELDS,
    ImportKind.PRICE: PRICE_FIELDS,
}


@dataclasses.dataclass(frozen=True)
class FilePreview:
    """What the mapping step shows: the file's columns, a few rows and the guessed mapping."""

    file_name: str
    kind: str
    encoding: str
    delimiter: str
    headers: tuple[str, ...]
    sample: tuple[tuple[str, ...], ...]
    row_count: int
    mapping: dict[str, str]  # field -> header
