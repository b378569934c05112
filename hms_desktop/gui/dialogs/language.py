"""View > Language…: the language this desk shows (issue 17), English, हिन्दी or the computer's.

The choice is the desk's ``desk/language`` setting; it applies the next time the desk starts (the
forms are translated as they are built, so a running window keeps its language), and says so. Each
language is named in its own script, so a person who cannot read the current one still finds theirs.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QRadioButton, QWidget

from hms_desktop.gui import i18n
from hms_desktop.gui.forms import find, load_form
from hms_desktop.gui.settings import LANGUAGE, Settings


class LanguageDialog(QDialog):
    """Saves the chosen language on OK; :attr:`changed` says whether it differs from before."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageDialog")
        self.setWindowTitle(self.tr("Language"))
        self._settings = settings
        self.changed = False
        self.ui = load_form("language.ui", self)
        self.radios: dict[str, QRadioButton] = {
            i18n.SYSTEM: find(self.ui, QRadioButton, "systemRadio"),
            "en": find(self.ui, QRadioButton, "englishRadio"),
            "hi": find(self.ui, QRadioButton, "hindiRadio"),
        }
        system = self.radios[i18n.SYSTEM]
        # "As this computer is set (English)": what System means here, in that language's own name
        system.setText(f"{system.text()} ({i18n.NAMES[i18n.resolve(i18n.SYSTEM)]})")
        self.note = find(self.ui, QLabel, "noteLabel")
        chosen = settings.get(LANGUAGE)
        self.radios.get(chosen, system).setChecked(True)
        buttons = find(self.ui, QDialogButtonBox, "buttonBox")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.setMinimumWidth(420)

    def choice(self) -> str:
        return next((key for key, radio in self.radios.items() if radio.isChecked()), i18n.SYSTEM)

    def accept(self) -> None:
        choice = self.choice()
        self.changed = choice != self._settings.get(LANGUAGE)
        self._settings.set(LANGUAGE, choice)
        self._settings.sync()
        super().accept()
