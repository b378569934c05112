"""The desk in Hindi (issue 17): the language choice, the translators, the translation's completeness."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hms_desktop.gui import i18n
from hms_desktop.gui.settings import LANGUAGE, Settings

pytestmark = pytest.mark.gui


@pytest.fixture
def hindi(qapp: QApplication) -> Iterator[str]:
    """The desk in Hindi for one test; English and the previous locale again afterwards."""
    shown = i18n.install(qapp, "hi")
    yield shown
    i18n.uninstall(qapp)


def test_resolve_follows_the_choice_then_the_computer() -> None:
    assert i18n.resolve("hi") == "hi"
    assert i18n.resolve("en", QLocale("hi_IN")) == "en"
    assert i18n.resolve("system", QLocale("hi_IN")) == "hi"
    assert i18n.resolve("system", QLocale("ta_IN")) == "en"  # no Tamil yet: English
    assert i18n.resolve("klingon", QLocale("en_US")) == "en"


def test_numbers_and_dates_are_indian_in_both_languages(qapp: QApplication) -> None:
    for language in ("en", "hi"):
        i18n.install(qapp, language)
        try:
            assert QLocale().toString(100000) == "1,00,000"
            assert QLocale().toString(12345678.5, "f", 2) == "1,23,45,678.50"
            assert QLocale().territory() == QLocale.Country.India
        finally:
            i18n.uninstall(qapp)


def test_the_language_dialog_saves_the_choice_for_the_next_start(qtbot: QtBot, tmp_path: Path) -> None:
    from hms_desktop.gui.dialogs.language import LanguageDialog

    settings = Settings(tmp_path / "desk.ini")
    assert settings.get(LANGUAGE) == "system"
    dialog = LanguageDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.radios["system"].isChecked()
    assert dialog.radios["hi"].text() == "हिन्दी"  # named in its own script, whatever the desk shows
    assert "next time" in dialog.note.text()
    dialog.radios["hi"].setChecked(True)
    dialog.accept()
    assert dialog.changed
    assert Settings(tmp_path / "desk.ini").get(LANGUAGE) == "hi"
    again = LanguageDialog(Settings(tmp_path / "desk.ini"))
    qtbot.addWidget(again)
    assert again.radios["hi"].isChecked()
    again.accept()
    assert not again.changed
