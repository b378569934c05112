"""The words on a billing document: labels, figures and the lines of each block, as plain text
(the tax invoice, bill of supply and credit note share them; so do the day report and the roll)."""

from __future__ import annotations

from decimal import Decimal

from hms_desktop.domain.billing_math import tax_heads
from hms_desktop.domain.documents import InvoiceDoc, InvoiceLineDoc
from hms_desktop.domain.gst import second_head
from hms_desktop.domain.money import format_inr
from hms_desktop.reports.common import date_text

FOOTNOTE = "This is a computer-generated document."


def paper_of(paper: str) -> str:
    """'80MM', 'A4' or 'A5' (anything unknown)."""
    value = paper.strip().upper().replace(" ", "")
    return value if value in ("80MM", "A4") else "A5"


def amount(value: Decimal) -> str:
    """A table figure: '1,25,000.50' (Indian grouping, no rupee sign)."""
    return format_inr(value, symbol=False)


def round_off_text(value: Decimal) -> str:
    """'+₹0.30' / '-₹0.20' / '₹0.00'."""
    if value > 0:
        return "+" + format_inr(value)
    return format_inr(value)


def mode_text(mode: str) -> str:
    """'cash' -> 'Cash', 'upi' -> 'UPI', 'card' -> 'Card'."""
    value = mode.strip()
    return value.upper() if value.lower() in ("upi", "neft", "imps", "rtgs") else value.capitalize()


def is_credit_note(doc: InvoiceDoc) -> bool:
    return doc.title.strip().upper() == "CREDIT NOTE" or doc.doc_type.strip().lower() == "credit_note"


def untaxed(line: InvoiceLineDoc) -> bool:
    """Exempt or nil-rated (both exempt supplies, CGST Act s.2(47))."""
    return line.is_exempt or not line.gst_rate


def has_tax(doc: InvoiceDoc) -> bool:
    """Whether any line is taxed above 0% (a bill of supply has no tax columns: Rule 49)."""
    return any(not untaxed(line) for line in doc.lines)


def state_head(doc: InvoiceDoc) -> str:
    """'SGST', or 'UTGST' for a clinic in a Union Territory without a legislature (UTGST Act s.7)."""
    return second_head(doc.supplier_state_code)


def heads(doc: InvoiceDoc) -> list[str]:
    """The tax columns: CGST and SGST/UTGST within the State, IGST otherwise."""
    return ["CGST", state_head(doc)] if doc.intra_state else ["IGST"]


def head_rates(doc: InvoiceDoc) -> list[tuple[str, str]]:
    """('CGST 2.5%', 'CGST') per head from the taxed lines' rates (Rule 46(l): the rate of each tax),
    as the domain's billing arithmetic labels them."""
    taxed = [(ln.gst_rate, ln.cgst, ln.sgst, ln.igst) for ln in doc.lines if not untaxed(ln)]
    return [(h.label, h.head) for h in tax_heads(taxed, doc.intra_state, state_head(doc))]


def untaxed_label(doc: InvoiceDoc) -> str:
    exempt = any(line.is_exempt for line in doc.lines)
    nil = any(not line.is_exempt and not line.gst_rate for line in doc.lines)
    if exempt and nil:
        return "Exempt and nil-rated value"
    return "Nil-rated value" if nil else "Exempt value"


def number_label(doc: InvoiceDoc) -> str:
    title = doc.title.strip().upper()
    if is_credit_note(doc):
        return "Credit note No."
    if title == "BILL OF SUPPLY":
        return "Bill No."
    return "Invoice No."


def against_text(doc: InvoiceDoc) -> str | None:
    """'Against invoice INV/25-26/000123 dated 12 Apr 2025' (a credit note's original)."""
    if not doc.original_number:
        return None
    text = f"Against invoice {doc.original_number}"
    if doc.original_date is not None:
        text += f" dated {date_text(doc.original_date)}"
    return text


def doctor_text(name: str | None, reg: str | None) -> str | None:
    """'Dr. Ananya Hegde (Reg. No. KMC-58213)'."""
    parts = []
    if name and name.strip():
        parts.append(name.strip())
    if reg and reg.strip():
        parts.append(f"(Reg. No. {reg.strip()})" if parts else f"Reg. No. {reg.strip()}")
    return " ".join(parts) or None


def supplier_lines(
    address: str | None, state: str | None, code: str | None, gstin: str | None, phone: str | None
) -> list[str]:
    """The supplier's address lines, then 'State: Karnataka, Code: 29', 'GSTIN: ...', 'Ph: ...'."""
    lines = [a.strip() for a in (address or "").splitlines() if a.strip()]
    if state:
        lines.append(f"State: {state}" + (f", Code: {code}" if code else ""))
    ids = []
    if gstin and gstin.strip():
        ids.append(f"GSTIN: {gstin.strip()}")
    if phone and phone.strip():
        ids.append(f"Ph: {phone.strip()}")
    if ids:
        lines.append("  ·  ".join(ids))
    return lines


def balance_text(doc: InvoiceDoc) -> str | None:
    """'Balance due ₹500.00', 'Paid in full', or None (nothing paid and nothing owed: a credit note)."""
    if is_credit_note(doc):
        return None  # a credit note owes nothing; a refund shows as a payment line
    if doc.balance_due > 0:
        return f"Balance due {format_inr(doc.balance_due)}"
    if doc.payments:
        return "Paid in full"
    return None


def totals_rows(doc: InvoiceDoc) -> list[tuple[str, str]]:
    """The totals block, label and figure, the grand total last."""
    rows: list[tuple[str, str]] = []
    taxed = has_tax(doc)
    if doc.exempt_value or not taxed:
        rows.append((untaxed_label(doc) if taxed else "Total value", format_inr(doc.exempt_value)))
    if taxed:
        rows.append(("Taxable value", format_inr(doc.taxable_value)))
        amounts = {"CGST": doc.cgst, "SGST": doc.sgst, "UTGST": doc.sgst, "IGST": doc.igst}
        rows += [(label, format_inr(amounts[head])) for label, head in head_rates(doc)]
    rows.append(("Round off", round_off_text(doc.round_off)))
    label = "Total credit" if is_credit_note(doc) else "Grand total"
    rows.append((label, format_inr(doc.grand_total)))
    return rows


def untaxed_note(doc: InvoiceDoc) -> str:
    """Why a bill of supply charges no GST (Rule 49)."""
    if not (doc.supplier_gstin or "").strip():
        # a clinic with no GSTIN is not registered and may not collect tax (CGST Act s.9, s.22/s.24)
        return "No GST charged: the supplier is not registered under GST."
    parts = []
    if any(line.is_exempt for line in doc.lines):
        parts.append("health care services exempt (Notification 12/2017-Central Tax (Rate))")
    if any(not line.is_exempt and not line.gst_rate for line in doc.lines):
        parts.append("nil-rated goods")
    return "No GST charged: " + "; ".join(parts or ["exempt supply"]) + "."


def recipient_lines(doc: InvoiceDoc) -> list[tuple[str | None, str]]:
    """(label, text) under BILLED TO: GSTIN, the address lines, 'State: Maharashtra (27)' with the
    address (Rule 46(e), 53(1A)(f)), and the patient when a company is billed."""
    out: list[tuple[str | None, str]] = []
    if doc.recipient_gstin and doc.recipient_gstin.strip():
        out.append(("GSTIN", doc.recipient_gstin.strip()))
    for line in (doc.recipient_address or "").splitlines():
        if line.strip():
            out.append((None, line.strip()))
    if doc.recipient_state:
        out.append(("State", doc.recipient_state))
    if doc.patient_of:
        out.append(("Patient", doc.patient_of))
    else:
        out.append(("MRN", doc.patient_mrn))
    return out


def line_detail(line: InvoiceLineDoc) -> str | None:
    """'Batch B2231 · Exp 03/2027' under a medicine's description."""
    parts = []
    if line.batch_no and line.batch_no.strip():
        parts.append(f"Batch {line.batch_no.strip()}")
    if line.expiry_on is not None:
        parts.append(f"Exp {line.expiry_on:%m/%Y}")
    return " · ".join(parts) or None
