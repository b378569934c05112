"""A full disk and a read-only database reach the desk as clear errors with what to do, from real
driver errors: SQLite's "database or disk is full" (made real with ``PRAGMA max_page_count``), a
read-only file and folder (chmod) or connection, PostgreSQL's disk_full (53100) and
read_only_sql_transaction (25006)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select, text

from hms_desktop.db.engine import Database, make_engine
from hms_desktop.db.models import BillableItem
from hms_desktop.db.profiles import Backend, Profile
from hms_desktop.errors import ReadOnlyStorage, StorageFull

ROOT = os.geteuid() == 0 if hasattr(os, "geteuid") else False


def _add_items(db: Database, start: int, count: int) -> None:
    with db.write() as s:
        for i in range(start, start + count):
            s.add(BillableItem(code=f"T{i:06}", name="A long enough item name " * 4, kind="service",
                               tax_class="HEALTH", unit_price=1, unit="NOS"))  # fmt: skip


def _items(db: Database) -> int:
    with db.read() as s:
        query = select(func.count()).select_from(BillableItem).where(BillableItem.code.like("T%"))
        return int(s.scalar(query) or 0)


def _reopen(db: Database, pragma: str) -> Database:
    """The same SQLite file with ``pragma`` run on every new connection."""
    db.dispose()
    engine = make_engine(db.profile)

    @event.listens_for(engine, "connect")
    def _limit(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.execute(pragma)

    return Database(engine, db.profile)


def test_sqlite_disk_full(sqlite_db: Database) -> None:
    with sqlite_db.read() as s:
        pages = int(s.connection().exec_driver_sql("PRAGMA page_count").scalar_one())
    full = _reopen(sqlite_db, f"PRAGMA max_page_count={pages + 2}")
    with pytest.raises(StorageFull) as info:
        for batch in range(200):
            _add_items(full, batch * 50, 50)
    assert "disk that holds the database is full" in str(info.value)
    assert "Free space" in str(info.value)
    assert info.value.code == "SQLITE_FULL"  # type: ignore[attr-defined]
    stored = _items(full)
    assert stored % 50 == 0  # the batch that did not fit left nothing behind
    full.dispose()


def test_sqlite_read_only_connection(sqlite_db: Database) -> None:
    ro = _reopen(sqlite_db, "PRAGMA query_only=ON")
    with pytest.raises(ReadOnlyStorage) as info:
        _add_items(ro, 0, 1)
    assert "cannot be written" in str(info.value) and "write access" in str(info.value)
    assert _items(ro) == 0
    ro.dispose()


def _write_as_desk_user(path: Path) -> tuple[str, str]:
    """Try one write to the SQLite file ``path`` as an ordinary user: (error class, message).

    File modes do not stop root, so under root (a container) a forked child drops to ``nobody``
    first and reports back through a pipe; as a normal user (CI, a desk) it runs in this process.
    """

    def attempt() -> tuple[str, str]:
        profile = Profile("ro", Backend.SQLITE, database=str(path))
        try:
            db = Database(make_engine(profile), profile)
            try:
                _add_items(db, 0, 1)
            finally:
                db.dispose()
            return "saved", ""
        except Exception as exc:  # the class is what the test checks
            return type(exc).__name__, f"{exc} ({exc.__cause__!r})"

    if not ROOT:
        return attempt()
    import pwd

    nobody = pwd.getpwnam("nobody")
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        try:
            os.close(read_end)
            os.setgid(nobody.pw_gid)
            os.setuid(nobody.pw_uid)
            name, message = attempt()
            os.write(write_end, f"{name}\n{message}".encode())
        finally:
            os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        out = pipe.read().decode()
    os.waitpid(pid, 0)
    name, _, message = out.partition("\n")
    return name, message


@pytest.fixture
def shared_dir() -> Any:
    """A folder an unprivileged child can reach (pytest's tmp_path is private to root)."""
    import shutil
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="hms-ro-", dir="/var/tmp" if ROOT else None))
    folder.chmod(0o755)
    yield folder
    for p in folder.rglob("*"):
        p.chmod(0o700 if p.is_dir() else 0o600)
    shutil.rmtree(folder)


def test_sqlite_read_only_file(shared_dir: Path, sqlite_template: Path) -> None:
    path = shared_dir / "hms.db"
    path.write_bytes(sqlite_template.read_bytes())
    path.chmod(0o444)
    name, message = _write_as_desk_user(path)
    assert name == "ReadOnlyStorage", message
    assert "cannot be written" in message and "write access" in message


def test_sqlite_read_only_folder(shared_dir: Path, sqlite_template: Path) -> None:
    folder = shared_dir / "ro"
    folder.mkdir()
    path = folder / "hms.db"
    path.write_bytes(sqlite_template.read_bytes())
    if ROOT:  # the file is the desk user's, the folder is not: the WAL file cannot be created
        import pwd

        os.chown(path, pwd.getpwnam("nobody").pw_uid, -1)
    path.chmod(0o644)
    folder.chmod(0o555)
    name, message = _write_as_desk_user(path)
    assert name == "ReadOnlyStorage", message
    assert "folder" in message


@pytest.mark.postgresql
@pytest.mark.skipif(not os.environ.get("HMS_TEST_PG_URL"), reason="HMS_TEST_PG_URL not set")
def test_postgresql_read_only_transaction(db: Database) -> None:
    if db.backend is not Backend.POSTGRESQL:
        pytest.skip("PostgreSQL only")
    with pytest.raises(ReadOnlyStorage) as info, db.write() as s:
        s.execute(text("SET TRANSACTION READ ONLY"))
        s.add(BillableItem(code="T1", name="x", kind="service", tax_class="HEALTH", unit_price=1))
    assert info.value.code == "25006"  # type: ignore[attr-defined]
    assert "primary server" in str(info.value)


@pytest.mark.postgresql
@pytest.mark.skipif(not os.environ.get("HMS_TEST_PG_URL"), reason="HMS_TEST_PG_URL not set")
def test_postgresql_disk_full(db: Database) -> None:
    if db.backend is not Backend.POSTGRESQL:
        pytest.skip("PostgreSQL only")
    # the server raises the real disk_full condition (a tiny tablespace cannot be made here)
    with pytest.raises(StorageFull) as info, db.write() as s:
        s.connection().exec_driver_sql(
            "DO $$ BEGIN RAISE EXCEPTION 'no space' USING ERRCODE = 'disk_full'; END $$"
        )
    assert info.value.code == "53100"  # type: ignore[attr-defined]
    assert "run out of disk space" in str(info.value)
