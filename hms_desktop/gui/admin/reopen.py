"""Settings ▸ Reopen a closed day…: the cashiers' day closes of a week, and reopening one with a
reason (an inserted record; the close itself is never changed)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QWidget,
)

from hms_desktop.gui.admin.form_dialog import FormDialog, value_of
from hms_desktop.gui.admin.prices import _fill, setup_table
from hms_desktop.gui.forms import find, load_form, set_message
from hms_desktop.gui.i18n import named_date
from hms_desktop.gui.ops import Ops
from hms_desktop.services.day_reopen_types import REOPEN_REASON_MAX

if TYPE_CHECKING:
    from hms_desktop.services.container import Services
    from hms_desktop.services.context import Actor
    from hms_desktop.services.day_reopen_types import ClosedDay


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


class ReopenDayDialog(QDialog):
    """The day closes of a week and Reopen… (``ui/reopen_day.ui``)."""

    def __init__(self, ops: Ops, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reopenDialog")
        self.setWindowTitle(self.tr("Reopen a closed day — HMS Desktop"))
        self._ops, self._services, self._actor = ops, services, actor
        self.days: list[ClosedDay] = []
        self.dialog: QDialog | None = None
        self.ui = ui = load_form("reopen_day.ui", self)
        today = services.clock.today()  # the clinic's day, not this computer's
        self.since, self.until = find(ui, QDateEdit, "sinceEdit"), find(ui, QDateEdit, "untilEdit")
        self.since.setDate(_qdate(today - dt.timedelta(days=7)))
        self.until.setDate(_qdate(today))
        find(ui, QPushButton, "showButton").clicked.connect(self.refresh)
        self.table = setup_table(find(ui, QTableWidget, "closeTable"))
        self.table.itemSelectionChanged.connect(self._selection)
        self.reopen_button = find(ui, QPushButton, "reopenButton")
        self.reopen_button.clicked.connect(self.reopen)
        self.message = find(ui, QLabel, "messageLabel")
        find(ui, QDialogButtonBox, "buttonBox").rejected.connect(self.reject)
        set_message(self.message, "")
        self._selection()
        self.resize(760, 420)

    def start(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        sv, actor = self._services, self._actor
        since, until = value_of(self.since), value_of(self.until)
        self._ops.run(
            lambda: sv.day_reopen.closed_days(actor, since, until),
            self._loaded,
            lambda e: set_message(self.message, e.message),
            timeout_s=20,
            what=self.tr("reading the day closes"),
        )

    def _loaded(self, days: list[ClosedDay]) -> None:
        self.days = days
        zone = self._services.clock.zone
        _fill(
            self.table,
            [
                (
                    f"{d.business_date:%d %b %Y}",
                    d.cashier,
                    f"{d.close_no}",
                    named_date(d.closed_at.astimezone(zone), "dd MMM HH:mm", "%d %b %H:%M"),
                    f"{d.difference:,.2f}",
                    self.tr("reopened") if d.reopened else self.tr("closed"),
                )
                for d in days
            ],
            right=(2, 4),
        )
        if not days:
            set_message(self.message, self.tr("No day was closed in these dates."), "info")
        self._selection()

    def selected(self) -> ClosedDay | None:
        model = self.table.selectionModel()
        rows = model.selectedRows() if model else []
        return self.days[rows[0].row()] if rows and rows[0].row() < len(self.days) else None

    def _selection(self) -> None:
        d = self.selected()
        self.reopen_button.setEnabled(d is not None and not d.reopened)

    def reopen(self) -> QDialog | None:
        d = self.selected()
        if d is None or d.reopened:
            return None
        sv, actor, close_id = self._services, self._actor, d.day_close_id

        def call(v: dict[str, Any]) -> Any:
            return sv.day_reopen.reopen(actor, close_id, v["reason"])

        dialog = FormDialog(
            self._ops,
            self.tr("Reopen {cashier}'s day {day}").format(
                cashier=d.cashier, day=f"{d.business_date:%d %b %Y}"
            ),
            "reopen_reason.ui",
            ("reason",),
            call,
            self,
            intro=self.tr("Say what went wrong at the close (recorded in the audit trail with your name)."),
        )
        reason = find(dialog.ui, QLineEdit, "reasonField")
        reason.setMaxLength(REOPEN_REASON_MAX)  # the service refuses longer (never cuts)
        dialog.accepted.connect(self.refresh)
        dialog.accepted.connect(
            lambda: set_message(self.message, self.tr("Reopened: the cashier can take entries again."), "ok")
        )
        self.dialog = dialog
        dialog.open()
        return dialog
