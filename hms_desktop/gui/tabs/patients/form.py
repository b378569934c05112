"""Register or edit a patient (``ui/patient_form.ui``), with messages next to each field.

The service validates; a ValidationError's ``errors`` land in the small label under each field
(form_fields.py says which) and nothing typed is cleared. While registering, what has been typed so
far is checked against the register (debounced, on a worker) and look-alike patients appear in the
panel beside the form with "Use this patient". An edit that another desk saved first shows who
changed which fields and offers Reload: their version is loaded into the form and your differing
values are listed, so nothing is overwritten silently and nothing of yours vanishes unseen.
"""

from __future__ import annotations

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

from hms_desktop.domain.duplicates import is_strong
from hms_desktop.domain.identifiers import format_abha, format_landline
from hms_desktop.domain.instructions import ENGLISH, language_names
from hms_desktop.errors import HmsError, ValidationError
from hms_desktop.gui.forms import find, load_form, set_message
from hms_desktop.gui.i18n import service_text
from hms_desktop.gui.ops import Ops
from hms_desktop.gui.tabs.patients.duplicates import DuplicatePanel, DuplicateQuestion, Query
from hms_desktop.gui.tabs.patients.field_aids import FieldAids
from hms_desktop.gui.tabs.patients.form_fields import (
    ALLERGY_CODES,
    FIELDS,
    SEX_CODES,
    SHOWN_AT,
    field_label,
    parse_dob,
)
from hms_desktop.gui.widgets.discard_guard import AsksBeforeDiscard, DiscardGuard
from hms_desktop.gui.widgets.field_errors import FieldErrors
from hms_desktop.gui.widgets.field_inputs import typing_replaces_placeholder, when_edited
from hms_desktop.services.patients_types import (
    DuplicateCandidate,
    PatientChanged,
    PatientDetail,
    PatientInput,
)

if TYPE_CHECKING:
    from hms_desktop.services.context import Actor
    from hms_desktop.services.patients import PatientService


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
        self._conflict: PatientChanged | None = None  # the other desk's save being shown
        self.saved: PatientDetail | None = None
        self.chosen_id: int | None = None
        self.ui = load_form("patient_form.ui", self)
        self.setWindowTitle(self.tr("Edit patient") if patient else self.tr("Register patient"))
        self.inputs: dict[str, QWidget] = {f: find(self.ui, QWidget, w) for f, (w, _e) in FIELDS.items()}
        self.errors: dict[str, QLabel] = {f: find(self.ui, QLabel, e) for f, (_w, e) in FIELDS.items()}
        self.age_months = find(self.ui, QSpinBox, "ageMonthsSpin")
        self.message = find(self.ui, QLabel, "messageLabel")
        self.warning = find(self.ui, QLabel, "warningLabel")
        self.duplicates = DuplicatePanel(ops, patients, actor, self.ui)
        self.dup_panel, self.dup_list = self.duplicates.panel, self.duplicates.list
        self.use_button = self.duplicates.use_button
        self.use_button.clicked.connect(self._use_selected)
        self.dup_list.itemDoubleClicked.connect(lambda _i: self._use_selected())
        self.duplicates.timer.timeout.connect(self.check_duplicates)
        self.buttons = find(self.ui, QDialogButtonBox, "buttonBox")
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.reload_button = self.buttons.addButton(
            self.tr("&Reload"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.reload_button.hide()
        self.buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        self.reload_button.clicked.connect(self.reload)
        self.setMinimumSize(1000, 600)
        for spin in (self.spin("age_years"), self.age_months):
            spin.setValue(-1)  # shows the "years"/"months" placeholder: no age typed
            typing_replaces_placeholder(spin)
        self.aids = FieldAids(self.inputs, self.errors)  # messages, ABHA, PIN, allergies
        when_edited(self.age_months, lambda: self.show_field_message("age_years", ""))
        for label in self.errors.values():
            label.hide()
        set_message(self.message, "")
        set_message(self.warning, "", "info")
        for code, shown in language_names().items():  # English, then each shipped language file
            self.combo("preferred_language").addItem(shown, code)
        if patient is None:
            timer = self.duplicates.timer
            for f in ("first_name", "last_name", "phone", "date_of_birth"):
                self.line(f).textEdited.connect(lambda _t: timer.start())
            self.spin("age_years").valueChanged.connect(lambda _v: timer.start())
            self.combo("sex").currentIndexChanged.connect(lambda _i: timer.start())
        else:
            self.dup_panel.hide()
            self.fill(patient)
        what = self.tr("registration") if patient is None else self.tr("patient's changes")
        self.discard_guard = DiscardGuard(self.ui, what)
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
        self.aids.show(field, text, warning)

    def field_errors(self) -> FieldErrors:
        """The service's keys at their labels (the months under the years' label), red and hidden
        while empty, as the form's own messages are."""
        labels = {**self.errors, **{k: self.errors[v] for k, v in SHOWN_AT.items()}}
        field_of = {id(label): f for f, label in self.errors.items()}
        return FieldErrors(
            labels,
            self.message,
            paint=lambda label, text: self.show_field_message(field_of[id(label)], text),
            summary=self.tr("Please correct the fields marked below."),
        )

    def clear_field_messages(self) -> None:
        for f in self.errors:
            self.show_field_message(f, "")

    def fill(self, p: PatientDetail) -> None:
        self.setWindowTitle(self.tr("Edit patient — {mrn}").format(mrn=p.mrn))
        find(self.ui, QLabel, "titleLabel").setText(self.tr("Edit patient"))
        find(self.ui, QLabel, "mrnLabel").setText(
            self.tr("{mrn} · version {version}").format(mrn=p.mrn, version=p.row_version)
        )
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
            raise ValidationError({"date_of_birth": self.tr("Type the date as DD-MM-YYYY.")}) from None
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
        set_message(self.message, self.tr("Saving…"), "info")
        if current is None:
            job: Any = lambda: self._register(patients, actor, data, None)  # noqa: E731
        else:
            job = lambda: patients.update(actor, current.id, current.row_version, data)  # noqa: E731
        self._ops.run(job, self._saved, self._failed, timeout_s=30, what=self.tr("saving the patient"))

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
            self.duplicates.show(self.duplicates.generation, detail)
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
            set_message(self.message, self.tr("Saving…"), "info")
            self._ops.run(
                lambda: self._register(patients, actor, data, why),
                self._saved,
                self._failed,
                timeout_s=30,
                what=self.tr("saving the patient"),
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
        shown = self.field_errors()
        shown.show(error)
        first = shown.first_field(error)
        if first is not None:
            self.inputs[SHOWN_AT.get(first, first)].setFocus()
        if "abha_number" not in error.errors:  # the service's own refusal of it stays
            self.aids.check_abha()  # keep the ABHA warning visible beside real errors

    def show_conflict(self, error: PatientChanged) -> None:
        self._conflict = error
        lines = [error.message]
        for field, (theirs, yours) in error.fields.items():
            line = self.tr("• {field}: theirs “{theirs}”, yours “{yours}”")
            lines.append(line.format(field=field_label(field), theirs=theirs or "—", yours=yours or "—"))
        set_message(self.message, "\n".join(lines))
        self.save_button.setEnabled(False)
        self.reload_button.show()
        self.reload_button.setFocus()

    def reload(self) -> None:
        """Load the saved version; the message keeps listing your differing values to re-apply."""
        if self._patient is None:
            return
        patients, actor, pid = self._patients, self._actor, self._patient.id
        self._ops.run(
            lambda: patients.get(actor, pid), self._reloaded, self._failed, what=self.tr("reloading")
        )

    def _reloaded(self, detail: PatientDetail) -> None:
        self._patient = detail
        self.fill(detail)
        self.reload_button.hide()
        self.save_button.setEnabled(True)
        lines = self.message.text().split("\n")
        conflict = self._conflict
        if conflict is not None and lines and lines[0] == conflict.message:
            # the service's first line without its "Reload to see..." (the desk has just reloaded)
            names = ", ".join(service_text(f.replace("_", " ")) for f in conflict.fields)  # as the service
            lines[0] = self.tr("{who} saved this patient while you were editing ({fields}).").format(
                who=conflict.changed_by, fields=names or self.tr("no field you edited")
            )
        set_message(
            self.message,
            "\n".join(lines) + "\n" + self.tr("Their version is now shown: make your change again and save."),
            "info",
        )

    # --- duplicates ---------------------------------------------------------------------------------

    def check_duplicates(self) -> None:
        self.duplicates.check(self._dup_query())

    def _dup_query(self) -> Query | None:
        """What the look-alike panel looks up; None while too little is typed."""
        first = self.line("first_name").text().strip()
        phone = self.line("phone").text().strip()
        if len(first) < 2 and len(phone) < 10:
            return None
        try:
            dob = parse_dob(self.line("date_of_birth").text())
        except ValueError:
            dob = None
        years: int | None = self.spin("age_years").value()
        years = years if years is not None and years >= 0 else None
        last = self.line("last_name").text()
        sex = SEX_CODES[self.combo("sex").currentIndex()] or None
        return first, last, phone, dob, years, sex

    @property
    def candidates(self) -> list[DuplicateCandidate]:
        return self.duplicates.candidates

    def _use_selected(self) -> None:
        patient_id = self.duplicates.selected_id()
        if patient_id is None:
            return
        self.chosen_id = patient_id
        self.accept()  # the existing patient was chosen on purpose: what was typed is not wanted
