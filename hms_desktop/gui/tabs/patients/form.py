"""Register or edit a patient (``ui/patient_form.ui``), with messages next to each field.

The service validates; a ValidationError's ``errors`` land in the small label under each field and
nothing typed is cleared. While registering, what has been typed so far is checked against the
register (debounced, on a worker) and look-alike patients appear in the panel beside the form with
"Use this patient". An edit that another desk saved first shows who changed which fields and offers
Reload: their version is loaded into the form and your differing values are listed, so nothing is
overwritten silently and nothing of yours vanishes unseen.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hms_desktop.domain.duplicates import is_strong
from hms_desktop.domain.identifiers import check_abha, format_abha, format_landline
from hms_desktop.domain.instructions import ENGLISH, language_names
from hms_desktop.domain.pincodes import suggest as suggest_place
from hms_desktop.errors import HmsError, ValidationError
from hms_desktop.gui.forms import find, load_form, set_message
from hms_desktop.gui.ops import Ops
from hms_desktop.gui.widgets.discard_guard import AsksBeforeDiscard, DiscardGuard
from hms_desktop.gui.widgets.field_inputs import say_when_full, typing_replaces_placeholder, when_edited
from hms_desktop.services.patients import (
    TEXT_LIMITS,
    DuplicateCandidate,
    PatientChanged,
    PatientDetail,
    PatientInput,
)

if TYPE_CHECKING:
    from hms_desktop.services.context import Actor
    from hms_desktop.services.patients import PatientService

DUPLICATE_DELAY_MS = 300
SEX_CODES = ("", "M", "F", "O")
WARN_STYLE = "color: #8a4b00; font-size: 9pt;"
ERROR_STYLE = "color: #9b1c1c; font-size: 9pt;"
# service field -> (input widget name, error label name)
FIELDS: dict[str, tuple[str, str]] = {
    "first_name": ("firstNameEdit", "firstNameError"),
    "last_name": ("lastNameEdit", "lastNameError"),
    "date_of_birth": ("dobEdit", "dobError"),
    "age_years": ("ageYearsSpin", "ageError"),
    "sex": ("sexCombo", "sexError"),
    "blood_group": ("bloodCombo", "bloodError"),
    "phone": ("phoneEdit", "phoneError"),
    "email": ("emailEdit", "emailError"),
    "address": ("addressEdit", "addressError"),
    "city": ("cityEdit", "cityError"),
    "pin_code": ("pinEdit", "pinError"),
    "abha_number": ("abhaEdit", "abhaError"),
    "abha_address": ("abhaAddressEdit", "abhaAddressError"),
    "emergency_name": ("emergencyNameEdit", "emergencyNameError"),
    "emergency_phone": ("emergencyPhoneEdit", "emergencyPhoneError"),
    "allergy_status": ("allergyCombo", "allergiesError"),
    "allergies": ("allergiesEdit", "allergiesError"),
    "landline": ("landlineEdit", "landlineError"),
    "preferred_language": ("languageCombo", "languageError"),
}
ALLERGY_CODES = ("unknown", "nkda", "listed")  # the order of allergyCombo's items
LABELS = {k: k.replace("_", " ").capitalize() for k in FIELDS} | {
    "pin_code": "PIN code",
    "abha_number": "ABHA",
    "allergy_status": "Allergies (asked?)",
    "preferred_language": "Instructions in",
}


class DuplicateQuestion(QDialog):
    """The look-alike patient(s) and two ways on: use the existing one, or save as new saying why."""

    def __init__(self, strong: list[DuplicateCandidate], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicateQuestion")
        self.setWindowTitle("Already registered? — HMS Desktop")
        self.choice = ""
        self.reason = ""
        layout = QVBoxLayout(self)
        best = strong[0]
        text = QLabel(
            f"This looks like {best.display_name} ({best.mrn}, {best.sex}, {best.age_text or 'age ?'}, "
            f"{best.phone or 'no phone'}): {', '.join(best.reasons)}."
            + (f" {len(strong) - 1} more look alike." if len(strong) > 1 else "")
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("reasonEdit")
        self.reason_edit.setMaxLength(300)
        self.reason_edit.setPlaceholderText("Why is this a different patient? e.g. twin brother, same phone")
        layout.addWidget(QLabel("To save as a new patient, say why:"))
        layout.addWidget(self.reason_edit)
        self.error = QLabel("")
        self.error.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.use_button = buttons.addButton(
            "&Use the existing patient", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.new_button = buttons.addButton("Save as &new", QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton("&Back to the form", QDialogButtonBox.ButtonRole.RejectRole)
        self.use_button.setDefault(True)
        self.use_button.clicked.connect(lambda: self._choose("use"))
        self.new_button.clicked.connect(lambda: self._choose("new"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def _choose(self, choice: str) -> None:
        if choice == "new" and not self.reason_edit.text().strip():
            self.error.setText("Say why this is a different patient (it is recorded).")
            self.reason_edit.setFocus()
            return
        self.choice, self.reason = choice, self.reason_edit.text().strip()
        self.accept()


def parse_dob(text: str) -> dt.date | None:
    """'15-08-1990', '15/08/1990', '1990-08-15' -> date; '' -> None; ValueError otherwise."""
    t = text.strip().replace("/", "-").replace(".", "-")
    if not t:
        return None
    for fmt in ("%d-%m-%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(t, fmt).date()
        except ValueError:
            continue
    raise ValueError(t)


class PatientFormDialog(AsksBeforeDiscard, QDialog):
    """``saved`` holds the PatientDetail after a save; ``chosen_id`` the patient picked as duplicate."""

    def __init__(
        self,
        ops: Ops,
        patients: PatientService,
        actor: Actor,
        patient: PatientDetail | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops, self._patients, self._actor = ops, patients, actor
        self._patient = patient
        self.saved: PatientDetail | None = None
        self.chosen_id: int | None = None
        self._dup_generation = 0
        self._candidates: list[DuplicateCandidate] = []
        self.ui = load_form("patient_form.ui", self)
        self.setWindowTitle("Edit patient" if patient else "Register patient")
        self.inputs: dict[str, QWidget] = {f: find(self.ui, QWidget, w) for f, (w, _e) in FIELDS.items()}
        self.errors: dict[str, QLabel] = {f: find(self.ui, QLabel, e) for f, (_w, e) in FIELDS.items()}
        self.age_months = find(self.ui, QSpinBox, "ageMonthsSpin")
        self.message = find(self.ui, QLabel, "messageLabel")
        self.warning = find(self.ui, QLabel, "warningLabel")
        self.dup_panel = find(self.ui, QWidget, "dupPanel")
        self.dup_list = find(self.ui, QListWidget, "dupList")
        self.use_button = find(self.ui, QPushButton, "useButton")
        self.buttons = find(self.ui, QDialogButtonBox, "buttonBox")
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.reload_button = self.buttons.addButton("&Reload", QDialogButtonBox.ButtonRole.ActionRole)
        self.reload_button.hide()
        self.buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        self.reload_button.clicked.connect(self.reload)
        self.use_button.clicked.connect(self._use_selected)
        self.dup_list.itemDoubleClicked.connect(lambda _i: self._use_selected())
        self.dup_list.currentRowChanged.connect(lambda r: self.use_button.setEnabled(r >= 0))
        self.use_button.setEnabled(False)
        self.dup_list.setWordWrap(True)
        self.dup_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.dup_list.setSpacing(2)
        self.setMinimumSize(1000, 600)
        for spin in (self.spin("age_years"), self.age_months):
            spin.setValue(-1)  # shows the "years"/"months" placeholder: no age typed
            typing_replaces_placeholder(spin)
        # an old error goes as soon as its field is being fixed; a full field says so
        for f, widget in self.inputs.items():
            when_edited(widget, functools.partial(self.show_field_message, f, ""))
        when_edited(self.age_months, lambda: self.show_field_message("age_years", ""))
        for f, limit in TEXT_LIMITS.items():
            if isinstance(self.inputs.get(f), QLineEdit):
                say_when_full(
                    self.line(f), limit, functools.partial(self.show_field_message, f, warning=True)
                )
        for label in self.errors.values():
            label.hide()
        set_message(self.message, "")
        set_message(self.warning, "", "info")
        self._dup_timer = QTimer(self)
        self._dup_timer.setSingleShot(True)
        self._dup_timer.setInterval(DUPLICATE_DELAY_MS)
        self._dup_timer.timeout.connect(self.check_duplicates)
        self.line("abha_number").editingFinished.connect(self._check_abha)
        # the PIN fills the city from India Post's directory: an empty City or its own earlier
        # suggestion only, never what was typed
        self._suggested_city: str | None = None
        self.line("pin_code").textEdited.connect(self._suggest_city)
        # typing an allergy means "allergic to"; choosing "allergic to" puts the cursor in the list
        self.line("allergies").textEdited.connect(
            lambda t: self.combo("allergy_status").setCurrentIndex(2) if t.strip() else None
        )
        self.combo("allergy_status").activated.connect(
            lambda i: self.line("allergies").setFocus() if i == 2 else None
        )
        for code, shown in language_names().items():  # English, then each shipped language file
            self.combo("preferred_language").addItem(shown, code)
        self.dup_title = find(self.ui, QLabel, "dupTitle")
        if patient is None:
            for f in ("first_name", "last_name", "phone", "date_of_birth"):
                self.line(f).textEdited.connect(lambda _t: self._dup_timer.start())
            self.spin("age_years").valueChanged.connect(lambda _v: self._dup_timer.start())
            self.combo("sex").currentIndexChanged.connect(lambda _i: self._dup_timer.start())
        else:
            self.dup_panel.hide()
            self.fill(patient)
        self.discard_guard = DiscardGuard(self.ui, "registration" if patient is None else "patient's changes")
        self.line("first_name").setFocus()

    # --- widgets -------------------------------------------------------------------------------

    def line(self, field: str) -> QLineEdit:
        w = self.inputs[field]
        assert isinstance(w, QLineEdit)
        return w

    def combo(self, field: str) -> QComboBox:
        w = self.inputs[field]
        assert isinstance(w, QComboBox)
        return w

    def spin(self, field: str) -> QSpinBox:
        w = self.inputs[field]
        assert isinstance(w, QSpinBox)
        return w

    def show_field_message(self, field: str, text: str, warning: bool = False) -> None:
        label = self.errors[field]
        label.setStyleSheet(WARN_STYLE if warning else ERROR_STYLE)
        label.setText(text)
        label.setVisible(bool(text))

    def clear_field_messages(self) -> None:
        for f in self.errors:
            self.show_field_message(f, "")

    def fill(self, p: PatientDetail) -> None:
        self.setWindowTitle(f"Edit patient — {p.mrn}")
        find(self.ui, QLabel, "titleLabel").setText("Edit patient")
        find(self.ui, QLabel, "mrnLabel").setText(f"{p.mrn} · version {p.row_version}")
        for f in ("first_name", "last_name", "phone", "email", "address", "city", "pin_code"):
            self.line(f).setText(getattr(p, f) or "")
        for f in ("abha_address", "emergency_name", "emergency_phone", "allergies"):
            self.line(f).setText(getattr(p, f) or "")
        self.line("abha_number").setText(format_abha(p.abha_number) if p.abha_number else "")
        self.line("landline").setText(format_landline(p.landline) if p.landline else "")
        status = p.allergy_status if p.allergy_status in ALLERGY_CODES else "unknown"
        self.combo("allergy_status").setCurrentIndex(ALLERGY_CODES.index(status))
        if p.date_of_birth and not p.dob_estimated:
            self.line("date_of_birth").setText(p.date_of_birth.strftime("%d-%m-%Y"))
            self.spin("age_years").setValue(-1)
        elif p.date_of_birth:
            self.line("date_of_birth").clear()
            today = self._patients.clock.today()  # the clinic's day, not this computer's
            months = (today.year - p.date_of_birth.year) * 12 + today.month - p.date_of_birth.month
            self.spin("age_years").setValue(months // 12)
            self.age_months.setValue(months % 12)
        self.combo("sex").setCurrentIndex(SEX_CODES.index(p.sex) if p.sex in SEX_CODES else 0)
        self.combo("blood_group").setCurrentText(p.blood_group or "")
        language = self.combo("preferred_language").findData(p.preferred_language or ENGLISH)
        self.combo("preferred_language").setCurrentIndex(max(0, language))

    # --- reading the form -------------------------------------------------------------------------

    def collect(self) -> PatientInput:
        """What is typed, as the service's input; a DOB that is not a date raises ValidationError."""
        try:
            dob = parse_dob(self.line("date_of_birth").text())
        except ValueError:
            raise ValidationError({"date_of_birth": "Type the date as DD-MM-YYYY."}) from None
        years, months = self.spin("age_years").value(), self.age_months.value()
        text = {f: self.line(f).text() for f in FIELDS if isinstance(self.inputs[f], QLineEdit)}
        return PatientInput(
            first_name=text["first_name"],
            last_name=text["last_name"],
            sex=SEX_CODES[self.combo("sex").currentIndex()],
            date_of_birth=dob,
            age_years=years if years >= 0 and dob is None else None,
            age_months=months if months >= 0 and dob is None else None,
            phone=text["phone"],
            email=text["email"],
            address=text["address"],
            city=text["city"],
            pin_code=text["pin_code"],
            blood_group=self.combo("blood_group").currentText(),
            abha_number=text["abha_number"],
            abha_address=text["abha_address"],
            emergency_name=text["emergency_name"],
            emergency_phone=text["emergency_phone"],
            allergies=text["allergies"],
            allergy_status=ALLERGY_CODES[max(0, self.combo("allergy_status").currentIndex())],
            landline=text["landline"],
            preferred_language=self.combo("preferred_language").currentData(),
        )

    def _suggest_city(self, pin: str) -> None:
        place = suggest_place(pin)
        city = self.line("city")
        if place is not None and place.city and city.text().strip() in ("", self._suggested_city):
            city.setText(place.city)
            self._suggested_city = place.city

    def _check_abha(self) -> None:
        text = self.line("abha_number").text().strip()
        if not text:
            self.show_field_message("abha_number", "")
            return
        abha = check_abha(text)
        if abha.digits is None:
            self.show_field_message("abha_number", "An ABHA number has 14 digits (XX-XXXX-XXXX-XXXX).")
        elif abha.warning:
            self.show_field_message("abha_number", f"Warning: {abha.warning}", warning=True)
        else:
            self.show_field_message("abha_number", "")

    # --- saving ----------------------------------------------------------------------------------

    def save(self) -> None:
        self.clear_field_messages()
        set_message(self.message, "")
        try:
            data = self.collect()
        except ValidationError as err:
            self.show_errors(err)
            return
        patients, actor, current = self._patients, self._actor, self._patient
        self.save_button.setEnabled(False)
        set_message(self.message, "Saving…", "info")
        if current is None:
            job: Any = lambda: self._register(patients, actor, data, None)  # noqa: E731
        else:
            job = lambda: patients.update(actor, current.id, current.row_version, data)  # noqa: E731
        self._ops.run(job, self._saved, self._failed, timeout_s=30, what="saving the patient")

    @staticmethod
    def _register(
        patients: PatientService, actor: Actor, data: PatientInput, reason: tuple[list[int], str] | None
    ) -> PatientDetail | list[DuplicateCandidate]:
        """On the worker: the strong look-alikes of ``data`` (the list may not have caught up with
        the typing), else the registration. With ``reason`` the desk chose "save as new"."""
        if reason is not None:
            return patients.register(actor, data, duplicate_of=reason[0], duplicate_reason=reason[1])
        dob, years = data.date_of_birth, data.age_years
        found = patients.find_duplicates(
            actor, data.first_name, data.last_name, data.phone, dob, years, data.sex or None
        )
        strong = [c for c in found if is_strong(c.score)]
        return strong or patients.register(actor, data)

    def _saved(self, detail: PatientDetail | list[DuplicateCandidate]) -> None:
        self.save_button.setEnabled(True)
        if isinstance(detail, list):
            set_message(self.message, "")
            self._show_candidates(self._dup_generation, detail)
            self.ask_duplicate(detail)
            return
        self.saved = detail
        self.accept()

    def ask_duplicate(self, strong: list[DuplicateCandidate]) -> None:
        """ "Use the existing patient" or "Save as new" with the reason (recorded), or back to the form."""
        box = DuplicateQuestion(strong, self)
        box.exec()
        if box.choice == "use":
            self.chosen_id = strong[0].patient_id
            self.accept()
        elif box.choice == "new":
            data, patients, actor = self.collect(), self._patients, self._actor
            why = ([c.patient_id for c in strong], box.reason)
            self.save_button.setEnabled(False)
            set_message(self.message, "Saving…", "info")
            self._ops.run(
                lambda: self._register(patients, actor, data, why),
                self._saved,
                self._failed,
                timeout_s=30,
                what="saving the patient",
            )

    def _failed(self, error: HmsError) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, ValidationError):
            self.show_errors(error)
        elif isinstance(error, PatientChanged):
            self.show_conflict(error)
        else:
            set_message(self.message, error.message)

    def show_errors(self, error: ValidationError) -> None:
        set_message(self.message, "Please correct the fields marked below.")
        first: str | None = None
        for field, text in error.errors.items():
            if field in self.errors:
                self.show_field_message(field, text)
                first = first or field
            else:
                set_message(self.message, error.message)
        if first is not None:
            self.inputs[first].setFocus()
        self._check_abha()  # keep the ABHA warning visible beside real errors

    def show_conflict(self, error: PatientChanged) -> None:
        lines = [error.message]
        for field, (theirs, yours) in error.fields.items():
            lines.append(f"• {LABELS.get(field, field)}: theirs “{theirs or '—'}”, yours “{yours or '—'}”")
        set_message(self.message, "\n".join(lines))
        self.save_button.setEnabled(False)
        self.reload_button.show()
        self.reload_button.setFocus()

    def reload(self) -> None:
        """Load the saved version; the message keeps listing your differing values to re-apply."""
        if self._patient is None:
            return
        patients, actor, pid = self._patients, self._actor, self._patient.id
        self._ops.run(lambda: patients.get(actor, pid), self._reloaded, self._failed, what="reloading")

    def _reloaded(self, detail: PatientDetail) -> None:
        self._patient = detail
        self.fill(detail)
        self.reload_button.hide()
        self.save_button.setEnabled(True)
        set_message(
            self.message,
            self.message.text().replace(" Reload to see their version, then make your change again.", "")
            + "\nTheir version is now shown: make your change again and save.",
            "info",
        )

    # --- duplicates ---------------------------------------------------------------------------------

    def check_duplicates(self) -> None:
        first = self.line("first_name").text().strip()
        phone = self.line("phone").text().strip()
        if len(first) < 2 and len(phone) < 10:
            self._show_candidates(self._dup_generation, [])
            return
        try:
            dob = parse_dob(self.line("date_of_birth").text())
        except ValueError:
            dob = None
        years: int | None = self.spin("age_years").value()
        years = years if years is not None and years >= 0 else None
        last = self.line("last_name").text()
        sex = SEX_CODES[self.combo("sex").currentIndex()] or None
        self._dup_generation += 1
        gen, patients, actor = self._dup_generation, self._patients, self._actor
        self._ops.run(
            lambda: patients.find_duplicates(actor, first, last, phone, dob, years, sex),
            lambda found: self._show_candidates(gen, found),
            lambda _err: None,  # a failed look-up must not get in the way of registering
            timeout_s=15,
            what="looking for duplicates",
        )

    def _show_candidates(self, generation: int, found: list[DuplicateCandidate]) -> None:
        if generation != self._dup_generation:
            return  # typed on since: a newer look-up is coming
        self._candidates = list(found)
        self.dup_list.clear()
        for c in found:
            item = QListWidgetItem(
                f"{c.display_name}  ({c.sex}, {c.age_text or 'age ?'})\n{c.mrn} · {c.phone or 'no phone'}\n"
                f"{', '.join(c.reasons)} — {round(c.score * 100)}%"
            )
            item.setData(Qt.ItemDataRole.UserRole, c.patient_id)
            self.dup_list.addItem(item)
        if found:
            self.dup_list.setCurrentRow(0)
        self.dup_title.setText(f"Possible duplicates ({len(found)})" if found else "Possible duplicates")
        self.dup_title.setProperty("role", "title" if found else "subtitle")
        self.dup_title.setStyleSheet("color: #9b1c1c; font-size: 11pt;" if found else "")

    @property
    def candidates(self) -> list[DuplicateCandidate]:
        return self._candidates

    def _use_selected(self) -> None:
        item = self.dup_list.currentItem()
        if item is None:
            return
        self.chosen_id = int(item.data(Qt.ItemDataRole.UserRole))
        self.accept()  # the existing patient was chosen on purpose: what was typed is not wanted
