"""What the desk's fields do as a person types (issue 15 #10, #15): an empty Age box takes the first
digit, an old field error goes when the field is fixed, messages name fields in words, a full field
says so, and Check in / No-show wait for the appointment's day and time."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QSpinBox
from pytestqt.qtbot import QtBot

from hms_desktop.errors import ValidationError
from hms_desktop.gui.ops import Ops
from hms_desktop.gui.tabs.patients.form import PatientFormDialog
from hms_desktop.gui.tabs.patients.walk_in import WalkInDialog
from hms_desktop.services.container import Services
from hms_desktop.services.context import Actor
from hms_desktop.services.patients_types import PatientInput

pytestmark = pytest.mark.gui


def click_into(qtbot: QtBot, spin: QSpinBox) -> None:
    """A click in the box's text, as a person does (the cursor lands after the word)."""
    edit = spin.findChild(QLineEdit)
    assert edit is not None
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(edit.width() - 4, edit.height() // 2))
    qtbot.keyClick(edit, Qt.Key.Key_End)


def test_an_empty_age_box_takes_the_first_digit(
    qtbot: QtBot, ops: Ops, services: Services, admin: Actor
) -> None:
    walk_in = WalkInDialog(ops, services.visits, admin)
    qtbot.addWidget(walk_in)
    walk_in.show()
    qtbot.waitExposed(walk_in)
    click_into(qtbot, walk_in.age)
    qtbot.keyClicks(walk_in.age, "42")
    assert walk_in.age.value() == 42

    form = PatientFormDialog(ops, services.patients, admin)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    years = form.spin("age_years")
    click_into(qtbot, years)
    qtbot.keyClicks(years, "7")
    click_into(qtbot, form.age_months)
    qtbot.keyClicks(form.age_months, "3")
    assert (years.value(), form.age_months.value()) == (7, 3)


def test_an_old_field_error_goes_when_the_field_is_fixed(
    qtbot: QtBot, ops: Ops, services: Services, admin: Actor
) -> None:
    dialog = WalkInDialog(ops, services.visits, admin)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.first, "Gopal")
    qtbot.keyClicks(dialog.phone, "12345")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.errors["phone"].isVisible(), timeout=5000)
    assert dialog.errors["age_years"].isVisible()  # no age either
    qtbot.keyClicks(dialog.phone, "67890")
    assert not dialog.errors["phone"].isVisible()  # being fixed: the old message goes
    assert dialog.errors["age_years"].isVisible()  # the other one stays until its field is fixed

    form = PatientFormDialog(ops, services.patients, admin)
    qtbot.addWidget(form)
    form.show()
    form.save()
    qtbot.waitUntil(lambda: form.errors["first_name"].isVisible(), timeout=5000)
    qtbot.keyClicks(form.line("first_name"), "R")
    assert not form.errors["first_name"].isVisible()
    assert form.errors["date_of_birth"].isVisible()


def test_messages_name_fields_in_words() -> None:
    err = ValidationError({"starts_at": "Only today's appointments can be checked in.", "status": "Booked."})
    assert err.message == "Appointment time: Only today's appointments can be checked in.; Status: Booked."
    assert ValidationError({"emergency_name": "Too long."}).message == "Emergency name: Too long."
    assert "_" not in ValidationError({"pin_code": "x", "abha_number": "y", "patient_id": "z"}).message


def test_a_full_field_says_so_instead_of_cutting_silently(
    qtbot: QtBot, ops: Ops, services: Services, admin: Actor
) -> None:
    form = PatientFormDialog(ops, services.patients, admin)
    qtbot.addWidget(form)
    form.show()
    first = form.line("first_name")
    qtbot.keyClicks(first, "A" * 85)
    assert len(first.text()) == 80
    assert form.errors["first_name"].isVisible()
    assert form.errors["first_name"].text() == "At most 80 characters: the rest was not taken."
    qtbot.keyClick(first, Qt.Key.Key_Backspace)
    assert not form.errors["first_name"].isVisible()
    # a paste that is cut says so too
    city = form.line("city")
    QApplication.clipboard().setText("C" * 200)
    city.setFocus()
    qtbot.keyClick(city, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(city.text()) == 80 and "At most 80" in form.errors["city"].text()

    walk_in = WalkInDialog(ops, services.visits, admin)
    qtbot.addWidget(walk_in)
    walk_in.show()
    qtbot.keyClicks(walk_in.last, "B" * 81)
    assert walk_in.errors["last_name"].isVisible() and len(walk_in.last.text()) == 80


def test_the_service_refuses_rather_than_cuts(services: Services, admin: Actor) -> None:
    long_address = "a" * 81 + "@abdm"
    with pytest.raises(ValidationError) as err:
        services.patients.register(
            admin, PatientInput(first_name="Long", sex="F", age_years=30, abha_address=long_address)
        )
    assert "At most 80 characters" in err.value.errors["abha_address"]


def test_the_pin_code_fills_the_city(qtbot: QtBot, ops: Ops, services: Services, admin: Actor) -> None:
    form = PatientFormDialog(ops, services.patients, admin)
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClicks(form.line("pin_code"), "560001")
    assert form.line("city").text() == "Bengaluru"
    form.line("pin_code").clear()
    qtbot.keyClicks(form.line("pin_code"), "110001")
    assert form.line("city").text() == "New Delhi"  # its own suggestion is replaced
    form.line("city").clear()
    qtbot.keyClicks(form.line("city"), "Gurugram")
    form.line("pin_code").clear()
    qtbot.keyClicks(form.line("pin_code"), "560001")
    assert form.line("city").text() == "Gurugram"  # what was typed stays
