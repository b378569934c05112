"""Data passed in and out of the queue and triage services: rows, snapshots, the display board, slips.

All instants are timezone-aware UTC ``datetime`` values; screens convert them to the clinic's zone.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from hms_desktop.domain.documents import TokenSlip as TokenSlip  # re-exported: the slip's data
from hms_desktop.domain.enums import QueueStatus
from hms_desktop.errors import ConfirmationNeeded

# queue_entry.status_note: a 'left' note or a transfer reason; the dialogs take at most this many
STATUS_NOTE_MAX = 300


@dataclasses.dataclass(frozen=True)
class ScaleLevelInfo:
    """One level of the clinic's five-colour triage scale (labels and target times are configurable)."""

    level: str  # 'red' | 'orange' | 'yellow' | 'green' | 'blue'
    label: str  # e.g. 'Immediate', 'Very urgent'
    target_min: int  # the longest a patient at this level should wait for a doctor
    colour: str  # '#rrggbb' to paint it with
    text_colour: str  # '#rrggbb' readable on ``colour``
    icon: str  # a short glyph shown next to the label, so the level never depends on colour alone


@dataclasses.dataclass(frozen=True)
class QueueRow:
    id: int
    token_label: str  # 'GM-12' with per-department series, '12' otherwise
    token_no: int
    token_series: str
    patient_id: int
    patient_name: str
    patient_mrn: str
    age_sex: str  # '34 F'
    department_id: int | None
    department_name: str | None
    doctor_id: int | None
    doctor_name: str | None
    room: str | None
    source: str  # 'walk_in' | 'appointment'
    status: str  # QueueStatus value
    chief_complaint: str | None
    triage_level: str | None  # None until triaged
    suggested_level: str | None
    override_reason: str | None
    news2_score: int | None
    arrived_at: dt.datetime
    called_at: dt.datetime | None
    target_min: int  # of the level (an untriaged patient counts as the standard level)
    due_at: dt.datetime  # arrived_at + target_min
    emergency: bool  # red or orange: shown in the emergency lane
    transferred_from: str | None  # 'token 7, Dr. X' when it came by transfer
    promoted: bool  # a walk-in given a freed appointment slot
    row_version: int

    @property
    def is_open(self) -> bool:
        return self.status in (QueueStatus.WAITING, QueueStatus.CALLED, QueueStatus.IN_CONSULT)

    def overdue_minutes(self, now: dt.datetime) -> float:
        """Minutes past the target time (negative while still within it)."""
        return (now - self.due_at).total_seconds() / 60


_ROW_FIELDS = tuple(f.name for f in dataclasses.fields(QueueRow))


def queue_row(*values: object) -> QueueRow:
    """``QueueRow(*values)`` made faster: the same frozen object, its fields set in one step. The
    frozen dataclass's ``__init__`` sets each of the 28 fields through ``object.__setattr__``,
    ~3 us a row, and a snapshot makes 500 rows every time any desk changes the queue (issue 18)."""
    row = object.__new__(QueueRow)
    row.__dict__.update(zip(_ROW_FIELDS, values, strict=True))
    return row


@dataclasses.dataclass(frozen=True)
class QueueSnapshot:
    """Today's queue as one desk sees it, already in order (emergency lane first, then the rest)."""

    rows: list[QueueRow]
    version: int  # the 'queue' change counter this snapshot was read at
    scale: list[ScaleLevelInfo]
    taken_at: dt.datetime
    # the waiting entry ids in the order Call next takes them (for the doctor asked for, else the
    # clinic's order): the "#" a screen shows is a place in this list (domain.queue.call_order)
    call_order: tuple[int, ...] = ()

    def place(self, entry_id: int) -> int | None:
        """The "#n" of a waiting patient in :attr:`call_order` (None: not on it)."""
        try:
            return self.call_order.index(entry_id) + 1
        except ValueError:
            return None

    @property
    def emergency(self) -> list[QueueRow]:
        return [r for r in self.rows if r.emergency and r.status in (QueueStatus.WAITING, QueueStatus.CALLED)]

    @property
    def regular(self) -> list[QueueRow]:
        lane = {r.id for r in self.emergency}
        return [r for r in self.rows if r.id not in lane]


@dataclasses.dataclass(frozen=True)
class TriageInput:
    """What the nurse records at triage. Vitals are optional one by one; NEWS2 needs all seven."""

    chief_complaint: str | None = None
    resp_rate: int | None = None
    spo2: int | None = None
    on_oxygen: bool = False
    hypercapnic: bool = False
    systolic_bp: int | None = None
    diastolic_bp: int | None = None
    pulse: int | None = None
    temperature_c: Decimal | float | None = None
    consciousness: str | None = None  # ACVPU
    pain_score: int | None = None
    glucose_mgdl: Decimal | float | None = None
    weight_kg: Decimal | float | None = None
    pregnant: bool = False
    age_years: float | None = None  # from the patient's date of birth: under 16, NEWS2 does not apply
    level: str | None = None  # the level chosen; None accepts the suggestion
    override_reason: str | None = None  # required when ``level`` differs from the suggestion
    confirmed: bool = False  # the nurse confirmed readings outside the plausible range


@dataclasses.dataclass(frozen=True)
class TriageAssessment:
    """The live result of a triage form: NEWS2 and the suggested level, with the reasons."""

    news2_score: int | None  # None while a NEWS2 parameter is missing
    news2_risk: str | None
    news2_parts: dict[str, int]
    suggested_level: str
    reasons: list[str]  # e.g. ['"chest pain" -> orange', 'NEWS2 7 (high) -> red']
    specialisation: str | None  # from the matching rule, for auto-assignment
    warnings: dict[str, str]  # field -> 'outside the usual range, confirm'
    errors: dict[str, str]  # field -> impossible value
    chart: str = "NEWS2"  # 'NEWS2' | 'paediatric' | 'obstetric': the early-warning rules applied
    chart_note: str | None = None  # 'NEWS2 does not apply (under 16): ...'


@dataclasses.dataclass(frozen=True)
class DoctorSuggestion:
    doctor_id: int
    doctor_name: str
    specialisation: str
    department_name: str
    room: str | None
    waiting: int
    seen_today: int
    daily_cap: int
    matches_specialisation: bool


@dataclasses.dataclass(frozen=True)
class DisplayCall:
    token_label: str
    initials: str  # 'R. K.': nothing more about the patient is shown in the waiting room
    room: str | None
    doctor_name: str | None
    level: str | None
    called_at: dt.datetime


@dataclasses.dataclass(frozen=True)
class DisplayBoard:
    """What the waiting-room screen shows: the latest calls and the tokens still waiting."""

    clinic_name: str
    calls: list[DisplayCall]  # most recent first, at most 8
    waiting_tokens: list[tuple[str, str | None]]  # (token label, level) in queue order, at most 30
    version: int
    taken_at: dt.datetime
    local_language: str | None = None  # the clinic's ('kn'): headings in it beside English


class StillCalledError(ConfirmationNeeded):
    """Call next while this doctor's previous patient is still called: the doctor chooses
    (``domain.queue.StillCalled``) and calls again with the choice."""

    def __init__(self, entry_id: int, token: str, room: str | None) -> None:
        self.entry_id, self.token, self.room = entry_id, token, room
        where = f" to {room}" if room else ""
        super().__init__(
            {
                "status": f"Token {token} is still called{where} and has not come in: call them again, "
                "mark them not answered, or call the next patient anyway."
            }
        )
