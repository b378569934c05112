"""A patient's medical record at a glance, for a doctor: allergies, last vitals, diagnoses,
prescriptions and visits. A doctor who is not treating the patient is refused by the service; in an
emergency they can "break the glass" with a reason (audited, for a few hours) and then read it.
The widgets are in ``ui/medical_record.ui``; the reason is asked with a QInputDialog (a prompt)."""

from __future__ import annotations

import datetime as dt
import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QWidget,
)

from hms_desktop.errors import HmsError, NeedsBreakTheGlass, ValidationError
from hms_desktop.gui import i18n
from hms_desktop.gui.forms import find, load_form, set_message
from hms_desktop.gui.i18n import service_text
from hms_desktop.gui.ops import Ops
from hms_desktop.services.consultation_types import GLASS_REASON_MAX, PatientSummary

if TYPE_CHECKING:
    from hms_desktop.services.consultation import ConsultationService
    from hms_desktop.services.context import Actor

# the names are translated where shown (the "MedicalRecordDialog" context); the units are kept as written
VITAL_NAMES = {
    "resp_rate": (QT_TRANSLATE_NOOP("MedicalRecordDialog", "RR"), "/min"),
    "spo2": ("SpO2", "%"),
    "systolic_bp": (QT_TRANSLATE_NOOP("MedicalRecordDialog", "BP sys"), " mmHg"),
    "diastolic_bp": (QT_TRANSLATE_NOOP("MedicalRecordDialog", "BP dia"), " mmHg"),
    "pulse": (QT_TRANSLATE_NOOP("MedicalRecordDialog", "Pulse"), "/min"),
    "temperature_c": (QT_TRANSLATE_NOOP("MedicalRecordDialog", "Temp"), "°C"),
    "consciousness": ("ACVPU", ""),  # notr: the scale's name
    "pain_score": (QT_TRANSLATE_NOOP("MedicalRecordDialog", "Pain"), "/10"),
    "glucose_mgdl": (QT_TRANSLATE_NOOP("MedicalRecordDialog", "Glucose"), " mg/dL"),
    "weight_kg": (QT_TRANSLATE_NOOP("MedicalRecordDialog", "Weight"), " kg"),
    "news2_score": ("NEWS2", ""),  # notr: the score's name
}


ALLERGY_STYLE = "background:#fdecea;color:#8a1c1c;padding:6px;font-weight:600"
UNKNOWN_ALLERGY_STYLE = "background:#fde68a;color:#713f12;padding:6px;font-weight:600"


def on_day(instant: dt.datetime, zone: dt.tzinfo) -> dt.datetime:
    """An instant on the clinic's calendar (a prescription at 00:30 IST is that day, not yesterday UTC)."""
    aware = instant if instant.tzinfo else instant.replace(tzinfo=dt.UTC)
    return aware.astimezone(zone)


def day_text(day: dt.date) -> str:
    """'02 Dec 2026': as before in English; in another language the locale's month name."""
    if i18n.current() == i18n.SOURCE_LANGUAGE:
        return f"{day:%d %b %Y}"
    return QLocale().toString(QDate(day.year, day.month, day.day), "dd MMM yyyy")


def _said(text: object) -> str:
    """A string marked with QT_TRANSLATE_NOOP in the "MedicalRecordDialog" context, translated, as HTML."""
    return html.escape(QCoreApplication.translate("MedicalRecordDialog", str(text)))


WORDS = {
    "vitals": QT_TRANSLATE_NOOP("MedicalRecordDialog", "Last vitals"),
    "diagnoses": QT_TRANSLATE_NOOP("MedicalRecordDialog", "Diagnoses"),
    "prescriptions": QT_TRANSLATE_NOOP("MedicalRecordDialog", "Prescriptions"),
    "visits": QT_TRANSLATE_NOOP("MedicalRecordDialog", "Visits"),
    "none recorded": QT_TRANSLATE_NOOP("MedicalRecordDialog", "None recorded."),
    "none": QT_TRANSLATE_NOOP("MedicalRecordDialog", "None."),
    "free text": QT_TRANSLATE_NOOP("MedicalRecordDialog", "(free text)"),
    "replaced": QT_TRANSLATE_NOOP("MedicalRecordDialog", "replaced by a newer version"),
}


def summary_html(s: PatientSummary, zone: dt.tzinfo = dt.UTC) -> str:
    e = html.escape
    if s.allergies:
        allergies = QCoreApplication.translate("MedicalRecordDialog", "ALLERGIES: {allergies}")
        allergy = (
            f"<p style='{ALLERGY_STYLE}'>{e(allergies.format(allergies=s.allergies))}</p>"  # notr: markup
        )
    elif s.allergy_status == "nkda":
        none_known = (
            QCoreApplication.translate("MedicalRecordDialog", "No known allergies ({confirmed}).").format(
                confirmed=service_text(s.allergy_confirmed)
            )
            if s.allergy_confirmed
            else QCoreApplication.translate("MedicalRecordDialog", "No known allergies.")
        )
        allergy = f"<p style='color:#3e4c59'>{e(none_known)}</p>"  # notr: markup
    else:
        not_recorded = QCoreApplication.translate(
            "MedicalRecordDialog", "Allergies not recorded: ask the patient."
        )
        allergy = f"<p style='{UNKNOWN_ALLERGY_STYLE}'>{e(not_recorded)}</p>"  # notr: markup
    vitals = ", ".join(
        f"{_said(VITAL_NAMES[k][0])} {e(str(v))}{VITAL_NAMES[k][1]}"
        for k, v in s.last_vitals.items()
        if k in VITAL_NAMES
    )
    identity = [e(service_text(s.age_sex)), e(s.mrn)]
    if s.abha:
        abha = QCoreApplication.translate("MedicalRecordDialog", "ABHA {abha}")
        identity.append(e(abha.format(abha=s.abha)))
    if s.blood_group:
        group = QCoreApplication.translate("MedicalRecordDialog", "Blood group {group}")
        identity.append(e(group.format(group=s.blood_group)))
    code = QCoreApplication.translate("MedicalRecordDialog", "code {code}")
    none_recorded = f"<p>{_said(WORDS['none recorded'])}</p>"
    none = f"<p>{_said(WORDS['none'])}</p>"
    parts = [
        f"<h2 style='margin:0'>{e(s.name)}</h2><p>{' · '.join(identity)}</p>",  # notr: markup
        allergy,
        f"<h3>{_said(WORDS['vitals'])}</h3><p>{vitals or _said(WORDS['none recorded'])}</p>",
        f"<h3>{_said(WORDS['diagnoses'])}</h3>"
        + (
            "<ul>"
            + "".join(
                f"<li>{day_text(d.on)} — {e(d.icd10_code + ' ' if d.icd10_code else '')}{e(d.description)}"
                + (f" <i>{_said(WORDS['free text'])}</i>" if d.is_free_text else "")
                + "</li>"
                for d in s.diagnoses
                if d.on is not None
            )
            + "</ul>"
            if s.diagnoses
            else none_recorded
        ),
        f"<h3>{_said(WORDS['prescriptions'])}</h3>"
        + (
            "".join(
                f"<p><b>{day_text(on_day(p.issued_at, zone).date())}</b> · {e(p.doctor_name)} · "
                + e(code.format(code=p.verify_code))
                + (f" · <i>{_said(WORDS['replaced'])}</i>" if p.superseded else "")
                + "<br>"
                + "<br>".join(
                    e(f"{ln.line_no}. {ln.generic_name} {ln.strength or ''} {ln.frequency or ''}")
                    for ln in p.lines
                )
                + "</p>"
                for p in s.prescriptions
            )
            if s.prescriptions
            else none
        ),
        f"<h3>{_said(WORDS['visits'])}</h3>"
        + (
            "<ul>"
            + "".join(
                f"<li>{day_text(on_day(v.started_at, zone).date())} — {e(v.doctor_name)}: "
                f"{e(v.chief_complaint or '')} ({e(service_text(v.status))})</li>"
                for v in s.visits
            )
            + "</ul>"
            if s.visits
            else none
        ),
    ]
    return "".join(parts)


class MedicalRecordDialog(QDialog):
    def __init__(
        self,
        ops: Ops,
        consultation: ConsultationService,
        actor: Actor,
        patient_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops, self._service, self._actor, self._id = ops, consultation, actor, patient_id
        self.summary: PatientSummary | None = None
        self._reason = ""  # the last break-the-glass reason sent
        self._reason_problem = ""  # the service's refusal of it, shown when it is asked again
        self.ui = ui = load_form("medical_record.ui", self)
        self.setWindowTitle(ui.windowTitle())
        self.browser = find(ui, QTextBrowser, "recordBrowser")
        self.message = find(ui, QLabel, "messageLabel")
        self.glass_button = find(ui, QPushButton, "glassButton")
        self.glass_button.clicked.connect(self.break_glass)
        # Designer gives a button box only standard buttons: Break the glass takes its role here
        buttons = find(ui, QDialogButtonBox, "buttonBox")
        buttons.addButton(self.glass_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.glass_button.hide()  # after addButton, which shows it
        buttons.rejected.connect(self.reject)
        self.resize(760, 620)
        self.load()

    def load(self) -> None:
        service, actor, pid = self._service, self._actor, self._id
        set_message(self.message, self.tr("Loading…"), "info")
        self._ops.run(
            lambda: service.summary(actor, pid),
            self._loaded,
            self._failed,
            timeout_s=30,
            what=self.tr("reading the medical record"),
        )

    def _loaded(self, summary: PatientSummary) -> None:
        self.summary = summary
        self.glass_button.hide()
        set_message(self.message, self.tr("This view is recorded in the audit trail."), "info")
        self.browser.setHtml(summary_html(summary, self._service.clock.zone))

    def _failed(self, error: HmsError) -> None:
        set_message(self.message, error.message, "error")
        if isinstance(error, NeedsBreakTheGlass):  # the service offers the emergency access
            self.glass_button.show()
            self.glass_button.setFocus()

    def ask_reason(self) -> str | None:
        """The reason; after a refused one, with the service's message and the reason as typed."""
        ask = QInputDialog(self)
        ask.setWindowTitle(self.tr("Break the glass"))
        question = self.tr("Why do you need this patient's record now? (recorded in the audit trail)")
        problem = self._reason_problem
        ask.setLabelText(f"{question}\n\n{problem}" if problem else question)
        ask.setInputMode(QInputDialog.InputMode.TextInput)
        ask.setTextValue(self._reason if problem else "")
        edit = ask.findChild(QLineEdit)
        if edit is not None:
            edit.setMaxLength(GLASS_REASON_MAX)  # the service refuses longer (never cuts)
        return ask.textValue() if ask.exec() == QInputDialog.DialogCode.Accepted else None

    def break_glass(self) -> None:
        reason = self.ask_reason()
        if reason is None:
            return
        self._reason, self._reason_problem = reason, ""
        service, actor, pid = self._service, self._actor, self._id
        self._ops.run(
            lambda: service.break_glass(actor, pid, reason),
            lambda _exp: self.load(),
            self._glass_failed,
            timeout_s=30,
            what=self.tr("recording emergency access"),
        )

    def _glass_failed(self, error: HmsError) -> None:
        """A refused reason (too short) is said here, and beside the reason when it is asked again."""
        if isinstance(error, ValidationError) and "reason" in error.errors:
            self._reason_problem = error.errors["reason"]
            self.glass_button.setFocus()
        self._failed(error)
