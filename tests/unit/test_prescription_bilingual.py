"""The prescription in the patient's language (issue 17): each line's frequency, timing and duration
in English and in Hindi or Kannada, read back with pdftotext; the advice as typed; none for English."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import update

from hms_desktop.db.engine import Database
from hms_desktop.db.models import Patient
from hms_desktop.reports.prescription import prescription_pdf
from tests.unit.queue_clinic import build_clinic
from tests.unit.test_consultation_service import FORM, in_room
from tests.unit.test_prescription_pdf import LINES, line, rx

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def pdftotext(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "rx.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True)
    return re.sub(r"\s+", " ", out.stdout)


def bilingual(language: str | None) -> bytes:
    lines = [
        line(1, "Paracetamol", frequency="1-0-1", duration_days=5, instructions="after food"),
        *LINES[1:],
    ]
    return prescription_pdf(
        rx(
            patient_name="राम शर्मा",
            patient_language=language,
            lines=lines,
            advice="Plenty of oral fluids.\nगुनगुना पानी पिएँ।",
        )
    )


@needs_poppler
def test_hindi_lines_print_in_english_and_hindi(tmp_path: Path) -> None:
    text = pdftotext(bilingual("hi"), tmp_path)
    assert "1-0-1 after food for 5 days" in text
    assert "सुबह 1 - दोपहर 0 - रात 1, खाने के बाद, 5 दिन" in text
    assert "twice a day after food for 5 days" in text and "दिन में दो बार, खाने के बाद, 5 दिन" in text
    # SOS with a typed timing: the limit translated, the typed text as typed
    assert "ज़रूरत होने पर ही, 8 घंटे में एक बार से ज़्यादा नहीं, for fever above 101 °F" in text
    assert "गुनगुना पानी पिएँ।" in text and "Plenty of oral fluids." in text
    assert "राम शर्मा" in text


@needs_poppler
def test_kannada_and_english_only(tmp_path: Path) -> None:
    text = pdftotext(bilingual("kn"), tmp_path)
    assert "ಬೆಳಿಗ್ಗೆ 1 - ಮಧ್ಯಾಹ್ನ 0 - ರಾತ್ರಿ 1, ಊಟದ ನಂತರ, 5 ದಿನಗಳು" in text
    english = pdftotext(bilingual(None), tmp_path)
    assert "1-0-1 after food for 5 days" not in english and "सुबह" not in english
    assert "1-0-1 (1 morning, 1 night)" in english  # the pharmacist's line as before


def test_reprint_is_byte_identical() -> None:
    assert bilingual("hi") == bilingual("hi")
    assert bilingual("hi") != bilingual(None)
    assert dataclasses.replace(rx(), patient_language="xx").patient_language == "xx"
    assert prescription_pdf(rx(patient_language="xx")) == prescription_pdf(rx())  # unknown: English only


def test_the_service_prints_in_the_patients_language(db: Database) -> None:
    c = build_clinic(db)
    entry_id, patient_id = in_room(c)
    with c.db.write() as s:
        s.execute(update(Patient).where(Patient.id == patient_id).values(preferred_language="kn"))
    view = c.sv.consultation.start(c.gp, entry_id)
    done = c.sv.consultation.complete(c.gp, view.id, FORM)
    assert done.prescription_id is not None
    doc = c.sv.consultation.prescription_doc(c.gp, done.prescription_id)
    assert doc.patient_language == "kn"
    assert doc == c.sv.consultation.prescription_doc(c.gp, done.prescription_id)
