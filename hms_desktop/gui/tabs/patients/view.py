"""The Patients tab (``ui/patients.ui``): the lazily paged table and a patient count.

Pages and the count are read on workers through ``Ops``. Clicking the MRN, Name or Registered header
re-sorts in SQL; clicking another header leaves the order (and its indicator) as it was. The chosen
order is remembered per desk.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget

from hms_desktop.domain.money import group_indian
from hms_desktop.errors import HmsError
from hms_desktop.gui.forms import find, load_form, set_message
from hms_desktop.gui.ops import Ops
from hms_desktop.gui.settings import PATIENT_DESCENDING, PATIENT_SORT, Settings
from hms_desktop.gui.tabs.patients.model import (
    AGE_COL,
    COLUMN_OF_SORT,
    NAME_COL,
    SEX_COL,
    SORT_BY_COLUMN,
    PatientTableModel,
)
from hms_desktop.services.patients import PatientRow, PatientSort

if TYPE_CHECKING:
    from hms_desktop.services.container import Services
    from hms_desktop.services.context import Actor

PAGE_TIMEOUT_S = 30


def count_text(n: int) -> str:
    """'1 patient', '10,00,000 patients' (Indian digit grouping)."""
    return f"{group_indian(str(n))} patient{'' if n == 1 else 's'}"


class PatientsTab(QWidget):
    def __init__(
        self,
        ops: Ops,
        services: Services,
        actor: Actor,
        settings: Settings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops, self._services, self._actor, self._settings = ops, services, actor, settings
        self.ui = load_form("patients.ui", self)
        self.table = find(self.ui, QTableView, "tableView")
        self.count_label = find(self.ui, QLabel, "countLabel")
        self.message = find(self.ui, QLabel, "messageLabel")
        set_message(self.message, "")
        patients = services.patients

        def fetch(sort: PatientSort, descending: bool, after: Any, limit: int) -> Sequence[PatientRow]:
            return patients.list_page(actor, sort=sort, descending=descending, after=after, limit=limit)

        self.model = PatientTableModel(fetch, run=self._run_page, parent=self)
        self.model.load_failed.connect(lambda text: set_message(self.message, text))
        self.model.page_loaded.connect(lambda _n: set_message(self.message, ""))
        self._setup_table()

    def _run_page(
        self,
        fn: Callable[[], Sequence[PatientRow]],
        ok: Callable[[Sequence[PatientRow]], None],
        fail: Callable[[HmsError], None],
    ) -> None:
        self._ops.run(fn, ok, fail, timeout_s=PAGE_TIMEOUT_S, what="reading the patient list")

    def _setup_table(self) -> None:
        t = self.table
        t.setModel(self.model)
        t.setAlternatingRowColors(True)
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        t.setWordWrap(False)
        t.verticalHeader().hide()
        t.verticalHeader().setDefaultSectionSize(28)
        t.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = t.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((130, 260, 80, 70, 140, 150, 120)):
            t.setColumnWidth(col, width)
        header.setSectionResizeMode(NAME_COL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SEX_COL, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(AGE_COL, QHeaderView.ResizeMode.Fixed)
        header.sortIndicatorChanged.connect(self._sort_clicked)

    def start(self) -> None:
        """Load the first page in the remembered order, and count the patients."""
        sort, descending = PatientSort.NAME, False
        if self._settings is not None:
            try:
                sort = PatientSort(self._settings.get(PATIENT_SORT))
            except ValueError:
                sort = PatientSort.NAME
            descending = self._settings.get(PATIENT_DESCENDING)
        self._show_indicator(sort, descending)
        self.model.set_sort(sort, descending)
        self.model.reload()
        self.refresh_count()

    def refresh(self) -> None:
        """Reload from the first page (after a reconnect) keeping the order."""
        self.model.reload()
        self.refresh_count()

    def refresh_count(self) -> None:
        patients, actor = self._services.patients, self._actor
        self.count_label.setText("Counting patients…")
        self._ops.run(
            lambda: patients.count(actor),
            lambda n: self.count_label.setText(count_text(n)),
            lambda _err: self.count_label.setText("Patient count unavailable"),
            timeout_s=PAGE_TIMEOUT_S,
            what="counting patients",
        )

    def _show_indicator(self, sort: PatientSort, descending: bool) -> None:
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(COLUMN_OF_SORT[sort], order)
        header.blockSignals(False)

    def _sort_clicked(self, column: int, order: Qt.SortOrder) -> None:
        if column not in SORT_BY_COLUMN:
            self._show_indicator(self.model.sort_key, self.model.descending)
            return
        self.model.sort(column, order)
        if self._settings is not None:
            self._settings.set(PATIENT_SORT, self.model.sort_key.value)
            self._settings.set(PATIENT_DESCENDING, self.model.descending)
