"""The patient banner of the consultation window: name, age/sex and identifiers, the allergy band
(red when known, amber when not recorded: never "none" for a patient nobody asked), and the summary
on the left."""

from __future__ import annotations

import zoneinfo

from PySide6.QtWidgets import QLabel, QTextBrowser, QWidget

from hms_desktop.gui.forms import find, repolish
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
        self._window.setWindowTitle(f"Consultation — {s.name} — HMS Desktop")
        self.name_label.setText(s.name)
        parts = [s.age_sex, f"MRN {s.mrn}"]
        if s.abha:
            parts.append(f"ABHA {s.abha}")
        if s.blood_group:
            parts.append(f"Blood {s.blood_group}")
        self.details_label.setText("  ·  ".join(p for p in parts if p))
        allergies = (s.allergies or "").strip()
        if allergies:
            state, text = "known", f"⚠ ALLERGIES: {allergies}"
        elif s.allergy_status == "nkda":
            state = "none"
            text = "No known allergies" + (f" ({s.allergy_confirmed})" if s.allergy_confirmed else "")
        else:  # not recorded is not "none": ask
            state, text = "unknown", "⚠ Allergies not recorded: ask the patient"
        self.allergy_label.setText(text)
        if self.allergy_label.property("state") != state:
            self.allergy_label.setProperty("state", state)
            repolish(self.allergy_label)
        self.show_summary(s, consultation_id)

    def show_summary(self, s: PatientSummary, consultation_id: int | None) -> None:
        self.summary_browser.setHtml(summary_html(s, self._zone, consultation_id))
