"""Keyboard focus follows the work: into the shown tab's main control on every tab change, after
sign-in and whenever the window comes back from a dialog, so the tab's shortcuts (Ctrl+F,
Ctrl+Enter...) work without a click first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStackedWidget, QTabWidget, QWidget

from hms_desktop.gui.tabs.registry import DeskTab


class WorkFocus:
    """Puts the focus into the current page of ``tabs``, unless ``stack`` shows the ``lock_panel``."""

    def __init__(self, tabs: QTabWidget, stack: QStackedWidget, lock_panel: QWidget) -> None:
        self.tabs, self.stack, self.lock_panel = tabs, stack, lock_panel

    def give(self, force: bool = True) -> None:
        """The current tab's main control (its ``main_control()``, else the first control that takes
        Tab focus). Without ``force`` a focus already inside the tab stays."""
        if self.stack.currentWidget() is self.lock_panel:
            return
        page = self.tabs.currentWidget()
        if page is None:
            return
        current = QApplication.focusWidget()
        if not force and current is not None and page.isAncestorOf(current) and current.isVisible():
            return
        if isinstance(page, DeskTab):
            page.main_control().setFocus(Qt.FocusReason.OtherFocusReason)
            return
        widget = page.nextInFocusChain()
        while widget is not None and widget is not page:
            if (
                page.isAncestorOf(widget)
                and widget.isVisible()
                and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return
            widget = widget.nextInFocusChain()
