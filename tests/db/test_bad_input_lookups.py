"""Bad input in what a desk types to look something up (issue 12: "generates inputs for every service
input type"): the patient search box, the drug list, a pharmacist's verification code, the audit
trail's filter and the series prefix. Text with NUL and control characters, lone surrogates, SQL LIKE
wildcards, far too long or not text at all: a result or a domain error, never another exception, and
a search never matches more than the plain words would.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hms_desktop.db.engine import Database
from hms_desktop.services.audit_reader_types import AuditFilter
from tests.db.test_bad_input_property import OUTCOMES, SETTINGS, Desk, make_desk, mostly, run, text_values
from tests.db.test_bad_input_property import _report as _report  # the outcomes' report (HMS_FUZZ_REPORT)


@pytest.fixture
def desk(db: Database) -> Desk:
    return make_desk(db)


QUERIES = st.one_of(
    text_values(60),
    st.sampled_from(["%", "_", "\\", "%%", "a%b", "_ _", "' OR 1=1 --", "Meera", "98765", "SFC-", "मीरा"]),
    st.text(st.sampled_from(list("%_\\*?[]^$.'\"")), max_size=6),
    st.sampled_from([None, 42, 3.5, b"Meera", ["Meera"], True]),
    st.builds(lambda n: "a" * n, st.integers(200, 5000)),
)


@SETTINGS
@given(text=QUERIES)
def test_patient_search_and_drug_list(desk: Desk, text: Any) -> None:
    c = desk.c
    found = run("patient search", lambda: c.sv.patients.search(c.desk, text))
    if found is not None and isinstance(text, str) and any(ch in text for ch in "%_"):
        plain = text.replace("%", "").replace("_", "").strip()
        if not plain:  # wildcards alone are no words: they match nobody, not everybody
            assert found == [], (text, found)
    drugs = run("drug list", lambda: c.sv.consultation.drugs(c.gp, text))
    if drugs is not None and isinstance(text, str) and text.strip() in ("%", "_", "%%"):
        assert drugs == []


@SETTINGS
@given(code=QUERIES)
def test_prescription_verification_code(desk: Desk, code: Any) -> None:
    c = desk.c
    run("verify code", lambda: c.sv.consultation.verify(c.gp, code))


@SETTINGS
@given(
    username=mostly(st.sampled_from([None, "admin", "cash", "nobody"]), QUERIES, 2),
    action=mostly(st.sampled_from([None, "billing.", "price*", "*", ".", "patient.register"]), QUERIES, 2),
    mrn=mostly(st.none(), QUERIES, 3),
    since=st.one_of(st.none(), st.dates(), st.sampled_from(["2026-01-01", 20260101])),
)
def test_audit_trail_filter(desk: Desk, username: Any, action: Any, mrn: Any, since: Any) -> None:
    c = desk.c
    f = AuditFilter(since=since, until=None, username=username, action=action, patient_mrn=mrn)
    rows = run("audit filter", lambda: c.sv.audit_reader.page(c.admin, f))
    if rows is not None:
        OUTCOMES["audit filter rows"]["pages"] += 1
    run("audit count", lambda: c.sv.audit_reader.count(c.admin, f))


@SETTINGS
@given(
    doc_type=mostly(st.sampled_from(["tax_invoice", "bill_of_supply", "inv_cum_bos", "receipt"]),
                    QUERIES | st.just("invoice"), 3),
    prefix=mostly(st.sampled_from(["INV", "RCP", "CN", "OPD", " opd "]), QUERIES, 3),
    from_date=mostly(st.dates(dt.date(2027, 4, 1), dt.date(2035, 3, 31)), st.one_of(st.none(), st.dates(),
                     st.just("2026-04-01")), 3),
)  # fmt: skip
def test_series_prefix(desk: Desk, doc_type: Any, prefix: Any, from_date: Any) -> None:
    c = desk.c
    done = run("series prefix", lambda: c.sv.billing.set_prefix(c.admin, doc_type, prefix, from_date))
    if done is not None:
        assert isinstance(done, str) and done.strip() == done and "\x00" not in done
