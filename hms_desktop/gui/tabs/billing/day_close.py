"""The cashier's day close: counted vs expected by payment mode, blind by default (issue 15).

The expected amounts shown are the service's day summary; the service checks the counts and the
reason, and its errors appear next to the fields.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
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

    form, title, busy_text = "day_close.ui", "Day close", "Closing the day…"
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
             **{f"counted.{m}": self.label(f"{m}Error") for _t, m in MODES}},
            self.message,
        )  # fmt: skip
        for _t, m in MODES:
            self.label(f"{m}Caption").setBuddy(self.counted[m])
            self.counted[m].setPlaceholderText("0.00")
            self.counted[m].setAlignment(Qt.AlignmentFlag.AlignRight)
            self.counted[m].textChanged.connect(lambda _t: self._update_differences())
            for name in (f"{m}Expected", f"{m}Difference"):
                self.label(name).setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for name in ("totalExpected", "totalCounted", "totalDifference", "head1Label", "head3Label"):
            self.label(name).setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.label("reasonCaption").setBuddy(self.reason)
        self.reason.setPlaceholderText("Needed when a count differs, e.g. ₹10 short: change given twice")
        self.ok_button.setEnabled(False)
        self._blind_toggled()
        self.label("summaryLabel").setText(f"{actor.full_name} · {self.business_date:%d %b %Y} · loading…")
        self.resize(540, 430)
        billing, cashier, day = services.billing, actor.user_id, self.business_date
        self._ops.run(lambda: billing.day_summary(actor, int(cashier or 0), day), self._loaded,
                      self._load_failed, timeout_s=30, what="reading the day's takings")  # fmt: skip

    def _loaded(self, summary: DaySummary) -> None:
        self.summary = summary
        self.label("summaryLabel").setText(
            f"{self._actor.full_name} · {summary.business_date:%d %b %Y} · "
            f"{summary.payments} payment(s), {summary.refunds} refund(s)"
        )
        self._show_expected()
        warnings = []
        if summary.pending_charges:
            warnings.append(f"{summary.pending_charges} charge(s) are still waiting for a bill.")
        if summary.unpaid:
            bills = ", ".join(summary.unpaid[:4]) + (" …" if len(summary.unpaid) > 4 else "")
            warnings.append(
                f"{len(summary.unpaid)} of your bills have {money(summary.unpaid_total)} due ({bills})."
            )
        if warnings and not summary.closed:
            self.warning.setText(" ".join(warnings) + " You can close the day anyway; they stay open.")
            self.warning.setVisible(True)
        if summary.closed:
            set_message(self.message, "This day is closed already.", "info")
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
        self.ok_button.setText("&Show expected" if self.hiding() else "&Close day")
        self._show_expected()

    def _show_expected(self) -> None:
        summary, hide = self.summary, self.hiding()
        for _t, m in MODES:
            value = "—" if hide or summary is None else money(summary.expected.get(m, ZERO))
            self.label(f"{m}Expected").setText(value)
        self.label("totalExpected").setText("—" if hide or summary is None else money(summary.total))
        self._update_differences()

    def _update_differences(self) -> None:
        if self.summary is None:
            return
        if self.hiding():  # a blind count: nothing to compare with yet
            for _t, m in MODES:
                self.label(f"{m}Difference").setText("—")
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
            label = self.label(f"{m}Difference")
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
        for text, m in MODES:
            value = self.count_of(m)
            if value is None:
                bad[f"counted.{m}"] = f"Enter the {text.lower() if m != 'upi' else 'UPI'} counted in rupees."
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
        self.run(close, "closing the day")

    def _done(self, result: Any) -> None:
        info, at = result
        self.info = self.result_value = info
        self.closed_at = at
        self.ok_button.setVisible(False)
        self.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText("Close")
        for w in (*self.counted.values(), self.reason):
            w.setEnabled(False)
        set_message(self.message, f"Day closed at {at} — difference {_signed(info.difference)}", "ok")
        self.closed.emit(info)


def _signed(value: Decimal) -> str:
    return f"+{money(value)}" if value > 0 else money(value)
