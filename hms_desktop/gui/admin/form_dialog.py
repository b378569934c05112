"""A small dialog of labelled fields (a form in ``ui/``: ``price_item.ui``, ``price_change.ui``,
``gst_rate.ui``, ``reopen_reason.ui``) that sends one service call on a worker and shows the service's
field errors under the fields (the admin screens' add/edit/change dialogs).

A form names each field's widget ``<field>Field`` (in a ``<field>Box`` row of the QFormLayout
``fieldsForm``, with ``<field>Error`` under it), and has ``introLabel``, ``messageLabel`` and
``buttonBox``. A dialog uses the fields it lists; the form's other rows are hidden (editing an item
shows no code or price).
"""

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
    QWidget,
)

from hms_desktop.errors import HmsError
from hms_desktop.gui.forms import FormError, find, load_form, set_message
from hms_desktop.gui.ops import Ops
from hms_desktop.gui.widgets.field_errors import FieldErrors


def set_date(edit: QDateEdit, day: dt.date) -> QDateEdit:
    """``day`` is the clinic's (``services.clock.today()``), not this computer's."""
    edit.setDate(QDate(day.year, day.month, day.day))
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
    """``form``: a file in ui/; ``fields``: the service field names it sends; ``call(values)`` runs
    on a worker. ``widgets[field]`` is the field's widget, to fill before the dialog opens."""

    def __init__(
        self,
        ops: Ops,
        title: str,
        form: str,
        fields: Sequence[str],
        call: Callable[[dict[str, Any]], Any],
        parent: QWidget | None = None,
        intro: str = "",
        what: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("{title} — HMS Desktop").format(title=title))
        self._ops, self._call, self._what = ops, call, what or self.tr("saving")
        self.ui = ui = load_form(form, self)
        self.result_value: Any = None
        self.widgets: dict[str, QWidget] = {name: find(ui, QWidget, f"{name}Field") for name in fields}
        labels = {name: find(ui, QLabel, f"{name}Error") for name in fields}
        rows = ui.findChild(QFormLayout, "fieldsForm")
        if not isinstance(rows, QFormLayout):
            raise FormError(f"{form} has no QFormLayout named 'fieldsForm'")  # notr: a broken form
        for child in ui.findChildren(QWidget):
            name = child.objectName()
            field = name.removesuffix("Field")  # notr: the fields' object names end so
            if field != name and field not in self.widgets:
                rows.setRowVisible(find(ui, QWidget, f"{field}Box"), False)
        intro_label = find(ui, QLabel, "introLabel")
        intro_label.setText(intro)
        intro_label.setVisible(bool(intro))
        self.message = find(ui, QLabel, "messageLabel")
        self.errors = HidingFieldErrors(labels, self.message)
        self.buttons = find(ui, QDialogButtonBox, "buttonBox")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
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
        fit_height(next(iter(self.labels.values()), None))


def fit_height(widget: QWidget | None) -> None:
    """Grow the dialog of ``widget`` to the height its layout needs at its width (never shrink it,
    never past the screen): a message of two lines under a field then pushes the rows down
    instead of overlapping the next field (a layout's minimum size counts one line of a label)."""
    window = widget.window() if widget is not None else None
    layout = window.layout() if isinstance(window, QDialog) and window.isVisible() else None
    if window is None or layout is None:  # a form inside the main window: its tab's to lay out
        return
    layout.activate()
    width = window.width()
    need = (
        layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.totalSizeHint().height()
    )
    screen = window.screen()
    if screen is not None:
        need = min(need, screen.availableGeometry().height())
    if need > window.height():
        window.resize(width, need)


def set_error(label: QLabel, text: str) -> None:
    """One field's error line, shown only while it says something."""
    label.setText(text)
    label.setVisible(bool(text))
