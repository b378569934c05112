"""The Patients tab (``ui/patients.ui``): search box, the lazily paged table and a patient count.

Pages, searches and the count are read on workers through ``Ops``. The search box is debounced
(``SEARCH_DELAY_MS``) and each new text reloads the model, whose generation number drops the
results of any older text still on its way. F2 opens the quick walk-in, Ctrl+N the registration
form, Enter or a double-click the patient's details. Clicking the MRN, Name or Registered header
re-sorts in SQL; clicking another header leaves the order (and its indicator) as it was. The chosen
order is remembered per desk.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from hms_desktop.domain.money import group_indian
from hms_desktop.domain.queue import token_label
from hms_desktop.errors import HmsError
from hms_desktop.gui.forms import find, load_form, set_message
from hms_desktop.gui.settings import PATIENT_DESCENDING, PATIENT_SORT
from hms_desktop.gui.tabs.patients.detail import PatientDetailDialog
from hms_desktop.gui.tabs.patients.form import PatientFormDialog
from hms_desktop.gui.tabs.patients.model import (
    AGE_COL,
    COLUMN_OF_SORT,
    NAME_COL,
    SEX_COL,
    SORT_BY_COLUMN,
    PatientTableModel,
)
from hms_desktop.gui.tabs.patients.walk_in import WalkInDialog
from hms_desktop.services.changes import ChangeTopic
from hms_desktop.services.patients_types import PatientDetail, PatientRow, PatientSort
from hms_desktop.services.visits import VisitService

if TYPE_CHECKING:
    from hms_desktop.gui.desk import DeskContext
    from hms_desktop.services.container import Services

PAGE_TIMEOUT_S = 30
TOPICS = frozenset({ChangeTopic.PATIENTS})  # a registration here or at another desk: a new count
SEARCH_DELAY_MS = 200


def count_text(n: int) -> str:
    """'1 patient', '10,00,000 patients' (Indian digit grouping)."""
    if n == 1:
        return QCoreApplication.translate("PatientsTab", "{n} patient").format(n=group_indian(str(n)))
    return QCoreApplication.translate("PatientsTab", "{n} patients").format(n=group_indian(str(n)))


class PatientsTab(QWidget):
    walk_in_registered = Signal(int)  # queue entry id: the main window offers the token slip

    def __init__(self, desk: DeskContext, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self._ops, self._services, self._actor, self._settings = desk.ops, services, desk.actor, desk.settings
        actor = desk.actor
        self.ui = load_form("patients.ui", self)
        self.table = find(self.ui, QTableView, "tableView")
        self.count_label = find(self.ui, QLabel, "countLabel")
        self.message = find(self.ui, QLabel, "messageLabel")
        self.search_edit = find(self.ui, QLineEdit, "searchEdit")
        self.search_status = find(self.ui, QLabel, "searchStatus")
        set_message(self.message, "")
        patients = services.patients
        self.visits: VisitService = services.visits

        def fetch(sort: PatientSort, descending: bool, after: Any, limit: int) -> Sequence[PatientRow]:
            return patients.list_page(actor, sort=sort, descending=descending, after=after, limit=limit)

        def search(text: str, limit: int) -> Sequence[PatientRow]:
            return patients.search(actor, text, limit=min(limit, 50))

        self.model = PatientTableModel(fetch, run=self._run_page, parent=self, search=search)
        self.model.load_failed.connect(lambda text: set_message(self.message, text))
        self.model.page_loaded.connect(self._page_loaded)
        self._setup_table()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._run_search)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_edit.returnPressed.connect(self._search_return)
        self._searching = False
        self._open_when_found = False
        find(self.ui, QPushButton, "registerButton").clicked.connect(self.register_patient)
        find(self.ui, QPushButton, "walkInButton").clicked.connect(self.walk_in)
        find(self.ui, QPushButton, "openButton").clicked.connect(self.open_selected)
        find(self.ui, QPushButton, "editButton").clicked.connect(self.edit_selected)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.own_shortcuts: dict[str, QShortcut] = {}
        for keys, slot in (
            ("F2", self.walk_in),
            ("Ctrl+N", self.register_patient),  # notr: key sequence
            ("Ctrl+F", self.focus_search),  # notr: key sequence
            ("Return", self.open_selected),  # notr: key sequence
        ):
            shortcut = QShortcut(QKeySequence(keys), self if keys != "Return" else self.table, slot)
            shortcut.setContext(context)
            self.own_shortcuts[keys] = shortcut
        self.hub = desk.ops.changes
        self.hub.changed.connect(self._changes_seen)
        self.status_callback: Callable[[str], None] | None = None  # e.g. the main window's status bar
        self._departments: list[tuple[int, str]] = []

    # --- search -----------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def _search_return(self) -> None:
        """Enter searches; Enter again opens the first match (once it has arrived: typed ahead,
        the second Enter waits for the search instead of opening the previous list's patient)."""
        text = self.search_edit.text().strip()
        if text and text == self.model.search_text:
            if self._searching:
                self._open_when_found = True
            else:
                self.open_selected()
            return
        self._run_search()

    def _run_search(self) -> None:
        self._search_timer.stop()
        text = self.search_edit.text().strip()
        if text != self.model.search_text:
            self._searching, self._open_when_found = bool(text), False
            self.search_status.setText(self.tr("Searching…") if text else "")
            # search results come in the service's order (best kind of match first), not the sort
            self.table.horizontalHeader().setSortIndicatorShown(not text)
            self.model.set_search(text)

    def _page_loaded(self, n: int) -> None:
        if self.message.property("level") != "ok":  # keep "Registered ..." after the list updates
            set_message(self.message, "")
        if self.model.search_text:
            self._searching = False
            rows = self.model.rowCount()
            if rows == 1:
                self.search_status.setText(self.tr("{n} match").format(n=rows))
            else:
                self.search_status.setText(
                    self.tr("{n} matches").format(n=rows) if rows else self.tr("No match")
                )
            if rows:
                self.table.selectRow(0)
            if self._open_when_found:
                self._open_when_found = False
                if rows:
                    QTimer.singleShot(0, self.open_selected)
        else:
            self.search_status.setText("")

    # --- actions ----------------------------------------------------------------------------

    def selected_row(self) -> PatientRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(index.row())

    def register_patient(self) -> None:
        dialog = PatientFormDialog(self._ops, self._services.patients, self._actor, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if dialog.saved is not None:
            saved = dialog.saved
            self._announce(
                self.tr("Registered {name} ({mrn}).").format(name=saved.display_name, mrn=saved.mrn)
            )
            self.show_patient_in_list(dialog.saved.mrn)
        elif dialog.chosen_id is not None:
            self.open_patient(dialog.chosen_id)

    def walk_in(self) -> None:
        dialog = WalkInDialog(self._ops, self.visits, self._actor, self._departments, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_value is not None:
            r = dialog.result_value
            self._announce(
                self.tr("{name} ({mrn}) is in today's queue with token {token}.").format(
                    name=r.patient.display_name,
                    mrn=r.patient.mrn,
                    token=token_label(r.token_series, r.token_no),
                )
            )
            self.show_patient_in_list(r.patient.mrn)
            self.walk_in_registered.emit(r.queue_entry_id)

    def open_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.open_patient(row.id)

    def open_patient(self, patient_id: int) -> None:
        PatientDetailDialog(
            self._ops,
            self._services.patients,
            self._actor,
            patient_id,
            on_edit=self.edit_patient,
            parent=self,
            consultation=self._services.consultation,
            exporter=self._services.patient_export,
            audit_reader=self._services.audit_reader,
        ).exec()

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        patients, actor = self._services.patients, self._actor
        self._ops.run(
            lambda: patients.get(actor, row.id),
            self.edit_patient,
            lambda err: set_message(self.message, err.message),
            timeout_s=PAGE_TIMEOUT_S,
            what=self.tr("reading the patient"),
        )

    def edit_patient(self, detail: PatientDetail) -> None:
        dialog = PatientFormDialog(self._ops, self._services.patients, self._actor, detail, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self._announce(self.tr("Saved {name}.").format(name=dialog.saved.display_name))
            self.model.reload()

    def show_patient_in_list(self, mrn: str) -> None:
        self.search_edit.setText(mrn)
        self._run_search()

    def _announce(self, text: str) -> None:
        set_message(self.message, text, "ok")
        if self.status_callback is not None:
            self.status_callback(text)

    def _run_page(
        self,
        fn: Callable[[], Sequence[PatientRow]],
        ok: Callable[[Sequence[PatientRow]], None],
        fail: Callable[[HmsError], None],
    ) -> None:
        self._ops.run(fn, ok, fail, timeout_s=PAGE_TIMEOUT_S, what=self.tr("reading the patient list"))

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
        try:
            sort = PatientSort(self._settings.get(PATIENT_SORT))
        except ValueError:
            sort = PatientSort.NAME
        descending = self._settings.get(PATIENT_DESCENDING)
        self._show_indicator(sort, descending)
        self.model.set_sort(sort, descending)
        self.model.reload()
        self.refresh_count()
        self.refresh_departments()
        self.hub.follow(self, TOPICS, self._services.changes, self._actor)

    def stop(self) -> None:
        self.hub.unfollow(self)

    def _changes_seen(self, changes: Any) -> None:
        if changes.touches(TOPICS):
            self.refresh_count()  # the list itself stays where the user scrolled

    def main_control(self) -> QWidget:
        return self.search_edit

    def reconnected(self) -> None:
        if self.model.error or self.model.rowCount() == 0:
            self.refresh()

    def refresh(self) -> None:
        """Reload from the first page (after a reconnect) keeping the order."""
        self.model.reload()
        self.refresh_count()
        self.refresh_departments()

    def refresh_departments(self) -> None:
        """The walk-in form's department list, read off the UI thread (F2 must open at once)."""
        clinic, actor = self._services.clinic, self._actor

        def loaded(rows: list[tuple[int, str]]) -> None:
            self._departments = rows

        self._ops.run(
            lambda: [(d.id, d.name) for d in clinic.list_departments(actor, active_only=True)],
            loaded,
            lambda _err: None,  # the walk-in works without a department
            timeout_s=PAGE_TIMEOUT_S,
            what=self.tr("reading departments"),
            report_connection=False,
        )

    def refresh_count(self) -> None:
        patients, actor = self._services.patients, self._actor
        self.count_label.setText(self.tr("Counting patients…"))
        self._ops.run(
            lambda: patients.count(actor),
            lambda n: self.count_label.setText(count_text(n)),
            lambda _err: self.count_label.setText(self.tr("Patient count unavailable")),
            timeout_s=PAGE_TIMEOUT_S,
            what=self.tr("counting patients"),
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
        self._settings.set(PATIENT_SORT, self.model.sort_key.value)
        self._settings.set(PATIENT_DESCENDING, self.model.descending)
