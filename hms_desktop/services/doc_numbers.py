"""Consecutive, gapless document numbers per document type and financial year (CGST Rule 46).

The series row is read under a row lock in the caller's unit of work, so the number and the document
commit or roll back together: a rollback burns no number and concurrent cashiers queue on the lock
and get consecutive numbers. (SQLite drops FOR UPDATE, but its ``BEGIN IMMEDIATE`` write units are
already serialised.) The first use of a series in a year inserts the row inside a savepoint; if
another desk inserted it first, the unique key refuses ours and we read theirs.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import cast

from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from hms_desktop.db.models import DocSeries
from hms_desktop.domain.enums import DocType
from hms_desktop.domain.gst import doc_number_is_valid, financial_year, fy_short
from hms_desktop.errors import HmsError

MAX_LENGTH = 16
_SERIES = cast(Table, DocSeries.__table__)  # Core: no ORM bookkeeping on the hot path
_PREFIX = re.compile(r"[A-Z][A-Z0-9]{0,5}")
PREFIXES: dict[DocType, str] = {
    DocType.TAX_INVOICE: "INV",
    DocType.BILL_OF_SUPPLY: "BOS",
    DocType.INVOICE_CUM_BOS: "IBS",
    DocType.RECEIPT: "RCT",
    DocType.CREDIT_NOTE: "CRN",
}


def format_number(prefix: str, on_date: dt.date, number: int) -> str:
    """'INV/25-26/000123': the serial is zero-padded to fill the 16 characters Rule 46 allows."""
    head = f"{prefix}/{fy_short(on_date)}/"
    width = MAX_LENGTH - len(head)
    text = f"{head}{number:0{width}d}"
    if width < 1 or len(text) > MAX_LENGTH or not doc_number_is_valid(text):
        raise HmsError(
            f"The {prefix} series of {financial_year(on_date)} cannot give number {number} within "
            f"{MAX_LENGTH} characters; shorten the series prefix."
        )
    return text


def current_prefix(s: Session, kind: DocType) -> str:
    """The prefix a new year's series starts with: the latest year's (an administrator may have
    changed it), else the default."""
    latest = s.scalar(
        select(DocSeries.prefix)
        .where(DocSeries.doc_type == kind.value)
        .order_by(DocSeries.fin_year.desc())
        .limit(1)
    )
    return latest or PREFIXES[kind]


def set_prefix(s: Session, doc_type: DocType | str, prefix: str, on_date: dt.date) -> str:
    """Use ``prefix`` for ``doc_type`` from the financial year of ``on_date`` (and later years).

    Refused once that year's series has issued a number: a series must stay one consecutive run.
    Returns the first number the new prefix will give."""
    kind = DocType(doc_type)
    prefix = prefix.strip().upper()
    first = format_number(prefix, on_date, 1) if _PREFIX.fullmatch(prefix) else ""
    if not first:
        raise HmsError("A prefix is 1 to 6 letters or digits starting with a letter, e.g. INV or OPD.")
    fin_year = financial_year(on_date)
    row = _locked(s, kind, fin_year)
    if row is None:
        s.add(DocSeries(doc_type=kind.value, fin_year=fin_year, prefix=prefix, next_no=1))
    elif row.next_no > 1:
        raise HmsError(
            f"{fin_year} has already issued {row.next_no - 1} number(s) as {row.prefix}; a new prefix can "
            "start with the next financial year."
        )
    else:
        row.prefix = prefix
    s.flush()
    return first


def _locked(s: Session, doc_type: DocType, fin_year: str) -> DocSeries | None:
    stmt = (
        select(DocSeries)
        .where(DocSeries.doc_type == doc_type.value, DocSeries.fin_year == fin_year)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    return s.scalars(stmt).one_or_none()


_TAKE = (
    update(_SERIES)
    .where(_SERIES.c.doc_type == bindparam("series_type"), _SERIES.c.fin_year == bindparam("series_year"))
    .values(next_no=_SERIES.c.next_no + 1)
    .returning(_SERIES.c.prefix, _SERIES.c.next_no)
)


def next_number(s: Session, doc_type: DocType | str, on_date: dt.date) -> str:
    """Take the next number of ``doc_type`` in the financial year of ``on_date`` (1 April - 31 March).

    Call it inside the unit of work that saves the document: the series row stays locked until that
    unit commits.
    """
    kind = DocType(doc_type)
    fin_year = financial_year(on_date)
    if s.get_bind().dialect.update_returning:
        # one round trip: the UPDATE takes the same row lock the SELECT ... FOR UPDATE below would,
        # and a desk that waited for it increments (and is given) the number the holder left
        taken = s.connection().execute(_TAKE, {"series_type": kind.value, "series_year": fin_year}).first()
        if taken is not None:
            return format_number(taken[0], on_date, int(taken[1]) - 1)
    row = _locked(s, kind, fin_year)
    if row is None:
        try:
            with s.begin_nested():
                s.add(
                    DocSeries(
                        doc_type=kind.value, fin_year=fin_year, prefix=current_prefix(s, kind), next_no=1
                    )
                )
        except IntegrityError:  # another desk opened the series first: use theirs
            pass
        row = _locked(s, kind, fin_year)
        assert row is not None
    number = row.next_no
    text = format_number(row.prefix, on_date, number)
    row.next_no = number + 1
    s.flush()
    return text
