"""The waiting-room display: a second, full-screen window for a TV facing the patients."""

from hms_desktop.gui.display.window import DisplayWindow

__all__ = ["DisplayWindow"]
