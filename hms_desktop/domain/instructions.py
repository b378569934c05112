"""Patient instructions in the patient's language: "1-0-1 after food for 5 days" and its translation.

Each language is one JSON file in ``resources/instructions`` (``hi.json``, ``kn.json``: adding a file
adds a language; :func:`check_pack` says what a file lacks). A file holds the names of the parts of
the day, the frequency codes, the timings the prescribing screen offers
(``domain.prescribing.INSTRUCTIONS``), the duration wording, and the waiting-room display's
headings (shown beside the English when it is the clinic's local language). Only those are
translated: a timing typed in free text, and the advice, print as typed. English is the reference
and needs no file.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from hms_desktop.domain.prescribing import INSTRUCTIONS

ENGLISH = "en"
_DOSE_PART = re.compile(r"^(\d+(\.\d+)?|½|¼|¾|1½)$")
_CODES = ("OD", "BD", "TDS", "QID", "HS", "SOS", "STAT")
# other spellings of the same codes (as the printed prescription reads them)
_ALIASES = {"QD": "OD", "BID": "BD", "TID": "TDS", "QDS": "QID", "QHS": "HS", "PRN": "SOS"}
_ENGLISH_CODES = {
    "OD": "once a day",
    "BD": "twice a day",
    "TDS": "three times a day",
    "QID": "four times a day",
    "HS": "at bedtime",
    "SOS": "when needed",
    "STAT": "immediately, once",
}
_TIMING_CODES = {"AC": "before food", "PC": "after food"}
_REQUIRED = ("code", "name", "native_name", "day_parts", "day_part", "day_part_separator", "frequencies",
             "timings", "sos_limit", "sos_limit_one", "days", "days_one", "separator", "display")  # fmt: skip
# the waiting-room display's headings, shown beside the English when this is the clinic's language
DISPLAY_KEYS = ("now_calling", "earlier_calls", "waiting", "welcome", "desk", "no_earlier")


@dataclasses.dataclass(frozen=True)
class LanguagePack:
    """One language's wording for patient instructions (one file in resources/instructions)."""

    code: str  # 'hi'
    name: str  # 'Hindi'
    native_name: str  # 'हिन्दी'
    day_parts: Mapping[int, tuple[str, ...]]  # 3 -> (morning, afternoon, night)
    day_part: str  # '{part} {dose}'
    day_part_separator: str
    frequencies: Mapping[str, str]
    timings: Mapping[str, str]
    sos_limit: str  # '{hours} ...'
    sos_limit_one: str
    days: str  # '{n} ...'
    days_one: str
    separator: str
    display: Mapping[str, str] = dataclasses.field(default_factory=dict)  # DISPLAY_KEYS -> heading

    @property
    def label(self) -> str:
        """'Hindi (हिन्दी)', as the registration form lists it."""
        return f"{self.name} ({self.native_name})"


def check_pack(raw: Mapping[str, Any]) -> list[str]:
    """What a language file lacks or gets wrong ([] when it is complete)."""
    problems = [f"missing '{k}'" for k in _REQUIRED if k not in raw]
    if problems:
        return problems
    problems += [f"no wording for frequency {c}" for c in _CODES if c not in raw["frequencies"]]
    problems += [f"no wording for timing '{t}'" for t in INSTRUCTIONS if t not in raw["timings"]]
    problems += [f"no display heading '{k}'" for k in DISPLAY_KEYS if k not in raw["display"]]
    for n in ("3", "4"):
        if len(raw["day_parts"].get(n, ())) != int(n):
            problems.append(f"day_parts {n} needs {n} names")
    for key, field in (("sos_limit", "{hours}"), ("days", "{n}"), ("day_part", "{dose}")):
        if field not in raw[key]:
            problems.append(f"'{key}' must contain {field}")
    return problems


def parse_pack(raw: Mapping[str, Any]) -> LanguagePack:
    problems = check_pack(raw)
    if problems:
        raise ValueError(f"language file {raw.get('code', '?')}: {'; '.join(problems)}")
    return LanguagePack(
        code=str(raw["code"]),
        name=str(raw["name"]),
        native_name=str(raw["native_name"]),
        day_parts={int(k): tuple(v) for k, v in raw["day_parts"].items()},
        day_part=raw["day_part"],
        day_part_separator=raw["day_part_separator"],
        frequencies=dict(raw["frequencies"]),
        timings=dict(raw["timings"]),
        sos_limit=raw["sos_limit"],
        sos_limit_one=raw["sos_limit_one"],
        days=raw["days"],
        days_one=raw["days_one"],
        separator=raw["separator"],
        display=dict(raw["display"]),
    )


def load_packs(folder: Path) -> dict[str, LanguagePack]:
    """Every ``*.json`` in ``folder``, by language code."""
    packs = {}
    for path in sorted(folder.glob("*.json")):
        pack = parse_pack(json.loads(path.read_text(encoding="utf-8")))
        if pack.code != path.stem:
            raise ValueError(f"{path.name} says it is language {pack.code!r}")
        packs[pack.code] = pack
    return packs


@functools.cache
def shipped_packs() -> dict[str, LanguagePack]:
    """The languages shipped in resources/instructions (read once)."""
    from hms_desktop.paths import resources_dir

    return load_packs(resources_dir() / "instructions")


def language_names() -> dict[str, str]:
    """Code -> label for every language a patient may prefer, English first."""
    return {ENGLISH: "English"} | {c: p.label for c, p in sorted(shipped_packs().items())}


# --- one drug line ----------------------------------------------------------------------------


def _day_parts(code: str) -> list[str] | None:
    parts = [p.strip() for p in code.split("-")]
    if len(parts) not in (3, 4) or not all(_DOSE_PART.match(p) for p in parts):
        return None
    return parts


def _timing(frequency: str, instructions: str | None) -> str | None:
    typed = (instructions or "").strip()
    if typed:
        return typed
    return _TIMING_CODES.get(frequency.upper())


def instruction_text(
    frequency: str | None,
    sos_min_hours: int | None,
    duration_days: int | None,
    instructions: str | None,
    pack: LanguagePack | None = None,
) -> str:
    """The patient's line: frequency, timing and duration, in English ("1-0-1 after food for 5 days")
    or in ``pack``'s language ("सुबह 1 - दोपहर 0 - रात 1, खाने के बाद, 5 दिन"); '' when the line
    says none of them. A timing the language file does not know is printed as typed."""
    code = (frequency or "").strip()
    key = _ALIASES.get(code.upper().replace(".", ""), code.upper().replace(".", ""))
    parts: list[str] = []
    day_parts = _day_parts(code)
    if day_parts is not None:
        if pack is None:
            parts.append("-".join(day_parts))
        else:
            names = pack.day_parts[len(day_parts)]
            parts.append(
                pack.day_part_separator.join(
                    pack.day_part.format(part=n, dose=d) for n, d in zip(names, day_parts, strict=True)
                )
            )
    elif key in _ENGLISH_CODES:
        parts.append(_ENGLISH_CODES[key] if pack is None else pack.frequencies[key])
    elif code and key not in _TIMING_CODES:
        parts.append(code)  # a frequency typed in words: as typed
    if sos_min_hours is not None and sos_min_hours > 0:
        if not parts:
            parts.append(_ENGLISH_CODES["SOS"] if pack is None else pack.frequencies["SOS"])
        if pack is None:
            every = "every hour" if sos_min_hours == 1 else f"every {sos_min_hours} hours"
            parts[-1] += f", not more often than {every},"
        else:
            parts.append(
                pack.sos_limit_one if sos_min_hours == 1 else pack.sos_limit.format(hours=sos_min_hours)
            )
    timing = _timing(code, instructions)
    if timing:
        known = timing.lower() in INSTRUCTIONS
        parts.append(timing if pack is None or not known else pack.timings[timing.lower()])
    if duration_days is not None and duration_days > 0:
        if pack is None:
            parts.append("for 1 day" if duration_days == 1 else f"for {duration_days} days")
        else:
            parts.append(pack.days_one if duration_days == 1 else pack.days.format(n=duration_days))
    if pack is None:
        return " ".join(parts).rstrip(",")
    return pack.separator.join(parts)
