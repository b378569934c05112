"""The patient banner of the consultation window: name, age/sex and identifiers, the allergy band
(red when known, amber when not recorded: never "none" for a patient nobody asked), and the summary
on the left."""

from __future__ import annotations

import zoneinfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QTextBrowser, QWidget

from hms_desktop.gui.forms import find, repolish
from hms_desktop.gui.i18n import service_text
from hms_desktop.gui.tabs.consult.summary import summary_html
from hms_desktop.services.consultation_types import PatientSummary


class PatientBanner:
    """The banner's widgets in ``ui`` and the window whose title names the patient."""

    def __init__(self, window: QWidget, ui: QWidget, zone: zoneinfo.ZoneInfo) -> None:
        self._window, self._zone = window, zone
        self.name_label = find(ui, QLabel, "nameLabel")
        self.details_label = find(ui, QLabel, "detailsLabel")
        self.status_label = find(ui, QLabel, "statusLabel")
        self.allergy_label = find(ui, QLabel, "allergyLabel")
        self.summary_browser = find(ui, QTextBrowser, "summaryBrowser")

    def show_patient(self, s: PatientSummary, consultation_id: int | None) -> None:
        # a plain class: its words are in the "PatientBanner" context of the translation
        self._window.setWindowTitle(
            QCoreApplication.translate("PatientBanner", "Consultation — {name} — HMS Desktop").format(
                name=s.name
            )
        )
        self.name_label.setText(s.name)
        parts = [s.age_sex, QCoreApplication.translate("PatientBanner", "MRN {mrn}").format(mrn=s.mrn)]
        if s.abha:
            parts.append(QCoreApplication.translate("PatientBanner", "ABHA {abha}").format(abha=s.abha))
        if s.blood_group:
            parts.append(
                QCoreApplication.translate("PatientBanner", "Blood {group}").format(group=s.blood_group)
            )
        self.details_label.setText("  ·  ".join(p for p in parts if p))
        allergies = (s.allergies or "").strip()
        if allergies:
            state = "known"
            text = QCoreApplication.translate("PatientBanner", "⚠ ALLERGIES: {allergies}").format(
                allergies=allergies
            )
        elif s.allergy_status == "nkda":
            state = "none"
            text = (
                QCoreApplication.translate("PatientBanner", "No known allergies ({confirmed})").format(
                    confirmed=service_text(s.allergy_confirmed)
                )
                if s.allergy_confirmed
                else QCoreApplication.translate("PatientBanner", "No known allergies")
            )
        else:  # not recorded is not "none": ask
            state = "unknown"
            text = QCoreApplication.translate("PatientBanner", "⚠ Allergies not recorded: ask the patient")
        self.allergy_label.setText(text)
        if self.allergy_label.property("state") != state:
            self.allergy_label.setProperty("state", state)
            repolish(self.allergy_label)
        self.show_summary(s, consultation_id)

    def show_summary(self, s: PatientSummary, consultation_id: int | None) -> None:
        self.summary_browser.setHtml(summary_html(s, self._zone, consultation_id))
