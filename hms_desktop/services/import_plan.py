"""Planning an import of patients: what each row of the file will do, decided before anything is
written, the same way for a dry run and a real run (so a dry run's report is what the real run does).

Every row goes through the registration form's own rules (``patients.validate``) after the cell
readers of ``domain/import_rules`` have turned spreadsheet cells into what the form would hold, and
through the form's duplicate scorer (``domain/duplicates.score``). Duplicate candidates are looked up
the way the registration form's candidate query picks them (the same phone, or a similar family name
with the same initial), but from an in-memory :class:`Register` of the existing patients loaded once per
import: one indexed query per row per rule would make 100,000 rows take many minutes. Only people of a
similar age (or the same phone) are compared, because the scorer cannot reach its threshold for anyone
else.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select

from hms_desktop.db.engine import Database
from hms_desktop.db.models import Patient
from hms_desktop.domain.duplicates import (
    Existing,
    Score,
    Typed,
    canonical_token,
    is_candidate,
    name_tokens,
    score,
)
from hms_desktop.domain.identifiers import normalise_landline, normalise_mobile
from hms_desktop.domain.import_rules import (
    CellError,
    cell_text,
    parse_age,
    parse_date,
    parse_sex,
    phone_candidates,
    split_name,
)
from hms_desktop.domain.validation import text_problem
from hms_desktop.errors import ValidationError
from hms_desktop.services.importer_types import CellProblem, OnDuplicate, Outcome, RowResult
from hms_desktop.services.patient_validation import validate
from hms_desktop.services.patients_types import PatientInput

FILL_FIELDS = (
    "phone",
    "email",
    "address",
    "city",
    "pin_code",
    "blood_group",
    "abha_number",
    "emergency_name",
    "emergency_phone",
    "allergies",
)
# the form's field -> the import field whose column a message belongs to
_FORM_TO_FIELD = {"age_years": "age", "first_name": "first_name", "last_name": "last_name"}


@dataclasses.dataclass
class Plan:
    row_no: int
    outcome: Outcome
    label: str = ""
    old_id: str | None = None
    values: dict[str, Any] | None = None
    problems: list[CellProblem] = dataclasses.field(default_factory=list)
    match_id: int | None = None  # the existing patient (merge / duplicate)
    match_row: int | None = None  # the earlier file row (merge / duplicate)
    duplicate_of: str | None = None
    reasons: tuple[str, ...] = ()
    record: str | None = None
    typed: Typed | None = None

    def result(self) -> RowResult:
        return RowResult(
            self.row_no,
            self.outcome,
            self.label,
            self.old_id,
            self.record,
            tuple(self.problems),
            self.duplicate_of,
            self.reasons,
        )


@dataclasses.dataclass
class Known:
    """One person in the in-memory register: an existing patient (``patient_id``) or a file row."""

    existing: Existing
    label: str
    patient_id: int | None = None
    row_no: int | None = None


def _age(dob: dt.date, today: dt.date) -> int:
    return today.year - dob.year - ((today.month, today.day) < (dob.month, dob.day))


class Register:
    """Existing patients and the rows planned so far, bucketed by the form's candidate keys."""

    def __init__(self, today: dt.date) -> None:
        self.today = today
        self.by_phone: dict[str, list[Known]] = defaultdict(list)
        self.by_name: dict[tuple[str, int], list[Known]] = defaultdict(list)

    @staticmethod
    def name_key(first: str | None, last: str | None) -> str:
        f, lt = name_tokens(first), name_tokens(last)
        if lt and f:
            return canonical_token(lt[-1])[:3] + "|" + canonical_token(f[0])[:1]
        return canonical_token((f or lt or [""])[0])[:3] + "|"

    def add(self, k: Known) -> None:
        e = k.existing
        if e.phone:
            self.by_phone[e.phone].append(k)
        if e.date_of_birth is not None:
            self.by_name[(self.name_key(e.first_name, e.last_name), e.date_of_birth.year)].append(k)

    def best(self, typed: Typed) -> tuple[Known, Score] | None:
        seen: set[int] = set()
        cands: list[Known] = []
        if typed.phone:
            cands += self.by_phone.get(typed.phone, ())
        year = typed.date_of_birth.year if typed.date_of_birth else None
        if year is None and typed.age_years is not None:
            year = self.today.year - typed.age_years
        if year is not None:
            key = self.name_key(typed.first_name, typed.last_name)
            for y in (year - 2, year - 1, year, year + 1, year + 2):
                cands += self.by_name.get((key, y), ())
        best: tuple[Known, Score] | None = None
        age = _age(typed.date_of_birth, self.today) if typed.date_of_birth else typed.age_years
        for k in cands:
            if id(k) in seen:
                continue
            seen.add(id(k))
            other = k.existing
            # without the same phone the scorer needs the age within a year to reach its threshold
            # (name 0.5 + sex 0.05 alone stay below 0.6): skip those cheaply, the result is the same
            if not (typed.phone and typed.phone == other.phone) and (
                age is None
                or other.date_of_birth is None
                or abs(age - _age(other.date_of_birth, self.today)) > 1
            ):
                continue
            sc = score(typed, other, self.today)
            if is_candidate(sc) and (best is None or sc.score > best[1].score):
                best = (k, sc)
        return best


def load_register(db: Database, today: dt.date) -> tuple[Register, dict[str, str]]:
    """Every registered patient in the in-memory register, and the old ids already imported."""
    register = Register(today)
    old_ids: dict[str, str] = {}
    cols = (
        Patient.id,
        Patient.mrn,
        Patient.first_name,
        Patient.last_name,
        Patient.phone,
        Patient.date_of_birth,
        Patient.sex,
        Patient.old_id,
    )
    with db.read() as s:
        for r in s.execute(select(*cols).order_by(Patient.id)).yield_per(5000):
            label = f"{r.mrn} {' '.join(p for p in (r.first_name, r.last_name) if p)}"
            register.add(
                Known(Existing(r.first_name, r.last_name, r.phone, r.date_of_birth, r.sex), label, r.id)
            )
            if r.old_id:
                old_ids[r.old_id] = r.mrn
    return register, old_ids


def plan_row(
    row_no: int,
    cells: Sequence[object],
    cols: Mapping[str, int],
    mapping: Mapping[str, str],
    today: dt.date,
) -> Plan:
    problems: dict[str, str] = {}

    def raw(field: str) -> object:
        i = cols.get(field)
        return None if i is None else cells[i]

    def text(field: str) -> str | None:
        try:
            return cell_text(raw(field))
        except CellError as exc:
            problems[field] = str(exc)
            return None

    if "first_name" in cols:
        first, last = text("first_name") or "", text("last_name")
    else:
        full = text("full_name")
        first, last = split_name(full) if full else ("", None)
    old_id = text("old_id")
    if old_id and len(old_id) > 40:
        problems["old_id"] = "An old id has at most 40 characters."
    elif old_id and (problem := text_problem(old_id, 40)) is not None:
        # the batch insert sends it as it is: no ORM safety net refuses a control character or NUL
        problems["old_id"] = problem
    sex: str | None = None
    try:
        sex = parse_sex(raw("sex"))
    except CellError as exc:
        problems["sex"] = str(exc)
    dob = None
    age: tuple[int, int] | None = None
    try:
        dob = parse_date(raw("date_of_birth"), today)
    except CellError as exc:
        problems["date_of_birth"] = str(exc)
    if dob is None and "date_of_birth" not in problems:
        try:
            age = parse_age(raw("age"))
        except CellError as exc:
            problems["age"] = str(exc)
    phone_text = text("phone")
    numbers = phone_candidates(phone_text)
    phone = numbers[0] if numbers else None
    if len(numbers) > 1:  # '98450 12345 / 080 4123 4567': the mobile among them
        phone = next((n for n in numbers if normalise_mobile(n)), phone)
    landline = text("landline")
    if phone and not landline and normalise_landline(phone) is not None:
        phone, landline = None, phone  # the only number is a landline: it goes where it belongs
    data = PatientInput(
        first_name=first,
        last_name=last,
        sex=sex or "",
        date_of_birth=dob,
        age_years=age[0] if age else None,
        age_months=age[1] if age else None,
        phone=phone,
        email=text("email"),
        address=text("address"),
        city=text("city"),
        pin_code=text("pin_code"),
        blood_group=text("blood_group"),
        abha_number=text("abha_number"),
        emergency_name=text("emergency_name"),
        emergency_phone=text("emergency_phone"),
        allergies=text("allergies"),
        landline=landline,
    )
    values: dict[str, Any] | None = None
    try:
        values, _warnings = validate(data, today)
    except ValidationError as exc:
        for f, message in exc.errors.items():
            field = _FORM_TO_FIELD.get(f, f)
            if field == "first_name" and "first_name" not in cols:
                field = "full_name"
            if field == "date_of_birth" and "date_of_birth" not in cols:
                field = "age"
            if field == "sex" and "sex" in problems:
                continue  # already said why
            problems.setdefault(field, message)
    label = " ".join(p for p in (first, last) if p)
    plan = Plan(row_no, Outcome.ERROR, label, old_id)
    if problems:
        plan.problems = [CellProblem(mapping.get(f, f), m) for f, m in problems.items()]
        return plan
    assert values is not None
    plan.outcome, plan.values = Outcome.CREATE, values
    plan.typed = Typed(
        values["first_name"],
        values["last_name"],
        values.get("phone"),
        None if age else values["date_of_birth"],
        age[0] if age else None,
        values["sex"],
    )
    return plan


def classify(
    plan: Plan,
    register: Register,
    old_ids: dict[str, str],
    first_in_file: dict[str, int],
    choice: OnDuplicate,
    old_column: str = "old id",
) -> None:
    if plan.outcome is Outcome.ERROR:
        return
    if plan.old_id:
        if plan.old_id in old_ids:
            plan.outcome, plan.record = Outcome.ALREADY, old_ids[plan.old_id]
            plan.reasons = ("same old id",)
            return
        if plan.old_id in first_in_file:
            plan.outcome = Outcome.ERROR
            other = first_in_file[plan.old_id]
            plan.problems = [CellProblem(old_column, f"Old id {plan.old_id!r} is also on row {other}.")]
            return
        first_in_file[plan.old_id] = plan.row_no
    assert plan.typed is not None and plan.values is not None
    found = register.best(plan.typed)
    if found is not None and choice is not OnDuplicate.CREATE:
        known, sc = found
        plan.reasons = sc.reasons
        plan.duplicate_of = known.label if known.row_no is None else f"row {known.row_no} ({known.label})"
        plan.match_id, plan.match_row = known.patient_id, known.row_no
        plan.outcome = Outcome.MERGED if choice is OnDuplicate.MERGE else Outcome.DUPLICATE
        return
    v = plan.values
    register.add(
        Known(
            Existing(v["first_name"], v["last_name"], v.get("phone"), v["date_of_birth"], v["sex"]),
            plan.label,
            row_no=plan.row_no,
        )
    )
