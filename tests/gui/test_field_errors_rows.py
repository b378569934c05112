"""FieldErrors routes table-row keys to the form's table, and says an unrouted one in words."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from hms_desktop.errors import ValidationError
from hms_desktop.gui.widgets.field_errors import FieldErrors


def test_row_keys_go_to_the_table_and_the_rest_in_words(qtbot: QtBot) -> None:
    name_label, message = QLabel(), QLabel()
    marked: list[tuple[int, str | None, str]] = []

    def rows(n: int, field: str | None, text: str) -> bool:
        if field == "quantity":
            marked.append((n, field, text))
            return True
        return False  # this table has no cell for it

    errors = FieldErrors({"name": name_label}, message, rows=rows)
    errors.show(
        ValidationError({"name": "Required.", "line2.quantity": "Above 0.", "line3.batch": "Too long."})
    )
    assert name_label.text() == "Required."
    assert marked == [(2, "quantity", "Above 0.")]
    assert message.text() == "Line 3, batch: Too long."
    errors.show(ValidationError({"line1.quantity": "Above 0."}))
    assert message.text() == "Please correct the fields marked in red."
    unrouted = FieldErrors({}, QLabel())
    unrouted.show(ValidationError({"line1.quantity": "Above 0."}))
    assert unrouted.message.text() == "Line 1, quantity: Above 0."
