"""The triage form's right side: the live NEWS2 with its risk and parts, the suggested level and why.

It shows one :class:`TriageAssessment` (from :func:`hms_desktop.services.triage.assess`); a child or
a pregnancy says that NEWS2 does not apply, with the chart used instead.
"""

from __future__ import annotations

import html
from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from hms_desktop.gui.forms import find, repolish
from hms_desktop.gui.i18n import service_text
from hms_desktop.services.queue_types import ScaleLevelInfo, TriageAssessment

PART_NAMES = {
    "resp_rate": QT_TRANSLATE_NOOP("News2Panel", "Respiration"),
    "spo2": "SpO2",
    "air_or_oxygen": QT_TRANSLATE_NOOP("News2Panel", "Air or oxygen"),
    "systolic_bp": QT_TRANSLATE_NOOP("News2Panel", "Systolic BP"),
    "pulse": QT_TRANSLATE_NOOP("News2Panel", "Pulse"),
    "consciousness": QT_TRANSLATE_NOOP("News2Panel", "Consciousness"),
    "temperature": QT_TRANSLATE_NOOP("News2Panel", "Temperature"),
}
RISK_TEXT = {
    "low": QT_TRANSLATE_NOOP("News2Panel", "Low clinical risk"),
    "low-medium": QT_TRANSLATE_NOOP("News2Panel", "Low–medium risk: one parameter scores 3 — urgent review"),
    "medium": QT_TRANSLATE_NOOP("News2Panel", "Medium risk — urgent response"),
    "high": QT_TRANSLATE_NOOP("News2Panel", "High risk — emergency response"),
}
SIGN_NOTE = QT_TRANSLATE_NOOP(
    "News2Panel",
    "Readings only ever raise the level: a calm NEWS2 never lowers a level given for a "
    "presenting sign (e.g. chest pain).",
)
# the level a reason leads to ("pain 8/10 -> orange"): the colour's name
COLOUR_WORDS = {
    "red": QT_TRANSLATE_NOOP("News2Panel", "red"),
    "orange": QT_TRANSLATE_NOOP("News2Panel", "orange"),
    "yellow": QT_TRANSLATE_NOOP("News2Panel", "yellow"),
    "green": QT_TRANSLATE_NOOP("News2Panel", "green"),
    "blue": QT_TRANSLATE_NOOP("News2Panel", "blue"),
}


def _tr(text: object) -> str:
    """A text marked above in the News2Panel context, in the desk's language."""
    return QCoreApplication.translate("News2Panel", str(text))


def chip_style(info: ScaleLevelInfo | None) -> str:
    fill, ink = (info.colour, info.text_colour) if info else ("#CBD2D9", "#1F2933")
    return (
        f"background: {fill}; color: {ink}; "  # notr: a style sheet
        "border-radius: 5px; padding: 4px 10px; font-weight: 600;"
    )


def parts_html(parts: Mapping[str, int], values: Mapping[str, str]) -> str:
    """One line a NEWS2 part ('Pulse 135 → 3'), a part scoring 3 or more in bold."""
    lines = []
    for key, score in parts.items():
        name = _tr(PART_NAMES[key]) if key in PART_NAMES else key
        text = f"{html.escape(name)} {html.escape(values.get(key, ''))} → {score}"
        lines.append(f"<b>{text}</b>" if score >= 3 else text)
    return "<br>".join(lines)


def reason_text(reason: str) -> str:
    """One reason for the suggestion ('pain 8/10 -> orange') in the desk's language: the service's
    words translated where the services know them, the level's colour named, an arrow for '->'."""
    why, arrow, level = reason.partition(" -> ")
    if not arrow:
        return service_text(reason)
    colour = _tr(COLOUR_WORDS[level]) if level in COLOUR_WORDS else level
    return f"{service_text(why)} → {colour}"


class News2Panel:
    def __init__(self, ui: QWidget, scale: Mapping[str, ScaleLevelInfo]) -> None:
        self.scale = scale
        self.news2 = find(ui, QLabel, "news2Label")
        self.risk = find(ui, QLabel, "riskLabel")
        self.parts = find(ui, QLabel, "partsLabel")
        self.suggested = find(ui, QLabel, "suggestedLabel")
        self.reasons = find(ui, QLabel, "reasonsLabel")
        find(ui, QLabel, "signNoteLabel").setText(_tr(SIGN_NOTE))

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
            self.news2.setText(QCoreApplication.translate("News2Panel", "NEWS2 does not apply"))
            self.risk.setText(service_text(a.chart_note or ""))
            self.parts.setText("")
        elif a.news2_score is None:
            self.news2.setText(QCoreApplication.translate("News2Panel", "NEWS2: enter all seven parameters"))
            if missing:
                self.risk.setText(
                    QCoreApplication.translate("News2Panel", "Missing: {readings}").format(
                        readings=", ".join(missing)
                    )
                )
            else:
                self.risk.setText(
                    QCoreApplication.translate("News2Panel", "Correct the readings marked in red.")
                )
            self.parts.setText("")
        else:
            self.news2.setText(f"NEWS2 {a.news2_score}")
            risk = a.news2_risk or ""
            self.risk.setText(_tr(RISK_TEXT[risk]) if risk in RISK_TEXT else service_text(risk))
            self.parts.setText(parts_html(a.news2_parts, values))
        if a.chart == "NEWS2" and age_unknown:
            note = QCoreApplication.translate(
                "News2Panel", "Age not recorded: scored as an adult (NEWS2 is for 16 and over)."
            )
            self.risk.setText(f"{self.risk.text()}\n{note}")
        self.news2.setProperty("risk", a.news2_risk or "none")
        repolish(self.news2)
        info = self.scale.get(a.suggested_level)
        self.suggested.setText(f"{info.icon} {service_text(info.label)}" if info else a.suggested_level)
        self.suggested.setStyleSheet(chip_style(info))
        if a.reasons:
            reasons = [reason_text(r) for r in a.reasons]
        else:
            reasons = [
                QCoreApplication.translate(
                    "News2Panel", "nothing urgent found in the complaint or vitals: standard"
                )
            ]
        self.reasons.setText("\n".join(f"• {r}" for r in reasons))
