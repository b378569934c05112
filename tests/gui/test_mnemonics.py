"""Alt keys that do one thing (issue 15): on every tab, the underlined letters of the tab's buttons,
check boxes and labelled fields, the tab bar's titles and the menu bar's menus are all different. Two
widgets on one letter make Alt+letter only move the focus between them (Qt cycles through the clash)
instead of pressing the button, which is what the person typing expected."""

from __future__ import annotations

import collections
import re

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from hms_desktop.gui.ops import Ops
from hms_desktop.gui.settings import Settings
from hms_desktop.services.container import Services
from hms_desktop.services.demo_types import DEMO_PASSWORD
from tests.gui.test_main_window import open_window

pytestmark = pytest.mark.gui

MNEMONIC = re.compile(r"&([^&\s])")


def letter(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def alt_keys(page: QWidget) -> list[tuple[str, str]]:
    """(letter, what) for each widget of ``page`` a person can reach with Alt+letter."""
    keys: list[tuple[str, str]] = []
    for w in page.findChildren(QWidget):
        if not w.isVisibleTo(page):  # disabled ones too: they are enabled as the work moves on
            continue
        if isinstance(w, QAbstractButton) or (isinstance(w, QLabel) and w.buddy() is not None):
            text = w.text()
        elif isinstance(w, QGroupBox) and w.isCheckable():
            text = w.title()
        else:
            continue
        key = letter(text)
        if key:
            keys.append((key, f"{type(w).__name__} {text!r}"))
    return keys


@pytest.mark.parametrize("user", ["admin", "cashier", "doctor", "nurse", "reception"])
def test_no_two_alt_keys_on_a_tab(
    qtbot: QtBot, ops: Ops, services: Services, settings: Settings, user: str
) -> None:
    actor = services.auth.login(user, DEMO_PASSWORD)
    window = open_window(qtbot, ops, services, actor, settings)
    menus = [(letter(a.text()), f"menu {a.text()!r}") for a in window.menuBar().actions() if a.isVisible()]
    tabs = window.tabs
    titles = [(letter(tabs.tabText(i)), f"tab {tabs.tabText(i)!r}") for i in range(tabs.count())]
    clashes: dict[str, list[str]] = {}
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        QApplication.processEvents()
        page = tabs.widget(i)
        assert page is not None
        seen: dict[str, list[str]] = collections.defaultdict(list)
        for key, what in [*menus, *titles, *alt_keys(page)]:
            if key:
                seen[key].append(what)
        for key, whats in seen.items():
            if len(whats) > 1:
                clashes[f"{tabs.tabText(i)} Alt+{key.upper()}"] = whats
    assert not clashes, clashes
