"""The services' field keys as the cashier's forms read them.

One convention for lines, shared with the prescription forms: ``line<n>`` and ``line<n>.<field>``,
numbered from 1 as the screen numbers them (``line2.discount_reason`` is the second line's reason).
Keys that name no input (``clinic``: the clinic's settings are incomplete; ``invoice``: the invoice
is void) are the form's own message.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from hms_desktop.errors import HmsError, ValidationError, split_line_key
from hms_desktop.gui.widgets.field_errors import FieldErrors


def line_key(field: str) -> tuple[int, str | None] | None:
    """``line3.quantity`` -> (3, 'quantity'); ``line2`` -> (2, None); anything else -> None (the
    one parser of the convention: ``errors.split_line_key``)."""
    return split_line_key(field)


class LineFieldErrors(FieldErrors):
    """FieldErrors whose ``line<n>...`` keys go to one label beside the lines, as "Line n: …"."""

    def __init__(self, labels: Mapping[str, QLabel], message: QLabel, lines_label: QLabel) -> None:
        self.lines_label = lines_label
        super().__init__({**labels, "lines": labels.get("lines", lines_label)}, message)

    def show(self, error: HmsError | Mapping[str, str]) -> None:
        if isinstance(error, ValidationError):
            errors = dict(error.errors)
        elif isinstance(error, HmsError):
            super().show(error)
            return
        else:
            errors = dict(error)
        listed = [errors.pop("lines")] if "lines" in errors else []
        for field in list(errors):
            parsed = line_key(field)
            if parsed is not None:
                line = QCoreApplication.translate("LineFieldErrors", "Line {n}: {message}")
                listed.append(line.format(n=parsed[0], message=errors.pop(field)))
        if listed:
            errors["lines"] = "  ".join(listed)
        super().show(errors)
