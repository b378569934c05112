"""An import killed mid-run (SIGKILL, a separate OS process) leaves whole batches only, and running it
again continues after the checkpoint without creating anyone twice."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from hms_desktop.db.engine import Database
from hms_desktop.db.models import ImportRun, Patient
from hms_desktop.domain.enums import Role
from hms_desktop.services.importer import ImportService
from hms_desktop.services.importer_types import Outcome
from tests.unit.helpers import make_user
from tests.unit.import_data import clean_rows, write_csv

ROOT = Path(__file__).resolve().parents[2]
ROWS = 6_000


@pytest.fixture(autouse=True)
def _own_saved_mappings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts without the mapping an earlier test's import saved."""
    from hms_desktop.services import import_report

    monkeypatch.setattr(import_report, "_mappings_file", lambda: tmp_path / "import_mappings.json")


def _child(url: str, path: Path) -> subprocess.Popen[bytes]:
    script = textwrap.dedent(
        f"""
        import time
        from hms_desktop.db.engine import Database, make_engine
        from hms_desktop.db.profiles import profile_from_url
        from hms_desktop.services.auth import AuthService
        from hms_desktop.services.importer import ImportService
        from tests.unit.helpers import PASSWORD
        profile, password = profile_from_url({url!r})
        db = Database(make_engine(profile, password), profile)
        actor = AuthService(db).login("admin", PASSWORD)
        ImportService(db).run(actor, {str(path)!r}, batch_rows=200, after_batch=lambda done: time.sleep(0.01))
        print("FINISHED", flush=True)
        """
    )
    # its own data folder: no mapping saved by another test's import
    env = dict(os.environ, PYTHONPATH=str(ROOT), HMS_ORACLE_LINT="0", HMS_DATA_DIR=str(path.parent / "child"))
    return subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, env=env, stdout=subprocess.DEVNULL)


def _state(db: Database) -> tuple[int, int, int]:
    with db.read() as s:
        done = s.scalar(select(func.max(ImportRun.rows_done))) or 0
        patients = s.scalar(select(func.count()).select_from(Patient)) or 0
        temporary = s.scalar(select(func.count()).where(Patient.mrn.like("TMP-%"))) or 0
    return int(done), int(patients), int(temporary)


def test_kill_mid_import_then_resume(db: Database, tmp_path: Path) -> None:
    admin = make_user(db, "admin", Role.ADMIN)
    path = write_csv(tmp_path / "big.csv", clean_rows(ROWS))
    url = db.engine.url.render_as_string(hide_password=False)
    child = _child(url, path)
    deadline = time.monotonic() + 120
    try:
        while _state(db)[0] < 1_000:  # a few batches are in
            assert child.poll() is None, "the import finished before it could be killed"
            assert time.monotonic() < deadline
            time.sleep(0.02)
        time.sleep(0.013)  # land somewhere inside a later batch
        child.send_signal(signal.SIGKILL)
        child.wait(30)
    finally:
        if child.poll() is None:
            child.kill()
    done, patients, temporary = _state(db)
    assert 1_000 <= done < ROWS
    assert patients == done  # whole batches only: every committed row, no half of a batch
    assert temporary == 0  # no patient without its real MRN
    report = ImportService(db).run(admin, path)
    assert report.resumed_from == done
    assert report.count(Outcome.EARLIER) == done and report.count(Outcome.CREATED) == ROWS - done
    done, patients, temporary = _state(db)
    assert (done, patients, temporary) == (ROWS, ROWS, 0)
    with db.read() as s:
        distinct = s.scalar(select(func.count(func.distinct(Patient.old_id))))
        assert distinct == ROWS
        assert s.scalars(select(ImportRun.status)).all() == ["done"]
    again = ImportService(db).run(admin, path)  # and once more: nothing new
    assert again.count(Outcome.ALREADY) == ROWS
