"""The PDF preview dialog: shows a token slip, prints it through QPrinter, saves it, refuses junk."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from hms_desktop.gui.dialogs import pdf_preview
from hms_desktop.gui.dialogs.pdf_preview import PdfPreviewDialog, print_pdf, printer_for
from hms_desktop.reports import token_slip_pdf
from hms_desktop.services.queue_types import TokenSlip

MM = 72 / 25.4


@pytest.fixture(scope="module")
def slip_pdf() -> bytes:
    return token_slip_pdf(
        TokenSlip(
            clinic_name="Sanjeevini Clinic",
            clinic_address="12 MG Road, Bengaluru",
            clinic_phone=None,
            token_label="GM-12",
            patient_initials="R. K.",
            department_name="General Medicine",
            doctor_name="Dr. Anita Sharma",
            room="4",
            issued_at=dt.datetime(2026, 11, 23, 10, 42, tzinfo=ZoneInfo("Asia/Kolkata")),
            level="orange",
            level_label="Very urgent",
            target_min=10,
            waiting_ahead=2,
        )
    )


def open_dialog(qtbot: QtBot, pdf: bytes, title: str = "Token GM-12") -> PdfPreviewDialog:
    dialog = PdfPreviewDialog(pdf, title)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def pdf_printer(path: Path, printer: QPrinter | None = None) -> QPrinter:
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_shows_the_slip(qtbot: QtBot, slip_pdf: bytes) -> None:
    dialog = open_dialog(qtbot, slip_pdf)
    assert dialog.valid and dialog.page_count() == 1
    assert dialog.view.isVisible() and dialog.view.document() is dialog.document
    assert not dialog.message.isVisible()
    assert dialog.count.text() == "1 page"
    assert dialog.print_button.isEnabled() and dialog.save_button.isEnabled()
    assert "Token GM-12" in dialog.windowTitle()


def test_fit_to_width_settles(qtbot: QtBot, slip_pdf: bytes) -> None:
    """A slip in a 620x820 window once made the view resize itself for ever (scroll bar on, off, ...)."""
    dialog = PdfPreviewDialog(slip_pdf, "Token GM-12")
    qtbot.addWidget(dialog)
    dialog.resize(620, 820)
    dialog.show()
    qtbot.waitExposed(dialog)
    widths = []
    for _ in range(15):
        QApplication.processEvents()
        widths.append(dialog.view.viewport().width())
    assert len(set(widths[5:])) == 1, widths


def test_prints_to_a_pdf_file_at_the_slip_size(qtbot: QtBot, slip_pdf: bytes, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, slip_pdf)
    out = tmp_path / "printed.pdf"
    printer = pdf_printer(out, printer_for(dialog.document, "Token GM-12"))
    assert dialog.print_to(printer)
    assert out.stat().st_size > 1000
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert float(box.width) == pytest.approx(80 * MM, abs=1.5)
    original = PdfReader(io.BytesIO(slip_pdf)).pages[0].mediabox
    assert float(box.height) == pytest.approx(float(original.height), abs=1.5)
    assert dialog.message.isVisible() and "Sent 1 page" in dialog.message.text()


def test_prints_a_slip_on_a4_paper_too(qtbot: QtBot, slip_pdf: bytes, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, slip_pdf)
    out = tmp_path / "a4.pdf"
    printer = pdf_printer(out)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    assert print_pdf(dialog.document, printer) == 1
    page = PdfReader(io.BytesIO(out.read_bytes())).pages[0]
    assert float(page.mediabox.width) == pytest.approx(595, abs=2)


@pytest.mark.qt_log_ignore(r"QPainter::begin\(\): Returned false")  # the failure being tested
def test_an_unopenable_printer_is_reported(qtbot: QtBot, slip_pdf: bytes, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, slip_pdf)
    printer = pdf_printer(tmp_path / "no" / "such" / "folder" / "x.pdf")
    assert not dialog.print_to(printer)
    assert "Printing failed" in dialog.message.text()


def test_saves_the_bytes(qtbot: QtBot, slip_pdf: bytes, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, slip_pdf)
    assert dialog.save_to(tmp_path / "copy")
    assert (tmp_path / "copy.pdf").read_bytes() == slip_pdf
    assert "Saved as" in dialog.message.text()
    assert not dialog.save_to(tmp_path / "missing" / "copy.pdf")
    assert "Could not save" in dialog.message.text()


@pytest.mark.parametrize(("data", "reason"), [(b"not a pdf at all", "not a valid PDF"), (b"", "empty")])
def test_junk_shows_a_message_instead_of_crashing(qtbot: QtBot, data: bytes, reason: str) -> None:
    dialog = open_dialog(qtbot, data, "Receipt 7")
    assert not dialog.valid and dialog.page_count() == 0
    assert dialog.message.isVisible()
    assert "Receipt 7" in dialog.message.text() and reason in dialog.message.text()
    assert not dialog.view.isVisible()
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()
    dialog.print_document()  # ignored, no dialog
    dialog.save_as()


def test_ctrl_p_opens_the_print_dialog_and_esc_closes(
    qtbot: QtBot, slip_pdf: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[QPrinter] = []

    class FakePrintDialog:
        def __init__(self, printer: QPrinter, parent: object) -> None:
            asked.append(printer)

        def setWindowTitle(self, title: str) -> None:
            pass

        def exec(self) -> int:
            return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(pdf_preview, "QPrintDialog", FakePrintDialog)
    dialog = open_dialog(qtbot, slip_pdf)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 1
    size = asked[0].pageLayout().pageSize().size(QPageSize.Unit.Millimeter)
    assert size.width() == pytest.approx(80, abs=0.5)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_print_to_file_starts_in_the_desk_folder_at_the_documents_size(
    qtbot: QtBot, slip_pdf: bytes, tmp_path: Path
) -> None:
    """Issue 15 #14: Print… → Print to File writes into the desk's PDF folder (not the working
    folder), on the document's own page (the 80 mm roll), through Qt's real print dialog."""
    from PySide6.QtCore import QTimer
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QComboBox

    from hms_desktop.gui.settings import PDF_FOLDER, Settings

    settings = Settings(tmp_path / "desk.ini")
    folder = tmp_path / "desk-pdfs"
    folder.mkdir()
    settings.set(PDF_FOLDER, str(folder))
    dialog = PdfPreviewDialog(slip_pdf, "Token GM-12", None, settings)
    qtbot.addWidget(dialog)
    dialog.show()

    def choose_file_and_print() -> None:
        printing = getattr(dialog, "print_dialog", None)
        if not isinstance(printing, QPrintDialog) or not printing.isVisible():
            QTimer.singleShot(25, choose_file_and_print)
            return
        printers = printing.findChild(QComboBox, "printers")
        assert printers is not None
        printers.setCurrentIndex(printers.findText("Print to File (PDF)"))
        QTimer.singleShot(50, printing.accept)

    QTimer.singleShot(0, choose_file_and_print)
    dialog.print_document()
    out = folder / "Token GM-12.pdf"
    assert out.exists(), sorted(p.name for p in folder.iterdir())
    box = PdfReader(io.BytesIO(out.read_bytes())).pages[0].mediabox
    assert float(box.width) == pytest.approx(80 * MM, abs=1.5)
