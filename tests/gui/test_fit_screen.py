"""Every window fits a 1366x768 desk screen (issue 15, defect 7): the arithmetic, the shrink, and
the scroll area a dialog gets when its layout cannot shrink that far."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QMargins, QRect
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QScrollArea, QVBoxLayout

from hms_desktop.gui import fit_screen
from hms_desktop.gui.fit_screen import fit_rect, fit_window

SCREEN = QRect(0, 0, 1366, 768)
FRAME = QMargins(4, 30, 4, 4)


def test_a_window_taller_than_the_screen_is_shrunk_with_its_title_bar_on_the_screen() -> None:
    # the main window's old default: 1280x760 at the top, plus a title bar = 794 px on a 768 screen
    got = fit_rect(QRect(43, 4, 1280, 760), FRAME, SCREEN)
    assert got.top() - FRAME.top() >= 0
    assert got.bottom() + FRAME.bottom() <= SCREEN.bottom()
    assert got.width() == 1280 and got.height() == 768 - 34


def test_a_window_that_fits_stays_where_it_is() -> None:
    r = QRect(200, 100, 640, 400)
    assert fit_rect(r, FRAME, SCREEN) == r


def test_a_window_off_the_right_edge_is_moved_back() -> None:
    got = fit_rect(QRect(1000, 100, 620, 500), FRAME, SCREEN)
    assert got.right() + FRAME.right() <= SCREEN.right() and got.width() == 620


def test_a_dialog_whose_layout_is_taller_than_the_screen_scrolls(qtbot: Any) -> None:
    dlg = QDialog()
    qtbot.addWidget(dlg)
    layout = QVBoxLayout(dlg)
    for i in range(40):
        label = QLabel(f"field {i}")
        label.setMinimumHeight(30)
        layout.addWidget(label)
    ok = QPushButton("Save")
    layout.addWidget(ok)
    dlg.resize(600, 1300)
    area = QRect(0, 0, 1280, 720)
    assert fit_window(dlg, area)
    assert dlg.height() <= 720 and dlg.findChild(QScrollArea, fit_screen.SCROLLED) is not None
    # the button is still in the dialog, reachable by scrolling
    assert dlg.isAncestorOf(ok)
    assert not fit_window(dlg, area)  # a second look changes nothing


def test_a_dialog_that_fits_gets_no_scroll_area(qtbot: Any) -> None:
    dlg = QDialog()
    qtbot.addWidget(dlg)
    QVBoxLayout(dlg).addWidget(QLabel("one field"))
    dlg.setGeometry(100, 100, 400, 200)
    assert not fit_window(dlg, SCREEN)
    assert dlg.findChild(QScrollArea) is None
