"""Issue 14, allergies and identifiers: "not recorded" is never printed as "no known allergies", who
confirmed it and when is kept; mobiles are mobiles (phonenumbers' number type), landlines have
their own field. Service tests run on SQLite and PostgreSQL; the prescription is read back."""

from __future__ import annotations

import datetime as dt
import random
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import phonenumbers
import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from hms_desktop.db.engine import Database, make_engine
from hms_desktop.db.migrate import upgrade
from hms_desktop.db.models import Patient
from hms_desktop.db.profiles import Backend, Profile
from hms_desktop.domain.allergies import AllergyRecord, AllergyStatus, check_allergy_input
from hms_desktop.domain.identifiers import (
    landline_problem,
    mobile_problem,
    normalise_landline,
    normalise_mobile,
)
from hms_desktop.errors import ValidationError
from hms_desktop.services.patients_types import PatientInput
from hms_desktop.services.visits_types import WalkInInput
from tests.conftest import PG_URL
from tests.unit.queue_clinic import build_clinic

# STD codes of Indian cities (metros and the larger district towns); subscriber numbers drawn at random
STD = (
    "11", "22", "33", "44", "80", "40", "20", "79", "141", "484", "821", "824", "831", "836", "861",
    "891", "612", "651", "674", "712", "755", "761", "771", "172", "181", "191", "135", "512", "522",
)  # fmt: skip


def _landlines(n: int) -> list[str]:
    """n numbers phonenumbers calls Indian fixed lines, written as a desk types them: 0, STD, number."""
    rng, out = random.Random(14), list[str]()
    while len(out) < n:
        std = rng.choice(STD)
        digits = std + "".join(str(rng.randrange(10)) for _ in range(10 - len(std)))
        parsed = phonenumbers.parse("+91" + digits, None)
        if phonenumbers.number_type(parsed) == phonenumbers.PhoneNumberType.FIXED_LINE:
            out.append(f"0{std} {digits[len(std) :]}")
    return out


def test_no_landline_typed_with_its_std_code_passes_as_a_mobile() -> None:
    """Today 24 of 200 did (ten digits from 6-9 once the trunk 0 is dropped)."""
    numbers = _landlines(200)
    assert sum(n.replace(" ", "")[1] in "6789" for n in numbers) >= 20  # the ones that used to pass
    assert [n for n in numbers if normalise_mobile(n) is not None] == []
    assert all("landline" in (mobile_problem(n) or "") for n in numbers)
    assert all(landline_problem(n) is None and normalise_landline(n) for n in numbers)


@pytest.mark.parametrize(
    "typed", ["+91 98450-12345", "09845012345", "919845012345", "98450 12345", "(+91) 70123 45678"]
)
def test_mobiles_in_any_usual_writing_pass(typed: str) -> None:
    assert normalise_mobile(typed) is not None and mobile_problem(typed) is None
    assert landline_problem(typed) == "This is a mobile number: put it under Mobile."


def test_the_none_words_are_not_an_allergy_list() -> None:
    for typed in ("none", "Nil", "NKDA", "no known allergies", "-"):
        _status, text, errors = check_allergy_input("listed", typed)
        assert text is None and "allergies" in errors
    assert check_allergy_input(None, None)[0] is AllergyStatus.UNKNOWN
    assert check_allergy_input(None, "penicillin")[0] is AllergyStatus.LISTED
    assert "allergies" in check_allergy_input("listed", "")[2]
    assert "allergies" in check_allergy_input("nkda", "sulfa")[2]
    assert AllergyRecord(AllergyStatus.UNKNOWN).print_text() == "Allergies: not recorded"
    assert AllergyRecord(AllergyStatus.NKDA).print_text() == "No known allergies"


def test_registration_records_who_confirmed_the_allergy_status_and_when(db: Database) -> None:
    c = build_clinic(db)
    before = dt.datetime.now(dt.UTC)
    asked = c.sv.patients.register(c.desk, PatientInput("Lakshmi", "F", age_years=52, allergy_status="nkda"))
    assert asked.allergy_status == "nkda" and asked.allergy_by == c.desk.user_id
    assert asked.allergy_at is not None and asked.allergy_at >= before - dt.timedelta(seconds=1)
    never = c.sv.patients.register(c.desk, PatientInput("Ravi", "M", age_years=40))
    assert never.allergy_status == "unknown" and never.allergy_by is None and never.allergies is None
    listed = c.sv.patients.register(c.desk, PatientInput("Meena", "F", age_years=30, allergies="Penicillin"))
    assert listed.allergy_status == "listed" and listed.allergy_by == c.desk.user_id
    with pytest.raises(ValidationError) as err:
        c.sv.patients.register(c.desk, PatientInput("Anil", "M", age_years=30, allergy_status="listed"))
    assert "allergies" in err.value.errors
    # an edit that changes the answer re-stamps it; one that leaves it alone keeps the first stamp
    edited = c.sv.patients.update(
        c.admin, never.id, never.row_version,
        PatientInput("Ravi", "M", age_years=40, allergy_status="listed", allergies="Sulfa drugs"),
    )  # fmt: skip
    assert (edited.allergy_status, edited.allergies, edited.allergy_by) == (
        "listed",
        "Sulfa drugs",
        c.admin.user_id,
    )
    again = c.sv.patients.update(
        c.desk, edited.id, edited.row_version,
        PatientInput("Ravi", "M", age_years=40, allergy_status="listed", allergies="Sulfa drugs",
                     city="Mysuru"),
    )  # fmt: skip
    assert again.allergy_by == c.admin.user_id and again.allergy_at == edited.allergy_at


def test_walk_in_asks_and_never_assumes(db: Database) -> None:
    c = build_clinic(db)
    quick = c.sv.visits.register_walk_in(c.desk, WalkInInput("Asha", "F", 34, None))
    assert quick.patient.allergy_status == "unknown"
    asked = c.sv.visits.register_walk_in(c.desk, WalkInInput("Geeta", "F", 61, None, allergy_status="nkda"))
    assert asked.patient.allergy_status == "nkda" and asked.patient.allergy_by == c.desk.user_id
    with pytest.raises(ValidationError) as err:
        c.sv.visits.register_walk_in(c.desk, WalkInInput("Hari", "M", 20, None, allergies="none"))
    assert "No known allergies" in err.value.errors["allergies"]


def test_mobile_and_landline_fields_with_messages_at_the_field(db: Database) -> None:
    c = build_clinic(db)
    with pytest.raises(ValidationError) as err:
        c.sv.patients.register(c.desk, PatientInput("Suresh", "M", age_years=45, phone="080 4123 4567"))
    assert "landline" in err.value.errors["phone"] and "Landline" in err.value.errors["phone"]
    with pytest.raises(ValidationError) as err:
        c.sv.patients.register(c.desk, PatientInput("Suresh", "M", age_years=45, landline="98450 12345"))
    assert err.value.errors["landline"] == "This is a mobile number: put it under Mobile."
    p = c.sv.patients.register(
        c.desk, PatientInput("Suresh", "M", age_years=45, phone="98450 12345", landline="080 4123 4567")
    )
    assert (p.phone, p.landline) == ("9845012345", "+918041234567")
    with pytest.raises(ValidationError) as err:
        c.sv.visits.register_walk_in(c.desk, WalkInInput("Kiran", "M", 30, "022 2659 1234"))
    assert "landline" in err.value.errors["phone"]


# --- the migration of existing patients -------------------------------------------------------------


@pytest.fixture(
    params=["sqlite", pytest.param("postgresql", marks=pytest.mark.skipif(not PG_URL, reason="no PG"))]
)
def at_0007(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """A database migrated only to 0007 (before this work), on each backend."""
    if request.param == "sqlite":
        profile = Profile("m", Backend.SQLITE, database=str(tmp_path / "m.db"))
        engine = make_engine(profile)
        upgrade(engine, "0007")
        yield engine
        engine.dispose()
        return
    name = f"hms_m8_{tmp_path.name[-20:].lower().replace('-', '_')}"
    admin = create_engine(make_url(PG_URL), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    engine = create_engine(make_url(PG_URL).set(database=name))
    upgrade(engine, "0007")
    try:
        yield engine
    finally:
        engine.dispose()
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


def test_existing_patients_become_not_recorded_or_listed_never_none(at_0007: Engine) -> None:
    insert = text(
        "INSERT INTO patient (mrn, first_name, sex, dob_estimated, allergies, created_at, row_version) "
        "VALUES (:mrn, :name, 'F', :no, :allergies, :at, 1)"
    )
    with at_0007.begin() as conn:
        for mrn, allergies in (("OLD-1", None), ("OLD-2", "Penicillin (rash)")):
            conn.execute(insert, {"mrn": mrn, "name": mrn, "no": False, "allergies": allergies,
                                  "at": dt.datetime(2026, 1, 5, 10, 0)})  # fmt: skip
    upgrade(at_0007, "0008")
    with at_0007.connect() as conn:
        rows: dict[str, str] = dict(
            conn.execute(text("SELECT mrn, allergy_status FROM patient ORDER BY mrn")).all()
        )
        by = conn.execute(text("SELECT count(*) FROM patient WHERE allergy_by IS NOT NULL")).scalar()
        rates = conn.execute(text("SELECT count(*) FROM gst_rate WHERE tax_class = 'NIL_MEDICINE'")).scalar()
    assert rows == {"OLD-1": "unknown", "OLD-2": "listed"} and by == 0 and rates == 1


# --- printed -------------------------------------------------------------------------------------


def test_walk_in_prescription_prints_not_recorded_and_a_confirmed_none_prints_none(db: Database) -> None:
    """Today every walk-in's prescription said "No known allergies"."""
    from hms_desktop.reports.prescription import prescription_pdf
    from tests.unit.test_consultation_service import FORM, in_room

    if shutil.which("pdftotext") is None:
        pytest.skip("needs pdftotext (poppler-utils)")
    c = build_clinic(db)

    def printed(confirmed_none: bool) -> str:
        entry_id, pid = in_room(c)
        if confirmed_none:  # the nurse asked: none known
            with db.write() as s:
                s.query(Patient).filter(Patient.id == pid).update(
                    {
                        "allergy_status": "nkda",
                        "allergy_by": c.nurse.user_id,
                        "allergy_at": dt.datetime(2026, 12, 2, 5, 0, tzinfo=dt.UTC),
                    }
                )
        view = c.sv.consultation.start(c.gp, entry_id)
        done = c.sv.consultation.complete(c.gp, view.id, FORM)
        assert done.prescription_id is not None
        pdf = prescription_pdf(c.sv.consultation.prescription_doc(c.gp, done.prescription_id))
        out = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True)
        return " ".join(out.stdout.decode("utf-8").split())

    never = printed(False)
    assert "Allergies: not recorded" in never and "No known allergies" not in never
    asked = printed(True)
    assert "No known allergies (confirmed by" in asked and "not recorded" not in asked
