"""Where the service's refusals of a bill appear (issue 12, field keys): a line's message at its row
and under the lines ("Line n: …", the first such row current), the date's under the date, the
recipient's under those boxes, who the bill is for at the patient's name, and anything else on the
tab's message line, never lost."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QTableView, QWidget

from hms_desktop.gui.forms import find, set_message
from hms_desktop.gui.tabs.billing.field_keys import line_key
from hms_desktop.gui.tabs.billing.invoice_date import DATE_FIELDS, REASON_FIELD, InvoiceDateField
from hms_desktop.gui.tabs.billing.model import BillModel
from hms_desktop.gui.tabs.billing.recipient import RecipientFields

# a line key's field -> the column its message points the cashier to (line<n>.<field>, 1-based)
LINE_COLUMNS = {"quantity": 2, "discount": 4, "discount_reason": 5, "batch_no": 10, "expiry_on": 11}
BILL_FIELDS = frozenset({"patient_id", "doctor_id"})  # who the bill is for: shown at the patient's name
FORM_KEYS = frozenset({"clinic"})  # the clinic's settings are incomplete: the tab's own message


class BillErrors:
    def __init__(
        self,
        form: QWidget,
        bill_model: BillModel,
        lines_view: QTableView,
        recipient: RecipientFields,
        date_field: InvoiceDateField,
    ) -> None:
        self.bill_model, self.lines_view, self.recipient, self.date_field = (
            bill_model, lines_view, recipient, date_field,
        )  # fmt: skip
        self.line_error = find(form, QLabel, "lineErrorLabel")
        self.patient_error = find(form, QLabel, "patientErrorLabel")
        self.message = find(form, QLabel, "messageLabel")

    def show(self, errors: Mapping[str, str]) -> None:
        """Each of the service's messages next to what the cashier changes: a line's at its row (and
        under the lines, "Line n: …"), the date's under the date, the recipient's under those boxes."""
        self.clear()
        by_line: dict[int, str] = {}
        focus_line: tuple[int, int] | None = None
        at_recipient: list[str] = []
        at_patient: list[str] = []
        rest: list[str] = []
        first_widget: QWidget | None = None
        recipient = self.recipient.widgets()
        for field, text in errors.items():
            parsed = line_key(field)
            if parsed is not None:
                i = parsed[0] - 1
                by_line[i] = f"{by_line[i]} {text}" if i in by_line else text
                column = LINE_COLUMNS.get(parsed[1] or "", 0)
                if focus_line is None or i < focus_line[0]:
                    focus_line = (i, column)
            elif field == "lines":
                self.line_error.setText(f"{self.line_error.text()} {text}".strip())
                self.line_error.setVisible(True)
            elif field in recipient:
                at_recipient.append(text)
                first_widget = first_widget or recipient[field]
            elif field in DATE_FIELDS or field == REASON_FIELD:
                self.date_field.show_error(text, at_reason=field == REASON_FIELD)
            elif field in BILL_FIELDS:
                at_patient.append(text)
            else:  # FORM_KEYS ("clinic") and anything new: the tab's message line, never lost
                rest.append(text)
        self.bill_model.set_errors(by_line)
        if by_line:
            listed = "  ".join(
                QCoreApplication.translate("BillErrors", "Line {n}: {message}").format(n=i + 1, message=t)
                for i, t in sorted(by_line.items())
            )
            self.line_error.setText(f"{self.line_error.text()}  {listed}".strip())
            self.line_error.setVisible(True)
        if focus_line is not None:
            self.lines_view.setCurrentIndex(self.bill_model.index(*focus_line))
        self.recipient.show_errors(at_recipient)
        self.patient_error.setText(" ".join(at_patient))
        self.patient_error.setVisible(bool(at_patient))
        if rest:
            set_message(self.message, " ".join(rest))
        elif errors:
            summary = (
                QCoreApplication.translate("BillErrors", "Please correct the lines marked in red.")
                if by_line
                else QCoreApplication.translate("BillErrors", "Please correct the fields marked in red.")
            )
            set_message(self.message, summary)
        if first_widget is not None:
            first_widget.setFocus()  # the message under the fields says what to type there

    def clear(self) -> None:
        self.recipient.show_errors([])
        self.bill_model.set_errors({})
        self.line_error.setText("")
        self.line_error.setVisible(False)
        self.patient_error.setText("")
        self.patient_error.setVisible(False)
        self.date_field.clear_error()
        set_message(self.message, "")
