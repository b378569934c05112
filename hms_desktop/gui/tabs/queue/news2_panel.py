"""The triage form's right side: the live NEWS2 with its risk and parts, the suggested level and why.

It shows one :class:`TriageAssessment` (from :func:`hms_desktop.services.triage.assess`); a child or
a pregnancy says that NEWS2 does not apply, with the chart used instead.
"""

from __future__ import annotations

import html
from collections.abc import Mapping

from PySide6.QtWidgets import QLabel, QWidget

from hms_desktop.gui.forms import find, repolish
from hms_desktop.services.queue_types import ScaleLevelInfo, TriageAssessment

PART_NAMES = {
    "resp_rate": "Respiration",
    "spo2": "SpO2",
    "air_or_oxygen": "Air or oxygen",
    "systolic_bp": "Systolic BP",
    "pulse": "Pulse",
    "consciousness": "Consciousness",
    "temperature": "Temperature",
}
RISK_TEXT = {
    "low": "Low clinical risk",
    "low-medium": "Low–medium risk: one parameter scores 3 — urgent review",
    "medium": "Medium risk — urgent response",
    "high": "High risk — emergency response",
}
SIGN_NOTE = (
    "Readings only ever raise the level: a calm NEWS2 never lowers a level given for a "
    "presenting sign (e.g. chest pain)."
)


def chip_style(info: ScaleLevelInfo | None) -> str:
    fill, ink = (info.colour, info.text_colour) if info else ("#CBD2D9", "#1F2933")
    return f"background: {fill}; color: {ink}; border-radius: 5px; padding: 4px 10px; font-weight: 600;"


def parts_html(parts: Mapping[str, int], values: Mapping[str, str]) -> str:
    """One line a NEWS2 part ('Pulse 135 → 3'), a part scoring 3 or more in bold."""
    lines = []
    for key, score in parts.items():
        text = f"{PART_NAMES.get(key, key)} {html.escape(values.get(key, ''))} → {score}"
        lines.append(f"<b>{text}</b>" if score >= 3 else text)
    return "<br>".join(lines)


class News2Panel:
    def __init__(self, ui: QWidget, scale: Mapping[str, ScaleLevelInfo]) -> None:
        self.scale = scale
        self.news2 = find(ui, QLabel, "news2Label")
        self.risk = find(ui, QLabel, "riskLabel")
        self.parts = find(ui, QLabel, "partsLabel")
        self.suggested = find(ui, QLabel, "suggestedLabel")
        self.reasons = find(ui, QLabel, "reasonsLabel")
        find(ui, QLabel, "signNoteLabel").setText(SIGN_NOTE)

    def show(
        self,
        a: TriageAssessment,
        missing: list[str],
        values: Mapping[str, str],
        *,
        age_unknown: bool,
    ) -> None:
        """``missing``: the NEWS2 readings not entered; ``values``: each part's reading as typed."""
        if a.chart != "NEWS2":  # a child, or pregnancy: the age-banded / obstetric thresholds
            self.news2.setText("NEWS2 does not apply")
            self.risk.setText(a.chart_note or "")
            self.parts.setText("")
        elif a.news2_score is None:
            self.news2.setText("NEWS2: enter all seven parameters")
            self.risk.setText(
                f"Missing: {', '.join(missing)}" if missing else "Correct the readings marked in red."
            )
            self.parts.setText("")
        else:
            self.news2.setText(f"NEWS2 {a.news2_score}")
            self.risk.setText(RISK_TEXT.get(a.news2_risk or "", a.news2_risk or ""))
            self.parts.setText(parts_html(a.news2_parts, values))
        if a.chart == "NEWS2" and age_unknown:
            self.risk.setText(
                f"{self.risk.text()}\nAge not recorded: scored as an adult (NEWS2 is for 16 and over)."
            )
        self.news2.setProperty("risk", a.news2_risk or "none")
        repolish(self.news2)
        info = self.scale.get(a.suggested_level)
        self.suggested.setText(f"{info.icon} {info.label}" if info else a.suggested_level)
        self.suggested.setStyleSheet(chip_style(info))
        reasons = a.reasons or ["nothing urgent found in the complaint or vitals: standard"]
        self.reasons.setText("\n".join(f"• {r.replace(' -> ', ' → ')}" for r in reasons))
