"""The waiting-room display window: what it shows, when it announces a call, and that it fits the TV."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from hms_desktop.gui.display import DisplayWindow
from hms_desktop.gui.display.window import pick_screen
from hms_desktop.gui.display.words import DESK, WELCOME, level_tag
from hms_desktop.services.queue_types import DisplayBoard, DisplayCall

pytestmark = pytest.mark.gui

T0 = dt.datetime(2026, 11, 23, 6, 30, tzinfo=dt.UTC)  # 12:00 PM in Kolkata, 06:30 AM in London
FULL_NAMES = ("Ramesh Kumar", "Sunita Patil", "Anil Mehta")


def call(
    token: str, initials: str, room: str | None, minutes_ago: int, level: str | None = "green"
) -> DisplayCall:
    return DisplayCall(
        token_label=token,
        initials=initials,
        room=room,
        doctor_name="Dr. Meera Nair",
        level=level,
        called_at=T0 - dt.timedelta(minutes=minutes_ago),
    )


def board(calls: list[DisplayCall], waiting: int = 10, version: int = 1) -> DisplayBoard:
    levels = ["red", "orange", "yellow", "green", "blue", None]
    tokens = [(f"GM-{20 + i}", levels[i % len(levels)]) for i in range(waiting)]
    return DisplayBoard("Sri Sai Clinic", calls, tokens, version, T0)


THREE = [
    call("PAED-12", "R. K.", "Room 3", 0, "orange"),
    call("GM-7", "S. P.", "OPD 2", 4),
    call("14", "A. M.", None, 9, None),
]


@pytest.fixture
def window(qtbot: QtBot) -> DisplayWindow:
    win = DisplayWindow(now=lambda: T0)
    qtbot.addWidget(win)
    win.resize(1920, 1080)
    win.show()
    qtbot.waitExposed(win)
    return win


def shown_texts(win: DisplayWindow) -> list[str]:
    from PySide6.QtWidgets import QLabel

    return [label.text() for label in win.findChildren(QLabel) if label.isVisibleTo(win)]


def test_board_shows_newest_call_and_its_room(window: DisplayWindow) -> None:
    window.set_board(board(THREE))
    assert window.view.token_label.text() == "PAED-12"
    assert window.view.room_label.text() == "Room 3"
    assert window.view.who_label.text() == "R. K. · Dr. Meera Nair"
    assert window.view.now_level.text() == level_tag("orange") == "▲ ORANGE"
    texts = shown_texts(window)
    assert "GM-7" in texts and "OPD 2" in texts and "14" in texts  # the earlier calls
    assert "Desk" in texts  # the earlier call without a room
    assert sum(text.startswith("GM-2") for text in texts) == 10  # ten waiting chips
    assert "○ NOT TRIAGED" in texts and "■ RED" in texts  # level words, not just colour
    assert window.view.side_panel.isVisible() and window.view.waiting_panel.isVisible()


def test_call_without_room_asks_to_come_to_the_desk(window: DisplayWindow) -> None:
    window.set_board(board([call("9", "K. J.", None, 0)]))
    assert window.view.room_label.text() == DESK


def test_a_new_call_emits_called_and_flashes(window: DisplayWindow, qtbot: QtBot) -> None:
    window.set_board(board(THREE))
    assert not window.is_flashing  # the first board is what was called before the screen came on
    newer = [call("GM-8", "T. S.", "Room 1", -1), *THREE]
    with qtbot.waitSignal(window.called, timeout=1000) as blocker:
        window.set_board(board(newer, version=2))
    assert blocker.args == ["GM-8"]
    assert window.is_flashing
    assert window.view.now_panel.property("flash") == "true"
    qtbot.waitUntil(lambda: not window.is_flashing, timeout=10_000)
    assert window.view.now_panel.property("flash") == "false"


def test_same_call_again_does_not_announce(window: DisplayWindow, qtbot: QtBot) -> None:
    window.set_board(board(THREE))
    with qtbot.assertNotEmitted(window.called, wait=100):
        window.set_board(board(THREE, version=2))
        window.set_board(board(THREE, waiting=4, version=3))  # the queue moved, no new call


def test_a_recall_of_the_same_token_announces_again(window: DisplayWindow, qtbot: QtBot) -> None:
    window.set_board(board(THREE))
    recalled = [dataclasses.replace(THREE[0], called_at=T0 + dt.timedelta(minutes=2)), *THREE[1:]]
    with qtbot.waitSignal(window.called, timeout=1000) as blocker:
        window.set_board(board(recalled, version=2))
    assert blocker.args == ["PAED-12"]


def test_first_call_after_an_empty_board_announces(window: DisplayWindow, qtbot: QtBot) -> None:
    window.set_board(board([], waiting=0))
    with qtbot.waitSignal(window.called, timeout=1000):
        window.set_board(board(THREE[:1], version=2))


def test_empty_board_shows_the_welcome(window: DisplayWindow) -> None:
    window.set_board(board([], waiting=0))
    assert window.view.welcome_label.isVisible()
    assert " ".join(window.view.welcome_label.text().split()) == WELCOME
    assert not window.view.token_label.isVisible()
    assert not window.view.side_panel.isVisible() and not window.view.waiting_panel.isVisible()
    window.set_board(board(THREE, version=2))
    assert window.view.token_label.isVisible() and not window.view.welcome_label.isVisible()


@pytest.mark.parametrize(("zone", "clock"), [("Asia/Kolkata", "12:00 PM"), ("Europe/London", "6:30 AM")])
def test_clock_shows_clinic_local_time(qtbot: QtBot, zone: str, clock: str) -> None:
    win = DisplayWindow(time_zone=zone, now=lambda: T0)
    qtbot.addWidget(win)
    assert win.view.clock_label.text() == clock
    assert "23 November 2026" in win.view.date_label.text()


def test_clock_ticks_every_second(qtbot: QtBot) -> None:
    now = [T0]
    win = DisplayWindow(now=lambda: now[0])
    qtbot.addWidget(win)
    now[0] = T0 + dt.timedelta(minutes=1)
    qtbot.waitUntil(lambda: win.view.clock_label.text() == "12:01 PM", timeout=3000)


def test_only_initials_reach_the_screen(window: DisplayWindow) -> None:
    window.set_board(board(THREE))
    texts = " ".join(shown_texts(window)) + window.windowTitle()
    assert "R. K." in texts
    for name in FULL_NAMES:
        assert name not in texts
        for part in name.split():
            assert part not in texts


def test_connection_lost_note(window: DisplayWindow) -> None:
    window.set_board(board(THREE))
    window.connection_lost(True)
    assert window.view.reconnecting_label.isVisible()
    assert window.view.token_label.text() == "PAED-12"  # keeps the last board
    window.connection_lost(False)
    assert not window.view.reconnecting_label.isVisible()


def test_fonts_scale_with_the_tv_and_nothing_is_cut_off(window: DisplayWindow, qtbot: QtBot) -> None:
    window.set_board(board([call("PAED-12", "R. K.", "Room 3", 0), *THREE[1:]], waiting=30))
    sizes = {}
    for w, h in ((1366, 768), (1920, 1080)):
        window.resize(w, h)
        qtbot.waitUntil(lambda: (window.width(), window.height()) == (w, h))  # noqa: B023
        qtbot.wait(50)  # let the layout settle
        token = window.view.token_label
        sizes[h] = token.font().pixelSize()
        hint = token.sizeHint()
        assert hint.width() <= token.width(), (w, h, hint, token.size())
        assert hint.height() <= token.height(), (w, h, hint, token.size())
        assert window.minimumSizeHint().height() <= h
        assert window.minimumSizeHint().width() <= w
        assert window.size().width() == w and window.size().height() == h  # nothing forced it larger
    assert sizes[768] >= 120 * 768 / 1080
    assert sizes[1080] > sizes[768] >= 100


def test_a_long_room_shrinks_to_fit(window: DisplayWindow, qtbot: QtBot) -> None:
    window.resize(1366, 768)
    window.set_board(board([call("PAED-12", "R. K.", "Physiotherapy and Rehabilitation Room 14", 0)]))
    qtbot.wait(50)
    room = window.view.room_label
    assert room.sizeHint().width() <= room.width()


def test_escape_leaves_full_screen_and_close_only_hides(window: DisplayWindow, qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt

    window.showFullScreen()
    qtbot.waitUntil(window.isFullScreen)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(window.isFullScreen)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    window.close()
    assert not window.isVisible()
    window.show_on_best_screen()  # one (offscreen) screen: a normal window
    assert window.isVisible() and not window.isFullScreen()


def test_second_screen_is_picked_for_the_tv() -> None:
    desk, tv = object(), object()
    assert pick_screen([desk, tv], desk) is tv
    assert pick_screen([tv, desk], desk) is tv
    assert pick_screen([desk], desk) is None
