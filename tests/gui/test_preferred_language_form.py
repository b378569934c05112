"""The registration form's preferred-language field (issue 17): listed from the shipped language
files, saved with the patient, shown again on edit."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from hms_desktop.gui.ops import Ops
from hms_desktop.gui.tabs.patients.form import PatientFormDialog
from hms_desktop.services.container import Services
from hms_desktop.services.context import Actor

pytestmark = pytest.mark.gui


def test_language_is_chosen_saved_and_shown_on_edit(
    qtbot: QtBot, ops: Ops, services: Services, admin: Actor
) -> None:
    dialog = PatientFormDialog(ops, services.patients, admin)
    qtbot.addWidget(dialog)
    combo = dialog.combo("preferred_language")
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert labels[0] == "English" and "Kannada (ಕನ್ನಡ)" in labels and "Hindi (हिन्दी)" in labels
    dialog.line("first_name").setText("ರಾಮ")
    dialog.combo("sex").setCurrentIndex(1)
    dialog.spin("age_years").setValue(40)
    combo.setCurrentIndex(combo.findData("kn"))
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.save()
    assert dialog.saved is not None and dialog.saved.preferred_language == "kn"
    edit = PatientFormDialog(ops, services.patients, admin, dialog.saved)
    qtbot.addWidget(edit)
    assert edit.combo("preferred_language").currentData() == "kn"
