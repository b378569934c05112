"""A doctor's favourite prescriptions (issue 15): saved from lines, one name per doctor, replaced only
when asked, private to the doctor, checked by the prescription's own line rules, every write audited."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from hms_desktop.db.engine import Database
from hms_desktop.db.models import AuditLog, RxFavouriteLine
from hms_desktop.errors import NotFound, PermissionDenied, ValidationError
from hms_desktop.services.consultation_types import ConsultationInput, DiagnosisInput, DrugLineInput
from hms_desktop.services.rx_favourites import MAX_LINES, name_key
from hms_desktop.services.rx_favourites_types import FavouriteExists
from tests.unit.queue_clinic import build_clinic

PCM = DrugLineInput(
    "Paracetamol", "500 mg", "tablet", "1 tablet", "oral", "1-0-1", duration_days=3, instructions="after food"
)
CTZ = DrugLineInput("Cetirizine", "10 mg", "tablet", "1 tablet", "oral", "0-0-1", duration_days=5)
ORS = DrugLineInput("Oral rehydration salts", None, "sachet", "1 sachet", "oral", "SOS", sos_min_hours=4,
                    quantity=Decimal("6"))  # fmt: skip


def test_save_list_replace_and_delete_are_the_doctors_own_and_audited(db: Database) -> None:
    c = build_clinic(db)
    fav = c.sv.rx_favourites
    saved = fav.save(c.gp, "  URTI   adult ", [PCM, DrugLineInput(""), CTZ])
    assert saved.name == "URTI   adult".strip() and saved.lines == (PCM, CTZ)  # the blank line dropped
    assert saved.summary() == "Paracetamol 500 mg, Cetirizine 10 mg"
    fav.save(c.gp, "Diarrhoea", [ORS])
    assert [f.name for f in fav.favourites(c.gp)] == ["Diarrhoea", "URTI   adult"]
    assert fav.favourites(c.gp)[0].lines == (ORS,)  # the doctor's own quantity and SOS hours kept

    # the same name in another spelling is the same favourite: refused until the doctor says replace
    with pytest.raises(FavouriteExists) as info:
        fav.save(c.gp, "urti ADULT", [ORS])
    assert "URTI" in info.value.errors["name"]
    replaced = fav.save(c.gp, "urti ADULT", [CTZ, ORS], replace=True)
    assert replaced.id == saved.id and replaced.lines == (CTZ, ORS)
    with db.read() as s:
        lines = s.scalar(
            select(func.count(RxFavouriteLine.id)).where(RxFavouriteLine.favourite_id == saved.id)
        )
    assert lines == 2  # the replaced lines are gone, not kept beside the new ones

    # another doctor sees none of them, may use the same name, and cannot delete Dr. Rao's
    assert fav.favourites(c.gp2) == []
    fav.save(c.gp2, "URTI adult", [PCM])
    with pytest.raises(NotFound):
        fav.delete(c.gp2, saved.id)
    fav.delete(c.gp, saved.id)
    assert [f.name for f in fav.favourites(c.gp)] == ["Diarrhoea"]

    with db.read() as s:
        actions = s.scalars(
            select(AuditLog.action).where(AuditLog.action.like("rx_favourite.%")).order_by(AuditLog.id)
        ).all()
    assert actions == [
        "rx_favourite.add",
        "rx_favourite.add",
        "rx_favourite.replace",
        "rx_favourite.add",
        "rx_favourite.delete",
    ]


def test_bad_names_and_lines_are_refused_at_their_fields_and_nothing_is_stored(db: Database) -> None:
    c = build_clinic(db)
    fav = c.sv.rx_favourites
    for name, lines, field in (
        ("", [PCM], "name"),
        ("x" * 61, [PCM], "name"),
        ("Bad\x00name", [PCM], "name"),
        ("Empty", [], "lines"),
        ("Blank only", [DrugLineInput("  ")], "lines"),
        ("Too many", [PCM] * (MAX_LINES + 1), "lines"),
        ("Long dose", [PCM, DrugLineInput("Amoxicillin", dose="d" * 41)], "line2.dose"),
        ("Days", [DrugLineInput("Amoxicillin", duration_days=0)], "line1.duration_days"),
    ):
        with pytest.raises(ValidationError) as info:
            fav.save(c.gp, name, lines)
        assert field in info.value.errors, (name, info.value.errors)
    assert fav.favourites(c.gp) == []


def test_only_doctors_have_favourites(db: Database) -> None:
    c = build_clinic(db)
    for actor in (c.admin, c.nurse, c.desk, c.cashier):
        with pytest.raises(PermissionDenied):
            c.sv.rx_favourites.favourites(actor)
        with pytest.raises(PermissionDenied):
            c.sv.rx_favourites.save(actor, "URTI", [PCM])


def test_a_favourite_inserted_completes_like_typed_lines(db: Database) -> None:
    """The lines a favourite gives are plain drug lines: the consultation checks and keeps them."""
    c = build_clinic(db)
    c.sv.rx_favourites.save(c.gp, "URTI adult", [PCM, CTZ])
    entry = c.walk_in("Asha", complaint="sore throat")
    assert (row := c.sv.queue.call_next(c.gp)) is not None and row.id == entry
    view = c.sv.consultation.start(c.gp, entry)
    lines = c.sv.rx_favourites.favourites(c.gp)[0].lines
    done = c.sv.consultation.complete(
        c.gp,
        view.id,
        ConsultationInput(diagnoses=(DiagnosisInput("", "J06.9", is_primary=True),), lines=lines),
    )
    assert done.prescription_id is not None
    doc = c.sv.consultation.prescription_doc(c.gp, done.prescription_id)
    assert [ln.generic_name.upper() for ln in doc.lines] == ["PARACETAMOL", "CETIRIZINE"]
    assert doc.lines[0].instructions == "after food"


def test_name_key_folds_case_and_spacing() -> None:
    assert name_key("  urti \t Adult ") == "URTI ADULT"
