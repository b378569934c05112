"""Bad input through the doctors' and the price list's importer (issue 12: "a property-based test
generates inputs for every service input type"): rows as another program saves them, CSV or .xlsx,
with wrong, nasty and over-long cells. Every run ends in a report or a domain error, never another
exception; every created or updated row reads back as the file said, and a refused row names a cell.
"""

from __future__ import annotations

import itertools
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from hms_desktop.db.engine import Database
from hms_desktop.db.models import BillableItem, Doctor
from hms_desktop.domain.enums import ItemKind
from hms_desktop.domain.validation import text_problem
from hms_desktop.services.importer_types import ImportKind, Outcome
from tests.db.test_bad_input_property import (
    OUTCOMES,
    REFUSED,
    SETTINGS,
    Desk,
    _cell_as_read,
    _cells,
    _write_import_file,
    make_desk,
    names,
    run,
    text_values,
)
from tests.db.test_bad_input_property import _report as _report  # the outcomes' report (HMS_FUZZ_REPORT)


@pytest.fixture
def desk(db: Database) -> Desk:
    return make_desk(db)


_DOCTOR_COLUMNS = {  # field -> the file's header, as a clinic's old register names them
    "full_name": "Doctor", "qualifications": "Degrees", "specialisation": "Speciality",
    "department": "Dept", "reg_number": "Reg No", "reg_council": "Council", "reg_expiry": "Valid Till",
    "consultation_fee": "Fee", "daily_cap": "Per Day", "room": "Room", "phone": "Mobile", "email": "Email",
}  # fmt: skip
_PRICE_COLUMNS = {"code": "Code", "name": "Item", "kind": "Type", "tax_class": "GST class",
                  "unit_price": "Rate", "unit": "Unit"}  # fmt: skip
_N = itertools.count(1)
_BAD_AMOUNTS = ["-1", "abc", "1e30", "NaN", "Infinity", "₹ 1,00,00,000", 1e30, float("nan"), True, "0.001"]

DOCTOR_ROWS = st.fixed_dictionaries(
    {
        "full_name": _cells(["Dr. Asha Rao", "डॉ. मीरा", "Dr. K. S. Iyer"], names()),
        "qualifications": _cells(["MBBS", "MBBS, MD", "MBBS, DNB (Paed.)"], text_values(120)),
        "specialisation": _cells(["General Physician", "Cardiologist", "बाल रोग"], text_values(80)),
        "department": _cells(["GM", "Cardiology", "general medicine"], text_values(40) | st.just("Nowhere")),
        "reg_number": _cells(["next", "next", "next"], text_values(30) | st.sampled_from(["", 17, 1.5])),
        "reg_council": _cells(["Karnataka Medical Council", ""], text_values(80)),
        "reg_expiry": _cells(
            ["31/12/2030", "2031-03-31", "01-04-2032"],
            st.sampled_from(["31/02/2030", "0001-01-01", "9999-12-31", "1e30", 44000.5, True]) | st.dates(),
        ),
        "consultation_fee": _cells(["300", "₹ 500", "1,200.50", ""], st.sampled_from(_BAD_AMOUNTS)),
        "daily_cap": _cells(["12", "30", ""], st.sampled_from(["-3", "0", "1e9", "abc", 2.5, "99999999999"])),
        "room": _cells(["R-1", "", "OPD 3"], text_values(20)),
        "phone": _cells(["9876543210", ""], text_values(15)),
        "email": _cells(["", "asha@example.in"], text_values(120)),
    }
)

PRICE_ROWS = st.fixed_dictionaries(
    {
        "code": _cells(["next", "next", "CONS", "PCM"], text_values(25) | st.sampled_from(["", "a b", 17])),
        "name": _cells(["Dressing (small)", "ECG", "पट्टी", "Amoxicillin 500 mg"], text_values(130)),
        "kind": _cells(["service", "procedure", "medicine", ""], st.sampled_from(["drug", "SERVICE ", 3])),
        "tax_class": _cells(["HEALTH", "MEDICINE", "health"], st.sampled_from(["", "LUXURY", None, 5])),
        "unit_price": _cells(["150", "₹ 1,250.00", "0", "20.5"], st.sampled_from(_BAD_AMOUNTS)),
        "unit": _cells(["NOS", "STRIP", "", "tab"], text_values(12)),
    }
)


def _file(tmp_path: Path, kind: str, columns: dict[str, str], rows: list[dict[str, Any]], xlsx: bool) -> Path:
    fields = list(columns)
    path = tmp_path / f"{kind}-{next(_N)}.{'xlsx' if xlsx else 'csv'}"
    _write_import_file(path, [columns[f] for f in fields], [[r[f] for f in fields] for r in rows])
    return path


def _count_outcomes(kind: str, report: Any) -> None:
    for result in report.results:
        OUTCOMES[kind][result.outcome.value] += 1
        for problem in result.problems:
            REFUSED[kind][f"{problem.column}: {problem.message[:60]}"] += 1
        if result.outcome is Outcome.ERROR:  # a refused row says which cell and why
            assert result.problems and all(p.message.strip() and p.column for p in result.problems)


@SETTINGS
@given(rows=st.lists(DOCTOR_ROWS, min_size=1, max_size=3), xlsx=st.booleans(), dry_run=st.booleans())
def test_doctor_import(
    desk: Desk, tmp_path: Path, rows: list[dict[str, Any]], xlsx: bool, dry_run: bool
) -> None:
    c = desk.c
    for row in rows:  # registration numbers not yet on the register, so good rows are created
        if row["reg_number"] == "next":
            row["reg_number"] = f"KMC-{next(_N)}"
    path = _file(tmp_path, "doctors", _DOCTOR_COLUMNS, rows, xlsx)
    with c.db.read() as s:
        before = s.scalar(select(func.count()).select_from(Doctor)) or 0
    report = run(
        "doctor import",
        lambda: c.sv.importer.run(c.admin, path, ImportKind.DOCTOR, _DOCTOR_COLUMNS, dry_run=dry_run,
                                  report_path=tmp_path / "report.csv"),
    )  # fmt: skip
    with c.db.read() as s:
        after = s.scalar(select(func.count()).select_from(Doctor)) or 0
    if report is None:
        assert after == before
        return
    _count_outcomes("doctor import row", report)
    created = [r for r in report.results if r.outcome is Outcome.CREATED]
    assert after == before + len(created)
    with c.db.read() as s:
        for result in created:
            written = rows[result.row_no - 2]
            doctor = s.scalars(select(Doctor).where(Doctor.reg_number == result.record)).one()
            assert doctor.full_name == " ".join(str(_cell_as_read(written["full_name"], xlsx)).split())
            for name in ("full_name", "qualifications", "specialisation", "room"):
                assert text_problem(getattr(doctor, name) or "", 250) is None, name
            assert Decimal(0) <= doctor.consultation_fee < Decimal(10_000_000)


@SETTINGS
@given(rows=st.lists(PRICE_ROWS, min_size=1, max_size=3), xlsx=st.booleans(), dry_run=st.booleans())
def test_price_import(
    desk: Desk, tmp_path: Path, rows: list[dict[str, Any]], xlsx: bool, dry_run: bool
) -> None:
    c = desk.c
    for row in rows:
        if row["code"] == "next":
            row["code"] = f"IMP-{next(_N)}"
    path = _file(tmp_path, "prices", _PRICE_COLUMNS, rows, xlsx)
    with c.db.read() as s:
        before = s.scalar(select(func.count()).select_from(BillableItem)) or 0
    report = run(
        "price import",
        lambda: c.sv.importer.run(c.admin, path, ImportKind.PRICE, _PRICE_COLUMNS, dry_run=dry_run,
                                  report_path=tmp_path / "report.csv"),
    )  # fmt: skip
    with c.db.read() as s:
        after = s.scalar(select(func.count()).select_from(BillableItem)) or 0
    if report is None:
        assert after == before
        return
    _count_outcomes("price import row", report)
    created = [r for r in report.results if r.outcome is Outcome.CREATED]
    assert after == before + len(created)
    with c.db.read() as s:
        for result in report.results:
            if result.outcome not in (Outcome.CREATED, Outcome.UPDATED):
                continue
            item = s.scalars(select(BillableItem).where(BillableItem.code == result.record)).one()
            assert text_problem(item.name, 120) is None
            assert item.kind in {k.value for k in ItemKind}
            assert item.tax_class in ("HEALTH", "MEDICINE")
            assert len(item.unit) <= 10 and item.unit == item.unit.upper()
