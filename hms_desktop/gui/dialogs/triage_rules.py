"""The triage settings' rule side: the level chips, the rule table's model, the rule editor beside
the table and the "Test a complaint" box.

Levels are shown as a chip: fill colour, a glyph and the colour's name, never colour alone. The
tester runs the pure ``domain.triage.suggest_level`` on the GUI thread against the rules on screen.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QCheckBox, QComboBox, QGroupBox, QLabel, QLineEdit, QPushButton, QWidget

from hms_desktop.domain import queue as qd
from hms_desktop.domain.triage import suggest_level
from hms_desktop.gui.forms import find
from hms_desktop.gui.i18n import service_text
from hms_desktop.gui.widgets.field_errors import FieldErrors
from hms_desktop.services.triage import TriageService
from hms_desktop.services.triage_types import RuleInfo, RuleInput

# translated where shown: NO_DELETE and the colours in the "TriageRules" context, HEADERS in "RulesModel"
NO_DELETE = QT_TRANSLATE_NOOP(
    "TriageRules",
    "Rules are never deleted: a deactivated rule stops suggesting a level, but the triage decisions "
    "it explained stay readable. Activate it again at any time.",
)
HEADERS = (
    QT_TRANSLATE_NOOP("RulesModel", "Sign (keyword)"),
    QT_TRANSLATE_NOOP("RulesModel", "At least"),
    QT_TRANSLATE_NOOP("RulesModel", "Specialisation"),
    QT_TRANSLATE_NOOP("RulesModel", "Active"),
)
LEVEL_COL, ACTIVE_COL = 1, 3
# each level's colour in words (the level keys themselves are never translated)
COLOUR_NAMES = {
    "red": QT_TRANSLATE_NOOP("TriageRules", "red"),
    "orange": QT_TRANSLATE_NOOP("TriageRules", "orange"),
    "yellow": QT_TRANSLATE_NOOP("TriageRules", "yellow"),
    "green": QT_TRANSLATE_NOOP("TriageRules", "green"),
    "blue": QT_TRANSLATE_NOOP("TriageRules", "blue"),
}


def no_delete() -> str:
    """Why there is no Delete, in the desk's language (the tooltip of Deactivate and Active)."""
    return QCoreApplication.translate("TriageRules", str(NO_DELETE))


def colour_name(level: str) -> str:
    """'orange' (or 'नारंगी'): a level's colour in words, as a sentence says it."""
    name = COLOUR_NAMES.get(level)
    return QCoreApplication.translate("TriageRules", str(name)) if name else level


def chip_text(level: str, label: str = "") -> str:
    """'▲ Orange · Very urgent': the glyph and the colour's name, so colour is never the only cue."""
    colour = colour_name(level)
    text = f"{qd.ICONS[level]} {colour[:1].upper()}{colour[1:]}"
    return f"{text} · {service_text(label)}" if label else text


def reason_text(reason: str) -> str:
    """A suggestion's reason ('"chest pain" -> orange') with an arrow and the colour in words."""
    why, arrow, level = reason.rpartition(" -> ")
    if not arrow:
        return service_text(reason)
    return f"{service_text(why)} → {colour_name(level) if level in COLOUR_NAMES else service_text(level)}"


def chip_style(level: str) -> str:
    fill, ink = qd.COLOURS[level]
    chip = "border-radius: 4px; padding: 3px 8px; font-weight: 600;"  # notr: a style sheet
    return f"background: {fill}; color: {ink}; {chip}"  # notr: a style sheet


def chip_icon(level: str, size: int = 18) -> QIcon:
    """A small filled square with the level's glyph, for combo boxes."""
    fill, ink = qd.COLOURS[level]
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pix)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(fill))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRoundedRect(0, 0, size, size, 3, 3)
    painter.setPen(QColor(ink))
    font = QFont()
    font.setPixelSize(int(size * 0.6))
    painter.setFont(font)
    painter.drawText(pix.rect(), Qt.AlignmentFlag.AlignCenter, qd.ICONS[level])
    painter.end()
    return QIcon(pix)


def sorted_rules(rules: list[RuleInfo]) -> list[RuleInfo]:
    """Most urgent first, then alphabetical: the order an admin reads the table in."""
    return sorted(rules, key=lambda r: (qd.LEVELS.index(r.min_level), r.keyword))


class RulesModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[RuleInfo] = []
        self.labels: dict[str, str] = {}

    def set_rows(self, rows: list[RuleInfo], labels: dict[str, str]) -> None:
        self.beginResetModel()
        self.rows = sorted_rules(rows)
        self.labels = dict(labels)
        self.endResetModel()

    def row_of(self, rule_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == rule_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("RulesModel", str(HEADERS[section]))
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return r.keyword
            if col == LEVEL_COL:
                return chip_text(r.min_level, self.labels.get(r.min_level, ""))
            if col == 2:
                return r.specialisation or "—"
            return self.tr("Yes") if r.is_active else self.tr("No")
        if role == Qt.ItemDataRole.ToolTipRole and col == ACTIVE_COL and not r.is_active:
            return no_delete()
        if col == LEVEL_COL and role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            fill, ink = qd.COLOURS[r.min_level]
            return QBrush(QColor(fill if role == Qt.ItemDataRole.BackgroundRole else ink))
        if role == Qt.ItemDataRole.ForegroundRole and not r.is_active:
            return QBrush(QColor("#6b7280"))
        if role == Qt.ItemDataRole.FontRole and not r.is_active and col == 0:
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None


class RulePanel:
    """The ``ruleBox`` of ``ui``: a new rule, or the rule ``editing_id`` loaded to edit."""

    def __init__(self, ui: QWidget) -> None:
        self.box = find(ui, QGroupBox, "ruleBox")
        self.keyword = find(ui, QLineEdit, "keywordEdit")
        self.level = find(ui, QComboBox, "levelCombo")
        self.specialisation = find(ui, QComboBox, "specialisationCombo")
        self.active = find(ui, QCheckBox, "activeCheck")
        self.active.setToolTip(no_delete())
        self.message = find(ui, QLabel, "ruleMessage")
        self.errors = FieldErrors(
            {
                "keyword": find(ui, QLabel, "keywordError"),
                "min_level": find(ui, QLabel, "levelError"),
                "specialisation": find(ui, QLabel, "specialisationError"),
            },
            self.message,
        )
        self.save_button = find(ui, QPushButton, "saveRuleButton")
        self.new_button = find(ui, QPushButton, "newRuleButton")
        self.editing_id: int | None = None
        self.fill_levels({})
        spec_edit = self.specialisation.lineEdit()
        if spec_edit is not None:  # the combo is editable in the form
            spec_edit.setPlaceholderText(QCoreApplication.translate("RulePanel", "none: any doctor"))

    def fill_levels(self, labels: dict[str, str]) -> None:
        current = self.level.currentData()
        self.level.clear()
        for lv in qd.LEVELS:
            self.level.addItem(chip_icon(lv), chip_text(lv, labels.get(lv, "")), lv)
        if current:
            self.level.setCurrentIndex(self.level.findData(current))

    def fill_specialisations(self, specs: list[str]) -> None:
        self.specialisation.clear()
        self.specialisation.addItem("")
        self.specialisation.addItems(specs)
        self.specialisation.setCurrentIndex(0)

    def new(self) -> None:
        self.editing_id = None
        self.box.setTitle(QCoreApplication.translate("RulePanel", "New rule"))
        self.keyword.clear()
        self.level.setCurrentIndex(self.level.findData("orange"))
        self.specialisation.setCurrentIndex(0)
        self.specialisation.setEditText("")
        self.active.setChecked(True)
        self.errors.clear()
        self.keyword.setFocus()

    def edit(self, rule: RuleInfo) -> None:
        self.editing_id = rule.id
        self.box.setTitle(
            QCoreApplication.translate("RulePanel", "Editing “{keyword}”").format(keyword=rule.keyword)
        )
        self.keyword.setText(rule.keyword)
        self.level.setCurrentIndex(self.level.findData(rule.min_level))
        self.specialisation.setEditText(rule.specialisation or "")
        self.active.setChecked(rule.is_active)
        self.errors.clear()
        self.keyword.setFocus()
        self.keyword.selectAll()

    def form(self) -> RuleInput:
        spec = self.specialisation.currentText().strip() or None
        return RuleInput(self.keyword.text(), str(self.level.currentData()), spec, self.active.isChecked())

    def changed(self, rules: list[RuleInfo]) -> bool:
        """Something typed that is not saved: a new sign, or an edit that differs from ``rules``."""
        data = self.form()
        if self.editing_id is None:
            return bool(data.keyword.strip())
        rule = next((r for r in rules if r.id == self.editing_id), None)
        if rule is None:
            return False
        return (
            " ".join(data.keyword.split()).lower(),
            data.min_level,
            data.specialisation,
            data.is_active,
        ) != (
            rule.keyword,
            rule.min_level,
            rule.specialisation,
            rule.is_active,
        )


class ComplaintTester:
    """The "Test a complaint" box: which active rules a typed complaint matches, and the level."""

    def __init__(self, complaint: QLineEdit, level: QLabel, reasons: QLabel) -> None:
        self.complaint, self.level, self.reasons = complaint, level, reasons

    def test(self, rules: list[RuleInfo], labels: dict[str, str]) -> None:
        text = self.complaint.text().strip()
        if not text:
            self.level.setText("—")
            self.level.setStyleSheet("")
            self.reasons.setText(
                QCoreApplication.translate(
                    "ComplaintTester", "Type a complaint to see which active rules match."
                )
            )
            return
        result = suggest_level(text, TriageService.discriminators(rules))
        self.level.setText(chip_text(result.level, labels.get(result.level, "")))
        self.level.setStyleSheet(chip_style(result.level))
        if result.reasons:
            lines = [QCoreApplication.translate("ComplaintTester", "Matching rules:")]
            lines += [f"• {reason_text(reason)}" for reason in result.reasons]
            if result.specialisation:
                doctor = QCoreApplication.translate("ComplaintTester", "Suggested doctor: {specialisation}")
                lines.append(doctor.format(specialisation=result.specialisation))
            self.reasons.setText("\n".join(lines))
        else:
            self.reasons.setText(
                QCoreApplication.translate(
                    "ComplaintTester",
                    "No active rule matches: the patient starts at green until the nurse adds pain or "
                    "vitals.",
                )
            )
