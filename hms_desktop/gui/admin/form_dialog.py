"""A small dialog of labelled fields that sends one service call on a worker and shows the service's
field errors under the fields (the admin screens' add/edit/change dialogs)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from hms_desktop.errors import HmsError
from hms_desktop.gui.forms import set_message
from hms_desktop.gui.ops import Ops
from hms_desktop.gui.widgets.field_errors import FieldErrors


def date_edit(day: dt.date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd MMM yyyy")
    d = day or dt.date.today()
    edit.setDate(QDate(d.year, d.month, d.day))
    return edit


def value_of(widget: QWidget) -> Any:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        if widget.isEditable():  # what is typed, which may be none of the items
            return widget.currentText()
        return widget.currentData()
    if isinstance(widget, QDateEdit):
        q = widget.date()
        return dt.date(q.year(), q.month(), q.day())
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    raise TypeError(type(widget).__name__)


class FormDialog(QDialog):
    """``rows``: (service field name, label, widget); ``call(values)`` runs on a worker."""

    def __init__(
        self,
        ops: Ops,
        title: str,
        rows: Sequence[tuple[str, str, QWidget]],
        call: Callable[[dict[str, Any]], Any],
        parent: QWidget | None = None,
        intro: str = "",
        what: str = "saving",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"{title} — HMS Desktop")
        self._ops, self._call, self._what = ops, call, what
        self.widgets: dict[str, QWidget] = {}
        self.result_value: Any = None
        labels: dict[str, QLabel] = {}
        form = QFormLayout()
        for name, label, widget in rows:
            widget.setObjectName(f"{name}Field")
            box = QWidget()
            col = QVBoxLayout(box)
            col.setContentsMargins(0, 0, 0, 0)
            col.setSpacing(1)
            col.addWidget(widget)
            err = ErrorLabel()
            col.addWidget(err)
            labels[name] = err
            self.widgets[name] = widget
            form.addRow(label, box)
        self.message = QLabel()
        self.message.setObjectName("messageLabel")
        self.message.setWordWrap(True)
        self.errors = FieldErrors(labels, self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if intro:
            text = QLabel(intro)
            text.setWordWrap(True)
            layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        set_message(self.message, "")
        self.setMinimumWidth(480)

    def values(self) -> dict[str, Any]:
        return {name: value_of(w) for name, w in self.widgets.items()}

    def submit(self) -> None:
        values, call = self.values(), self._call
        self.buttons.setEnabled(False)
        self._ops.run(lambda: call(values), self._done, self._failed, timeout_s=30, what=self._what)

    def _done(self, result: Any) -> None:
        self.buttons.setEnabled(True)
        self.result_value = result
        self.accept()

    def _failed(self, error: HmsError) -> None:
        self.buttons.setEnabled(True)
        self.errors.show(error)


class HidingFieldErrors(FieldErrors):
    """:class:`FieldErrors` over a form's error labels (``ui/*.ui``, role ``fieldError``) that take
    no room while empty, like :class:`ErrorLabel`: a long form stays as short as its fields."""

    def clear(self) -> None:
        super().clear()
        self._sync()

    def show(self, error: HmsError | Mapping[str, str]) -> None:
        super().show(error)
        self._sync()

    def _sync(self) -> None:
        for label in set(self.labels.values()):
            label.setVisible(bool(label.text()))


def set_error(label: QLabel, text: str) -> None:
    """One field's error line, shown only while it says something."""
    label.setText(text)
    label.setVisible(bool(text))


class ErrorLabel(QLabel):
    """A field's error line: red, wrapped, and taking no room while empty."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("fieldError")
        self.setWordWrap(True)
        self.setStyleSheet("color: #b00020;")
        self.setVisible(False)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setVisible(bool(text))
