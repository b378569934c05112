"""Desk settings: declared defaults, typed round trips, the version stamp, saved window geometry."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from hms_desktop.gui import settings as s
from hms_desktop.gui.geometry import PreserveGeometry


def test_defaults_round_trips_and_types(tmp_path: Path) -> None:
    store = s.Settings(tmp_path / "desk.ini")
    for setting in s.DECLARED:
        assert store.get(setting) == setting.default
    store.set(s.LAST_USERNAME, "reception")
    store.set(s.PATIENT_DESCENDING, True)
    store.set(s.LAST_TAB, "queue")
    store.sync()
    again = s.Settings(tmp_path / "desk.ini")
    assert again.get(s.LAST_USERNAME) == "reception"
    assert again.get(s.PATIENT_DESCENDING) is True
    assert again.get(s.LAST_TAB) == "queue"
    with pytest.raises(TypeError):
        again.set(s.LAST_TAB, 2)  # type: ignore[misc]


@pytest.mark.parametrize(("stored", "key"), [("3", "queue"), ("0", "patients"), ("4", "billing"), ("9", "")])
def test_a_version_1_tab_index_becomes_the_tab_key(tmp_path: Path, stored: str, key: str) -> None:
    """Version 1 stored the last tab's index; the desk reopens on the same tab after the upgrade
    (an index past the old tabs opens on the first tab)."""
    (tmp_path / "desk.ini").write_text(
        f"[meta]\nsettings_version=1\n\n[main]\nlast_tab={stored}\n", encoding="utf-8"
    )
    store = s.Settings(tmp_path / "desk.ini")
    assert store.get(s.LAST_TAB) == key
    store.sync()
    assert f"settings_version={s.VERSION}" in (tmp_path / "desk.ini").read_text()


def test_keys_are_declared_once() -> None:
    keys = [setting.key for setting in s.DECLARED]
    assert len(keys) == len(set(keys))


def test_version_stamp_is_written(tmp_path: Path) -> None:
    s.Settings(tmp_path / "desk.ini").sync()
    assert f"settings_version={s.VERSION}" in (tmp_path / "desk.ini").read_text()


class _Window(PreserveGeometry, QMainWindow):
    geometry_name = "probe"


def test_window_geometry_is_saved_and_restored(qtbot: QtBot, tmp_path: Path) -> None:
    store = s.Settings(tmp_path / "desk.ini")
    first = _Window()
    qtbot.addWidget(first)
    first.restore_geometry(store)
    first.resize(777, 555)
    first.save_geometry(store)
    second = _Window()
    qtbot.addWidget(second)
    second.restore_geometry(store)
    assert (second.width(), second.height()) == (777, 555)
