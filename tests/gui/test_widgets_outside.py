"""fit_screen.widgets_outside: what ``make screenshots`` fails on (issue 15: a widget outside its window)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from hms_desktop.gui.fit_screen import widgets_outside


def test_a_button_past_the_edge_is_reported_and_scrolled_content_is_not(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(400, 300)
    inside = QPushButton("Save", window)
    inside.setGeometry(10, 10, 80, 30)
    cut = QPushButton("Close", window)
    cut.setObjectName("close_button")
    cut.setGeometry(360, 280, 80, 30)  # its right and bottom edges lie past the window's
    area = QScrollArea(window)
    area.setGeometry(10, 60, 200, 100)
    content = QWidget()
    QVBoxLayout(content).addWidget(QLabel("a long form " * 40))
    content.resize(2000, 1500)
    area.setWidget(content)
    window.show()
    qtbot.waitExposed(window)
    found = widgets_outside(window)
    assert len(found) == 1 and found[0].startswith("close_button 'Close' at 360,280"), found
    cut.move(300, 250)
    assert widgets_outside(window) == []
