"""Every Qt Designer form loads, with the widgets the code looks up; icons and the style sheet load."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from hms_desktop.gui import forms
from hms_desktop.paths import resources_dir

EXPECTED = {
    "banner.ui": ["messageLabel", "retryButton", "iconLabel"],
    "connection.ui": [
        "profileList",
        "nameEdit",
        "backendCombo",
        "hostEdit",
        "portEdit",
        "databaseEdit",
        "userEdit",
        "passwordEdit",
        "testButton",
        "saveButton",
        "useButton",
        "messageLabel",
    ],
    "appointments.ui": [
        "departmentCombo",
        "doctorCombo",
        "dateEdit",
        "dayRadio",
        "weekRadio",
        "slotView",
        "bookButton",
        "checkInButton",
        "rescheduleButton",
        "noShowButton",
        "cancelButton",
        "countLabel",
        "messageLabel",
        "legendLabel",
    ],
    "book_appointment.ui": [
        "searchEdit",
        "patientList",
        "patientError",
        "reasonEdit",
        "alternativesList",
        "messageLabel",
        "buttonBox",
    ],
    "cancel_appointment.ui": ["reasonEdit", "reasonError", "messageLabel", "buttonBox"],
    "department_form.ui": [
        "nameEdit",
        "codeEdit",
        "opensEdit",
        "closesEdit",
        "hoursError",
        "activeCheck",
        "messageLabel",
        "buttonBox",
    ],
    "doctor_form.ui": [
        "fullNameEdit",
        "regNumberEdit",
        "regExpiryEdit",
        "feeSpin",
        "dailyCapSpin",
        "departmentCombo",
        "activeCheck",
        "messageLabel",
        "buttonBox",
    ],
    "doctors.ui": ["tableView", "departmentsView", "countLabel", "messageLabel", "addDoctorButton"],
    "leave_dialog.ui": ["fromDateEdit", "toDateEdit", "reasonEdit", "leaveList", "messageLabel", "buttonBox"],
    "leave_impact.ui": ["impactView", "rebookButton", "closeButton", "messageLabel"],
    "reschedule_appointment.ui": [
        "doctorCombo",
        "dayEdit",
        "slotList",
        "slotError",
        "messageLabel",
        "buttonBox",
    ],
    "schedule_editor.ui": ["sessionsTable", "addButton", "removeButton", "messageLabel", "buttonBox"],
    "first_admin.ui": ["usernameEdit", "fullNameEdit", "passwordEdit", "confirmEdit", "createButton"],
    "idle_lock.ui": ["passwordEdit", "unlockButton", "switchUserButton", "messageLabel"],
    "login.ui": ["usernameEdit", "passwordEdit", "signInButton", "connectionButton", "messageLabel"],
    "patients.ui": [
        "tableView",
        "countLabel",
        "messageLabel",
        "searchEdit",
        "registerButton",
        "walkInButton",
    ],
    "patient_form.ui": ["firstNameEdit", "pinEdit", "pinError", "dupList", "useButton", "buttonBox"],
    "walk_in.ui": ["firstNameEdit", "ageSpin", "phoneEdit", "complaintEdit", "buttonBox"],
    "patient_detail.ui": ["nameLabel", "tabWidget", "visitsTable", "diagnosesTable"],
    "placeholder.ui": ["titleLabel", "textLabel", "iconLabel"],
    "smtp_settings.ui": [
        "hostEdit",
        "hostError",
        "portEdit",
        "portError",
        "securityCombo",
        "securityError",
        "userEdit",
        "userError",
        "passwordEdit",
        "passwordError",
        "fromEdit",
        "fromError",
        "testToEdit",
        "testToError",
        "saveButton",
        "testButton",
        "closeButton",
        "messageLabel",
        "progressBar",
    ],
    "triage_settings.ui": [
        "tabWidget",
        "presetCombo",
        *[
            f"{lv}{part}"
            for lv in ("red", "orange", "yellow", "green", "blue")
            for part in ("Chip", "Edit", "Spin", "Error")
        ],
        "scaleMessage",
        "saveScaleButton",
        "revertScaleButton",
        "rulesTable",
        "addButton",
        "editButton",
        "toggleButton",
        "countLabel",
        "ruleBox",
        "keywordEdit",
        "keywordError",
        "levelCombo",
        "levelError",
        "specialisationCombo",
        "specialisationError",
        "activeCheck",
        "ruleMessage",
        "saveRuleButton",
        "newRuleButton",
        "complaintEdit",
        "testLevelLabel",
        "testReasonsLabel",
        "messageLabel",
        "progressBar",
        "closeButton",
    ],
    "outbox.ui": [
        "statusCombo",
        "refreshButton",
        "countLabel",
        "tableView",
        "messageLabel",
        "retryButton",
        "closeButton",
    ],
    "queue.ui": [
        "departmentCombo",
        "doctorCombo",
        "statusCombo",
        "searchEdit",
        "liveLabel",
        "countLabel",
        "offerFrame",
        "offerLabel",
        "promoteButton",
        "dismissOfferButton",
        "emergencyFrame",
        "emergencyHeader",
        "emergencyView",
        "emergencyEmptyLabel",
        "queueView",
        "triageButton",
        "assignButton",
        "callNextButton",
        "callAgainButton",
        "startButton",
        "finishButton",
        "notAnsweredButton",
        "leftButton",
        "transferButton",
        "printButton",
        "messageLabel",
    ],
    "triage.ui": [
        "patientLabel",
        "complaintEdit",
        "complaintError",
        "respRateEdit",
        "spo2Edit",
        "oxygenCheck",
        "hypercapnicCheck",
        "systolicEdit",
        "diastolicEdit",
        "pulseEdit",
        "temperatureEdit",
        "consciousnessCombo",
        "painEdit",
        "glucoseEdit",
        "weightEdit",
        "pregnantCheck",
        "respRateError",
        "spo2Error",
        "systolicError",
        "diastolicError",
        "pulseError",
        "temperatureError",
        "consciousnessError",
        "painError",
        "glucoseError",
        "weightError",
        "news2Label",
        "riskLabel",
        "partsLabel",
        "suggestedLabel",
        "reasonsLabel",
        "redRadio",
        "orangeRadio",
        "yellowRadio",
        "greenRadio",
        "blueRadio",
        "levelError",
        "overrideEdit",
        "overrideError",
        "confirmCheck",
        "messageLabel",
        "buttonBox",
    ],
    "assign_doctor.ui": [
        "patientLabel",
        "doctorList",
        "emptyLabel",
        "doctorError",
        "messageLabel",
        "buttonBox",
    ],
    "transfer.ui": [
        "patientLabel",
        "doctorCombo",
        "doctorError",
        "departmentCombo",
        "departmentError",
        "reasonEdit",
        "reasonError",
        "messageLabel",
        "buttonBox",
    ],
    "left_queue.ui": ["patientLabel", "noteEdit", "messageLabel", "buttonBox"],
}


def test_the_list_of_forms_is_complete() -> None:
    assert forms.form_names() == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_form_loads(qtbot: object, name: str) -> None:
    host = QWidget()
    form = forms.load_form(name, host)
    assert form.parent() is host
    for child in EXPECTED[name]:
        assert forms.find(form, QWidget, child) is not None
    host.deleteLater()


def test_a_missing_widget_fails_loudly(qtbot: object) -> None:
    form = forms.load_form("login.ui")
    with pytest.raises(forms.FormError, match="noSuchWidget"):
        forms.find(form, QWidget, "noSuchWidget")
    form.deleteLater()


def test_every_icon_renders(qtbot: object) -> None:
    names = sorted(p.stem for p in (resources_dir() / "icons").glob("*.svg"))
    assert {"logo", "patients", "doctors", "queue", "billing", "lock", "warning"} <= set(names)
    for name in names:
        assert not forms.pixmap(name, 32).isNull(), name
