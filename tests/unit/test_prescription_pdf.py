"""The prescription PDF read back: what a pharmacist must find on it, page sizes, fonts, paging, QR."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject
from reportlab.graphics.barcode.qr import QrCodeWidget

from hms_desktop.reports.prescription import (
    MARGIN,
    QR_SIZE,
    PrescriptionData,
    build_prescription,
    drug_directions,
    drug_title,
    follow_up_text,
    frequency_text,
    prescription_pdf,
    qr_payload,
    quantity_text,
    verification_text,
)
from hms_desktop.services.consultation_types import PrescriptionDoc, PrescriptionLineDoc

IST = ZoneInfo("Asia/Kolkata")
A5_SIZE = (419.5, 595.3)
A4_SIZE = (595.3, 841.9)


def line(no: int, generic: str, **changes: object) -> PrescriptionLineDoc:
    base = PrescriptionLineDoc(
        line_no=no,
        generic_name=generic,
        brand_name=None,
        strength="250 mg",
        dosage_form="tablet",
        dose="1 tablet",
        route="oral",
        frequency="BD",
        sos_min_hours=None,
        duration_days=5,
        quantity=Decimal("10.00"),
        instructions="after food",
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


LINES = [
    line(
        1,
        "Paracetamol",
        brand_name="Calpol",
        strength="250 mg/5 mL",
        dosage_form="oral suspension",
        dose="5 mL",
        frequency="TDS",
        duration_days=3,
        quantity=Decimal("60.00"),
    ),
    line(2, "Amoxicillin", dosage_form="dispersible tablet"),
    line(
        3,
        "Ibuprofen",
        brand_name="Brufen",
        strength="100 mg/5 mL",
        dosage_form="oral suspension",
        dose="5 mL",
        frequency="SOS",
        sos_min_hours=8,
        duration_days=None,
        quantity=Decimal("1"),
        instructions="for fever above 101 °F",
    ),
]


def rx(**changes: object) -> PrescriptionDoc:
    base = PrescriptionDoc(
        clinic_name="Sanjeevini Family Clinic",
        clinic_address="12, 2nd Cross, MG Road\nBengaluru 560001, Karnataka",
        clinic_phone="+91 80 4123 4567",
        clinic_email="care@sanjeevini.in",
        logo_path=None,
        doctor_name="Dr. Anita Sharma",
        doctor_qualifications="MBBS, MD (Paediatrics)",
        doctor_reg_number="KMC-45821",
        doctor_reg_council="Karnataka Medical Council",
        doctor_specialisation="Consultant Paediatrician",
        patient_name="Aarav Kumar",
        patient_age_sex="6 y / M",
        patient_mrn="SFC-000123",
        patient_abha="91-1234-5678-9012",
        patient_weight_kg=Decimal("14.50"),
        issued_at=dt.datetime(2026, 11, 23, 10, 42, tzinfo=IST),
        allergies="Penicillin (rash)",
        diagnoses=[
            "J06.9 — Acute upper respiratory infection, unspecified",
            "R50.9 — Fever, unspecified",
        ],
        lines=list(LINES),
        advice="Plenty of oral fluids.\nTepid sponging for fever.",
        follow_up_on=dt.date(2026, 11, 30),
        verify_code="K7QX-4821",
        content_sha256="ab12cd34ef56ab12" + "0" * 48,
        version_no=2,
        supersedes_code="M3TZ-1190",
        paper_size="A5",
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def pages_text(pdf: bytes) -> list[str]:
    """Each page's text with runs of white space (and no-break spaces) made single spaces."""
    reader = PdfReader(io.BytesIO(pdf))
    return [re.sub(r"\s+", " ", (page.extract_text() or "").replace("\xa0", " ")) for page in reader.pages]


@pytest.fixture(scope="module")
def pdf() -> bytes:
    return prescription_pdf(rx())


@pytest.fixture(scope="module")
def text(pdf: bytes) -> str:
    return " ".join(pages_text(pdf))


# --- what is printed -------------------------------------------------------------------------------


def test_the_services_document_is_what_the_report_takes() -> None:
    data: PrescriptionData = rx()  # mypy checks the protocols against the service's dataclasses
    assert data.lines[0].generic_name == "Paracetamol"


def test_the_letterhead_has_the_clinic_and_the_registered_doctor(text: str) -> None:
    for expected in (
        "Sanjeevini Family Clinic",
        "Bengaluru 560001, Karnataka",
        "+91 80 4123 4567",
        "care@sanjeevini.in",
        "Dr. Anita Sharma",
        "MBBS, MD (Paediatrics)",
        "Consultant Paediatrician",
        "Reg. No. KMC-45821 (Karnataka Medical Council)",
    ):
        assert expected in text
    # the Reg. No. in the letterhead and again under the signature
    assert text.count("Reg. No. KMC-45821") == 2


def test_the_patient_block(text: str) -> None:
    for expected in (
        "Aarav Kumar",
        "6 y / M · Wt 14.5 kg",
        "MRN: SFC-000123 · ABHA: 91-1234-5678-9012",
        "ABHA: 91-1234-5678-9012",
        "23 Nov 2026, 10:42",
    ):
        assert expected in text


def test_allergies_are_printed_or_none_known_said(text: str) -> None:
    assert "ALLERGIES: Penicillin (rash)" in text
    confirmed = rx(
        allergies=None, allergy_status="nkda", allergy_confirmed="confirmed by Sister Mary, 2 Dec 2026"
    )
    none_known = " ".join(pages_text(prescription_pdf(confirmed)))
    assert "No known allergies (confirmed by Sister Mary, 2 Dec 2026)" in none_known
    assert "ALLERGIES" not in none_known and "not recorded" not in none_known


def test_allergies_never_asked_are_printed_as_not_recorded() -> None:
    """An empty list is not "none": only a confirmed NKDA prints "No known allergies" (issue 14)."""
    never_asked = " ".join(pages_text(prescription_pdf(rx(allergies=None))))
    assert "Allergies: not recorded" in never_asked
    assert "No known allergies" not in never_asked


def test_diagnoses_advice_and_follow_up(text: str) -> None:
    assert "J06.9 — Acute upper respiratory infection, unspecified" in text
    assert "R50.9 — Fever, unspecified" in text
    assert "Plenty of oral fluids." in text
    assert "Review on 30 Nov 2026 (Monday)" in text


def test_drug_lines_are_numbered_with_generic_names_in_capitals(text: str) -> None:
    assert "Rx" in text
    assert "1. PARACETAMOL 250 mg/5 mL oral suspension (Calpol)" in text
    assert "2. AMOXICILLIN 250 mg dispersible tablet" in text
    assert "3. IBUPROFEN 100 mg/5 mL oral suspension (Brufen)" in text
    assert "Paracetamol" not in text
    assert "5 mL · oral · TDS (three times a day) · for 3 days · Qty: 60 · after food" in text
    assert "SOS (when needed, not more often than every 8 hours) · Qty: 1" in text


def test_the_footer_carries_the_verification_code(text: str) -> None:
    assert "Verification code: K7QX-4821 · version 2 (amends M3TZ-1190)" in text
    assert "Check this prescription at the clinic with the code" in text
    assert "Page 1 of 1" in text


# --- the words, one by one -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "hours", "expected"),
    [
        ("OD", None, "OD (once a day)"),
        ("bd", None, "bd (twice a day)"),
        ("TDS", None, "TDS (three times a day)"),
        ("QID", None, "QID (four times a day)"),
        ("HS", None, "HS (at bedtime)"),
        ("SOS", None, "SOS (when needed)"),
        ("SOS", 6, "SOS (when needed, not more often than every 6 hours)"),
        ("PRN", 1, "PRN (when needed, not more often than every hour)"),
        (None, 4, "SOS (when needed, not more often than every 4 hours)"),
        ("1-0-1", None, "1-0-1 (1 morning, 1 night)"),
        ("1-1-1-1", None, "1-1-1-1 (1 morning, 1 afternoon, 1 evening, 1 night)"),
        ("every other day", None, "every other day"),
        (None, None, None),
        ("  ", None, None),
    ],
)
def test_frequency_codes_are_explained(code: str | None, hours: int | None, expected: str | None) -> None:
    assert frequency_text(code, hours) == expected


@pytest.mark.parametrize(
    ("quantity", "expected"),
    [("15.00", "15"), ("7.50", "7.5"), ("100", "100"), ("0.25", "0.25"), ("1E+2", "100")],
)
def test_quantities_print_without_trailing_zeros(quantity: str, expected: str) -> None:
    assert quantity_text(Decimal(quantity)) == expected


def test_a_bare_line_prints_what_it_has() -> None:
    bare = line(
        1,
        " metformin ",
        strength=None,
        dosage_form=None,
        dose=None,
        route=None,
        frequency=None,
        duration_days=1,
        quantity=None,
        instructions=None,
    )
    assert drug_title(bare) == "METFORMIN"
    assert drug_directions(bare) == "for 1 day"


def test_version_one_has_no_amends() -> None:
    assert (
        verification_text(rx(version_no=1, supersedes_code=None))
        == "Verification code: K7QX-4821 · version 1"
    )
    assert follow_up_text(dt.date(2026, 12, 1)) == "Review on 1 Dec 2026 (Tuesday)"


# --- the paper, the fonts, reprints ----------------------------------------------------------------


def page_size(pdf: bytes, index: int = 0) -> tuple[float, float]:
    box = PdfReader(io.BytesIO(pdf)).pages[index].mediabox
    return float(box.width), float(box.height)


def test_a5_portrait_by_default_and_a4_when_asked(pdf: bytes) -> None:
    assert page_size(pdf) == pytest.approx(A5_SIZE, abs=1)
    a4 = prescription_pdf(rx(paper_size="A4"))
    assert page_size(a4) == pytest.approx(A4_SIZE, abs=1)
    assert len(PdfReader(io.BytesIO(a4)).pages) == 1
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1  # a usual prescription fits one A5 sheet


def font_names(pdf: bytes) -> set[str]:
    names: set[str] = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        fonts = page["/Resources"].get_object().get("/Font")  # type: ignore[union-attr]
        if fonts is None:
            continue
        for ref in fonts.get_object().values():
            font = ref.get_object()
            assert isinstance(font, DictionaryObject)
            names.add(str(font["/BaseFont"]))
            descendants = font.get("/DescendantFonts")
            for desc in descendants.get_object() if descendants is not None else []:
                descriptor = desc.get_object()["/FontDescriptor"].get_object()
                assert "/FontFile2" in descriptor  # the TrueType program is embedded
    return names


def test_only_the_embedded_dejavu_fonts(pdf: bytes) -> None:
    names = font_names(pdf)
    assert names
    assert all("DejaVu" in name or "HmsSans" in name for name in names), names
    assert not any("Helvetica" in name for name in names)
    assert b"Helvetica" not in pdf


def test_a_reprint_is_byte_identical(pdf: bytes, tmp_path: Path) -> None:
    assert prescription_pdf(rx()) == pdf
    build_prescription(rx(), tmp_path / "rx.pdf")
    build_prescription(rx(), str(tmp_path / "rx2.pdf"))
    assert (tmp_path / "rx.pdf").read_bytes() == pdf
    assert (tmp_path / "rx2.pdf").read_bytes() == pdf
    assert prescription_pdf(rx(verify_code="ZZZZ-0000")) != pdf


# --- paging --------------------------------------------------------------------------------------


def test_many_lines_flow_onto_later_pages_with_doctor_and_patient() -> None:
    lines = [dataclasses.replace(LINES[i % 3], line_no=i + 1) for i in range(25)]
    pages = pages_text(prescription_pdf(rx(lines=lines)))
    assert len(pages) >= 2
    total = len(pages)
    for number, page in enumerate(pages, start=1):
        assert f"page {number} of {total}" in page.lower()
        assert "Verification code: K7QX-4821" in page
        if number > 1:
            assert "Aarav Kumar" in page
            assert "Dr. Anita Sharma" in page
            assert "Reg. No. KMC-45821" in page
    everything = " ".join(pages)
    for n in range(1, 26):  # every line printed once, none torn: title and directions on one page
        assert sum(f" {n}. " in f" {page}" for page in pages) == 1
    assert everything.count("Qty:") == 25
    # the signature is never alone: its page also shows the last drug line
    assert "25. " in pages[-1]
    assert pages[-1].count("Reg. No. KMC-45821") == 2


def test_devanagari_and_very_long_names_do_not_break_the_layout() -> None:
    name = "राम Prasad Venkatanarasimharajuvaripeta Subrahmanyam Chandrasekhara Ramakrishnan Iyer"
    pdf = prescription_pdf(
        rx(
            patient_name=name,
            clinic_name="Sri Venkateswara Multi Speciality Health & Diagnostic Centre <Koramangala>",
            lines=[*LINES, line(4, "Chlorpheniramine Maleate And Phenylephrine Hydrochloride " * 3)],
        )
    )
    text = " ".join(pages_text(pdf))
    assert "Prasad Venkatanarasimharajuvaripeta" in text
    assert "Centre <Koramangala>" in text
    assert "4. CHLORPHENIRAMINE MALEATE" in text


def test_a_logo_is_drawn_when_readable_and_skipped_otherwise(tmp_path: Path) -> None:
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 60), (30, 60, 120)).save(logo)
    with_logo = prescription_pdf(rx(logo_path=str(logo)))
    reader = PdfReader(io.BytesIO(with_logo))
    assert len(reader.pages[0].images) == 1
    broken = tmp_path / "logo.svg"
    broken.write_text("<svg/>", encoding="utf-8")
    for path in (str(broken), str(tmp_path / "missing.png"), ""):
        pdf = prescription_pdf(rx(logo_path=path))
        assert len(PdfReader(io.BytesIO(pdf)).pages[0].images) == 0


# --- the QR code ----------------------------------------------------------------------------------


def test_the_qr_payload() -> None:
    assert qr_payload(rx()) == "HMS-RX:K7QX-4821:ab12cd34ef56ab12"


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs pdftoppm (poppler-utils)")
def test_the_printed_qr_code_is_the_payload(pdf: bytes, tmp_path: Path) -> None:
    """Render the page, read the QR modules off the pixels, compare with the payload's encoding."""
    from PIL import Image

    source = tmp_path / "rx.pdf"
    source.write_bytes(pdf)
    dpi = 300
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(dpi), "-f", "1", "-l", "1", str(source), str(tmp_path / "p")],
        check=True,
    )
    page = Image.open(next(tmp_path.glob("p*.png"))).convert("L")
    widget = QrCodeWidget(qr_payload(rx()), barLevel="M")
    widget.qr.make()
    count = widget.qr.getModuleCount()
    module = QR_SIZE / (count + 4)  # two modules of quiet zone each side (barBorder=2)
    scale = dpi / 72
    height = page_size(pdf)[1]

    def dark(row: int, col: int) -> bool:
        x = (MARGIN + (2 + col + 0.5) * module) * scale
        y = (height - MARGIN - QR_SIZE + (2 + row + 0.5) * module) * scale
        value = page.getpixel((round(x), round(y)))
        assert isinstance(value, int)
        return value < 128

    read = [[dark(row, col) for col in range(count)] for row in range(count)]
    expected = [[widget.qr.isDark(row, col) for col in range(count)] for row in range(count)]
    assert read == expected
