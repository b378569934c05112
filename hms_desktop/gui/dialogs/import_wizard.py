"""Settings → Import…: file → column mapping → check (dry run) → import with progress and cancel.

Every step that reads the file or the database runs through :class:`Ops` (a 100,000-row file takes
seconds to read and check). The real import shares a :class:`Progress` with its worker: a timer on the
GUI thread reads it for the progress bar, and Cancel asks the importer to stop at its next committed
batch, so a cancelled import can be continued by importing the same file again. The mapping guessed
(or saved from the last import) is shown per field and can be changed; the check lists every error by
row and column and every look-alike with a choice of skip, merge or create (the tables:
import_tables.py; what the wizard says of a file and a report: import_summary.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QWidget,
)
from shiboken6 import isValid

from hms_desktop.errors import HmsError, ValidationError
from hms_desktop.gui.dialogs.import_summary import check_summary, file_info, result_line, summary_lines
from hms_desktop.gui.dialogs.import_tables import MappingTable, ProblemTable
from hms_desktop.gui.forms import find, load_form, set_message
from hms_desktop.gui.geometry import PreserveGeometry
from hms_desktop.gui.i18n import service_text
from hms_desktop.gui.ops import Ops
from hms_desktop.services.importer_types import (
    FIELDS,
    FilePreview,
    ImportKind,
    ImportReport,
    OnDuplicate,
    Outcome,
    Progress,
)

if TYPE_CHECKING:
    from hms_desktop.gui.settings import Settings
    from hms_desktop.services.context import Actor
    from hms_desktop.services.importer import ImportService

# translated where shown, in the "ImportDialog" context
KINDS = (
    (ImportKind.PATIENT, QT_TRANSLATE_NOOP("ImportDialog", "Patients")),
    (ImportKind.DOCTOR, QT_TRANSLATE_NOOP("ImportDialog", "Doctors")),
    (ImportKind.PRICE, QT_TRANSLATE_NOOP("ImportDialog", "Price list")),
)
STEPS = (
    QT_TRANSLATE_NOOP("ImportDialog", "Choose the file"),
    QT_TRANSLATE_NOOP("ImportDialog", "Match the columns"),
    QT_TRANSLATE_NOOP("ImportDialog", "Check (nothing written yet)"),
    QT_TRANSLATE_NOOP("ImportDialog", "Import"),
)
PREVIEW_TIMEOUT_S = 120
CHECK_TIMEOUT_S = 600


class ImportDialog(PreserveGeometry, QDialog):
    geometry_name = "import"
    default_size = (1100, 680)

    def __init__(
        self,
        ops: Ops,
        service: ImportService,
        actor: Actor,
        settings: Settings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("HMS Desktop — Import"))
        self.ops, self.service, self.actor, self.settings = ops, service, actor, settings
        self.ui = ui = load_form("import_wizard.ui", self)
        self.pages = find(ui, QStackedWidget, "pages")
        self.step_label = find(ui, QLabel, "stepLabel")
        self.kind = find(ui, QComboBox, "kindCombo")
        for value, text in KINDS:
            self.kind.addItem(QCoreApplication.translate("ImportDialog", str(text)), value)
        self.file_edit = find(ui, QLineEdit, "fileEdit")
        self.file_error = find(ui, QLabel, "fileError")
        self.file_info = find(ui, QLabel, "fileInfoLabel")
        self.mapping_table = find(ui, QTableWidget, "mappingTable")
        self.sample_table = find(ui, QTableWidget, "sampleTable")
        self.mapping_error = find(ui, QLabel, "mappingError")
        # the file line stays one or two lines high; the tables take the rest
        self.file_info.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        splitter = find(ui, QSplitter, "mappingSplitter")
        splitter.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.summary = find(ui, QLabel, "summaryLabel")
        self.problems = find(ui, QTableWidget, "problemTable")
        self.run_label = find(ui, QLabel, "runLabel")
        self.progress_bar = find(ui, QProgressBar, "progressBar")
        self.result_text = find(ui, QPlainTextEdit, "resultText")
        self.message = find(ui, QLabel, "messageLabel")
        self.progress_bar.setTextVisible(False)  # the label above says where it is
        self.back_button = find(ui, QPushButton, "backButton")
        self.next_button = find(ui, QPushButton, "nextButton")
        self.cancel_button = find(ui, QPushButton, "cancelButton")
        find(ui, QPushButton, "browseButton").clicked.connect(self.browse)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next_step)
        self.cancel_button.clicked.connect(self.cancel)
        self.preview: FilePreview | None = None
        self.dry: ImportReport | None = None
        self.report: ImportReport | None = None
        self.progress: Progress | None = None
        self.mapping_part = MappingTable(self.mapping_table, self.sample_table)
        self.problem_part = ProblemTable(self.problems)
        self._timer = QTimer(self)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self._tick)
        for label in (self.file_error, self.mapping_error, self.message):
            set_message(label, "")
        self._show_step(0)
        self.restore_geometry(settings)

    # --- navigation ------------------------------------------------------------------------

    def _show_step(self, i: int) -> None:
        self.pages.setCurrentIndex(i)
        self.step_label.setText(
            self.tr("Step {number} of {count} · {step}").format(
                number=i + 1, count=len(STEPS), step=QCoreApplication.translate("ImportDialog", str(STEPS[i]))
            )
        )
        self.back_button.setEnabled(i in (1, 2))
        self.next_button.setText(
            (self.tr("&Next >"), self.tr("&Check >"), self.tr("&Import"), self.tr("&Close"))[i]
        )
        self.next_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setEnabled(i != 3)

    def _busy(self, text: str) -> None:
        set_message(self.message, text, "info")
        self.next_button.setEnabled(False)
        self.back_button.setEnabled(False)

    def _failed(self, error: HmsError) -> None:
        if not isValid(self):  # closed (and deleted) while the worker ran
            return
        step = self.pages.currentIndex()
        self._show_step(step)
        if isinstance(error, ValidationError) and step == 1:
            set_message(
                self.mapping_error,
                "\n".join(
                    self.tr("{field}: {message}").format(field=self._label(f), message=m)
                    for f, m in error.errors.items()
                ),
            )
            set_message(self.message, "")
        elif step == 0:
            set_message(self.file_error, error.message)
            set_message(self.message, "")
        else:
            set_message(self.message, error.message)

    def back(self) -> None:
        self._show_step(max(0, self.pages.currentIndex() - 1))
        set_message(self.message, "")

    def next_step(self) -> None:
        step = self.pages.currentIndex()
        if step == 0:
            self.load_preview()
        elif step == 1:
            self.check()
        elif step == 2:
            self.start_import()
        else:
            self.accept()

    def cancel(self) -> None:
        if self.progress is not None and self.pages.currentIndex() == 3 and self.report is None:
            self.progress.cancel()
            self.cancel_button.setEnabled(False)
            self.run_label.setText(
                self.tr("Stopping after the batch being written… (run the same import again to continue)")
            )
            return
        self.reject()

    # --- step 1: the file -----------------------------------------------------------------------

    @property
    def kind_value(self) -> ImportKind:
        return ImportKind(self.kind.currentData())

    def browse(self) -> None:
        filters = ";;".join(
            (
                self.tr("Spreadsheets ({patterns})").format(
                    patterns="*.csv *.xlsx *.txt *.tsv"  # notr: a file filter's pattern part
                ),
                self.tr("All files ({patterns})").format(patterns="*"),
            )
        )
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the file to import"), "", filters)
        if path:
            self.file_edit.setText(path)

    def load_preview(self) -> None:
        set_message(self.file_error, "")
        path = self.file_edit.text().strip()
        if not path:
            set_message(self.file_error, self.tr("Choose the file to import."))
            return
        kind, service, actor = self.kind_value, self.service, self.actor
        self._busy(self.tr("Reading the file…"))
        self.ops.run(
            lambda: service.preview(actor, path, kind),
            self.show_preview,
            self._failed,
            timeout_s=PREVIEW_TIMEOUT_S,
            what=self.tr("reading the import file"),
        )

    # --- step 2: the mapping --------------------------------------------------------------------

    def _label(self, field: str) -> str:
        return service_text(dict(FIELDS[self.kind_value]).get(field, field))

    def show_preview(self, preview: FilePreview) -> None:
        if not isValid(self):  # closed (and deleted) while the worker ran
            return
        self.preview = preview
        set_message(self.message, "")
        set_message(self.mapping_error, "")
        self.file_info.setText(file_info(preview))
        self.mapping_part.fill(preview, FIELDS[self.kind_value])
        self._show_step(1)

    def mapping(self) -> dict[str, str]:
        return self.mapping_part.mapping()

    def check(self) -> None:
        set_message(self.mapping_error, "")
        path, kind, mapping = self.file_edit.text().strip(), self.kind_value, self.mapping()
        service, actor = self.service, self.actor
        self._busy(self.tr("Checking every row (nothing is written)…"))
        self.ops.run(
            lambda: service.run(actor, path, kind, mapping, dry_run=True),
            self.show_check,
            self._failed,
            timeout_s=CHECK_TIMEOUT_S,
            what=self.tr("checking the import file"),
        )

    # --- step 3: the dry run --------------------------------------------------------------------

    def show_check(self, report: ImportReport) -> None:
        if not isValid(self):  # closed (and deleted) while the worker ran
            return
        self.dry = report
        set_message(self.message, "")
        self.summary.setText(check_summary(report))
        shown, total = self.problem_part.fill(report, self.kind_value is ImportKind.PATIENT)
        if total > shown:
            first = self.tr("The first {shown} of {total} lines are shown.")
            set_message(self.message, first.format(shown=f"{shown:,}", total=f"{total:,}"), "info")
        self._show_step(2)
        self.next_button.setEnabled(
            report.to_create > 0 or report.count(Outcome.UPDATED) > 0 or bool(self.choices)
        )

    @property
    def choices(self) -> dict[int, QComboBox]:
        """The skip / merge / create chooser of each look-alike row, by its row number."""
        return self.problem_part.choices

    def decisions(self) -> dict[int, OnDuplicate]:
        return self.problem_part.decisions()

    # --- step 4: the real run -------------------------------------------------------------------

    def start_import(self) -> None:
        path, kind, mapping = self.file_edit.text().strip(), self.kind_value, self.mapping()
        decisions = self.decisions()
        service, actor = self.service, self.actor
        progress = self.progress = Progress()
        report_path = service.default_report_path(Path(path).name, kind, False)
        self._show_step(3)
        self.next_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("&Stop"))
        self.run_label.setText(self.tr("Importing… the desks can keep working."))
        self.progress_bar.setValue(0)
        self._timer.start()
        self.ops.run(
            lambda: service.run(
                actor, path, kind, mapping, decisions=decisions, progress=progress, report_path=report_path
            ),
            self.show_result,
            self._run_failed,
            what=self.tr("importing"),
        )

    def _tick(self) -> None:
        p = self.progress
        if p is None:
            return
        total = max(p.total, 1)
        self.progress_bar.setMaximum(total)
        self.progress_bar.setValue(min(p.done, total))
        if self.report is None and not p.cancelled:
            stage = {
                "reading": self.tr("Reading the file"),
                "checking": self.tr("Checking rows"),
                "importing": self.tr("Importing"),
            }
            self.run_label.setText(
                self.tr("{stage}: {done} of {total} rows…").format(
                    stage=stage.get(p.phase, p.phase), done=f"{min(p.done, total):,}", total=f"{total:,}"
                )
            )

    def show_result(self, report: ImportReport) -> None:
        if not isValid(self):  # closed (and deleted) while the worker ran
            return
        self._timer.stop()
        self._tick()
        self.report = report
        self.run_label.setText(result_line(report))
        self.result_text.setPlainText("\n".join(summary_lines(report, max_errors=20)))
        self.next_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        set_message(
            self.message, self.tr("Report of every row: {path}").format(path=report.report_path), "ok"
        )

    def _run_failed(self, error: HmsError) -> None:
        if not isValid(self):  # closed (and deleted) while the worker ran
            return
        self._timer.stop()
        self.run_label.setText(
            self.tr(
                "The import stopped. Whole batches already written stay; importing the same file again "
                "continues."
            )
        )
        set_message(self.message, error.message)
        self.next_button.setEnabled(True)
        self.cancel_button.setEnabled(False)

    def done(self, result: int) -> None:
        if self.progress is not None and self.report is None and self.pages.currentIndex() == 3:
            self.cancel()  # still importing: stop at the next batch, close when it has stopped
            return
        self._timer.stop()
        super().done(result)
