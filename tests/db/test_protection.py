"""The schema protects itself (migration 0007), on every backend, for whoever is connected: the
append-only tables refuse UPDATE and DELETE, the counters only advance, audit rows are chained with
the server's clock, and ``audit verify`` / reprints expose what an owner who disables a trigger did."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import delete, func, select, text, update

from hms_desktop import cli
from hms_desktop.db.engine import Database
from hms_desktop.db.models import AuditHead, AuditLog, DocSeries, Invoice, InvoiceLine
from hms_desktop.db.profiles import Backend
from hms_desktop.db.protection import APPEND_ONLY, COLUMN_UPDATES
from hms_desktop.domain.audit_chain import GENESIS, row_digest
from hms_desktop.errors import ProtectedRecord, TamperedRecord
from hms_desktop.services import audit
from hms_desktop.services.audit_verify import AuditVerifyService
from hms_desktop.services.context import SYSTEM, Actor
from tests.db.clinic_day import ClinicDay, run_clinic_day
from tests.db.tampering import TRUNCATE, attempts, truncate
from tests.tamper import bypass_protection
from tests.unit.helpers import PASSWORD


@pytest.fixture
def day(db: Database) -> ClinicDay:
    return run_clinic_day(db)


def test_every_tamper_is_refused_by_the_triggers(day: ClinicDay) -> None:
    db = day.c.db  # the test connects as the tables' owner: only the triggers stand in the way
    refused = {}
    for name, attempt in attempts(day).items():
        with pytest.raises(ProtectedRecord) as err, db.write() as s:
            attempt(s)
        refused[name] = err.value.message
    assert len(refused) == 17
    assert all(m.startswith(("Issued documents", "A document number series")) for m in refused.values())
    assert refused["rewind a document series"].startswith("A document number series")
    if db.backend is Backend.POSTGRESQL:  # TRUNCATE bypasses row triggers: statement triggers stop it
        for table in TRUNCATE:
            with pytest.raises(ProtectedRecord), db.write() as s:
                truncate(table)(s)
    report = AuditVerifyService(db).verify(day.c.admin)
    assert report.ok and report.invoices_checked == 2 and report.rows_checked > 20


def test_the_triggers_exist_after_all_migrations(db: Database) -> None:
    """A later migration that rebuilds a table in SQLite batch mode would silently drop its triggers."""
    if db.backend is Backend.SQLITE:
        query = "SELECT name FROM sqlite_master WHERE type = 'trigger'"
        want = {f"ao_{t}_{v}" for t in APPEND_ONLY for v in ("upd", "del")}
        want |= {f"ao_{t}_{v}" for t in COLUMN_UPDATES for v in ("upd", "del")}
    else:
        query = "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgenabled = 'O'"
        want = {f"ao_{t}" for t in (*APPEND_ONLY, *COLUMN_UPDATES)}
        want |= {f"ao_{t}_trunc" for t in (*APPEND_ONLY, *COLUMN_UPDATES)}
        want |= {f"ao_{t}_del" for t in COLUMN_UPDATES}
    with db.engine.connect() as conn:
        found = set(conn.execute(text(query)).scalars())
    assert want <= found, sorted(want - found)


def _series(db: Database, next_no: int = 1, prefix: str = "INV") -> int:
    with db.write() as s:
        row = DocSeries(doc_type="tax_invoice", fin_year="2031-32", prefix=prefix, next_no=next_no)
        s.add(row)
        s.flush()
        return row.id


def _set(db: Database, sid: int, **values: object) -> None:
    with db.write() as s:
        s.execute(update(DocSeries).where(DocSeries.id == sid).values(**values))


def test_a_document_series_only_advances_by_one(db: Database) -> None:
    sid = _series(db)
    _set(db, sid, prefix="OPD")  # nothing issued yet: the prefix may change
    _set(db, sid, next_no=2)
    _set(db, sid, next_no=3)
    for bad in ({"next_no": 2}, {"next_no": 5}, {"prefix": "INV"}, {"fin_year": "2032-33"}):
        with pytest.raises(ProtectedRecord, match="series"):
            _set(db, sid, **bad)
    with pytest.raises(ProtectedRecord), db.write() as s:
        s.execute(delete(DocSeries).where(DocSeries.id == sid))
    with db.read() as s:
        assert s.execute(select(DocSeries.prefix, DocSeries.next_no).where(DocSeries.id == sid)).one() == (
            "OPD",
            3,
        )


def _rows(db: Database) -> list[AuditLog]:
    with db.read() as s:
        return list(s.scalars(select(AuditLog).order_by(AuditLog.seq_no)))


def test_audit_rows_are_chained_with_the_servers_clock(db: Database) -> None:
    before = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=5)
    with db.write() as s:
        audit.record(s, SYSTEM, "test.one", "thing", 1, {"n": 1})
        audit.record(s, SYSTEM, "test.two", "thing", 2)
    with db.write() as s:
        audit.record(s, SYSTEM, "test.three")
    with pytest.raises(RuntimeError), db.write() as s:  # a unit that rolls back leaves no row, no number
        audit.record(s, SYSTEM, "test.lost")
        raise RuntimeError
    rows = _rows(db)
    assert [r.seq_no for r in rows] == [1, 2, 3] and [r.action for r in rows] == [
        "test.one",
        "test.two",
        "test.three",
    ]
    previous = GENESIS
    for r in rows:
        assert r.row_sha256 == row_digest(audit.chain_fields(r), previous)
        previous = r.row_sha256
    assert rows[0].occurred_at == rows[1].occurred_at  # one unit, one stamp
    after = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=5)
    assert all(before <= r.occurred_at <= after for r in rows)  # the server's clock (here: this host)
    with db.read() as s:
        head = s.get_one(AuditHead, 1)
        assert (head.last_seq, head.last_sha256) == (3, rows[-1].row_sha256)


def test_the_desks_clock_does_not_date_the_audit_trail(day: ClinicDay) -> None:
    """The billing service runs on a clock set to 15 April 2026; the audit rows carry the server's."""
    with day.c.db.read() as s:
        newest = s.scalar(select(func.max(AuditLog.occurred_at)))
    assert newest is not None and abs(newest - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=5)


def test_concurrent_units_do_not_fork_the_chain(db: Database) -> None:
    def work(n: int) -> None:
        for i in range(5):
            with db.write() as s:
                audit.record(s, SYSTEM, f"race.{n}.{i}")

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    rows = _rows(db)
    assert [r.seq_no for r in rows] == list(range(1, 21))
    report = AuditVerifyService(db).verify(_admin(db))
    assert report.first_break is None and report.rows_checked == 20


def _admin(db: Database) -> Actor:
    from hms_desktop.domain.enums import Role
    from tests.unit.helpers import make_user

    return make_user(db, "auditor", Role.ADMIN)


def test_verify_finds_a_deleted_row(day: ClinicDay) -> None:
    db = day.c.db
    bypass_protection(db, "audit_log")  # what an attacker with the owner's rights does first
    with db.write() as s:
        s.execute(delete(AuditLog).where(AuditLog.seq_no == 7))
    report = AuditVerifyService(db).verify(day.c.admin)
    assert report.first_break is not None and report.first_break.kind == "gap"
    assert report.first_break.seq_no == 7 and "7 are missing" in report.first_break.message
    assert report.rows_checked == 6 and not report.ok


def test_verify_finds_a_rewritten_row_even_with_its_digest_recomputed(day: ClinicDay) -> None:
    db = day.c.db
    bypass_protection(db, "audit_log")
    with db.write() as s:
        s.execute(update(AuditLog).where(AuditLog.seq_no == 5).values(username="someone-else"))
    report = AuditVerifyService(db).verify(day.c.admin)
    assert report.first_break is not None and (report.first_break.kind, report.first_break.seq_no) == (
        "digest",
        5,
    )
    with db.write() as s:  # the attacker recomputes row 5's digest: row 6 no longer links to it
        row = s.scalars(select(AuditLog).where(AuditLog.seq_no == 4)).one()
        five = s.scalars(select(AuditLog).where(AuditLog.seq_no == 5)).one()
        five.row_sha256 = row_digest(audit.chain_fields(five), row.row_sha256)
    report = AuditVerifyService(db).verify(day.c.admin)
    assert report.first_break is not None and (report.first_break.kind, report.first_break.seq_no) == (
        "digest",
        6,
    )


def test_verify_finds_rows_cut_off_the_end(day: ClinicDay) -> None:
    db = day.c.db
    bypass_protection(db, "audit_log")
    with db.read() as s:
        last = s.scalar(select(func.max(AuditLog.seq_no)))
    assert last is not None
    with db.write() as s:
        s.execute(delete(AuditLog).where(AuditLog.seq_no == last))
    report = AuditVerifyService(db).verify(day.c.admin)
    assert report.first_break is not None and report.first_break.kind == "head"
    assert f"rows {last} to {last}" in report.first_break.message


def test_a_tampered_invoice_is_not_reprinted_and_verify_names_it(day: ClinicDay) -> None:
    db, c = day.c.db, day.c
    c.sv.billing.invoice_doc(c.cashier, day.invoice_id, duplicate=True)  # intact: prints
    bypass_protection(db, "invoice_line")
    with db.write() as s:
        s.execute(update(InvoiceLine).where(InvoiceLine.invoice_id == day.invoice_id).values(unit_price=1))
    for printing in (
        lambda: c.sv.billing.invoice_doc(c.cashier, day.invoice_id, duplicate=True),
        lambda: c.sv.billing.receipt_doc(c.cashier, day.payment_id, duplicate=True),
    ):
        with pytest.raises(TamperedRecord, match="no longer matches the seal"):
            printing()
    with db.read() as s:
        number = s.scalar(select(Invoice.doc_number).where(Invoice.id == day.invoice_id))
        refusals = s.scalars(
            select(AuditLog.details).where(AuditLog.action == "billing.print", AuditLog.outcome == "failed")
        ).all()
    assert len(refusals) == 2 and all("digest mismatch" in (d or "") for d in refusals)
    report = AuditVerifyService(db).verify(c.admin)
    assert report.first_break is None  # the trail itself is intact ...
    assert (report.tampered_invoices, report.tampered_numbers) == (1, (number,))  # ... the invoice is not


def test_the_day_report_prints_the_days_chain_head(day: ClinicDay, tmp_path: object) -> None:
    from pypdf import PdfReader

    from hms_desktop.reports.day_report import build_day_report

    c = day.c
    report = c.sv.day_report.day_report(c.admin, c.sv.billing.clock.today())
    with c.db.read() as s:
        head = s.get_one(AuditHead, 1)
    assert (report.audit_seq, report.audit_digest) == (head.last_seq, head.last_sha256[:16])
    out = f"{tmp_path}/day.pdf"
    build_day_report(report, out)
    pdf = " ".join((p.extract_text() or "") for p in PdfReader(out).pages)
    assert f"#{head.last_seq}" in pdf and head.last_sha256[:16] in pdf.replace("\n", "")


def test_cli_audit_verify(
    day: ClinicDay, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = day.c.db
    url = db.engine.url.render_as_string(hide_password=False)
    monkeypatch.setenv("HMS_ADMIN_PASSWORD", PASSWORD)
    assert cli.main(["--url", url, "--admin", "admin", "audit", "verify", "--at", "3"]) == 0
    out = capsys.readouterr().out
    assert "audit chain: intact" in out and "invoices: 2 checked, 0 altered" in out
    assert "entry #3: digest " in out
    bypass_protection(db, "audit_log")
    with db.write() as s:
        s.execute(delete(AuditLog).where(AuditLog.seq_no == 4))
    assert cli.main(["--url", url, "--admin", "admin", "audit", "verify"]) == 2
    captured = capsys.readouterr()
    assert "BROKEN (gap)" in captured.out and "verification failed" in captured.err
