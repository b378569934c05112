"""Shared fixtures: a freshly migrated database per test on every backend under test.

SQLite always runs. PostgreSQL runs when ``HMS_TEST_PG_URL`` points at a server (the README's test
command starts a throwaway cluster and sets it); the Oracle live suite needs ``HMS_TEST_ORACLE_URL``.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

# Before anything imports Qt or keyring: headless Qt, a file keyring in a private folder.
_TMP = Path(tempfile.mkdtemp(prefix="hms-test-"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyrings.alt.file.PlaintextKeyring"
os.environ["HMS_TEST_ALLOW_FILE_KEYRING"] = "1"  # the app refuses a file keyring anywhere else
os.environ["XDG_DATA_HOME"] = str(_TMP / "data")
os.environ["XDG_CONFIG_HOME"] = str(_TMP / "config")
os.environ["HMS_DATA_DIR"] = str(_TMP / "hms")

import pytest  # noqa: E402
from sqlalchemy import create_engine  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from hms_desktop.db.engine import Database, make_engine  # noqa: E402
from hms_desktop.db.migrate import upgrade  # noqa: E402
from hms_desktop.db.profiles import Backend, Profile, profile_from_url  # noqa: E402

PG_URL = os.environ.get("HMS_TEST_PG_URL", "")

pytest_plugins = ["tests.oracle_compile_plugin"]


def _backends() -> list[object]:
    params: list[object] = [pytest.param("sqlite", id="sqlite")]
    params.append(
        pytest.param(
            "postgresql",
            id="postgresql",
            marks=[
                pytest.mark.postgresql,
                pytest.mark.skipif(not PG_URL, reason="HMS_TEST_PG_URL not set (run `make test`)"),
            ],
        )
    )
    return params


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file, copied for each test (migrating per test would be slow)."""
    path = tmp_path_factory.mktemp("tmpl") / "template.db"
    profile = Profile("tmpl", Backend.SQLITE, database=str(path))
    engine = make_engine(profile)
    upgrade(engine)
    engine.dispose()
    return path


@pytest.fixture(scope="session")
def pg_template(worker_id: str) -> str:
    """A migrated PostgreSQL template database for this xdist worker."""
    admin = create_engine(make_url(PG_URL), isolation_level="AUTOCOMMIT")
    # the pid keeps two test runs against one server (two developers, CI beside a session) apart
    name = f"hms_tmpl_{worker_id}_{os.getpid()}"
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    engine = create_engine(make_url(PG_URL).set(database=name))
    upgrade(engine)
    engine.dispose()
    admin.dispose()
    return name


def make_test_database(kind: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    if kind == "sqlite":
        template: Path = request.getfixturevalue("sqlite_template")
        path = tmp_path / "hms.db"
        shutil.copy(template, path)
        profile = Profile("test", Backend.SQLITE, database=str(path))
        db = Database(make_engine(profile), profile)
        yield db
        db.dispose()
        return
    template_name: str = request.getfixturevalue("pg_template")
    name = f"hms_t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(make_url(PG_URL), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}" TEMPLATE "{template_name}"')
    profile, password = profile_from_url(str(make_url(PG_URL).set(database=name).render_as_string(False)))
    db = Database(make_engine(profile, password), profile)
    try:
        yield db
    finally:
        db.dispose()
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


@pytest.fixture(params=_backends())
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A freshly migrated, empty database on each backend under test."""
    yield from make_test_database(request.param, request, tmp_path)


@pytest.fixture
def sqlite_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """SQLite only (GUI tests and anything backend-independent)."""
    yield from make_test_database("sqlite", request, tmp_path)


@pytest.fixture(scope="session")
def worker_id(request: pytest.FixtureRequest) -> str:
    wi = getattr(request.config, "workerinput", None)
    return str(wi["workerid"]) if wi else "main"
