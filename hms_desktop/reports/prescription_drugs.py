"""The Rx block: one block per medicine, kept together on its page, numbered, the generic name in
CAPITALS; and, when the patient prefers another language, the lines that tell them in English and
in that language when and for how long to take it (domain.instructions)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, HRFlowable, Paragraph, Spacer

from hms_desktop.domain.documents import PrescriptionDoc, PrescriptionLineDoc
from hms_desktop.domain.instructions import LanguagePack, instruction_text, shipped_packs
from hms_desktop.reports.prescription_furniture import HAIRLINE, RxStyles
from hms_desktop.reports.prescription_words import drug_directions, present
from hms_desktop.reports.styles import markup, mm, register_fonts


def patient_lines(line: PrescriptionLineDoc, pack: LanguagePack | None) -> tuple[str, str] | None:
    """The line's frequency, timing and duration for the patient, in English and in ``pack``'s
    language; None without a language other than English, or when the line says none of them."""
    if pack is None:
        return None
    english = instruction_text(line.frequency, line.sos_min_hours, line.duration_days, line.instructions)
    local = instruction_text(line.frequency, line.sos_min_hours, line.duration_days, line.instructions, pack)
    return (english, local) if english and local else None


def language_pack(doc: PrescriptionDoc) -> LanguagePack | None:
    """The shipped wording for the patient's language (None: English only, or a file since removed)."""
    return shipped_packs().get(doc.patient_language or "")


def drug_lines(
    lines: Sequence[PrescriptionLineDoc], st: RxStyles, pack: LanguagePack | None = None
) -> list[list[Flowable]]:
    """'Rx', then one block per drug, each to be kept together (never torn across two pages).

    The heading travels with the first drug, so it never stands alone at the foot of a page.
    """
    _, bold = register_fonts()
    numbers = [line.line_no if line.line_no > 0 else i for i, line in enumerate(lines, start=1)]
    widest = max((stringWidth(f"{n}.", bold, st.drug.fontSize) for n in numbers), default=0.0)
    indent = max(7 * mm * st.scale, widest + 3.5 * mm)  # '10.' must not wrap under its drug
    title_style = st.drug.clone("rx-drug-line", leftIndent=indent, bulletIndent=1.5 * mm, bulletFontName=bold)
    directions_style = st.directions.clone("rx-directions-line", leftIndent=indent)
    patient_style = st.directions.clone(
        "rx-patient-line",
        leftIndent=indent + 2 * mm,
        fontSize=st.directions.fontSize + 0.6,
        leading=(st.directions.fontSize + 0.6) * 1.45,  # room for matras above and below the line
        spaceBefore=0.8 * mm,
    )
    heading: Flowable = Paragraph("Rx", st.rx)
    blocks: list[list[Flowable]] = []
    for index, (number, line) in enumerate(zip(numbers, lines, strict=True)):
        title = f"<b>{markup(line.generic_name.strip().upper())}</b>"
        rest = present(line.strength, line.dosage_form)
        if rest:
            title += " " + markup(" ".join(rest))
        if line.brand_name and line.brand_name.strip():
            small = round(st.drug.fontSize * 0.78, 1)
            title += f' <font size="{small}" color="#444444">({markup(line.brand_name.strip())})</font>'
        block: list[Flowable] = [Paragraph(title, title_style, bulletText=f"{number}.")]
        directions = drug_directions(line)
        if directions:
            # no-break spaces: no line starts with a '·' or ends with a bare 'Qty:'
            block.append(
                Paragraph(
                    markup(directions).replace(" · ", "\u00a0· ").replace("Qty: ", "Qty:\u00a0"),
                    directions_style,
                )
            )
        for_patient = patient_lines(line, pack)
        if for_patient is not None:
            english, local = for_patient
            block.append(Paragraph(f"{markup(english)}<br/><b>{markup(local)}</b>", patient_style))
        if index < len(lines) - 1:
            block.append(HRFlowable(width="100%", thickness=0.4, color=HAIRLINE, spaceBefore=1.5 * mm))
        block.insert(0, Spacer(1, 1.3 * mm))
        if index == 0:
            block.insert(0, heading)
        blocks.append(block)
    return blocks
