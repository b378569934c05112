"""Indian scripts on paper (issue 17): every document shapes Indic names as HarfBuzz does, keeps them
extractable and reprints byte-identically.

The glyphs a PDF draws are read back from the file itself: the content stream's ActualText spans, the
codes shown in them with their ``TJ`` adjustments and ``Ts`` rises, and the embedded subset font's
outlines for those codes. They must be the outlines of the glyph ids ``uharfbuzz`` returns for the
same text and Noto font (shaped here, independently of the report code), at HarfBuzz's positions.
A rendered page is compared with a reference drawn from HarfBuzz's outlines as plain paths.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import uharfbuzz as hb
from fontTools.ttLib import TTFont as FtFont
from pypdf import PdfReader
from pypdf.generic import ContentStream
from reportlab.pdfgen.canvas import Canvas

from hms_desktop.domain.day_report import ALL_CASHIERS, DayReport, DocumentRow, GroupRow, ModeRow
from hms_desktop.paths import resource_file
from hms_desktop.reports import token_slip_pdf
from hms_desktop.reports.day_report import day_report_pdf
from hms_desktop.reports.fonts import BOLD, REGULAR, register_fonts
from hms_desktop.reports.invoice import invoice_pdf
from hms_desktop.reports.patient_record import build_patient_record
from hms_desktop.reports.prescription import prescription_pdf
from hms_desktop.reports.receipt import receipt_pdf
from hms_desktop.reports.shaping import SCRIPTS, HmsCanvas, runs, script_of
from tests.unit import test_billing_pdf as billing
from tests.unit import test_prescription_pdf as rxdocs
from tests.unit import test_reports as slips

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None, reason="poppler-utils missing"
)

# Names and phrases with conjuncts, reph, pre-base matras and marks, per script.
SAMPLES: dict[str, tuple[str, ...]] = {
    "Deva": ("श्रीनिवास", "क्षत्रिय", "पच्चीस", "राम शर्मा", "कृष्ण द्विवेदी", "हिंदी"),
    "Knda": ("ಶ್ರೀನಿವಾಸ", "ರಾಮ ಶರ್ಮ", "ಲಕ್ಷ್ಮಿ", "ಕೃಷ್ಣಪ್ಪ"),
    "Taml": ("லக்ஷ்மி", "கிருஷ்ணன்", "ஸ்ரீநிவாசன்", "கொண்டை"),
    "Telu": ("శ్రీనివాస్", "లక్ష్మి", "కృష్ణ", "వెంకటేశ్వర్లు"),
    "Mlym": ("ശ്രീനിവാസൻ", "ലക്ഷ്മി", "കൃഷ്ണൻ", "കോട്ടയം"),
    "Beng": ("শ্রীনিবাস", "লক্ষ্মী", "কৃষ্ণ", "রবীন্দ্রনাথ"),
    "Gujr": ("શ્રીનિવાસ", "લક્ષ્મી", "કૃષ્ણ", "દ્વારકા"),
    "Guru": ("ਸ਼੍ਰੀਨਿਵਾਸ", "ਪ੍ਰੀਤ ਕੌਰ", "ਗੁਰਪ੍ਰੀਤ", "ਸਿੰਘ"),
    "Orya": ("ଶ୍ରୀନିବାସ", "ଲକ୍ଷ୍ମୀ", "କୃଷ୍ଣ", "ପ୍ରଧାନ"),
}
IST = ZoneInfo("Asia/Kolkata")


def font_path(script: str, bold: bool = False) -> Path:
    stem, _ = SCRIPTS[script]
    return resource_file("fonts", f"{stem}-{'Bold' if bold else 'Regular'}.ttf")


def harfbuzz(script: str, text: str, bold: bool = False) -> list[tuple[int, float, float, float]]:
    """(gid, x_advance, x_offset, y_offset) per glyph, in 1/1000 em, straight from uharfbuzz."""
    font = hb.Font(hb.Face(font_path(script, bold).read_bytes()))
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    hb.shape(font, buf, {})
    unit = 1000 / font.face.upem
    return [
        (i.codepoint, p.x_advance * unit, p.x_offset * unit, p.y_offset * unit)
        for i, p in zip(buf.glyph_infos, buf.glyph_positions, strict=True)
    ]


# --- reading a PDF back ---------------------------------------------------------------------------


@dataclasses.dataclass
class Drawn:
    """One ActualText span: its text, each glyph's outline key and position (points from the span's start)."""

    text: str
    font: str  # the embedded font's BaseFont, e.g. /AAAAAB+NotoSansDevanagari
    size: float
    glyphs: list[tuple[Any, float, float]]


_OUTLINES: dict[Any, Any] = {}


def _outline(ft: FtFont, glyph_name: str) -> tuple[Any, ...]:
    glyf = ft["glyf"]
    coords, ends, flags = glyf[glyph_name].getCoordinates(glyf)
    return (tuple(coords), tuple(ends), tuple(int(f) & 1 for f in flags), ft["hmtx"][glyph_name][0])


def original_outline(path: Path, gid: int) -> tuple[Any, ...]:
    ft = _OUTLINES.get(path)
    if ft is None:
        ft = _OUTLINES[path] = FtFont(str(path))
    return _outline(ft, ft.getGlyphOrder()[gid])


def _subset_glyphs(font: Any) -> tuple[dict[int, tuple[Any, ...]], dict[int, float]]:
    """code -> outline key of the embedded subset font; code -> /Widths entry."""
    program = font["/FontDescriptor"].get_object()["/FontFile2"].get_object().get_data()
    ft = FtFont(io.BytesIO(program))
    cmap = ft["cmap"].getcmap(1, 0).cmap
    first = int(font["/FirstChar"])
    widths = {first + i: float(w) for i, w in enumerate(font["/Widths"])}
    return {code: _outline(ft, name) for code, name in cmap.items()}, widths


def drawn_spans(pdf: bytes) -> list[Drawn]:
    """Every ActualText span of every page, with the glyphs shown inside it."""
    reader = PdfReader(io.BytesIO(pdf))
    spans: list[Drawn] = []
    for page in reader.pages:
        fonts: Any = page["/Resources"]["/Font"].get_object()  # type: ignore[index]
        cache: dict[str, tuple[dict[int, tuple[Any, ...]], dict[int, float]]] = {}
        content = ContentStream(page.get_contents(), reader)
        current: Drawn | None = None
        font_name, size, rise, x = "", 0.0, 0.0, 0.0
        for operands, op in content.operations:
            if op == b"Tf":
                font_name, size = str(operands[0]), float(operands[1])
            elif op == b"Ts":
                rise = float(operands[0])
            elif op == b"BDC" and "/ActualText" in operands[1]:
                text = operands[1]["/ActualText"]
                current = Drawn(str(text), "", size, [])
                x = 0.0
            elif op == b"EMC" and current is not None:
                spans.append(current)
                current = None
            elif op in (b"Tj", b"TJ") and current is not None:
                font = fonts[font_name].get_object()
                if font_name not in cache:
                    cache[font_name] = _subset_glyphs(font)
                outlines, widths = cache[font_name]
                current.font, current.size = str(font["/BaseFont"]), size
                items = operands[0] if op == b"TJ" else [operands[0]]
                for item in items:
                    if isinstance(item, (bytes, str)) or hasattr(item, "original_bytes"):
                        data = item.original_bytes if hasattr(item, "original_bytes") else bytes(item)
                        for code in data:
                            current.glyphs.append((outlines[code], x, rise))
                            x += widths[code] * size / 1000
                    else:
                        x -= float(item) * size / 1000
    return spans


def expected_glyphs(
    script: str, text: str, size: float, bold: bool = False
) -> list[tuple[Any, float, float]]:
    path = font_path(script, bold)
    out, pen = [], 0.0
    for gid, advance, dx, dy in harfbuzz(script, text, bold):
        out.append((original_outline(path, gid), pen + dx * size / 1000, dy * size / 1000))
        pen += advance * size / 1000
    return out


def assert_shaped_as_harfbuzz(span: Drawn, script: str, bold: bool = False) -> None:
    expected = expected_glyphs(script, span.text, span.size, bold)
    assert [g[0] for g in span.glyphs] == [g[0] for g in expected], f"glyphs differ for {span.text!r}"
    for (_, x, y), (_, ex, ey) in zip(span.glyphs, expected, strict=True):
        assert x == pytest.approx(ex, abs=0.01) and y == pytest.approx(ey, abs=0.01), span.text


def pdftotext(pdf: bytes, tmp: Path) -> str:
    path = tmp / "doc.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


# --- runs -----------------------------------------------------------------------------------------


def test_text_is_cut_into_runs_of_one_script() -> None:
    assert runs("Dr. राम शर्मा, ₹ 250") == [(None, "Dr. "), ("Deva", "राम शर्मा"), (None, ", ₹ 250")]
    assert runs("ರಾಮ राम") == [("Knda", "ರಾಮ"), (None, " "), ("Deva", "राम")]
    assert runs("अ।") == [("Deva", "अ।")]  # the danda stays with its run
    assert runs("ক।") == [("Beng", "ক।")]
    assert runs("क\u200dष") == [("Deva", "क\u200dष")]  # a joiner too
    assert runs("Plain 1,00,000") == [(None, "Plain 1,00,000")]
    assert script_of("A") is None and script_of("ಕ") == "Knda" and script_of("ଓ") == "Orya"


# --- glyphs and positions -------------------------------------------------------------------------


def _canvas_pdf(lines: list[tuple[str, str]]) -> bytes:
    regular, bold = register_fonts()
    buffer = io.BytesIO()
    canvas = HmsCanvas(buffer, pagesize=(420, 30 + 26 * len(lines)), invariant=1, initialFontName=regular)
    y = 10 + 26 * len(lines)
    for font, text in lines:
        canvas.setFont(regular if font == REGULAR else bold, 15)
        canvas.drawString(10, y, text)
        y -= 26
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


@pytest.mark.parametrize("script", list(SAMPLES))
def test_every_script_is_drawn_as_harfbuzz_shapes_it(script: str) -> None:
    lines = [(REGULAR, f"Dr. {text} ₹ 250") for text in SAMPLES[script]]
    lines += [(BOLD, text) for text in SAMPLES[script]]
    spans = drawn_spans(_canvas_pdf(lines))
    assert [s.text for s in spans] == [*SAMPLES[script], *SAMPLES[script]]
    for index, span in enumerate(spans):
        bold = index >= len(SAMPLES[script])
        assert ("Bold" in span.font) == bold and SCRIPTS[script][0] in span.font
        assert_shaped_as_harfbuzz(span, script, bold)


def test_conjuncts_are_not_the_characters_glyphs_one_by_one() -> None:
    """The check above can fail: श्रीनिवास shaped is not its nominal glyphs in a row (no visible virama)."""
    path = font_path("Deva")
    ft = FtFont(str(path))
    nominal = [original_outline(path, ft.getGlyphID(ft.getBestCmap()[ord(c)])) for c in "श्रीनिवास"]
    shaped = [g[0] for g in expected_glyphs("Deva", "श्रीनिवास", 15)]
    assert shaped != nominal and len(shaped) < len(nominal)


def test_width_is_the_shaped_advance() -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    regular, _ = register_fonts()
    shaped = sum(a for _, a, _, _ in harfbuzz("Deva", "श्रीनिवास")) * 12 / 1000
    latin = stringWidth("Dr. ", regular, 12)
    assert stringWidth("Dr. श्रीनिवास", regular, 12) == pytest.approx(latin + shaped)
    assert stringWidth("Dr. Rao ₹", regular, 12) == pytest.approx(
        Canvas(io.BytesIO()).stringWidth("Dr. Rao ₹", regular, 12)
    )


@needs_poppler
def test_the_text_comes_back_from_pdftotext(tmp_path: Path) -> None:
    lines = [(REGULAR, f"Dr. {t} ₹ 250") for texts in SAMPLES.values() for t in texts]
    text = pdftotext(_canvas_pdf(lines), tmp_path)
    for texts in SAMPLES.values():
        for t in texts:
            assert f"Dr. {t} ₹ 250" in text


# --- the rendered page against a reference drawn from HarfBuzz's outlines ------------------------


class _PathPen:
    """A fontTools-style pen drawing into a reportlab path, scaled and placed."""

    def __init__(self, path: Any, x: float, y: float, scale: float) -> None:
        self.path, self.x, self.y, self.s = path, x, y, scale
        self.last = (0.0, 0.0)

    def _p(self, pt: tuple[float, float]) -> tuple[float, float]:
        return self.x + pt[0] * self.s, self.y + pt[1] * self.s

    def moveTo(self, pt: tuple[float, float]) -> None:  # noqa: N802  (the pen protocol's names)
        self.path.moveTo(*self._p(pt))
        self.last = pt

    def lineTo(self, pt: tuple[float, float]) -> None:  # noqa: N802
        self.path.lineTo(*self._p(pt))
        self.last = pt

    def qCurveTo(self, *pts: tuple[float, float]) -> None:  # noqa: N802
        # quadratic B-splines with implied on-curve points, as cubic segments
        *offs, end = pts
        start = self.last
        for i, c in enumerate(offs):
            e = end if i == len(offs) - 1 else ((c[0] + offs[i + 1][0]) / 2, (c[1] + offs[i + 1][1]) / 2)
            c1 = (start[0] + 2 / 3 * (c[0] - start[0]), start[1] + 2 / 3 * (c[1] - start[1]))
            c2 = (e[0] + 2 / 3 * (c[0] - e[0]), e[1] + 2 / 3 * (c[1] - e[1]))
            self.path.curveTo(*self._p(c1), *self._p(c2), *self._p(e))
            start = e
        self.last = end

    def curveTo(self, *pts: tuple[float, float]) -> None:  # noqa: N802
        self.path.curveTo(*self._p(pts[0]), *self._p(pts[1]), *self._p(pts[2]))
        self.last = pts[2]

    def closePath(self) -> None:  # noqa: N802
        self.path.close()


def _reference_pdf(items: list[tuple[str, str]], size: float, glyph_order: Any = None) -> bytes:
    """Each (script, text) drawn from HarfBuzz's glyph outlines at its positions (no fonts at all)."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(420, 30 + 26 * len(items)), invariant=1)
    y = 10 + 26 * len(items)
    for script, text in items:
        font = hb.Font(hb.Face(font_path(script).read_bytes()))
        scale = size / font.face.upem
        shaped = glyph_order(script, text) if glyph_order else harfbuzz(script, text)
        pen_x = 10.0
        path = canvas.beginPath()
        for gid, advance, dx, dy in shaped:
            font.draw_glyph_with_pen(
                gid, _PathPen(path, pen_x + dx * size / 1000, y + dy * size / 1000, scale)
            )
            pen_x += advance * size / 1000
        canvas.drawPath(path, stroke=0, fill=1)
        y -= 26
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _gray(pdf: bytes, tmp: Path, name: str) -> tuple[int, int, bytes]:
    (tmp / f"{name}.pdf").write_bytes(pdf)
    subprocess.run(["pdftoppm", "-gray", "-r", "150", str(tmp / f"{name}.pdf"), str(tmp / name)], check=True)
    data = (tmp / f"{name}-1.pgm").read_bytes()
    magic, width, height, _maxval, pixels = data.split(maxsplit=4)
    assert magic == b"P5"
    return int(width), int(height), pixels


def _blocks(image: tuple[int, int, bytes], k: int = 5) -> list[float]:
    """Mean grey of each k x k block (0.85 mm at 150 dpi): font hinting and anti-aliasing move single
    pixels of a stroke, a wrong or misplaced glyph changes whole blocks."""
    width, height, px = image
    return [
        sum(px[(by + j) * width + bx + i] for j in range(k) for i in range(k)) / (k * k)
        for by in range(0, height - k + 1, k)
        for bx in range(0, width - k + 1, k)
    ]


def _difference(a: tuple[int, int, bytes], b: tuple[int, int, bytes]) -> float:
    """The share of inked blocks (in either image) whose mean grey differs by more than 40 of 255."""
    assert a[:2] == b[:2]
    inked = differ = 0
    for p, q in zip(_blocks(a), _blocks(b), strict=True):
        if p < 230 or q < 230:
            inked += 1
            differ += abs(p - q) > 40
    return differ / max(inked, 1)


@needs_poppler
def test_a_rendered_page_matches_the_harfbuzz_reference(tmp_path: Path) -> None:
    items = [(script, texts[0] + " " + texts[1]) for script, texts in SAMPLES.items()]
    document = _canvas_pdf([(REGULAR, text) for _, text in items])
    reference = _reference_pdf(items, 15)

    def nominal(script: str, text: str) -> list[tuple[int, float, float, float]]:
        # the characters' own glyphs one after the other: what an unshaped writer prints
        ft = FtFont(str(font_path(script)))
        cmap, order = ft.getBestCmap(), ft.getGlyphOrder()
        gids = [order.index(cmap[ord(c)]) for c in text if ord(c) in cmap]
        return [(g, ft["hmtx"][order[g]][0] * 1000 / ft["head"].unitsPerEm, 0.0, 0.0) for g in gids]

    unshaped = _reference_pdf(items, 15, nominal)
    page, ref, bad = (
        _gray(p, tmp_path, n) for p, n in ((document, "doc"), (reference, "ref"), (unshaped, "bad"))
    )
    assert _difference(page, ref) < 0.10  # measured 0.045
    assert _difference(bad, ref) > 0.30  # measured 0.64: the comparison does see a wrongly shaped page


# --- every document -------------------------------------------------------------------------------

KANNADA = "ಶ್ರೀನಿವಾಸ ಶರ್ಮ"
HINDI = "श्रीनिवास क्षत्रिय"
TAMIL = "லக்ஷ்மி கிருஷ்ணன்"


def _documents() -> dict[str, bytes]:
    slip = token_slip_pdf(
        slips.slip(patient_initials=HINDI, doctor_name=f"Dr. {KANNADA}", department_name=TAMIL)
    )
    rx = prescription_pdf(
        rxdocs.rx(
            patient_name=HINDI,
            doctor_name=f"Dr. {KANNADA}",
            advice="खाने के बाद दवा लें\nಊಟದ ನಂತರ ಔಷಧಿ ತೆಗೆದುಕೊಳ್ಳಿ",
            diagnoses=[TAMIL],
        )
    )
    invoice = invoice_pdf(billing.mixed(patient_name=HINDI))
    credit = invoice_pdf(dataclasses.replace(billing.credit_note(), patient_name=KANNADA))
    receipt = receipt_pdf(billing.receipt(patient_name=TAMIL, doctor_name=f"Dr. {KANNADA}"))
    day = day_report_pdf(
        DayReport(
            clinic_name="Sanjeevini Clinic",
            business_date=dt.date(2026, 4, 15),
            cashier_id=None,
            cashier_name=ALL_CASHIERS,
            generated_at=dt.datetime(2026, 4, 15, 18, 0, tzinfo=IST),
            collections=(ModeRow("cash", 1, Decimal("400.00")),),
            refunds=(ModeRow("cash", 0, Decimal("0")),),
            by_doctor=(GroupRow(f"Dr. {KANNADA}", 1, Decimal("400.00"), Decimal("400.00")),),
            by_department=(GroupRow(TAMIL, 1, Decimal("400.00"), Decimal("400.00")),),
            gst_invoices=(),
            gst_credit_notes=(),
            exempt_invoiced=Decimal("400.00"),
            exempt_credited=Decimal("0"),
            documents=(
                DocumentRow(
                    dt.date(2026, 4, 15),
                    "bill_of_supply",
                    "BOS/26-27/000001",
                    None,
                    HINDI,
                    Decimal("0"),
                    Decimal("400.00"),
                    Decimal("0"),
                    Decimal("0"),
                    Decimal("0"),
                    Decimal("0"),
                    Decimal("400.00"),
                    Decimal("400.00"),
                    Decimal("0"),
                    ("cash",),
                    "issued",
                ),
            ),
            closes=(),
        )
    )
    record = {
        "patient": {"mrn": "MRN-000123", "first_name": "श्रीनिवास", "last_name": "क्षत्रिय", "city": "ಬೆಂಗಳೂರು"},
        "generated_at": "2026-04-15T18:00:00",
        "generated_by": "admin",
        "visits": [],
        "consultations": [],
        "prescriptions": [],
        "invoices": [],
        "access_log": [],
    }
    buffer = io.BytesIO()
    build_patient_record(record, buffer)
    return {
        "token slip": slip,
        "prescription": rx,
        "invoice": invoice,
        "credit note": credit,
        "receipt": receipt,
        "day report": day,
        "patient record": buffer.getvalue(),
    }


NAMES_IN = {
    "token slip": (HINDI, KANNADA, TAMIL),
    "prescription": (HINDI, KANNADA, TAMIL, "खाने के बाद दवा लें", "ಊಟದ ನಂತರ ಔಷಧಿ ತೆಗೆದುಕೊಳ್ಳಿ"),
    "invoice": (HINDI,),
    "credit note": (KANNADA,),
    "receipt": (TAMIL, KANNADA),
    "day report": (KANNADA, TAMIL, HINDI),
    "patient record": ("श्रीनिवास", "क्षत्रिय", "ಬೆಂಗಳೂರು"),
}


@pytest.fixture(scope="module")
def documents() -> dict[str, bytes]:
    return _documents()


@pytest.mark.parametrize("kind", list(NAMES_IN))
def test_every_document_shapes_its_indic_fields(documents: dict[str, bytes], kind: str) -> None:
    spans = drawn_spans(documents[kind])
    for name in NAMES_IN[kind]:
        words = [w for w in name.split(" ")]
        found = [s for s in spans if s.text in (name, *words)]
        assert found, f"{name!r} not drawn in the {kind}: {[s.text for s in spans]}"
        for span in found:
            script = runs(span.text)[0][0]
            assert script is not None
            assert_shaped_as_harfbuzz(span, script, bold="Bold" in span.font)


@needs_poppler
@pytest.mark.parametrize("kind", list(NAMES_IN))
def test_every_document_gives_its_indic_text_back(
    documents: dict[str, bytes], kind: str, tmp_path: Path
) -> None:
    text = " ".join(pdftotext(documents[kind], tmp_path).split())
    for name in NAMES_IN[kind]:
        assert name in text, f"{name!r} not extracted from the {kind}"
    if kind in ("invoice", "credit note", "receipt", "day report"):
        assert "₹" in text


def test_a_reprint_is_byte_identical(documents: dict[str, bytes]) -> None:
    again = _documents()
    for kind, pdf in documents.items():
        assert again[kind] == pdf, kind


def test_only_embedded_subsets_of_the_shipped_fonts(documents: dict[str, bytes]) -> None:
    for kind, pdf in documents.items():
        reader = PdfReader(io.BytesIO(pdf))
        for page in reader.pages:
            for font in page["/Resources"]["/Font"].get_object().values():  # type: ignore[index]
                font = font.get_object()
                base = str(font["/BaseFont"])
                assert "+" in base and ("DejaVuSans" in base or "NotoSans" in base), (kind, base)
                assert "/FontFile2" in font["/FontDescriptor"].get_object(), (kind, base)
