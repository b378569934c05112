"""One patient at a glance (``ui/patient_detail.ui``): demographics, appointments, visits, invoices.

The diagnoses tab appears only when the service returns diagnoses, i.e. for roles allowed to see
clinical data (``Action.CLINICAL_VIEW``); the decision is the service's, never this dialog's.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QWidget,
)

from hms_desktop.domain.identifiers import format_abha, format_landline
from hms_desktop.domain.permissions import Action, allowed
from hms_desktop.errors import HmsError
from hms_desktop.gui.forms import find, load_form, set_message
from hms_desktop.gui.i18n import named_date, service_text
from hms_desktop.gui.ops import Ops
from hms_desktop.gui.tabs.patients.model import age_in_words
from hms_desktop.services.patients_types import HistoryLine, PatientDetail, PatientHistory

if TYPE_CHECKING:
    from hms_desktop.services.consultation import ConsultationService
    from hms_desktop.services.context import Actor
    from hms_desktop.services.patient_export import PatientExportService
    from hms_desktop.services.patients import PatientService


CONTEXT = "PatientDetailDialog"
SEX_TEXT = {
    "M": str(QT_TRANSLATE_NOOP("PatientDetailDialog", "Male")),
    "F": str(QT_TRANSLATE_NOOP("PatientDetailDialog", "Female")),
    "O": str(QT_TRANSLATE_NOOP("PatientDetailDialog", "Other")),
}
# the history's status column: the records' own status values, shown as they are in English
STATUS_TEXT = {
    status: status
    for status in (
        str(QT_TRANSLATE_NOOP("PatientDetailDialog", "booked")),
        str(QT_TRANSLATE_NOOP("PatientDetailDialog", "checked_in")),
        str(QT_TRANSLATE_NOOP("PatientDetailDialog", "completed")),
        str(QT_TRANSLATE_NOOP("PatientDetailDialog", "cancelled")),
        str(QT_TRANSLATE_NOOP("PatientDetailDialog", "no_show")),
        str(QT_TRANSLATE_NOOP("PatientDetailDialog", "waiting")),
        str(QT_TRANSLATE_NOOP("PatientDetailDialog", "called")),
        str(QT_TRANSLATE_NOOP("PatientDetailDialog", "in consult")),
        str(QT_TRANSLATE_NOOP("PatientDetailDialog", "done")),
        str(QT_TRANSLATE_NOOP("PatientDetailDialog", "left")),
        str(QT_TRANSLATE_NOOP("PatientDetailDialog", "transferred")),
        str(QT_TRANSLATE_NOOP("PatientDetailDialog", "issued")),
        str(QT_TRANSLATE_NOOP("PatientDetailDialog", "voided")),
        str(QT_TRANSLATE_NOOP("PatientDetailDialog", "primary")),
    )
}


def _t(text: str) -> str:
    """A word marked with QT_TRANSLATE_NOOP in this module's context, in the desk's language."""
    return QCoreApplication.translate(CONTEXT, text)


def status_text(status: str) -> str:
    """A history line's status in the desk's language (a status the desk does not know: as it is)."""
    return _t(status) if status in STATUS_TEXT else service_text(status)


def _allergies(p: PatientDetail) -> str:
    if not p.allergies_shown:
        return QCoreApplication.translate("PatientDetailDialog", "Not shown to your role")
    if p.allergies:
        return p.allergies
    if p.allergy_status == "nkda":
        return QCoreApplication.translate("PatientDetailDialog", "No known allergies (confirmed)")
    return QCoreApplication.translate("PatientDetailDialog", "Not recorded: ask the patient")


def demographics_html(p: PatientDetail) -> str:
    dob = "—"
    if p.date_of_birth:
        dob = named_date(p.date_of_birth, "dd MMM yyyy", "%d %b %Y")
        if p.dob_estimated:
            dob = QCoreApplication.translate("PatientDetailDialog", "{date} (estimated)").format(date=dob)
    sex = _t(SEX_TEXT[p.sex]) if p.sex in SEX_TEXT else p.sex
    if p.age_text:
        age = age_in_words(p.age_text)
    else:
        age = QCoreApplication.translate("PatientDetailDialog", "age unknown")
    abha = " · ".join(
        x for x in (format_abha(p.abha_number) if p.abha_number else "", p.abha_address or "") if x
    )
    emergency = " ".join(x for x in (p.emergency_name, p.emergency_phone) if x)
    rows = [
        (
            QCoreApplication.translate("PatientDetailDialog", "Sex / age"),
            QCoreApplication.translate("PatientDetailDialog", "{sex}, {age}").format(sex=sex, age=age),
        ),
        (QCoreApplication.translate("PatientDetailDialog", "Date of birth"), dob),
        (QCoreApplication.translate("PatientDetailDialog", "Mobile"), p.phone or "—"),
        (QCoreApplication.translate("PatientDetailDialog", "E-mail"), p.email or "—"),
        (
            QCoreApplication.translate("PatientDetailDialog", "Address"),
            ", ".join(x for x in (p.address, p.city, p.pin_code) if x) or "—",
        ),
        (QCoreApplication.translate("PatientDetailDialog", "Blood group"), p.blood_group or "—"),
        (QCoreApplication.translate("PatientDetailDialog", "ABHA"), abha or "—"),
        (QCoreApplication.translate("PatientDetailDialog", "Emergency contact"), emergency or "—"),
        (QCoreApplication.translate("PatientDetailDialog", "Allergies"), _allergies(p)),
        (
            QCoreApplication.translate("PatientDetailDialog", "Landline"),
            format_landline(p.landline) if p.landline else "—",
        ),
    ]
    cells = "".join(
        f"<tr><td style='color:#52606d;padding:3px 14px 3px 0'>{escape(k)}</td>"  # notr: HTML markup
        f"<td style='padding:3px 0'>{escape(v)}</td></tr>"  # notr: HTML markup
        for k, v in rows
    )
    return f"<table>{cells}</table>"


def _drop(row: QHBoxLayout | None, button: QPushButton) -> None:
    """A button of the form this desk's role may not use: out of the row and gone."""
    if row is not None:
        row.removeWidget(button)
    button.hide()
    button.deleteLater()


class PatientDetailDialog(QDialog):
    def __init__(
        self,
        ops: Ops,
        patients: PatientService,
        actor: Actor,
        patient_id: int,
        on_edit: Callable[[PatientDetail], None] | None = None,
        parent: QWidget | None = None,
        consultation: ConsultationService | None = None,
        exporter: PatientExportService | None = None,
        audit_reader: Any = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Patient"))
        self._ops, self._patients, self._actor, self._id = ops, patients, actor, patient_id
        self._on_edit = on_edit
        self.detail: PatientDetail | None = None
        self.history: PatientHistory | None = None
        self.ui = load_form("patient_detail.ui", self)
        self.name = find(self.ui, QLabel, "nameLabel")
        self.ids = find(self.ui, QLabel, "idLabel")
        self.demographics = find(self.ui, QLabel, "demographicsLabel")
        self.tabs = find(self.ui, QTabWidget, "tabWidget")
        self.message = find(self.ui, QLabel, "messageLabel")
        self.edit_button = find(self.ui, QPushButton, "editButton")
        self.edit_button.setEnabled(False)
        self.edit_button.clicked.connect(self._edit)
        # the form has both buttons; a role that may not use one loses it here
        row = self.ui.findChild(QHBoxLayout, "buttonLayout")
        self.record_button: QPushButton | None = find(self.ui, QPushButton, "recordButton")
        if consultation is not None and allowed(actor.role, Action.CLINICAL_VIEW):
            self.record_button.clicked.connect(lambda: self.open_record(consultation))
        else:
            _drop(row, self.record_button)
            self.record_button = None
        self.access_button: QPushButton | None = find(self.ui, QPushButton, "accessButton")
        if audit_reader is not None and (
            allowed(actor.role, Action.AUDIT_VIEW) or allowed(actor.role, Action.CLINICAL_VIEW)
        ):  # administrators and doctors (the service lets only the patient's own doctors in)
            self.access_button.clicked.connect(lambda: self.open_access_log(audit_reader))
        else:
            _drop(row, self.access_button)
            self.access_button = None
        from hms_desktop.gui.tabs.patients.record_export import add_export_button

        # the export button is record_export's own (a button with its own behaviour, not in this form):
        # it goes in at the row's index 1, and the access log stays before it as when built here
        self.export_button = add_export_button(self.ui, ops, exporter, actor, patient_id, self.message)
        if row is not None and self.access_button is not None:
            row.removeWidget(self.access_button)
            row.insertWidget(1, self.access_button)
        find(self.ui, QDialogButtonBox, "buttonBox").rejected.connect(self.reject)
        self.tables = {
            n: find(self.ui, QTableWidget, f"{n}Table")
            for n in ("appointments", "visits", "invoices", "diagnoses")
        }
        for t in self.tables.values():
            t.setColumnCount(3)
            t.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Details"), self.tr("Status")])
            t.verticalHeader().hide()
            t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            t.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
            t.setColumnWidth(0, 110)
            t.setColumnWidth(2, 110)
        self._diag_index = self.tabs.indexOf(find(self.ui, QWidget, "diagnosesTab"))
        self.tabs.setTabVisible(self._diag_index, False)
        set_message(self.message, self.tr("Loading…"), "info")
        self.resize(820, 520)
        self.load()

    def open_access_log(self, reader: Any) -> QDialog:
        from hms_desktop.gui.admin.audit_dialog import AccessLogDialog

        title = self.name.text() or self.tr("patient {id}").format(id=self._id)
        dialog = AccessLogDialog(self._ops, reader, self._actor, self._id, title, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        dialog.start()
        self.access_dialog = dialog
        return dialog

    def open_record(self, consultation: ConsultationService) -> QDialog:
        from hms_desktop.gui.dialogs.medical_record import MedicalRecordDialog

        dialog = MedicalRecordDialog(self._ops, consultation, self._actor, self._id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.record_dialog = dialog
        return dialog

    def load(self) -> None:
        patients, actor, pid = self._patients, self._actor, self._id
        self._ops.run(
            lambda: (patients.get(actor, pid), patients.history(actor, pid)),
            self._loaded,
            self._failed,
            timeout_s=30,
            what=self.tr("reading the patient"),
        )

    def _loaded(self, result: tuple[PatientDetail, PatientHistory]) -> None:
        p, h = result
        self.detail, self.history = p, h
        self.setWindowTitle(self.tr("Patient — {name}").format(name=p.display_name))
        self.name.setText(p.display_name)
        self.ids.setText(f"{p.mrn}")
        self.demographics.setText(demographics_html(p))
        self._fill("appointments", h.appointments, self.tr("Appointments"))
        self._fill("visits", h.visits, self.tr("Visits"))
        self._fill("invoices", h.invoices, self.tr("Invoices"))
        if h.diagnoses is not None:
            self._fill("diagnoses", h.diagnoses, self.tr("Diagnoses"))
            self.tabs.setTabVisible(self._diag_index, True)
        self.edit_button.setEnabled(self._on_edit is not None)
        set_message(self.message, "")

    def _fill(self, name: str, lines: tuple[HistoryLine, ...], title: str) -> None:
        table = self.tables[name]
        table.setRowCount(len(lines))
        for r, line in enumerate(lines):
            cells = (
                named_date(line.on, "dd MMM yyyy", "%d %b %Y"),
                service_text(line.text),
                status_text(line.status),
            )
            for c, text in enumerate(cells):
                table.setItem(r, c, QTableWidgetItem(text))
        page = table.parentWidget()
        if page is None:
            return
        index = self.tabs.indexOf(page)
        self.tabs.setTabText(index, self.tr("{title} ({count})").format(title=title, count=len(lines)))

    def _failed(self, error: HmsError) -> None:
        set_message(self.message, error.message)

    def _edit(self) -> None:
        if self.detail is not None and self._on_edit is not None:
            self._on_edit(self.detail)
            self.load()
