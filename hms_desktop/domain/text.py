"""Normalised keys for case- and accent-insensitive, index-friendly search."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")


def search_key(text: str | None) -> str:
    """Lower-case, drop accents from Latin letters and punctuation, collapse spaces.

    'Zoë  D'Souza' -> 'zoe dsouza'. Marks on non-Latin scripts (Devanagari vowel signs) are kept,
    because there they are part of the letter, not an accent.
    """
    if not text:
        return ""
    out: list[str] = []
    prev_ascii = False
    for ch in unicodedata.normalize("NFKD", text):
        if unicodedata.combining(ch):
            if not prev_ascii:
                out.append(ch)
            continue
        prev_ascii = ch.isascii()
        if ch.isalnum() or unicodedata.category(ch).startswith("M"):
            out.append(ch.lower())
        elif ch.isspace():
            out.append(" ")
    return unicodedata.normalize("NFC", _SPACES.sub(" ", "".join(out)).strip())


def digits_only(text: str | None) -> str:
    return "".join(ch for ch in text or "" if ch.isdigit())


def digits_reversed(text: str | None) -> str:
    return digits_only(text)[::-1]


def prefix_upper_bound(prefix: str) -> str:
    """The smallest string greater than every string starting with ``prefix`` (for range scans)."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1) if prefix else ""
