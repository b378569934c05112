"""Search as you type (PatientService.search): built once, run as short index seeks, rows into DTOs.

Every statement is a module-level Core ``select`` with bound parameters (the limit too), so SQLAlchemy
compiles each once per dialect and finds it in its cache by the memoised key; none goes through the ORM
(no query construction per keystroke, no Session.execute). The rows are read straight off the
Connection.

What is searched (see patient_records for the rules): a name token is a prefix of ``first_key`` or
``last_key`` (index range scans), and of ``first_phonetic`` / ``last_phonetic``; a phone's last digits a
prefix of ``phone_rev``; an MRN, an ABHA number or an old system's id are equalities.

Two name tokens ("ram sharma": the first key starts with one, the last key with the other) are a
*skip scan* of the (first, last, id) index: a range on the first column with a range on the second
would walk every index entry of every first name starting "ram" ("Ramesh Acharya" ... "Ramesh Shah")
before the first "Sharma" (tens of thousands at a million patients). Instead the distinct first keys in
the prefix range are visited in index order (``MIN(first) WHERE first > previous``, one seek each) and
for each the rows are one seek on ``first = value AND last in range``, in (last, id) order: the same
rows in the same (first, last, id) order, each statement a few index pages. After SKIP_VALUES distinct
first keys without a full page (a short prefix over many different names) the rest of the range is
read as one range scan, the old way, which is then the cheaper one.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import (
    BindParameter,
    CompoundSelect,
    Integer,
    Select,
    bindparam,
    func,
    literal_column,
    select,
    union_all,
)
from sqlalchemy.orm import InstrumentedAttribute
from sqlalchemy.sql import visitors

from hms_desktop.db.lookup import Lookup
from hms_desktop.db.models import Patient
from hms_desktop.domain.duplicates import name_tokens
from hms_desktop.domain.identifiers import normalise_mrn
from hms_desktop.domain.text import prefix_upper_bound
from hms_desktop.domain.transliteration import phonetic_key
from hms_desktop.services.patient_records import ROW_COLUMNS, merge_phonetic, unique_rows

MIN_PHONE_DIGITS = 4
SKIP_VALUES = 24  # distinct first keys visited one by one before the rest of the range is scanned
_NOISE = re.compile(r"[\s\-()+./]")
_Col = InstrumentedAttribute[Any]
_Stmt = Select[*tuple[Any, ...]]
_Arm = tuple[_Stmt, dict[str, Any]]  # a statement and its parameters
_Tuple = tuple[Any, ...]  # a row as the driver gives it, ROW_COLUMNS in order
_POS = {c.key: i for i, c in enumerate(ROW_COLUMNS)}
_ROWS = select(*ROW_COLUMNS)  # the shape every statement returns (for Lookup.converter)

_N = bindparam("n", type_=Integer)


def _rows(*where: Any, order: Sequence[_Col]) -> _Stmt:
    return select(*ROW_COLUMNS).where(*where).order_by(*order).limit(_N)


def _lo(col: _Col) -> Any:
    return bindparam("lo", type_=col.type)


def _hi(col: _Col) -> Any:
    return bindparam("hi", type_=col.type)


# the two columns each name statement is ordered by (then id): a UNION ALL of them sorts by these
_SORT: dict[_Stmt, tuple[str, str]] = {}


class _Prefix:
    """The statements of one (first column, second column) index: prefix, and the skip scan's."""

    def __init__(self, first: _Col, second: _Col) -> None:
        lo, hi = _lo(first), _hi(first)
        b, b2 = bindparam("b", type_=second.type), bindparam("b2", type_=second.type)
        order = (first, second, Patient.id)
        self.first, self.second = first, second
        self.first_pos, self.second_pos = _POS[first.key], _POS[second.key]
        self.prefix = _rows(first >= lo, first < hi, order=order)
        first_value = select(func.min(first)).where(first >= lo, first < hi)
        next_value = select(func.min(first)).where(first > lo, first < hi)
        self.first_value, self.next_value = first_value, next_value
        # the rows of the first key >= lo (> lo) in the range whose second key starts with b
        self.first_rows = _rows(first == first_value.scalar_subquery(), second >= b, second < b2, order=order)
        self.next_rows = _rows(first == next_value.scalar_subquery(), second >= b, second < b2, order=order)
        self.rest_rows = _rows(first > lo, first < hi, second >= b, second < b2, order=order)
        for stmt in (self.prefix, self.first_rows):
            _SORT[stmt] = (first.key, second.key)


_FIRST_LAST = _Prefix(Patient.first_key, Patient.last_key)
_LAST_FIRST = _Prefix(Patient.last_key, Patient.first_key)
_PHON_FIRST_LAST = _Prefix(Patient.first_phonetic, Patient.last_phonetic)
_PHON_LAST_FIRST = _Prefix(Patient.last_phonetic, Patient.first_phonetic)
_PLAIN = (_FIRST_LAST, _LAST_FIRST)
_PHONETIC = (_PHON_FIRST_LAST, _PHON_LAST_FIRST)


def _keyed(where: Any, key: _Col, order: Sequence[_Col]) -> _Stmt:
    """A digit lookup: ROW_COLUMNS and, as ``k``, the text column it is ordered by first (then id), so
    that in a UNION ALL of them (_together) each arm keeps its own order: ORDER BY arm, k, id."""
    stmt = select(*ROW_COLUMNS, key.label("k")).where(where).order_by(*order).limit(_N)
    _SORT[stmt] = ("k", "k")
    return stmt


_PHONE_PREFIX = _keyed(
    (Patient.phone_rev >= _lo(Patient.phone_rev)) & (Patient.phone_rev < _hi(Patient.phone_rev)),
    Patient.phone_rev,
    (Patient.phone_rev, Patient.id),
)
_PHONE = _keyed(
    Patient.phone_rev == bindparam("v", type_=Patient.phone_rev.type),
    Patient.phone_rev,
    (Patient.phone_rev, Patient.id),
)
_MRN = _rows(Patient.mrn == bindparam("v", type_=Patient.mrn.type), order=(Patient.mrn,))
_ABHA = _keyed(
    Patient.abha_number == bindparam("v", type_=Patient.abha_number.type), Patient.abha_number, (Patient.id,)
)
_OLD_ID = _keyed(Patient.old_id == bindparam("v", type_=Patient.old_id.type), Patient.old_id, (Patient.id,))


def _run(conn: Lookup, stmt: _Stmt, params: dict[str, Any]) -> list[_Tuple]:
    return conn.rows(stmt, params)


def _in_slot(stmt: _Stmt, slot: int) -> _Stmt:
    """``stmt`` with its parameters renamed ``<name>_<slot>`` (to sit beside others in one statement)."""

    def rename(element: Any, **_kw: Any) -> Any:
        if isinstance(element, BindParameter):
            return bindparam(f"{element.key}_{slot}", type_=element.type)
        return None

    return cast(_Stmt, visitors.replacement_traverse(cast(Any, stmt), {}, rename))


@functools.cache
def _union(stmts: tuple[_Stmt, ...]) -> CompoundSelect[*tuple[Any, ...]]:
    """The statements ``stmts`` (names, or the digit lookups) as one UNION ALL, each arm in its own
    order, numbered."""
    arms = []
    for slot, stmt in enumerate(stmts):
        sub = _in_slot(stmt, slot).subquery(f"arm{slot}")
        s1, s2 = _SORT[stmt]
        arms.append(
            select(
                literal_column(str(slot)).label("arm"), sub.c[s1].label("s1"), sub.c[s2].label("s2"), *sub.c
            )
        )
    return union_all(*arms).order_by(*(literal_column(c) for c in ("arm", "s1", "s2", "id")))


def _together(conn: Lookup, arms: Sequence[_Arm]) -> list[list[_Tuple]]:
    """The rows of each of ``arms``: on a server in one round trip (a UNION ALL sorted by arm, then by
    each arm's own order), on SQLite, where a statement costs no round trip, one after another."""
    if len(arms) < 2 or conn.dialect_name == "sqlite":
        return [_run(conn, stmt, params) for stmt, params in arms]
    params = {f"{k}_{slot}": v for slot, (_, p) in enumerate(arms) for k, v in p.items()}
    out: list[list[_Tuple]] = [[] for _ in arms]
    for r in conn.rows(_union(tuple(stmt for stmt, _ in arms)), params):
        out[int(r[0])].append(r[3:])  # (arm, s1, s2, *ROW_COLUMNS); int(): a literal is a NUMBER on Oracle
    return out


def national_digits(compact: str) -> str:
    """Digits of a phone as typed: '+91 98450 12345' / '09845012345' -> '9845012345'."""
    if len(compact) == 12 and compact.startswith("91"):
        return compact[2:]
    if len(compact) == 11 and compact.startswith("0"):
        return compact[1:]
    return compact


def run_search(conn: Lookup, text: str, limit: int) -> list[list[Any]]:
    """Rows matching ``text`` (see PatientService.search), ordered, at most ``limit``: ROW_COLUMNS'
    values as the ORM would give them (only the rows kept are converted)."""
    convert = conn.converter(_ROWS)
    return [convert(r) for r in _search(conn, text, limit)]


def _search(conn: Lookup, text: str, limit: int) -> list[_Tuple]:
    raw = (text or "").strip()
    compact = _NOISE.sub("", raw)
    if not compact:
        return []
    if compact.isdigit():  # on a server one round trip (see _together), in this order
        arms: list[_Arm] = [] if _no_old_id(raw) else [(_OLD_ID, {"v": raw, "n": limit})]
        if len(compact) == 14:  # an ABHA number, typed with or without its dashes
            arms.append((_ABHA, {"v": compact, "n": limit}))
        digits = national_digits(compact)
        if len(digits) == 10:
            arms.append((_PHONE, {"v": digits[::-1], "n": limit}))
        elif MIN_PHONE_DIGITS <= len(digits) < 10:  # the end of a number: a prefix of phone_rev
            rev = digits[::-1]
            arms.append((_PHONE_PREFIX, {"lo": rev, "hi": prefix_upper_bound(rev), "n": limit}))
        return unique_rows([r for rows in _together(conn, arms) for r in rows], limit)
    mrn = normalise_mrn(raw)
    if mrn is not None:  # an old system's id can look like an MRN ('OLD0000123')
        return _run(conn, _MRN, {"v": mrn, "n": limit}) or _old_id(conn, raw, limit)
    if any(ch.isdigit() for ch in compact):
        return _old_id(conn, raw, limit)
    plain_tokens, phonetic_tokens = name_tokens(raw), phonetic_key(raw).split()
    plain_arms, phonetic_arms = (
        _opening(plain_tokens, _PLAIN, limit),
        _opening(phonetic_tokens, _PHONETIC, limit),
    )
    got = _together(conn, plain_arms + phonetic_arms)
    plain, phonetic = got[: len(plain_arms)], got[len(plain_arms) :]
    if len(plain_tokens) == 1 and len(phonetic_tokens) == 1:  # the last keys, for whichever is short
        arms = [(keys[1].prefix, _prefix_params(t[0], limit)) for keys, t, rows in (
            (_PLAIN, plain_tokens, plain[0]), (_PHONETIC, phonetic_tokens, phonetic[0])
        ) if len(rows) < limit]  # fmt: skip
        more = iter(_together(conn, arms))
        plain += [next(more)] if len(plain[0]) < limit else []
        phonetic += [next(more)] if len(phonetic[0]) < limit else []
    return merge_phonetic(
        _name_search(conn, plain_tokens, limit, _PLAIN, plain),
        _name_search(conn, phonetic_tokens, limit, _PHONETIC, phonetic),
        limit,
    )


def _old_id(conn: Lookup, raw: str, limit: int) -> list[_Tuple]:
    """The patient the previous system knew by ``raw`` (import keeps it; unique, indexed)."""
    if _no_old_id(raw):
        return []
    return _run(conn, _OLD_ID, {"v": raw, "n": limit})


def _no_old_id(raw: str) -> bool:
    return len(raw) > 40 or " " in raw


def _prefix_params(t: str, n: int) -> dict[str, Any]:
    return {"lo": t, "hi": prefix_upper_bound(t), "n": n}


def _pair_params(a: str, b: str, n: int) -> dict[str, Any]:
    return {"lo": a, "hi": prefix_upper_bound(a), "b": b, "b2": prefix_upper_bound(b), "n": n}


def _opening(tokens: list[str], keys: tuple[_Prefix, _Prefix], limit: int) -> list[_Arm]:
    """The first statements :func:`_name_search` runs for ``tokens`` (run together, see _together)."""
    by_first = keys[0]
    if len(tokens) == 1:
        return [(by_first.prefix, _prefix_params(tokens[0], limit))]
    if len(tokens) == 2:
        a, b = tokens
        return [
            (by_first.prefix, _prefix_params(f"{a} {b}", limit)),
            (by_first.first_rows, _pair_params(a, b, limit)),
        ]
    return []


def _name_search(
    conn: Lookup, tokens: list[str], limit: int, keys: tuple[_Prefix, _Prefix], got: list[list[_Tuple]]
) -> list[_Tuple]:
    """Rows whose first and last ``keys`` columns start with the tokens (any pairing), ordered.

    ``got``: the results of :func:`_opening`'s statements (and, for one token, of the last-key prefix
    when the first-key one was short). The statements run in their order until ``limit`` distinct rows
    are in hand: the page is the first ``limit`` distinct rows of their results in turn, and ``limit``
    rows of each are enough for it (each row left out as already seen stands for one already on the
    page). With three or more tokens a pairing matches only two of them, so each pairing reads twice as
    many and the rows are checked.
    """
    by_first = keys[0]
    if not tokens:
        return []
    if len(tokens) == 1:
        return unique_rows([r for rows in got for r in rows], limit)
    if len(tokens) == 2:  # a prefix of each column is a prefix of its first word: both tokens match
        (a, b), (several, first_pair) = tokens, got
        # a first name of several words ('sri devi'), then each token as the first name, the other last
        rows = unique_rows(several, limit)
        if len(rows) < limit:
            rows = unique_rows(rows + _pair(conn, by_first, a, b, limit, first_pair), limit)
        if len(rows) < limit:
            rows = unique_rows(rows + _pair(conn, by_first, b, a, limit), limit)
        return rows
    rows = _run(conn, by_first.prefix, _prefix_params(" ".join(tokens), limit))
    for a, b in itertools.permutations(tokens[:3], 2):
        rows += _pair(conn, by_first, a, b, limit * 2)
    first, last = by_first.first_pos, by_first.second_pos
    return unique_rows([r for r in rows if _all_tokens_match(r, tokens, first, last)], limit)


def _pair(
    conn: Lookup, index: _Prefix, a: str, b: str, need: int, got: list[_Tuple] | None = None
) -> list[_Tuple]:
    """Up to ``need`` rows whose first column starts with ``a`` and second with ``b``, in index order
    (the skip scan in the module's docstring). ``got``: what ``index.first_rows`` gave, if it ran."""
    params = _pair_params(a, b, need)
    if got is None:
        got = _run(conn, index.first_rows, params)
    rows, strict = list(got), False  # strict: the last statement read the first key > lo, not >= lo
    for _ in range(SKIP_VALUES):
        if len(rows) >= need:
            return rows
        if got:  # the first key those rows have: the next statement reads the one after it
            params["lo"] = got[-1][index.first_pos]
        else:  # no rows at that first key (or there is none): which was it?
            value = conn.scalar(index.next_value if strict else index.first_value, params)
            if value is None:
                return rows
            params["lo"] = value
        strict, params["n"] = True, need - len(rows)
        got = _run(conn, index.next_rows, params)
        rows += got
    if len(rows) < need:  # many distinct first keys: the rest of the range as one range scan
        if got:
            params["lo"] = got[-1][index.first_pos]
        params["n"] = need - len(rows)
        rows += _run(conn, index.rest_rows, params)
    return rows


def _all_tokens_match(r: _Tuple, tokens: list[str], first: int, last: int) -> bool:
    words = f"{r[first] or ''} {r[last] or ''}".split()
    return all(any(w.startswith(t) for w in words) for t in tokens)
