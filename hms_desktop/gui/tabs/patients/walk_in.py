"""Quick walk-in (F2 on the Patients tab, ``ui/walk_in.ui``): name, sex, age, phone, complaint and
whether the patient has allergies (asked, or "not asked yet": never assumed to be none).

One save registers the patient and puts the visit in today's queue with the next token, in one
transaction (``VisitService.register_walk_in``). Field errors appear under their fields.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from hms_desktop.errors import HmsError, ValidationError
from hms_desktop.gui.forms import find, load_form, set_message
from hms_desktop.gui.ops import Ops
from hms_desktop.gui.widgets.discard_guard import AsksBeforeDiscard, DiscardGuard
from hms_desktop.gui.widgets.field_errors import FieldErrors
from hms_desktop.gui.widgets.field_inputs import say_when_full, typing_replaces_placeholder, when_edited
from hms_desktop.services.patients_types import TEXT_LIMITS
from hms_desktop.services.visits_types import WalkInInput, WalkInResult

if TYPE_CHECKING:
    from hms_desktop.services.context import Actor
    from hms_desktop.services.visits import VisitService

SEX_CODES = ("", "M", "F", "O")
FIELDS = {
    "first_name": ("firstNameEdit", "firstNameError"),
    "last_name": ("lastNameEdit", "lastNameError"),
    "sex": ("sexCombo", "sexError"),
    "age_years": ("ageSpin", "ageError"),
    "phone": ("phoneEdit", "phoneError"),
    "department_id": ("departmentCombo", "departmentError"),
    "complaint": ("complaintEdit", "complaintError"),
    "allergy_status": ("allergyCombo", "allergiesError"),
    "allergies": ("allergiesEdit", "allergiesError"),
}
ALLERGY_CODES = ("unknown", "nkda", "listed")  # the order of allergyCombo's items
COMPLAINT_LIMIT = 500  # VisitService.register_walk_in refuses a longer complaint
WARN_STYLE = "color: #8a4b00; font-size: 9pt;"  # notr: style sheet
ERROR_STYLE = "color: #9b1c1c; font-size: 9pt;"  # notr: style sheet


class WalkInDialog(AsksBeforeDiscard, QDialog):
    """``result_value`` holds the WalkInResult (patient, queue entry, token) after a save."""

    def __init__(
        self,
        ops: Ops,
        visits: VisitService,
        actor: Actor,
        departments: list[tuple[int, str]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Quick walk-in"))
        self._ops, self._visits, self._actor = ops, visits, actor
        self.result_value: WalkInResult | None = None
        self.ui = load_form("walk_in.ui", self)
        self.inputs = {f: find(self.ui, QWidget, w) for f, (w, _e) in FIELDS.items()}
        self.errors = {f: find(self.ui, QLabel, e) for f, (_w, e) in FIELDS.items()}
        self.first = find(self.ui, QLineEdit, "firstNameEdit")
        self.last = find(self.ui, QLineEdit, "lastNameEdit")
        self.sex = find(self.ui, QComboBox, "sexCombo")
        self.age = find(self.ui, QSpinBox, "ageSpin")
        self.phone = find(self.ui, QLineEdit, "phoneEdit")
        self.complaint = find(self.ui, QLineEdit, "complaintEdit")
        self.department = find(self.ui, QComboBox, "departmentCombo")
        self.allergy = find(self.ui, QComboBox, "allergyCombo")
        self.allergies = find(self.ui, QLineEdit, "allergiesEdit")
        # typing an allergy means "allergic to"; choosing "allergic to" puts the cursor in the list
        self.allergies.textEdited.connect(lambda t: self.allergy.setCurrentIndex(2) if t.strip() else None)
        self.allergy.activated.connect(lambda i: self.allergies.setFocus() if i == 2 else None)
        self.message = find(self.ui, QLabel, "messageLabel")
        self.buttons = find(self.ui, QDialogButtonBox, "buttonBox")
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Add to queue"))
        self.buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        self.age.setValue(-1)
        typing_replaces_placeholder(self.age)
        for f, widget in self.inputs.items():
            when_edited(widget, functools.partial(self.show_field_message, f, ""))
        limits = {"first_name": TEXT_LIMITS["first_name"], "last_name": TEXT_LIMITS["last_name"]}
        limits |= {"allergies": TEXT_LIMITS["allergies"], "complaint": COMPLAINT_LIMIT}
        for f, limit in limits.items():
            edit = self.inputs[f]
            assert isinstance(edit, QLineEdit)
            say_when_full(edit, limit, functools.partial(self.show_field_message, f, warning=True))
        for dept_id, name in departments or []:
            self.department.addItem(name, dept_id)
        for label in self.errors.values():
            label.hide()
        set_message(self.message, "")
        self.setMinimumSize(680, 400)
        self.discard_guard = DiscardGuard(self.ui, self.tr("walk-in"))
        self.first.setFocus()

    def show_field_message(self, field: str, text: str, warning: bool = False) -> None:
        label = self.errors[field]
        label.setStyleSheet(WARN_STYLE if warning else ERROR_STYLE)
        label.setText(text)
        label.setVisible(bool(text))

    def collect(self) -> WalkInInput:
        age = self.age.value()
        dept: Any = self.department.currentData()
        return WalkInInput(
            first_name=self.first.text(),
            last_name=self.last.text() or None,
            sex=SEX_CODES[self.sex.currentIndex()],
            age_years=age if age >= 0 else None,
            phone=self.phone.text() or None,
            complaint=self.complaint.text() or None,
            department_id=int(dept) if dept is not None else None,
            allergy_status=ALLERGY_CODES[max(0, self.allergy.currentIndex())],
            allergies=self.allergies.text() or None,
        )

    def save(self) -> None:
        for label in self.errors.values():
            label.hide()
        set_message(self.message, self.tr("Adding to the queue…"), "info")
        visits, actor, data = self._visits, self._actor, self.collect()
        self.save_button.setEnabled(False)
        self._ops.run(
            lambda: visits.register_walk_in(actor, data),
            self._saved,
            self._failed,
            timeout_s=30,
            what=self.tr("registering the walk-in"),
        )

    def _saved(self, result: WalkInResult) -> None:
        self.save_button.setEnabled(True)
        self.result_value = result
        self.accept()

    def _failed(self, error: HmsError) -> None:
        self.save_button.setEnabled(True)
        if not isinstance(error, ValidationError):
            set_message(self.message, error.message)
            return
        # a walk-in gives an age, not a date of birth: its only refusal is a missing age
        enter_age = self.tr("Enter the age.")
        errors = {
            ("age_years" if k == "date_of_birth" else k): (enter_age if k == "date_of_birth" else v)
            for k, v in error.errors.items()
        }
        field_of = {id(label): f for f, label in self.errors.items()}
        shown = FieldErrors(
            self.errors,
            self.message,
            paint=lambda label, text: self.show_field_message(field_of[id(label)], text),
            summary=self.tr("Please correct the fields marked below."),
        )
        shown.show(errors)
        first = shown.first_field(errors)
        if first:
            self.inputs[first].setFocus()
