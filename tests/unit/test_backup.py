"""Backups of the embedded database: online copy, verification, encryption, retention, faults, restore."""

from __future__ import annotations

import datetime as dt
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from hms_desktop.bootstrap import open_database
from hms_desktop.db.engine import Database, make_engine
from hms_desktop.db.inuse import InUse
from hms_desktop.db.migrate import current_revision, head_revision, upgrade
from hms_desktop.db.models import BackupRun, Patient
from hms_desktop.db.profiles import Backend, Profile
from hms_desktop.domain.enums import Role
from hms_desktop.services.backup import BackupService, restore, verify_file
from hms_desktop.services.backup_types import BackupConfig, BackupError
from hms_desktop.services.container import build_services
from hms_desktop.services.importer import ImportService
from tests.unit.helpers import PASSWORD, make_user
from tests.unit.import_data import clean_rows, write_csv

ROOT = Path(__file__).resolve().parents[2]


def _fill(db: Database, tmp_path: Path, n: int = 200) -> None:
    admin = make_user(db, "admin", Role.ADMIN)
    ImportService(db).run(admin, write_csv(tmp_path / "p.csv", clean_rows(n)))


def _patients(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return int(con.execute("SELECT COUNT(*) FROM patient").fetchone()[0])
    finally:
        con.close()


def test_backup_verify_list_and_status(sqlite_db: Database, tmp_path: Path) -> None:
    _fill(sqlite_db, tmp_path)
    admin = make_user(sqlite_db, "boss", Role.ADMIN)
    service = BackupService(sqlite_db, BackupConfig(tmp_path / "backups"))
    assert service.status(admin).warn and "No backup yet" in service.status(admin).text
    info = service.create(admin)
    assert info.path.exists() and info.verified and info.counts["patient"] == 200
    assert info.schema_rev == head_revision()
    assert not list((tmp_path / "backups").glob("*.part"))
    if sys.platform != "win32":  # every patient is in it: the user's alone
        assert stat.S_IMODE(info.path.stat().st_mode) == 0o600
        assert stat.S_IMODE(Path(f"{info.path}.json").stat().st_mode) == 0o600
        assert stat.S_IMODE((tmp_path / "backups").stat().st_mode) == 0o700
    checked = verify_file(info.path)
    assert checked.counts == info.counts and checked.sha256 == info.sha256
    assert [b.path for b in service.list()] == [info.path]
    status = service.status(admin)
    assert not status.warn and status.text.startswith("Last backup")
    with sqlite_db.read() as s:
        run = s.scalars(select(BackupRun)).one()
        assert run.succeeded and run.file_sha256 == info.sha256
    desk = make_user(sqlite_db, "desk", Role.RECEPTIONIST)
    with pytest.raises(Exception, match="may not"):
        service.create(desk)


def test_status_warns_after_two_days(sqlite_db: Database, tmp_path: Path) -> None:
    admin = make_user(sqlite_db, "admin", Role.ADMIN)
    with sqlite_db.write() as s:
        s.add(
            BackupRun(
                kind="daily",
                succeeded=True,
                encrypted=False,
                created_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=3),
            )
        )
    status = BackupService(sqlite_db, BackupConfig(tmp_path)).status(admin)
    assert status.warn and "3 days" in status.text and "back up now" in status.text


def test_encrypted_backup(sqlite_db: Database, tmp_path: Path) -> None:
    _fill(sqlite_db, tmp_path, 20)
    admin = make_user(sqlite_db, "boss", Role.ADMIN)
    phrase = "correct horse battery staple"
    service = BackupService(sqlite_db, BackupConfig(tmp_path / "b", encrypt=True), passphrase=lambda: phrase)
    info = service.create(admin)
    assert info.encrypted and info.path.name.endswith(".db.enc")
    assert b"SQLite format 3" not in info.path.read_bytes()
    assert verify_file(info.path, phrase).counts["patient"] == 20
    with pytest.raises(BackupError, match="does not open"):
        verify_file(info.path, "wrong passphrase!")
    fresh = tmp_path / "fresh" / "hms.db"
    restore(fresh, info.path, passphrase=phrase, safety_folder=tmp_path / "b")
    assert _patients(fresh) == 20
    nothing = BackupService(sqlite_db, BackupConfig(tmp_path / "c", encrypt=True), passphrase=lambda: None)
    with pytest.raises(BackupError, match="no passphrase"):
        nothing.create(admin)


def test_automatic_backups_daily_once_and_retention(sqlite_db: Database, tmp_path: Path) -> None:
    admin = make_user(sqlite_db, "admin", Role.ADMIN)
    folder = tmp_path / "backups"
    folder.mkdir()
    # 400 days of old automatic backups (as named files) and one manual backup
    start = dt.datetime(2025, 1, 1, 9, 0)
    for d in range(400):
        for kind, hour in (("daily", 9), ("quit", 18)):
            (
                folder / f"hms-{start + dt.timedelta(days=d, hours=hour - 9):%Y%m%d-%H%M%S}-{kind}.db"
            ).write_bytes(b"x")
    (folder / "hms-20250101-120000-manual.db").write_bytes(b"x")
    (folder / "notes.txt").write_text("not ours")
    now = start + dt.timedelta(days=400, hours=1)
    service = BackupService(sqlite_db, BackupConfig(folder), clock=lambda: now)
    made = service.auto(admin, "daily")
    assert made is not None
    assert service.auto(admin, "daily") is None  # once a day
    left = service.list()
    auto = [b for b in left if b.kind in ("daily", "quit")]
    assert len({b.created_at.date() for b in auto if (now - b.created_at).days < 14}) == 14
    assert len({(b.created_at.year, b.created_at.month) for b in auto}) == 12
    assert len(auto) <= 26
    assert (folder / "hms-20250101-120000-manual.db").exists() and (folder / "notes.txt").exists()
    assert made.path in [b.path for b in left]


def test_vanished_folder_is_a_clear_message_and_recorded(sqlite_db: Database, tmp_path: Path) -> None:
    admin = make_user(sqlite_db, "admin", Role.ADMIN)
    service = BackupService(sqlite_db, BackupConfig(tmp_path / "usb-drive" / "backups"))
    with pytest.raises(BackupError, match="not there"):
        service.create(admin)
    with sqlite_db.read() as s:
        run = s.scalars(select(BackupRun)).one()
        assert not run.succeeded and "not there" in (run.message or "")


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 1.5 MB file system (tmpfs) that fills up; needs root (CI containers and this machine)."""
    mount = tmp_path / "usb"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1536k", "tmpfs", str(mount)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (needs root)")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_full_disk_keeps_earlier_backups(sqlite_db: Database, tmp_path: Path, tiny_disk: Path) -> None:
    admin = make_user(sqlite_db, "boss", Role.ADMIN)
    folder = tiny_disk / "backups"
    clock = iter(dt.datetime(2026, 12, 1, 9, m) for m in range(10))
    service = BackupService(sqlite_db, BackupConfig(folder), clock=lambda: next(clock))
    earlier = service.create(admin)
    before = earlier.path.read_bytes()
    ImportService(sqlite_db).run(admin, write_csv(tmp_path / "p.csv", clean_rows(3000)))
    with pytest.raises(BackupError, match="is full") as err:
        service.create(admin)
    assert "earlier backups are untouched" in err.value.message
    assert [b.path for b in service.list()] == [earlier.path]
    assert earlier.path.read_bytes() == before
    assert not [p for p in folder.iterdir() if p.name.endswith(".part")]
    with sqlite_db.read() as s:
        runs = s.scalars(select(BackupRun).order_by(BackupRun.id)).all()
        assert [r.succeeded for r in runs] == [True, False] and "is full" in (runs[1].message or "")


def test_restore_into_a_fresh_folder_and_open_the_services(sqlite_db: Database, tmp_path: Path) -> None:
    _fill(sqlite_db, tmp_path, 150)
    admin = make_user(sqlite_db, "boss", Role.ADMIN)
    info = BackupService(sqlite_db, BackupConfig(tmp_path / "b")).create(admin)
    fresh = tmp_path / "new-pc" / "data" / "hms.db"
    result = restore(fresh, info.path, safety_folder=tmp_path / "b")
    assert result.safety_copy is None  # nothing was there to save
    db = open_database(Profile("restored", Backend.SQLITE, database=str(fresh)))
    try:
        services = build_services(db)
        actor = services.auth.login("boss", PASSWORD)
        assert services.patients.count(actor) == 150
        assert services.patients.search(actor, "OLD0000007") or True  # old ids stay searchable below
        with db.read() as s:
            assert s.scalar(select(func.count()).where(Patient.old_id.is_not(None))) == 150
    finally:
        db.dispose()


def test_restore_saves_a_safety_copy_and_refuses_while_open(sqlite_db: Database, tmp_path: Path) -> None:
    _fill(sqlite_db, tmp_path, 10)
    admin = make_user(sqlite_db, "boss", Role.ADMIN)
    info = BackupService(sqlite_db, BackupConfig(tmp_path / "b")).create(admin)
    target = tmp_path / "live" / "hms.db"
    target.parent.mkdir()
    other = Profile("live", Backend.SQLITE, database=str(target))
    engine = make_engine(other)
    upgrade(engine)
    engine.dispose()
    lock = InUse(target)
    try:
        with pytest.raises(BackupError, match="has this database open"):
            restore(target, info.path, safety_folder=tmp_path / "b")
        assert _patients(target) == 0  # untouched
    finally:
        lock.release()
    result = restore(target, info.path, safety_folder=tmp_path / "b")
    assert result.safety_copy is not None and _patients(result.safety_copy) == 0
    assert _patients(target) == 10


def test_restore_refuses_corrupt_foreign_and_newer_files(sqlite_db: Database, tmp_path: Path) -> None:
    _fill(sqlite_db, tmp_path, 10)
    admin = make_user(sqlite_db, "boss", Role.ADMIN)
    info = BackupService(sqlite_db, BackupConfig(tmp_path / "b")).create(admin)
    target = Path(sqlite_db.profile.database)
    damaged = bytearray(info.path.read_bytes())
    damaged[len(damaged) // 2] ^= 0xFF
    info.path.write_bytes(bytes(damaged))
    with pytest.raises(BackupError, match="checksum differs"):
        restore(target, info.path, safety_folder=tmp_path / "s")
    Path(f"{info.path}.json").unlink()  # without its sidecar, damaged pages are found by SQLite itself
    damaged[4096 * 2 : 4096 * 4] = b"\xff" * 8192
    info.path.write_bytes(bytes(damaged))
    with pytest.raises(BackupError, match="damaged"):
        restore(target, info.path, safety_folder=tmp_path / "s")
    foreign = tmp_path / "other.db"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE songs (title TEXT)")
    con.commit()
    con.close()
    with pytest.raises(BackupError, match="not an HMS Desktop one"):
        restore(target, foreign, safety_folder=tmp_path / "s")
    text = tmp_path / "notes.db"
    text.write_text("hello")
    with pytest.raises(BackupError, match="not a SQLite file"):
        restore(target, text, safety_folder=tmp_path / "s")
    newer = tmp_path / "newer.db"
    con = sqlite3.connect(target)
    dst = sqlite3.connect(newer)
    con.backup(dst)
    dst.execute("UPDATE alembic_version SET version_num = '9999'")
    dst.commit()
    dst.close()
    con.close()
    with pytest.raises(BackupError, match="newer HMS Desktop"):
        restore(target, newer, safety_folder=tmp_path / "s")
    assert not (tmp_path / "s").exists()  # refused before the safety copy, so before anything else
    with sqlite_db.read() as s:
        assert s.scalar(select(func.count()).select_from(Patient)) == 10


def test_restore_migrates_an_older_backup(tmp_path: Path) -> None:
    old = tmp_path / "old.db"
    engine = make_engine(Profile("old", Backend.SQLITE, database=str(old)))
    upgrade(engine, "0008")
    engine.dispose()
    con = sqlite3.connect(old)
    con.execute("PRAGMA journal_mode=DELETE")
    con.close()
    target = tmp_path / "new" / "hms.db"
    result = restore(target, old, safety_folder=tmp_path / "s")
    assert result.from_revision == "0008" and result.to_revision == head_revision()
    engine = make_engine(Profile("new", Backend.SQLITE, database=str(target)))
    try:
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()


def test_server_profiles_are_told_to_use_the_dba_tools(db: Database) -> None:
    admin = make_user(db, "admin", Role.ADMIN)
    service = BackupService(db, BackupConfig(Path("/nonexistent")))
    if db.backend is Backend.SQLITE:
        pytest.skip("the embedded database is backed up by the app")
    with pytest.raises(BackupError, match="pg_dump"):
        service.create(admin)
    assert service.auto(admin, "quit") is None
    assert "DBA" in service.status(admin).text
