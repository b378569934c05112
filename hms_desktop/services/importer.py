"""Bringing an old system's patients in: preview, dry run, and a resumable, batched real run.

The file is read by ``import_files``; the plan for every row (create, duplicate, merge, already
imported, error) is decided by ``import_plan`` before anything is written, the same way for a dry run
and a real run, so a dry run's report is exactly what the real run will do; the mappings and the report
CSV are ``import_report``'s. This module is the service and the writer.

The real run writes in batches; each batch is one transaction holding its patients, the MRNs they get,
the audit row and the run's checkpoint (``import_run.rows_done``). A crash or power cut mid-import
therefore leaves whole batches only, and running the same file again (recognised by its SHA-256)
continues after the checkpoint. Rows that carry the old system's id are never created twice: that id is
kept on the patient under a unique index, and a row whose old id is already in is "already imported".
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import types
import uuid
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from sqlalchemy import Table as SqlTable
from sqlalchemy import bindparam, insert, select, update

from hms_desktop.db.base import utcnow
from hms_desktop.db.engine import Database
from hms_desktop.db.models import ClinicSetting, ImportRun, Patient
from hms_desktop.db.models.patients import _keep_search_keys
from hms_desktop.domain.clock import Clock
from hms_desktop.domain.identifiers import make_mrn
from hms_desktop.domain.import_rules import (
    PATIENT_HEADERS,
    guess_mapping,
)
from hms_desktop.domain.permissions import Action
from hms_desktop.errors import HmsError
from hms_desktop.services import audit
from hms_desktop.services.clinic_row import clinic_value
from hms_desktop.services.context import Actor
from hms_desktop.services.guard import require
from hms_desktop.services.import_files import Table, read_table
from hms_desktop.services.import_plan import FILL_FIELDS, Plan, classify, load_register, plan_row
from hms_desktop.services.import_report import (
    check_mapping,
    default_report_path,
    load_saved_mapping,
    save_mapping,
    write_report,
)
from hms_desktop.services.importer_types import (
    FilePreview,
    ImportKind,
    ImportReport,
    OnDuplicate,
    Outcome,
    Progress,
)

BATCH_ROWS = 1000


def _scalar_default(column: Any) -> Any:
    """The column's Python-side constant default (``default="unknown"``), else None."""
    default = column.default
    return default.arg if default is not None and default.is_scalar else None


class ImportService:
    """Import patients (here), doctors and the price list (``import_org``) from CSV / .xlsx files."""

    default_report_path = staticmethod(default_report_path)  # where a run's report goes by default

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
        register, old_ids = load_register(self._db, today)
        index = {h: i for i, h in enumerate(table.headers)}
        cols = {f: index[h] for f, h in mapping.items()}
        first_in_file: dict[str, int] = {}
        plans: list[Plan] = []
        for i, cells in enumerate(table.rows):
            row_no = i + table.first_row_no()
            if not any(str(c).strip() for c in cells if c is not None):
                continue  # a blank line: nothing to report
            if i < resume_from:
                plans.append(Plan(row_no, Outcome.EARLIER))
                continue
            plan = plan_row(row_no, cells, cols, mapping, today)
            choice = decisions.get(row_no, on_duplicate)
            old_column = mapping.get("old_id", "old id")
            classify(plan, register, old_ids, first_in_file, choice, old_column)
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

    def _write(
        self,
        actor: Actor,
        run_id: int,
        table: Table,
        plans: list[Plan],
        resume_from: int,
        progress: Progress,
        batch_rows: int,
        after_batch: Callable[[int], None] | None,
    ) -> bool:
        """Commit the plans batch by batch with the checkpoint; True when cancelled between batches."""
        progress.phase, progress.done = "importing", resume_from
        by_row: dict[int, Plan] = {p.row_no: p for p in plans}
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
        self, actor: Actor, run_id: int, batch: list[Plan], by_row: Mapping[int, Plan], rows_done: int
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
                # one statement for all rows: a field a row left out takes the column's default, as an
                # ORM insert would (an explicit NULL would refuse, e.g., allergy_status 'unknown')
                defaults = {c: _scalar_default(table_.c[c]) for c in columns}
                rows = [{c: r[c] if c in r else defaults[c] for c in columns} for r in rows]
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
    def _insert_row(plan: Plan, actor: Actor, now: dt.datetime) -> dict[str, Any]:
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
    def _merge(s: Any, actor: Actor, patient_id: int, plan: Plan) -> str | None:
        """Fill the existing patient's empty fields (and old id) from the row; audited like an edit."""
        p = s.get(Patient, patient_id)
        if p is None:
            return None
        assert plan.values is not None
        changes: dict[str, list[Any]] = {}
        for f in FILL_FIELDS:
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
