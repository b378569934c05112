"""Amounts in words in Hindi and Kannada (issue 17), Indian grouping: hazaar/saavira, lakh, crore."""

from __future__ import annotations

from decimal import Decimal

import pytest

from hms_desktop.domain.money_words import amount_in_words_in, hindi_words, kannada_words

HINDI = [
    (0, "शून्य"),
    (21, "इक्कीस"),
    (99, "निन्यानवे"),
    (250, "दो सौ पचास"),
    (1000, "एक हज़ार"),
    (12500, "बारह हज़ार पाँच सौ"),
    (100000, "एक लाख"),
    (125000, "एक लाख पच्चीस हज़ार"),
    (1000000, "दस लाख"),
    (10000000, "एक करोड़"),
    (12345678, "एक करोड़ तेईस लाख पैंतालीस हज़ार छः सौ अठहत्तर"),
]
KANNADA = [
    (0, "ಸೊನ್ನೆ"),
    (13, "ಹದಿಮೂರು"),
    (19, "ಹತ್ತೊಂಬತ್ತು"),
    (21, "ಇಪ್ಪತ್ತೊಂದು"),
    (23, "ಇಪ್ಪತ್ಮೂರು"),
    (34, "ಮೂವತ್ನಾಲ್ಕು"),
    (99, "ತೊಂಬತ್ತೊಂಬತ್ತು"),
    (100, "ನೂರು"),
    (250, "ಇನ್ನೂರ ಐವತ್ತು"),  # indic-numtowords 1.1.0 says "ಇನ್ನೂ" ("still")
    (1000, "ಒಂದು ಸಾವಿರ"),
    (1234, "ಒಂದು ಸಾವಿರದ ಇನ್ನೂರ ಮೂವತ್ನಾಲ್ಕು"),
    (100000, "ಒಂದು ಲಕ್ಷ"),
    (100001, "ಒಂದು ಲಕ್ಷದ ಒಂದು"),
    (125000, "ಒಂದು ಲಕ್ಷದ ಇಪ್ಪತ್ತೈದು ಸಾವಿರ"),
    (1000000, "ಹತ್ತು ಲಕ್ಷ"),
    (10000000, "ಒಂದು ಕೋಟಿ"),
    (12345678, "ಒಂದು ಕೋಟಿ ಇಪ್ಪತ್ಮೂರು ಲಕ್ಷದ ನಲವತ್ತೈದು ಸಾವಿರದ ಆರುನೂರ ಎಪ್ಪತ್ತೆಂಟು"),
    (1500000000, "ನೂರ ಐವತ್ತು ಕೋಟಿ"),
]


@pytest.mark.parametrize(("n", "words"), HINDI)
def test_hindi(n: int, words: str) -> None:
    assert hindi_words(n) == words


@pytest.mark.parametrize(("n", "words"), KANNADA)
def test_kannada(n: int, words: str) -> None:
    assert kannada_words(n) == words


def test_amounts_with_paise_and_languages_without_words() -> None:
    assert amount_in_words_in(Decimal("1250.50"), "hi") == "एक हज़ार दो सौ पचास रुपये और पचास पैसे मात्र"
    assert amount_in_words_in(Decimal("125000"), "kn") == "ಒಂದು ಲಕ್ಷದ ಇಪ್ಪತ್ತೈದು ಸಾವಿರ ರೂಪಾಯಿ ಮಾತ್ರ"
    assert amount_in_words_in(Decimal("0.05"), "kn") == "ಸೊನ್ನೆ ರೂಪಾಯಿ ಮತ್ತು ಐದು ಪೈಸೆ ಮಾತ್ರ"
    assert amount_in_words_in(Decimal("10"), "ta") is None and amount_in_words_in(Decimal("10"), "") is None
    with pytest.raises(ValueError):
        amount_in_words_in(Decimal("-1"), "hi")
    with pytest.raises(ValueError):
        kannada_words(-1)
