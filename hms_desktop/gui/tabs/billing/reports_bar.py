"""The day's reports (the ``reportsBar`` row of ``ui/billing.ui``, under credit note and day close):
this month's takings as charts, today's day-end report as a PDF preview, and today's documents as a
CSV file for the accountant. Every report is built on a worker."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QPushButton, QWidget

from hms_desktop.errors import HmsError
from hms_desktop.gui.forms import find, set_message
from hms_desktop.gui.tabs.billing.dialogs import show_pdf

if TYPE_CHECKING:
    from hms_desktop.gui.desk import DeskContext
    from hms_desktop.services.container import Services


class ReportsBar(QObject):
    def __init__(self, desk: DeskContext, services: Services, form: QWidget, host: QWidget) -> None:
        super().__init__(host)
        self.ops, self.actor, self.services, self.settings = desk.ops, desk.actor, services, desk.settings
        self.host = host  # the tab: the dialogs' parent
        self.message = find(form, QLabel, "messageLabel")
        self.takings_button = find(form, QPushButton, "takingsButton")
        self.report_button = find(form, QPushButton, "dayReportButton")
        self.csv_button = find(form, QPushButton, "exportCsvButton")
        self.takings_button.clicked.connect(self.show_takings)
        self.report_button.clicked.connect(self.day_report)
        self.csv_button.clicked.connect(lambda: self.export_csv())
        self.preview: Any = None
        self.takings_dialog: QDialog | None = None

    def _failed(self, error: HmsError) -> None:
        set_message(self.message, error.message)

    def _preview(self, pdf: bytes, title: str) -> None:
        self.preview = show_pdf(pdf, title, self.host, self.settings)

    def day_report(self) -> None:
        """Today's report for this cashier (an admin gets every cashier) as a PDF preview."""
        service, billing, actor = self.services.day_report, self.services.billing, self.actor

        def build() -> bytes:
            from hms_desktop.reports.day_report import day_report_pdf

            return day_report_pdf(service.day_report(actor, billing.clock.today()))

        self.ops.run(
            build,
            lambda pdf: self._preview(pdf, self.tr("Day-end report")),
            self._failed,
            timeout_s=60,
            what=self.tr("making the day-end report"),
        )

    def show_takings(self) -> QDialog:
        from hms_desktop.gui.tabs.billing.takings import TakingsDialog

        dialog = TakingsDialog(self.ops, self.services, self.actor, self.host)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        dialog.start()
        self.takings_dialog = dialog
        return dialog

    def export_csv(self, path: str | None = None) -> None:
        """Today's documents as CSV; asks where to save unless ``path`` is given (tests)."""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self.host, self.tr("Export today's documents"), "day-report.csv", self.tr("CSV (*.csv)")
            )
            if not path:
                return
        service, billing, actor, target = self.services.day_report, self.services.billing, self.actor, path

        def write() -> str:
            from pathlib import Path

            from hms_desktop.reports.day_report_csv import day_report_csv

            Path(target).write_text(
                day_report_csv(service.day_report(actor, billing.clock.today())), encoding="utf-8"
            )
            return target

        self.ops.run(
            write,
            lambda where: set_message(self.message, self.tr("Saved {path}.").format(path=where), "ok"),
            self._failed,
            timeout_s=60,
            what=self.tr("exporting the day's documents"),
        )
