"""The words on a prescription as plain text: the drug's title and directions (frequency codes
expanded for the patient), the registration, the verification line and what the QR code carries."""

from __future__ import annotations

import datetime as dt
import re

from hms_desktop.domain.documents import PrescriptionDoc, PrescriptionLineDoc
from hms_desktop.reports.common import date_text, quantity_text

# Frequency codes, expanded in brackets for the patient (the code itself stays for the pharmacist).
FREQUENCIES = {
    "OD": "once a day",
    "QD": "once a day",
    "BD": "twice a day",
    "BID": "twice a day",
    "TDS": "three times a day",
    "TID": "three times a day",
    "QID": "four times a day",
    "QDS": "four times a day",
    "HS": "at bedtime",
    "QHS": "at bedtime",
    "SOS": "when needed",
    "PRN": "when needed",
    "STAT": "immediately, once",
    "AC": "before food",
    "PC": "after food",
}
_DAY_PARTS = {3: ("morning", "afternoon", "night"), 4: ("morning", "afternoon", "evening", "night")}
_DOSE_PART = re.compile(r"^(\d+(\.\d+)?|½|¼|¾|1½)$")


def issued_text(at: dt.datetime) -> str:
    """'23 Nov 2026, 10:42' in the zone ``at`` carries (the clinic's)."""
    return f"{date_text(at)}, {at:%H:%M}"


def follow_up_text(day: dt.date) -> str:
    return f"Review on {date_text(day)} ({day:%A})"


def frequency_text(frequency: str | None, sos_min_hours: int | None) -> str | None:
    """'TDS (three times a day)', 'SOS (when needed, not more often than every 6 hours)', '1-0-1 (...)'."""
    code = (frequency or "").strip()
    meaning = FREQUENCIES.get(code.upper().replace(".", ""))
    if meaning is None and code:
        meaning = _day_parts(code)
    notes = [meaning] if meaning else []
    if sos_min_hours is not None and sos_min_hours > 0:
        every = "every hour" if sos_min_hours == 1 else f"every {sos_min_hours} hours"
        if not code:
            code, notes = "SOS", ["when needed"]
        notes.append(f"not more often than {every}")
    if not code:
        return None
    return f"{code} ({', '.join(notes)})" if notes else code


def _day_parts(code: str) -> str | None:
    """'1-0-1' -> '1 morning, 1 night' (the Indian morning-afternoon-night notation)."""
    parts = [p.strip() for p in code.split("-")]
    names = _DAY_PARTS.get(len(parts))
    if names is None or not all(_DOSE_PART.match(p) for p in parts):
        return None
    taken = [f"{p} {name}" for p, name in zip(parts, names, strict=True) if p not in ("0", "0.0")]
    return ", ".join(taken) or None


def drug_title(line: PrescriptionLineDoc) -> str:
    """'PARACETAMOL 500 mg tablet' as plain text (the PDF sets the generic name in bold)."""
    parts = [line.generic_name.strip().upper(), *present(line.strength, line.dosage_form)]
    return " ".join(parts)


def drug_directions(line: PrescriptionLineDoc) -> str:
    """'1 tablet · oral · TDS (three times a day) · for 5 days · Qty: 15 · after food'."""
    parts = present(line.dose, line.route, frequency_text(line.frequency, line.sos_min_hours))
    if line.duration_days is not None:
        parts.append(f"for {line.duration_days} day{'' if line.duration_days == 1 else 's'}")
    if line.quantity is not None:
        parts.append(f"Qty: {quantity_text(line.quantity)}")
    parts += present(line.instructions)
    return " · ".join(parts)


def registration_text(doc: PrescriptionDoc) -> str:
    council = (doc.doctor_reg_council or "").strip()
    return f"Reg. No. {doc.doctor_reg_number}" + (f" ({council})" if council else "")


def verification_text(doc: PrescriptionDoc) -> str:
    """'Verification code: ABCD-1234 · version 2 (amends WXYZ-5678)'."""
    text = f"Verification code: {doc.verify_code} · version {doc.version_no}"
    if doc.supersedes_code:
        text += f" (amends {doc.supersedes_code})"
    return text


def qr_payload(doc: PrescriptionDoc) -> str:
    """What the QR code carries: the code and the start of the content hash."""
    return f"HMS-RX:{doc.verify_code}:{doc.content_sha256[:16]}"


def present(*values: str | None) -> list[str]:
    """The values that say something, stripped (blank and missing ones left out)."""
    return [v.strip() for v in values if v and v.strip()]
