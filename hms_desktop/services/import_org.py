"""Doctors and the price list from CSV / .xlsx, the same way as patients (preview, dry run, report).

Doctors go through ``SchedulingService.save_doctor`` row by row, so they get the doctor form's own
validation, its registration-number check and its audit row; a clinic has tens of doctors, not
thousands. A row whose registration number is already on the register is "already imported", so
re-running the file continues after an interruption without creating anyone twice.

Price-list items are keyed by their code: a new code is added, a known code takes the file's name,
kind, tax class, price and unit (an "update", audited with what changed). Old invoices keep the price
they were issued at (their lines copy it), so changing a price never rewrites a bill.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import func, select

from hms_desktop.db.engine import Database
from hms_desktop.db.models import BillableItem, Department, Doctor, GstRate, ImportRun
from hms_desktop.domain.clock import Clock
from hms_desktop.domain.enums import ItemKind
from hms_desktop.domain.import_rules import CellError, cell_text, parse_date
from hms_desktop.errors import HmsError, ValidationError
from hms_desktop.services import audit
from hms_desktop.services.context import Actor
from hms_desktop.services.import_files import Table
from hms_desktop.services.importer_types import (
    CellProblem,
    ImportKind,
    ImportReport,
    Outcome,
    Progress,
    RowResult,
)
from hms_desktop.services.price_list_lookup import price_on, record_price

_CODE = re.compile(r"^[A-Z0-9][A-Z0-9\-_/.]{0,19}$")


def _money(text: str | None) -> Decimal:
    t = (text or "").replace("₹", "").replace("Rs.", "").replace("Rs", "").replace(",", "").strip()
    try:
        value = Decimal(t).quantize(Decimal("0.01"))
    except InvalidOperation:
        raise CellError(f"{text!r} is not an amount in rupees.") from None
    if value < 0 or value >= Decimal("10000000"):
        raise CellError(f"{text!r}: an amount from 0 to 99,99,999.99.")
    return value


def _expiry(value: object, today: dt.date) -> dt.date | None:
    """A registration expiry may be in the future (parse_date refuses that for birth dates)."""
    return parse_date(value, today, expiry=True)


def run_org_import(
    db: Database,
    actor: Actor,
    table: Table,
    kind: ImportKind,
    mapping: Mapping[str, str],
    dry_run: bool,
    progress: Progress,
    clock: Clock,
    batch_rows: int,
) -> ImportReport:
    index = {h: i for i, h in enumerate(table.headers)}
    cols = {f: index[h] for f, h in mapping.items()}
    progress.phase, progress.total, progress.done = "importing", table.row_count, 0
    run_id = None if dry_run else _start(db, actor, table, kind)
    results: list[RowResult] = []
    doer = _doctor_row if kind is ImportKind.DOCTOR else _price_row
    seen: dict[str, int] = {}
    for i, cells in enumerate(table.rows):
        if progress.cancelled:
            break
        row_no = i + table.first_row_no()
        if not any(str(c).strip() for c in cells if c is not None):
            continue
        results.append(doer(db, actor, clock, row_no, cells, cols, mapping, dry_run, seen))
        progress.done = i + 1
    if run_id is not None:
        with db.write() as s:
            run = s.get(ImportRun, run_id)
            assert run is not None
            run.rows_done = progress.done
            run.created_count = sum(1 for r in results if r.outcome is Outcome.CREATED)
            run.merged_count = sum(1 for r in results if r.outcome is Outcome.UPDATED)
            run.skipped_count = sum(1 for r in results if r.outcome is Outcome.ALREADY)
            run.error_count = sum(1 for r in results if r.outcome is Outcome.ERROR)
            run.status = "cancelled" if progress.cancelled else "done"
            run.finished_at = clock.now()
            audit.record(s, actor, f"import.{run.status}", "import_run", run_id, {"kind": kind.value})
    return ImportReport(
        kind, table.name, dry_run, table.row_count, tuple(results), run_id, 0, progress.cancelled
    )


def _start(db: Database, actor: Actor, table: Table, kind: ImportKind) -> int:
    with db.write() as s:
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
        audit.record(s, actor, "import.start", "import_run", run.id, {"kind": kind.value})
        return run.id


class _Cells:
    def __init__(self, cells: Sequence[object], cols: Mapping[str, int], mapping: Mapping[str, str]) -> None:
        self.cells, self.cols, self.mapping = cells, cols, mapping
        self.problems: dict[str, str] = {}

    def raw(self, field: str) -> object:
        i = self.cols.get(field)
        return None if i is None else self.cells[i]

    def text(self, field: str) -> str | None:
        try:
            return cell_text(self.raw(field))
        except CellError as exc:
            self.problems[field] = str(exc)
            return None

    def result(self, row_no: int, label: str, extra: Mapping[str, str] | None = None) -> RowResult:
        problems = dict(self.problems) | dict(extra or {})
        return RowResult(
            row_no,
            Outcome.ERROR,
            label,
            problems=tuple(CellProblem(self.mapping.get(f, f), m) for f, m in problems.items()),
        )


def _doctor_row(
    db: Database,
    actor: Actor,
    clock: Clock,
    row_no: int,
    cells: Sequence[object],
    cols: Mapping[str, int],
    mapping: Mapping[str, str],
    dry_run: bool,
    seen: dict[str, int],
) -> RowResult:
    from hms_desktop.services.scheduling import SchedulingService
    from hms_desktop.services.scheduling_types import DoctorInput

    c = _Cells(cells, cols, mapping)
    name = c.text("full_name") or ""
    reg = (c.text("reg_number") or "").upper()
    dept_text = c.text("department")
    expiry = None
    try:
        expiry = _expiry(c.raw("reg_expiry"), clock.today())
    except CellError as exc:
        c.problems["reg_expiry"] = str(exc)
    fee = Decimal("0")
    try:
        fee = _money(c.text("consultation_fee") or "0")
    except CellError as exc:
        c.problems["consultation_fee"] = str(exc)
    cap_text = c.text("daily_cap")
    cap = 12
    if cap_text:
        try:
            cap = int(cap_text)
        except ValueError:
            c.problems["daily_cap"] = f"{cap_text!r} is not a whole number."
    if reg and reg in seen:
        return c.result(row_no, name, {"reg_number": f"Registration {reg} is also on row {seen[reg]}."})
    if reg:
        seen[reg] = row_no
    with db.read() as s:
        if reg and s.scalar(select(Doctor.id).where(Doctor.reg_number == reg)) is not None:
            return RowResult(row_no, Outcome.ALREADY, name, record=reg, reasons=("same registration number",))
        dept_id = None
        if dept_text:
            key = dept_text.strip()
            dept_id = s.scalar(select(Department.id).where(Department.code == key.upper()))
            if dept_id is None:
                dept_id = s.scalar(
                    select(Department.id).where(func.lower(Department.name) == key.lower()).limit(1)
                )
    if dept_id is None:
        c.problems["department"] = f"There is no department {dept_text!r}." if dept_text else "Required."
    if c.problems:
        return c.result(row_no, name)
    assert expiry is not None or "reg_expiry" not in c.problems
    data = DoctorInput(
        full_name=name,
        qualifications=c.text("qualifications") or "",
        specialisation=c.text("specialisation") or "",
        department_id=dept_id or 0,
        reg_number=reg,
        reg_council=c.text("reg_council"),
        reg_expiry=expiry,  # type: ignore[arg-type]  # None is refused by the form's validation
        consultation_fee=fee,
        daily_cap=cap,
        room=c.text("room"),
        phone=c.text("phone"),
        email=c.text("email"),
    )
    service = SchedulingService(db, clock)
    try:
        service.organisation.doctor_values(data)  # the doctor form's validation, without writing
        if dry_run:
            return RowResult(row_no, Outcome.CREATE, name, record=reg)
        detail = service.save_doctor(actor, data)
    except ValidationError as exc:
        return c.result(row_no, name, exc.errors)
    except HmsError as exc:
        return c.result(row_no, name, {"reg_number": exc.message})
    return RowResult(row_no, Outcome.CREATED, name, record=detail.reg_number)


def _price_row(
    db: Database,
    actor: Actor,
    clock: Clock,
    row_no: int,
    cells: Sequence[object],
    cols: Mapping[str, int],
    mapping: Mapping[str, str],
    dry_run: bool,
    seen: dict[str, int],
) -> RowResult:
    c = _Cells(cells, cols, mapping)
    code = (c.text("code") or "").upper()
    name = c.text("name") or ""
    v: dict[str, Any] = {"code": code, "name": name}
    if not _CODE.match(code):
        c.problems.setdefault("code", "A code of 1-20 letters, digits or - _ / . is required.")
    elif code in seen:
        c.problems["code"] = f"Code {code} is also on row {seen[code]}."
    else:
        seen[code] = row_no
    if not name or len(name) > 120:
        c.problems.setdefault("name", "Required, at most 120 characters.")
    kind = (c.text("kind") or "service").lower()
    if kind not in {k.value for k in ItemKind}:
        c.problems["kind"] = f"{kind!r}: use one of {', '.join(k.value for k in ItemKind)}."
    v["kind"] = kind
    try:
        v["unit_price"] = _money(c.text("unit_price"))
    except CellError as exc:
        c.problems["unit_price"] = str(exc)
    unit = (c.text("unit") or "NOS").upper()
    if len(unit) > 10:
        c.problems["unit"] = "At most 10 characters (NOS, STRIP, TAB...)."
    v["unit"] = unit
    tax_class = (c.text("tax_class") or "").upper()
    with db.read() as s:
        if (
            not tax_class
            or s.scalar(select(GstRate.id).where(GstRate.tax_class == tax_class).limit(1)) is None
        ):
            classes = sorted(set(s.scalars(select(GstRate.tax_class))))
            c.problems["tax_class"] = f"{tax_class or 'blank'}: use one of {', '.join(classes)}."
        existing = s.scalar(select(BillableItem.id).where(BillableItem.code == code)) if code else None
    v["tax_class"] = tax_class
    if c.problems:
        return c.result(row_no, name or code)
    if dry_run:
        return RowResult(row_no, Outcome.UPDATED if existing else Outcome.CREATE, name, record=code)
    with db.write() as s:
        if existing is None:
            item = BillableItem(is_active=True, **v)
            s.add(item)
            s.flush()
            record_price(s, actor, item, v["unit_price"], dt.date(2000, 1, 1))
            audit.record(
                s, actor, "price.import", "billable_item", item.id, {"code": code, "price": v["unit_price"]}
            )
            return RowResult(row_no, Outcome.CREATED, name, record=code)
        item_row = s.get(BillableItem, existing)
        assert item_row is not None
        before = {k: getattr(item_row, k) for k in v}
        before["unit_price"] = price_on(s, item_row, clock.today())
        for k, val in v.items():
            if k != "unit_price":
                setattr(item_row, k, val)
        if before["unit_price"] != v["unit_price"]:
            # a new price from today: earlier bills keep theirs (dated prices, migration 0011)
            record_price(s, actor, item_row, v["unit_price"], clock.today())
        changes = audit.changes(before, v)
        if not changes:
            return RowResult(row_no, Outcome.ALREADY, name, record=code, reasons=("same code, same values",))
        audit.record(
            s, actor, "price.update", "billable_item", item_row.id, {"changes": changes, "via": "import"}
        )
        return RowResult(row_no, Outcome.UPDATED, name, record=code)
