"""The prescription lines editor: one row per drug, keyboard first, warnings as you type.

Columns follow the printed line (generic name, strength, form, dose, route, frequency, SOS interval,
days, quantity, instructions). The quantity is computed with :func:`prescribing.quantity` and shown
greyed until the doctor types their own (clearing it goes back to the computed one). Warnings come
from the pure :func:`prescribing.check_lines` with the patient's allergies on every edit; the
service runs the same check when the consultation is completed.

Keys: Tab and Shift+Tab move across cells (typing starts editing), Ctrl+Enter adds a line,
Ctrl+Delete removes the current one. The generic name completes from the clinic's drug list
(read on a worker as the doctor types); picking "PARACETAMOL · 500 mg tablet" fills the strength,
form and route.
"""

from __future__ import annotations

import dataclasses
import html
from collections.abc import Callable, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hms_desktop.domain import prescribing as rx
from hms_desktop.services.consultation_types import DrugLineInput, PrescriptionLineDoc

Index = QModelIndex | QPersistentModelIndex

# (field, header, width)
COLUMNS: tuple[tuple[str, str, int], ...] = (
    ("generic_name", "Generic name", 190),
    ("strength", "Strength", 80),
    ("dosage_form", "Form", 92),
    ("dose", "Dose", 84),
    ("route", "Route", 86),
    ("frequency", "Freq.", 70),
    ("sos_min_hours", "SOS h", 62),
    ("duration_days", "Days", 50),
    ("quantity", "Qty", 56),
    ("instructions", "Instructions", 120),
)
FIELDS = tuple(c[0] for c in COLUMNS)
COL = {f: n for n, f in enumerate(FIELDS)}
CHOICES: dict[str, tuple[str, ...]] = {
    "dosage_form": rx.FORMS,
    "route": rx.ROUTES,
    "frequency": tuple(rx.FREQUENCIES),
    "instructions": rx.INSTRUCTIONS,
}
NUMBERS = ("sos_min_hours", "duration_days")
AUTO_INK = QColor("#7b8794")
TONES = {"error": QColor("#fde2e1"), "allergy": QColor("#fde2e1"), "warning": QColor("#fff1d6")}
DRUG_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclasses.dataclass
class RxLine:
    """One row as typed: text in every cell (parsed when the lines are sent)."""

    generic_name: str = ""
    strength: str = ""
    dosage_form: str = ""
    dose: str = ""
    route: str = ""
    frequency: str = ""
    sos_min_hours: str = ""
    duration_days: str = ""
    quantity: str = ""  # the doctor's own; empty means computed
    instructions: str = ""
    brand_name: str = ""

    def is_blank(self) -> bool:
        return not any(getattr(self, f).strip() for f in FIELDS)

    def number(self, name: str) -> int | None:
        text = getattr(self, name).strip()
        return int(text) if text.isdigit() else None

    def own_quantity(self) -> Decimal | None:
        try:
            return Decimal(self.quantity.strip()) if self.quantity.strip() else None
        except InvalidOperation:
            return None

    def computed_quantity(self) -> Decimal | None:
        return rx.quantity(
            self.dose or None,
            self.frequency or None,
            self.number("duration_days"),
            self.number("sos_min_hours"),
            self.dosage_form or None,
        )

    def to_input(self) -> DrugLineInput:
        def text(v: str) -> str | None:
            return v.strip() or None

        return DrugLineInput(
            generic_name=self.generic_name.strip(),
            strength=text(self.strength),
            dosage_form=text(self.dosage_form),
            dose=text(self.dose),
            route=text(self.route),
            frequency=text(self.frequency),
            sos_min_hours=self.number("sos_min_hours"),
            duration_days=self.number("duration_days"),
            quantity=self.own_quantity(),
            instructions=text(self.instructions),
            brand_name=text(self.brand_name),
        )

    def to_domain(self) -> rx.DrugLine:
        x = self.to_input()
        return rx.DrugLine(**dataclasses.asdict(x))

    @classmethod
    def from_input(cls, x: DrugLineInput) -> RxLine:
        """A line as the doctor would have typed it (a favourite's): the doctor's own quantity kept."""
        line = cls.from_doc(x)  # the same fields, by name
        return dataclasses.replace(line, quantity=quantity_text(x.quantity))

    @classmethod
    def from_doc(cls, d: PrescriptionLineDoc | DrugLineInput) -> RxLine:
        def s(v: object) -> str:
            return "" if v is None else str(v)

        return cls(
            d.generic_name,
            s(d.strength),
            s(d.dosage_form),
            s(d.dose),
            s(d.route),
            s(d.frequency),
            s(d.sos_min_hours),
            s(d.duration_days),
            "",
            s(d.instructions),
            s(d.brand_name),
        )


def quantity_text(q: Decimal | None) -> str:
    if q is None:
        return ""
    return f"{q.normalize():f}" if q == q.to_integral_value() else f"{q:f}"


def drug_text(d: DrugLineInput) -> str:
    """How a drug-list entry reads in the completer."""
    rest = " ".join(x for x in (d.strength, d.dosage_form) if x)
    brand = f" ({d.brand_name})" if d.brand_name else ""
    return f"{d.generic_name.upper()}{brand} · {rest}" if rest else f"{d.generic_name.upper()}{brand}"


class RxModel(QAbstractTableModel):
    """The lines being written; marks (cell -> tone, message) come from checks and the service."""

    edited = Signal()  # the doctor changed a cell or added/removed a line (not: marks repainted)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lines: list[RxLine] = []
        self.marks: dict[tuple[int, str], tuple[str, str]] = {}
        self.drugs: dict[str, DrugLineInput] = {}  # completer text -> drug

    # --- Qt -------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default argument)
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return COLUMNS[section][1]
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        field = FIELDS[index.column()]
        line = self.lines[index.row()]
        if field == "sos_min_hours" and line.frequency.strip().upper() != "SOS" and not line.sos_min_hours:
            return base  # only for SOS
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        line = self.lines[index.row()]
        field = FIELDS[index.column()]
        own = getattr(line, field)
        auto = field == "quantity" and not own.strip()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if auto:
                return quantity_text(line.computed_quantity()) if role == Qt.ItemDataRole.DisplayRole else ""
            if field == "generic_name" and role == Qt.ItemDataRole.DisplayRole:
                return own.upper()
            return own
        if role == Qt.ItemDataRole.ForegroundRole and auto:
            return QBrush(AUTO_INK)
        if role == Qt.ItemDataRole.FontRole and auto:
            font = QFont()
            font.setItalic(True)
            return font
        mark = self.marks.get((index.row(), field))
        if role == Qt.ItemDataRole.BackgroundRole and mark is not None:
            return QBrush(TONES.get(mark[0], TONES["warning"]))
        if role == Qt.ItemDataRole.ToolTipRole:
            if mark is not None:
                return mark[1]
            if auto:
                return "Computed from dose × frequency × days; type a number to change it"
        if role == Qt.ItemDataRole.TextAlignmentRole and field in (*NUMBERS, "quantity"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row, field = index.row(), FIELDS[index.column()]
        line = self.lines[row]
        text = "" if value is None else str(value).strip()
        drug = self.drugs.get(text) if field == "generic_name" else None
        if drug is not None:
            line.generic_name = drug.generic_name
            line.brand_name = drug.brand_name or ""
            for name in ("strength", "dosage_form", "route"):
                if getattr(drug, name):
                    setattr(line, name, getattr(drug, name))
        elif field in NUMBERS and text and not text.isdigit():
            return False
        elif field == "quantity" and text:
            try:
                if Decimal(text) <= 0:
                    return False
            except InvalidOperation:
                return False
            line.quantity = text
        else:
            if field == "frequency" and text.upper() in rx.FREQUENCIES:
                text = text.upper()
            setattr(line, field, text)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        self.edited.emit()
        return True

    # --- lines ----------------------------------------------------------------------------------

    def add_line(self, line: RxLine | None = None) -> int:
        row = len(self.lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self.lines.append(line or RxLine())
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove_line(self, row: int) -> None:
        if 0 <= row < len(self.lines):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.lines[row]
            self.endRemoveRows()
            self.marks = {}
            self.edited.emit()

    def set_lines(self, lines: Sequence[RxLine]) -> None:
        self.beginResetModel()
        self.lines = [dataclasses.replace(x) for x in lines]
        self.marks = {}
        self.endResetModel()

    def filled(self) -> list[RxLine]:
        return [x for x in self.lines if not x.is_blank()]

    def set_marks(self, marks: dict[tuple[int, str], tuple[str, str]]) -> None:
        # only the colours and tooltips change: a dataChanged without roles would also make the view
        # reload an open cell editor from the model, wiping what the doctor is typing there
        self.marks = dict(marks)
        if self.lines:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self.lines) - 1, len(COLUMNS) - 1),
                [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole],
            )


class RxDelegate(QStyledItemDelegate):
    """Editable combos for the coded columns, the drug-list completer on the generic name."""

    def __init__(self, completer: QCompleter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.completer = completer
        self.name_typed: Callable[[str], None] | None = None
        self.editor: QWidget | None = None  # the open cell editor, committed before a save

    def _forget(self, editor: QWidget) -> None:
        if self.editor is editor:
            self.editor = None

    def commit_open_editor(self) -> None:
        """Send what is typed in the open cell to the model and close the editor (a keyboard
        shortcut saves without the focus leaving the cell)."""
        editor, self.editor = self.editor, None
        if editor is not None and editor.isVisible():
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = self._create(parent, FIELDS[index.column()])
        self.editor = editor
        editor.destroyed.connect(lambda _o=None, e=editor: self._forget(e))
        return editor

    def _create(self, parent: QWidget, field: str) -> QWidget:
        if field in CHOICES:
            combo = QComboBox(parent)
            combo.setEditable(True)
            combo.addItems(["", *CHOICES[field]])
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            completer = combo.completer()
            if completer is not None:
                completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
            combo.setObjectName(f"{field}Editor")
            return combo
        edit = QLineEdit(parent)
        edit.setObjectName(f"{field}Editor")
        if field == "generic_name":
            edit.setCompleter(self.completer)
            if self.name_typed is not None:
                edit.textEdited.connect(self.name_typed)
        return edit

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        # once, when the editor opens: the view calls this again on every dataChanged over the cell
        # (a repaint of the warning colours, a line added), which would replace what is being typed
        if editor.property("hmsLoaded"):
            return
        editor.setProperty("hmsLoaded", True)
        value = index.data(Qt.ItemDataRole.EditRole) or ""
        if isinstance(editor, QComboBox):
            editor.setEditText(str(value))
        elif isinstance(editor, QLineEdit):
            editor.setText(str(value))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText())
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text())


class RxTable(QWidget):
    """The table, Add/Remove, and the warnings under it."""

    changed = Signal()
    drugs_needed = Signal(str)  # the doctor typed a drug name: the workspace reads the list

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rxTable")
        self.allergies: str | None = None
        self.model = RxModel(self)
        self.completions = QStringListModel(self)
        self.completer = QCompleter(self.completions, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        self.view = QTableView(self)
        self.view.setObjectName("rxView")
        self.view.setModel(self.model)
        self.delegate = RxDelegate(self.completer, self.view)
        self.delegate.name_typed = self._name_typed
        self.view.setItemDelegate(self.delegate)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.CurrentChanged
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.setTabKeyNavigation(True)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setDefaultSectionSize(28)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        for n, (_f, _h, width) in enumerate(COLUMNS):
            header.resizeSection(n, width)
        header.setSectionResizeMode(COL["generic_name"], QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton("&Add line (Ctrl+Enter)", self)
        self.add_button.setObjectName("addLineButton")
        self.remove_button = QPushButton("Remove line", self)
        self.remove_button.setObjectName("removeLineButton")
        self.remove_button.setToolTip("Remove the current line (Ctrl+Delete)")
        for b in (self.add_button, self.remove_button):
            b.setAutoDefault(False)
        self.hint = QLabel("Qty in grey is computed; type to override.", self)
        self.hint.setProperty("role", "hint")
        self.warnings = QLabel(self)
        self.warnings.setObjectName("rxWarnings")
        self.warnings.setProperty("role", "rxWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.RichText)
        self.warnings.setVisible(False)

        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.hint)
        buttons.addStretch(1)
        body = QVBoxLayout(self)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(4)
        body.addWidget(self.view, 1)
        body.addWidget(self.warnings)
        body.addLayout(buttons)

        self.add_button.clicked.connect(self.add_line)
        self.remove_button.clicked.connect(self.remove_current)
        for keys, slot in (
            (("Ctrl+Return", "Ctrl+Enter"), self.add_line),
            (("Ctrl+Delete",), self.remove_current),
        ):
            act = QAction(self)
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
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
        """A failed complete: 'line2.dose' keys mark their cell; the rest is listed under the table."""
        filled_rows = [n for n, x in enumerate(self.model.lines) if not x.is_blank()]
        marks: dict[tuple[int, str], tuple[str, str]] = {}
        messages: list[tuple[str, str]] = []
        for key, text in errors.items():
            head, _, field = key.partition(".")
            if head.startswith("line") and head[4:].isdigit() and field:
                n = int(head[4:])
                row = filled_rows[n - 1] if 0 < n <= len(filled_rows) else n - 1
                hit = tone == "warning" and "Allergy" in text
                marks[(row, field)] = ("allergy" if hit else tone, text)
                messages.append(("allergy" if hit else tone, f"Line {row + 1}: {text}"))
            elif key in ("lines", "procedures", "prescription"):
                messages.append((tone, text))
        self.server_marks, self.server_messages = marks, messages
        self._show()

    def _show(self) -> None:
        marks: dict[tuple[int, str], tuple[str, str]] = {}
        items: list[tuple[str, str]] = []
        for c in self.checks:
            tone = "allergy" if "Allergy" in c.message else c.severity
            marks[(c.line_no - 1, c.field)] = (tone, c.message)
            items.append((tone, f"Line {c.line_no}: {c.message}"))
        marks.update(self.server_marks)
        for m in self.server_messages:
            if m not in items:
                items.append(m)
        self.model.set_marks(marks)
        colours = {"allergy": "#b91c1c", "error": "#b91c1c", "warning": "#92400e"}
        icons = {"allergy": "⚠", "error": "✖", "warning": "⚠"}
        weight = " font-weight:600;"
        html_items = [
            f'<span style="color:{colours.get(t, "#92400e")};{weight if t == "allergy" else ""}">'
            f"{icons.get(t, '⚠')} {html.escape(text)}</span>"
            for t, text in items
        ]
        self.warnings.setText("<br>".join(html_items))
        self.warnings.setVisible(bool(items))

    def warning_texts(self) -> list[str]:
        return [self.warnings.text()] if self.warnings.isVisible() else []
