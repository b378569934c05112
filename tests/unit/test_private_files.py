"""Patient data stays in the user's own files (issue 12): the database, its WAL/SHM, drafts and the log
are 0600 in 0700 folders, drafts follow HMS_DATA_DIR and expire, and the log holds no patient data."""

from __future__ import annotations

import datetime as dt
import logging
import os
import stat
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, insert
from sqlalchemy.exc import IntegrityError

from hms_desktop import logsetup
from hms_desktop.config import embedded_profile
from hms_desktop.db.engine import Database, make_engine
from hms_desktop.db.migrate import upgrade
from hms_desktop.db.models import Base, Patient
from hms_desktop.gui.tabs.consult.drafts import DraftStore, default_folder

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes (Windows: the user profile)")

NAME, PHONE, MRN = "Kamalamma Gowda", "9845012345", "HMS-0099-7"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_embedded_database_and_its_wal_are_the_users_alone(tmp_path: Path) -> None:
    old = os.umask(0o022)  # a typical desk umask: new files would be world-readable
    try:
        folder = tmp_path / "data"
        profile = embedded_profile(folder / "hms.db")
        engine = make_engine(profile)
        upgrade(engine)
        db = Database(engine, profile)
        with db.write() as s:
            s.add(Patient(mrn="T-1", first_name="Ravi", sex="M"))
        files = [folder / "hms.db", folder / "hms.db-wal", folder / "hms.db-shm"]
        assert all(f.exists() for f in files)
        assert {f.name: _mode(f) for f in files} == {f.name: 0o600 for f in files}
        assert _mode(folder) == 0o700
        db.dispose()
    finally:
        os.umask(old)


def test_a_shared_folder_the_database_sits_in_is_left_alone(tmp_path: Path) -> None:
    shared = tmp_path / "share"
    shared.mkdir()
    os.chmod(shared, 0o1777)  # like /tmp: other users' files live here too
    engine = make_engine(embedded_profile(shared / "clinic.db"))
    engine.dispose()
    assert _mode(shared) == 0o1777 and _mode(shared / "clinic.db") == 0o600


def test_drafts_follow_the_data_dir_are_private_and_expire(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HMS_DATA_DIR", str(tmp_path / "hms"))
    assert default_folder() == tmp_path / "hms" / "drafts"
    store = DraftStore(user="drasha")
    assert store.save(7, 1, {"subjective": f"{NAME} complains of fever"})
    path = store.path(7)
    assert _mode(path) == 0o600 and _mode(path.parent) == 0o700
    assert store.load(7) is not None
    week_old = (dt.datetime.now(dt.UTC) - dt.timedelta(days=8)).timestamp()
    os.utime(path, (week_old, week_old))
    assert DraftStore(user="drasha").load(7) is None and not path.exists()  # pruned on opening
    # the clinic's retention (clinic_setting.draft_keep_days) replaces the default week
    store = DraftStore(user="drasha")
    assert store.save(8, 1, {"subjective": "cough"}) and store.save(9, 1, {"subjective": "fever"})
    three_days = (dt.datetime.now(dt.UTC) - dt.timedelta(days=3)).timestamp()
    os.utime(store.path(8), (three_days, three_days))
    assert store.keep_for(5) == 0 and store.load(8) is not None  # inside five days: kept
    assert store.keep_for(2) == 1 and store.load(8) is None and store.load(9) is not None
    assert store.max_age == dt.timedelta(days=2)


def _duplicate_mrn(db: Database) -> IntegrityError:
    with db.write() as s:
        s.add(Patient(mrn=MRN, first_name=NAME, phone=PHONE, sex="F", allergies="Penicillin"))
    try:
        with db.engine.begin() as conn:  # below the services' error mapping: the raw driver error
            conn.execute(
                insert(Patient).values(
                    mrn=MRN, first_name=NAME, phone=PHONE, sex="F", allergies="Penicillin", row_version=1
                )
            )
    except IntegrityError as exc:
        return exc
    raise AssertionError("the duplicate MRN was accepted")


def test_the_log_holds_no_patient_data(db: Database, tmp_path: Path) -> None:
    log_file = logsetup.configure(tmp_path / "logs")
    root = logging.getLogger()
    try:
        exc = _duplicate_mrn(db)
        logging.getLogger("hms_desktop.gui.ops").error("unexpected error while saving", exc_info=exc)
        logging.getLogger("hms_desktop.test").warning("driver said: %s", exc.orig)
        for handler in root.handlers:
            handler.flush()
        text = log_file.read_text(encoding="utf-8")
        assert "IntegrityError" in text and "unexpected error while saving" in text  # it was logged
        for secret in (NAME, PHONE, MRN, "Penicillin"):
            assert secret not in text, f"{secret!r} is in the log"
        assert _mode(log_file) == 0o600 and _mode(log_file.parent) == 0o700
    finally:
        for handler in list(root.handlers):
            if getattr(handler, "baseFilename", "").startswith(str(tmp_path)) or (
                isinstance(handler, logging.StreamHandler) and handler.filters
            ):
                root.removeHandler(handler)
                handler.close()


def test_without_hidden_parameters_the_same_error_would_quote_the_patient(tmp_path: Path) -> None:
    """The control for the test above: SQLAlchemy's default puts the bound values in the message."""
    engine = create_engine(f"sqlite:///{tmp_path / 'plain.db'}")
    Base.metadata.tables["patient"].create(engine)
    row = {"mrn": MRN, "first_name": NAME, "phone": PHONE, "sex": "F", "row_version": 1}
    with engine.begin() as conn:
        conn.execute(insert(Patient).values(**row))
    with pytest.raises(IntegrityError) as caught, engine.begin() as conn:
        conn.execute(insert(Patient).values(**row))
    assert NAME in str(caught.value)
    assert logsetup.scrub("DETAIL:  Key (mrn)=(HMS-0099-7) already exists.") == "DETAIL:  <hidden>"
    engine.dispose()
