"""Look-alike patients while registering: the panel beside the form and the question before saving.

:class:`DuplicatePanel` looks up what has been typed so far (debounced, on a worker; a newer look-up
supersedes an older one) and lists the look-alikes with "Use this patient". :class:`DuplicateQuestion`
asks, when Save finds a strong look-alike, whether to use the existing patient or save as new with a
reason (recorded).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from hms_desktop.gui.forms import find, load_form
from hms_desktop.gui.i18n import service_text
from hms_desktop.gui.ops import Ops
from hms_desktop.gui.tabs.patients.model import age_in_words
from hms_desktop.services.patients_types import DuplicateCandidate

if TYPE_CHECKING:
    from hms_desktop.services.context import Actor
    from hms_desktop.services.patients import PatientService

DUPLICATE_DELAY_MS = 300
# what a look-up asks: first name, last name, phone, date of birth, age in years, sex
Query = tuple[str, str, str, dt.date | None, int | None, str | None]


# what matched, as domain.duplicates.score says it (the words it can say, marked here for the desk)
REASONS = frozenset(
    {
        str(QT_TRANSLATE_NOOP("DuplicatePanel", "same name")),
        str(QT_TRANSLATE_NOOP("DuplicatePanel", "similar name")),
        str(QT_TRANSLATE_NOOP("DuplicatePanel", "same phone")),
        str(QT_TRANSLATE_NOOP("DuplicatePanel", "same date of birth")),
        str(QT_TRANSLATE_NOOP("DuplicatePanel", "similar age")),
        str(QT_TRANSLATE_NOOP("DuplicatePanel", "same age")),
        str(QT_TRANSLATE_NOOP("DuplicatePanel", "same sex")),
    }
)
# the sex as the look-alike lines show it: its code letter in English
SEX_LETTERS = {
    "M": str(QT_TRANSLATE_NOOP("DuplicatePanel", "M")),
    "F": str(QT_TRANSLATE_NOOP("DuplicatePanel", "F")),
    "O": str(QT_TRANSLATE_NOOP("DuplicatePanel", "O")),
}


def _sex(c: DuplicateCandidate) -> str:
    letter = SEX_LETTERS.get(c.sex)
    return c.sex if letter is None else QCoreApplication.translate("DuplicatePanel", letter)


def _reason(reason: str) -> str:
    if reason in REASONS:
        return QCoreApplication.translate("DuplicatePanel", reason)
    return service_text(reason)


def _age(c: DuplicateCandidate) -> str:
    return age_in_words(c.age_text) if c.age_text else QCoreApplication.translate("DuplicatePanel", "age ?")


def _phone(c: DuplicateCandidate) -> str:
    return c.phone or QCoreApplication.translate("DuplicatePanel", "no phone")


def _reasons(c: DuplicateCandidate) -> str:
    """What matched ('same name, similar age'), each in the desk's language when the services have it."""
    return ", ".join(_reason(reason) for reason in c.reasons)


class DuplicateQuestion(QDialog):
    """The look-alike patient(s) and two ways on: use the existing one, or save as new saying why."""

    def __init__(self, strong: list[DuplicateCandidate], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicateQuestion")
        self.choice = ""
        self.reason = ""
        self.ui = ui = load_form("duplicate_question.ui", self)
        self.setWindowTitle(ui.windowTitle())
        best = strong[0]
        values = {
            "name": best.display_name,
            "mrn": best.mrn,
            "sex": _sex(best),
            "age": _age(best),
            "phone": _phone(best),
            "reasons": _reasons(best),
        }
        if len(strong) > 1:
            text = self.tr(
                "This looks like {name} ({mrn}, {sex}, {age}, {phone}): {reasons}. {more} more look alike."
            ).format(more=len(strong) - 1, **values)
        else:
            text = self.tr("This looks like {name} ({mrn}, {sex}, {age}, {phone}): {reasons}.").format(
                **values
            )
        find(ui, QLabel, "lookAlikeLabel").setText(text)
        self.reason_edit = find(ui, QLineEdit, "reasonEdit")
        self.error = find(ui, QLabel, "errorLabel")
        # Designer gives a button box only standard buttons: the form's three take their roles here
        # (the box orders them as the desk's platform does)
        buttons = find(ui, QDialogButtonBox, "buttonBox")
        self.use_button = find(ui, QPushButton, "useButton")
        self.new_button = find(ui, QPushButton, "newButton")
        buttons.addButton(self.use_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.new_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(find(ui, QPushButton, "backButton"), QDialogButtonBox.ButtonRole.RejectRole)
        self.use_button.clicked.connect(lambda: self._choose("use"))
        self.new_button.clicked.connect(lambda: self._choose("new"))
        buttons.rejected.connect(self.reject)
        self.setMinimumWidth(560)

    def _choose(self, choice: str) -> None:
        if choice == "new" and not self.reason_edit.text().strip():
            self.error.setText(self.tr("Say why this is a different patient (it is recorded)."))
            self.reason_edit.setFocus()
            return
        self.choice, self.reason = choice, self.reason_edit.text().strip()
        self.accept()


class DuplicatePanel:
    """The ``dupPanel`` of ``ui``. The form starts ``timer`` as the desk types, calls ``check`` with
    what to look up when it fires and reads ``selected_id`` on "Use this patient"; the panel keeps no
    reference to the form."""

    def __init__(
        self,
        ops: Ops,
        patients: PatientService,
        actor: Actor,
        ui: QWidget,
    ) -> None:
        self._ops, self._patients, self._actor = ops, patients, actor
        self.generation = 0
        self.candidates: list[DuplicateCandidate] = []
        self.panel = find(ui, QWidget, "dupPanel")
        self.list = find(ui, QListWidget, "dupList")
        self.title = find(ui, QLabel, "dupTitle")
        self.use_button = find(ui, QPushButton, "useButton")
        self.list.currentRowChanged.connect(lambda r: self.use_button.setEnabled(r >= 0))
        self.use_button.setEnabled(False)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(2)
        self.timer = QTimer(self.list)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DUPLICATE_DELAY_MS)

    def check(self, query: Query | None) -> None:
        """Look ``query`` up on a worker; None (too little typed) empties the list."""
        if query is None:
            self.show(self.generation, [])
            return
        self.generation += 1
        gen, patients, actor = self.generation, self._patients, self._actor
        self._ops.run(
            lambda: patients.find_duplicates(actor, *query),
            lambda found: self.show(gen, found),
            lambda _err: None,  # a failed look-up must not get in the way of registering
            timeout_s=15,
            what=QCoreApplication.translate("DuplicatePanel", "looking for duplicates"),
        )

    def show(self, generation: int, found: list[DuplicateCandidate]) -> None:
        if generation != self.generation:
            return  # typed on since: a newer look-up is coming
        self.candidates = list(found)
        self.list.clear()
        for c in found:
            item = QListWidgetItem(
                f"{c.display_name}  ({_sex(c)}, {_age(c)})\n{c.mrn} · {_phone(c)}\n"
                f"{_reasons(c)} — {round(c.score * 100)}%"
            )
            item.setData(Qt.ItemDataRole.UserRole, c.patient_id)
            self.list.addItem(item)
        if found:
            self.list.setCurrentRow(0)
        if found:
            title = QCoreApplication.translate("DuplicatePanel", "Possible duplicates ({n})").format(
                n=len(found)
            )
        else:
            title = QCoreApplication.translate("DuplicatePanel", "Possible duplicates")
        self.title.setText(title)
        self.title.setProperty("role", "title" if found else "subtitle")
        self.title.setStyleSheet("color: #9b1c1c; font-size: 11pt;" if found else "")

    def selected_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))
