"""Names across scripts: Latin readings of Indian-script text, and the phonetic key search uses.

A name may be registered in Devanagari, Kannada or any of the nine scripts the PDFs print, and typed
at the desk in Latin letters (or the other way round). Each Indic run is transliterated with
indic-transliteration (MIT; the Sanscript tables) to IAST, then:

- :func:`readable_latin` turns IAST into the plain spelling a receptionist would write ("राम शर्मा"
  -> "Ram Sharma", "ರಾಮ ಶರ್ಮ" -> "Rama Sharma": the final schwa is dropped only for the scripts of
  languages that drop it in speech: Hindi, Marathi, Punjabi, Gujarati, Bengali).
- :func:`phonetic_key` folds any Latin spelling, typed or transliterated, to one key: lower case, no
  diacritics, aspiration dropped (sh/s, th/t, bh/b, kh/k), ow/au, w/v, z/j, q/k, x/ks, ph/f, ee/i, oo/u,
  doubled letters single, a final 'y' after a consonant read as 'i', and each word's final 'a'
  dropped (the schwa: "rama"/"ram", "sharma"/"sarma"/"शर्मा" all give "ram"/"sarm"). Cyrillic
  letters typed by mistake on a mixed keyboard are read as their Latin sounds ("shарма").

What matches and what does not (tests/unit/test_transliteration.py holds the list):
- matches: Sharma / Sarma / Sharmaa / शर्मा / ಶರ್ಮ; Lakshmi / Laxmi / लक्ष्मी / ಲಕ್ಷ್ಮಿ; Srinivas /
  Shreenivas / श्रीनिवास / ಶ್ರೀನಿವಾಸ; Krishna / कृष्ण; Deepak / दीपक; Shetty / ಶೆಟ್ಟಿ; Gowda / ಗೌಡ.
- does not: vowels spelt differently (Mohammed / मोहम्मद: "mohamed" vs "mohamad"; Iyer / अय्यर); a
  vowel dropped inside a word (Kamla / कमला gives "kaml" / "kamal": only the final schwa is folded);
  Rao / राव ("rao" / "rav"); Tamil spellings, which have no voiced or aspirated letters, only
  approximately (முருகன் is found by "murugan" and சர்மா by "sharma", but சந்திரன் not by
  "chandran": ச is read as 's'); Singh / सिंह ("sing"
  / "sinh"; ਸਿੰਘ in Gurmukhi does match).
The key serves prefix search and duplicate detection; it is never shown.
"""

from __future__ import annotations

import functools
import re
import unicodedata

PHONETIC_KEY_LENGTH = 120  # the column; a name of 80 Indic letters can romanise longer than 80
# Unicode block -> the indic-transliteration scheme for it (the nine scripts the PDFs shape)
_BLOCKS: tuple[tuple[int, int, str], ...] = (
    (0x0900, 0x097F, "devanagari"),
    (0x0980, 0x09FF, "bengali"),
    (0x0A00, 0x0A7F, "gurmukhi"),
    (0x0A80, 0x0AFF, "gujarati"),
    (0x0B00, 0x0B7F, "oriya"),
    (0x0B80, 0x0BFF, "tamil"),
    (0x0C00, 0x0C7F, "telugu"),
    (0x0C80, 0x0CFF, "kannada"),
    (0x0D00, 0x0D7F, "malayalam"),
)
# languages whose speech drops the word-final inherent vowel (राम is "Ram"; ರಾಮ is "Rama")
_FINAL_SCHWA_DROPPED = frozenset({"devanagari", "gurmukhi", "gujarati", "bengali"})
# Malayalam chillu letters are a consonant with a virama; the tables know only that spelling
_CHILLU = str.maketrans({"ൺ": "ണ്", "ൻ": "ന്", "ർ": "ര്", "ൽ": "ല്", "ൾ": "ള്", "ൿ": "ക്"})
_JOINERS = str.maketrans("", "", "\u200c\u200d")
_CYRILLIC = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "e",
            "zh",
            "z",
            "i",
            "i",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "",
            "y",
            "",
            "e",
            "yu",
            "ya",
        ],
        strict=True,
    )
)
# IAST letters that are not a base letter plus an accent, or whose accent changes the sound
_IAST_KEY = str.maketrans({"ś": "s", "ṣ": "s", "ṛ": "ri", "ṝ": "ri", "ḷ": "l", "ḻ": "l", "ḥ": "", "ṟ": "r"})
_IAST_READABLE = str.maketrans(
    {"ś": "sh", "ṣ": "sh", "ṛ": "ri", "ṝ": "ri", "ḷ": "l", "ḻ": "zh", "ḥ": "h", "ṟ": "r", "c": "ch"}
)
_ANUSVARA = re.compile(r"[ṃṁ](?=[pbm])|[ṃṁ]$|[ṃṁ](?=\s)")
_NASALS = str.maketrans({"ṃ": "n", "ṁ": "n", "ṅ": "n", "ñ": "n", "ṇ": "n", "ṉ": "n"})
_VOWEL = "aāiīuūeēoō"
_READABLE_SCHWA = re.compile(rf"([{_VOWEL}])([nm]?[^{_VOWEL}\s]h?)a\b")
_TAMIL_ASPIRATE = re.compile(r"(?<=[kgcjṭḍtdpb])h")
_ASPIRATED = re.compile(r"(?<=[bcdgjklmnprstvf])h")
_DOUBLE = re.compile(r"([a-z])\1+")
_FINAL_Y = re.compile(r"(?<=[bcdfgjklmnpqrstvxz])y\b")
_FINAL_A = re.compile(r"\b([a-z]{2,})a\b")
_NOT_KEY = re.compile(r"[^a-z ]+")
_SPACES = re.compile(r"\s+")


def script_of(ch: str) -> str | None:
    """The indic-transliteration scheme of ``ch``'s script, or None for any other character."""
    code = ord(ch)
    for lo, hi, scheme in _BLOCKS:
        if lo <= code <= hi:
            return scheme
    return None


def has_indic(text: str | None) -> bool:
    """Whether ``text`` has a letter of one of the nine Indian scripts."""
    return any(script_of(ch) for ch in text or "")


def _runs(text: str) -> list[tuple[str | None, str]]:
    """``text`` cut into (scheme or None, run) pieces; marks and spaces stay with their run."""
    out: list[tuple[str | None, str]] = []
    for ch in text:
        scheme = script_of(ch)
        if out and (scheme == out[-1][0] or (scheme is None and not ch.isalpha() and out[-1][0])):
            # a space or punctuation inside Indic text stays in the run (so words keep their ends)
            out[-1] = (out[-1][0], out[-1][1] + ch)
        else:
            out.append((scheme, ch))
    return out


@functools.lru_cache(maxsize=4096)
def _iast(run: str, scheme: str) -> str:
    # imported here: loading the tables takes ~0.4 s, paid only when Indic text is first seen
    from indic_transliteration.sanscript import transliterate

    text = run.translate(_JOINERS)
    if scheme == "malayalam":
        text = text.translate(_CHILLU)
    out: str = transliterate(unicodedata.normalize("NFC", text), scheme, "iast")
    return out


def romanise(text: str | None) -> list[tuple[str | None, str]]:
    """``text`` as runs of IAST (with the scheme each came from) and untouched non-Indic runs."""
    return [(scheme, _iast(run, scheme) if scheme else run) for scheme, run in _runs(text or "")]


def _plain(iast: str) -> str:
    """Diacritics off what is left (ā -> a, ṭ -> t, ē -> e)."""
    return "".join(c for c in unicodedata.normalize("NFKD", iast) if not unicodedata.combining(c))


def _drop_schwa(m: re.Match[str]) -> str:
    vowel, consonant = m.group(1), m.group(2)
    if consonant == "y" and vowel in "iī":  # प्रिय, क्षत्रिय: the a is said
        return m.group(0)
    return vowel + consonant


def readable_latin(text: str | None) -> str:
    """A plain Latin spelling of ``text`` for printing beside it ("राम शर्मा" -> "Ram Sharma");
    text with no Indic letters comes back unchanged."""
    if not has_indic(text):
        return text or ""
    parts: list[str] = []
    for scheme, run in romanise(text):
        if scheme is None:
            parts.append(run)
            continue
        r = run.lower()
        if scheme == "tamil":  # the tables' aspirates (க gha, ச jha) are not how Tamil names are spelt
            r = _TAMIL_ASPIRATE.sub("", r.replace("jh", "s"))
        r = r.replace("ch", "\0").translate(_IAST_READABLE).replace("\0", "chh")
        r = _ANUSVARA.sub("m", r).translate(_NASALS)
        if scheme in _FINAL_SCHWA_DROPPED:
            # राम -> Ram, आनंद -> Anand, ਸਿੰਘ -> Singh; कृष्ण keeps it (Krishna), and so does प्रिय
            r = _READABLE_SCHWA.sub(_drop_schwa, r)
        r = _plain(r)
        parts.append(r)
    return _SPACES.sub(" ", " ".join(w[:1].upper() + w[1:] for w in "".join(parts).split(" "))).strip()


def _latin_key(text: str) -> str:
    """The folding rules (module docstring) on Latin or IAST text."""
    t = "".join(_CYRILLIC.get(c, c) for c in text.lower())
    t = _ANUSVARA.sub("m", t.translate(_IAST_KEY)).translate(_NASALS)
    t = _NOT_KEY.sub("", _plain(t).replace("-", " ").replace("\t", " "))
    t = (
        t.replace("ow", "au")
        .replace("x", "ks")
        .replace("q", "k")
        .replace("z", "j")
        .replace("w", "v")
        .replace("ph", "f")
    )
    t = _ASPIRATED.sub("", t)
    t = t.replace("ee", "i").replace("oo", "u")
    t = _DOUBLE.sub(r"\1", t)
    t = _FINAL_Y.sub("i", t)
    t = _FINAL_A.sub(r"\1", t)
    return _SPACES.sub(" ", t).strip()


def phonetic_key(text: str | None) -> str:
    """The search key of a name in any of the nine scripts or Latin ('' when nothing is left)."""
    if not text:
        return ""
    pieces = []
    for scheme, run in romanise(text):
        piece = run
        if scheme == "tamil":
            # the tables read Tamil letters as the voiced aspirate of their class (க gha, ச jha); as
            # names are spelt in Latin, ச is mostly 's' (சரவணன் Saravanan) and the rest unvoiced
            piece = piece.replace("jh", "s")
        pieces.append(piece)
    return _latin_key(" ".join(p.replace(".", " ") for p in pieces))
