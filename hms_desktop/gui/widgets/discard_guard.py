"""Nothing typed is thrown away unasked: Esc, Cancel or the title bar's X on a half-filled form asks
"Discard …?" first (issue 15 #9), and Quit asks while such a form is open (#13).

One mechanism for every form. :class:`DiscardGuard` watches the input widgets of a form and says
whether the user changed any of them: a widget counts once the *user* edited it (typed, picked,
scrolled, ticked — never a value the program filled in, such as a department list arriving late)
and only while its value differs from what it held when the guard was made, so typing a letter and
deleting it again is not "unsaved input". The value to compare with is taken when the person first
reaches for the widget (the key press or click arrives here before the widget acts on it), so
what the program filled in before or after — a patient's saved details, a list that loads late —
is never mistaken for typing. :class:`AsksBeforeDiscard` is the dialog side: its
``reject()`` (which Qt calls for Esc, Cancel and the title-bar X alike) asks the guard first.

Every live guard is known to :func:`unsaved_forms`, which the main window reads before quitting.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QAbstractButton)
# what a person does to change a value: seen on the widget (or the line edit inside it)
USER_EVENTS = (
    QEvent.Type.KeyPress,
    QEvent.Type.Wheel,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.ContextMenu,
    QEvent.Type.DragEnter,
    QEvent.Type.InputMethod,
)

_live: weakref.WeakSet[DiscardGuard] = weakref.WeakSet()


def value_of(widget: QWidget) -> Any:
    """The value a form widget holds, comparable with ``==``."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QComboBox):
        return (widget.currentIndex(), widget.currentText()) if widget.isEditable() else widget.currentIndex()
    if isinstance(widget, QSpinBox | QDoubleSpinBox):
        return widget.value()
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTime().toString()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked() if widget.isCheckable() else None
    return None


def form_inputs(form: QWidget) -> list[QWidget]:
    """The input widgets inside ``form`` (not the line edits that are parts of a spin or combo box,
    nor push buttons, which hold no value)."""
    found: list[QWidget] = []
    for w in form.findChildren(QWidget):
        if not isinstance(w, INPUTS):
            continue
        if isinstance(w, QAbstractButton) and not w.isCheckable():
            continue
        parent = w.parentWidget()
        if isinstance(w, QLineEdit) and isinstance(parent, QAbstractSpinBox | QComboBox):
            continue
        found.append(w)
    return found


class DiscardGuard(QObject):
    """Whether the user changed any input of ``form`` (since the last :meth:`mark_clean`).

    ``what`` names the form in the question: "Discard the walk-in?". ``inputs`` narrows the watched
    widgets (default: every input inside ``form``).
    """

    def __init__(self, form: QWidget, what: str, inputs: Iterable[QWidget] | None = None) -> None:
        super().__init__(form)
        self.form, self.what = form, what
        self.inputs = list(inputs) if inputs is not None else form_inputs(form)
        self._baseline: dict[int, Any] = {}
        self._touched: set[int] = set()
        self._by_id = {id(w): w for w in self.inputs}
        for w in self.inputs:
            for target in (w, *w.findChildren(QLineEdit)):
                target.installEventFilter(self)
            if isinstance(w, QLineEdit):
                w.textEdited.connect(lambda _t, w=w: self._touch(w))
            elif isinstance(w, QComboBox):
                w.activated.connect(lambda _i, w=w: self._touch(w))
            elif isinstance(w, QAbstractButton):
                w.clicked.connect(lambda _c=False, w=w: self._touch(w))
        _live.add(self)

    def mark_clean(self) -> None:
        """What the form holds now is the saved state: nothing is unsaved."""
        self._baseline.clear()
        self._touched.clear()

    def _reached(self, widget: QWidget) -> None:
        """The user is about to act on ``widget``: remember what it holds before."""
        key = id(widget)
        if key not in self._baseline:
            self._baseline[key] = value_of(widget)
        self._touched.add(key)

    def _touch(self, widget: QWidget) -> None:
        self._touched.add(id(widget))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in USER_EVENTS:
            w = watched if id(watched) in self._by_id else watched.parent()
            if isinstance(w, QWidget) and id(w) in self._by_id:
                self._reached(w)
        return False

    def changed_inputs(self) -> list[QWidget]:
        return [
            self._by_id[i]
            for i in self._touched
            if i in self._baseline and value_of(self._by_id[i]) != self._baseline[i]
        ]

    @property
    def dirty(self) -> bool:
        return bool(self.changed_inputs())

    def may_discard(self) -> bool:
        """True when nothing was typed, or the user chose to discard it."""
        return not self.dirty or ask_discard(self.form, self.what)


def ask_discard(parent: QWidget, what: str) -> bool:
    """ "Discard the <what>?" with Keep editing as the default (Esc and Enter keep the input)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    # ``what`` names the form in the desk's language (its owner translated it)
    box.setWindowTitle(
        QCoreApplication.translate("DiscardGuard", "Discard the {what}? — HMS Desktop").format(what=what)
    )
    box.setText(
        QCoreApplication.translate("DiscardGuard", "The {what} has input that is not saved.").format(
            what=what
        )
    )
    box.setInformativeText(
        QCoreApplication.translate("DiscardGuard", "Discard what you typed, or keep editing?")
    )
    discard = box.addButton(
        QCoreApplication.translate("DiscardGuard", "&Discard"), QMessageBox.ButtonRole.DestructiveRole
    )
    keep = box.addButton(
        QCoreApplication.translate("DiscardGuard", "&Keep editing"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.setObjectName("discardQuestion")
    box.exec()
    return box.clickedButton() is discard


def unsaved_forms() -> list[str]:
    """The names of the open forms (shown on screen) holding unsaved input."""
    names = []
    for guard in list(_live):
        try:
            if guard.form.isVisible() and guard.dirty:
                names.append(guard.what)
        except RuntimeError:  # its form was deleted
            continue
    return sorted(set(names))


class AsksBeforeDiscard:
    """Mixed into a QDialog before it: ``reject()`` (Esc, Cancel, the title-bar X) asks
    ``discard_guard`` first and keeps the dialog open when the user keeps editing.

    A close the program asks for (``close()``: the desk signing out, the window closing, a test's
    teardown) is not a person's Esc and asks nothing; the title-bar X arrives as a spontaneous close
    event from the window system and asks."""

    discard_guard: DiscardGuard | None = None
    _closing_quietly = False

    def reject(self) -> None:
        guard = self.discard_guard
        if guard is not None and not self._closing_quietly and not guard.may_discard():
            return
        super().reject()  # type: ignore[misc]

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closing_quietly = not event.spontaneous()
        try:
            super().closeEvent(event)  # type: ignore[misc]  # QDialog's calls reject()
        finally:
            self._closing_quietly = False

    def accept(self) -> None:
        if self.discard_guard is not None:
            self.discard_guard.mark_clean()  # saved: nothing left to lose
        super().accept()  # type: ignore[misc]
