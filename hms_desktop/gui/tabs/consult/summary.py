"""The consultation window's summary panel: the patient's last vitals, diagnoses, prescriptions and
visits as HTML for a QTextBrowser."""

from __future__ import annotations

import datetime as dt
import html
from decimal import Decimal

from hms_desktop.gui.tabs.appointments.timefmt import local
from hms_desktop.services.consultation_types import PatientSummary


def vital_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return f"{value.normalize():f}"
    return str(value)


VITAL_NAMES = (
    ("pulse", "Pulse", "/min"),
    ("systolic_bp", "BP", ""),
    ("temperature_c", "Temp", "°C"),
    ("spo2", "SpO₂", "%"),
    ("resp_rate", "RR", "/min"),
    ("weight_kg", "Wt", "kg"),
    ("glucose_mgdl", "Glucose", "mg/dL"),
    ("pain_score", "Pain", "/10"),
    ("news2_score", "NEWS2", ""),
)


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
        parts.append(f"{name} <b>{html.escape(text)}</b>{unit}")
    return " · ".join(parts)


def summary_html(s: PatientSummary, tz: dt.tzinfo, current_id: int | None) -> str:
    """The side panel: last vitals, past diagnoses, prescriptions and visits, newest first."""
    e = html.escape
    out = [
        "<style>h4 { margin: 8px 0 2px 0; color: #0f766e; } p, li { margin: 0; } "
        ".dim { color: #616e7c; } ul { margin: 0 0 0 -24px; }</style>"
    ]
    out.append("<h4>Last vitals</h4>")
    if s.last_vitals:
        when = (
            f' <span class="dim">({local(s.last_vitals_at, tz):%d %b %H:%M})</span>'
            if s.last_vitals_at
            else ""
        )
        out.append(f"<p>{_vitals_line(s.last_vitals)}{when}</p>")
    else:
        out.append('<p class="dim">None recorded.</p>')
    out.append("<h4>Past diagnoses</h4>")
    if s.diagnoses:
        items = []
        for d in s.diagnoses:
            day = f'<span class="dim">{d.on:%d %b %Y}</span> ' if d.on else ""
            code = f"<b>{e(d.icd10_code)}</b> " if d.icd10_code else ""
            flag = ' <span class="dim">(free text)</span>' if d.is_free_text else ""
            items.append(f"<li>{day}{code}{e(d.description)}{flag}</li>")
        out.append(f"<ul>{''.join(items)}</ul>")
    else:
        out.append('<p class="dim">None.</p>')
    out.append("<h4>Prescriptions</h4>")
    shown = [p for p in s.prescriptions if not p.superseded]
    if shown:
        for p in shown[:5]:
            head = f'<p><span class="dim">{local(p.issued_at, tz):%d %b %Y}</span> {e(p.doctor_name)}'
            out.append(f'{head} <span class="dim">{e(p.verify_code)}</span></p>')
            lines = "".join(
                f"<li>{e(ln.generic_name)} {e(ln.strength or '')} {e(ln.frequency or '')}"
                f"{f' × {ln.duration_days} d' if ln.duration_days else ''}</li>"
                for ln in p.lines
            )
            out.append(f"<ul>{lines}</ul>")
    else:
        out.append('<p class="dim">None.</p>')
    out.append("<h4>Visits</h4>")
    visits = [v for v in s.visits if v.consultation_id != current_id]
    if visits:
        items = [
            f'<li><span class="dim">{local(v.started_at, tz):%d %b %Y}</span> {e(v.doctor_name)}'
            f"{' — ' + e(v.chief_complaint) if v.chief_complaint else ''}"
            f"{'' if v.status == 'completed' else ' <i>(' + e(v.status) + ')</i>'}</li>"
            for v in visits[:10]
        ]
        out.append(f"<ul>{''.join(items)}</ul>")
    else:
        out.append('<p class="dim">First visit.</p>')
    return "".join(out)
