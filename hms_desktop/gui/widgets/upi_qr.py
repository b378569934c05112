"""The UPI QR code the payment dialog shows for the patient to scan: the same ``upi://pay`` link as
the printed bill (payee, amount, the invoice number as the note), drawn from reportlab's QR encoder."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from hms_desktop.domain.upi import upi_pay_uri


def qr_modules(data: str) -> list[list[bool]]:
    from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel

    code = QRCode(None, QRErrorCorrectLevel.M)
    code.addData(data)
    code.make()
    n = code.getModuleCount()
    return [[bool(code.isDark(r, c)) for c in range(n)] for r in range(n)]


class QrView(QWidget):
    """Paints a QR code (with its quiet zone) as large as the widget allows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.modules: list[list[bool]] = []
        self.data = ""
        self.setFixedSize(168, 168)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_data(self, data: str) -> None:
        if data != self.data:
            self.data = data
            self.modules = qr_modules(data) if data else []
            self.update()

    def paintEvent(self, _event: object) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("white"))
        n = len(self.modules)
        if n:
            cell = min(self.width(), self.height()) / (n + 8)  # 4 modules of quiet zone each side
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor("black"))
            for r, row in enumerate(self.modules):
                for c, dark in enumerate(row):
                    if dark:
                        p.drawRect(QRectF((c + 4) * cell, (r + 4) * cell, cell + 0.3, cell + 0.3))
        p.end()


class UpiQr(QWidget):
    """The QR code and a line saying what it pays; hidden until :meth:`show_for` has an amount."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("upiQr")
        self.view = QrView(self)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 4, 0, 4)
        row.addWidget(self.view)
        row.addWidget(self.caption, 1)
        self.uri = ""
        self.setVisible(False)

    def show_for(self, vpa: str | None, payee: str, amount: Decimal | None, note: str) -> None:
        if not vpa or amount is None or amount <= 0:
            self.uri = ""
            self.setVisible(False)
            return
        self.uri = upi_pay_uri(vpa, payee, amount, note)
        self.view.set_data(self.uri)
        self.caption.setText(
            self.tr(
                "The patient scans this with any UPI app to pay ₹{amount} to {payee} ({vpa}) for {note}. "
                "Then enter the UPI transaction reference from their screen."
            ).format(amount=f"{amount:,.2f}", payee=payee, vpa=vpa, note=note)
        )
        self.setVisible(True)
