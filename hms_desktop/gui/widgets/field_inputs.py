"""What a form's fields do as a person types (issue 15 #10, #15), shared by every desk form.

- :func:`typing_replaces_placeholder`: an "empty" spin box (its minimum shown as a word such as
  "years" or "—") takes the first digit typed. Qt appends it to the word, the text stops being a
  number and the key is dropped, so the Age box ignored typing until Ctrl+A.
- :func:`say_when_full`: a line edit holds at most its column's length (from the service's limits);
  reaching it says so at the field ("At most 80 characters: the rest was not taken") instead of
  cutting a pasted or typed name silently.
- :func:`when_edited`: call back when the person changes the field, so an old field error goes as
  soon as the field is being fixed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QSpinBox, QWidget


class _PlaceholderTyping(QObject):
    def __init__(self, spin: QSpinBox) -> None:
        super().__init__(spin)
        self.spin = spin

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            spin = self.spin
            typed = event.text()
            empty = spin.specialValueText() and spin.value() == spin.minimum()
            if empty and typed.isdigit():
                edit = spin.findChild(QLineEdit)
                if edit is not None:
                    edit.selectAll()  # the digit replaces the word instead of joining it
        return False


def typing_replaces_placeholder(spin: QSpinBox) -> None:
    spin.installEventFilter(_PlaceholderTyping(spin))


def limit_message(limit: int) -> str:
    return QCoreApplication.translate(
        "FieldInputs", "At most {limit} characters: the rest was not taken."
    ).format(limit=limit)


def say_when_full(edit: QLineEdit, limit: int, show: Callable[[str], None]) -> None:
    """``edit`` takes at most ``limit`` characters; ``show(message)`` when typing or a paste reaches
    it, ``show("")`` when the text is shorter again."""
    edit.setMaxLength(limit)
    shown = [False]

    def edited(text: str) -> None:
        full = len(text) >= limit
        if full:
            show(limit_message(limit))
        elif shown[0]:
            show("")
        shown[0] = full

    edit.textEdited.connect(edited)


def when_edited(widget: QWidget, callback: Callable[[], None]) -> None:
    """``callback()`` when the person edits ``widget`` (not when the program fills it)."""
    if isinstance(widget, QLineEdit):
        widget.textEdited.connect(lambda _t: callback())
    elif isinstance(widget, QComboBox):
        widget.activated.connect(lambda _i: callback())
    elif isinstance(widget, QAbstractSpinBox):
        edit = widget.findChild(QLineEdit)
        if edit is not None:
            edit.textEdited.connect(lambda _t: callback())
        if isinstance(widget, QSpinBox):
            widget.valueChanged.connect(lambda _v: callback() if widget.hasFocus() else None)
