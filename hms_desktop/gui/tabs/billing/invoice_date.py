"""The bill's invoice date (issue 12): today in the clinic's time zone unless the clinic lets its
cashiers date a bill a few days back (``clinic_setting.backdate_days``, set in Settings > Clinic).

The date box only offers the days the clinic allows; a date before today shows the reason box (the
service records the reason in the invoice's audit row and refuses a back-dated bill without one).
The service's other refusals of a date (before the last invoice of its series, into a closed day or
a past financial year) are shown under the box, next to what the cashier changes.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QObject, Signal
from PySide6.QtWidgets import QDateEdit, QLabel, QLineEdit, QWidget

from hms_desktop.gui.forms import find

if TYPE_CHECKING:
    from hms_desktop.gui.desk import Clock

# what the service calls the date and its reason; a closed day refuses the bill under business_date
DATE_FIELDS = frozenset({"invoice_date", "business_date"})
REASON_FIELD = "backdate_reason"


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class InvoiceDateField(QObject):
    """``Invoice date: [date]  [reason, when before today]`` with its error line below: the widgets of
    ``invoiceDateBox`` in ``ui/billing.ui``."""

    changed = Signal()

    def __init__(self, clock: Clock, form: QWidget) -> None:
        super().__init__(form)
        self.clock = clock
        self.allowance = 0  # days back the clinic allows (0: today only)
        self.box = find(form, QWidget, "invoiceDateBox")
        self.caption = find(form, QLabel, "invoiceDateCaption")  # every letter is another control's Alt key
        self.date_edit = find(form, QDateEdit, "invoiceDateEdit")
        self.reason_edit = find(form, QLineEdit, "backdateReasonEdit")
        self.error = find(form, QLabel, "invoiceDateError")
        self.date_edit.dateChanged.connect(lambda _d: self._date_changed())
        self.reason_edit.textEdited.connect(lambda _t: self._reason_edited())
        self.set_allowance(0)

    # --- the clinic's rule ------------------------------------------------------------------------

    def set_allowance(self, days: int) -> None:
        """The clinic's back-dating allowance: the box offers today and ``days`` days before it."""
        self.allowance = max(0, int(days))
        today = self.clock.today()
        self.date_edit.blockSignals(True)
        self.date_edit.setDateRange(_qdate(today - dt.timedelta(days=self.allowance)), _qdate(today))
        self.date_edit.setDate(_qdate(today))
        self.date_edit.blockSignals(False)
        self.date_edit.setEnabled(self.allowance > 0)
        self.date_edit.setToolTip(
            self.tr("Bills are dated today (the clinic's setting: Settings > Clinic > Invoice dates).")
            if not self.allowance
            else self.tr("Today or up to {n} day(s) back, with a reason (the clinic's setting).").format(
                n=self.allowance
            )
        )
        self._date_changed()

    def reset(self) -> None:
        """A new bill: dated today, no reason, no message (the allowance stays)."""
        self.reason_edit.clear()
        self.set_allowance(self.allowance)

    # --- values -----------------------------------------------------------------------------------

    def chosen(self) -> dt.date:
        q = self.date_edit.date()
        return dt.date(q.year(), q.month(), q.day())

    def invoice_date(self) -> dt.date | None:
        """None for today (the service dates it on its own clock), else the chosen day."""
        day = self.chosen()
        return None if day == self.clock.today() else day

    def reason(self) -> str | None:
        if self.invoice_date() is None:
            return None
        return self.reason_edit.text().strip() or None

    def backdated(self) -> bool:
        return self.invoice_date() is not None

    # --- messages ---------------------------------------------------------------------------------

    def show_error(self, text: str, at_reason: bool = False) -> None:
        self.error.setText(text if not self.error.text() else f"{self.error.text()} {text}")
        self.error.setVisible(True)
        (self.reason_edit if at_reason and self.reason_edit.isVisible() else self.date_edit).setFocus()

    def clear_error(self) -> None:
        self.error.setText("")
        self.error.setVisible(False)

    def _date_changed(self) -> None:
        back = self.backdated()
        self.reason_edit.setVisible(back)
        self.clear_error()
        self.changed.emit()

    def _reason_edited(self) -> None:
        self.clear_error()  # an old message does not stay once the cashier types the reason
        self.changed.emit()

    def set_editable(self, on: bool) -> None:
        self.date_edit.setEnabled(on and self.allowance > 0)
        self.reason_edit.setEnabled(on)
