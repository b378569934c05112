"""The load test's own parts on every backend: each role's step does its real work through the
services, the checks pass on what the desks did, and each check fails on the anomaly it is for."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select, update

from hms_desktop.db.engine import Database
from hms_desktop.db.models import Appointment, DocSeries, QueueEntry
from hms_desktop.services.container import build_services
from tests.load.checks import run_checks
from tests.load.clinic import PASSWORD, populate
from tests.load.desk import Desk, DeskJob

ROLE_ORDER = ("receptionist", "nurse", "doctor", "cashier")


def _desks(db: Database) -> dict[str, Desk]:
    accounts, doctor_ids = populate(db, desks=4, patients=30, walk_ins=3)
    desks = {}
    for a in accounts:
        job = DeskJob(a, db.profile, None, "", 1.0, 7 + a.index, doctor_ids[:2])
        desk = Desk(job, build_services(db))
        desk.actor = desk.sv.auth.login(a.username, PASSWORD)
        desk.stop.set()  # no thinking: each step runs straight through
        desks[a.role] = desk
    return desks


def _refresh(desk: Desk) -> None:
    actor = desk.actor
    assert actor is not None
    if desk.role == "cashier":
        desk.screen = (desk.sv.billing.pending(actor), None)
    else:
        desk.screen = desk.sv.queue.snapshot(actor)


def _play(desks: dict[str, Desk]) -> list[dict[str, Any]]:
    rec = desks["receptionist"]
    assert rec.actor is not None
    for _ in range(40):  # the mix is random: until it has booked and registered a walk-in
        rec.reception(rec.actor)
        kinds = {w["kind"] for w in rec.writes}
        if {"walk_in", "booking"} <= kinds:
            break
    for role in ("nurse", "doctor", "cashier"):
        desk = desks[role]
        assert desk.actor is not None
        _refresh(desk)
        getattr(desk, {"nurse": "nurse", "doctor": "doctor", "cashier": "cashier"}[role])(desk.actor)
    writes = [w for d in desks.values() for w in d.writes]
    crashes = [c for d in desks.values() for c in d.crashes]
    assert not crashes, crashes[0]
    errors = [e for d in desks.values() for e in d.events if e[3] is not None]
    assert not errors, errors
    return writes


def test_roles_write_and_checks_pass_then_catch_each_anomaly(db: Database) -> None:
    desks = _desks(db)
    writes = _play(desks)
    kinds = {w["kind"] for w in writes}
    assert kinds == {"walk_in", "booking", "triage", "called", "consultation", "invoice", "payment"}
    assert {k: v for k, v in run_checks(db, writes).items() if v} == {}

    # a second booking over the first one's slot (as a broken slot key would let through)
    booked = next(w for w in writes if w["kind"] == "booking")
    with db.write() as s:
        first = s.get(Appointment, booked["appointment_id"])
        assert first is not None
        s.add(
            Appointment(
                patient_id=first.patient_id, doctor_id=first.doctor_id,
                starts_at=first.starts_at + dt.timedelta(minutes=5), ends_at=first.ends_at,
                status="booked", slot_key=None, booked_by=first.booked_by,
            )
        )  # fmt: skip
    assert run_checks(db, writes)["double bookings"]

    # a number burnt: the invoice series moves on without a document
    with db.write() as s:
        s.execute(
            update(DocSeries).where(DocSeries.doc_type != "receipt").values(next_no=DocSeries.next_no + 1)
        )
    assert any("series says next" in a for a in run_checks(db, writes)["document numbers"])

    # the same patient handed to two doctors, by the desks' own record
    called = next(w for w in writes if w["kind"] == "called")
    twice = [*writes, dict(called, desk="doct02")]
    assert run_checks(db, twice)["patients called twice"]

    # a triage overwritten behind the desk's back
    triaged = next(w for w in writes if w["kind"] == "triage")
    with db.write() as s:
        level = "blue" if triaged["level"] != "blue" else "green"
        s.execute(update(QueueEntry).where(QueueEntry.id == triaged["entry_id"]).values(triage_level=level))
    assert any("is not what" in a for a in run_checks(db, writes)["lost updates"])

    # a write a desk was told succeeded, with no audit row for it
    with db.read() as s:
        last = s.scalar(select(QueueEntry.id).order_by(QueueEntry.id.desc()).limit(1))
    unaudited = [
        *writes,
        {"kind": "walk_in", "desk": "rece01", "entry_id": (last or 0) + 1000, "patient_id": 1},
    ]
    result = run_checks(db, unaudited)
    assert result["writes not audited"]
    assert result["lost updates"]


@pytest.mark.parametrize("desks", [8, 40])
def test_role_mix_has_every_role(desks: int) -> None:
    from tests.load.clinic import role_mix

    roles = role_mix(desks)
    assert len(roles) == desks
    assert set(roles) == set(ROLE_ORDER)
    assert roles.count("doctor") <= 12


def test_the_desks_pace_their_reads_as_the_app_does() -> None:
    """The simulated desks re-read a screen no more often than gui/live.ReadPacer lets the app."""
    from hms_desktop.gui.live import REFRESH_GAP_MS
    from tests.load.desk import REFRESH_GAP_S, DeskJob

    assert REFRESH_GAP_S * 1000 == REFRESH_GAP_MS
    assert DeskJob.__dataclass_fields__["refresh_gap_s"].default == REFRESH_GAP_S
