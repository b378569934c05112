"""Loading the Qt Designer forms in ``ui/`` and the app's look: style sheet, icons, message labels.

Forms are composed, not inherited: a dialog loads its form with :func:`load_form` and keeps the
loaded widget as ``self.ui``; :func:`find` fetches a named child with its type checked, so a renamed
widget in Designer fails loudly at load time instead of later with ``None``.
"""

from __future__ import annotations

import functools
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QFile, QIODevice, QSize
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QApplication, QLabel, QLayout, QVBoxLayout, QWidget

from hms_desktop.paths import resource_file, ui_dir, ui_file

W = TypeVar("W", bound=QWidget)

STYLE_SHEET = "desk.qss"


class FormError(RuntimeError):
    """A form file is missing, unreadable, or lacks a widget the code expects."""


@functools.cache
def _loader() -> QUiLoader:
    """One loader for every form, built without Designer plugins.

    QUiLoader() loads every plugin in ``<library path>/designer`` as it is built, and PySide6's wheel
    ships QWebEngineView's and QQuickWidget's: the first form mapped Qt WebEngine and Qt Quick
    (+30 MB RSS, ~30 ms before the sign-in window) for widgets no form uses (no form declares a
    <customwidget>; tests/gui/test_forms.py checks). The loader takes its plugin folders from the
    library paths while it is built, so it is built with none and they are put back at once."""
    paths = QCoreApplication.libraryPaths()
    QCoreApplication.setLibraryPaths([])
    try:
        return QUiLoader()
    finally:
        QCoreApplication.setLibraryPaths(paths)


def load_form(name: str, host: QWidget | None = None) -> QWidget:
    """Load ``ui/<name>``; with ``host``, the form becomes host's only content (margins 0)."""
    path = ui_file(name)
    handle = QFile(str(path))
    if not handle.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FormError(f"cannot read {path}: {handle.errorString()}")  # notr: a programmer's error
    try:
        form = _loader().load(handle, host)
    finally:
        handle.close()
    if form is None:
        raise FormError(f"cannot load {path}: {_loader().errorString()}")  # notr: a programmer's error
    if host is not None:
        layout: QLayout | None = host.layout()
        if layout is None:
            layout = QVBoxLayout(host)
            layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(form)
    return form


def find(form: QWidget, cls: type[W], name: str) -> W:
    """The child of ``form`` named ``name``; raises FormError when absent or of another class."""
    if form.objectName() == name and isinstance(form, cls):
        return form
    child = form.findChild(cls, name)
    if child is None:
        raise FormError(f"form {form.objectName()!r} has no {cls.__name__} named {name!r}")  # notr: a bug
    return child


def form_names() -> list[str]:
    """Every form file in ``ui/`` (the tests load them all)."""
    return sorted(p.name for p in ui_dir().glob("*.ui"))


# --- look ------------------------------------------------------------------------------------


def apply_style(app: QApplication) -> None:
    """Fusion and the shipped fonts (the same on Windows and Linux desks) plus the clinic style sheet.

    Calling it again changes nothing that is already so: a new style or style sheet re-polishes every
    live widget, and doing that while a closed window's widgets still wait for deletion crashed Qt
    (a segfault in setStyleSheet when the tests re-applied the style after the set-up wizard's test)."""
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")  # notr: a Qt style's name
    from hms_desktop.gui import fonts

    fonts.install(app)  # the shipped faces on every desk: the same line heights, Indian scripts drawn
    sheet = resource_file("styles", STYLE_SHEET).read_text(encoding="utf-8")
    icons = resource_file("icons", "logo.svg").parent.as_posix()
    sheet = sheet.replace("@ICONS@", icons)
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)
    app.setWindowIcon(icon("logo"))


def icon(name: str) -> QIcon:
    return QIcon(str(resource_file("icons", f"{name}.svg")))


def pixmap(name: str, size: int) -> QPixmap:
    """An icon rendered at ``size`` px (SVGs stay sharp at any size)."""
    return icon(name).pixmap(QSize(size, size))


def repolish(widget: QWidget) -> None:
    """Re-apply the style sheet after a dynamic property used by a selector changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def set_message(label: QLabel, text: str, level: str = "error") -> None:
    """Show ``text`` in a message label (hidden when empty). ``level``: error, info or ok."""
    label.setText(text)
    if label.property("level") != level:
        label.setProperty("level", level)
        repolish(label)
    label.setVisible(bool(text))
