"""Every field key a clinical or organisation service can raise reaches the right widget of its form
(issue 11: "FieldErrors ... is used by every form; a test per form checks every key its service can
raise has a place on screen"), as tests/gui/test_form_field_keys.py does for the admin forms: the
patient form and the quick walk-in, triage, transfer and left-without-being-seen, the consultation
workspace and the break-the-glass reason, the doctor, department, weekly schedule and leave dialogs,
and the triage settings.

The keys are read from the services' source (tests/gui/field_keys.py), each is fed to its form alone
through the path a refused save takes, and its message must be visible at the widget the key names,
never as the raw key. Keys naming no input (the visit's status, the doctor seeing the patient) are
each form's message, declared here; so are values a form never sends or always sends valid (a
check box is yes or no), each checked against what the form sends.
"""

from __future__ import annotations

import dataclasses
import inspect
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QInputDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from hms_desktop.domain import queue as qd
from hms_desktop.domain.triage import VITAL_RANGES
from hms_desktop.errors import ValidationError
from hms_desktop.gui.dialogs.medical_record import MedicalRecordDialog
from hms_desktop.gui.dialogs.triage_settings import TriageSettingsDialog
from hms_desktop.gui.ops import Ops
from hms_desktop.gui.tabs.consult.consult_form import PAPERS, VITALS
from hms_desktop.gui.tabs.doctors.dialogs import DepartmentDialog, DoctorDialog, ScheduleDialog
from hms_desktop.gui.tabs.doctors.leave import LeaveDialog
from hms_desktop.gui.tabs.patients.form import PatientFormDialog
from hms_desktop.gui.tabs.patients.walk_in import WalkInDialog
from hms_desktop.gui.tabs.queue.dialogs import LeftDialog, TransferDialog
from hms_desktop.gui.tabs.queue.triage_dialog import TriageDialog
from hms_desktop.services.container import Services
from hms_desktop.services.context import Actor
from hms_desktop.services.patients_types import PatientInput
from hms_desktop.services.visits import VisitService
from hms_desktop.services.visits_types import WalkInInput
from tests.gui.field_keys import expand, modules, raised_keys
from tests.gui.test_consultation import add_line, in_room, login, open_workspace, wait_done
from tests.gui.test_form_field_keys import MESSAGE, check

pytestmark = pytest.mark.gui

S = "hms_desktop.services."
PATIENT = (*modules("patients*"), S + "patient_validation")
WALK_IN = (S + "visits", S + "patient_validation", *modules("patients*"))
TRIAGE = (S + "triage:TriageService.record", S + "triage:assess", "hms_desktop.domain.triage:check_vitals")
TRANSFER = (S + "queue:QueueService.transfer", S + "queue_read:active_doctor")
LEFT = (S + "queue:QueueService.mark_left", S + "queue:QueueService._move")
CONSULT = (*modules("consultation*"), S + "prescription_lines", S + "prescriptions",
           "hms_desktop.domain.triage:check_vitals")  # fmt: skip
GLASS = (S + "clinical_access",)
ORG = S + "organisation:Organisation."
DEPARTMENT = (ORG + "save_department",)
DOCTOR = (ORG + "save_doctor", ORG + "doctor_values")
SCHEDULE = (ORG + "set_schedule", "hms_desktop.domain.scheduling:session_errors")
LEAVE = (ORG + "add_leave",)
RULE = (S + "triage:TriageService.save_rule", S + "triage:TriageService._rule_errors")
SCALE = (S + "triage:TriageService.save_scale", "hms_desktop.domain.queue:validate_scale")
# What a desk types to look something up (the search box, the drug list, a verification code) is
# refused where it was typed, not at these forms' fields: tests/db/test_bad_input_lookups.py
LOOKUPS = (S + "patients:PatientService.search", S + "prescriptions:PrescriptionDesk.drugs",
           S + "prescriptions:PrescriptionDesk.verify")  # fmt: skip


def form_keys_of(sources: tuple[str, ...]) -> set[str]:
    """The keys a form's save can meet: its services' modules less their lookups' own keys."""
    return raised_keys(sources) - raised_keys(LOOKUPS)


def _open(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    widget.resize(1366, 720)
    widget.show()


def test_the_key_lists_are_read_from_the_services() -> None:
    assert {"first_name", "date_of_birth", "age_months", "duplicate_reason"} <= form_keys_of(PATIENT)
    assert set(VITAL_RANGES) | {"on_oxygen", "consciousness"} <= raised_keys(TRIAGE)  # loops over both
    assert {"line*.generic_name", "line*.quantity", "diagnosis*", "follow_up_on"} <= form_keys_of(CONSULT)
    assert {"full_name", "reg_council", "email"} <= raised_keys(DOCTOR)  # a loop over the text fields
    assert raised_keys(SCHEDULE) == {"sessions[*]"}
    # the scale's levels are keyed by their colour (errors[lv.level]): the test feeds qd.LEVELS
    assert "errors[lv.level]" in inspect.getsource(qd.validate_scale)


# --- patients ------------------------------------------------------------------------------------


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_every_patient_key_shows_at_its_field(qtbot: QtBot, ops: Ops, services: Services) -> None:
    reception = login(services, "reception")
    form = PatientFormDialog(ops, services.patients, reception)
    _open(qtbot, form)
    at = {"age_months": "age_years"}  # the months box sits beside the years, under one label
    # the reason for a new patient despite look-alikes is typed in the question box, gone by then
    check(form, form_keys_of(PATIENT), form._failed, lambda k: form.errors.get(at.get(k, k)),
          form.message, {"duplicate_reason"})  # fmt: skip

    detail = services.patients.get(reception, _row(services).patient_id)
    edit = PatientFormDialog(ops, services.patients, reception, detail)  # the same form, editing
    _open(qtbot, edit)
    check(edit, form_keys_of(PATIENT), edit._failed, lambda k: edit.errors.get(at.get(k, k)),
          edit.message, {"duplicate_reason"})  # fmt: skip


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_every_walk_in_key_shows_at_its_field(qtbot: QtBot, ops: Ops, services: Services) -> None:
    dialog = WalkInDialog(ops, services.visits, login(services, "reception"), [(1, "General")])
    _open(qtbot, dialog)
    sent = {f.name for f in dataclasses.fields(WalkInInput)}
    given = inspect.getsource(VisitService.register_walk_in)
    # the patient fields a walk-in has no box for: the walk-in never passes them to validate()
    own = {"date_of_birth", "duplicate_reason"}  # below; a registration's reason, not a walk-in's
    unsent = {k for k in form_keys_of(WALK_IN) if k not in sent | own}
    assert unsent and all(k in PatientInput.__dataclass_fields__ and f"{k}=" not in given for k in unsent)
    keys = form_keys_of(WALK_IN) - unsent - own
    check(dialog, keys, dialog._failed, dialog.errors.get, dialog.message)
    # no date is sent: its one refusal is a missing age, shown at the age as that
    dialog._failed(ValidationError({"date_of_birth": MESSAGE}))
    age = dialog.errors["age_years"]
    assert age.isVisible() and age.text() == "Enter the age."


# --- the queue: triage, transfer, left -----------------------------------------------------------


def _row(services: Services, name: str = "Asha") -> Any:
    reception = login(services, "reception")
    made = services.visits.register_walk_in(reception, WalkInInput(name, "F", 34, last_name="Rao"))
    return services.queue.get(reception, made.queue_entry_id)


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_every_triage_key_shows_at_its_field(qtbot: QtBot, ops: Ops, services: Services) -> None:
    nurse = login(services, "nurse")
    dialog = TriageDialog(ops, services, nurse, _row(services), services.queue.scale(nurse))
    _open(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.rules_loaded and not ops.busy, timeout=10_000)
    data = dialog.triage_input()
    boxes = {"on_oxygen", "hypercapnic", "pregnant", "confirmed"}  # check boxes: always yes or no
    assert all(isinstance(getattr(data, k), bool) for k in boxes)
    keys = raised_keys(TRIAGE)
    check(dialog, keys, dialog._failed, dialog.field_labels.get, dialog.message, boxes | {"status"})


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_every_transfer_and_left_key_shows_at_its_field(qtbot: QtBot, ops: Ops, services: Services) -> None:
    reception = login(services, "reception")
    row = _row(services)
    doctors = services.clinic.list_doctors(reception)
    departments = services.clinic.list_departments(reception)
    move = TransferDialog(ops, services, reception, row, doctors, departments)
    _open(qtbot, move)
    check(move, raised_keys(TRANSFER), move._failed, move.errors.labels.get, move.message, {"status"})

    left = LeftDialog(ops, services, reception, row)
    _open(qtbot, left)
    check(left, raised_keys(LEFT), left._failed, left.errors.labels.get, left.message, {"status"})


# --- the consultation ----------------------------------------------------------------------------


def _amend_only() -> set[str]:
    """Keys only amend_prescription raises: no screen amends a prescription (yet)."""
    gui = Path(inspect.getfile(MedicalRecordDialog)).parents[1]
    assert not any("amend_prescription" in p.read_text() for p in gui.rglob("*.py"))
    amend = raised_keys((S + "prescriptions:PrescriptionDesk.amend_prescription",))
    rest = raised_keys((*modules("consultation*"), S + "prescription_lines"))
    return amend - rest - {"lines", "prescription"}  # those two the workspace shows anyway


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_every_consultation_key_shows_at_its_widget(
    qtbot: QtBot, ops: Ops, services: Services, tmp_path: Path
) -> None:
    doctor = login(services, "doctor")
    ws = open_workspace(qtbot, ops, services, doctor, in_room(services, doctor), tmp_path)
    for name in ("Paracetamol", "Cetirizine"):  # two lines: line2 has a row to go to
        add_line(ws.rx, generic_name=name, strength="10 mg", dose="1 tablet", frequency="OD")
    assert {ws.form.paper.itemText(i) for i in range(ws.form.paper.count())} == set(PAPERS)
    vitals = set(VITALS)
    assert vitals == set(VITAL_RANGES)  # the doctor's form has a box for each reading
    unsent = {"consciousness", "on_oxygen", "hypercapnic"}  # the nurse's, at triage: no box here
    # the consultation itself (whose patient, still open) and text a line's rule checked first
    form_keys = {"doctor_id", "status", "text", "paper_size"}  # paper: A5 or A4, the only choices
    raised = form_keys_of(CONSULT) - _amend_only() - unsent
    keys = {k for key in raised for k in expand(key, {"line": ("1", "2")})}
    missed = []
    for key in sorted(keys):
        ws.sending._complete_failed(ValidationError({key: MESSAGE}))  # the path a refused complete takes
        if key in form_keys:
            ok = _shown(ws.sending.message)
        elif key in vitals:
            ok = _shown(ws.form.vitals_error)
        elif key.startswith("diagnos"):
            ok = _shown(ws.picker.error)
        elif key == "follow_up_on":
            ok = _shown(ws.form.follow_error)
        elif key == "allergy_override_reason":
            ok = _shown(ws.sending.override_error) and ws.sending.override_reason.isVisible()
        else:  # the prescription's lines, its procedures: under the table, a line's cell marked
            ok = _shown(ws.rx.warnings)
            if key.startswith("line") and key != "lines":
                ok = ok and f"Line {key[4]}: {MESSAGE}" in ws.rx.warnings.text()
            if "." in key:
                row, field = int(key[4]) - 1, key.split(".")[1]
                cell = ws.rx.model.marks.get((row, field))
                ok = ok and cell is not None and cell[1] == MESSAGE
        # the override's refusal is also said in the line next to it (as the allergy test expects)
        also_said = form_keys | {"allergy_override_reason"}
        ok = ok and (key in also_said or MESSAGE not in ws.sending.message.text())
        if not ok:
            missed.append(key)
        _no_raw_key(ws, key)
    assert not missed, f"keys not shown at their widget: {missed}"
    ws.close()
    wait_done(qtbot, ops)


def _shown(label: QLabel) -> bool:
    return label.isVisible() and MESSAGE in label.text()


def _no_raw_key(root: QWidget, key: str) -> None:
    for label in root.findChildren(QLabel):
        if label.isVisible() and MESSAGE in label.text():
            assert f"{key}:" not in label.text() and f"{key} " not in label.text(), label.text()


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_a_refused_glass_reason_shows_beside_it_when_asked_again(
    qtbot: QtBot, ops: Ops, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    doctor = login(services, "doctor")
    dialog = MedicalRecordDialog(ops, services.consultation, doctor, _row(services).patient_id)
    _open(qtbot, dialog)
    wait_done(qtbot, ops)
    asked: list[tuple[bool, str]] = []

    def answer(box: QInputDialog) -> int:
        box.show()
        shown = [lb for lb in box.findChildren(QLabel) if lb.isVisible() and MESSAGE in lb.text()]
        asked.append((bool(shown), box.textValue()))
        return QInputDialog.DialogCode.Rejected

    monkeypatch.setattr(QInputDialog, "exec", answer)
    for key in raised_keys(GLASS):
        assert key == "reason"  # the one input: any other key would need its place here
        dialog._reason = "too short"
        dialog._glass_failed(ValidationError({key: MESSAGE}))
        _no_raw_key(dialog, key)
        dialog.break_glass()  # asked again: the message beside the reason as typed
        assert asked[-1] == (True, "too short")


# --- doctors, departments, schedules, leave ------------------------------------------------------


def _doctor(services: Services, admin: Actor) -> Any:
    return next(d for d in services.clinic.list_doctors(admin) if d.is_active)


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_every_organisation_key_shows_at_its_field(
    qtbot: QtBot, ops: Ops, services: Services, admin: Actor
) -> None:
    svc = services.scheduling
    departments = services.clinic.list_departments(admin)
    dept = DepartmentDialog(ops, svc, admin, None)
    _open(qtbot, dept)
    check(dept, raised_keys(DEPARTMENT), dept._failed, dept.errors.labels.get, dept.message)

    doctor = DoctorDialog(ops, svc, admin, departments, None)
    _open(qtbot, doctor)
    check(doctor, raised_keys(DOCTOR), doctor._failed, doctor.errors.labels.get, doctor.message)

    leave = LeaveDialog(ops, svc, admin, _doctor(services, admin))
    _open(qtbot, leave)
    wait_done(qtbot, ops)
    check(leave, raised_keys(LEAVE), leave._failed, leave.errors.labels.get, leave.message)


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_every_schedule_key_shows_at_its_row(
    qtbot: QtBot, ops: Ops, services: Services, admin: Actor
) -> None:
    dialog = ScheduleDialog(ops, services.scheduling, admin, _doctor(services, admin))
    _open(qtbot, dialog)
    wait_done(qtbot, ops)
    while dialog.table.rowCount() < 2:
        dialog.add_row(dialog.table.rowCount(), "09:00", "13:00", 15)
    for key in raised_keys(SCHEDULE):
        for n in range(2):
            one = key.replace("*", str(n))
            dialog._failed(ValidationError({one: MESSAGE}))
            day = dialog.table.cellWidget(n, 0)
            assert day is not None and day.toolTip() == MESSAGE, one  # the row's weekday box
            assert dialog.table.currentRow() == n, one
            assert _shown(dialog.message) and dialog.row_text(n) in dialog.message.text(), one
            _no_raw_key(dialog, one)


# --- triage settings -----------------------------------------------------------------------------


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_every_triage_setting_key_shows_at_its_field(
    qtbot: QtBot, ops: Ops, services: Services, admin: Actor
) -> None:
    dialog = TriageSettingsDialog(ops, services, admin)
    dialog.confirm_discard = lambda what: True  # type: ignore[method-assign]
    _open(qtbot, dialog)
    dialog.start()
    wait_done(qtbot, ops)
    scale = raised_keys(SCALE) | set(qd.LEVELS)
    check(dialog, scale, dialog._scale_failed, dialog.scale_errors.labels.get, dialog.scale_message,
          {"scale"})  # fmt: skip  # the scale as a whole (five colours): no one field
    dialog.tabs.setCurrentIndex(1)
    assert isinstance(dialog.form_rule().is_active, bool)  # a check box: always yes or no
    check(dialog, raised_keys(RULE), dialog._rule_failed, dialog.rule_errors.labels.get,
          dialog.rule_message, {"is_active"})  # fmt: skip
