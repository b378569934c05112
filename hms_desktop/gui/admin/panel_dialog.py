"""A settings panel (staff accounts, price list...) on its own in a dialog with a Close button.

The set-up wizard shows the same panels as pages; the Settings menu opens them through this wrapper.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget


class PanelDialog(QDialog):
    def __init__(
        self, panel: QWidget, object_name: str, title: str, size: tuple[int, int], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWindowTitle(self.tr("{title} — HMS Desktop").format(title=title))
        panel.setParent(self)
        self.panel = panel
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(panel, 1)
        layout.addWidget(close)
        self.resize(*size)

    def start(self) -> None:
        self.panel.refresh()  # type: ignore[attr-defined]
