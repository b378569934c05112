"""The printed documents' data: what a token slip and a prescription show.

Built by the services from the database, drawn by ``hms_desktop.reports`` (which sits below the
services and so takes these plain dataclasses rather than importing anything from them).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal


@dataclasses.dataclass(frozen=True)
class TokenSlip:
    """The printed token slip (80 mm thermal roll)."""

    clinic_name: str
    clinic_address: str | None
    clinic_phone: str | None
    token_label: str
    patient_initials: str
    department_name: str | None
    doctor_name: str | None
    room: str | None
    issued_at: dt.datetime  # local (clinic zone) time, timezone-aware
    level: str | None  # None when not yet triaged
    level_label: str | None  # 'Urgent'
    target_min: int | None
    waiting_ahead: int
    # the initials in Latin letters too when the name is in an Indian script ('R. S.' beside 'र. श.')
    patient_initials_latin: str | None = None


@dataclasses.dataclass(frozen=True)
class PrescriptionLineDoc:
    """One numbered drug line as printed."""

    line_no: int
    generic_name: str  # printed in CAPITALS
    brand_name: str | None
    strength: str | None  # '500 mg'
    dosage_form: str | None  # 'tablet'
    dose: str | None  # '1 tablet'
    route: str | None  # 'oral'
    frequency: str | None  # 'BD' / 'TDS' / 'SOS' / custom text
    sos_min_hours: int | None  # for SOS: 'not more often than every 6 hours'
    duration_days: int | None
    quantity: Decimal | None
    instructions: str | None  # 'after food'


@dataclasses.dataclass(frozen=True)
class PrescriptionDoc:
    """Everything a printed prescription shows; built by the consultation service, drawn by reports."""

    clinic_name: str
    clinic_address: str | None
    clinic_phone: str | None
    clinic_email: str | None
    logo_path: str | None
    doctor_name: str
    doctor_qualifications: str
    doctor_reg_number: str
    doctor_reg_council: str | None
    doctor_specialisation: str | None
    patient_name: str
    patient_age_sex: str  # '34 y / F'
    patient_mrn: str
    patient_abha: str | None  # 'XX-XXXX-XXXX-XXXX'
    patient_weight_kg: Decimal | None  # printed for children
    issued_at: dt.datetime  # aware, clinic local time
    allergies: str | None
    diagnoses: list[str]  # 'J06.9 — Acute upper respiratory infection, unspecified'
    lines: list[PrescriptionLineDoc]
    advice: str | None
    follow_up_on: dt.date | None
    verify_code: str  # short code printed and carried by the QR code
    content_sha256: str
    version_no: int
    supersedes_code: str | None  # the verification code of the version this one amends
    paper_size: str  # 'A5' or 'A4'
    # 'unknown' (not recorded: printed so), 'nkda' (confirmed none) or 'listed' (``allergies``)
    allergy_status: str = "unknown"
    allergy_confirmed: str | None = None  # 'confirmed by Sister Mary Thomas, 2 Dec 2026'
    # the patient's preferred language ('hi', 'kn'): each line's instructions print in it too
    patient_language: str | None = None
    # 'house, street, city PIN': the D&C Rules r.65(10)(b) ask for the address of the person treated
    patient_address: str | None = None


@dataclasses.dataclass(frozen=True)
class InvoiceLineDoc:
    line_no: int
    description: str
    sac_hsn: str | None
    batch_no: str | None
    expiry_on: dt.date | None
    quantity: Decimal
    unit: str
    unit_price: Decimal
    discount: Decimal
    taxable_value: Decimal  # (quantity x unit price) - discount; for an exempt line, its value
    gst_rate: Decimal  # percent, e.g. Decimal('5'); 0 for exempt
    is_exempt: bool
    cgst: Decimal
    sgst: Decimal
    igst: Decimal
    line_total: Decimal


@dataclasses.dataclass(frozen=True)
class PaymentDoc:
    receipt_number: str
    paid_at: dt.datetime  # aware, clinic local time
    mode: str  # 'cash' | 'card' | 'upi'
    amount: Decimal
    reference: str | None  # card slip / UPI reference
    tendered: Decimal | None  # cash handed over
    change_given: Decimal | None


@dataclasses.dataclass(frozen=True)
class GstSummaryRow:
    rate: Decimal
    taxable_value: Decimal
    cgst: Decimal
    sgst: Decimal
    igst: Decimal


@dataclasses.dataclass(frozen=True)
class InvoiceDoc:
    """A tax invoice, bill of supply, invoice-cum-bill of supply or credit note, as printed
    (CGST Rules 46, 49 and 53: supplier, recipient, numbers, lines with SAC/HSN, tax by rate)."""

    title: str  # 'TAX INVOICE' | 'BILL OF SUPPLY' | 'INVOICE-CUM-BILL OF SUPPLY' | 'CREDIT NOTE'
    doc_type: str  # DocType value
    doc_number: str
    doc_date: dt.date
    issued_at: dt.datetime  # aware, clinic local time
    supplier_name: str
    supplier_address: str | None
    supplier_state: str
    supplier_state_code: str
    supplier_gstin: str | None
    supplier_phone: str | None
    patient_name: str
    patient_mrn: str
    recipient_address: str | None  # printed when the taxable value is Rs 50,000 or more, or asked for
    recipient_gstin: str | None
    place_of_supply: str  # 'Karnataka (29)'
    intra_state: bool
    doctor_name: str | None
    doctor_reg_number: str | None  # required on money receipts in India
    lines: list[InvoiceLineDoc]
    gst_summary: list[GstSummaryRow]
    exempt_value: Decimal
    taxable_value: Decimal
    cgst: Decimal
    sgst: Decimal
    igst: Decimal
    round_off: Decimal
    grand_total: Decimal
    amount_in_words: str
    payments: list[PaymentDoc]
    balance_due: Decimal
    original_number: str | None = None  # a credit note: the invoice it corrects
    original_date: dt.date | None = None
    reason: str | None = None
    reverse_charge: bool = False
    duplicate: bool = False  # a reprint
    paper: str = "A5"  # '80mm' | 'A5' | 'A4'
    # the recipient's State with its code, 'Maharashtra (27)', printed with the address (Rule 46(e),
    # 53(1A)(f)); None when not recorded
    recipient_state: str | None = None
    patient_of: str | None = None  # when a company is billed: the patient, 'Meera Nair (MRN ...)'
    # the clinic's logo (PNG) and, with a balance due and a UPI ID set, the upi://pay link for the QR
    supplier_logo: bytes | None = dataclasses.field(default=None, repr=False)
    upi_uri: str | None = None


@dataclasses.dataclass(frozen=True)
class ReceiptDoc:
    """A money receipt for one payment, or one receipt for the payments of a split payment (the
    doctor's registration number must appear on it)."""

    receipt_number: str
    issued_at: dt.datetime  # aware, clinic local time
    supplier_name: str
    supplier_address: str | None
    supplier_gstin: str | None
    supplier_phone: str | None
    patient_name: str
    patient_mrn: str
    doctor_name: str | None
    doctor_reg_number: str | None
    against_number: str  # the invoice or bill paid
    against_date: dt.date
    payment: PaymentDoc
    amount_in_words: str
    invoice_total: Decimal
    paid_to_date: Decimal
    balance_due: Decimal
    cashier_name: str
    duplicate: bool = False
    paper: str = "80mm"  # '80mm' | 'A5'
    supplier_logo: bytes | None = dataclasses.field(default=None, repr=False)
    upi_uri: str | None = None  # a balance is still due and the clinic has a UPI ID
    # the amount in words in the patient's language (Hindi, Kannada) beside the English (issue 17)
    amount_in_words_local: str | None = None
    # the other payments of a split payment taken together (cash + UPI): one receipt lists them all,
    # with ``payment`` the last; ``receipt_number`` then names every receipt number of the split
    earlier: tuple[PaymentDoc, ...] = ()

    @property
    def payments(self) -> tuple[PaymentDoc, ...]:
        return (*self.earlier, self.payment)

    @property
    def amount(self) -> Decimal:
        return sum((p.amount for p in self.payments), Decimal("0.00"))
