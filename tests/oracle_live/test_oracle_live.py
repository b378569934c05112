"""Against a real Oracle server: migrate, CRUD, every mapped error, NOWAIT locking, pagination,
case-insensitive search and timestamp precision.

Set ``HMS_TEST_ORACLE_URL=oracle+oracledb://USER:PASSWORD@HOST:1521/?service_name=SERVICE``. The user's
schema is wiped of HMS tables and migrated from scratch, so use a schema dedicated to tests. An unreachable
server fails the first test at once with the message a desk user would see (and the driver code).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterator
from decimal import Decimal

import pytest
import sqlalchemy as sa
from sqlalchemy import delete, func, insert, select, text, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm.exc import StaleDataError

from hms_desktop.db.engine import Database, make_engine
from hms_desktop.db.errors import friendly_connect_error, map_db_error
from hms_desktop.db.migrate import current_revision, head_revision, upgrade
from hms_desktop.db.models import AuditHead, AuditLog, Base, Department, Doctor, EmailOutbox, Patient
from hms_desktop.db.profiles import Backend, profile_from_url
from hms_desktop.db.protection import APPEND_ONLY, COLUMN_UPDATES
from hms_desktop.domain.audit_chain import GENESIS
from hms_desktop.domain.text import prefix_upper_bound, search_key
from hms_desktop.errors import (
    CannotConnect,
    ConcurrentChange,
    DuplicateRecord,
    HmsError,
    MissingReference,
    RecordLocked,
    RequiredValueMissing,
    StillReferenced,
    ValueTooLong,
)

ORACLE_URL = os.environ.get("HMS_TEST_ORACLE_URL", "")

pytestmark = [
    pytest.mark.oracle,
    pytest.mark.skipif(not ORACLE_URL, reason="HMS_TEST_ORACLE_URL not set"),
]

T0 = dt.datetime(2026, 11, 24, 4, 30, 15, 123456, tzinfo=dt.UTC)


def _wipe(engine: Engine) -> None:
    """Drop every HMS table (and the Alembic version table) left by an earlier run."""
    Base.metadata.drop_all(engine, checkfirst=True)
    with engine.begin() as conn:
        if sa.inspect(conn).has_table("alembic_version"):
            conn.exec_driver_sql("DROP TABLE alembic_version PURGE")


@pytest.fixture(scope="module")
def oracle_db() -> Iterator[Database]:
    profile, password = profile_from_url(ORACLE_URL, name="oracle-live")
    assert profile.backend is Backend.ORACLE, "HMS_TEST_ORACLE_URL must be an oracle+oracledb:// URL"
    engine = make_engine(profile, password)
    failure: CannotConnect | None = None
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1 FROM dual")
    except sa.exc.DBAPIError as exc:
        failure = friendly_connect_error(exc)
    if failure is not None:  # outside the except block: one clean line, not two tracebacks
        engine.dispose()
        pytest.fail(
            f"Oracle at {profile.describe()} unusable: {failure.message} [{failure.code}]", pytrace=False
        )
    _wipe(engine)
    upgrade(engine)
    db = Database(engine, profile)
    yield db
    db.dispose()


@pytest.fixture
def db(oracle_db: Database) -> Iterator[Database]:
    """The migrated schema, emptied before each test (children first).

    The append-only tables refuse DELETE even to their owner (migration 0007): the triggers are
    switched off for the wipe, the chain head is set back to its start, and they are switched on."""
    triggers = [f"ao_{t}" for t in (*APPEND_ONLY, *COLUMN_UPDATES)]
    with oracle_db.engine.begin() as conn:
        for name in triggers:
            conn.exec_driver_sql(f"ALTER TRIGGER {name} DISABLE")
        try:
            for table in reversed(Base.metadata.sorted_tables):
                conn.execute(delete(table))
            conn.execute(insert(AuditHead).values(id=1, last_seq=0, last_sha256=GENESIS))
        finally:
            for name in triggers:
                conn.exec_driver_sql(f"ALTER TRIGGER {name} ENABLE")
    yield oracle_db


def _department(db: Database, code: str = "GEN") -> int:
    with db.write() as s:
        dep = Department(name=f"Dept {code}", code=code, opens_min=540, closes_min=1080)
        s.add(dep)
        s.flush()
        return dep.id


def _doctor(department_id: int, reg: str = "R-1") -> Doctor:
    return Doctor(
        full_name="Dr Asha Rao",
        qualifications="MBBS, MD",
        specialisation="General Medicine",
        department_id=department_id,
        reg_number=reg,
        reg_expiry=dt.date(2030, 1, 1),
        consultation_fee=Decimal("400.00"),
    )


def _mapped(fn: Callable[[], object]) -> HmsError:
    try:
        fn()
    except Exception as exc:
        err = map_db_error(exc)
        assert err is not None, f"unmapped Oracle error: {exc!r}"
        return err
    raise AssertionError("expected Oracle to refuse this")


def test_migrated_to_head(oracle_db: Database) -> None:
    assert current_revision(oracle_db.engine) == head_revision()
    names = set(sa.inspect(oracle_db.engine).get_table_names())
    assert {t.name for t in Base.metadata.sorted_tables} <= names


def test_crud_department_and_patient(db: Database) -> None:
    dep_id = _department(db)
    with db.write() as s:
        s.add(_doctor(dep_id))
        p = Patient(
            mrn="HMS-1", first_name="Ravi", last_name="Kumar", sex="M", dob_estimated=True, email="  "
        )
        s.add(p)
        s.flush()
        pid = p.id
    with db.write() as s:
        dep = s.get_one(Department, dep_id)
        assert dep.is_active is True and dep.row_version == 1
        dep.name = "General Medicine"
        pat = s.get_one(Patient, pid)
        assert pat.email is None  # blank stored as NULL, like Oracle would anyway
        assert pat.dob_estimated is True
        pat.phone = "98450 12345"
    with db.write() as s:
        dep = s.get_one(Department, dep_id)
        assert (dep.name, dep.row_version) == ("General Medicine", 2)
        assert s.get_one(Patient, pid).phone_rev == "5432105489"
        s.delete(s.get_one(Patient, pid))
    with db.write() as s:
        assert s.get(Patient, pid) is None


def test_duplicate(db: Database) -> None:
    _department(db, "GEN")
    err = _mapped(lambda: _department(db, "GEN"))
    assert isinstance(err, DuplicateRecord)
    assert getattr(err, "constraint", None) in ("uq_department_code", "uq_department_name")


def test_missing_reference_and_still_referenced(db: Database) -> None:
    def orphan() -> None:
        with db.write() as s:
            s.add(_doctor(999_999))

    err = _mapped(orphan)
    assert isinstance(err, MissingReference)
    assert getattr(err, "constraint", None) == "fk_doctor_department_id"

    dep_id = _department(db)
    with db.write() as s:
        s.add(_doctor(dep_id))

    def remove() -> None:
        with db.write() as s:
            s.execute(delete(Department).where(Department.id == dep_id))

    err = _mapped(remove)
    assert isinstance(err, StillReferenced)
    assert getattr(err, "constraint", None) == "fk_doctor_department_id"


def test_required_value_and_too_long(db: Database) -> None:
    def blank() -> None:
        with db.write() as s:
            s.execute(
                insert(Department).values(name=" ", code="X", opens_min=0, closes_min=60, row_version=1)
            )

    err = _mapped(blank)
    assert isinstance(err, RequiredValueMissing) and err.field == "name"

    def long_mrn() -> None:
        with db.write() as s:
            s.add(Patient(mrn="M" * 25, first_name="A", sex="M"))

    err = _mapped(long_mrn)
    assert isinstance(err, ValueTooLong) and err.field == "mrn"
    assert "at most 20" in err.message


def test_nowait_lock_from_another_desk(db: Database) -> None:
    dep_id = _department(db)
    with db.write() as holder:
        holder.execute(select(Department).where(Department.id == dep_id).with_for_update())

        def grab() -> None:
            with db.write() as s:
                s.execute(select(Department).where(Department.id == dep_id).with_for_update(nowait=True))

        err = _mapped(grab)
        assert isinstance(err, RecordLocked) and getattr(err, "code", None) == "ORA-00054"
        # skip_locked is the queue-friendly alternative: the locked row is simply not returned
        with db.write() as s:
            rows = s.execute(select(Department.id).with_for_update(skip_locked=True)).all()
        assert rows == []


def test_stale_version_and_serialisation_failure(db: Database) -> None:
    dep_id = _department(db)
    with db.write() as s:
        mine = s.get_one(Department, dep_id)
    with db.write() as s:
        s.get_one(Department, dep_id).name = "Changed by desk B"

    def save_mine() -> None:
        with db.write() as s:
            s.add(mine)
            mine.name = "Changed by desk A"

    try:
        save_mine()
    except StaleDataError as exc:
        assert isinstance(map_db_error(exc), ConcurrentChange)
    else:
        raise AssertionError("version check did not fire on Oracle")

    engine = db.engine
    with engine.connect() as a, engine.connect() as b:
        a = a.execution_options(isolation_level="SERIALIZABLE")
        a.execute(select(Department.name).where(Department.id == dep_id)).all()
        b.execute(sa.update(Department).where(Department.id == dep_id).values(code="B"))
        b.commit()
        err = _mapped(
            lambda: a.execute(sa.update(Department).where(Department.id == dep_id).values(code="A"))
        )
        a.rollback()
    assert isinstance(err, ConcurrentChange) and getattr(err, "code", None) == "ORA-08177"


def test_pagination_orders_by_a_unique_key(db: Database) -> None:
    with db.write() as s:
        # many equal sort keys: only the id tie-breaker makes pages stable
        s.add_all(Patient(mrn=f"P-{i:03}", first_name="Asha", last_name="Rao", sex="F") for i in range(37))
    seen: list[int] = []
    with db.read() as s:
        total = s.scalar(select(func.count()).select_from(Patient))
        for page in range(4):
            ids = s.scalars(
                select(Patient.id)
                .order_by(Patient.last_key, Patient.first_key, Patient.id)
                .offset(page * 10)
                .limit(10)
            ).all()
            seen.extend(ids)
    assert total == 37
    assert len(seen) == 37 and len(set(seen)) == 37
    assert seen == sorted(seen)


def test_case_and_accent_insensitive_search(db: Database) -> None:
    with db.write() as s:
        s.add(Patient(mrn="P-1", first_name="ÁSHA", last_name="Rao-Shetty", sex="F"))
        s.add(Patient(mrn="P-2", first_name="Ashok", last_name="Rane", sex="M"))
        s.add(Patient(mrn="P-3", first_name="Bala", last_name="Iyer", sex="M"))
    key = search_key("asha")
    with db.read() as s:
        found = s.scalars(
            select(Patient.mrn)
            .where(Patient.first_key >= key, Patient.first_key < prefix_upper_bound(key))
            .order_by(Patient.mrn)
        ).all()
        assert found == ["P-1"]
        ra = search_key("RA")
        found = s.scalars(
            select(Patient.mrn).where(Patient.last_key.startswith(ra)).order_by(Patient.mrn)
        ).all()
        assert found == ["P-1", "P-2"]
        # ilike compiles to lower() LIKE lower() on Oracle and works too
        assert s.scalars(select(Patient.mrn).where(Patient.first_name.ilike("bal%"))).all() == ["P-3"]


def test_timestamp_precision_and_clob(db: Database) -> None:
    details = '{"note": "' + "x" * 20_000 + '"}'  # beyond VARCHAR2: a real CLOB
    with db.write() as s:  # (audit rows take the server's clock: an outbox row carries a given time)
        row = EmailOutbox(to_addr="desk@example.in", subject="test", body=details, created_at=T0)
        s.add(row)
        s.flush()
        rid = row.id
    with db.read() as s:
        back = s.execute(select(EmailOutbox.created_at, EmailOutbox.body).where(EmailOutbox.id == rid)).one()
    assert back.created_at == T0 and back.created_at.microsecond == 123456
    assert back.created_at.tzinfo is dt.UTC
    assert back.body == details
    with db.read() as s:
        server_now = s.execute(text("SELECT SYSTIMESTAMP FROM dual")).scalar_one()
    assert server_now is not None


def test_triage_queue_and_concurrent_call_next(db: Database) -> None:
    """The queue end to end on Oracle: triage, order, three doctors racing on call-next, the board."""
    from concurrent.futures import ThreadPoolExecutor

    from hms_desktop.services.queue import QueueService
    from hms_desktop.services.queue_types import TriageInput
    from tests.unit.queue_clinic import build_clinic

    c = build_clinic(db)  # the fixture emptied the seeded scale and rules: the default scale applies
    ids = [c.walk_in(f"Patient{i}") for i in range(15)]
    c.sv.triage.record(c.nurse, ids[7], TriageInput(chief_complaint="found collapsed", consciousness="U"))
    snap = c.sv.queue.snapshot(c.nurse)
    assert snap.rows[0].id == ids[7] and snap.rows[0].triage_level == "red" and snap.emergency

    def drain(actor: object) -> list[int]:
        queue = QueueService(db)  # its own sessions, as another desk's process would have
        seen = []
        while (row := queue.call_next(actor)) is not None:  # type: ignore[arg-type]
            seen.append(row.id)
            queue.finish(actor, row.id)  # type: ignore[arg-type]
        return seen

    with ThreadPoolExecutor(3) as pool:
        results = list(pool.map(drain, [c.gp, c.gp2, c.cardio]))
    called = [i for r in results for i in r]
    assert sorted(called) == sorted(ids) and len(set(called)) == len(called)
    board = c.sv.queue.display_board(c.nurse)
    assert board.waiting_tokens == [] and "Patient" not in repr(board)


def test_consultation_and_prescription_on_oracle(db: Database) -> None:
    """SOAP notes (CLOB), coded diagnoses, a prescription with its digest, charges, the access rule."""
    from sqlalchemy import insert as sa_insert

    from hms_desktop.db.models import BillableItem
    from hms_desktop.services.consultation_types import ConsultationInput, DiagnosisInput, DrugLineInput
    from tests.unit.queue_clinic import build_clinic

    c = build_clinic(db)
    with db.write() as s:  # the fixture emptied the price list the migration seeded
        s.execute(
            sa_insert(BillableItem).values(
                code="CONSULT",
                name="Consultation",
                kind="service",
                tax_class="HEALTH",
                unit_price=0,
                unit="VISIT",
                is_active=True,
            )
        )
    entry = c.walk_in("Meera", complaint="Fever")
    assert c.sv.queue.call_next(c.gp) is not None
    view = c.sv.consultation.start(c.gp, entry)
    form = ConsultationInput(
        subjective="x" * 5000,  # past VARCHAR2's 4000: a CLOB
        diagnoses=(DiagnosisInput("", "J06.9"),),
        lines=(DrugLineInput("Paracetamol", "500 mg", "tablet", "1 tablet", "oral", "TDS", duration_days=3),),
    )
    done = c.sv.consultation.complete(c.gp, view.id, form)
    assert done.prescription_id is not None and done.consultation.subjective == "x" * 5000
    doc = c.sv.consultation.prescription_doc(c.gp, done.prescription_id)
    assert doc.lines[0].generic_name == "PARACETAMOL" and doc.lines[0].quantity == Decimal("9.00")
    _, intact, replaced = c.sv.consultation.verify(c.gp, doc.verify_code)
    assert intact and not replaced
    with pytest.raises(HmsError):
        c.sv.consultation.summary(c.cardio, view.patient_id)


def test_the_schema_protects_itself_on_oracle(db: Database) -> None:
    """Audit rows are chained with the server's clock; the triggers refuse a rewrite (ORA-20501)
    and a document series rewind (ORA-20502); audit verify sees an intact chain."""
    from hms_desktop.errors import ProtectedRecord
    from hms_desktop.services import audit
    from hms_desktop.services.audit_verify import check_chain
    from hms_desktop.services.context import SYSTEM

    with db.write() as s:
        audit.record(s, SYSTEM, "live.one", "thing", 1, {"note": "x" * 5000})
        audit.record(s, SYSTEM, "live.two")
    with db.read() as s:
        rows = s.scalars(select(AuditLog).order_by(AuditLog.seq_no)).all()
        checked, head, broken = check_chain(s)
    assert [r.seq_no for r in rows] == [1, 2] and broken is None and checked == 2
    assert head is not None and head.sha256 == rows[-1].row_sha256
    assert abs(rows[0].occurred_at - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=5)
    with pytest.raises(ProtectedRecord) as err, db.write() as s:
        s.execute(update(AuditLog).where(AuditLog.seq_no == 1).values(details="{}"))
    assert getattr(err.value, "code", None) == "ORA-20501"
    with pytest.raises(ProtectedRecord), db.write() as s:
        s.execute(delete(AuditLog))
