"""The base of the Doctors tab's admin dialogs: a Designer form with a message label and Save, the
record's row_version read for optimistic locking, and the time and date conversions they share.

Save runs on a worker through :class:`Ops`; a ValidationError is shown next to the fields it names
(:class:`FieldErrors`), anything else in the message label under the form.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QWidget

from hms_desktop.domain.clock import Clock
from hms_desktop.errors import HmsError
from hms_desktop.gui.forms import find, load_form, set_message
from hms_desktop.gui.ops import Ops
from hms_desktop.gui.widgets.field_errors import FieldErrors

if TYPE_CHECKING:
    from hms_desktop.services.context import Actor


def hhmm(t: QTime) -> str:
    return t.toString("HH:mm")


def qtime(value: Any) -> QTime:
    """A QTime from 'HH:MM', minutes after midnight, or a datetime.time."""
    if isinstance(value, int):
        return QTime(value // 60, value % 60)
    if isinstance(value, dt.time):
        return QTime(value.hour, value.minute)
    return QTime.fromString(str(value)[:5], "HH:mm")


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


class FormDialog(QDialog):
    """A dialog whose content is ``ui/<form>``; Save runs ``save_call`` on a worker."""

    form = ""
    title = ""  # marked with QT_TRANSLATE_NOOP in the subclass's own context (its class name)
    default_size = (640, 320)

    def __init__(self, ops: Ops, service: Any, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.resize(*self.default_size)
        self._ops, self._service, self._actor = ops, service, actor
        title = QCoreApplication.translate(type(self).__name__, self.title)
        self.setWindowTitle(self.tr("{title} — HMS Desktop").format(title=title))
        self.ui = load_form(self.form, self)
        self.message = find(self.ui, QLabel, "messageLabel")
        self.button_box = find(self.ui, QDialogButtonBox, "buttonBox")
        self.button_box.rejected.connect(self.reject)
        self.button_box.accepted.connect(self.save)
        self.result_value: Any = None
        self.row_version: int | None = None  # of the record being edited, for optimistic locking
        set_message(self.message, "")

    def today(self) -> dt.date:
        return clinic_today(self._service)

    def _load_version(self, read: Any) -> None:
        """Read the full record (with its row_version) to edit; Save waits until it is here."""
        svc, actor = self._service, self._actor
        self.save_button().setEnabled(False)
        self._ops.run(
            lambda: read(svc, actor), self._detail, self._failed, timeout_s=30, what=self.tr("reading")
        )

    def _detail(self, detail: Any) -> None:
        self.row_version = detail.row_version
        self.save_button().setEnabled(True)

    def field_errors(self, labels: dict[str, QLabel]) -> FieldErrors:
        """The service's keys at ``labels``, the rest and the summary in the message label."""
        return FieldErrors(labels, self.message, summary=self.tr("Please correct the fields marked in red."))

    def label(self, name: str) -> QLabel:
        return find(self.ui, QLabel, name)

    def save_button(self) -> QPushButton:
        button = self.button_box.button(QDialogButtonBox.StandardButton.Save)
        return button or self.button_box.button(QDialogButtonBox.StandardButton.Ok)

    def run_save(self, call: Any, what: str) -> None:
        self.save_button().setEnabled(False)
        set_message(self.message, self.tr("Saving…"), "info")
        self._ops.run(call, self._saved, self._failed, timeout_s=30, what=what)

    def _saved(self, result: Any) -> None:
        self.save_button().setEnabled(True)
        self.result_value = result
        self.accept()

    def _failed(self, error: HmsError) -> None:
        self.save_button().setEnabled(True)
        self.errors.show(error)

    def save(self) -> None:  # pragma: no cover - every dialog overrides it
        raise NotImplementedError

    errors: FieldErrors


def clinic_today(service: Any) -> dt.date:
    """The clinic's day from the service's clock (a default date is the clinic's, not this computer's)."""
    clock = getattr(service, "clock", None)
    return clock.today() if isinstance(clock, Clock) else Clock().today()
