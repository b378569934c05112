"""The triage settings' scale tab: a name and a target wait for each of the five fixed colours, each
beside its chip, optionally started from a preset in ``domain.queue.SCALE_PRESETS``. Nothing is
stored here: the dialog saves what :meth:`ScaleEditor.form` reads and shows the errors at the rows.

Its words are the dialog's: marked and translated in the "TriageSettingsDialog" context.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QSpinBox, QWidget

from hms_desktop.domain import queue as qd
from hms_desktop.gui.dialogs.triage_rules import chip_style, chip_text
from hms_desktop.gui.forms import find, set_message
from hms_desktop.gui.widgets.field_errors import FieldErrors

# translated where shown, in the "TriageSettingsDialog" context
PRESET_PROMPT = QT_TRANSLATE_NOOP("TriageSettingsDialog", "Choose a preset…")
# the presets' names as shown (domain.queue.SCALE_PRESETS keys them; a scale's own name stays as it is)
PRESET_NAMES = {
    "South African (SATS)": QT_TRANSLATE_NOOP("TriageSettingsDialog", "South African (SATS)"),
    "Four-level (Critical/High/Moderate/Low)": QT_TRANSLATE_NOOP(
        "TriageSettingsDialog", "Four-level (Critical/High/Moderate/Low)"
    ),
}


def preset_name(name: str) -> str:
    if name not in PRESET_NAMES:
        return name
    return QCoreApplication.translate("TriageSettingsDialog", str(PRESET_NAMES[name]))


class ScaleEditor:
    """The scale tab's widgets in ``ui`` (``ui/triage_settings.ui``): chips, names, target spins,
    the preset chooser, the save and revert buttons, the errors at each colour's row."""

    def __init__(self, ui: QWidget) -> None:
        self.chips = {lv: find(ui, QLabel, f"{lv}Chip") for lv in qd.LEVELS}
        self.names = {lv: find(ui, QLineEdit, f"{lv}Edit") for lv in qd.LEVELS}
        self.targets = {lv: find(ui, QSpinBox, f"{lv}Spin") for lv in qd.LEVELS}
        for lv in qd.LEVELS:
            self.chips[lv].setText(chip_text(lv))
            self.chips[lv].setStyleSheet(chip_style(lv))
            self.targets[lv].setRange(0, 24 * 60)
        self.preset = find(ui, QComboBox, "presetCombo")
        self.preset.addItem(QCoreApplication.translate("TriageSettingsDialog", str(PRESET_PROMPT)), None)
        for name in qd.SCALE_PRESETS:
            self.preset.addItem(preset_name(name), name)
        self.message = find(ui, QLabel, "scaleMessage")
        self.errors = FieldErrors({lv: find(ui, QLabel, f"{lv}Error") for lv in qd.LEVELS}, self.message)
        self.save_button = find(ui, QPushButton, "saveScaleButton")
        self.revert_button = find(ui, QPushButton, "revertScaleButton")
        self.revert_button.setToolTip(
            QCoreApplication.translate("TriageSettingsDialog", "Put back the scale as it is saved now.")
        )
        set_message(self.message, "")

    def show(self, levels: list[qd.ScaleLevel] | tuple[qd.ScaleLevel, ...]) -> None:
        for lv in levels:
            self.names[lv.level].setText(lv.label)
            self.targets[lv.level].setValue(lv.target_min)
        self.errors.clear()

    def form(self) -> list[qd.ScaleLevel]:
        return [qd.ScaleLevel(lv, self.names[lv].text(), self.targets[lv].value()) for lv in qd.LEVELS]

    def changed(self, saved_scale: list[qd.ScaleLevel]) -> bool:
        saved = {lv.level: (lv.label, lv.target_min) for lv in saved_scale}
        return any(saved.get(lv.level) != (lv.label.strip(), lv.target_min) for lv in self.form())

    def apply_preset(self) -> None:
        name = self.preset.currentData()
        if not name:
            return
        self.show(qd.SCALE_PRESETS[name])
        filled = QCoreApplication.translate(
            "TriageSettingsDialog", "{preset} filled in: check the names and times, then Save scale."
        )
        set_message(self.message, filled.format(preset=preset_name(name)), "info")
