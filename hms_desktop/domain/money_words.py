"""Amounts in words in Hindi and Kannada for receipts (issue 17), beside the English of domain.money.

Both count in the Indian system (हज़ार / ಸಾವಿರ, लाख / ಲಕ್ಷ, करोड़ / ಕೋಟಿ), as the English words do.

- Hindi: indic-numtowords (AI4Bharat, MIT), whose Hindi words were checked against the tests here
  (1..99 are irregular in Hindi and come from its table).
- Kannada: written here. indic-numtowords 1.1.0 gets Kannada wrong (250 comes out as "ಇನ್ನೂ", "still",
  and 1000 as the oblique "ಒಂದು ಸಾವಿರದ"), so the words are composed from the tens and units by the
  regular sandhi (ಇಪ್ಪತ್ತು + ಒಂದು = ಇಪ್ಪತ್ತೊಂದು; + ಮೂರು = ಇಪ್ಪತ್ಮೂರು); a hundred, thousand or lakh
  followed by more takes its linking form (ಇನ್ನೂರ ಐವತ್ತು, ಒಂದು ಸಾವಿರದ ಇನ್ನೂರು, ಒಂದು ಲಕ್ಷದ ...).
  To be read by a Kannada speaker before a clinic relies on it (the tests pin the forms used).
"""

from __future__ import annotations

from decimal import Decimal

from hms_desktop.domain.money import to_paise

LANGUAGES = ("hi", "kn")

_KN_UNITS = ("", "ಒಂದು", "ಎರಡು", "ಮೂರು", "ನಾಲ್ಕು", "ಐದು", "ಆರು", "ಏಳು", "ಎಂಟು", "ಒಂಬತ್ತು")
_KN_TEENS = ("ಹತ್ತು", "ಹನ್ನೊಂದು", "ಹನ್ನೆರಡು", "ಹದಿಮೂರು", "ಹದಿನಾಲ್ಕು", "ಹದಿನೈದು", "ಹದಿನಾರು", "ಹದಿನೇಳು",
             "ಹದಿನೆಂಟು", "ಹತ್ತೊಂಬತ್ತು")  # fmt: skip
_KN_TENS = ("", "", "ಇಪ್ಪತ್ತು", "ಮೂವತ್ತು", "ನಲವತ್ತು", "ಐವತ್ತು", "ಅರವತ್ತು", "ಎಪ್ಪತ್ತು", "ಎಂಬತ್ತು", "ತೊಂಬತ್ತು")
# a unit after a tens word: its first vowel becomes a sign on the tens' last consonant (ತ್ತ + ೊಂದು),
# or, for ಮೂರು and ನಾಲ್ಕು, the tens lose their doubled ತ್ತು (ಇಪ್ಪತ್ + ಮೂರು)
_KN_UNIT_SIGN = {1: "ೊಂದು", 2: "ೆರಡು", 5: "ೈದು", 6: "ಾರು", 7: "ೇಳು", 8: "ೆಂಟು", 9: "ೊಂಬತ್ತು"}
_KN_HUNDREDS = ("", "ನೂರು", "ಇನ್ನೂರು", "ಮುನ್ನೂರು", "ನಾನೂರು", "ಐನೂರು", "ಆರುನೂರು", "ಏಳುನೂರು", "ಎಂಟುನೂರು",
                "ಒಂಬೈನೂರು")  # fmt: skip


def _kn_below_hundred(n: int) -> str:
    if n < 10:
        return _KN_UNITS[n]
    if n < 20:
        return _KN_TEENS[n - 10]
    tens, unit = divmod(n, 10)
    word = _KN_TENS[tens]
    if unit == 0:
        return word
    stem = word[: -len("ತ್ತು")]  # ಇಪ್ಪ
    if unit in _KN_UNIT_SIGN:
        return stem + "ತ್ತ" + _KN_UNIT_SIGN[unit]
    return stem + "ತ್" + _KN_UNITS[unit]


def _kn_below_thousand(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    if not hundreds:
        return _kn_below_hundred(rest)
    word = _KN_HUNDREDS[hundreds]
    if not rest:
        return word
    return f"{word[:-1]} {_kn_below_hundred(rest)}"  # ಇನ್ನೂರು -> ಇನ್ನೂರ ಐವತ್ತು


def kannada_words(n: int) -> str:
    """A whole number in Kannada words, Indian grouping: 125000 -> 'ಒಂದು ಲಕ್ಷದ ಇಪ್ಪತ್ತೈದು ಸಾವಿರ'."""
    if n < 0:
        raise ValueError("negative amounts have no words here")
    if n == 0:
        return "ಸೊನ್ನೆ"
    crores, n = divmod(n, 10_000_000)
    lakhs, n = divmod(n, 100_000)
    thousands, n = divmod(n, 1000)
    groups = [(crores, "ಕೋಟಿ", "ಕೋಟಿ"), (lakhs, "ಲಕ್ಷ", "ಲಕ್ಷದ"), (thousands, "ಸಾವಿರ", "ಸಾವಿರದ")]
    parts: list[str] = []
    for i, (count, word, linking) in enumerate(groups):
        if not count:
            continue
        more = n > 0 or any(c for c, _, _ in groups[i + 1 :])
        number = kannada_words(count) if i == 0 else _kn_below_hundred(count)
        parts.append(f"{number} {linking if more else word}")
    if n:
        parts.append(_kn_below_thousand(n))
    return " ".join(parts)


def hindi_words(n: int) -> str:
    """A whole number in Hindi words, Indian grouping: 125000 -> 'एक लाख पच्चीस हज़ार'."""
    if n < 0:
        raise ValueError("negative amounts have no words here")
    from indic_numtowords import num2words  # imported here: only receipts in Hindi need it

    words: str = num2words(n, lang="hi")
    return words.strip()


def amount_in_words_in(amount: Decimal, language: str) -> str | None:
    """'एक हज़ार दो सौ पचास रुपये मात्र' / 'ಒಂದು ಸಾವಿರದ ಇನ್ನೂರ ಐವತ್ತು ರೂಪಾಯಿ ಮಾತ್ರ' for 1250;
    None for a language without words here (the receipt then prints the English only)."""
    value = to_paise(Decimal(amount))
    if value < 0:
        raise ValueError("amount must not be negative")
    rupees = int(value)
    paise = int((value - rupees) * 100)
    if language == "hi":
        text = f"{hindi_words(rupees)} रुपये"
        return text + (f" और {hindi_words(paise)} पैसे" if paise else "") + " मात्र"
    if language == "kn":
        text = f"{kannada_words(rupees)} ರೂಪಾಯಿ"
        return text + (f" ಮತ್ತು {kannada_words(paise)} ಪೈಸೆ" if paise else "") + " ಮಾತ್ರ"
    return None
