"""A preview of any PDF the app makes (token slips, receipts, invoices), with Print… and Save as PDF….

The document arrives as bytes (``reports.build_x`` wrote them) and is shown with QtPdf, so nothing here
touches the database. Printing is :func:`print_pdf`, separate from the dialog so that a test (or a
"print without asking" desk setting) can send a document straight to a configured ``QPrinter``.

Pages are rasterised by PDFium at up to :data:`PRINT_DPI` and drawn at their natural size, only shrunk
when the paper is smaller: an 80 mm slip sent to an A4 printer stays 80 mm wide. :func:`printer_for`
preselects the document's own page size (the thermal roll's width and the slip's length, no margins),
which the print dialog lets the user change.

The widgets are in ``ui/pdf_preview.ui``; only the QPdfView is built in code (the form loader knows
no QtPdf widget), into the form's ``pdfHost``.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QRectF,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QGuiApplication, QKeySequence, QPageLayout, QPageSize, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from hms_desktop.gui.forms import FormError, find, load_form, set_message
from hms_desktop.gui.geometry import PreserveGeometry
from hms_desktop.gui.settings import pdf_folder

if TYPE_CHECKING:
    from hms_desktop.gui.settings import Settings

log = logging.getLogger(__name__)

PRINT_DPI = 300  # enough for a 203 dpi thermal head and an office laser; caps the image size per page
POINTS_PER_INCH = 72.0

# why a document cannot be shown, each a whole sentence (translated where shown, "PdfPreviewDialog")
ERROR_TEXT = {
    QPdfDocument.Error.InvalidFileFormat: QT_TRANSLATE_NOOP(
        "PdfPreviewDialog", "The document “{title}” cannot be shown: it is not a valid PDF file."
    ),
    QPdfDocument.Error.IncorrectPassword: QT_TRANSLATE_NOOP(
        "PdfPreviewDialog", "The document “{title}” cannot be shown: it is protected by a password."
    ),
    QPdfDocument.Error.UnsupportedSecurityScheme: QT_TRANSLATE_NOOP(
        "PdfPreviewDialog",
        "The document “{title}” cannot be shown: it is protected in a way that cannot be opened.",
    ),
    QPdfDocument.Error.DataNotYetAvailable: QT_TRANSLATE_NOOP(
        "PdfPreviewDialog", "The document “{title}” cannot be shown: it is incomplete."
    ),
}
UNREADABLE = QT_TRANSLATE_NOOP(
    "PdfPreviewDialog", "The document “{title}” cannot be shown: it could not be read."
)
EMPTY = QT_TRANSLATE_NOOP("PdfPreviewDialog", "The document “{title}” cannot be shown: it is empty.")


def printer_for(document: QPdfDocument, title: str = "") -> QPrinter:
    """A printer preset to the document's first page size with no margins (the dialog can change it)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if title:
        printer.setDocName(title)
    if document.pageCount() > 0:
        size = document.pagePointSize(0)
        landscape = size.width() > size.height()
        if landscape:  # page sizes are named portrait; the layout turns them
            size = size.transposed()
        page = QPageSize(size, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
        orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
        printer.setPageLayout(QPageLayout(page, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point))
    return printer


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Print every page of ``document`` on ``printer``; returns the number of pages printed.

    Each page is drawn at its own size, top-centre of the printable area, shrunk (never enlarged) to
    fit. Raises ``RuntimeError`` when the printer cannot be opened.
    """
    pages = document.pageCount()
    if pages <= 0:
        return 0
    painter = QPainter()
    if not painter.begin(printer):
        raise RuntimeError(QCoreApplication.translate("PdfPreviewDialog", "The printer could not be opened."))
    try:
        device_dpi = printer.resolution()
        render_dpi = min(device_dpi, PRINT_DPI)
        for page in range(pages):
            if page > 0 and not printer.newPage():
                raise RuntimeError(
                    QCoreApplication.translate("PdfPreviewDialog", "The printer refused a new page.")
                )
            area = QRectF(painter.viewport())
            points = document.pagePointSize(page)
            width = points.width() * device_dpi / POINTS_PER_INCH
            height = points.height() * device_dpi / POINTS_PER_INCH
            scale = min(1.0, area.width() / width, area.height() / height) if width and height else 1.0
            target = QRectF(0, 0, width * scale, height * scale)
            target.moveTopLeft(area.topLeft())
            target.moveLeft(area.left() + (area.width() - target.width()) / 2)
            # rasterise at the drawn size, but at no more than PRINT_DPI
            ratio = render_dpi / device_dpi
            pixels = QSize(max(1, round(target.width() * ratio)), max(1, round(target.height() * ratio)))
            image = document.render(page, pixels)
            if image.isNull():
                raise RuntimeError(
                    QCoreApplication.translate(
                        "PdfPreviewDialog", "Page {page} could not be rendered."
                    ).format(page=page + 1)
                )
            painter.drawImage(target, image)
    finally:
        painter.end()
    return pages


class PdfPreviewDialog(PreserveGeometry, QDialog):
    """Shows ``pdf_bytes``; Print… (Ctrl+P), Save as PDF… (Ctrl+S) and Close (Esc)."""

    geometry_name = "pdf_preview"
    default_size = (620, 820)

    def __init__(
        self,
        pdf_bytes: bytes,
        title: str,
        parent: QWidget | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("HMS Desktop — {title}").format(title=title))
        self.title, self.settings = title, settings
        self.pdf_bytes = bytes(pdf_bytes)

        # QPdfDocument reads from the buffer on demand: both must live as long as the dialog.
        self.buffer = QBuffer(self)
        self.buffer.setData(QByteArray(self.pdf_bytes))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self.buffer)

        # the loader knows no QPdfView: the view is built here, before the form so that it stays
        # first in the tab order (the dialog opens on the page), and goes into the form's pdfHost
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        # Fit-to-width with an as-needed scroll bar can oscillate for ever, each round slower: the
        # bar appears, the page narrows and gets shorter, the bar goes, the page widens and gets
        # taller... (an 80 mm slip in a 620x820 window does it). A permanent bar breaks the cycle.
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.view.setDocument(self.document)
        self.ui = ui = load_form("pdf_preview.ui", self)
        host = find(ui, QWidget, "pdfHost").layout()
        if host is None:
            raise FormError("pdf_preview.ui: pdfHost has no layout")  # notr: a programmer's error
        host.addWidget(self.view)
        self.message = find(ui, QLabel, "messageLabel")
        self.count = find(ui, QLabel, "countLabel")
        self.print_button = find(ui, QPushButton, "printButton")
        self.save_button = find(ui, QPushButton, "saveButton")
        self.close_button = find(ui, QPushButton, "closeButton")

        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, self.print_document)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save_as)
        # Esc: QDialog rejects on its own.

        self._show_state()
        self.restore_geometry(settings)

    # --- state -----------------------------------------------------------------------------

    @property
    def valid(self) -> bool:
        return self.document.status() == QPdfDocument.Status.Ready and self.document.pageCount() > 0

    def page_count(self) -> int:
        return self.document.pageCount() if self.valid else 0

    def _show_state(self) -> None:
        if self.valid:
            n = self.document.pageCount()
            pages = self.tr("{n} page") if n == 1 else self.tr("{n} pages")
            self.count.setText(pages.format(n=n))
            set_message(self.message, "")
            return
        why = ERROR_TEXT.get(self.document.error(), UNREADABLE)
        if not self.pdf_bytes:
            why = EMPTY
        set_message(
            self.message, QCoreApplication.translate("PdfPreviewDialog", str(why)).format(title=self.title)
        )
        self.count.setText("")
        self.view.hide()  # its empty host keeps the room: the message stays a line at the top
        self.print_button.setEnabled(False)
        self.save_button.setEnabled(False)

    # --- actions ---------------------------------------------------------------------------

    def print_document(self) -> None:
        if not self.valid:
            return
        printer = printer_for(self.document, self.title)
        own_layout = printer.pageLayout()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print {title}").format(title=self.title))
        self.print_dialog = dialog
        # "Print to File" starts in the desk's PDF folder, not the working folder Qt picks
        QTimer.singleShot(0, self, lambda: self._file_target(dialog))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
            # a file is the document itself: its own page (A5, A4, the 80 mm roll), never the
            # Letter that Qt's file "printer" falls back to
            printer.setPageLayout(own_layout)
        self.print_to(printer)

    def _file_target(self, dialog: QPrintDialog) -> None:
        find_child = getattr(dialog, "findChild", None)  # (a test's stand-in dialog has none)
        name = find_child(QLineEdit, "filename") if find_child is not None else None
        if name is not None:
            folder = pdf_folder(self.settings)
            name.setText(str(folder / _file_name(self.title)))

    def print_to(self, printer: QPrinter) -> bool:
        """Print on an already configured printer; shows the outcome in the message label."""
        # A slip or an invoice is a page or two already in memory: quick enough to do here, and
        # QPdfDocument is not meant to be shared with a worker thread.
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pages = print_pdf(self.document, printer)
        except RuntimeError as exc:
            set_message(self.message, self.tr("Printing failed: {reason}").format(reason=exc))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
            where = printer.outputFileName() or self.tr("a PDF file")
        else:
            where = printer.printerName() or self.tr("the printer")
        sent = self.tr("Sent {n} page to {where}.") if pages == 1 else self.tr("Sent {n} pages to {where}.")
        set_message(self.message, sent.format(n=pages, where=where), "ok")
        return True

    def save_as(self) -> None:
        if not self.valid:
            return
        folder = pdf_folder(self.settings)
        folder.mkdir(parents=True, exist_ok=True)
        suggested = str(folder / _file_name(self.title))
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save as PDF"),
            suggested,
            self.tr("PDF documents ({patterns})").format(patterns="*.pdf"),
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            path.write_bytes(self.pdf_bytes)
        except OSError as exc:
            log.warning("cannot save %s: %s", path, exc)
            failed = self.tr("Could not save {name}: {reason}.")
            set_message(self.message, failed.format(name=path.name, reason=exc.strerror or exc))
            return False
        set_message(self.message, self.tr("Saved as {path}.").format(path=path), "ok")
        return True

    def done(self, result: int) -> None:
        self.save_geometry(self.settings)
        super().done(result)


def _file_name(title: str) -> str:
    """'Token GM-12' -> 'Token GM-12.pdf', without characters Windows refuses in file names."""
    cleaned = "".join("_" if c in '<>:"/\\|?*' or ord(c) < 32 else c for c in title).strip(" .")
    return f"{cleaned or 'document'}.pdf"
