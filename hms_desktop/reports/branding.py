"""The clinic's own marks on its documents: the logo in the letterhead and the UPI QR code that lets
a patient pay the balance due (reportlab's own QR encoder; no extra dependency)."""

from __future__ import annotations

import io
from decimal import Decimal

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image


def logo_flowable(png: bytes | None, max_width: float, max_height: float) -> Flowable | None:
    """The logo scaled into ``max_width`` x ``max_height`` points, aspect kept; None without one or
    when the stored bytes are not an image (a bad logo must never stop a bill from printing)."""
    if not png:
        return None
    try:
        reader = ImageReader(io.BytesIO(png))
        w, h = reader.getSize()
    except Exception:
        return None
    if w <= 0 or h <= 0:
        return None
    scale = min(max_width / w, max_height / h)
    return Image(io.BytesIO(png), width=w * scale, height=h * scale)


def qr_drawing(data: str, side: float) -> Drawing:
    """A square QR code of ``side`` points (error correction M, the quiet zone included)."""
    widget = QrCodeWidget(data, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(side, side, transform=[side / (x1 - x0), 0, 0, side / (y1 - y0), 0, 0])
    drawing.add(widget)
    return drawing


def upi_caption(balance: Decimal) -> str:
    return f"Scan with any UPI app to pay the balance of ₹{balance:,.2f}"
