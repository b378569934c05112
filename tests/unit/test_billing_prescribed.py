"""The cashier's read of today's prescribed medicines (BillingService.prescribed, issue 15) on every
backend: current versions only, today only, matched to the active price-list medicines, no dose
instructions, the read audited without drug names, and only for the roles that bill."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from hms_desktop.db.engine import Database
from hms_desktop.db.models import AuditLog, BillableItem, Prescription, QueueEntry
from hms_desktop.domain.clock import Clock
from hms_desktop.errors import PermissionDenied
from hms_desktop.services.billing import BillingService
from hms_desktop.services.consultation_types import ConsultationInput, DiagnosisInput, DrugLineInput
from hms_desktop.services.patients_types import PatientInput
from hms_desktop.services.queue_types import TriageInput
from tests.unit.queue_clinic import QueueClinic, build_clinic

D = Decimal
PCM = DrugLineInput(
    "paracetamol", "500 mg", "tablet", "1 tablet", "oral", "TDS", duration_days=5, instructions="after food"
)
CTZ = DrugLineInput("Cetirizine", "10 mg", "tablet", "1 tablet", "oral", "HS", duration_days=7)
IBU = DrugLineInput(
    "Ibuprofen", "400 mg", "tablet", "1 tablet", "oral", "SOS", sos_min_hours=8, duration_days=3
)
ORS = DrugLineInput("Oral rehydration salts", None, "sachet", "1 sachet", "oral", "QID", duration_days=1)
FORM = ConsultationInput(diagnoses=(DiagnosisInput("", "J02.9", is_primary=True),), lines=(PCM, CTZ, IBU))
ITEMS = (
    ("MED-PCM", "Paracetamol 500 mg tablets (strip of 10)", "medicine", True),
    ("MED-PCM650", "Paracetamol 650 mg tablets (strip of 15)", "medicine", True),
    ("MED-CTZ", "Cetirizine 10 mg tablets (strip of 10)", "medicine", True),
    ("MED-IBU", "Ibuprofen 400 mg tablets (strip of 10)", "medicine", False),  # no longer sold
    ("MED-ORS", "Oral rehydration salts sachet", "medicine", True),
    ("PCM-TALK", "Paracetamol 500 mg counselling", "service", True),  # not a medicine
)


@pytest.fixture
def c(db: Database) -> QueueClinic:
    clinic = build_clinic(db)
    with db.write() as s:
        for code, name, kind, active in ITEMS:
            s.add(BillableItem(code=code, name=name, kind=kind, tax_class="MEDICINE", unit_price=D("20"),
                               unit="STRIP", is_active=active))  # fmt: skip
    return clinic


def consult(c: QueueClinic, form: ConsultationInput = FORM, name: str = "Asha") -> tuple[int, int]:
    """A walk-in seen by Dr. Rao to completion: (patient id, prescription id)."""
    entry_id = c.walk_in(name, complaint="Fever")
    c.sv.triage.record(c.nurse, entry_id, TriageInput(chief_complaint="Fever", pulse=90, consciousness="A"))
    c.sv.queue.call(c.gp, entry_id)
    view = c.sv.consultation.start(c.gp, entry_id)
    done = c.sv.consultation.complete(c.gp, view.id, dataclasses.replace(form, confirmed=True))
    assert done.prescription_id is not None
    with c.db.read() as s:
        entry = s.get(QueueEntry, entry_id)
        assert entry is not None
        return entry.patient_id, done.prescription_id


def test_todays_lines_with_their_price_list_medicine(c: QueueClinic) -> None:
    pid, rx_id = consult(c)
    lines = c.sv.billing.prescribed(c.cashier, pid)
    assert [(ln.prescription_id, ln.line_no) for ln in lines] == [(rx_id, 1), (rx_id, 2), (rx_id, 3)]
    pcm, ctz, ibu = lines
    assert (pcm.drug, pcm.quantity, pcm.item_code, pcm.bill_quantity) == (
        "PARACETAMOL 500 mg tablet",
        D("15.00"),
        "MED-PCM",
        D(2),  # 15 tablets: 2 strips of 10
    )
    assert pcm.item_name == "Paracetamol 500 mg tablets (strip of 10)" and pcm.item_id is not None
    assert (ctz.item_code, ctz.quantity, ctz.bill_quantity) == ("MED-CTZ", D("7.00"), D(1))
    # ibuprofen's item is inactive: no match, and the prescribed quantity stays as it is
    assert (ibu.drug, ibu.item_code, ibu.item_id) == ("IBUPROFEN 400 mg tablet", None, None)
    assert ibu.bill_quantity == D(9)
    for ln in lines:  # the cashier sees no dose, frequency or instructions
        assert not {"TDS", "HS", "SOS", "after food", "oral", "1 tablet"} & set(vars(ln).values())
        assert "after food" not in ln.drug and "TDS" not in ln.drug
    # an administrator bills too; a patient seen without a consultation has nothing
    assert len(c.sv.billing.prescribed(c.admin, pid)) == 3
    with c.db.read() as s:
        other = s.get(QueueEntry, c.walk_in("Bina"))
        assert other is not None
    assert c.sv.billing.prescribed(c.cashier, other.patient_id) == []


def test_an_amended_prescription_replaces_the_old_lines(c: QueueClinic) -> None:
    pid, first = consult(c)
    new = c.sv.consultation.amend_prescription(c.gp, first, [PCM, ORS], "ORS for dehydration")
    lines = c.sv.billing.prescribed(c.cashier, pid)
    assert {ln.prescription_id for ln in lines} == {new.id}
    assert [(ln.drug, ln.item_code, ln.bill_quantity) for ln in lines] == [
        ("PARACETAMOL 500 mg tablet", "MED-PCM", D(2)),
        ("ORAL REHYDRATION SALTS sachet", "MED-ORS", D(4)),  # sold by the sachet
    ]


def test_only_the_clinics_today(c: QueueClinic, db: Database) -> None:
    """The clinic's local day (Asia/Kolkata), not the UTC date: one second before the clinic's midnight
    the prescription is still today's, at midnight it is yesterday's."""
    pid, rx_id = consult(c)
    clock = c.sv.billing.clock
    with db.read() as s:
        issued = s.scalar(select(Prescription.issued_at).where(Prescription.id == rx_id))
    assert issued is not None
    _start, midnight = clock.day_bounds(clock.local_date(issued))

    def at(instant: dt.datetime) -> BillingService:
        return BillingService(db, Clock(clock.zone, source=lambda: instant))

    assert len(at(midnight - dt.timedelta(seconds=1)).prescribed(c.cashier, pid)) == 3
    assert at(midnight).prescribed(c.cashier, pid) == []
    assert at(issued - dt.timedelta(days=1)).prescribed(c.cashier, pid) == []


def test_the_read_is_audited_without_drugs_and_refused_to_others(c: QueueClinic, db: Database) -> None:
    pid, rx_id = consult(c)
    c.sv.billing.prescribed(c.cashier, pid)
    with db.read() as s:
        rows = s.scalars(
            select(AuditLog).where(AuditLog.action == "clinical.view", AuditLog.username == "cash")
        ).all()
    assert [(r.entity, r.entity_id, r.outcome) for r in rows] == [("patient", str(pid), "ok")]
    details = rows[0].details or ""
    assert f'"prescriptions": [{rx_id}]' in details and '"lines": 3' in details and '"billing"' in details
    for word in ("PARACETAMOL", "paracetamol", "500", "TDS", "after food", "Asha"):
        assert word not in details
    other = c.sv.patients.register(c.desk, PatientInput(first_name="Bina", sex="F", age_years=30)).id
    assert c.sv.billing.prescribed(c.cashier, other) == []  # nothing prescribed today: nothing seen
    with db.read() as s:
        seen = s.scalars(select(AuditLog.entity_id).where(AuditLog.action == "clinical.view",
                                                          AuditLog.username == "cash")).all()  # fmt: skip
    assert seen == [str(pid)]
    for actor in (c.desk, c.nurse, c.gp):
        with pytest.raises(PermissionDenied):
            c.sv.billing.prescribed(actor, pid)
    with db.read() as s:
        denied = s.scalars(
            select(AuditLog.username).where(AuditLog.action == "billing.view", AuditLog.outcome == "denied")
        ).all()
    assert {"desk", "nurse", "drasha"} <= set(denied)


def test_a_prescription_without_a_match_or_quantity(c: QueueClinic) -> None:
    odd = dataclasses.replace(PCM, generic_name="Paracetamol", strength="1 g", quantity=None, dose=None,
                              frequency="as directed", duration_days=None)  # fmt: skip
    pid, _rx = consult(c, dataclasses.replace(FORM, lines=(odd,)))
    (line,) = c.sv.billing.prescribed(c.cashier, pid)
    assert (line.drug, line.quantity, line.item_code, line.bill_quantity) == (
        "PARACETAMOL 1 g tablet",
        None,
        None,
        D(1),
    )
