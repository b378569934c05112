"""A clear "coming in the next release" panel for tabs whose services do not exist yet."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from hms_desktop.gui.forms import find, load_form, pixmap


class PlaceholderPanel(QWidget):
    def __init__(self, title: str, text: str, icon_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = load_form("placeholder.ui", self)
        find(self.ui, QLabel, "iconLabel").setPixmap(pixmap(icon_name, 48))
        find(self.ui, QLabel, "titleLabel").setText(title)
        self.text = find(self.ui, QLabel, "textLabel")
        self.text.setText(text)
