"""The medicines prescribed today, onto the cashier's bill (issue 15, "what a desk expects").

When the cashier loads a patient, :class:`PrescribedMedicines` reads the lines of the patient's current
prescriptions issued today (``BillingService.prescribed``: the drug, strength, form and quantity, never
the dose) on a worker and enables the Billing tab's "Prescribed drugs…" button when there are any.
:class:`PrescribedDialog` shows one row per line: ticked when it matched a price-list medicine (the
cashier unticks what the patient buys elsewhere), the medicine (a choice of the active ones), the
quantity in the item's selling units (``domain.dispensing.sell_quantity``: 15 tablets are 2 strips of
10), and the batch and expiry, which a ticked line must have. OK adds the ticked lines to the bill.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from hms_desktop.domain.dispensing import sell_quantity
from hms_desktop.gui.forms import find, repolish, set_message
from hms_desktop.gui.ops import Ops
from hms_desktop.gui.tabs.billing.model import BillLine, money, parse_amount, parse_expiry, qty_text
from hms_desktop.gui.widgets.discard_guard import DiscardGuard
from hms_desktop.gui.widgets.service_dialog import ServiceDialog
from hms_desktop.gui.widgets.tables import fit_titles
from hms_desktop.services.billing_types import PrescribedMedicine, PriceItem

if TYPE_CHECKING:
    from hms_desktop.gui.tabs.billing.bill_panel import BillPanel
    from hms_desktop.services.container import Services
    from hms_desktop.services.context import Actor

# the button reads "Prescribed dru&gs…" (ui/billing.ui): Alt+G, since M (Remove line, Take payment) and
# every other letter of "medicines" is already a control's or the window's Alt key on the Billing tab
Key = tuple[int, int]  # (prescription id, line no)


@dataclasses.dataclass(frozen=True)
class ChosenMedicine:
    """A ticked row: the price-list medicine, how many of it, and the strip's batch and expiry."""

    key: Key
    item: PriceItem
    quantity: Decimal
    batch_no: str
    expiry_on: dt.date

    def bill_line(self) -> BillLine:
        line = BillLine.of_item(self.item)
        line.quantity, line.batch, line.expiry = self.quantity, self.batch_no, self.expiry_on
        return line


@dataclasses.dataclass
class _Row:
    line: PrescribedMedicine
    check: QCheckBox
    item: QComboBox
    quantity: QLineEdit
    batch: QLineEdit
    expiry: QLineEdit


class PrescribedDialog(ServiceDialog):
    """One row per prescribed line; OK checks the ticked rows and closes with :attr:`chosen`."""

    form = "prescribed_medicines.ui"
    title = str(
        QT_TRANSLATE_NOOP("PrescribedDialog", "Prescribed medicines")
    )  # ServiceDialog's; see __init__
    # the columns, their titles, the row height and no selection or editing are the form's; a form
    # cannot give a column its own width or resize mode
    WIDTHS = (40, 0, 70, 390, 60, 112, 84)  # 0: stretches

    def __init__(
        self,
        ops: Ops,
        services: Services,
        actor: Actor,
        lines: Sequence[PrescribedMedicine],
        medicines: Sequence[PriceItem],
        today: dt.date,
        patient: str = "",
        added: frozenset[Key] = frozenset(),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ops, services, actor, parent)
        self.setWindowTitle(self.tr("Prescribed medicines — HMS Desktop"))
        self.lines, self.medicines, self.today = list(lines), list(medicines), today
        self.chosen: list[ChosenMedicine] = []
        self.table = find(self.ui, QTableWidget, "linesTable")
        self.lines_error = self.label("linesError")
        self.label("linesCaption").setBuddy(self.table)
        self.label("patientLabel").setText(patient)
        self.ok_button.setText(self.tr("&Add to bill"))
        self.rows: list[_Row] = []
        self._fill(added)
        # made after the rows: the guard watches the cells' inputs (what the program preset is not typing)
        # named in the guard's question ("Discard the prescribed medicines?") and in Quit's list
        self.discard_guard = DiscardGuard(self.ui, self.tr("prescribed medicines"))
        self.resize(1080, 440)  # the price list's names whole, on a 1366-px screen
        set_message(self.message, "")
        self.lines_error.setVisible(False)

    # --- the rows ----------------------------------------------------------------------------------

    def _fill(self, added: frozenset[Key]) -> None:
        t = self.table
        t.setRowCount(len(self.lines))
        by_id = {it.id: i for i, it in enumerate(self.medicines)}
        # the cells' widgets are one set per prescribed line, so they are made here, not in
        # ui/prescribed_medicines.ui (a form holds a fixed set of widgets)
        for r, ln in enumerate(self.lines):
            check = QCheckBox()
            check.setAccessibleName(self.tr("Bill line {n}").format(n=r + 1))
            check.setToolTip(
                self.tr("Ticked: the clinic dispenses it. Untick what the patient buys elsewhere.")
            )
            combo = QComboBox()
            combo.addItem(self.tr("(choose the medicine)"), None)
            for it in self.medicines:
                combo.addItem(f"{it.code} · {it.name} · {money(it.unit_price)}", it.id)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(20)
            combo.setCurrentIndex(by_id.get(ln.item_id, -1) + 1 if ln.item_id is not None else 0)
            quantity, batch, expiry = QLineEdit(qty_text(ln.bill_quantity)), QLineEdit(), QLineEdit()
            quantity.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            batch.setMaxLength(30)
            batch.setPlaceholderText(self.tr("e.g. B2412"))
            expiry.setMaxLength(7)
            expiry.setPlaceholderText("MM/YYYY")
            row = _Row(ln, check, combo, quantity, batch, expiry)
            self.rows.append(row)
            cells = (check, None, None, combo, quantity, batch, expiry)
            for col, widget in enumerate(cells):
                if widget is not None:
                    t.setCellWidget(r, col, widget)
            drug = QTableWidgetItem(ln.drug)
            drug.setToolTip(ln.drug)
            t.setItem(r, 1, drug)
            rx_qty = QTableWidgetItem(qty_text(ln.quantity) if ln.quantity is not None else "—")
            rx_qty.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            t.setItem(r, 2, rx_qty)
            check.setChecked(
                ln.item_id is not None
                and ln.item_id in by_id
                and (ln.prescription_id, ln.line_no) not in added
            )
            check.toggled.connect(lambda _on, row=row: self._ticked(row))
            for edit in (quantity, batch, expiry):  # typing in a field marked red is correcting it
                edit.textEdited.connect(lambda _t, edit=edit: self._mark(edit, ""))
            combo.activated.connect(lambda _i, row=row: self._item_picked(row))
            self._ticked(row)
        header = t.horizontalHeader()
        for col, width in enumerate(self.WIDTHS):
            if width:
                t.setColumnWidth(col, width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        fit_titles(t, self.WIDTHS)
        rows_header = t.verticalHeader()
        rows_header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        t.setMinimumHeight(
            header.sizeHint().height()
            + rows_header.defaultSectionSize() * min(max(t.rowCount(), 1), 6)
            + 2 * t.frameWidth()
            + 2
        )

    def item_of(self, row: _Row) -> PriceItem | None:
        data = row.item.currentData()
        return next((it for it in self.medicines if it.id == data), None)

    def _ticked(self, row: _Row) -> None:
        on = row.check.isChecked()
        for widget in (row.item, row.quantity, row.batch, row.expiry):
            widget.setEnabled(on)
            if not on:
                self._mark(widget, "")

    def _item_picked(self, row: _Row) -> None:
        """Another medicine: the quantity in its selling units (strips of its size)."""
        item = self.item_of(row)
        row.quantity.setText(qty_text(sell_quantity(row.line.quantity, item.name if item else None)))
        self._mark(row.item, "")

    # --- checking and closing ----------------------------------------------------------------------

    @staticmethod
    def _mark(widget: QWidget, error: str) -> None:
        """Red-edge the field with its message as the tooltip (the message is under the table too)."""
        if (widget.property("tone") or "") != ("error" if error else ""):
            widget.setProperty("tone", "error" if error else "")
            repolish(widget)
        widget.setToolTip(error)

    def line_errors(self) -> dict[str, str]:
        """``line<n>.<field>`` -> what to correct, for the ticked rows; fills :attr:`chosen` when none."""
        errors: dict[str, str] = {}
        chosen: list[ChosenMedicine] = []
        for n, row in enumerate(self.rows, start=1):
            for widget in (row.item, row.quantity, row.batch, row.expiry):
                self._mark(widget, "")
            if not row.check.isChecked():
                continue
            item = self.item_of(row)
            quantity = parse_amount(row.quantity.text())
            batch = row.batch.text().strip()
            expiry_text = row.expiry.text().strip()
            expiry = parse_expiry(expiry_text) if expiry_text else None
            found = {
                "item_code": self.tr("Choose the medicine from the price list.") if item is None else "",
                "quantity": self.tr("Enter a quantity above 0.") if quantity is None or quantity <= 0 else "",
                "batch_no": "" if batch else self.tr("Enter the batch number printed on the strip."),
                "expiry_on": (
                    self.tr("Enter the expiry printed on the strip (MM/YYYY).")
                    if not expiry_text
                    else self.tr("Enter the expiry as MM/YYYY, e.g. 03/2028.")
                    if expiry is None
                    else self.tr("This strip expired at the end of {month}: take another.").format(
                        month=f"{expiry:%m/%Y}"
                    )
                    if expiry < self.today
                    else ""
                ),
            }
            widgets = {"item_code": row.item, "quantity": row.quantity, "batch_no": row.batch,
                       "expiry_on": row.expiry}  # fmt: skip
            for field, text in found.items():
                if text:
                    errors[f"line{n}.{field}"] = text
                    self._mark(widgets[field], text)
            if item is not None and quantity is not None and expiry is not None and not any(found.values()):
                key = (row.line.prescription_id, row.line.line_no)
                chosen.append(ChosenMedicine(key, item, quantity, batch, expiry))
        if not errors:
            self.chosen = chosen
        return errors

    def submit(self) -> None:
        errors = self.line_errors()
        if not errors:
            if not self.chosen:
                set_message(self.message, self.tr("Tick a medicine to add, or press Cancel."), "info")
                return
            self.accept()
            return
        by_line: dict[int, list[str]] = {}
        first: QWidget | None = None
        for key, text in errors.items():
            n = int(key[4 : key.index(".")])
            by_line.setdefault(n, []).append(text)
            if first is None:
                first = self._widget(n, key.split(".", 1)[1])
        self.lines_error.setText(
            "  ".join(
                self.tr("Line {n}: {message}").format(n=n, message=" ".join(t))
                for n, t in sorted(by_line.items())
            )
        )
        self.lines_error.setVisible(True)
        set_message(self.message, self.tr("Please correct the lines marked in red."))
        if first is not None:
            self.table.scrollTo(self.table.model().index(min(by_line) - 1, 0))
            first.setFocus()

    def _widget(self, n: int, field: str) -> QWidget:
        row = self.rows[n - 1]
        return {"item_code": row.item, "quantity": row.quantity, "batch_no": row.batch}.get(field, row.expiry)


class PrescribedMedicines:
    """The bill panel's side of it: the read when a patient is loaded, the button (``prescribedButton``
    in ``ui/billing.ui``), and the lines added."""

    def __init__(self, bill: BillPanel, button: QPushButton) -> None:
        self.bill = bill
        self.lines: list[PrescribedMedicine] = []
        self.added: set[Key] = set()  # rows already put on this bill: unticked if opened again
        self.button = button
        self.button.clicked.connect(lambda _checked=False: self.open())
        self.dialog: PrescribedDialog | None = None
        self._patient_id: int | None = None

    def load(self, patient_id: int) -> None:
        """Read the patient's medicines prescribed today on a worker (a slow server never holds the tab)."""
        self.lines, self.added, self._patient_id = [], set(), patient_id
        self.update(False)
        billing, actor = self.bill.billing, self.bill.actor
        self.bill.ops.run(
            lambda: billing.prescribed(actor, patient_id),
            lambda lines: self._read(patient_id, lines),
            lambda _e: None,  # the bill works without it: the cashier adds medicines from the price list
            timeout_s=30,
            what=QCoreApplication.translate("PrescribedMedicines", "reading the medicines prescribed today"),
        )

    def _read(self, patient_id: int, lines: list[PrescribedMedicine]) -> None:
        if patient_id != self._patient_id:  # the cashier moved on to another patient meanwhile
            return
        self.lines = lines
        self.bill.update_buttons()

    def clear(self) -> None:
        self.lines, self.added, self._patient_id = [], set(), None
        self.update(False)

    def update(self, building: bool) -> None:
        self.button.setEnabled(building and bool(self.lines))
        self.button.setToolTip(
            QCoreApplication.translate(
                "PrescribedMedicines", "{n} medicine(s) prescribed today: add them with batch and expiry"
            ).format(n=len(self.lines))
            if self.lines
            else QCoreApplication.translate(
                "PrescribedMedicines", "No medicines were prescribed to this patient today"
            )
        )

    def open(self) -> PrescribedDialog | None:
        bill = self.bill
        if not self.lines or bill.patient is None or bill.invoice is not None:
            return None
        medicines = [it for it in bill.items.price_items if it.kind == "medicine"]
        dialog = PrescribedDialog(
            bill.ops, bill.services, bill.actor, self.lines, medicines, bill.desk.clock.today(),
            f"{bill.patient.patient_name} · {bill.patient.mrn}", frozenset(self.added), bill.host,
        )  # fmt: skip
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._add(dialog.chosen))
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = bill.dialog = dialog
        dialog.open()
        return dialog

    def _add(self, chosen: list[ChosenMedicine]) -> None:
        bill = self.bill
        row = -1
        for medicine in chosen:
            row = bill.bill_model.add(medicine.bill_line())
            self.added.add(medicine.key)
        if row >= 0:
            bill.lines_view.setCurrentIndex(bill.bill_model.index(row, 2))
            added = QCoreApplication.translate(
                "PrescribedMedicines", "{n} prescribed medicine(s) added to the bill."
            )
            set_message(bill.message, added.format(n=len(chosen)), "ok")
