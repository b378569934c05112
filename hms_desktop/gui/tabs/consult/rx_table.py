"""The prescription lines editor: one row per drug, keyboard first, warnings as you type.

This module works the table, its buttons and the warnings under it, widgets of
``ui/consultation.ui``; the lines are in :mod:`.rx_line`, the model in :mod:`.rx_model`, the cell
editors in :mod:`.rx_delegate`. Columns follow the printed line (generic name, strength, form,
dose, route, frequency, SOS interval, days, quantity, instructions). The quantity is computed with
:func:`prescribing.quantity` and shown greyed until the doctor types their own (clearing it goes
back to the computed one). Warnings come from the pure :func:`prescribing.check_lines` with the
patient's allergies on every edit; the service runs the same check when the consultation is
completed.

Keys: Tab and Shift+Tab move across cells (typing starts editing), Ctrl+Enter adds a line,
Ctrl+Delete removes the current one. The generic name completes from the clinic's drug list
(read on a worker as the doctor types); picking "PARACETAMOL · 500 mg tablet" fills the strength,
form and route.
"""

from __future__ import annotations

import dataclasses
import html
from collections.abc import Sequence

from PySide6.QtCore import QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QCompleter, QHeaderView, QLabel, QLineEdit, QPushButton, QTableView, QWidget

from hms_desktop.domain import prescribing as rx
from hms_desktop.errors import split_line_key
from hms_desktop.gui.forms import find
from hms_desktop.gui.i18n import service_text
from hms_desktop.gui.tabs.consult.rx_delegate import RxDelegate
from hms_desktop.gui.tabs.consult.rx_line import COL, COLUMNS, FIELDS, RxLine, drug_text, quantity_text
from hms_desktop.gui.tabs.consult.rx_model import RxModel
from hms_desktop.services.consultation_types import DrugLineInput

# where the workspace, the favourites and the tests have always imported them from
__all__ = [
    "COL",
    "COLUMNS",
    "FIELDS",
    "RxDelegate",
    "RxLine",
    "RxModel",
    "RxTable",
    "drug_text",
    "quantity_text",
]


class RxTable(QObject):
    """The table, Add/Remove, and the warnings under it: the widgets of ``panel`` (the form's
    ``rxHost``), which also carries the table's own keys."""

    changed = Signal()
    drugs_needed = Signal(str)  # the doctor typed a drug name: the workspace reads the list

    def __init__(self, panel: QWidget) -> None:
        super().__init__(panel)
        self.panel = panel
        self.allergies: str | None = None
        self.model = RxModel(self)
        self.completions = QStringListModel(self)
        self.completer = QCompleter(self.completions, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        self.view = find(panel, QTableView, "rxView")
        self.view.setModel(self.model)
        self.delegate = RxDelegate(self.completer, self.view)
        self.delegate.name_typed = self._name_typed
        self.view.setItemDelegate(self.delegate)
        header = self.view.horizontalHeader()
        for n, (_f, _h, width) in enumerate(COLUMNS):
            header.resizeSection(n, width)
        header.setSectionResizeMode(COL["generic_name"], QHeaderView.ResizeMode.Stretch)
        self.add_button = find(panel, QPushButton, "addLineButton")
        self.remove_button = find(panel, QPushButton, "removeLineButton")
        self.hint = find(panel, QLabel, "rxHint")
        self.warnings = find(panel, QLabel, "rxWarnings")
        self.warnings.setVisible(False)

        self.add_button.clicked.connect(self.add_line)
        self.remove_button.clicked.connect(self.remove_current)
        for keys, slot in (
            (("Ctrl+Return", "Ctrl+Enter"), self.add_line),  # notr: keys
            (("Ctrl+Delete",), self.remove_current),  # notr: keys
        ):
            act = QAction(panel)
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            panel.addAction(act)
        self.model.edited.connect(self._edited)
        self._typed = ""
        self._drug_timer = QTimer(self)
        self._drug_timer.setSingleShot(True)
        self._drug_timer.setInterval(200)
        self._drug_timer.timeout.connect(lambda: self.drugs_needed.emit(self._typed))
        self.server_marks: dict[tuple[int, str], tuple[str, str]] = {}
        self.server_messages: list[tuple[str, str]] = []  # (tone, text) from the last failed complete
        self.checks: list[rx.LineCheck] = []
        self._quiet = False

    # --- editing --------------------------------------------------------------------------------

    def add_line(self) -> None:
        self.commit_editing()  # the cell being typed in belongs to the line it was typed in
        row = self.model.add_line()
        index = self.model.index(row, COL["generic_name"])
        self.view.setFocus()
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)

    def remove_current(self) -> None:
        row = self.view.currentIndex().row()
        self.commit_editing()  # another line's open cell is kept; this line's goes with it
        if row >= 0:
            self.model.remove_line(row)

    def _name_typed(self, text: str) -> None:
        self._typed = text
        if len(text.strip()) >= 2:
            self._drug_timer.start()

    def set_drugs(self, drugs: Sequence[DrugLineInput]) -> None:
        """The drug list's matches for what is being typed (from the workspace's worker)."""
        texts = []
        for d in drugs:
            text = drug_text(d)
            self.model.drugs[text] = d
            texts.append(text)
        self.completions.setStringList(texts)
        widget = self.completer.widget()
        # a late answer must not pop the list up over a cell the doctor has moved on to: the popup
        # takes the keyboard, and what is typed next would go into it
        if isinstance(widget, QLineEdit) and widget.hasFocus() and widget.text() == self._typed:
            self.completer.setCompletionPrefix(self._typed)
            self.completer.complete()

    def set_lines(self, lines: Sequence[RxLine]) -> None:
        self._quiet = True
        try:
            self.model.set_lines(lines)
        finally:
            self._quiet = False
        self.refresh_checks()

    def commit_editing(self) -> None:
        self.delegate.commit_open_editor()

    def insert_lines(self, lines: Sequence[DrugLineInput]) -> int:
        """Append ``lines`` (a favourite) after the lines written so far, in place of trailing blank
        rows; the cell being typed is committed first. Returns the first new row."""
        self.commit_editing()
        kept = list(self.model.lines)
        while kept and kept[-1].is_blank():
            kept.pop()
        first = len(kept)
        self.model.set_lines([*kept, *(RxLine.from_input(x) for x in lines)])
        self._edited()
        index = self.model.index(first, COL["generic_name"])
        self.view.setFocus()
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return first

    def lines(self) -> tuple[DrugLineInput, ...]:
        return tuple(x.to_input() for x in self.model.filled())

    # --- checks ---------------------------------------------------------------------------------

    def _edited(self, notify: bool = True) -> None:
        self.server_marks, self.server_messages = {}, []
        self.refresh_checks()
        if notify and not self._quiet:
            self.changed.emit()

    def set_allergies(self, allergies: str | None) -> None:
        self.allergies = allergies
        self.refresh_checks()

    def refresh_checks(self) -> None:
        """Live warnings from the pure rules (errors wait for the service, except on named lines)."""
        filled = self.model.lines
        rows = [n for n, x in enumerate(filled) if x.generic_name.strip()]
        checks = rx.check_lines([filled[n].to_domain() for n in rows], self.allergies)
        self.checks = [
            dataclasses.replace(c, line_no=rows[c.line_no - 1] + 1)
            for c in checks
            if c.severity == "warning" or c.field in ("sos_min_hours", "duration_days", "quantity")
        ]
        self._show()

    def show_server(self, errors: dict[str, str], tone: str) -> None:
        """A failed complete: 'line2.dose' keys mark their cell, 'line2' its row's line; each is listed
        under the table with the rest."""
        filled_rows = [n for n, x in enumerate(self.model.lines) if not x.is_blank()]
        marks: dict[tuple[int, str], tuple[str, str]] = {}
        messages: list[tuple[str, str]] = []
        for key, text in errors.items():
            line = split_line_key(key)
            if line is not None:
                n, field = line
                row = filled_rows[n - 1] if 0 < n <= len(filled_rows) else n - 1
                hit = tone == "warning" and is_allergy(text)
                if field is not None:
                    marks[(row, field)] = ("allergy" if hit else tone, text)
                messages.append(
                    (
                        "allergy" if hit else tone,
                        self.tr("Line {n}: {message}").format(n=row + 1, message=text),
                    )
                )
            elif key in ("lines", "procedures", "prescription"):
                messages.append((tone, text))
        self.server_marks, self.server_messages = marks, messages
        self._show()

    def _show(self) -> None:
        marks: dict[tuple[int, str], tuple[str, str]] = {}
        items: list[tuple[str, str]] = []
        for c in self.checks:
            tone = "allergy" if is_allergy(c.message) else c.severity
            message = service_text(c.message)  # the domain's rules speak English
            marks[(c.line_no - 1, c.field)] = (tone, message)
            items.append((tone, self.tr("Line {n}: {message}").format(n=c.line_no, message=message)))
        marks.update(self.server_marks)
        for m in self.server_messages:
            if m not in items:
                items.append(m)
        self.model.set_marks(marks)
        colours = {"allergy": "#b91c1c", "error": "#b91c1c", "warning": "#92400e"}
        icons = {"allergy": "⚠", "error": "✖", "warning": "⚠"}
        weight = " font-weight:600;"
        span = '<span style="color:{colour};{weight}">'  # notr: markup
        html_items = [
            span.format(colour=colours.get(t, "#92400e"), weight=weight if t == "allergy" else "")
            + f"{icons.get(t, '⚠')} {html.escape(text)}</span>"
            for t, text in items
        ]
        self.warnings.setText("<br>".join(html_items))
        self.warnings.setVisible(bool(items))

    def warning_texts(self) -> list[str]:
        return [self.warnings.text()] if self.warnings.isVisible() else []


def is_allergy(text: str) -> bool:
    """A check's message about the patient's recorded allergy, in English (the domain's rules) or as
    the desk shows a service's message (already in the desk's language)."""
    translated = service_text(rx.ALLERGY_WARNING).strip()
    return "Allergy" in text or (bool(translated) and text.startswith(translated))
