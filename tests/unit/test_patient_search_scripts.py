"""Finding names across scripts (issue 17): "ram sharma" finds राम शर्मा and ರಾಮ ಶರ್ಮ, Devanagari
typed finds a Latin registration, duplicates are flagged across scripts, and migration 0013 keys the
patients already registered (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from hms_desktop.db.engine import Database, make_engine
from hms_desktop.db.migrate import upgrade
from hms_desktop.db.name_keys import rekey_patients
from hms_desktop.db.profiles import Backend, Profile
from hms_desktop.domain.enums import Role
from hms_desktop.services.context import Actor
from hms_desktop.services.patient_records import merge_phonetic
from hms_desktop.services.patients import PatientService
from hms_desktop.services.patients_types import PatientDetail, PatientInput, PatientRow
from tests.conftest import PG_URL
from tests.unit.helpers import make_user


@pytest.fixture
def clerk(db: Database) -> Actor:
    return make_user(db, "desk", Role.RECEPTIONIST)


@pytest.fixture
def reg(db: Database, clerk: Actor) -> dict[str, PatientDetail]:
    svc = PatientService(db)
    people = {
        "hindi": PatientInput(first_name="राम", last_name="शर्मा", sex="M", age_years=40, phone="9845011111"),
        "kannada": PatientInput(first_name="ರಾಮ", last_name="ಶರ್ಮ", sex="M", age_years=62),
        "latin": PatientInput(first_name="Ram", last_name="Sharma", sex="M", age_years=30),
        "lakshmi": PatientInput(first_name="Laxmi", last_name="Gowda", sex="F", age_years=52),
        "other": PatientInput(first_name="Suresh", last_name="Gupta", sex="M", age_years=45),
    }
    return {k: svc.register(clerk, v) for k, v in people.items()}


def names(rows: list[PatientRow]) -> set[str]:
    return {r.display_name for r in rows}


ALL_RAMS = {"राम शर्मा", "ರಾಮ ಶರ್ಮ", "Ram Sharma"}


def test_latin_typed_finds_every_script(db: Database, clerk: Actor, reg: dict[str, PatientDetail]) -> None:
    svc = PatientService(db)
    for typed in ("ram sharma", "sharma ram", "Rama Sarma", "ram shar", "sharma", "ram shарма"):
        assert names(svc.search(clerk, typed)) == ALL_RAMS, typed
    # the spelling typed comes first, the other scripts after it
    assert svc.search(clerk, "ram sharma")[0].display_name == "Ram Sharma"
    assert names(svc.search(clerk, "suresh")) == {"Suresh Gupta"}


def test_indic_typed_finds_latin_and_other_scripts(
    db: Database, clerk: Actor, reg: dict[str, PatientDetail]
) -> None:
    svc = PatientService(db)
    assert names(svc.search(clerk, "राम शर्मा")) == ALL_RAMS
    assert names(svc.search(clerk, "ಶರ್ಮ")) == ALL_RAMS
    rows = svc.search(clerk, "लक्ष्मी गौडा")
    assert names(rows) == {"Laxmi Gowda"}
    assert names(svc.search(clerk, "ಲಕ್ಷ್ಮಿ")) == {"Laxmi Gowda"}
    assert svc.search(clerk, "सुरेंद्र") == []


def test_registration_stores_the_keys_and_an_edit_keeps_them(
    db: Database, clerk: Actor, reg: dict[str, PatientDetail]
) -> None:
    with db.read() as s:
        got = s.execute(
            text("SELECT first_phonetic, last_phonetic FROM patient WHERE id = :i"), {"i": reg["hindi"].id}
        ).one()
    assert tuple(got) == ("ram", "sarm")
    svc = PatientService(db)
    p = reg["lakshmi"]
    svc.update(
        clerk, p.id, p.row_version, PatientInput(first_name="सीता", last_name="Gowda", sex="F", age_years=52)
    )
    assert names(svc.search(clerk, "sita")) == {"सीता Gowda"}
    assert svc.search(clerk, "laxmi") == []


def test_duplicates_are_found_across_scripts(
    db: Database, clerk: Actor, reg: dict[str, PatientDetail]
) -> None:
    svc = PatientService(db)
    found = svc.find_duplicates(clerk, "Ram", "Sharma", phone="98450 11111", sex="M")
    hindi = next(c for c in found if c.patient_id == reg["hindi"].id)
    assert "same name" in hindi.reasons and "same phone" in hindi.reasons
    # typed in Kannada, on the register in Devanagari; typed in Devanagari, on it in Latin
    ids = {c.patient_id for c in svc.find_duplicates(clerk, "ರಾಮ", "ಶರ್ಮ", age_years=40, sex="M")}
    assert reg["hindi"].id in ids and reg["latin"].id not in ids  # 30: the name alone is not enough
    ids = {c.patient_id for c in svc.find_duplicates(clerk, "राम", "शर्मा", age_years=30, sex="M")}
    assert reg["latin"].id in ids and reg["other"].id not in ids


def test_phonetic_matches_keep_half_a_full_page() -> None:
    plain = [(i, "plain") for i in range(10)]  # rows start with the id, as the driver gives them
    phonetic = [(i, "phonetic") for i in (3, 20, 21, 22)]
    out = merge_phonetic(plain, phonetic, 6)
    assert [r[0] for r in out] == [0, 1, 2, 20, 21, 22]
    assert [r[0] for r in merge_phonetic(plain[:2], phonetic, 6)] == [0, 1, 3, 20, 21, 22]


# --- migration 0013 on patients registered before it -------------------------------------------


@pytest.fixture(
    params=["sqlite", pytest.param("postgresql", marks=pytest.mark.skipif(not PG_URL, reason="no PG"))]
)
def at_0012(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """A database migrated only to 0012 (before the phonetic keys), on each backend."""
    if request.param == "sqlite":
        engine = make_engine(Profile("m", Backend.SQLITE, database=str(tmp_path / "m.db")))
        upgrade(engine, "0012")
        yield engine
        engine.dispose()
        return
    name = f"hms_m13_{tmp_path.name[-20:].lower().replace('-', '_')}"
    admin = create_engine(make_url(PG_URL), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    engine = create_engine(make_url(PG_URL).set(database=name))
    upgrade(engine, "0012")
    try:
        yield engine
    finally:
        engine.dispose()
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


def test_migration_keys_existing_patients_and_rekey_repairs(at_0012: Engine) -> None:
    insert = text(
        "INSERT INTO patient (mrn, first_name, last_name, sex, dob_estimated, created_at, row_version) "
        "VALUES (:mrn, :first, :last, 'M', :no, :at, 1)"
    )
    rows = [("OLD-1", "राम", "शर्मा"), ("OLD-2", "Ravi", None), ("OLD-3", "ರಾಮ", "ಶರ್ಮ")]
    with at_0012.begin() as conn:
        for mrn, first, last in rows:
            conn.execute(
                insert, {"mrn": mrn, "first": first, "last": last, "no": False, "at": dt.datetime(2026, 1, 5)}
            )
    upgrade(at_0012, "0013")
    read = text("SELECT mrn, first_phonetic, last_phonetic FROM patient ORDER BY mrn")
    with at_0012.connect() as conn:
        assert [tuple(r) for r in conn.execute(read)] == [
            ("OLD-1", "ram", "sarm"),
            ("OLD-2", "ravi", None),
            ("OLD-3", "ram", "sarm"),
        ]
    with at_0012.begin() as conn:  # a stale key (older rules, or the sql/ scripts run by hand)
        conn.execute(
            text("UPDATE patient SET first_phonetic = 'x', last_phonetic = NULL WHERE mrn = 'OLD-1'")
        )
        assert rekey_patients(conn, batch=2) == 1
        assert rekey_patients(conn) == 0
    with at_0012.connect() as conn:
        assert tuple(conn.execute(read).first() or ()) == ("OLD-1", "ram", "sarm")
