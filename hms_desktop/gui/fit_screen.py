"""Every window and dialog fits the screen it opens on (issue 15, defect 7).

A desk PC is often 1366x768 at 100 % (or 1280x720). Windows ask for sizes made on bigger screens (the
main window 1280x760, the consultation 1400x900, a PDF preview as tall as an A5 page), and a window's
title bar and borders come on top of what it asks for: the bottom row of buttons then lies under
the task bar or off the screen. :class:`FitToScreen`, installed once on the application, looks at
every top-level window as it is shown and again once the window manager has framed it:

- a window larger than the screen's free area (frame included) is made smaller, and moved so its title
  bar and its bottom edge are on the screen;
- when the window's layout cannot shrink that far (its minimum size is larger than the screen), its
  content is put in a scroll area, so every field and button can still be reached.

:func:`fit_rect` is the arithmetic, testable without a screen.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QMargins, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QFrame, QMainWindow, QScrollArea, QVBoxLayout, QWidget

# What a window manager's frame usually takes before the real one is known (a title bar and borders).
FRAME_GUESS = QMargins(4, 30, 4, 4)
SCROLLED = "hmsScrolledContent"


def fit_rect(client: QRect, margins: QMargins, area: QRect) -> QRect:
    """The client rectangle moved and shrunk so that, with ``margins`` around it, it lies in ``area``."""
    max_w = area.width() - margins.left() - margins.right()
    max_h = area.height() - margins.top() - margins.bottom()
    w, h = min(client.width(), max_w), min(client.height(), max_h)
    x, y = client.x(), client.y()
    x = min(max(x, area.left() + margins.left()), area.left() + margins.left() + max_w - w)
    y = min(max(y, area.top() + margins.top()), area.top() + margins.top() + max_h - h)
    return QRect(x, y, w, h)


def frame_margins(widget: QWidget) -> QMargins:
    frame, geom = widget.frameGeometry(), widget.geometry()
    margins = QMargins(
        geom.left() - frame.left(), geom.top() - frame.top(),
        frame.right() - geom.right(), frame.bottom() - geom.bottom(),
    )  # fmt: skip
    if margins.top() <= 0 and QGuiApplication.platformName() not in ("offscreen", "minimal"):
        return FRAME_GUESS  # not framed yet
    return margins


def _available(widget: QWidget) -> QRect | None:
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


def scroll_content(window: QWidget) -> bool:
    """Put a dialog's content into a scroll area (once); False when it has no layout to move."""
    if window.findChild(QScrollArea, SCROLLED) is not None or isinstance(window, QMainWindow):
        return False
    layout = window.layout()
    if layout is None:
        return False
    inner = QWidget()
    inner.setObjectName(SCROLLED + "Inner")
    inner.setLayout(layout)  # re-parents the layout and its widgets
    area = QScrollArea()
    area.setObjectName(SCROLLED)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(inner)
    outer = QVBoxLayout(window)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(area)
    return True


def fit_window(window: QWidget, area: QRect | None = None) -> bool:
    """Make ``window`` fit ``area`` (its screen's free area by default). True when it changed."""
    area = area or _available(window)
    if area is None or area.isEmpty():
        return False
    margins = frame_margins(window)
    max_size = QSize(
        area.width() - margins.left() - margins.right(), area.height() - margins.top() - margins.bottom()
    )
    changed = False
    if window.minimumWidth() > max_size.width() or window.minimumHeight() > max_size.height():
        window.setMinimumSize(
            min(window.minimumWidth(), max_size.width()), min(window.minimumHeight(), max_size.height())
        )
        changed = True
    layout = window.layout()
    if layout is not None:
        need = layout.minimumSize()
        if need.width() > max_size.width() or need.height() > max_size.height():
            changed = scroll_content(window) or changed
    target = fit_rect(window.geometry(), margins, area)
    if target != window.geometry():
        window.setGeometry(target)
        changed = True
    return changed


class FitToScreen(QObject):
    """Application-wide event filter: every window shown is fitted to its screen, then again when the
    window manager has framed and placed it (its first moves within two seconds of showing; later
    moves are the person's own)."""

    SETTLE_S = 2.0

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fresh: dict[int, float] = {}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.Show, QEvent.Type.Move, QEvent.Type.Resize):
            return False
        if not isinstance(watched, QWidget) or not watched.isWindow():
            return False
        if watched.windowType() not in (Qt.WindowType.Window, Qt.WindowType.Dialog) and not isinstance(
            watched, QDialog
        ):
            return False
        key = id(watched)
        now = time.monotonic()
        if kind == QEvent.Type.Show:
            self._fresh[key] = now
            window = watched
            fit_window(window)
            QTimer.singleShot(300, window, lambda: fit_window(window))  # framed by then, usually
        elif key in self._fresh:
            if now - self._fresh[key] > self.SETTLE_S:
                del self._fresh[key]
            else:
                fit_window(watched)
        return False


def install(app: QApplication) -> FitToScreen:
    fitter = FitToScreen(app)
    app.installEventFilter(fitter)
    return fitter


def widgets_outside(window: QWidget, slack: int = 1) -> list[str]:
    """The visible widgets of ``window`` that lie, even partly, outside it: on a screen of that size
    they are cut off. Content inside a scroll area's viewport is skipped (scrolling reaches it), and so
    is anything whose parent is itself outside (one line per cut-off branch). ``make screenshots``
    fails on any (issue 15)."""
    from PySide6.QtWidgets import QAbstractScrollArea

    bounds = window.rect().adjusted(-slack, -slack, slack, slack)
    out: list[str] = []
    reported: list[QWidget] = []
    for child in window.findChildren(QWidget):
        if not child.isVisibleTo(window) or child.isWindow():
            continue
        if any(r.isAncestorOf(child) for r in reported):
            continue
        scrolled = False
        parent = child.parentWidget()
        while parent is not None and parent is not window:
            holder = parent.parentWidget()
            if isinstance(holder, QAbstractScrollArea) and holder.viewport() is parent:
                scrolled = True
                break
            parent = holder
        if scrolled:
            continue
        rect = QRect(child.mapTo(window, child.rect().topLeft()), child.size())
        if not bounds.contains(rect):
            reported.append(child)
            name = child.objectName() or type(child).__name__
            text = getattr(child, "text", None)
            label = f" {text()!r}" if callable(text) and isinstance(text(), str) and text() else ""
            out.append(f"{name}{label} at {rect.x()},{rect.y()} {rect.width()}x{rect.height()}")
    return out
