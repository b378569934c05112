"""Duplicate-patient scoring: is the person being registered already on the register?

Pure Python. The service fetches a few candidates with indexed queries (same phone, similar name
prefixes); this module scores each against what the desk has typed so far and says why.

Names are compared token by token after folding common Indian spelling variants to one canonical form
(Mohammed/Muhammad/Mohd, Lakshmi/Laxmi, Sri/Shri/Shree, Kumar/Kumaar...), then by sound (Metaphone,
NYSIIS) and finally by edit similarity (rapidfuzz), so 'Mohd Iqbal' matches 'Muhammad Ikbal'. A
token in an Indian script is compared with its phonetic key (domain.transliteration), so 'राम शर्मा'
matches 'Ram Sharma'.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from hms_desktop.domain.text import search_key
from hms_desktop.domain.transliteration import phonetic_key

# spelling variants -> one canonical spelling (keys are search keys: lower case, no accents)
_VARIANTS: dict[str, tuple[str, ...]] = {
    "muhammad": ("mohammed", "mohammad", "mohamed", "mohamad", "muhammed", "mohd", "md", "mohd.", "mahomed"),
    "lakshmi": ("laxmi", "lakshmee", "laxmee", "luxmi", "lakshami"),
    "sri": ("shri", "shree", "sree", "shrii", "sriee"),
    "kumar": ("kumaar", "kumarr", "coomar"),
    "krishna": ("krishnan", "krisna", "krushna"),
    "devi": ("devee", "debi"),
    "venkatesh": ("venkatesan", "venkatesa"),
    "syed": ("sayed", "saiyed", "sayyid", "syyed"),
    "abdul": ("abdool", "abdhul"),
    "ahmed": ("ahmad", "ahamed", "ahemad"),
    "chaudhary": ("choudhary", "chaudhari", "choudhury", "chowdhury", "chaudhry"),
    "srinivas": ("shrinivas", "sreenivas", "srinivasa", "shreenivas"),
    "subramanian": ("subramaniam", "subramanyam", "subrahmanyam"),
}
CANONICAL: dict[str, str] = {v: k for k, vs in _VARIANTS.items() for v in vs} | {k: k for k in _VARIANTS}

_DOUBLE = re.compile(r"(.)\1+")


def canonical_token(token: str) -> str:
    """The canonical spelling of one name token ('laxmi' -> 'lakshmi'); unknown tokens folded lightly."""
    t = search_key(token).replace(" ", "")
    if t in CANONICAL:
        return CANONICAL[t]
    # common transliteration noise: doubled letters, 'ee'/'oo', 'sh'/'s', 'w'/'v', 'th'/'t'
    t = _DOUBLE.sub(r"\1", t)
    return t.replace("sh", "s").replace("w", "v").replace("th", "t").replace("ks", "x")


def name_tokens(text: str | None) -> list[str]:
    return [t for t in search_key(text).replace(".", " ").split() if t]


def token_similarity(a: str, b: str) -> float:
    """1.0 for the same canonical spelling, 0.9 when they sound the same, else edit similarity."""
    if not (a.isascii() and b.isascii()):
        # a name in an Indian script against one in Latin (or another script): compare how they
        # sound, through the phonetic key search uses ("शर्मा" and "Sharma" are both "sarm")
        a, b = phonetic_key(a) or a, phonetic_key(b) or b
    ca, cb = canonical_token(a), canonical_token(b)
    if ca == cb:
        return 1.0
    # imported here: the desk loads these only when it first checks for duplicates
    import jellyfish
    from rapidfuzz import fuzz

    sounds_alike = ca.isascii() and cb.isascii() and ca and cb
    if sounds_alike and (
        jellyfish.metaphone(ca) == jellyfish.metaphone(cb) or jellyfish.nysiis(ca) == jellyfish.nysiis(cb)
    ):
        return 0.9
    return fuzz.ratio(ca, cb) / 100.0


def name_similarity(
    first_a: str | None, last_a: str | None, first_b: str | None, last_b: str | None
) -> float:
    """How alike two names are, 0..1, whatever the order of their tokens (best pairing, averaged)."""
    ta = name_tokens(f"{first_a or ''} {last_a or ''}")
    tb = name_tokens(f"{first_b or ''} {last_b or ''}")
    if not ta or not tb:
        return 0.0
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    remaining = list(long_)
    total = 0.0
    for tok in short:
        best_i, best = max(enumerate(token_similarity(tok, o) for o in remaining), key=lambda p: p[1])
        total += best
        remaining.pop(best_i)
    # a missing token (one side has no last name) counts half against
    return total / (len(short) + 0.5 * (len(long_) - len(short)))


@dataclasses.dataclass(frozen=True)
class Typed:
    """What the desk has typed so far (any of it may be missing)."""

    first_name: str | None
    last_name: str | None = None
    phone: str | None = None  # normalised 10 digits
    date_of_birth: dt.date | None = None
    age_years: int | None = None
    sex: str | None = None


@dataclasses.dataclass(frozen=True)
class Existing:
    """A register entry as the scorer needs it."""

    first_name: str
    last_name: str | None
    phone: str | None
    date_of_birth: dt.date | None
    sex: str


@dataclasses.dataclass(frozen=True)
class Score:
    score: float
    reasons: tuple[str, ...]


MIN_SCORE = 0.6
# same name with the same phone, or with the same age and sex: saving such a patient asks first
# "use the existing patient, or save as new (why)?" (issue 15 #6)
STRONG_SCORE = 0.7


def _years(dob: dt.date, today: dt.date) -> int:
    return today.year - dob.year - ((today.month, today.day) < (dob.month, dob.day))


def score(typed: Typed, other: Existing, today: dt.date) -> Score:
    """Weights: name 0.5, phone 0.3, birth date or age 0.15, sex 0.05. ``reasons`` says what matched."""
    reasons: list[str] = []
    name = name_similarity(typed.first_name, typed.last_name, other.first_name, other.last_name)
    total = 0.5 * name
    if name >= 0.999:
        reasons.append("same name")
    elif name >= 0.75:
        reasons.append("similar name")
    if typed.phone and other.phone and typed.phone == other.phone:
        total += 0.3
        reasons.append("same phone")
    if typed.date_of_birth and other.date_of_birth:
        if typed.date_of_birth == other.date_of_birth:
            total += 0.15
            reasons.append("same date of birth")
        elif abs(_years(typed.date_of_birth, today) - _years(other.date_of_birth, today)) <= 1:
            total += 0.05
            reasons.append("similar age")
    elif (
        typed.age_years is not None
        and other.date_of_birth
        and abs(typed.age_years - _years(other.date_of_birth, today)) <= 1
    ):
        total += 0.15
        reasons.append("same age")
    if typed.sex and typed.sex == other.sex:
        total += 0.05
        reasons.append("same sex")
    return Score(round(total, 3), tuple(reasons))


def is_candidate(s: Score) -> bool:
    return s.score >= MIN_SCORE


def is_strong(score_value: float) -> bool:
    return score_value >= STRONG_SCORE
