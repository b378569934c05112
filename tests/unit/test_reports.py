"""Reports read back: the token slip's page, text and fonts, and the rupee sign in the house font."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
import shutil
import subprocess
import threading
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject
from reportlab.platypus import Paragraph, SimpleDocTemplate

from hms_desktop.reports import TokenSlipData, build_token_slip, token_slip_pdf
from hms_desktop.reports.fonts import BOLD, REGULAR, register_fonts
from hms_desktop.reports.styles import ROLL_MARGIN, ROLL_WIDTH, paragraph_style, triage_colours
from hms_desktop.reports.token_slip import ahead_text, issued_text, level_text
from hms_desktop.services.queue_types import TokenSlip

MM = 72 / 25.4
IST = ZoneInfo("Asia/Kolkata")
LONG_CLINIC = (
    "Sri Venkateswara Multi Speciality Community Health, Wellness & Diagnostic Centre of Greater "
    "Koramangala Extension Area, Bengaluru"
)
LONG_DOCTOR = "Dr. Venkatanarasimharajuvaripeta Subrahmanyam Chandrasekhara Ramakrishnan Iyer"


def slip(**changes: object) -> TokenSlip:
    base = TokenSlip(
        clinic_name="Sanjeevini Clinic",
        clinic_address="12 MG Road, Bengaluru 560001",
        clinic_phone="+91 80 4123 4567",
        token_label="12",
        patient_initials="R. K.",
        department_name="General Medicine",
        doctor_name="Dr. Anita Sharma",
        room="4",
        issued_at=dt.datetime(2026, 11, 23, 10, 42, tzinfo=IST),
        level="yellow",
        level_label="Urgent",
        target_min=60,
        waiting_ahead=3,
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def read(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def text_of(pdf: bytes) -> str:
    reader = read(pdf)
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def assert_one_roll_page(pdf: bytes) -> None:
    reader = read(pdf)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert float(box.width) == pytest.approx(80 * MM, abs=0.5)
    assert 40 * MM < float(box.height) < 200 * MM


# --- the token slip ---------------------------------------------------------------------------


def test_the_services_slip_is_what_the_report_takes() -> None:
    data: TokenSlipData = slip()  # mypy checks the protocol against the service's dataclass
    assert data.token_label == "12"


def test_a_triaged_slip() -> None:
    pdf = token_slip_pdf(slip(token_label="GM-12"))
    assert pdf.startswith(b"%PDF")
    assert_one_roll_page(pdf)
    text = flat(text_of(pdf))
    for expected in (
        "Sanjeevini Clinic",
        "12 MG Road, Bengaluru 560001",
        "+91 80 4123 4567",
        "TOKEN",
        "GM-12",
        "R. K.",
        "Department: General Medicine",
        "Doctor: Dr. Anita Sharma",
        "Room: 4",
        "YELLOW — Urgent",
        "seen within 60 min",
        "Issued 23 Nov 2026, 10:42",
        "3 patients ahead of you",
        "Please wait until your token is called on the screen.",
    ):
        assert expected in text, expected
    assert "None" not in text
    assert "Triage pending" not in text


def test_an_untriaged_slip_with_missing_details() -> None:
    pdf = token_slip_pdf(
        slip(
            level=None,
            level_label=None,
            target_min=None,
            clinic_address=None,
            clinic_phone="  ",
            department_name=None,
            doctor_name=None,
            room=None,
            waiting_ahead=0,
        )
    )
    assert_one_roll_page(pdf)
    text = flat(text_of(pdf))
    assert "Triage pending" in text
    assert "No patients ahead of you" in text
    assert "None" not in text
    for absent in ("Department", "Doctor", "Room", "seen within", "YELLOW", "Urgent"):
        assert absent not in text, absent


@pytest.mark.parametrize(
    ("level", "label", "target", "head", "note"),
    [
        ("red", "Immediate", 0, "RED — Immediate", "seen immediately"),
        ("orange", "Very urgent", 10, "ORANGE — Very urgent", "seen within 10 min"),
        ("green", "Standard", 120, "GREEN — Standard", "seen within 120 min"),
        ("blue", None, None, "BLUE", None),
    ],
)
def test_every_level_is_printed_in_words(
    level: str, label: str | None, target: int | None, head: str, note: str | None
) -> None:
    data = slip(level=level, level_label=label, target_min=target)
    assert level_text(data) == (head, note)
    text = flat(text_of(token_slip_pdf(data)))
    assert head in text
    assert note is None or note in text
    assert "None" not in text


def test_long_names_wrap_and_the_slip_grows() -> None:
    short = read(token_slip_pdf(slip()))
    pdf = token_slip_pdf(slip(clinic_name=LONG_CLINIC, doctor_name=LONG_DOCTOR, token_label="CARD-12345"))
    assert len(LONG_CLINIC) >= 120
    assert_one_roll_page(pdf)
    assert float(read(pdf).pages[0].mediabox.height) > float(short.pages[0].mediabox.height)
    text = flat(text_of(pdf))
    assert flat(LONG_CLINIC) in text
    assert LONG_DOCTOR in text
    assert "CARD-12345" in text


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) not installed")
def test_every_word_lies_inside_the_printable_width(tmp_path: Path) -> None:
    path = tmp_path / "slip.pdf"
    build_token_slip(
        slip(clinic_name=LONG_CLINIC, doctor_name=LONG_DOCTOR, token_label="CARD-12345", level="red"), path
    )
    html = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    words = re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<', html)
    assert len(words) > 40
    left, right = ROLL_MARGIN - 0.5, ROLL_WIDTH - ROLL_MARGIN + 0.5
    outside = [w for x0, x1, w in words if float(x0) < left or float(x1) > right]
    assert outside == []


def test_markup_characters_in_names_are_printed_as_typed() -> None:
    text = flat(text_of(token_slip_pdf(slip(clinic_name="Rao & Rao <Eye> Clinic", doctor_name="Dr. A&B"))))
    assert "Rao & Rao <Eye> Clinic" in text
    assert "Dr. A&B" in text


def test_issued_time_is_the_clinic_local_time_given() -> None:
    at = dt.datetime(2026, 11, 23, 10, 42, tzinfo=IST)
    assert issued_text(at) == "Issued 23 Nov 2026, 10:42"
    assert issued_text(dt.datetime(2026, 1, 5, 7, 3, tzinfo=IST)) == "Issued 5 Jan 2026, 07:03"


def test_patients_ahead_wording() -> None:
    assert ahead_text(0) == "No patients ahead of you"
    assert ahead_text(1) == "1 patient ahead of you"
    assert ahead_text(14) == "14 patients ahead of you"


def test_writes_to_a_path_a_string_and_a_stream(tmp_path: Path) -> None:
    data = slip()
    build_token_slip(data, tmp_path / "a.pdf")
    build_token_slip(data, str(tmp_path / "b.pdf"))
    stream = io.BytesIO()
    build_token_slip(data, stream)
    for pdf in ((tmp_path / "a.pdf").read_bytes(), (tmp_path / "b.pdf").read_bytes(), stream.getvalue()):
        assert_one_roll_page(pdf)


def test_the_dejavu_fonts_are_embedded_and_nothing_else() -> None:
    page = read(token_slip_pdf(slip())).pages[0]
    resources = page["/Resources"].get_object()
    assert isinstance(resources, DictionaryObject)
    fonts = resources["/Font"].get_object()
    assert isinstance(fonts, DictionaryObject)
    names: dict[str, DictionaryObject] = {}
    for ref in fonts.values():
        font = ref.get_object()
        assert isinstance(font, DictionaryObject)
        names[str(font["/BaseFont"]).split("+")[-1]] = font  # '/AAAAAA+DejaVuSans': a subset
    assert set(names) == {"DejaVuSans", "DejaVuSans-Bold"}
    for font in names.values():
        descriptor = font["/FontDescriptor"].get_object()
        assert isinstance(descriptor, DictionaryObject)
        assert "/FontFile2" in descriptor  # the TrueType program itself, not just a name


# --- shared pieces ----------------------------------------------------------------------------


def test_the_rupee_sign_survives_in_the_house_font() -> None:
    regular, bold = register_fonts()
    buffer = io.BytesIO()
    margins = {"leftMargin": 4, "rightMargin": 4, "topMargin": 4, "bottomMargin": 4}
    doc = SimpleDocTemplate(buffer, pagesize=(60 * MM, 30 * MM), **margins)
    doc.build(
        [
            Paragraph("Total ₹ 1,250.00", paragraph_style("t", 10)),
            Paragraph("<b>Paid ₹500</b>", paragraph_style("b", 10)),
        ]
    )
    text = text_of(buffer.getvalue())
    assert "Total ₹ 1,250.00" in text
    assert "Paid ₹500" in text
    assert (regular, bold) == (REGULAR, BOLD)


def test_registering_the_fonts_is_idempotent_and_thread_safe() -> None:
    results: list[tuple[str, str]] = []
    threads = [threading.Thread(target=lambda: results.append(register_fonts())) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [(REGULAR, BOLD)] * 8
    assert register_fonts() == (REGULAR, BOLD)


def test_triage_colours() -> None:
    yellow = triage_colours("yellow")
    assert yellow.name == "YELLOW"
    assert yellow.fill.hexval().lower() == "0xfbc02d"
    assert yellow.text.hexval().lower() == "0x000000"
    for level in ("red", "orange", "green", "blue"):
        assert triage_colours(level).text.hexval().lower() == "0xffffff"
    assert triage_colours(" Red ").name == "RED"
    odd = triage_colours("purple")
    assert odd.name == "PURPLE"
