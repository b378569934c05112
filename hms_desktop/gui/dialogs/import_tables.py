"""The import wizard's two tables: the column mapping (with the file's first rows) and the check's list.

:class:`MappingTable` shows one row per field with a chooser of the file's columns and the first value
it would take; :class:`ProblemTable` lists every error by row and column and every look-alike, with a
skip / merge / create chooser for a patient look-alike. Each receives the table widgets it fills
(in ``ui/import_wizard.ui``); the choosers are one a row of the file or of the check, so they are
made here as the rows are filled, not in the form.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidget, QTableWidgetItem

from hms_desktop.gui.i18n import service_text
from hms_desktop.services.importer_types import FilePreview, ImportReport, OnDuplicate, Outcome

# translated where shown: the choices in the "ProblemTable" context, NOT_MAPPED in "MappingTable"
CHOICES = (
    (OnDuplicate.SKIP, QT_TRANSLATE_NOOP("ProblemTable", "Skip")),
    (OnDuplicate.MERGE, QT_TRANSLATE_NOOP("ProblemTable", "Merge")),
    (OnDuplicate.CREATE, QT_TRANSLATE_NOOP("ProblemTable", "Create anyway")),
)
NOT_MAPPED = QT_TRANSLATE_NOOP("MappingTable", "— not in the file —")
MAX_PROBLEMS_SHOWN = 2000


class MappingTable:
    """The field → column chooser and the sample of the file's first rows."""

    def __init__(self, mapping_table: QTableWidget, sample_table: QTableWidget) -> None:
        self.table, self.sample_table = mapping_table, sample_table
        self.preview: FilePreview | None = None

    def fill(self, preview: FilePreview, fields: tuple[tuple[str, str], ...]) -> None:
        self.preview = preview
        t = self.table
        t.clear()
        t.setColumnCount(3)
        t.setRowCount(len(fields))
        t.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("MappingTable", "Field"),
                QCoreApplication.translate("MappingTable", "Column in the file"),
                QCoreApplication.translate("MappingTable", "First value"),
            ]
        )
        first = preview.sample[0] if preview.sample else ()
        for r, (field, label) in enumerate(fields):
            item = QTableWidgetItem(service_text(label))
            item.setData(256, field)
            t.setItem(r, 0, item)
            combo = QComboBox()
            combo.addItem(QCoreApplication.translate("MappingTable", str(NOT_MAPPED)), "")
            for h in preview.headers:
                combo.addItem(h, h)
            chosen = preview.mapping.get(field)
            combo.setCurrentIndex(combo.findData(chosen) if chosen else 0)
            combo.currentIndexChanged.connect(lambda _i, r=r: self._sample_for(r))
            t.setCellWidget(r, 1, combo)
            t.setItem(r, 2, QTableWidgetItem(""))
            self._sample_for(r, first)
        t.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        t.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        t.horizontalHeader().setStretchLastSection(True)
        t.verticalHeader().hide()
        s = self.sample_table
        s.clear()
        s.setColumnCount(len(preview.headers))
        s.setRowCount(len(preview.sample))
        s.setHorizontalHeaderLabels(list(preview.headers))
        for r, row in enumerate(preview.sample):
            for c, value in enumerate(row):
                s.setItem(r, c, QTableWidgetItem(value))
        s.resizeColumnsToContents()

    def _sample_for(self, r: int, first: tuple[str, ...] | None = None) -> None:
        if self.preview is None:
            return
        row = first if first is not None else (self.preview.sample[0] if self.preview.sample else ())
        combo = self.table.cellWidget(r, 1)
        assert isinstance(combo, QComboBox)
        header = combo.currentData()
        value = ""
        if header and header in self.preview.headers and row:
            value = row[self.preview.headers.index(header)]
        item = self.table.item(r, 2)
        if item is not None:
            item.setText(value)

    def mapping(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for r in range(self.table.rowCount()):
            combo = self.table.cellWidget(r, 1)
            item = self.table.item(r, 0)
            if isinstance(combo, QComboBox) and item is not None and combo.currentData():
                out[str(item.data(256))] = str(combo.currentData())
        return out


class ProblemTable:
    """The dry run's errors and look-alikes, with a chooser per patient look-alike."""

    def __init__(self, table: QTableWidget) -> None:
        self.table = table
        self.choices: dict[int, QComboBox] = {}

    def fill(self, report: ImportReport, with_choices: bool) -> tuple[int, int]:
        """Lists the report's problems; returns (lines shown, lines in all)."""
        lines: list[tuple[int, str, str, str]] = []
        for r in report.results:
            if r.outcome is Outcome.ERROR:
                lines += [(r.row_no, p.column, service_text(p.message), "") for p in r.problems]
            elif r.outcome is Outcome.DUPLICATE:
                alike = QCoreApplication.translate(
                    "ProblemTable", "{name} looks like {other} ({reasons})"
                ).format(
                    name=r.label, other=r.duplicate_of, reasons=", ".join(service_text(x) for x in r.reasons)
                )
                lines.append((r.row_no, "", alike, "dup"))
        lines.sort(key=lambda x: x[0])
        shown = lines[:MAX_PROBLEMS_SHOWN]
        t = self.table
        t.clear()
        self.choices = {}
        t.setColumnCount(4)
        t.setRowCount(len(shown))
        t.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ProblemTable", "Row"),
                QCoreApplication.translate("ProblemTable", "Column"),
                QCoreApplication.translate("ProblemTable", "What is wrong / who it looks like"),
                QCoreApplication.translate("ProblemTable", "Do"),
            ]
        )
        for i, (row_no, column, text, kind) in enumerate(shown):
            t.setItem(i, 0, QTableWidgetItem(str(row_no)))
            t.setItem(i, 1, QTableWidgetItem(column))
            t.setItem(i, 2, QTableWidgetItem(text))
            if kind == "dup" and with_choices:
                combo = QComboBox()
                for value, label in CHOICES:
                    combo.addItem(QCoreApplication.translate("ProblemTable", str(label)), value.value)
                t.setCellWidget(i, 3, combo)
                self.choices[row_no] = combo
            else:
                done = (
                    QCoreApplication.translate("ProblemTable", "error")
                    if kind != "dup"
                    else QCoreApplication.translate("ProblemTable", "skip")
                )
                t.setItem(i, 3, QTableWidgetItem(done))
        t.verticalHeader().hide()
        header = t.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        return len(shown), len(lines)

    def decisions(self) -> dict[int, OnDuplicate]:
        return {row: OnDuplicate(combo.currentData()) for row, combo in self.choices.items()}
