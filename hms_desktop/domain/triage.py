"""NEWS2 (Royal College of Physicians, 2017): per-parameter scores, total and clinical risk band.

Adults, not in pregnancy. SpO2 scale 2 is for confirmed hypercapnic respiratory failure only.
"""

from __future__ import annotations

import dataclasses
from decimal import ROUND_HALF_UP, Decimal

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
