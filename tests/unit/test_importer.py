"""Patient, doctor and price-list import on real generated files, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from hms_desktop.db.engine import Database
from hms_desktop.db.models import AuditLog, BillableItem, Department, Doctor, ImportRun, Patient
from hms_desktop.domain.enums import Role
from hms_desktop.errors import PermissionDenied, ValidationError
from hms_desktop.services.import_files import ImportFileError
from hms_desktop.services.importer import ImportService
from hms_desktop.services.importer_types import ImportKind, OnDuplicate, Outcome, Progress
from tests.unit.helpers import make_user
from tests.unit.import_data import HEADERS, clean_rows, messy_rows, write_csv, write_xlsx


@pytest.fixture(autouse=True)
def _own_saved_mappings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts without the mapping an earlier test's import saved."""
    from hms_desktop.services import import_report

    monkeypatch.setattr(import_report, "_mappings_file", lambda: tmp_path / "import_mappings.json")


def _count(db: Database, model: type) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


@pytest.mark.parametrize(
    ("encoding", "delimiter"), [("utf-8", ","), ("utf-8-sig", ";"), ("cp1252", "\t")], ids=str
)
def test_clean_csv_in_three_encodings(db: Database, tmp_path: Path, encoding: str, delimiter: str) -> None:
    admin = make_user(db, "admin", Role.ADMIN)
    rows = clean_rows(300)
    rows[0][0] = "René D'Souza"  # not ASCII: must survive the encoding
    rows[1][0] = "Zoë Fernandes"
    path = write_csv(tmp_path / "p.csv", rows, encoding, delimiter)
    service = ImportService(db)
    preview = service.preview(admin, path, ImportKind.PATIENT)
    assert preview.headers == HEADERS and preview.row_count == 300
    assert preview.encoding.startswith(
        {"utf-8": "utf-8", "utf-8-sig": "utf-8-sig", "cp1252": "cp1252"}[encoding]
    )
    assert preview.mapping["full_name"] == "Patient Name" and preview.mapping["old_id"] == "UHID"
    dry = service.run(admin, path, dry_run=True)
    assert dry.rows_read == 300 and dry.to_create == 300 and not dry.errors
    assert _count(db, Patient) == 0 and _count(db, ImportRun) == 0  # a dry run writes nothing
    done = service.run(admin, path, report_path=tmp_path / "report.csv")
    assert done.count(Outcome.CREATED) == 300
    with db.read() as s:
        rene = s.scalars(select(Patient).where(Patient.old_id == "OLD0000000")).one()
        zoe = s.scalars(select(Patient).where(Patient.old_id == "OLD0000001")).one()
        assert (rene.first_name, rene.last_name) == ("René", "D'Souza")
        assert zoe.first_name == "Zoë"
        assert rene.mrn.startswith("HMS-") and not rene.mrn.startswith("TMP")
        assert len(rene.phone or "") == 10
    again = service.run(admin, path)  # re-running never duplicates: the old ids are in
    assert again.count(Outcome.ALREADY) == 300 and _count(db, Patient) == 300
    assert (tmp_path / "report.csv").stat().st_mode & 0o077 == 0  # names and phones: not for others
    with (tmp_path / "report.csv").open(encoding="utf-8-sig") as fh:
        report = list(csv.DictReader(fh))
    assert len(report) == 300 and {r["outcome"] for r in report} == {"created"}


def test_xlsx_with_excel_dates_numbers_and_formulas(db: Database, tmp_path: Path) -> None:
    admin = make_user(db, "admin", Role.ADMIN)
    rows: list[list[object]] = [list(r) for r in clean_rows(20)]
    rows[0][2] = dt.datetime(1980, 12, 31)  # an Excel date cell
    rows[1][4] = 9845012345  # a phone stored as a number
    rows[2][2] = ""
    rows[2][3] = 45  # an age as a number
    rows[3][5] = "=CONCAT(A1,B1)"  # a formula
    path = write_xlsx(tmp_path / "p.xlsx", rows)
    report = ImportService(db).run(admin, path)
    assert report.count(Outcome.CREATED) == 19
    (bad,) = report.errors
    assert bad.row_no == 5 and bad.problems[0].column == "City" and "formula" in bad.problems[0].message
    with db.read() as s:
        first = s.scalars(select(Patient).where(Patient.old_id == "OLD0000000")).one()
        second = s.scalars(select(Patient).where(Patient.old_id == "OLD0000001")).one()
        aged = s.scalars(select(Patient).where(Patient.old_id == "OLD0000002")).one()
    assert first.date_of_birth == dt.date(1980, 12, 31)
    assert second.phone == "9845012345"
    assert aged.dob_estimated


def test_messy_file_dry_run_matches_real_run(db: Database, tmp_path: Path) -> None:
    admin = make_user(db, "admin", Role.ADMIN)
    rows, made = messy_rows(10_000)
    path = write_csv(tmp_path / "messy.csv", rows)
    service = ImportService(db)
    dry = service.run(admin, path, dry_run=True, report_path=tmp_path / "dry.csv")
    assert _count(db, Patient) == 0
    assert dry.rows_read == 10_000
    # every designed error, and only those, is an error with a row, a column and a reason
    designed_errors = {
        i + 2 for i in range(10_000) if (i and i % 50 == 0) or (i > 100 and i % 97 == 0 and i % 40 and i % 50)
    }
    assert {r.row_no for r in dry.errors} == designed_errors
    assert len(designed_errors) == made.errors + made.repeated_old_ids
    assert all(p.column in HEADERS and p.message for r in dry.errors for p in r.problems)
    messages = {p.message for r in dry.errors for p in r.problems}
    assert any("in the future" in m for m in messages)
    assert any("formula" in m for m in messages)
    assert any("month-first" in m for m in messages)
    assert any("is also on row" in m for m in messages)
    # every copy of an earlier person is reported as a duplicate, never created
    copies = {r.row_no for r in dry.results if (r.old_id or "").startswith("NEW")}
    dup_rows = {r.row_no for r in dry.results if r.outcome is Outcome.DUPLICATE}
    assert len(copies) == made.duplicates_in_file and copies <= dup_rows
    assert dry.to_create + len(dup_rows) + len(dry.errors) == 10_000
    real = service.run(admin, path)
    assert [(r.row_no, r.outcome) for r in real.results] == [
        (r.row_no, Outcome.CREATED if r.outcome is Outcome.CREATE else r.outcome) for r in dry.results
    ]
    assert _count(db, Patient) == dry.to_create
    with db.read() as s:
        assert s.scalar(select(func.count()).where(Patient.mrn.like("TMP-%"))) == 0
        run = s.scalars(select(ImportRun)).one()
        assert (run.status, run.rows_done, run.created_count) == ("done", 10_000, dry.to_create)
        audited = s.scalar(select(func.count()).where(AuditLog.action == "patient.import"))
        assert audited == 10  # one per committed batch of 1,000 rows


def test_duplicates_of_registered_patients_skip_merge_or_create(db: Database, tmp_path: Path) -> None:
    admin = make_user(db, "admin", Role.ADMIN)
    service = ImportService(db)
    rows = clean_rows(5)
    service.run(admin, write_csv(tmp_path / "a.csv", rows))
    copy = [list(r) for r in rows[:3]]
    for i, r in enumerate(copy):
        r[7] = f"OTHER{i}"  # the other system's id differs: only the matching finds them
        r[8] = f"new{i}@example.in"
        r[6] = ""
    path = write_csv(tmp_path / "b.csv", copy)
    skipped = service.run(admin, path, on_duplicate=OnDuplicate.SKIP)
    assert skipped.count(Outcome.DUPLICATE) == 3 and _count(db, Patient) == 5
    assert all(
        r.duplicate_of and "HMS-" in r.duplicate_of and "same name" in r.reasons for r in skipped.results
    )
    merged = service.run(
        admin, path, decisions={2: OnDuplicate.CREATE, 3: OnDuplicate.MERGE}, on_duplicate=OnDuplicate.SKIP
    )
    assert [r.outcome for r in merged.results] == [Outcome.CREATED, Outcome.MERGED, Outcome.DUPLICATE]
    assert _count(db, Patient) == 6
    with db.read() as s:
        p = s.scalars(select(Patient).where(Patient.old_id == "OLD0000001")).one()
        assert p.email == "new1@example.in"  # it had none: filled from the file
        assert p.pin_code is not None  # a blank cell never blanks what is registered
        assert s.scalar(select(func.count()).where(AuditLog.action == "patient.update")) == 1
    assert merged.results[1].record == p.mrn


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (b"", "empty.csv", "empty"),
        (b"Patient Name,Gender\r\n", "header.csv", "no data rows"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "old.xls", "Excel 97-2003"),
        (b"%PDF-1.4\n" + b"\0" * 100, "scan.pdf", "not a CSV or .xlsx"),
        (b"PK\x03\x04 not really", "book.xlsx", "damaged"),
        (b"Name,Sex\r\nRavi,M\r\n\0\0\0", "binary.csv", "binary"),
    ],
)
def test_bad_files_are_refused_with_nothing_written(
    sqlite_db: Database, tmp_path: Path, content: bytes, name: str, message: str
) -> None:
    admin = make_user(sqlite_db, "admin", Role.ADMIN)
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ImportFileError, match=message):
        ImportService(sqlite_db).run(admin, path)
    assert _count(sqlite_db, Patient) == 0 and _count(sqlite_db, ImportRun) == 0


def test_huge_files_are_refused_before_reading(sqlite_db: Database, tmp_path: Path) -> None:
    admin = make_user(sqlite_db, "admin", Role.ADMIN)
    big = tmp_path / "big.csv"
    with big.open("wb") as fh:  # a sparse 101 MB file: refused on its size alone
        fh.write(b"Name,Sex\r\n")
        fh.seek(101 * 2**20)
        fh.write(b"\r\n")
    with pytest.raises(ImportFileError, match="at most 100 MB"):
        ImportService(sqlite_db).run(admin, big)
    many = tmp_path / "million.csv"
    many.write_bytes(b"Name,Sex,Age\r\n" + b"Ravi Kumar,M,45\r\n" * 1_000_000)
    with pytest.raises(ImportFileError, match="more than 200,000 rows"):
        ImportService(sqlite_db).run(admin, many)
    assert _count(sqlite_db, Patient) == 0


def test_broken_utf8_rows_are_errors_the_rest_imports(sqlite_db: Database, tmp_path: Path) -> None:
    admin = make_user(sqlite_db, "admin", Role.ADMIN)
    path = write_csv(tmp_path / "p.csv", clean_rows(10))
    data = path.read_bytes().replace(b"Ravi", "Rávi".encode()).replace(b"Suresh", b"Sur\xe9sh")
    path.write_bytes(data)
    report = ImportService(sqlite_db).run(admin, path)
    (bad,) = report.errors
    assert bad.row_no == 4 and "encoding" in bad.problems[0].message
    assert report.count(Outcome.CREATED) == 9


def test_mapping_checks_and_saved_mapping(sqlite_db: Database, tmp_path: Path) -> None:
    admin = make_user(sqlite_db, "admin", Role.ADMIN)
    path = write_csv(tmp_path / "p.csv", clean_rows(3))
    service = ImportService(sqlite_db)
    with pytest.raises(ValidationError) as err:
        service.run(admin, path, mapping={"full_name": "Patient Name", "phone": "Nope"})
    assert set(err.value.errors) >= {"phone", "sex", "date_of_birth"}
    mapping = {"full_name": "Patient Name", "sex": "Gender", "date_of_birth": "DOB", "city": "UHID"}
    service.run(admin, path, mapping=mapping)
    assert service.preview(admin, path, ImportKind.PATIENT).mapping == mapping  # saved for next time


def test_only_an_administrator_imports(sqlite_db: Database, tmp_path: Path) -> None:
    desk = make_user(sqlite_db, "desk", Role.RECEPTIONIST)
    path = write_csv(tmp_path / "p.csv", clean_rows(3))
    with pytest.raises(PermissionDenied):
        ImportService(sqlite_db).run(desk, path)
    assert _count(sqlite_db, Patient) == 0


def test_cancel_stops_at_a_checkpoint_and_the_next_run_continues(db: Database, tmp_path: Path) -> None:
    admin = make_user(db, "admin", Role.ADMIN)
    path = write_csv(tmp_path / "p.csv", clean_rows(2_500))
    progress = Progress()
    service = ImportService(db)
    first = service.run(
        admin, path, progress=progress, batch_rows=500, after_batch=lambda done: progress.cancel()
    )
    assert first.cancelled and _count(db, Patient) == 500
    second = service.run(admin, path, batch_rows=500)
    assert second.resumed_from == 500 and second.count(Outcome.EARLIER) == 500
    assert second.count(Outcome.CREATED) + second.count(Outcome.DUPLICATE) == 2_000
    assert _count(db, Patient) == 500 + second.count(Outcome.CREATED)
    with db.read() as s:
        assert s.scalars(select(ImportRun.status)).all() == ["done"]


def test_doctors_and_price_list(db: Database, tmp_path: Path) -> None:
    admin = make_user(db, "admin", Role.ADMIN)
    with db.write() as s:
        s.add(Department(name="General Medicine", code="GEN", opens_min=540, closes_min=1080))
    doctors = tmp_path / "doctors.csv"
    doctors.write_text(
        "Name,Qualification,Speciality,Department,Reg No,Council,Valid Till,Fee\n"
        'Dr Asha Rao,"MBBS, MD",General Medicine,GEN,KMC-100001,Karnataka Medical Council,31/12/2030,400\n'
        "Dr Vikram Shah,MBBS,General Medicine,general medicine,KMC-100002,,2029-06-30,₹350\n"
        "Dr No Dept,MBBS,General Medicine,Cardiology,KMC-100003,,2029-06-30,300\n"
        "Dr Again,MBBS,General Medicine,GEN,KMC-100001,,2029-06-30,300\n",
        encoding="utf-8",
    )
    service = ImportService(db)
    dry = service.run(admin, doctors, ImportKind.DOCTOR, dry_run=True)
    assert [r.outcome for r in dry.results] == [Outcome.CREATE, Outcome.CREATE, Outcome.ERROR, Outcome.ERROR]
    assert _count(db, Doctor) == 0
    real = service.run(admin, doctors, ImportKind.DOCTOR)
    assert real.count(Outcome.CREATED) == 2
    assert "no department" in real.results[2].problems[0].message
    assert service.run(admin, doctors, ImportKind.DOCTOR).count(Outcome.ALREADY) == 2
    prices = tmp_path / "prices.csv"
    prices.write_text(
        "Code,Item,Type,Tax Class,Rate,Unit\n"
        "CONS-GEN,General consultation,service,HEALTH,500,NOS\n"
        'MED-PCM,Paracetamol 500 mg,medicine,MEDICINE,"1,20.50",STRIP\n'
        "BAD,Thing,gadget,NONE,abc,\n",
        encoding="utf-8",
    )
    first = service.run(admin, prices, ImportKind.PRICE)
    assert [r.outcome for r in first.results] == [Outcome.CREATED, Outcome.CREATED, Outcome.ERROR]
    assert {p.column for p in first.results[2].problems} == {"Type", "Tax Class", "Rate"}
    prices.write_text(prices.read_text(encoding="utf-8").replace(",500,", ",550,"), encoding="utf-8")
    second = service.run(admin, prices, ImportKind.PRICE)
    assert [r.outcome for r in second.results[:2]] == [Outcome.UPDATED, Outcome.ALREADY]
    with db.read() as s:
        item = s.scalars(select(BillableItem).where(BillableItem.code == "MED-PCM")).one()
        assert str(item.unit_price) == "120.50"
        assert s.scalar(select(BillableItem.unit_price).where(BillableItem.code == "CONS-GEN")) == 550


def test_the_old_id_is_searchable(db: Database, tmp_path: Path) -> None:
    from hms_desktop.services.patients import PatientService

    admin = make_user(db, "admin", Role.ADMIN)
    rows = clean_rows(3)
    rows[1][7] = "12-3456"  # some systems number patients only
    ImportService(db).run(admin, write_csv(tmp_path / "p.csv", rows))
    patients = PatientService(db)
    (hit,) = patients.search(admin, "OLD0000002")
    assert hit.display_name == rows[2][0]
    assert [r.display_name for r in patients.search(admin, "12-3456")] == [rows[1][0]]
    assert patients.search(admin, "OLD9999999") == []
