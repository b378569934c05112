"""NEWS2 (Royal College of Physicians, 2017): per-parameter scores, total and clinical risk band.

Adults, not in pregnancy. SpO2 scale 2 is for confirmed hypercapnic respiratory failure only.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Mapping, Sequence
from decimal import ROUND_HALF_UP, Decimal

from hms_desktop.domain.queue import LEVELS
from hms_desktop.domain.validation import as_decimal, decimal_problem, int_problem

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


# whole-number readings, and the (digits, decimals) of the columns that keep the others
WHOLE_VITALS = ("resp_rate", "spo2", "systolic_bp", "diastolic_bp", "pulse", "pain_score")
DECIMAL_VITALS: dict[str, tuple[int, int]] = {
    "temperature_c": (4, 1),
    "glucose_mgdl": (6, 1),
    "weight_kg": (5, 2),
}


def reading_problem(name: str, raw: object) -> str | None:
    """Not a number of the right kind for reading ``name`` (text, NaN, a fraction of a pulse, more
    decimals than are kept), or None: the shared input rules, before the plausible range."""
    if name in DECIMAL_VITALS:
        digits, places = DECIMAL_VITALS[name]
        return decimal_problem(raw, digits=digits + 4, places=places)  # the range check bounds it
    if name in WHOLE_VITALS:
        return int_problem(raw)
    return None


def reading_value(name: str, raw: object) -> float | None:
    """The reading as a float for the charts, or None when it is missing or not a usable number."""
    if raw is None or reading_problem(name, raw) is not None:
        return None
    number = as_decimal(raw)
    return None if number is None else float(number)


def _num(value: float) -> str:
    return f"{value:g}"


def check_vitals(values: Mapping[str, object]) -> tuple[dict[str, str], dict[str, str]]:
    """(errors, warnings) for the readings given; missing readings are neither."""
    errors: dict[str, str] = {}
    warnings: dict[str, str] = {}
    for name, spec in VITAL_RANGES.items():
        raw = values.get(name)
        if raw is None:
            continue
        problem = reading_problem(name, raw)
        if problem is not None:
            errors[name] = f"{spec.label}: {problem[0].lower()}{problem[1:]}"
            continue
        v = reading_value(name, raw)
        assert v is not None
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
    sbp, dbp = (
        reading_value("systolic_bp", values.get("systolic_bp")),
        reading_value("diastolic_bp", values.get("diastolic_bp")),
    )
    bp_checked = "diastolic_bp" not in errors and "systolic_bp" not in errors
    if sbp is not None and dbp is not None and dbp >= sbp and bp_checked:
        errors["diastolic_bp"] = "Diastolic BP must be lower than systolic BP."
    return errors, warnings


# --- suggested level -------------------------------------------------------------------------------
#
# Sources (what each rule below comes from; the thresholds are transcribed from these):
#
# * NEWS2: Royal College of Physicians, "National Early Warning Score (NEWS) 2", 2017, chart 1 and
#   "Scope": adults aged 16 and over, not in pregnancy (DOMAIN.md section 4).
# * Manchester Triage System (Mackway-Jones, Marsden, Windle, "Emergency Triage", Manchester Triage
#   Group, 2nd ed. 2006 / 3rd ed. 2014), discriminator dictionary: "unresponsive" -> red; "altered
#   conscious level", "responds to voice or pain only", "hypoglycaemia" (glucose < 3 mmol/L), "very low
#   SpO2" (< 95 % on oxygen, < 90 % on air), "abnormal pulse" (age-appropriate brady- or tachycardia),
#   "cold" (< 35 °C), "very hot" (>= 41 °C) -> orange; "low SpO2" (< 95 % on air), "hyperglycaemia"
#   (glucose > 17 mmol/L) -> yellow.
# * Children: normal ranges by age from APLS (Advanced Life Support Group, "Advanced Paediatric Life
#   Support", as tabulated in Fleming et al., Lancet 2011;377:1011-18, web box 1), hypotension limits from
#   PALS (AHA 2020: systolic < 60 mmHg term neonate, < 70 infant, < 70 + 2 x age in years for 1-10 years,
#   < 90 from 10 years), and NICE NG143 "Fever in under 5s" (2019, table 1 traffic light): age under
#   3 months with temperature >= 38 °C and respiratory rate > 60 are red (high risk) features; age 3-6
#   months with >= 39 °C is amber; "does not wake or, if roused, does not stay awake" is red.
# * Pregnancy: MEOWS (modified early obstetric warning system; Singh, McGlennan, England, Simons,
#   Anaesthesia 2012;67:12-18, table 1): one red or two yellow triggers call for urgent review.
# * Children under five: WHO IMCI general danger signs (chart booklet, 2014) -> orange.
# * Glucose: ADA Standards of Care (2024) section 6: level 1 hypoglycaemia < 70 mg/dL, level 2 < 54 mg/dL
#   (3.0 mmol/L); MTS hyperglycaemia > 17 mmol/L = 306 mg/dL.
#
# Every rule that looks at a reading looks at that one reading (or, for the partial NEWS2 sum and the
# MEOWS trigger count, at sums that can only grow), so measuring one more vital can add a reason to
# raise the level but never take one away: completing the vitals never lowers the level.

DEFAULT_LEVEL = "green"
NEWS2_MIN_AGE = 16  # RCP NEWS2 "Scope": 16 years and over

CHART_NEWS2, CHART_CHILD, CHART_PREGNANCY = "NEWS2", "paediatric", "obstetric"
CHART_NOTES = {
    CHART_NEWS2: None,
    CHART_CHILD: "NEWS2 does not apply (under 16): readings are checked against the normal ranges "
    "for the child's age (APLS, PALS, NICE NG143).",
    CHART_PREGNANCY: "NEWS2 does not apply in pregnancy: readings are checked against the obstetric "
    "early-warning chart (MEOWS).",
}


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
    chart: str = CHART_NEWS2  # which early-warning rules were applied to the readings
    chart_note: str | None = None  # "NEWS2 does not apply ..." for a child or in pregnancy


@dataclasses.dataclass(frozen=True)
class Readings:
    """What the nurse has measured so far; any reading may still be missing (None)."""

    resp_rate: int | None = None
    spo2: int | None = None
    on_oxygen: bool = False
    hypercapnic: bool = False
    systolic_bp: int | None = None
    diastolic_bp: int | None = None
    pulse: int | None = None
    consciousness: str | None = None
    temperature_c: float | None = None
    glucose_mgdl: float | None = None

    @classmethod
    def of(cls, vitals: Vitals) -> Readings:
        return cls(
            resp_rate=vitals.resp_rate,
            spo2=vitals.spo2,
            on_oxygen=vitals.on_oxygen,
            hypercapnic=vitals.hypercapnic,
            systolic_bp=vitals.systolic_bp,
            diastolic_bp=vitals.diastolic_bp,
            pulse=vitals.pulse,
            consciousness=vitals.consciousness,
            temperature_c=vitals.temperature_c,
            glucose_mgdl=vitals.glucose_mgdl,
        )

    def news2_vitals(self) -> Vitals | None:
        """The NEWS2 vitals when all seven parameters are there."""
        if (
            self.resp_rate is None
            or self.spo2 is None
            or self.systolic_bp is None
            or self.pulse is None
            or self.temperature_c is None
            or self.consciousness not in CONSCIOUSNESS
        ):
            return None
        return Vitals(
            resp_rate=self.resp_rate,
            spo2=self.spo2,
            on_oxygen=self.on_oxygen,
            systolic_bp=self.systolic_bp,
            pulse=self.pulse,
            consciousness=str(self.consciousness),
            temperature_c=float(self.temperature_c),
            hypercapnic=self.hypercapnic,
        )


def age_in_years(dob: dt.date | None, on: dt.date) -> float | None:
    """Age in years (fractional: 0.5 is six months) on ``on``; None when the birth date is unknown."""
    if dob is None or dob > on:
        return None
    return (on - dob).days / 365.25


def chart_for(age_years: float | None, pregnant: bool) -> str:
    """NEWS2 for adults not in pregnancy; the obstetric chart in pregnancy; the paediatric one under 16."""
    if pregnant:
        return CHART_PREGNANCY
    if age_years is not None and age_years < NEWS2_MIN_AGE:
        return CHART_CHILD
    return CHART_NEWS2


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


Flag = tuple[str, str]  # (level, reason)


def _n(value: float) -> str:
    return f"{value:g}"


def _common_flags(r: Readings) -> list[Flag]:
    """MTS discriminators that stand on one reading, whatever the patient's age."""
    out: list[Flag] = []
    if r.consciousness == "U":
        out.append(("red", "unresponsive"))
    elif r.consciousness == "P":
        out.append(("red", "responds to pain only"))
    elif r.consciousness in ("C", "V"):
        out.append(("orange", "new confusion or responds to voice only (altered conscious level)"))
    if r.spo2 is not None:
        if r.hypercapnic:
            if r.spo2 <= 83:
                out.append(("orange", f"SpO2 {r.spo2}% (scale 2, target 88-92%)"))
        elif r.on_oxygen and r.spo2 < 95:
            out.append(("orange", f"SpO2 {r.spo2}% on oxygen (very low SpO2)"))
        elif not r.on_oxygen and r.spo2 <= 91:
            out.append(("orange", f"SpO2 {r.spo2}% on air (very low SpO2)"))
        elif not r.on_oxygen and r.spo2 < 95:
            out.append(("yellow", f"SpO2 {r.spo2}% on air (low SpO2)"))
    if r.glucose_mgdl is not None:
        g = float(r.glucose_mgdl)
        if g < 54:
            out.append(("orange", f"glucose {_n(g)} mg/dL: hypoglycaemia (below 54 mg/dL, 3 mmol/L)"))
        elif g < 70:
            out.append(("yellow", f"glucose {_n(g)} mg/dL: low (below 70 mg/dL)"))
        elif g > 306:
            out.append(("yellow", f"glucose {_n(g)} mg/dL: hyperglycaemia (above 17 mmol/L)"))
    if r.temperature_c is not None:
        t = float(r.temperature_c)
        if t < 35.0:
            out.append(("orange", f"temperature {_n(t)} °C: cold (below 35 °C)"))
        elif t >= 41.0:
            out.append(("orange", f"temperature {_n(t)} °C: very hot (41 °C or more)"))
    return out


def _news2_flags(r: Readings) -> list[Flag]:
    """NEWS2 over the readings there are: a partial total can only grow as the rest are measured."""
    parts: dict[str, int] = {}
    if r.resp_rate is not None:
        parts["respiration"] = _resp(r.resp_rate)
    if r.spo2 is not None:
        parts["SpO2"] = _spo2_scale2(r.spo2, r.on_oxygen) if r.hypercapnic else _spo2_scale1(r.spo2)
    if r.on_oxygen:
        parts["oxygen"] = 2
    if r.systolic_bp is not None:
        parts["systolic BP"] = _systolic(r.systolic_bp)
    if r.pulse is not None:
        parts["pulse"] = _pulse(r.pulse)
    if r.consciousness in CONSCIOUSNESS:
        parts["consciousness"] = 0 if r.consciousness == "A" else 3
    if r.temperature_c is not None:
        parts["temperature"] = _temperature(float(r.temperature_c))
    total = sum(parts.values())
    vitals = r.news2_vitals()
    so_far = "" if vitals is not None else " so far"
    out: list[Flag] = []
    if total >= 7:
        out.append(("red", f"NEWS2{so_far} {total} (high)"))
    elif total >= 5:
        out.append(("orange", f"NEWS2{so_far} {total} (medium)"))
    threes = [name for name, score in parts.items() if score == 3]
    if threes and total < 5:
        out.append(("yellow", f"NEWS2{so_far} {total} (low-medium: {', '.join(threes)} scores 3)"))
    return out


# APLS normal ranges by age (respiration /min, pulse /min, systolic BP mmHg): (below years, rr, hr, sbp)
CHILD_RANGES: tuple[tuple[float, tuple[int, int], tuple[int, int], tuple[int, int]], ...] = (
    (1, (30, 40), (110, 160), (70, 90)),
    (2, (25, 35), (100, 150), (80, 95)),
    (5, (25, 30), (95, 140), (80, 100)),
    (12, (20, 25), (80, 120), (90, 110)),
    (NEWS2_MIN_AGE, (15, 20), (60, 100), (100, 120)),
)


def child_ranges(age_years: float) -> tuple[tuple[int, int], tuple[int, int], tuple[int, int]]:
    for below, rr, hr, sbp in CHILD_RANGES:
        if age_years < below:
            return rr, hr, sbp
    return CHILD_RANGES[-1][1:]


def child_hypotension(age_years: float) -> int:
    """PALS: systolic below this is hypotension (decompensated shock)."""
    if age_years < 28 / 365.25:
        return 60
    if age_years < 1:
        return 70
    if age_years < 10:
        return 70 + 2 * int(age_years)
    return 90


def _age_text(age_years: float) -> str:
    if age_years < 1:
        return f"{int(age_years * 12)} months"
    return f"{int(age_years)} years"


def _child_flags(r: Readings, age_years: float) -> list[Flag]:
    (rr_lo, rr_hi), (hr_lo, hr_hi), (sbp_lo, _sbp_hi) = child_ranges(age_years)
    age = _age_text(age_years)
    out: list[Flag] = []
    if r.resp_rate is not None:
        rr = r.resp_rate
        if rr > 60:
            out.append(("orange", f"respiration {rr}/min: above 60 (NICE red feature)"))
        elif rr < 10:
            out.append(("orange", f"respiration {rr}/min: very slow for any child"))
        elif not rr_lo <= rr <= rr_hi:
            out.append(("yellow", f"respiration {rr}/min: outside {rr_lo}-{rr_hi} normal at {age}"))
    if r.pulse is not None:
        hr = r.pulse
        if hr < 60:
            out.append(("red", f"pulse {hr}/min: below 60 in a child"))
        elif not hr_lo <= hr <= hr_hi:
            out.append(
                ("orange", f"pulse {hr}/min: outside {hr_lo}-{hr_hi} normal at {age} (abnormal pulse)")
            )
    if r.systolic_bp is not None:
        limit = child_hypotension(age_years)
        if r.systolic_bp < limit:
            out.append(("red", f"systolic BP {r.systolic_bp}: below {limit}, hypotension at {age} (shock)"))
        elif r.systolic_bp < sbp_lo:
            out.append(("yellow", f"systolic BP {r.systolic_bp}: below {sbp_lo} normal at {age}"))
    if r.temperature_c is not None:
        t = float(r.temperature_c)
        if age_years < 0.25 and t >= 38.0:
            out.append(("orange", f"temperature {_n(t)} °C under 3 months (NICE red feature)"))
        elif age_years < 0.5 and t >= 39.0:
            out.append(("yellow", f"temperature {_n(t)} °C at 3-6 months (NICE amber feature)"))
    return out


def _pregnancy_flags(r: Readings) -> list[Flag]:
    """MEOWS: one red or two yellow triggers -> urgent review (orange); a single yellow -> yellow."""
    red: list[str] = []
    yellow: list[str] = []

    def band(value: float | None, name: str, red_if: bool, yellow_if: bool) -> None:
        if value is None:
            return
        if red_if:
            red.append(f"{name} {_n(value)}")
        elif yellow_if:
            yellow.append(f"{name} {_n(value)}")

    t = None if r.temperature_c is None else float(r.temperature_c)
    if t is not None:
        band(t, "temperature", t < 35.0 or t > 38.0, t < 36.0)
    if r.systolic_bp is not None:
        s = r.systolic_bp
        band(s, "systolic BP", s < 90 or s > 160, s >= 150 or s <= 100)
    if r.diastolic_bp is not None:
        d = r.diastolic_bp
        band(d, "diastolic BP", d > 100, d >= 90)
    if r.pulse is not None:
        p = r.pulse
        band(p, "pulse", p < 40 or p > 120, p >= 100 or p <= 50)
    if r.resp_rate is not None:
        rr = r.resp_rate
        band(rr, "respiration", rr < 10 or rr > 30, rr >= 21)
    if r.spo2 is not None:
        band(r.spo2, "SpO2", r.spo2 < 95, False)
    if r.consciousness in ("P", "U"):
        red.append(f"consciousness {r.consciousness}")
    elif r.consciousness == "V":
        yellow.append("consciousness V")
    if red or len(yellow) >= 2:
        what = ", ".join([*(f"{x} (red)" for x in red), *(f"{x} (yellow)" for x in yellow)])
        return [("orange", f"MEOWS trigger: {what}")]
    if yellow:
        return [("yellow", f"MEOWS: {yellow[0]} (yellow)")]
    return []


LETHARGY = ("letharg", "drowsy", "drowsiness", "not active", "dull", "floppy", "not feeding well",
            "not feeding", "not waking", "hard to wake", "sleepy all", "unusually sleepy")  # fmt: skip
# WHO IMCI general danger signs (Integrated Management of Childhood Illness chart booklet, 2014): a
# child under five who is lethargic or unconscious, cannot drink or breastfeed, or vomits everything
# needs urgent referral, whatever the readings.
IMCI_DANGER = ("letharg", "unconscious", "not feeding", "unable to feed", "not able to feed",
               "not taking feeds", "unable to drink", "not able to drink", "not drinking",
               "unable to breastfeed", "not breastfeeding", "vomits everything",
               "vomiting everything")  # fmt: skip
PREGNANCY_WORDS = ("pregnan", "months pregnant", "weeks pregnant", "antenatal", "gravida")


def _contains(text: str, phrase: str) -> bool:
    return f" {_words(phrase).strip()}" in text


NEGATIONS = frozenset({"no", "denies", "nil", "without"})


def _sign_matches(text: str, rules: Sequence[Discriminator]) -> list[Discriminator]:
    """The rules whose keyword starts a word of the complaint ('seizure' finds 'seizures'; a keyword
    of three letters or fewer, like 'sob' or 'rta', only a whole word), less those that a longer
    matching keyword covers ('bleeding' inside 'bleeding stopped') and those after a negation ('no
    chest pain'). A negated phrase still covers the shorter ones inside it: 'no active bleeding'."""
    spans: list[tuple[int, int, Discriminator, bool]] = []
    for rule in rules:
        key = _words(rule.keyword).strip()
        if not key:
            continue
        needle = f" {key} " if len(key) <= 3 else f" {key}"
        start = text.find(needle)
        while start >= 0:
            before = text[:start].split()[-1:]
            negated = bool(before) and before[0] in NEGATIONS
            end = text.find(" ", start + 1 + len(key))
            spans.append((start + 1, end if end >= 0 else len(text), rule, negated))
            start = text.find(needle, start + 1)
    kept: list[Discriminator] = []
    for s0, e0, rule, negated in spans:
        if negated or rule in kept:
            continue
        covered = any(s1 <= s0 and e0 <= e1 and (e1 - s1) > (e0 - s0) for s1, e1, _o, _n in spans)
        if not covered:
            kept.append(rule)
    return kept


def suggest_level(
    complaint: str | None,
    rules: Sequence[Discriminator],
    *,
    pain_score: int | None = None,
    vitals: Vitals | None = None,
    consciousness: str | None = None,
    spo2: int | None = None,
    readings: Readings | None = None,
    age_years: float | None = None,
    pregnant: bool = False,
) -> LevelSuggestion:
    """The level the signs ask for: the most urgent of every matching rule, pain and the readings.

    The most urgent matching sign sets the level (with none, 'green', standard); pain and readings
    only ever raise it, never lower it. ``readings`` may be partial; ``vitals`` (all seven NEWS2
    parameters) and ``consciousness`` / ``spo2`` are the older ways to pass the same readings.
    Adults (16 and over) not in pregnancy get NEWS2; children the age-banded paediatric ranges;
    pregnancy the MEOWS chart (see the sources above). MTS single-reading discriminators apply to all.
    """
    if readings is None:
        readings = (
            Readings.of(vitals) if vitals is not None else Readings(spo2=spo2, consciousness=consciousness)
        )
    text = _words(complaint or "")
    matched: str | None = None
    reasons: list[str] = []
    specialisation: str | None = None
    spec_rank = len(LEVELS)
    found = _sign_matches(text, rules)
    for rule in found:
        reasons.append(f'"{rule.keyword}" -> {rule.min_level}')
        matched = rule.min_level if matched is None else more_urgent(matched, rule.min_level)
        if rule.specialisation and LEVELS.index(rule.min_level) < spec_rank:
            specialisation, spec_rank = rule.specialisation, LEVELS.index(rule.min_level)
    # the signs set the level (a 'blue' sign like a prescription refill may lower the default)
    level = matched or DEFAULT_LEVEL
    flags: list[Flag] = []
    pregnant_text = any(_contains(text, w) for w in PREGNANCY_WORDS)
    if (pregnant or pregnant_text) and any("bleed" in r.keyword or "spotting" in r.keyword for r in found):
        flags.append(("orange", "bleeding in pregnancy"))
        if spec_rank > LEVELS.index("orange"):
            specialisation, spec_rank = "Gynaecologist", LEVELS.index("orange")
    if pain_score is not None and pain_score >= 8:
        flags.append(("orange", f"pain {pain_score}/10"))
    elif pain_score is not None and pain_score >= 5:
        flags.append(("yellow", f"pain {pain_score}/10"))
    chart = chart_for(age_years, pregnant)
    flags += _common_flags(readings)
    if chart == CHART_NEWS2:
        flags += _news2_flags(readings)
    elif chart == CHART_PREGNANCY:
        flags += _pregnancy_flags(readings)
    else:
        assert age_years is not None
        flags += _child_flags(readings, age_years)
    if age_years is not None and age_years < NEWS2_MIN_AGE:
        febrile = (readings.temperature_c is not None and float(readings.temperature_c) >= 38.0) or any(
            _contains(text, w) for w in ("fever", "febrile", "high temperature")
        )
        lethargic = readings.consciousness in ("C", "V", "P", "U") or any(
            _contains(text, w) for w in LETHARGY
        )
        if febrile and lethargic:
            flags.append(("orange", "fever in a lethargic child"))
    if age_years is not None and age_years < 5:
        danger = next((w for w in IMCI_DANGER if _contains(text, w)), None)
        if danger is not None:
            flags.append(("orange", f"IMCI danger sign in a child under five ({danger})"))
    for flag_level, why in flags:
        reasons.append(f"{why} -> {flag_level}")
        level = more_urgent(level, flag_level)
    return LevelSuggestion(level, reasons, specialisation, chart, CHART_NOTES[chart])
