"""A patient's age as the desk writes it (a pure rule: the Patients list, the consultation and the
printed prescription all show it the same way)."""

from __future__ import annotations

import datetime as dt


def age_text(dob: dt.date | None, today: dt.date) -> str:
    """'34 y', '8 m' or '12 d' (whole years, else months, else days); '' when unknown."""
    if dob is None or dob > today:
        return ""
    months = (today.year - dob.year) * 12 + today.month - dob.month - (1 if today.day < dob.day else 0)
    if months >= 12:
        return f"{months // 12} y"
    if months >= 1:
        return f"{months} m"
    return f"{(today - dob).days} d"
