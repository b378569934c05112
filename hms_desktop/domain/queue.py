"""Queue rules: the triage scale and its target times, queue order, and which doctor to suggest."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence
from enum import StrEnum

from hms_desktop.domain.validation import text_problem

LEVELS = ("red", "orange", "yellow", "green", "blue")
EMERGENCY = frozenset({"red", "orange"})
UNTRIAGED_AS = "green"  # an untriaged patient waits as 'standard' until the nurse has seen them

COLOURS = {  # level -> (fill, text): yellow needs dark text to stay readable
    "red": ("#D32F2F", "#FFFFFF"),
    "orange": ("#F57C00", "#1A1A1A"),  # white on this orange is only 2.9:1
    "yellow": ("#FBC02D", "#1A1A1A"),
    "green": ("#388E3C", "#FFFFFF"),
    "blue": ("#1976D2", "#FFFFFF"),
}
ICONS = {"red": "■", "orange": "▲", "yellow": "●", "green": "◆", "blue": "▼"}


@dataclasses.dataclass(frozen=True)
class ScaleLevel:
    level: str
    label: str
    target_min: int


# Presets an admin can start from (DOMAIN.md section 4); labels and times stay editable.
SCALE_PRESETS: dict[str, tuple[ScaleLevel, ...]] = {
    "Manchester": (
        ScaleLevel("red", "Immediate", 0),
        ScaleLevel("orange", "Very urgent", 10),
        ScaleLevel("yellow", "Urgent", 60),
        ScaleLevel("green", "Standard", 120),
        ScaleLevel("blue", "Non-urgent", 240),
    ),
    "CTAS": (
        ScaleLevel("red", "Resuscitation", 0),
        ScaleLevel("orange", "Emergent", 15),
        ScaleLevel("yellow", "Urgent", 30),
        ScaleLevel("green", "Less urgent", 60),
        ScaleLevel("blue", "Non-urgent", 120),
    ),
    "South African (SATS)": (
        ScaleLevel("red", "Emergency", 0),
        ScaleLevel("orange", "Very urgent", 10),
        ScaleLevel("yellow", "Urgent", 60),
        ScaleLevel("green", "Routine", 240),
        ScaleLevel("blue", "Dead / non-urgent", 240),
    ),
    "Four-level (Critical/High/Moderate/Low)": (
        ScaleLevel("red", "Critical", 0),
        ScaleLevel("orange", "High", 10),
        ScaleLevel("yellow", "Moderate", 60),
        ScaleLevel("green", "Low", 120),
        ScaleLevel("blue", "Low (follow-up)", 240),
    ),
}
DEFAULT_SCALE = SCALE_PRESETS["Manchester"]


def validate_scale(levels: Sequence[ScaleLevel]) -> dict[str, str]:
    """Errors keyed by level: all five colours, a label each, targets not decreasing with urgency."""
    errors: dict[str, str] = {}
    # a level that is no text (None, a number) cannot be sorted with the colour names
    names = [lv.level if isinstance(lv.level, str) else "" for lv in levels]
    if sorted(names) != sorted(LEVELS):
        return {"scale": "The scale needs exactly the five colours red, orange, yellow, green and blue."}
    ordered = sorted(levels, key=lambda lv: LEVELS.index(lv.level))
    previous = 0
    for lv in ordered:
        label = lv.label.strip() if isinstance(lv.label, str) else lv.label
        target = lv.target_min
        # the target is an int: not a bool, text, float or Decimal (sNaN cannot even be compared)
        whole = isinstance(target, int) and not isinstance(target, bool)
        if label is None or label == "":
            errors[lv.level] = "Give this level a name."
        elif (problem := text_problem(label, 40)) is not None:
            errors[lv.level] = problem
        elif not whole or not 0 <= target <= 24 * 60:
            errors[lv.level] = "The target must be a whole number of minutes from 0 to 1440."
        elif target < previous:
            errors[lv.level] = "A less urgent level cannot have a shorter target time."
        if whole:
            previous = max(previous, target)
    return errors


def target_minutes(level: str | None, scale: Iterable[ScaleLevel]) -> int:
    wanted = level or UNTRIAGED_AS
    for lv in scale:
        if lv.level == wanted:
            return lv.target_min
    raise KeyError(wanted)


def sort_key(
    level: str | None, arrived_at: dt.datetime, target_min: int, now: dt.datetime, entry_id: int = 0
) -> tuple[int, float, dt.datetime, int]:
    """Order of the queue: level, then how far past its target time (most overdue first), then arrival."""
    overdue = (now - (arrived_at + dt.timedelta(minutes=target_min))).total_seconds()
    return (LEVELS.index(level or UNTRIAGED_AS), -overdue, arrived_at, entry_id)


@dataclasses.dataclass(frozen=True)
class Waiting:
    """A waiting patient as the call order sees them."""

    entry_id: int
    triage_level: str | None
    arrived_at: dt.datetime
    doctor_id: int | None
    department_id: int | None


def may_call(w: Waiting, doctor_id: int, department_id: int | None) -> bool:
    """Whom a doctor's Call next may take: their own list; unassigned patients of their department
    (or of none); an unassigned orange from anywhere; any red (immediate: the first doctor free)."""
    if w.triage_level == "red" or w.doctor_id == doctor_id:
        return True
    if w.doctor_id is not None:
        return False
    return w.department_id is None or w.department_id == department_id or w.triage_level in EMERGENCY


def call_order(
    waiting: Iterable[Waiting],
    targets: dict[str, int],
    now: dt.datetime,
    doctor_id: int | None = None,
    department_id: int | None = None,
    *,
    presorted: bool = False,
) -> list[int]:
    """The entry ids in the order Call next takes them for ``doctor_id`` (None: the clinic's order of
    everyone waiting). The queue's "#" numbers are places in this list, so the number a screen shows
    is the order the doctor's next call follows. ``presorted``: ``waiting`` is already in
    :func:`sort_key` order (the snapshot's sorted rows), so choosing keeps it and nothing is sorted
    twice."""
    chosen = [w for w in waiting if doctor_id is None or may_call(w, doctor_id, department_id)]
    if presorted:
        return [w.entry_id for w in chosen]
    chosen.sort(
        key=lambda w: sort_key(
            w.triage_level, w.arrived_at, targets[w.triage_level or UNTRIAGED_AS], now, w.entry_id
        )
    )
    return [w.entry_id for w in chosen]


class StillCalled(StrEnum):
    """What the doctor chose when Call next finds their previous patient still called (one called
    patient per doctor at a time)."""

    CALL_AGAIN = "call_again"  # announce the same patient again
    NOT_ANSWERED = "not_answered"  # back to waiting, keeping their place; call the next one
    CALL_NEXT_ANYWAY = "call_next_anyway"  # both stay called (recorded in the audit trail)


def still_called_blocks(called_ids: Sequence[int], choice: StillCalled | None) -> bool:
    """Call next must ask first: the doctor has a patient called and has not chosen what to do."""
    return bool(called_ids) and choice is None


def is_emergency(level: str | None) -> bool:
    return level in EMERGENCY


@dataclasses.dataclass(frozen=True)
class DoctorLoad:
    """A doctor as auto-assignment sees them right now."""

    doctor_id: int
    specialisation: str
    on_duty: bool  # inside a schedule session now and not on leave
    registration_valid: bool
    waiting: int  # assigned and not yet seen (waiting or called)
    seen_today: int  # in consultation or done today
    daily_cap: int
    booked: int = 0  # today's appointments not yet checked in: they count against the cap
    department_id: int | None = None

    @property
    def load(self) -> int:
        return self.waiting + self.seen_today + self.booked


def specialisation_matches(wanted: str | None, specialisation: str) -> bool:
    """'Cardiologist' matches 'Cardiologist' and 'Orthopaedic' matches 'Orthopaedic Surgeon'."""
    if not wanted:
        return False
    a, b = wanted.strip().lower(), specialisation.strip().lower()
    return bool(a) and (a in b or b in a)


# Paediatric age: up to 18 years (Indian Academy of Pediatrics, "Age limit of pediatrics", Indian
# Pediatrics 1999;36:1255, reaffirmed by the IAP). NEWS2 starts at 16 (domain.triage): a 16-17-year-old
# is scored as an adult yet may still see a paediatrician.
PAEDIATRIC_UNTIL = 18

_CHILD_ONLY = ("paediatric", "pediatric", "neonat", "child")
_ALL_AGES = ("family", "general practi", "general duty", "medical officer", "gp")
# Specialities that treat adults only (internal medicine and its sub-specialities, obstetrics). ENT,
# skin, eyes, orthopaedics, surgery, dentistry and family practice see children too.
_ADULT_ONLY = (
    "physician", "internal medicine", "general medicine", "cardiolog", "gynaecolog", "gynecolog",
    "obstetric", "geriatric", "diabetolog", "endocrinolog", "pulmonolog", "chest physician",
    "nephrolog", "gastroenterolog", "hepatolog", "rheumatolog", "oncolog", "urolog", "androlog",
)  # fmt: skip
_OBSTETRIC = ("gynaecolog", "gynecolog", "obstetric")


def patient_ages(specialisation: str) -> str:
    """Whom a specialisation treats: 'child' (paediatrics), 'adult' (internal medicine, obstetrics,
    cardiology ...) or 'all' (general practice, family medicine, ENT, skin, surgery ...)."""
    spec = specialisation.strip().lower()
    words = spec.split()
    if any(w in spec for w in _CHILD_ONLY):
        return "child"
    if any(w in spec for w in _ALL_AGES if len(w) > 2) or "gp" in words:
        return "all"
    if any(w in spec for w in _ADULT_ONLY):
        return "adult"
    return "all"


def age_mismatch(specialisation: str, age_years: float | None, pregnant: bool = False) -> bool:
    """A paediatrician for an adult, or an adults-only specialist for a child (an obstetrician for a
    pregnant girl is not a mismatch). Unknown age: no mismatch."""
    if age_years is None:
        return False
    ages = patient_ages(specialisation)
    if age_years >= PAEDIATRIC_UNTIL:
        return ages == "child"
    if ages != "adult":
        return False
    return not (pregnant and any(w in specialisation.lower() for w in _OBSTETRIC))


def rank_doctors(
    doctors: Iterable[DoctorLoad],
    wanted_specialisation: str | None,
    wanted_department_id: int | None = None,
    *,
    age_years: float | None = None,
    pregnant: bool = False,
) -> list[DoctorLoad]:
    """Eligible doctors, best first: on duty, registration valid, under the daily cap; then a doctor
    who treats the patient's age group (never a paediatrician first for an adult, nor an adults-only
    specialist first for a child, while anyone else is on duty), a specialisation match, for a child
    a paediatrician, the visit's department, fewest waiting, fewest seen today."""
    eligible = [d for d in doctors if d.on_duty and d.registration_valid and d.load < d.daily_cap]
    child = age_years is not None and age_years < PAEDIATRIC_UNTIL
    return sorted(
        eligible,
        key=lambda d: (
            age_mismatch(d.specialisation, age_years, pregnant),
            not specialisation_matches(wanted_specialisation, d.specialisation),
            child and patient_ages(d.specialisation) != "child",
            wanted_department_id is not None and d.department_id != wanted_department_id,
            d.waiting,
            d.seen_today,
            d.doctor_id,
        ),
    )


def token_label(series: str, token_no: int) -> str:
    """'12' with one series for the whole clinic, 'GM-12' with a series per department."""
    return str(token_no) if series == "ALL" else f"{series}-{token_no}"


def initials(first_name: str, last_name: str | None) -> str:
    """'R. K.' for the waiting-room screen and the slip: never the full name."""
    parts = [p for p in (first_name, last_name or "") if p.strip()]
    return " ".join(f"{p.strip()[0].upper()}." for p in parts)
