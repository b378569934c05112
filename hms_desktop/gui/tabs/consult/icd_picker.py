"""Diagnoses by ICD-10 code or words: results as you type, Enter adds, the first one is primary.

The search is :func:`hms_desktop.domain.icd10.search` (pure Python over an in-memory index, well under
20 ms), so it runs on the GUI thread after a short pause in typing (``DEBOUNCE_MS``) rather than on
a worker. It ranks the common primary-care codes first, then the clinic's most used codes and the
doctor's recent ones (:meth:`IcdPicker.set_usage`, read once by the consultation on a worker).
Free text is allowed and stays flagged "free text, not coded".
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QWidget

from hms_desktop.gui.forms import find, set_message
from hms_desktop.services.consultation_types import DiagnosisInput

DEBOUNCE_MS = 150
RESULTS = 25
FREE_TEXT = str(QT_TRANSLATE_NOOP("IcdPicker", "free text, not coded"))  # said with self.tr(FREE_TEXT)


@dataclasses.dataclass(frozen=True)
class Chosen:
    description: str
    code: str | None  # None: free text

    def as_dict(self) -> dict[str, Any]:
        return {"description": self.description, "code": self.code}


class IcdPicker(QObject):
    """Search box, results list, and the chosen diagnoses (first = primary): the widgets of
    ``panel`` (``diagnosisHost`` in ``ui/consultation.ui``)."""

    changed = Signal()
    searched = Signal()  # results shown (tests wait for it)

    def __init__(self, panel: QWidget) -> None:
        super().__init__(panel)
        self.panel = panel
        self.search = find(panel, QLineEdit, "icdSearchEdit")
        self.free_button = find(panel, QPushButton, "freeTextButton")
        self.results = find(panel, QListWidget, "icdResults")  # never focused: the search box types
        self.results.setVisible(False)
        self.chosen = find(panel, QListWidget, "diagnosisList")
        self.primary_button = find(panel, QPushButton, "primaryButton")
        self.remove_button = find(panel, QPushButton, "removeDiagnosisButton")
        self.error = find(panel, QLabel, "diagnosisError")
        set_message(self.error, "")

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.search_now)
        self.search.textEdited.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self.add_highlighted)
        self.search.installEventFilter(self)
        self.results.itemClicked.connect(lambda item: self._add_item(item))
        self.free_button.clicked.connect(self.add_free_text)
        self.primary_button.clicked.connect(lambda: self.make_primary(self.chosen.currentRow()))
        self.remove_button.clicked.connect(lambda: self.remove(self.chosen.currentRow()))
        self.chosen.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.chosen.installEventFilter(self)
        self.items: list[Chosen] = []
        self.usage: dict[str, int] = {}  # the clinic's code counts: ranked after the common OPD list
        self.recent: tuple[str, ...] = ()  # this doctor's recent codes
        self._update_buttons()

    def set_usage(self, counts: dict[str, int], recent: Iterable[str]) -> None:
        """The clinic's usage counts and the doctor's recent codes, read once on a worker."""
        self.usage, self.recent = dict(counts), tuple(recent)

    # --- searching --------------------------------------------------------------------------------

    def search_now(self) -> None:
        self._timer.stop()
        text = self.search.text().strip()
        self.results.clear()
        # imported at the first search, not with the Queue tab: the module brings rapidfuzz, and only a
        # doctor searches (whose desk has imported and built it on a thread since sign-in: app.py)
        from hms_desktop.domain import icd10

        found = icd10.search(text, RESULTS, usage=self.usage, recent=self.recent) if text else []
        for code in found:
            item = QListWidgetItem(f"{code.code}   {code.description}")
            item.setData(Qt.ItemDataRole.UserRole, code)
            if not code.billable:
                item.setToolTip(self.tr("A category: a more specific code exists"))
            self.results.addItem(item)
        self.results.setVisible(bool(found))
        if found:
            self.results.setCurrentRow(0)
        self.searched.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if watched is self.search and key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.results.count():
                step = 1 if key == Qt.Key.Key_Down else -1
                row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
                self.results.setCurrentRow(row)
                return True
            if watched is self.search and key == Qt.Key.Key_Escape and self.results.isVisible():
                self.results.setVisible(False)
                return True
            if watched is self.chosen and key == Qt.Key.Key_Delete:
                self.remove(self.chosen.currentRow())
                return True
        return super().eventFilter(watched, event)

    def add_highlighted(self) -> None:
        """Enter: add the highlighted result (searching first if the pause has not passed yet)."""
        if self._timer.isActive():
            self.search_now()
        item = self.results.currentItem()
        if item is not None and self.results.isVisible():
            self._add_item(item)

    def _add_item(self, item: QListWidgetItem) -> None:
        from hms_desktop.domain.icd10 import Icd10Code

        code = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(code, Icd10Code):
            self.add(Chosen(code.description, code.code))
            self._reset_search()

    def add_free_text(self) -> None:
        text = " ".join(self.search.text().split())
        if text:
            self.add(Chosen(text, None))
            self._reset_search()

    def _reset_search(self) -> None:
        self.search.clear()
        self.results.clear()
        self.results.setVisible(False)
        self.search.setFocus()

    # --- the chosen list --------------------------------------------------------------------------

    def add(self, chosen: Chosen) -> None:
        if chosen.code is not None and any(c.code == chosen.code for c in self.items):
            return  # already there
        self.items.append(chosen)
        self._refill(len(self.items) - 1)

    def make_primary(self, row: int) -> None:
        if 0 < row < len(self.items):
            self.items.insert(0, self.items.pop(row))
            self._refill(0)

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.items):
            del self.items[row]
            self._refill(min(row, len(self.items) - 1))

    def set_items(self, items: Iterable[Chosen]) -> None:
        self.items = list(items)
        self._refill(-1, notify=False)

    def _refill(self, current: int, notify: bool = True) -> None:
        self.chosen.clear()
        for n, c in enumerate(self.items):
            mark = "★ " if n == 0 else "    "
            code = c.code or "—"
            text = f"{mark}{code}   {c.description}"
            if c.code is None:
                text += f"   ({self.tr(FREE_TEXT)})"
            item = QListWidgetItem(text)
            item.setToolTip(self.tr("Primary diagnosis") if n == 0 else self.tr("Make primary with Alt+P"))
            if c.code is None:
                item.setForeground(Qt.GlobalColor.darkYellow)
            self.chosen.addItem(item)
        if current >= 0:
            self.chosen.setCurrentRow(current)
        self._update_buttons()
        set_message(self.error, "")
        if notify:
            self.changed.emit()

    def _update_buttons(self) -> None:
        row = self.chosen.currentRow()
        self.primary_button.setEnabled(row > 0)
        self.remove_button.setEnabled(row >= 0)

    def diagnoses(self) -> tuple[DiagnosisInput, ...]:
        return tuple(
            DiagnosisInput(c.description, c.code, is_primary=n == 0) for n, c in enumerate(self.items)
        )

    def show_error(self, text: str) -> None:
        set_message(self.error, text)
