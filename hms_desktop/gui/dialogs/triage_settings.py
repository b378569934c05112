"""The admin's triage settings (``ui/triage_settings.ui``): the five-level scale and the rule table.

Scale tab (triage_scale.py): a name and a target wait for each of the five fixed colours, optionally
started from a preset in ``domain.queue.SCALE_PRESETS``; nothing is stored until "Save scale". Rules
tab (triage_rules.py): the presenting signs that suggest a level, edited in a panel beside the table.
Rules are never deleted, only deactivated, so earlier triage decisions stay explainable. A "Test a
complaint" box runs the pure ``domain.triage.suggest_level`` on the GUI thread against the rules on
screen.

Every service call (load, save scale, save rule) runs through :class:`Ops`; errors appear next to
their row or field and what was typed stays in place. Levels are shown as a chip: fill colour, a
glyph and the colour's name, never colour alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QWidget,
)

from hms_desktop.domain import queue as qd
from hms_desktop.errors import DuplicateRecord, HmsError, PermissionDenied
from hms_desktop.gui.dialogs.triage_rules import (
    ACTIVE_COL,
    LEVEL_COL,
    ComplaintTester,
    RulePanel,
    RulesModel,
    colour_name,
    no_delete,
)
from hms_desktop.gui.dialogs.triage_scale import ScaleEditor
from hms_desktop.gui.forms import find, load_form, set_message
from hms_desktop.gui.geometry import PreserveGeometry
from hms_desktop.gui.ops import Ops
from hms_desktop.services.triage_types import RuleInfo, RuleInput

if TYPE_CHECKING:
    from hms_desktop.gui.settings import Settings
    from hms_desktop.services.container import Services
    from hms_desktop.services.context import Actor
    from hms_desktop.services.queue_types import ScaleLevelInfo

TIMEOUT_S = 15
# translated where shown, in the "TriageSettingsDialog" context
SCALE_SAVED = QT_TRANSLATE_NOOP(
    "TriageSettingsDialog", "Scale saved — every desk will show the new targets within a few seconds."
)
DUPLICATE_SIGN = QT_TRANSLATE_NOOP("TriageSettingsDialog", "This sign is already in the table.")


def _tr(text: object) -> str:
    """A string marked in the "TriageSettingsDialog" context, in the desk's language."""
    return QCoreApplication.translate("TriageSettingsDialog", str(text))


class TriageSettingsDialog(PreserveGeometry, QDialog):
    geometry_name = "triage_settings"
    default_size = (1060, 660)

    def __init__(
        self,
        ops: Ops,
        services: Services,
        actor: Actor,
        parent: QWidget | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("HMS Desktop — Triage settings"))
        self.ops, self.services, self.actor, self.settings = ops, services, actor, settings
        self.ui = ui = load_form("triage_settings.ui", self)
        self.tabs = find(ui, QTabWidget, "tabWidget")
        self.message = find(ui, QLabel, "messageLabel")
        self.progress = find(ui, QProgressBar, "progressBar")
        # --- scale
        self.scale = scale = ScaleEditor(ui)
        self.chips, self.names, self.targets = scale.chips, scale.names, scale.targets
        self.preset = scale.preset
        self.scale_message, self.scale_errors = scale.message, scale.errors
        self.save_scale_button, self.revert_button = scale.save_button, scale.revert_button
        # --- rules
        self.table = find(ui, QTableView, "rulesTable")
        self.model = RulesModel(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (LEVEL_COL, 2, ACTIVE_COL):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.count = find(ui, QLabel, "countLabel")
        self.add_button = find(ui, QPushButton, "addButton")
        self.edit_button = find(ui, QPushButton, "editButton")
        self.toggle_button = find(ui, QPushButton, "toggleButton")
        self.toggle_button.setToolTip(no_delete())
        self.rule_panel = panel = RulePanel(ui)
        self.rule_box, self.keyword, self.level = panel.box, panel.keyword, panel.level
        self.specialisation, self.active = panel.specialisation, panel.active
        self.rule_message, self.rule_errors = panel.message, panel.errors
        self.save_rule_button, self.new_rule_button = panel.save_button, panel.new_button
        self.complaint = find(ui, QLineEdit, "complaintEdit")
        self.test_level = find(ui, QLabel, "testLevelLabel")
        self.test_reasons = find(ui, QLabel, "testReasonsLabel")
        self.tester = ComplaintTester(self.complaint, self.test_level, self.test_reasons)
        # --- state
        self.loaded = False
        self.saved_scale: list[qd.ScaleLevel] = list(qd.DEFAULT_SCALE)
        self.rules: list[RuleInfo] = []
        # --- signals
        self.preset.activated.connect(self.apply_preset)
        self.save_scale_button.clicked.connect(self.save_scale)
        self.revert_button.clicked.connect(lambda: self.scale.show(self.saved_scale))
        self.add_button.clicked.connect(self.new_rule)
        self.new_rule_button.clicked.connect(self.new_rule)
        self.edit_button.clicked.connect(self.edit_selected)
        self.toggle_button.clicked.connect(self.toggle_selected)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.installEventFilter(self)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.save_rule_button.clicked.connect(self.save_rule)
        self.keyword.returnPressed.connect(self.save_rule)
        self.complaint.textChanged.connect(lambda _t: self.test_complaint())
        find(ui, QPushButton, "closeButton").clicked.connect(self.reject)
        self.progress.hide()
        set_message(self.message, "")
        set_message(self.rule_message, "")
        self.new_rule()
        self.test_complaint()
        self._enable(False)
        self.restore_geometry(settings)

    # --- load ------------------------------------------------------------------------------

    def start(self) -> None:
        """Fetch the scale, the rules and the doctors' specialisations on a worker."""
        self._busy(self.tr("Loading the triage scale and rules…"))
        self.ops.run(
            self._fetch, self._loaded, self._load_failed, timeout_s=TIMEOUT_S, what=self.tr("loading triage")
        )

    def _fetch(self) -> tuple[list[ScaleLevelInfo], list[RuleInfo], list[str]]:
        scale = self.services.queue.scale(self.actor)
        rules = self.services.triage.rules(self.actor, include_inactive=True)
        try:
            doctors = self.services.clinic.list_doctors(self.actor)
        except PermissionDenied:  # the list is only a convenience: any text is accepted
            doctors = []
        specs = sorted({d.specialisation.strip() for d in doctors if d.specialisation.strip()}, key=str.lower)
        return scale, rules, specs

    def _loaded(self, result: tuple[list[ScaleLevelInfo], list[RuleInfo], list[str]]) -> None:
        scale, rules, specs = result
        self._idle()
        self.loaded = True
        set_message(self.message, "")
        self.saved_scale = [qd.ScaleLevel(s.level, s.label, s.target_min) for s in scale]
        self.scale.show(self.saved_scale)
        self.rule_panel.fill_specialisations(specs)
        self.show_rules(rules)
        self._enable(True)

    def _load_failed(self, error: HmsError) -> None:
        self._idle()
        set_message(self.message, error.message)

    # --- scale -----------------------------------------------------------------------------

    def apply_preset(self, _index: int = 0) -> None:
        self.scale.apply_preset()

    def save_scale(self) -> None:
        levels = self.scale.form()
        self._busy(self.tr("Saving the scale…"))
        self.scale_errors.clear()
        self.ops.run(
            lambda: self.services.triage.save_scale(self.actor, levels),
            self._scale_saved,
            self._scale_failed,
            timeout_s=TIMEOUT_S,
            what=self.tr("saving the triage scale"),
        )

    def _scale_saved(self, scale: list[ScaleLevelInfo]) -> None:
        self._idle()
        self.saved_scale = [qd.ScaleLevel(s.level, s.label, s.target_min) for s in scale]
        self.scale.show(self.saved_scale)
        self.preset.setCurrentIndex(0)
        self.show_rules(self.rules)  # the level labels in the table follow the new names
        set_message(self.scale_message, _tr(SCALE_SAVED), "ok")

    def _scale_failed(self, error: HmsError) -> None:
        self._idle()
        self.scale_errors.show(error)

    # --- rules -----------------------------------------------------------------------------

    def labels(self) -> dict[str, str]:
        return {lv.level: lv.label for lv in self.saved_scale}

    @property
    def editing_id(self) -> int | None:
        return self.rule_panel.editing_id

    def show_rules(self, rules: list[RuleInfo], select_id: int | None = None) -> None:
        self.rules = list(rules)
        labels = self.labels()
        self.model.set_rows(self.rules, labels)
        self.rule_panel.fill_levels(labels)
        active = sum(1 for r in self.rules if r.is_active)
        self.count.setText(self.tr("{n} rules · {active} active").format(n=len(self.rules), active=active))
        if select_id is not None and (row := self.model.row_of(select_id)) >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        self._update_buttons()
        self.test_complaint()

    def selected(self) -> RuleInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or not 0 <= rows[0].row() < len(self.model.rows):
            return None
        return self.model.rows[rows[0].row()]

    def _update_buttons(self) -> None:
        rule = self.selected()
        ok = self.loaded and not self.ops_busy()
        self.edit_button.setEnabled(ok and rule is not None)
        self.toggle_button.setEnabled(ok and rule is not None)
        self.toggle_button.setText(
            self.tr("Ac&tivate") if rule is not None and not rule.is_active else self.tr("Deac&tivate")
        )

    def new_rule(self) -> None:
        self.rule_panel.new()

    def edit_selected(self) -> None:
        rule = self.selected()
        if rule is not None:
            self.rule_panel.edit(rule)

    def form_rule(self) -> RuleInput:
        return self.rule_panel.form()

    def rule_changed(self) -> bool:
        return self.rule_panel.changed(self.rules)

    def save_rule(self) -> None:
        self._run_rule(self.form_rule(), self.editing_id, from_panel=True)

    def toggle_selected(self) -> None:
        rule = self.selected()
        if rule is None:
            return
        data = RuleInput(rule.keyword, rule.min_level, rule.specialisation, not rule.is_active)
        self._run_rule(data, rule.id, from_panel=False)

    def _run_rule(self, data: RuleInput, rule_id: int | None, from_panel: bool) -> None:
        self._busy(self.tr("Saving the rule…"))
        self.rule_errors.clear()
        self.ops.run(
            lambda: self.services.triage.save_rule(self.actor, data, rule_id),
            lambda rule: self._rule_saved(rule, from_panel),
            self._rule_failed,
            timeout_s=TIMEOUT_S,
            what=self.tr("saving the triage rule"),
        )

    def _rule_saved(self, rule: RuleInfo, from_panel: bool) -> None:
        self._idle()
        self.show_rules([r for r in self.rules if r.id != rule.id] + [rule], select_id=rule.id)
        if from_panel:
            self.edit_selected()  # the panel now shows the saved rule (normalised keyword)
        elif self.editing_id == rule.id:
            self.active.setChecked(rule.is_active)  # keep anything else typed in the panel
        saved = (
            self.tr("Saved: “{keyword}” → at least {level}.")
            if rule.is_active
            else self.tr("Saved: “{keyword}” → at least {level} (inactive).")
        )
        set_message(
            self.rule_message, saved.format(keyword=rule.keyword, level=colour_name(rule.min_level)), "ok"
        )

    def _rule_failed(self, error: HmsError) -> None:
        self._idle()
        if isinstance(error, DuplicateRecord):
            self.rule_errors.show({"keyword": _tr(DUPLICATE_SIGN)})
            set_message(self.rule_message, self.tr("Edit the existing rule instead, or choose another sign."))
        else:
            self.rule_errors.show(error)

    # --- complaint tester (pure, on the GUI thread) ------------------------------------------

    def test_complaint(self) -> None:
        self.tester.test(self.rules, self.labels())

    # --- common ----------------------------------------------------------------------------

    def ops_busy(self) -> bool:
        return not self.progress.isHidden()

    def _enable(self, on: bool) -> None:
        for w in (
            self.save_scale_button,
            self.revert_button,
            self.preset,
            self.save_rule_button,
            self.add_button,
        ):
            w.setEnabled(on)
        self._update_buttons()

    def _busy(self, text: str) -> None:
        set_message(self.message, text, "info")
        self.progress.show()
        self._enable(False)

    def _idle(self) -> None:
        self.progress.hide()
        set_message(self.message, "")
        self._enable(self.loaded)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.edit_selected()
            return True
        return super().eventFilter(watched, event)

    def unsaved(self) -> list[str]:
        """What would be lost by closing now: "the scale", "the rule being edited" (keys, in English)."""
        if not self.loaded:
            return []
        out = []
        if self.scale.changed(self.saved_scale):
            out.append("the scale")  # notr: a key (confirm_discard says it in words)
        if self.rule_changed():
            out.append("the rule being edited")  # notr: a key (confirm_discard says it in words)
        return out

    def confirm_discard(self, what: list[str]) -> bool:
        if "the scale" in what and "the rule being edited" in what:
            question = self.tr(
                "You have unsaved changes to the scale and the rule being edited. Close and discard them?"
            )
        elif "the scale" in what:
            question = self.tr("You have unsaved changes to the scale. Close and discard them?")
        else:
            question = self.tr("You have unsaved changes to the rule being edited. Close and discard them?")
        answer = QMessageBox.question(
            self,
            self.tr("Discard changes?"),
            question,
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def reject(self) -> None:
        what = self.unsaved()
        if what and not self.confirm_discard(what):
            return
        super().reject()

    def done(self, result: int) -> None:
        self.save_geometry(self.settings)
        super().done(result)
