"""On the real PostgreSQL server, connected as the desk role that ``db roles`` generates: a whole
clinic day works, and every tamper a desk user could try is refused by the database.

Each run creates its own uniquely named owner and desk roles (roles are cluster-wide, and several
test runs share the server), applies the generated scripts with ``db roles --apply`` to a fresh test
database, connects as the desk role and drops both roles afterwards.
"""

from __future__ import annotations

import uuid
from collections.abc import Generator, Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, insert, text, update
from sqlalchemy.engine import make_url

from hms_desktop import cli
from hms_desktop.db import roles
from hms_desktop.db.engine import Database, make_engine
from hms_desktop.db.models import DocSeries
from hms_desktop.db.profiles import profile_from_url
from hms_desktop.errors import ProtectedRecord
from hms_desktop.services.audit_verify import AuditVerifyService
from tests.conftest import PG_URL, make_test_database
from tests.db.clinic_day import run_clinic_day
from tests.db.tampering import TRUNCATE, attempts, truncate

pytestmark = [
    pytest.mark.postgresql,
    pytest.mark.skipif(not PG_URL, reason="HMS_TEST_PG_URL not set (run `make test`)"),
]

# what refuses each attempt when a desk tries it: the grants (42501) or, where the desk role holds a
# column grant (the two counters), the trigger (HM001)
BY_TRIGGER = {"rewind a document series", "skip document numbers", "rewind the audit chain head"}


@pytest.fixture
def desk(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Database, Database]]:
    """(the superuser's connection, the desk role's connection) to one fresh migrated database."""
    gen: Generator[Database, None, None] = make_test_database(  # type: ignore[assignment]
        "postgresql", request, tmp_path
    )
    owner_db = next(gen)
    suffix = uuid.uuid4().hex[:10]
    names = roles.RoleNames(owner=f"hms_o_{suffix}", desk=f"hms_d_{suffix}", schema="public")
    superuser = owner_db.engine.url.render_as_string(hide_password=False)
    names_args = ["--owner", names.owner, "--desk", names.desk, "--schema", "public"]
    # what the DBA runs: hms-desktop-admin --url ... db roles --dialect postgresql --apply
    assert (
        cli.main(["--url", superuser, "db", "roles", "--dialect", "postgresql", *names_args, "--apply"]) == 0
    )
    url = owner_db.engine.url.set(username=names.desk, password=None)
    profile, password = profile_from_url(url.render_as_string(hide_password=False))
    desk_db = Database(make_engine(profile, password), profile)
    try:
        yield owner_db, desk_db
    finally:
        desk_db.dispose()
        with owner_db.engine.begin() as conn:
            conn.exec_driver_sql(f"DROP OWNED BY {names.desk}, {names.owner}")
        owner_db.dispose()
        gen.close()  # drops the database
        admin = create_engine(make_url(PG_URL), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.exec_driver_sql(f"DROP ROLE IF EXISTS {names.desk}")
            conn.exec_driver_sql(f"DROP ROLE IF EXISTS {names.owner}")
        admin.dispose()


def _refused(db: Database, attempt: object) -> str:
    with pytest.raises(ProtectedRecord) as err, db.write() as s:
        attempt(s)  # type: ignore[operator]
    return str(getattr(err.value, "code", ""))


def test_a_whole_day_as_the_desk_role_and_every_tamper_refused(desk: tuple[Database, Database]) -> None:
    _, desk_db = desk
    with desk_db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT current_user").scalar_one().startswith("hms_d_")
    day = run_clinic_day(desk_db)  # register, book, queue, consult, prescribe, bill, pay, credit, close
    matrix = {name: _refused(desk_db, attempt) for name, attempt in attempts(day).items()}
    for table in TRUNCATE:
        matrix[f"truncate {table}"] = _refused(desk_db, truncate(table))
    matrix["switch a trigger off"] = _refused(
        desk_db, lambda s: s.connection().exec_driver_sql("ALTER TABLE invoice DISABLE TRIGGER USER")
    )
    matrix["drop a trigger"] = _refused(
        desk_db, lambda s: s.connection().exec_driver_sql("DROP TRIGGER ao_payment ON payment")
    )
    matrix["move the schema version"] = _refused(
        desk_db, lambda s: s.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    )
    expected = {name: "HM001" if name in BY_TRIGGER else "42501" for name in matrix}
    assert matrix == expected
    report = AuditVerifyService(desk_db).verify(day.c.admin)  # the desk's admin can still check it all
    assert report.ok and report.invoices_checked == 2


def test_the_desk_role_may_advance_a_series_but_not_create_tables(desk: tuple[Database, Database]) -> None:
    _, desk_db = desk
    with desk_db.write() as s:
        s.execute(insert(DocSeries).values(doc_type="receipt", fin_year="2031-32", prefix="RCT", next_no=1))
        s.execute(update(DocSeries).where(DocSeries.fin_year == "2031-32").values(next_no=2))
    assert _refused(desk_db, lambda s: s.execute(text("CREATE TABLE hack (id integer)"))) == "42501"
