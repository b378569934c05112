"""Showing a service's ValidationError next to the fields of a form, and other errors below it."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from hms_desktop.errors import HmsError, ValidationError, field_words, split_line_key
from hms_desktop.gui.forms import set_message
from hms_desktop.gui.i18n import localize, service_text

# (row number from 1, the row's field or None for the whole row, the message) -> shown at the row?
RowRoute = Callable[[int, "str | None", str], bool]  # notr: a type


class FieldErrors:
    """Error labels by service field name; unknown fields and other errors go to the message label.

    ``rows`` routes the keys of table rows ('line2.quantity', errors.line_key) to the form's table
    (which marks the cell); a row key it does not take is shown in words ('Line 2, quantity: …')."""

    def __init__(
        self,
        labels: Mapping[str, QLabel],
        message: QLabel,
        rows: RowRoute | None = None,
        *,
        paint: Callable[[QLabel, str], None] | None = None,
        summary: str | None = None,
    ) -> None:
        """``paint`` writes one label (a form whose labels hide while empty, or colour a warning);
        ``summary`` is the message line's words when every error found its field (the owner's,
        translated; by default "Please correct the fields marked in red.")."""
        self.labels = dict(labels)
        self.message = message
        self.rows = rows
        self.paint = paint or QLabel.setText
        if summary is None:
            summary = QCoreApplication.translate("FieldErrors", "Please correct the fields marked in red.")
        self.summary = summary
        self.clear()

    def clear(self) -> None:
        for label in set(self.labels.values()):
            self.paint(label, "")
        set_message(self.message, "")

    def show(self, error: HmsError | Mapping[str, str]) -> None:
        """Show ``error`` (a ValidationError, another HmsError or a field -> text mapping)."""
        self.clear()
        if isinstance(error, HmsError):
            error = localize(error)  # an error raised on this thread has not passed through Ops
        if isinstance(error, ValidationError):
            errors: Mapping[str, str] = error.errors
        elif isinstance(error, HmsError):
            if error.field and error.field in self.labels:
                errors = {error.field: error.message}
            else:
                set_message(self.message, error.message)
                return
        else:
            errors = error
        rest = []
        for field, text in errors.items():
            label = self.labels.get(field)
            row = split_line_key(field) if label is None else None
            if row is not None:
                if self.rows is None or not self.rows(row[0], row[1], text):
                    rest.append(f"{service_text(field_words(field))}: {text}")
            elif label is None:
                rest.append(text)
            else:
                self.paint(label, text if not label.text() else f"{label.text()} {text}")
        if rest:
            set_message(self.message, " ".join(rest))
        elif errors:
            set_message(self.message, self.summary)

    def first_field(self, error: HmsError | Mapping[str, str]) -> str | None:
        """The first key of ``error`` that has a label here (where the cursor should go)."""
        keys = (
            error.errors
            if isinstance(error, ValidationError)
            else error
            if isinstance(error, Mapping)
            else {}
        )
        return next((k for k in keys if k in self.labels), None)

    def field_text(self, field: str) -> str:
        label = self.labels.get(field)
        return label.text() if label is not None else ""
