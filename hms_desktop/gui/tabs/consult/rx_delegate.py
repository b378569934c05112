"""The prescription table's cell editors: editable combos for the coded columns, the drug-list
completer on the generic name, and the open editor committed before a save (Ctrl+S, Ctrl+Enter)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QComboBox,
    QCompleter,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from hms_desktop.gui.tabs.consult.rx_line import CHOICES, FIELDS
from hms_desktop.gui.tabs.consult.rx_model import Index


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
