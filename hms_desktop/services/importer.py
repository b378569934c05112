"""Bringing an old system's patients in: preview, dry run, and a resumable, batched real run.

Every row goes through the registration form's own rules (``patients.validate``) after the cell
readers of ``domain/import_rules`` have turned spreadsheet cells into what the form would hold, and
through the form's duplicate scorer (``domain/duplicates.score``). The plan for every row (create,
duplicate, merge, already imported, error) is decided before anything is written, the same way for a
dry run and a real run, so a dry run's report is exactly what the real run will do.

The real run writes in batches; each batch is one transaction holding its patients, the MRNs they get,
the audit row and the run's checkpoint (``import_run.rows_done``). A crash or power cut mid-import
therefore leaves whole batches only, and running the same file again (recognised by its SHA-256)
continues after the checkpoint. Rows that carry the old system's id are never created twice: that id is
kept on the patient under a unique index, and a row whose old id is already in is "already imported".

Duplicate candidates are looked up the way the registration form's candidate query picks them (the
same phone, or a similar family name with the same initial) and scored by the same scorer, but from an
in-memory register of the existing patients loaded once per import: one indexed query per row per
rule would make 100,000 rows take many minutes. Only people of a similar age (or the same phone) are
compared, because the scorer cannot reach its threshold for anyone else.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import json
import types
import uuid
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Table as SqlTable
from sqlalchemy import bindparam, insert, select, update

from hms_desktop.db.base import utcnow
from hms_desktop.db.engine import Database
from hms_desktop.db.models import ClinicSetting, ImportRun, Patient
from hms_desktop.db.models.patients import _keep_search_keys
from hms_desktop.domain.clock import Clock
from hms_desktop.domain.duplicates import (
    Existing,
    Score,
    Typed,
    canonical_token,
    is_candidate,
    name_tokens,
    score,
)
from hms_desktop.domain.identifiers import make_mrn, normalise_mobile
from hms_desktop.domain.import_rules import (
    PATIENT_HEADERS,
    CellError,
    cell_text,
    guess_mapping,
    neutralise,
    parse_age,
    parse_date,
    parse_sex,
    phone_candidates,
    split_name,
)
from hms_desktop.domain.permissions import Action
from hms_desktop.errors import HmsError, ValidationError
from hms_desktop.private_files import private_dir, private_file
from hms_desktop.services import audit
from hms_desktop.services.clinic_row import clinic_value
from hms_desktop.services.context import Actor
from hms_desktop.services.guard import require
from hms_desktop.services.import_files import Table, read_table
from hms_desktop.services.importer_types import (
    FIELDS,
    CellProblem,
    FilePreview,
    ImportKind,
    ImportReport,
    OnDuplicate,
    Outcome,
    Progress,
    RowResult,
)
from hms_desktop.services.patients import PatientInput, validate

BATCH_ROWS = 1000
# the registration form takes a landline beside the mobile (migration 0008)
_HAS_LANDLINE = "landline" in {f.name for f in dataclasses.fields(PatientInput)}


def _is_landline(text: str) -> bool:
    from hms_desktop.domain import identifiers

    normalise = getattr(identifiers, "normalise_landline", None)
    return normalise is not None and normalise(text) is not None


_FILL_FIELDS = (
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
class _Plan:
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
class _Known:
    """One person in the in-memory register: an existing patient (``patient_id``) or a file row."""

    existing: Existing
    label: str
    patient_id: int | None = None
    row_no: int | None = None


def _age(dob: dt.date, today: dt.date) -> int:
    return today.year - dob.year - ((today.month, today.day) < (dob.month, dob.day))


class _Register:
    """Existing patients and the rows planned so far, bucketed by the form's candidate keys."""

    def __init__(self, today: dt.date) -> None:
        self.today = today
        self.by_phone: dict[str, list[_Known]] = defaultdict(list)
        self.by_name: dict[tuple[str, int], list[_Known]] = defaultdict(list)

    @staticmethod
    def name_key(first: str | None, last: str | None) -> str:
        f, lt = name_tokens(first), name_tokens(last)
        if lt and f:
            return canonical_token(lt[-1])[:3] + "|" + canonical_token(f[0])[:1]
        return canonical_token((f or lt or [""])[0])[:3] + "|"

    def add(self, k: _Known) -> None:
        e = k.existing
        if e.phone:
            self.by_phone[e.phone].append(k)
        if e.date_of_birth is not None:
            self.by_name[(self.name_key(e.first_name, e.last_name), e.date_of_birth.year)].append(k)

    def best(self, typed: Typed) -> tuple[_Known, Score] | None:
        seen: set[int] = set()
        cands: list[_Known] = []
        if typed.phone:
            cands += self.by_phone.get(typed.phone, ())
        year = typed.date_of_birth.year if typed.date_of_birth else None
        if year is None and typed.age_years is not None:
            year = self.today.year - typed.age_years
        if year is not None:
            key = self.name_key(typed.first_name, typed.last_name)
            for y in (year - 2, year - 1, year, year + 1, year + 2):
                cands += self.by_name.get((key, y), ())
        best: tuple[_Known, Score] | None = None
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


def _mappings_file() -> Path:
    from hms_desktop.config import config_dir

    return config_dir() / "import_mappings.json"


def load_saved_mapping(kind: ImportKind, headers: Sequence[str], path: Path | None = None) -> dict[str, str]:
    """The mapping saved after the last import of this kind, kept to the headers this file has."""
    p = path or _mappings_file()
    try:
        saved = json.loads(p.read_text(encoding="utf-8")).get(kind.value, {})
    except (OSError, ValueError):
        return {}
    return {f: h for f, h in saved.items() if isinstance(h, str) and h in headers}


def save_mapping(kind: ImportKind, mapping: Mapping[str, str], path: Path | None = None) -> None:
    p = path or _mappings_file()
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = {}
    data[kind.value] = dict(mapping)
    p.parent.mkdir(parents=True, exist_ok=True)
    tmp = p.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    tmp.replace(p)


def check_mapping(kind: ImportKind, mapping: Mapping[str, str], headers: Sequence[str]) -> None:
    """ValidationError (field -> message) for a mapping that cannot work."""
    known = {f for f, _label in FIELDS[kind]}
    errors = {f: "Not a field of this import." for f in mapping if f not in known}
    errors |= {f: f"The file has no column {h!r}." for f, h in mapping.items() if h not in headers}
    used: dict[str, str] = {}
    for f, h in mapping.items():
        if h in used:
            errors[f] = f"Column {h!r} is already mapped to {used[h]}."
        used[h] = f
    if kind is ImportKind.PATIENT:
        if "full_name" not in mapping and "first_name" not in mapping:
            errors["full_name"] = "Map a name column (Name, or First name)."
        if "sex" not in mapping:
            errors["sex"] = "Map the gender / sex column: the register needs it."
        if "date_of_birth" not in mapping and "age" not in mapping:
            errors["date_of_birth"] = "Map the date of birth or the age column."
    if errors:
        raise ValidationError(errors)


def report_rows(report: ImportReport) -> list[list[str]]:
    """The import report as CSV rows: one line per row outcome (one per problem for bad rows)."""
    out = [["row", "outcome", "old_id", "name", "record", "column", "message", "duplicate_of"]]
    for r in report.results:
        base = [str(r.row_no), r.outcome.value, r.old_id or "", r.label, r.record or ""]
        if r.problems:
            for p in r.problems:
                out.append([*base, p.column, p.message, r.duplicate_of or ""])
        else:
            out.append([*base, "", ", ".join(r.reasons), r.duplicate_of or ""])
    return out


def write_report(report: ImportReport, path: Path) -> Path:
    """Write the report CSV (UTF-8 with BOM, so Excel opens names in Indian scripts correctly)."""
    private_dir(path.parent)
    private_file(path)  # names and phones: the user's alone
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        for line in report_rows(report):
            w.writerow([neutralise(c) for c in line])
    return path


def default_report_path(file_name: str, kind: ImportKind, dry_run: bool) -> Path:
    from hms_desktop.config import data_dir

    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")  # the desk's wall clock: a file name on its disk
    tag = "dry-run" if dry_run else "import"
    return data_dir() / "imports" / f"{Path(file_name).stem}-{kind.value}-{tag}-{stamp}.csv"


class ImportService:
    """Import patients (here), doctors and the price list (``import_org``) from CSV / .xlsx files."""

    def __init__(self, db: Database, clock: Clock | None = None) -> None:
        self._db = db
        self.clock = clock or Clock()

    def _permission(self, actor: Actor, kind: ImportKind) -> None:
        action = {
            ImportKind.PATIENT: Action.PATIENT_REGISTER,
            ImportKind.DOCTOR: Action.DOCTOR_MANAGE,
            ImportKind.PRICE: Action.PRICE_LIST_MANAGE,
        }[kind]
        require(self._db, actor, action, "import_run")
        # bulk import is an administrator's job (Settings -> Import), whatever else the role may do
        require(self._db, actor, Action.SETTINGS_MANAGE, "import_run")

    def preview(self, actor: Actor, path: Path | str, kind: ImportKind, sample: int = 8) -> FilePreview:
        """The file's columns, its first rows and the mapping (saved for such headers, else guessed)."""
        self._permission(actor, kind)
        table = read_table(path)
        return self._preview(table, kind, sample)

    @staticmethod
    def _preview(table: Table, kind: ImportKind, sample: int = 8) -> FilePreview:
        from hms_desktop.domain.import_rules import DOCTOR_HEADERS, PRICE_HEADERS

        spellings = {
            ImportKind.PATIENT: PATIENT_HEADERS,
            ImportKind.DOCTOR: DOCTOR_HEADERS,
            ImportKind.PRICE: PRICE_HEADERS,
        }[kind]
        mapping = load_saved_mapping(kind, table.headers) or guess_mapping(table.headers, spellings)
        rows = tuple(tuple("" if c is None else str(c) for c in r) for r in table.rows[:sample])
        return FilePreview(
            table.name,
            table.kind,
            table.encoding,
            table.delimiter,
            table.headers,
            rows,
            table.row_count,
            mapping,
        )

    def run(
        self,
        actor: Actor,
        path: Path | str,
        kind: ImportKind = ImportKind.PATIENT,
        mapping: Mapping[str, str] | None = None,
        *,
        dry_run: bool = False,
        on_duplicate: OnDuplicate = OnDuplicate.SKIP,
        decisions: Mapping[int, OnDuplicate] | None = None,
        progress: Progress | None = None,
        report_path: Path | None = None,
        batch_rows: int = BATCH_ROWS,
        after_batch: Callable[[int], None] | None = None,
    ) -> ImportReport:
        """Import (or with ``dry_run`` only check) ``path``; see the module docstring.

        ``decisions`` overrides ``on_duplicate`` for single rows (row number -> choice). ``after_batch``
        is called with the rows done after each committed batch (tests use it to crash mid-import).
        """
        self._permission(actor, kind)
        progress = progress or Progress()
        progress.phase = "reading"
        table = read_table(path)
        if mapping is None:
            mapping = self._preview(table, kind).mapping
        check_mapping(kind, mapping, table.headers)
        if kind is not ImportKind.PATIENT:
            from hms_desktop.services.import_org import run_org_import

            report = run_org_import(
                self._db, actor, table, kind, mapping, dry_run, progress, self.clock, batch_rows
            )
        else:
            report = self._run_patients(
                actor,
                table,
                mapping,
                dry_run,
                on_duplicate,
                decisions or {},
                progress,
                batch_rows,
                after_batch,
            )
        if not dry_run:
            save_mapping(kind, mapping)
        if report_path is not None:
            write_report(report, report_path)
            report = dataclasses.replace(report, report_path=str(report_path))
        return report

    # --- patients ------------------------------------------------------------------------------

    def _run_patients(
        self,
        actor: Actor,
        table: Table,
        mapping: Mapping[str, str],
        dry_run: bool,
        on_duplicate: OnDuplicate,
        decisions: Mapping[int, OnDuplicate],
        progress: Progress,
        batch_rows: int,
        after_batch: Callable[[int], None] | None,
    ) -> ImportReport:
        today = self.clock.today()
        progress.phase, progress.total, progress.done = "checking", table.row_count, 0
        run_id, resume_from = (None, 0) if dry_run else self._start_run(actor, table, ImportKind.PATIENT)
        register, old_ids = self._load_register(today)
        index = {h: i for i, h in enumerate(table.headers)}
        cols = {f: index[h] for f, h in mapping.items()}
        first_in_file: dict[str, int] = {}
        plans: list[_Plan] = []
        for i, cells in enumerate(table.rows):
            row_no = i + table.first_row_no()
            if not any(str(c).strip() for c in cells if c is not None):
                continue  # a blank line: nothing to report
            if i < resume_from:
                plans.append(_Plan(row_no, Outcome.EARLIER))
                continue
            plan = self._plan_row(row_no, cells, cols, mapping, today)
            choice = decisions.get(row_no, on_duplicate)
            old_column = mapping.get("old_id", "old id")
            self._classify(plan, register, old_ids, first_in_file, choice, old_column)
            plans.append(plan)
            if i % 500 == 0:
                progress.done = i
        progress.done = 0
        cancelled = False
        if not dry_run:
            assert run_id is not None
            cancelled = self._write(
                actor, run_id, table, plans, resume_from, progress, batch_rows, after_batch
            )
        progress.done = table.row_count
        return ImportReport(
            ImportKind.PATIENT,
            table.name,
            dry_run,
            table.row_count,
            tuple(p.result() for p in plans),
            run_id,
            resume_from,
            cancelled,
        )

    def _start_run(self, actor: Actor, table: Table, kind: ImportKind) -> tuple[int, int]:
        """The run to write into: the interrupted run of this same file if there is one, else a new one."""
        with self._db.write() as s:
            last = s.scalars(
                select(ImportRun)
                .where(ImportRun.file_sha256 == table.sha256, ImportRun.kind == kind.value)
                .order_by(ImportRun.id.desc())
                .limit(1)
            ).first()
            if last is not None and last.status != "done" and last.rows_done < table.row_count:
                last.status = "running"
                audit.record(
                    s, actor, "import.resume", "import_run", last.id, {"from_row": last.rows_done + 1}
                )
                return last.id, last.rows_done
            run = ImportRun(
                kind=kind.value,
                file_name=table.name[:255],
                file_sha256=table.sha256,
                status="running",
                rows_total=table.row_count,
                rows_done=0,
                created_count=0,
                merged_count=0,
                skipped_count=0,
                error_count=0,
                started_by=actor.user_id,
            )
            s.add(run)
            s.flush()
            audit.record(
                s, actor, "import.start", "import_run", run.id, {"kind": kind.value, "rows": table.row_count}
            )
            return run.id, 0

    def _load_register(self, today: dt.date) -> tuple[_Register, dict[str, str]]:
        register = _Register(today)
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
        with self._db.read() as s:
            for r in s.execute(select(*cols).order_by(Patient.id)).yield_per(5000):
                label = f"{r.mrn} {' '.join(p for p in (r.first_name, r.last_name) if p)}"
                register.add(
                    _Known(Existing(r.first_name, r.last_name, r.phone, r.date_of_birth, r.sex), label, r.id)
                )
                if r.old_id:
                    old_ids[r.old_id] = r.mrn
        return register, old_ids

    @staticmethod
    def _plan_row(
        row_no: int,
        cells: Sequence[object],
        cols: Mapping[str, int],
        mapping: Mapping[str, str],
        today: dt.date,
    ) -> _Plan:
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
        extra: dict[str, Any] = {}
        if _HAS_LANDLINE:
            if phone and not landline and _is_landline(phone):
                phone, landline = None, phone  # the only number is a landline: it goes where it belongs
            extra["landline"] = landline
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
            **extra,
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
        plan = _Plan(row_no, Outcome.ERROR, label, old_id)
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

    @staticmethod
    def _classify(
        plan: _Plan,
        register: _Register,
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
            _Known(
                Existing(v["first_name"], v["last_name"], v.get("phone"), v["date_of_birth"], v["sex"]),
                plan.label,
                row_no=plan.row_no,
            )
        )

    def _write(
        self,
        actor: Actor,
        run_id: int,
        table: Table,
        plans: list[_Plan],
        resume_from: int,
        progress: Progress,
        batch_rows: int,
        after_batch: Callable[[int], None] | None,
    ) -> bool:
        """Commit the plans batch by batch with the checkpoint; True when cancelled between batches."""
        progress.phase, progress.done = "importing", resume_from
        by_row: dict[int, _Plan] = {p.row_no: p for p in plans}
        first = table.first_row_no()
        start = resume_from
        while start < table.row_count:
            if progress.cancelled:
                self._finish(actor, run_id, "cancelled")
                return True
            end = min(start + batch_rows, table.row_count)
            batch = [p for p in (by_row.get(i + first) for i in range(start, end)) if p is not None]
            self._write_batch(actor, run_id, batch, by_row, end)
            start = progress.done = end
            if after_batch is not None:
                after_batch(end)
        self._finish(actor, run_id, "done")
        return False

    def _write_batch(
        self, actor: Actor, run_id: int, batch: list[_Plan], by_row: Mapping[int, _Plan], rows_done: int
    ) -> None:
        now = utcnow()
        with self._db.write() as s:
            prefix = clinic_value(s, ClinicSetting.mrn_prefix) or "HMS"
            merged: list[int] = []
            creates = [p for p in batch if p.outcome is Outcome.CREATE]
            ids: list[int] = []
            if creates:
                # Core executemany (insertmanyvalues, ids in parameter order) instead of one ORM object per
                # row: the ORM's unit of work cost more than everything else of an import together. The
                # search keys come from the model's own listener, the same as an ORM insert sets them.
                table_ = Patient.__table__
                assert isinstance(table_, SqlTable)
                rows = [self._insert_row(plan, actor, now) for plan in creates]
                columns = set().union(*rows)  # the form leaves out fields it had no value for
                rows = [{c: r.get(c) for c in columns} for r in rows]
                stmt = insert(table_).returning(table_.c.id, sort_by_parameter_order=True)
                ids = [int(r[0]) for r in s.execute(stmt, rows)]
                s.execute(
                    update(table_).where(table_.c.id == bindparam("pid")).values(mrn=bindparam("new_mrn")),
                    [{"pid": pid, "new_mrn": make_mrn(prefix, pid)} for pid in ids],
                )
            for plan, pid in zip(creates, ids, strict=True):
                plan.outcome, plan.record = Outcome.CREATED, make_mrn(prefix, pid)
                plan.match_id = pid
            for plan in batch:
                if plan.outcome is Outcome.MERGED:
                    target = plan.match_id
                    if target is None and plan.match_row is not None:
                        target = by_row[plan.match_row].match_id
                    if target is not None:
                        plan.record = self._merge(s, actor, target, plan)
                        merged.append(target)
            counts = {o: sum(1 for p in batch if p.outcome is o) for o in Outcome}
            run = s.get(ImportRun, run_id)
            assert run is not None
            run.rows_done = rows_done
            run.created_count += counts[Outcome.CREATED]
            run.merged_count += counts[Outcome.MERGED]
            run.skipped_count += counts[Outcome.DUPLICATE] + counts[Outcome.ALREADY]
            run.error_count += counts[Outcome.ERROR]
            if ids or merged:
                audit.record(
                    s,
                    actor,
                    "patient.import",
                    "import_run",
                    run_id,
                    {
                        "rows": [batch[0].row_no, batch[-1].row_no],
                        "created": ids,
                        "merged": merged,
                    },
                )

    @staticmethod
    def _insert_row(plan: _Plan, actor: Actor, now: dt.datetime) -> dict[str, Any]:
        assert plan.values is not None
        keys = types.SimpleNamespace(
            first_name=plan.values["first_name"],
            last_name=plan.values.get("last_name"),
            phone=plan.values.get("phone"),
        )
        _keep_search_keys(None, None, keys)  # reads and sets those three attributes only
        return {
            **plan.values,
            "mrn": f"TMP-{uuid.uuid4().hex[:16]}",
            "created_by": actor.user_id,
            "created_at": now,
            "old_id": plan.old_id,
            "first_key": keys.first_key,
            "last_key": keys.last_key,
            "phone_rev": keys.phone_rev,
            "row_version": 1,
        }

    @staticmethod
    def _merge(s: Any, actor: Actor, patient_id: int, plan: _Plan) -> str | None:
        """Fill the existing patient's empty fields (and old id) from the row; audited like an edit."""
        p = s.get(Patient, patient_id)
        if p is None:
            return None
        assert plan.values is not None
        changes: dict[str, list[Any]] = {}
        for f in _FILL_FIELDS:
            new = plan.values.get(f)
            if new is not None and getattr(p, f) is None:
                changes[f] = [None, new]
                setattr(p, f, new)
        if plan.old_id and p.old_id is None:
            changes["old_id"] = [None, plan.old_id]
            p.old_id = plan.old_id
        if changes:
            p.updated_at = utcnow()
            p.updated_by = actor.user_id
            s.flush()
            audit.record(s, actor, "patient.update", "patient", p.id, {"changes": changes, "via": "import"})
        return str(p.mrn)

    def _finish(self, actor: Actor, run_id: int, status: str) -> None:
        with self._db.write() as s:
            run = s.get(ImportRun, run_id)
            if run is None:
                raise HmsError("The import's record vanished while it ran.")
            run.status = status
            run.finished_at = utcnow()
            audit.record(
                s,
                actor,
                f"import.{status}",
                "import_run",
                run_id,
                {"created": run.created_count, "merged": run.merged_count, "errors": run.error_count},
            )
