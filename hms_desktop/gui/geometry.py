"""Windows that remember where they were: a small mixin over the declared window settings.

A class mixes in :class:`PreserveGeometry` before its Qt base, names itself in ``geometry_name`` and
calls :meth:`restore_geometry` once built; the geometry (and a main window's toolbar/dock state) is
saved when the window closes. The mixin has no ``__init__`` so it never disturbs Qt's constructors.
"""

from __future__ import annotations

from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QMainWindow, QWidget

from hms_desktop.gui.settings import Settings, window_geometry, window_state


class PreserveGeometry:
    geometry_name: str = ""
    default_size: tuple[int, int] = (1100, 700)

    def _geometry_widget(self) -> QWidget:
        assert isinstance(self, QWidget), "PreserveGeometry must be mixed into a QWidget"  # notr: a bug
        return self

    def restore_geometry(self, settings: Settings | None) -> None:
        """Restore the saved geometry, else centre a default size that fits the screen."""
        widget = self._geometry_widget()
        saved = settings.get(window_geometry(self.geometry_name)) if settings else None
        if saved is None or saved.isEmpty() or not widget.restoreGeometry(saved):
            self._default_geometry(widget)
        if settings and isinstance(widget, QMainWindow):
            state = settings.get(window_state(self.geometry_name))
            if not state.isEmpty():
                widget.restoreState(state)

    def _default_geometry(self, widget: QWidget) -> None:
        width, height = self.default_size
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            area = screen.availableGeometry()
            width, height = min(width, area.width()), min(height, area.height())
            widget.resize(width, height)
            frame = widget.frameGeometry()
            frame.moveCenter(area.center())
            widget.move(frame.topLeft())
        else:
            widget.resize(width, height)

    def save_geometry(self, settings: Settings | None) -> None:
        if settings is None:
            return
        widget = self._geometry_widget()
        settings.set(window_geometry(self.geometry_name), widget.saveGeometry())
        if isinstance(widget, QMainWindow):
            settings.set(window_state(self.geometry_name), widget.saveState())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_geometry(getattr(self, "settings", None))
        super().closeEvent(event)  # type: ignore[misc]
