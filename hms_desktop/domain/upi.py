"""UPI payment links (NPCI's "UPI Linking Specs"): what the QR code on a bill with a balance due and
the payment dialog's QR code carry, so a patient's UPI app opens with the payee, amount and note."""

from __future__ import annotations

from decimal import Decimal
from urllib.parse import quote


def upi_pay_uri(vpa: str, payee: str, amount: Decimal, note: str) -> str:
    """``upi://pay?pa=..&pn=..&am=..&cu=INR&tn=..``: the amount with two decimals, the note (the
    invoice number) at most 80 characters; values percent-encoded."""
    if amount <= 0:
        raise ValueError("a UPI payment link needs an amount above zero")

    def enc(text: str) -> str:
        return quote(text.strip(), safe="")

    return (
        f"upi://pay?pa={enc(vpa)}&pn={enc(payee[:50])}&am={amount.quantize(Decimal('0.01'))}"
        f"&cu=INR&tn={enc(note[:80])}"
    )
