"""The statements the independent Oracle grammar rejected (issue 10), on a live Oracle server.

The scenarios are the ones tests/db/test_oracle_fixed_statements.py runs on SQLite and PostgreSQL
(tests/db/oracle_fixed_scenarios.py); here the server itself says whether ``= 1`` filters, the CASE
grouping, subqueries in place of 1001-item id lists, the triage scale's short binds and 6,000-byte
advice in a CLOB all work. Needs ``HMS_TEST_ORACLE_URL`` (see test_oracle_live.py).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from hms_desktop.db.engine import Database
from tests.db import oracle_fixed_scenarios as sc
from tests.oracle_live.test_oracle_live import ORACLE_URL, db, oracle_db  # noqa: F401  (fixtures)

pytestmark = [
    pytest.mark.oracle,
    pytest.mark.skipif(not ORACLE_URL, reason="HMS_TEST_ORACLE_URL not set"),
]


def test_boolean_filters_in_every_active_list_on_oracle(db: Database) -> None:  # noqa: F811
    sc.active_lists(db)


def test_drug_list_on_oracle(db: Database) -> None:  # noqa: F811
    sc.drug_list(db)


def test_a_day_of_more_than_1000_documents_on_oracle(db: Database) -> None:  # noqa: F811
    day = sc.busy_day(db)
    assert day.invoices == sc.BUSY_DAY and day.refunded == Decimal("150")


def test_triage_scale_update_on_oracle(db: Database) -> None:  # noqa: F811
    sc.scale_update(db)


def test_advice_longer_than_4000_bytes_on_oracle(db: Database) -> None:  # noqa: F811
    assert len(sc.long_indic_advice(db)) == 2000
