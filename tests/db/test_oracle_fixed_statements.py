"""The statements the independent Oracle grammar rejected (issue 10), run through their services on
SQLite and PostgreSQL; scripts/test.sh then parses what they sent, compiled for Oracle 19c. The same
scenarios run on a live Oracle server in tests/oracle_live/test_oracle_fixed_live.py."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from hms_desktop.db.engine import Database
from hms_desktop.db.models import Patient
from hms_desktop.services.patients import _SORT_COLUMNS, keyset_segments
from hms_desktop.services.patients_types import PatientSort
from tests.db import oracle_fixed_scenarios as sc


def test_boolean_filters_in_every_active_list(db: Database) -> None:
    sc.active_lists(db)


def test_drug_list_filters_inactive_drugs(db: Database) -> None:
    sc.drug_list(db)


def test_a_day_of_more_than_1000_documents(db: Database) -> None:
    day = sc.busy_day(db)
    assert day.invoices == sc.BUSY_DAY and day.refunded == Decimal("150")


def test_triage_scale_update(db: Database) -> None:
    sc.scale_update(db)


def test_advice_longer_than_4000_bytes(db: Database) -> None:
    assert len(sc.long_indic_advice(db)) == 2000


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", list(PatientSort))
def test_server_keyset_paging_statements_execute(db: Database, sort: PatientSort, descending: bool) -> None:
    """PostgreSQL and Oracle sort NULLs last (``nulls_smallest=False``): the keyset segments the
    patient list sends to a server are executed here on every backend, so the grammar check sees
    the server's statements even in a run without a server. (On SQLite, which sorts NULLs first,
    the rows are not the next page; only that the statements run is checked there.)"""
    with db.write() as s:
        for i in range(9):
            last = None if i % 3 == 0 else "Rao"  # some NULLs in the sort columns
            s.add(Patient(mrn=f"K-{i}", first_name=f"Asha{i}", last_name=last, sex="F", first_key=f"asha{i}",
                          last_key=last and last.lower()))  # fmt: skip
    cols = _SORT_COLUMNS[sort]
    with db.read() as s:
        first = s.execute(select(*cols).order_by(*(c.desc() if descending else c for c in cols))).first()
        assert first is not None
        for nulls_smallest in (False, True):
            segments = keyset_segments(
                cols, tuple(first), descending=descending, nulls_smallest=nulls_smallest
            )
            for segment in segments:
                rows = s.execute(select(Patient.id).where(*segment).order_by(Patient.id).limit(5)).all()
                assert isinstance(rows, list)
