"""The consultation window's summary panel: the patient's last vitals, diagnoses, prescriptions and
visits as HTML for a QTextBrowser. Its words are in the "PatientSummaryPanel" context of the translation."""

from __future__ import annotations

import datetime as dt
import html
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from hms_desktop.gui.i18n import service_text
from hms_desktop.gui.tabs.appointments.timefmt import local, named
from hms_desktop.services.consultation_types import PatientSummary


def vital_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return f"{value.normalize():f}"
    return str(value)


# (field, short name in English, unit): the name is said with _t(name)
VITAL_NAMES = (
    ("pulse", str(QT_TRANSLATE_NOOP("PatientSummaryPanel", "Pulse")), "/min"),
    ("systolic_bp", str(QT_TRANSLATE_NOOP("PatientSummaryPanel", "BP")), ""),
    ("temperature_c", str(QT_TRANSLATE_NOOP("PatientSummaryPanel", "Temp")), "°C"),
    ("spo2", str(QT_TRANSLATE_NOOP("PatientSummaryPanel", "SpO₂")), "%"),
    ("resp_rate", str(QT_TRANSLATE_NOOP("PatientSummaryPanel", "RR")), "/min"),
    ("weight_kg", str(QT_TRANSLATE_NOOP("PatientSummaryPanel", "Wt")), "kg"),
    ("glucose_mgdl", str(QT_TRANSLATE_NOOP("PatientSummaryPanel", "Glucose")), "mg/dL"),
    ("pain_score", str(QT_TRANSLATE_NOOP("PatientSummaryPanel", "Pain")), "/10"),
    ("news2_score", "NEWS2", ""),
)
# a visit's status when it is not completed
VISIT_STATUS = {"draft": str(QT_TRANSLATE_NOOP("PatientSummaryPanel", "draft"))}


DIM = '<span class="dim">{}</span>'  # notr: markup
DIM_P = '<p class="dim">{}</p>'  # notr: markup
H4 = "<h4>{}</h4>"


def _t(text: str) -> str:
    """``text`` (a literal marked in the "PatientSummaryPanel" context) in the desk's language."""
    return QCoreApplication.translate("PatientSummaryPanel", text)


def _day(when: dt.date | dt.datetime) -> str:
    return named(when, "dd MMM yyyy", "%d %b %Y")  # notr: date formats


def _vitals_line(values: dict[str, object]) -> str:
    parts = []
    for field, name, unit in VITAL_NAMES:
        value = values.get(field)
        if value is None:
            continue
        if field == "systolic_bp":
            dia = values.get("diastolic_bp")
            text = f"{vital_text(value)}/{vital_text(dia)}" if dia is not None else vital_text(value)
        else:
            text = vital_text(value)
        parts.append(f"{_t(name)} <b>{html.escape(text)}</b>{unit}")
    return " · ".join(parts)


def summary_html(s: PatientSummary, tz: dt.tzinfo, current_id: int | None) -> str:
    """The side panel: last vitals, past diagnoses, prescriptions and visits, newest first."""
    e = html.escape
    out = [
        "<style>h4 { margin: 8px 0 2px 0; color: #0f766e; } p, li { margin: 0; } "  # notr: CSS
        ".dim { color: #616e7c; } ul { margin: 0 0 0 -24px; }</style>"  # notr: CSS
    ]
    out.append(H4.format(e(QCoreApplication.translate("PatientSummaryPanel", "Last vitals"))))
    if s.last_vitals:
        when = ""
        if s.last_vitals_at:
            at = named(local(s.last_vitals_at, tz), "dd MMM HH:mm", "%d %b %H:%M")  # notr: date formats
            when = " " + DIM.format(f"({at})")
        out.append(f"<p>{_vitals_line(s.last_vitals)}{when}</p>")
    else:
        out.append(DIM_P.format(e(QCoreApplication.translate("PatientSummaryPanel", "None recorded."))))
    out.append(H4.format(e(QCoreApplication.translate("PatientSummaryPanel", "Past diagnoses"))))
    none = e(QCoreApplication.translate("PatientSummaryPanel", "None."))
    if s.diagnoses:
        items = []
        free_text = e(QCoreApplication.translate("PatientSummaryPanel", "(free text)"))
        for d in s.diagnoses:
            day = DIM.format(_day(d.on)) + " " if d.on else ""
            code = f"<b>{e(d.icd10_code)}</b> " if d.icd10_code else ""
            flag = " " + DIM.format(free_text) if d.is_free_text else ""
            items.append(f"<li>{day}{code}{e(d.description)}{flag}</li>")
        out.append(f"<ul>{''.join(items)}</ul>")
    else:
        out.append(DIM_P.format(none))
    out.append(H4.format(e(QCoreApplication.translate("PatientSummaryPanel", "Prescriptions"))))
    shown = [p for p in s.prescriptions if not p.superseded]
    if shown:
        for p in shown[:5]:
            head = f"<p>{DIM.format(_day(local(p.issued_at, tz)))} {e(p.doctor_name)}"
            out.append(f"{head} {DIM.format(e(p.verify_code))}</p>")
            lines = "".join(
                f"<li>{e(ln.generic_name)} {e(ln.strength or '')} {e(ln.frequency or '')}"
                f"{f' × {ln.duration_days} d' if ln.duration_days else ''}</li>"
                for ln in p.lines
            )
            out.append(f"<ul>{lines}</ul>")
    else:
        out.append(DIM_P.format(none))
    out.append(H4.format(e(QCoreApplication.translate("PatientSummaryPanel", "Visits"))))
    visits = [v for v in s.visits if v.consultation_id != current_id]
    if visits:
        items = [
            f"<li>{DIM.format(_day(local(v.started_at, tz)))} {e(v.doctor_name)}"
            f"{' — ' + e(v.chief_complaint) if v.chief_complaint else ''}"
            f"{'' if v.status == 'completed' else ' <i>(' + e(_visit_status(v.status)) + ')</i>'}</li>"
            for v in visits[:10]
        ]
        out.append(f"<ul>{''.join(items)}</ul>")
    else:
        out.append(DIM_P.format(e(QCoreApplication.translate("PatientSummaryPanel", "First visit."))))
    return "".join(out)


def _visit_status(status: str) -> str:
    return _t(VISIT_STATUS[status]) if status in VISIT_STATUS else service_text(status)
