"""The clinic's ICD-10 usage and a doctor's recent codes, for ranking the diagnosis search (issue 14)."""

from __future__ import annotations

import pytest

from hms_desktop.db.engine import Database
from hms_desktop.domain import icd10
from hms_desktop.errors import PermissionDenied
from hms_desktop.services.consultation_types import ConsultationInput, DiagnosisInput
from hms_desktop.services.context import Actor
from tests.unit.queue_clinic import QueueClinic, build_clinic


def consult(c: QueueClinic, doctor: Actor, name: str, *codes: str) -> None:
    entry = c.walk_in(name, complaint="fever")
    row = c.sv.queue.call_next(doctor)
    assert row is not None and row.id == entry
    view = c.sv.consultation.start(doctor, entry)
    diagnoses = tuple(DiagnosisInput("", code, is_primary=i == 0) for i, code in enumerate(codes))
    c.sv.consultation.complete(doctor, view.id, ConsultationInput(diagnoses=diagnoses))


def test_clinic_counts_and_the_doctors_recent_codes(db: Database) -> None:
    c = build_clinic(db)
    consult(c, c.gp, "Asha", "J06.9", "I10")
    consult(c, c.gp, "Bala", "N39.0")
    consult(c, c.gp2, "Chitra", "J06.9", "H65.2")
    usage = c.sv.diagnosis_usage.usage(c.gp)
    assert usage.counts == {"J06.9": 2, "I10": 1, "N39.0": 1, "H65.2": 1}
    assert set(usage.recent) == {"J06.9", "I10", "N39.0"}  # Dr. Rao's own, not Dr. Iyer's H65.2
    assert set(c.sv.diagnosis_usage.usage(c.gp2).recent) == {"J06.9", "H65.2"}
    # the search ranks the clinic's H65.2 (not on the common list) right after the common codes
    ranked = [h.code for h in icd10.search("otitis", 10, usage=usage.counts, recent=usage.recent)]
    plain = [h.code for h in icd10.search("otitis", 10)]
    assert "H65.2" not in plain[:3] and ranked.index("H65.2") < 4
    with pytest.raises(PermissionDenied):
        c.sv.diagnosis_usage.usage(c.cashier)
