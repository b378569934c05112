"""The waiting-room headings in English and the clinic's local language (issue 17)."""

from __future__ import annotations

import dataclasses

import pytest
from pytestqt.qtbot import QtBot

from hms_desktop.gui.display import DisplayWindow
from hms_desktop.gui.display.words import HEADINGS, headings
from tests.gui.test_display_window import T0, THREE, board, shown_texts

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: QtBot) -> DisplayWindow:
    win = DisplayWindow(now=lambda: T0)
    qtbot.addWidget(win)
    win.resize(1920, 1080)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_headings_follow_the_clinics_language(window: DisplayWindow, qtbot: QtBot) -> None:
    window.set_board(dataclasses.replace(board(THREE, waiting=30), local_language="kn"))
    texts = shown_texts(window)
    assert "NOW CALLING  ·  ಈಗ ಕರೆಯಲಾಗುತ್ತಿದೆ" in texts
    assert "EARLIER CALLS  ·  ಹಿಂದಿನ ಕರೆಗಳು" in texts
    assert "WAITING  ·  ಕಾಯುತ್ತಿರುವವರು  ·  30" in texts
    for w, h in ((1366, 768), (1920, 1080)):  # the longer captions still fit the TV
        window.resize(w, h)
        qtbot.waitUntil(lambda: (window.width(), window.height()) == (w, h))  # noqa: B023
        qtbot.wait(50)
        for label in (window.view.now_caption, window.view.earlier_caption, window.view.waiting_caption):
            assert label.sizeHint().width() <= label.width(), (w, label.text())
        assert window.size().width() == w and window.size().height() == h
    # an empty board welcomes in both; English again when the setting is cleared
    window.set_board(dataclasses.replace(board([], waiting=0), local_language="hi"))
    assert "कृपया बैठिए" in window.view.welcome_label.text() and "Welcome" in window.view.welcome_label.text()
    window.set_board(board(THREE))
    assert window.view.now_caption.text() == "NOW CALLING"


def test_headings_without_a_language_file_are_english() -> None:
    assert headings(None) == HEADINGS == headings("xx")
    assert headings("hi")["desk"] == "Please come to the desk\nकृपया डेस्क पर आएँ"
