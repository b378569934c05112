"""The cashier's day close: counted vs expected by payment mode, blind by default (issue 15).

The expected amounts shown are the service's day summary; the service checks the counts and the
reason, and its errors appear next to the fields.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QLineEdit, QWidget

from hms_desktop.errors import HmsError
from hms_desktop.gui.forms import find, set_message
from hms_desktop.gui.ops import Ops
from hms_desktop.gui.tabs.billing.dialogs import MODES
from hms_desktop.gui.tabs.billing.model import money, parse_amount
from hms_desktop.gui.widgets.field_errors import FieldErrors
from hms_desktop.gui.widgets.service_dialog import ServiceDialog
from hms_desktop.services.billing_types import DayCloseInfo, DaySummary

if TYPE_CHECKING:
    from hms_desktop.services.container import Services
    from hms_desktop.services.context import Actor

ZERO = Decimal("0.00")


class DayCloseDialog(ServiceDialog):
    """Close the signed-in cashier's day: expected by mode (payments less cash/card/UPI refunds),
    the counted amounts, the differences, and a reason when they differ.

    Blind by default (issue 15): the cashier types what is in the drawer, the card slips and the UPI
    statement first; "Show expected" then locks the counts and shows what was expected and the
    differences. Unticking "Count blind" before counting shows the expected amounts at once. The
    dialog warns about charges still waiting for a bill and the cashier's bills with money due."""

    form = "day_close.ui"
    # ServiceDialog shows these: translated in this class's context (see __init__)
    title = str(QT_TRANSLATE_NOOP("DayCloseDialog", "Day close"))
    busy_text = str(QT_TRANSLATE_NOOP("DayCloseDialog", "Closing the day…"))
    closed = Signal(object)  # DayCloseInfo
    loaded = Signal()

    def __init__(
        self,
        ops: Ops,
        services: Services,
        actor: Actor,
        parent: QWidget | None = None,
        business_date: dt.date | None = None,
    ) -> None:
        super().__init__(ops, services, actor, parent)
        self.setWindowTitle(self.tr("Day close — HMS Desktop"))
        self.busy_text = self.tr("Closing the day…")
        self.business_date = business_date or services.billing.clock.today()
        self.summary: DaySummary | None = None
        self.info: DayCloseInfo | None = None
        self.closed_at = ""
        self.counted = {m: find(self.ui, QLineEdit, f"{m}Edit") for _t, m in MODES}
        self.reason = find(self.ui, QLineEdit, "reasonEdit")
        self.blind = find(self.ui, QCheckBox, "blindCheck")
        self.revealed = False  # blind: the expected amounts are shown once the counts are entered
        self.warning = self.label("warningLabel")
        self.warning.setVisible(False)
        self.blind.toggled.connect(lambda _on: self._blind_toggled())
        self.errors = FieldErrors(
            {"reason": self.label("reasonError"), "counted": self.label("cashError"),
             **{f"counted.{m}": self.label(f"{m}Error") for _t, m in MODES}},  # notr: object names
            self.message,
        )  # fmt: skip
        for _t, m in MODES:
            self.label(f"{m}Caption").setBuddy(self.counted[m])  # notr: an object name
            self.counted[m].setPlaceholderText("0.00")
            self.counted[m].setAlignment(Qt.AlignmentFlag.AlignRight)
            self.counted[m].textChanged.connect(lambda _t: self._update_differences())
            for name in (f"{m}Expected", f"{m}Difference"):  # notr: object names
                self.label(name).setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for name in ("totalExpected", "totalCounted", "totalDifference", "head1Label", "head3Label"):
            self.label(name).setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.label("reasonCaption").setBuddy(self.reason)
        self.reason.setPlaceholderText(
            self.tr("Needed when a count differs, e.g. ₹10 short: change given twice")
        )
        self.ok_button.setEnabled(False)
        self._blind_toggled()
        self.label("summaryLabel").setText(
            self.tr("{name} · {date} · loading…").format(
                name=actor.full_name, date=f"{self.business_date:%d %b %Y}"
            )
        )
        self.resize(540, 430)
        billing, cashier, day = services.billing, actor.user_id, self.business_date
        self._ops.run(lambda: billing.day_summary(actor, int(cashier or 0), day), self._loaded,
                      self._load_failed, timeout_s=30, what=self.tr("reading the day's takings"))  # fmt: skip

    def _loaded(self, summary: DaySummary) -> None:
        self.summary = summary
        self.label("summaryLabel").setText(
            self.tr("{name} · {date} · {payments} payment(s), {refunds} refund(s)").format(
                name=self._actor.full_name,
                date=f"{summary.business_date:%d %b %Y}",
                payments=summary.payments,
                refunds=summary.refunds,
            )
        )
        self._show_expected()
        warnings = []
        if summary.pending_charges:
            warnings.append(
                self.tr("{n} charge(s) are still waiting for a bill.").format(n=summary.pending_charges)
            )
        if summary.unpaid:
            bills = ", ".join(summary.unpaid[:4]) + (" …" if len(summary.unpaid) > 4 else "")
            warnings.append(
                self.tr("{n} of your bills have {amount} due ({bills}).").format(
                    n=len(summary.unpaid), amount=money(summary.unpaid_total), bills=bills
                )
            )
        if warnings and not summary.closed:
            warnings.append(self.tr("You can close the day anyway; they stay open."))
            self.warning.setText(" ".join(warnings))
            self.warning.setVisible(True)
        if summary.closed:
            set_message(self.message, self.tr("This day is closed already."), "info")
            for w in (*self.counted.values(), self.reason):
                w.setEnabled(False)
        else:
            self.ok_button.setEnabled(True)
            self.counted["cash"].setFocus()
        self._update_differences()
        self.loaded.emit()

    def _load_failed(self, error: HmsError) -> None:
        set_message(self.message, error.message)
        self.loaded.emit()

    def count_of(self, mode: str) -> Decimal | None:
        """The counted amount (blank counts as zero); None when it is not a number."""
        value = parse_amount(self.counted[mode].text())
        return None if value is None else value.quantize(ZERO)

    def hiding(self) -> bool:
        """True while a blind count hides what was expected."""
        return self.blind.isChecked() and not self.revealed

    def _blind_toggled(self) -> None:
        self.ok_button.setText(self.tr("&Show expected") if self.hiding() else self.tr("&Close day"))
        self._show_expected()

    def _show_expected(self) -> None:
        summary, hide = self.summary, self.hiding()
        for _t, m in MODES:
            value = "—" if hide or summary is None else money(summary.expected.get(m, ZERO))
            self.label(f"{m}Expected").setText(value)  # notr: an object name
        self.label("totalExpected").setText("—" if hide or summary is None else money(summary.total))
        self._update_differences()

    def _update_differences(self) -> None:
        if self.summary is None:
            return
        if self.hiding():  # a blind count: nothing to compare with yet
            for _t, m in MODES:
                self.label(f"{m}Difference").setText("—")  # notr: an object name
            self.label("totalDifference").setText("—")
            counts = [self.count_of(m) for _t, m in MODES]
            whole = all(c is not None for c in counts)
            self.label("totalCounted").setText(
                money(sum((c or ZERO for c in counts), ZERO)) if whole else "?"
            )
            return
        total_counted = total_diff = ZERO
        ok = True
        for _t, m in MODES:
            counted = self.count_of(m)
            label = self.label(f"{m}Difference")  # notr: an object name
            if counted is None:
                label.setText("?")
                ok = False
                continue
            diff = counted - self.summary.expected.get(m, ZERO)
            label.setText(_signed(diff))
            total_counted += counted
            total_diff += diff
        self.label("totalCounted").setText(money(total_counted) if ok else "?")
        self.label("totalDifference").setText(_signed(total_diff) if ok else "?")

    def submit(self) -> None:
        if self.summary is None or self.info is not None:
            return
        counted: dict[str, Decimal] = {}
        bad: dict[str, str] = {}
        enter = {
            "cash": self.tr("Enter the cash counted in rupees."),
            "card": self.tr("Enter the card counted in rupees."),
            "upi": self.tr("Enter the UPI counted in rupees."),
        }
        for _text, m in MODES:
            value = self.count_of(m)
            if value is None:
                bad[f"counted.{m}"] = enter[m]
            else:
                counted[m] = value
        if bad:
            self.errors.show(bad)
            return
        if self.hiding():  # the counts are in: lock them, then show what was expected
            self.errors.clear()
            self.revealed = True
            for edit in self.counted.values():
                edit.setReadOnly(True)
            self.blind.setEnabled(False)
            self._blind_toggled()
            self.reason.setFocus()
            return
        blind = self.blind.isChecked()
        billing, actor, day, reason = (
            self._services.billing,
            self._actor,
            self.business_date,
            self.reason.text(),
        )

        def close() -> tuple[DayCloseInfo, str]:
            info = billing.close_day(actor, day, counted, reason, blind=blind)
            return info, billing.clock.local(billing.clock.now()).strftime("%H:%M")  # the clinic's time

        self.errors.clear()
        self.run(close, self.tr("closing the day"))

    def _done(self, result: Any) -> None:
        info, at = result
        self.info = self.result_value = info
        self.closed_at = at
        self.ok_button.setVisible(False)
        self.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        for w in (*self.counted.values(), self.reason):
            w.setEnabled(False)
        closed = self.tr("Day closed at {time} — difference {amount}")
        set_message(self.message, closed.format(time=at, amount=_signed(info.difference)), "ok")
        self.closed.emit(info)


def _signed(value: Decimal) -> str:
    return f"+{money(value)}" if value > 0 else money(value)
