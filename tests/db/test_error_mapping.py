"""Driver errors map to the domain errors a desk user sees, by code, on every backend.

Oracle: python-oracledb's own error objects (``oracledb._Error`` builds the same object, exception class
and DPY-4011 folding the driver builds from a server message) wrapped by SQLAlchemy the way the engine
wraps them, plus a real DPY-6005 from a closed port. SQLite and PostgreSQL: real errors from real
databases through the ``db`` fixture.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import oracledb
import psycopg
import pytest
import sqlalchemy as sa
from sqlalchemy import create_engine, delete, insert, select
from sqlalchemy.dialects.oracle import oracledb as oracle_oracledb
from sqlalchemy.engine import make_url
from sqlalchemy.orm.exc import StaleDataError

from hms_desktop.db.engine import Database
from hms_desktop.db.errors import friendly_connect_error, map_db_error
from hms_desktop.db.models import Department, Doctor, Patient
from hms_desktop.errors import (
    CannotConnect,
    ConcurrentChange,
    ConnectionLost,
    DatabaseError,
    DuplicateRecord,
    HmsError,
    MissingReference,
    RecordLocked,
    RequiredValueMissing,
    StillReferenced,
    ValidationError,
    ValueTooLong,
)

# --- Oracle: real python-oracledb error objects -----------------------------------------------

# the package hides its errors module (``del``s the name); the module itself is there
ORA_ERRORS = importlib.import_module("oracledb.errors")
_ORACLE = oracle_oracledb.dialect()
_ORACLE.dbapi = oracledb  # type: ignore[assignment]  # what create_engine would load


def ora(
    message: str, code: int, statement: str = "INSERT INTO patient (mrn) VALUES (:mrn)"
) -> sa.exc.DBAPIError:
    """What the app catches: SQLAlchemy's wrapper around oracledb's exception for a server error."""
    orig = server_error(message, code)
    invalidated = _ORACLE.is_disconnect(orig, None, None)
    return wrap(orig, statement, connection_invalidated=invalidated, dialect=_ORACLE)


def server_error(message: str, code: int) -> BaseException:
    """The exception oracledb raises for a server error: the error object decides the class."""
    error = oracledb._Error(message, code=code)
    exc: BaseException = error.exc_type(error)
    return exc


def driver_exc(exc: sa.exc.DBAPIError) -> BaseException:
    assert exc.orig is not None
    return exc.orig


def driver_error(exc: sa.exc.DBAPIError) -> Any:
    """The python-oracledb error object: ``.full_code``, ``.code``, ``.isrecoverable``."""
    return driver_exc(exc).args[0]


def wrap(orig: BaseException, statement: str | None = None, **kw: Any) -> sa.exc.DBAPIError:
    """Wrap a driver exception exactly as the engine does."""
    base = oracledb.Error if isinstance(orig, oracledb.Error) else psycopg.Error
    result = sa.exc.DBAPIError.instance(statement, {} if statement else None, orig, base, **kw)
    assert isinstance(result, sa.exc.DBAPIError)
    return result


def dpy(error_num: int, **args: object) -> sa.exc.DBAPIError:
    orig = ORA_ERRORS._create_exception(error_num, **args)
    return wrap(orig, dialect=_ORACLE)


def mapped(exc: BaseException) -> HmsError:
    result = map_db_error(exc)
    assert result is not None, f"not mapped: {exc!r}"
    assert result.__cause__ is exc
    assert str(result) == result.message and result.message.endswith(".")
    return result


@pytest.mark.parametrize(
    ("message", "code", "kind", "constraint", "field"),
    [
        (
            "ORA-00001: unique constraint (HMS.UQ_PATIENT_MRN) violated on table HMS.PATIENT columns (MRN)",
            1,
            DuplicateRecord,
            "uq_patient_mrn",
            None,
        ),
        (
            "ORA-00001: unique constraint (HMS.UQ_PATIENT_MRN) violated",
            1,
            DuplicateRecord,
            "uq_patient_mrn",
            None,
        ),
        (
            "ORA-02291: integrity constraint (HMS.FK_DOCTOR_DEPARTMENT_ID) violated - parent key not found",
            2291,
            MissingReference,
            "fk_doctor_department_id",
            None,
        ),
        (
            "ORA-02292: integrity constraint (HMS.FK_DOCTOR_DEPARTMENT_ID) violated - child record found",
            2292,
            StillReferenced,
            "fk_doctor_department_id",
            None,
        ),
        (
            'ORA-01400: cannot insert NULL into ("HMS"."PATIENT"."FIRST_NAME")',
            1400,
            RequiredValueMissing,
            None,
            "first_name",
        ),
        (
            'ORA-01407: cannot update ("HMS"."PATIENT"."FIRST_NAME") to NULL',
            1407,
            RequiredValueMissing,
            None,
            "first_name",
        ),
        (
            'ORA-12899: value too large for column "HMS"."PATIENT"."MRN" (actual: 25, maximum: 20)',
            12899,
            ValueTooLong,
            None,
            "mrn",
        ),
        (
            "ORA-00054: resource busy and acquire with NOWAIT specified or timeout expired",
            54,
            RecordLocked,
            None,
            None,
        ),
        ("ORA-08177: can't serialize access for this transaction", 8177, ConcurrentChange, None, None),
        ("ORA-00060: deadlock detected while waiting for resource", 60, ConcurrentChange, None, None),
        (
            "ORA-02290: check constraint (HMS.CK_DEPARTMENT_CLOSES_AFTER) violated",
            2290,
            DatabaseError,
            "ck_department_closes_after",
            None,
        ),
    ],
)
def test_oracle_statement_errors(
    message: str, code: int, kind: type[HmsError], constraint: str | None, field: str | None
) -> None:
    exc = ora(message, code)
    assert driver_error(exc).full_code == f"ORA-{code:05}"
    err = mapped(exc)
    assert type(err) is kind
    assert getattr(err, "code", None) == f"ORA-{code:05}"
    assert getattr(err, "constraint", None) == constraint
    assert err.field == field
    if constraint:
        assert constraint in err.message
    if field:
        assert field in err.message


def test_oracle_messages_read_well() -> None:
    assert str(mapped(ora("ORA-00001: unique constraint (HMS.UQ_PATIENT_MRN) violated", 1))) == (
        "This record duplicates an existing one (uq_patient_mrn)."
    )
    too_long = 'ORA-12899: value too large for column "HMS"."PATIENT"."MRN" (actual: 25, maximum: 20)'
    assert (
        str(mapped(ora(too_long, 12899))) == "A value is too long for its field (mrn, at most 20 characters)."
    )
    assert "Another desk" in str(mapped(ora("ORA-00054: resource busy", 54)))


@pytest.mark.parametrize("code", [3113, 3135, 28, 2396])
def test_oracle_dead_session_is_connection_lost(code: int) -> None:
    exc = ora(f"ORA-{code:05}: the session went away", code, statement="SELECT 1 FROM dual")
    # oracledb folds every session-killing error into DPY-4011 and keeps the server number
    assert driver_error(exc).full_code == "DPY-4011"
    assert driver_error(exc).code == code
    assert exc.connection_invalidated  # SQLAlchemy's oracledb dialect treats it as a disconnect
    err = mapped(exc)
    assert isinstance(err, ConnectionLost) and err.retryable


def test_any_invalidated_connection_is_connection_lost() -> None:
    exc = ora("ORA-00600: internal error code, arguments: [x]", 600)
    assert exc.connection_invalidated
    assert isinstance(mapped(exc), ConnectionLost)


@pytest.mark.parametrize(
    ("message", "code", "expected_code", "words"),
    [
        ("ORA-01017: invalid username/password; logon denied", 1017, "ORA-01017", "user name or password"),
        (
            "ORA-01017: invalid credential or not authorized; logon denied",
            1017,
            "ORA-01017",
            "user name or password",
        ),
        ("ORA-28001: the password has expired", 28001, "ORA-28001", "expired"),
        ("ORA-28000: The account is locked.", 28000, "ORA-28000", "locked"),
        (
            "ORA-12514: Cannot connect to database. Service nosuch is not registered with the listener",
            12514,
            "ORA-12514",
            "service name",
        ),
        ("ORA-01034: The Oracle instance is not available for use.", 1034, "ORA-01034", "starting up"),
    ],
)
def test_oracle_connect_errors(message: str, code: int, expected_code: str, words: str) -> None:
    exc = wrap(server_error(message, code))  # raised by connect(): no statement
    err = mapped(exc)
    assert isinstance(err, CannotConnect)
    assert err.code == expected_code
    assert words in err.message


def test_oracle_wrong_service_name_dpy_6001() -> None:
    exc = dpy(ORA_ERRORS.ERR_INVALID_SERVICE_NAME, service_name="NOSUCH", host="db1", port=1521)
    assert driver_error(exc).full_code == "DPY-6001"
    err = mapped(exc)
    assert isinstance(err, CannotConnect) and err.code == "DPY-6001"
    assert "service name" in err.message


def test_real_dpy_6005_from_a_closed_port_through_sqlalchemy() -> None:
    engine = create_engine(
        "oracle+oracledb://x:y@127.0.0.1:1/?service_name=svc", connect_args={"tcp_connect_timeout": 2}
    )
    with pytest.raises(sa.exc.OperationalError) as caught:
        engine.connect()
    engine.dispose()
    assert driver_error(caught.value).full_code == "DPY-6005"
    assert isinstance(driver_exc(caught.value).__cause__, ConnectionRefusedError)
    err = mapped(caught.value)
    assert isinstance(err, CannotConnect)
    assert err.code == "DPY-6005"
    assert err.message.startswith("Cannot reach the database server.")
    assert friendly_connect_error(caught.value) is not err  # a fresh object each call ...
    assert friendly_connect_error(caught.value).code == "DPY-6005"  # ... with the same meaning


def test_real_dpy_6005_from_the_bare_driver() -> None:
    with pytest.raises(oracledb.OperationalError) as caught:
        oracledb.connect(user="x", password="y", dsn="127.0.0.1:1/svc", tcp_connect_timeout=2)
    err = friendly_connect_error(caught.value)
    assert err.code == "DPY-6005"


def test_unknown_errors_are_not_mapped() -> None:
    assert map_db_error(ValueError("x")) is None
    assert map_db_error(ora("ORA-00942: table or view does not exist", 942)) is None
    syntax = wrap(
        server_error("ORA-00900: invalid SQL statement", 900),
        "SELEC",
    )
    assert map_db_error(syntax) is None
    already = DuplicateRecord("x")
    assert map_db_error(already) is already


def test_friendly_connect_error_always_gives_cannot_connect() -> None:
    err = friendly_connect_error(TimeoutError("timed out"))
    assert isinstance(err, CannotConnect) and "did not answer" in err.message
    err = friendly_connect_error(ora("ORA-00942: table or view does not exist", 942))
    assert isinstance(err, CannotConnect)
    assert err.message.startswith("Could not connect to the database: ORA-00942")
    assert err.code == "ORA-00942"


def test_stale_data_error_is_concurrent_change() -> None:
    err = mapped(
        StaleDataError("UPDATE statement on table 'patient' expected to update 1 row(s); 0 were matched.")
    )
    assert isinstance(err, ConcurrentChange) and err.retryable


# --- PostgreSQL connect failures (libpq gives no SQLSTATE: the message is all there is) -------


def test_postgresql_wrong_password_message() -> None:
    # the exact text libpq 16/17 produces for a wrong password under scram-sha-256
    orig = psycopg.OperationalError(
        'connection failed: connection to server at "10.0.0.5", port 5432 failed: '
        'FATAL:  password authentication failed for user "hms"'
    )
    err = mapped(wrap(orig))
    assert isinstance(err, CannotConnect) and err.code == "28P01"
    assert "user name or password" in err.message


def test_postgresql_connection_refused_for_real() -> None:
    refused = create_engine("postgresql+psycopg://hms@127.0.0.1:1/hms", connect_args={"connect_timeout": 2})
    with pytest.raises(sa.exc.OperationalError) as caught:
        refused.connect()
    err = mapped(caught.value)
    assert isinstance(err, CannotConnect) and err.code == "ECONNREFUSED"
    assert err.message.startswith("Cannot reach the database server.")


def test_sqlite_file_that_cannot_be_opened(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'missing-dir' / 'hms.db'}")
    with pytest.raises(sa.exc.OperationalError) as caught:
        engine.connect()
    err = friendly_connect_error(caught.value)
    assert err.code == "SQLITE_CANTOPEN"
    assert "cannot be opened" in err.message


# --- real errors from SQLite and PostgreSQL ---------------------------------------------------


def _department(s: sa.orm.Session, code: str = "GEN") -> Department:
    dep = Department(name=f"Dept {code}", code=code, opens_min=540, closes_min=1080)
    s.add(dep)
    s.flush()
    return dep


def _raised(fn: Callable[[], object]) -> BaseException:
    """The driver-level exception behind what ``Database`` raised (it maps errors itself)."""
    try:
        fn()
    except HmsError as exc:
        assert isinstance(exc.__cause__, Exception), "Database raised an unmapped HmsError"
        assert type(map_db_error(exc.__cause__)) is type(exc)
        return exc.__cause__
    except Exception as exc:
        return exc
    raise AssertionError("expected the database to refuse this")


def test_unique_violation(db: Database) -> None:
    with db.write() as s:
        _department(s, "GEN")

    def again() -> None:
        with db.write() as s:
            s.add(Department(name="Other", code="GEN", opens_min=540, closes_min=1080))

    err = mapped(_raised(again))
    assert isinstance(err, DuplicateRecord)
    # SQLite names columns only; the mapper finds the constraint in our metadata so services can rely on it
    assert getattr(err, "constraint", None) == "uq_department_code"
    assert err.message == "This record duplicates an existing one (uq_department_code)."


def test_missing_reference_on_insert(db: Database) -> None:
    def orphan() -> None:
        with db.write() as s:
            s.add(
                Doctor(
                    full_name="Dr X",
                    qualifications="MBBS",
                    specialisation="General",
                    department_id=9999,
                    reg_number="R-1",
                    reg_expiry=dt.date(2030, 1, 1),
                    consultation_fee=Decimal("100.00"),
                )
            )

    err = mapped(_raised(orphan))
    assert isinstance(err, MissingReference)
    if db.backend == "postgresql":
        assert getattr(err, "constraint", None) == "fk_doctor_department_id"


def test_still_referenced_on_delete(db: Database) -> None:
    with db.write() as s:
        dep = _department(s)
        s.add(
            Doctor(
                full_name="Dr X",
                qualifications="MBBS",
                specialisation="General",
                department=dep,
                reg_number="R-1",
                reg_expiry=dt.date(2030, 1, 1),
                consultation_fee=Decimal("100.00"),
            )
        )
        dep_id = dep.id

    def remove() -> None:
        with db.write() as s:
            s.execute(delete(Department).where(Department.id == dep_id))

    err = mapped(_raised(remove))
    assert isinstance(err, StillReferenced)
    assert "still in use" in err.message


def test_required_value_missing(db: Database) -> None:
    def blank_name() -> None:
        with db.write() as s:
            # Str stores a blank as NULL, so a blank required field hits NOT NULL on every backend
            s.execute(
                insert(Department).values(name="  ", code="X", opens_min=0, closes_min=60, row_version=1)
            )

    err = mapped(_raised(blank_name))
    assert isinstance(err, RequiredValueMissing)
    assert err.field == "name"
    assert err.message == "A required value is missing (name)."


def test_value_too_long(db: Database) -> None:
    if db.backend == "sqlite":
        pytest.skip("SQLite does not enforce VARCHAR lengths (services validate lengths first)")

    def long_mrn() -> None:
        # a Core insert: the ORM's flush-time guard (db/input_guard.py) would refuse it first
        with db.write() as s:
            s.execute(insert(Patient).values(mrn="M" * 25, first_name="A", sex="M"))

    err = mapped(_raised(long_mrn))
    assert isinstance(err, ValueTooLong)
    assert err.message == "A value is too long for its field (at most 20 characters)."
    with pytest.raises(ValidationError) as info, db.write() as s:
        s.add(Patient(mrn="M" * 25, first_name="A", sex="M"))
    assert info.value.errors == {"mrn": "At most 20 characters (this has 25)."}


def test_record_locked_by_another_desk(db: Database) -> None:
    with db.write() as s:
        dep_id = _department(s).id
    if db.backend == "sqlite":
        # SQLite has no row locks: a second writer waits for the file lock, then gives up
        impatient = create_engine(make_url(f"sqlite:///{db.profile.database}"), connect_args={"timeout": 0.1})
        with db.engine.connect() as holder, holder.begin():  # the engine begins with BEGIN IMMEDIATE

            def write() -> None:
                with impatient.begin() as conn:
                    conn.execute(sa.update(Department).values(name="X"))

            exc = _raised(write)
        impatient.dispose()
    else:
        with db.write() as locker:
            locker.execute(select(Department).where(Department.id == dep_id).with_for_update())

            def grab() -> None:
                with db.write() as s:
                    s.execute(select(Department).where(Department.id == dep_id).with_for_update(nowait=True))

            exc = _raised(grab)
    err = mapped(exc)
    assert isinstance(err, RecordLocked) and err.retryable
    assert getattr(err, "code", None) in ("SQLITE_BUSY", "55P03")


def test_stale_version_is_concurrent_change(db: Database) -> None:
    with db.write() as s:
        dep_id = _department(s).id
    with db.write() as s:  # (a write unit: read() rolls back, which expires what it loaded)
        mine = s.get_one(Department, dep_id)  # desk A opens the record
    with db.write() as s:  # desk B saves first
        s.get_one(Department, dep_id).name = "Renamed by B"

    def save_mine() -> None:
        with db.write() as s:
            s.add(mine)
            mine.name = "Renamed by A"

    exc = _raised(save_mine)
    assert isinstance(exc, StaleDataError)
    assert isinstance(mapped(exc), ConcurrentChange)


@pytest.mark.postgresql
def test_postgresql_connection_killed_is_connection_lost(db: Database) -> None:
    if db.backend != "postgresql":
        pytest.skip("PostgreSQL only")
    with db.engine.connect() as victim:
        pid = victim.exec_driver_sql("SELECT pg_backend_pid()").scalar_one()
        with db.engine.connect() as admin:
            admin.exec_driver_sql("SELECT pg_terminate_backend(%(pid)s)", {"pid": pid})
            admin.commit()
        exc = _raised(lambda: victim.execute(select(sa.literal(1))).all())
    assert isinstance(exc, sa.exc.DBAPIError) and exc.connection_invalidated
    err = mapped(exc)
    assert isinstance(err, ConnectionLost)
    assert getattr(err, "code", None) == "57P01"


@pytest.mark.postgresql
def test_postgresql_unknown_database(db: Database) -> None:
    if db.backend != "postgresql":
        pytest.skip("PostgreSQL only")
    url = db.engine.url.set(database="hms_no_such_database")
    engine = create_engine(url)
    with pytest.raises(sa.exc.OperationalError) as caught:
        engine.connect()
    engine.dispose()
    err = friendly_connect_error(caught.value)
    assert err.code == "3D000"
    assert "does not exist" in err.message
