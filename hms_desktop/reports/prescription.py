"""The printed prescription (A5 portrait by default, A4 on request) that the patient takes to a pharmacy.

Laid out for an Indian pharmacist and the NMC/MCI rules (DOMAIN.md section 3): the doctor's
registration number sits in the letterhead, over the signature and in the running header of later
pages; generic names are printed in CAPITALS and numbered; allergies stand out in an outlined box.
Each drug line is one table row, and reportlab never splits a row, so a line is never torn across
pages. Every page carries the verification code and a QR code of it with the content hash, so the
clinic can check a paper copy; later pages repeat the doctor and patient and say "Page 2 of 3".
When the patient prefers another language, each line also says for the patient, in English and in
that language, when and for how long to take it (domain.instructions; the advice prints as typed).

The output is deterministic (reportlab's ``invariant`` mode fixes the creation date and document
id): a reprint of the same prescription is byte-identical.

This module builds the page and its patient and allergy blocks; beside it live the words
(``prescription_words``), the Rx block with the patient's bilingual lines (``prescription_drugs``) and
the page's furniture - styles, letterhead, signature, running header and footer with the QR code
(``prescription_furniture``).
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, A5
from reportlab.platypus import Flowable, HRFlowable, KeepTogether, NextPageTemplate, Paragraph, Spacer

from hms_desktop.domain.documents import PrescriptionDoc, PrescriptionLineDoc
from hms_desktop.reports.common import date_text, grid, quantity_text
from hms_desktop.reports.prescription_drugs import drug_lines, language_pack, patient_lines
from hms_desktop.reports.prescription_furniture import (
    FOOTER_HEIGHT,
    HAIRLINE,
    MARGIN,
    QR_SIZE,
    RUNNING_HEADER,
    PageDecorator,
    RxStyles,
    letterhead,
    signature,
)
from hms_desktop.reports.prescription_words import (
    FREQUENCIES,
    drug_directions,
    drug_title,
    follow_up_text,
    frequency_text,
    issued_text,
    present,
    qr_payload,
    registration_text,
    verification_text,
)
from hms_desktop.reports.styles import INK, markup, mm, numbered_canvas, paged_document

# the words of the prescription and its page measures are part of this module's interface (the tests)
__all__ = [
    "ALERT",
    "FOOTER_HEIGHT",
    "FREQUENCIES",
    "MARGIN",
    "QR_SIZE",
    "RUNNING_HEADER",
    "PrescriptionData",
    "PrescriptionLineData",
    "build_prescription",
    "date_text",
    "drug_directions",
    "drug_title",
    "follow_up_text",
    "frequency_text",
    "issued_text",
    "language_pack",
    "patient_lines",
    "prescription_pdf",
    "qr_payload",
    "quantity_text",
    "registration_text",
    "verification_text",
]

PrescriptionData = PrescriptionDoc
PrescriptionLineData = PrescriptionLineDoc

ALERT = colors.HexColor("#C62828")  # the allergy box outline; its text stays black for mono printers


def build_prescription(doc: PrescriptionData, out: BinaryIO | str | Path) -> None:
    """Write ``doc`` as a PDF (A5 portrait unless ``doc.paper_size`` is 'A4') to ``out``."""
    page = A4 if doc.paper_size.strip().upper() == "A4" else A5
    styles = RxStyles.for_page(page)
    frame_width = page[0] - 2 * MARGIN
    target = str(out) if isinstance(out, Path) else out
    template = paged_document(
        target,
        page,
        margin=MARGIN,
        footer=FOOTER_HEIGHT,
        running_header=RUNNING_HEADER,
        title=f"Prescription {doc.verify_code}",
        author=doc.doctor_name,
        subject=f"Prescription for {doc.patient_name}",
    )
    decorate = PageDecorator(doc, page, styles)
    template.build(_story(doc, styles, frame_width), canvasmaker=numbered_canvas(decorate))


def prescription_pdf(doc: PrescriptionData) -> bytes:
    """The prescription as PDF bytes (for the preview dialog, e-mail or a printer queue)."""
    buffer = io.BytesIO()
    build_prescription(doc, buffer)
    return buffer.getvalue()


# --- the story ------------------------------------------------------------------------------------


def _story(doc: PrescriptionData, st: RxStyles, width: float) -> list[Flowable]:
    story: list[Flowable] = [
        NextPageTemplate("later"),
        letterhead(doc, st, width),
        HRFlowable(width="100%", thickness=1.4, color=INK, spaceBefore=2.5 * mm, spaceAfter=2.5 * mm),
        _patient_block(doc, st, width),
        Spacer(1, 2.5 * mm),
        _allergy_box(doc, st, width),
    ]
    diagnoses = present(*doc.diagnoses)
    if diagnoses:
        story += [Spacer(1, 2.5 * mm), Paragraph("DIAGNOSIS", st.heading)]
        story += [Paragraph(markup(d), st.body) for d in diagnoses]
    story.append(Spacer(1, 2 * mm))
    blocks = drug_lines(doc.lines, st, language_pack(doc))
    story += [KeepTogether(block) for block in blocks[:-1]]
    if not blocks:
        story += [Paragraph("Rx", st.rx), Paragraph("No medicines prescribed.", st.body)]
    advice = [a for a in (doc.advice or "").splitlines() if a.strip()]
    closing: list[Flowable] = []
    if advice:
        closing += [Spacer(1, 2.5 * mm), Paragraph("ADVICE", st.heading)]
        closing += [Paragraph(markup(a.strip()), st.body) for a in advice]
    closing += [Spacer(1, 2 * mm), signature(doc, st, width)]
    # The signature never sits on a page of its own: it keeps the last drug line (and the advice)
    # with it, so whatever page it signs shows a medicine.
    # (KeepTogether inside KeepTogether always splits: the last block's flowables go in directly.)
    story.append(KeepTogether([*(blocks[-1] if blocks else []), *closing]))
    return story


def _patient_block(doc: PrescriptionData, st: RxStyles, width: float) -> Flowable:
    details = [markup(doc.patient_age_sex.strip())]
    if doc.patient_weight_kg is not None:
        details.append(f"Wt {quantity_text(doc.patient_weight_kg)} kg")
    ids = [f"MRN: <b>{markup(doc.patient_mrn)}</b>"]
    if doc.patient_abha and doc.patient_abha.strip():
        ids.append(f"ABHA: {markup(doc.patient_abha.strip())}")
    left = [
        Paragraph(
            f"<b>{markup(doc.patient_name)}</b>",
            st.body.clone("rx-patient", fontSize=st.body.fontSize + 1, leading=(st.body.fontSize + 1) * 1.2),
        ),
        Paragraph(" · ".join(details), st.body),
        Paragraph(" · ".join(ids), st.body),
    ]
    if doc.patient_address and doc.patient_address.strip():  # D&C Rules r.65(10)(b)
        left.append(Paragraph(markup(doc.patient_address.strip()), st.body))
    right = [
        Paragraph("Date", st.label.clone("rx-label-right", alignment=TA_RIGHT)),
        Paragraph(f"<b>{markup(issued_text(doc.issued_at))}</b>", st.body_right),
    ]
    right_width = 34 * mm * st.scale
    return grid([[left, right]], [width - right_width, right_width])


def _allergy_box(doc: PrescriptionData, st: RxStyles, width: float) -> Flowable:
    allergies = (doc.allergies or "").strip()
    confirmed = f" ({markup(doc.allergy_confirmed)})" if doc.allergy_confirmed else ""
    if allergies:
        text = Paragraph(f"ALLERGIES: {markup(allergies)}", st.allergy)
        border: tuple[Any, ...] = ("BOX", (0, 0), (-1, -1), 1.4, ALERT)
    elif doc.allergy_status == "nkda":
        # only a confirmed "none" is printed as none (DOMAIN.md section 6)
        text = Paragraph(f"No known allergies{confirmed}", st.body)
        border = ("BOX", (0, 0), (-1, -1), 0.6, HAIRLINE)
    else:
        text = Paragraph("<b>Allergies: not recorded</b> (ask the patient before dispensing)", st.body)
        border = ("BOX", (0, 0), (-1, -1), 1.0, INK)
    pad = 2.2 * mm
    return grid(
        [[text]],
        [width],
        [
            border,
            ("LEFTPADDING", (0, 0), (-1, -1), pad),
            ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), 1.6 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.9 * mm),
        ],
    )
