"""NEWS2 (Royal College of Physicians, 2017): per-parameter scores, total and clinical risk band.

Adults, not in pregnancy. SpO2 scale 2 is for confirmed hypercapnic respiratory failure only.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
from decimal import ROUND_HALF_UP, Decimal

from hms_desktop.domain.queue import LEVELS

CONSCIOUSNESS = ("A", "C", "V", "P", "U")


@dataclasses.dataclass(frozen=True)
class Vitals:
    resp_rate: int
    spo2: int
    on_oxygen: bool
    systolic_bp: int
    pulse: int
    consciousness: str
    temperature_c: float
    hypercapnic: bool = False
    diastolic_bp: int | None = None
    pain_score: int | None = None
    glucose_mgdl: float | None = None
    weight_kg: float | None = None
    pregnant: bool = False

    def __post_init__(self) -> None:
        if self.consciousness not in CONSCIOUSNESS:
            raise ValueError(f"consciousness must be one of {', '.join(CONSCIOUSNESS)} (ACVPU)")


def _resp(rr: int) -> int:
    if rr <= 8:
        return 3
    if rr <= 11:
        return 1
    if rr <= 20:
        return 0
    if rr <= 24:
        return 2
    return 3


def _spo2_scale1(spo2: int) -> int:
    if spo2 <= 91:
        return 3
    if spo2 <= 93:
        return 2
    if spo2 <= 95:
        return 1
    return 0


def _spo2_scale2(spo2: int, on_oxygen: bool) -> int:
    if spo2 <= 83:
        return 3
    if spo2 <= 85:
        return 2
    if spo2 <= 87:
        return 1
    if spo2 <= 92 or not on_oxygen:
        return 0
    if spo2 <= 94:
        return 1
    if spo2 <= 96:
        return 2
    return 3


def _systolic(sbp: int) -> int:
    if sbp <= 90:
        return 3
    if sbp <= 100:
        return 2
    if sbp <= 110:
        return 1
    if sbp <= 219:
        return 0
    return 3


def _pulse(hr: int) -> int:
    if hr <= 40:
        return 3
    if hr <= 50:
        return 1
    if hr <= 90:
        return 0
    if hr <= 110:
        return 1
    if hr <= 130:
        return 2
    return 3


def _temperature(t: float) -> int:
    # the chart is in tenths of a degree; round a reading like 38.04 to the chart's resolution
    tenths = Decimal(str(t)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    if tenths <= Decimal("35.0"):
        return 3
    if tenths <= Decimal("36.0"):
        return 1
    if tenths <= Decimal("38.0"):
        return 0
    if tenths <= Decimal("39.0"):
        return 1
    return 2


def news2_components(vitals: Vitals) -> dict[str, int]:
    """The score of each parameter, keyed by name, in chart order."""
    spo2 = _spo2_scale2(vitals.spo2, vitals.on_oxygen) if vitals.hypercapnic else _spo2_scale1(vitals.spo2)
    return {
        "resp_rate": _resp(vitals.resp_rate),
        "spo2": spo2,
        "air_or_oxygen": 2 if vitals.on_oxygen else 0,
        "systolic_bp": _systolic(vitals.systolic_bp),
        "pulse": _pulse(vitals.pulse),
        "consciousness": 0 if vitals.consciousness == "A" else 3,
        "temperature": _temperature(vitals.temperature_c),
    }


def news2_score(vitals: Vitals) -> int:
    return sum(news2_components(vitals).values())


def news2_risk(vitals: Vitals) -> str:
    """'low' (0-4), 'low-medium' (a single parameter scoring 3), 'medium' (5-6), 'high' (7+)."""
    parts = news2_components(vitals)
    total = sum(parts.values())
    if total >= 7:
        return "high"
    if total >= 5:
        return "medium"
    if 3 in parts.values():
        return "low-medium"
    return "low"


# --- plausible ranges ------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class VitalRange:
    """A reading outside ``possible`` is refused; outside ``usual`` it is kept once the nurse confirms."""

    label: str
    unit: str
    possible: tuple[float, float]
    usual: tuple[float, float]


VITAL_RANGES: dict[str, VitalRange] = {
    "resp_rate": VitalRange("Respiration rate", "/min", (0, 80), (8, 40)),
    "spo2": VitalRange("SpO2", "%", (30, 100), (80, 100)),
    "systolic_bp": VitalRange("Systolic BP", "mmHg", (30, 300), (70, 220)),
    "diastolic_bp": VitalRange("Diastolic BP", "mmHg", (10, 200), (40, 130)),
    "pulse": VitalRange("Pulse", "/min", (20, 250), (40, 160)),
    "temperature_c": VitalRange("Temperature", "°C", (25, 45), (34, 41)),
    "pain_score": VitalRange("Pain", "/10", (0, 10), (0, 10)),
    "glucose_mgdl": VitalRange("Glucose", "mg/dL", (10, 1500), (50, 400)),
    "weight_kg": VitalRange("Weight", "kg", (0.3, 400), (2, 180)),
}


def _num(value: float) -> str:
    return f"{value:g}"


def check_vitals(values: Mapping[str, float | int | Decimal | None]) -> tuple[dict[str, str], dict[str, str]]:
    """(errors, warnings) for the readings given; missing readings are neither."""
    errors: dict[str, str] = {}
    warnings: dict[str, str] = {}
    for name, spec in VITAL_RANGES.items():
        raw = values.get(name)
        if raw is None:
            continue
        v = float(raw)
        lo, hi = spec.possible
        if not lo <= v <= hi:
            errors[name] = f"{spec.label} must be between {_num(lo)} and {_num(hi)} {spec.unit}."
            continue
        ulo, uhi = spec.usual
        if not ulo <= v <= uhi:
            warnings[name] = (
                f"{spec.label} {_num(v)} {spec.unit} is outside the usual {_num(ulo)}–{_num(uhi)}: "
                "check the reading and confirm."
            )
    sbp, dbp = values.get("systolic_bp"), values.get("diastolic_bp")
    if sbp is not None and dbp is not None and float(dbp) >= float(sbp) and "diastolic_bp" not in errors:
        errors["diastolic_bp"] = "Diastolic BP must be lower than systolic BP."
    return errors, warnings


# --- suggested level -------------------------------------------------------------------------------

DEFAULT_LEVEL = "green"


@dataclasses.dataclass(frozen=True)
class Discriminator:
    """A row of the admin-editable rule table: a presenting sign and the least urgent level it allows."""

    keyword: str
    min_level: str
    specialisation: str | None = None


@dataclasses.dataclass(frozen=True)
class LevelSuggestion:
    level: str
    reasons: list[str]
    specialisation: str | None


def more_urgent(a: str, b: str) -> str:
    return a if LEVELS.index(a) <= LEVELS.index(b) else b


def _words(text: str) -> str:
    return " " + " ".join(re.findall(r"[a-z0-9]+", text.lower())) + " "


def news2_level(score: int, risk: str) -> str | None:
    """The level NEWS2 alone asks for: high -> red, medium -> orange, a single 3 -> yellow."""
    if risk == "high":
        return "red"
    if risk == "medium":
        return "orange"
    if risk == "low-medium":
        return "yellow"
    return None


def suggest_level(
    complaint: str | None,
    rules: Sequence[Discriminator],
    *,
    pain_score: int | None = None,
    vitals: Vitals | None = None,
    consciousness: str | None = None,
    spo2: int | None = None,
) -> LevelSuggestion:
    """The level the signs ask for: the most urgent of every matching rule, pain and NEWS2.

    The most urgent matching sign sets the level (with none, 'green', standard); pain and vitals
    only ever raise it, never lower it. Partial vitals still count where a single reading is
    alarming on its own (unresponsive, SpO2 at or below 91 %), since NEWS2 cannot be scored yet.
    """
    matched: str | None = None
    reasons: list[str] = []
    specialisation: str | None = None
    spec_rank = len(LEVELS)
    text = _words(complaint or "")
    for rule in rules:
        key = _words(rule.keyword).strip()
        if not key or f" {key}" not in text:  # a keyword matches at the start of a word: seizure(s)
            continue
        reasons.append(f'"{rule.keyword}" -> {rule.min_level}')
        matched = rule.min_level if matched is None else more_urgent(matched, rule.min_level)
        if rule.specialisation and LEVELS.index(rule.min_level) < spec_rank:
            specialisation, spec_rank = rule.specialisation, LEVELS.index(rule.min_level)
    # the signs set the level (a 'blue' sign like a prescription refill may lower the default)
    level = matched or DEFAULT_LEVEL
    if pain_score is not None and pain_score >= 8:
        reasons.append(f"pain {pain_score}/10 -> orange")
        level = more_urgent(level, "orange")
    elif pain_score is not None and pain_score >= 5:
        reasons.append(f"pain {pain_score}/10 -> yellow")
        level = more_urgent(level, "yellow")
    if vitals is not None:
        score, risk = news2_score(vitals), news2_risk(vitals)
        raised = news2_level(score, risk)
        if raised is not None:
            reasons.append(f"NEWS2 {score} ({risk}) -> {raised}")
            level = more_urgent(level, raised)
    else:
        if consciousness is not None and consciousness in ("P", "U"):
            reasons.append(f"responds to {'pain only' if consciousness == 'P' else 'nothing'} -> red")
            level = more_urgent(level, "red")
        elif consciousness is not None and consciousness in ("C", "V"):
            reasons.append("new confusion or responds to voice only -> orange")
            level = more_urgent(level, "orange")
        if spo2 is not None and spo2 <= 91:
            reasons.append(f"SpO2 {spo2}% -> orange")
            level = more_urgent(level, "orange")
    return LevelSuggestion(level, reasons, specialisation)
