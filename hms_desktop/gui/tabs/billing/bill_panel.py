"""The bill being built (the centre of ``ui/billing.ui``): a patient's pending charges and price-list
items, the invoice date, who the bill is made out to, and a preview of its GST totals. Create bill
(Ctrl+Enter) issues the invoice through the service and shows the service's own numbers; every call
runs on a worker. Paying and printing are the day's documents' (``pay_requested``, ``print_requested``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QLabel, QMessageBox, QPushButton, QTableView, QWidget

from hms_desktop.errors import HmsError, ValidationError
from hms_desktop.gui.forms import find, set_message
from hms_desktop.gui.tabs.billing.bill_errors import BillErrors
from hms_desktop.gui.tabs.billing.invoice_date import InvoiceDateField
from hms_desktop.gui.tabs.billing.item_picker import ItemPicker
from hms_desktop.gui.tabs.billing.model import (
    BillLine,
    BillModel,
    Totals,
    doc_type_text,
    invoice_totals,
    money,
    preview_bill,
    preview_totals,
)
from hms_desktop.gui.tabs.billing.prescribed import PrescribedMedicines
from hms_desktop.gui.tabs.billing.recipient import RecipientFields
from hms_desktop.gui.tabs.billing.totals import TotalsCard
from hms_desktop.gui.widgets.tables import setup_list_view
from hms_desktop.services.billing_types import InvoiceInfo, InvoiceInput, LineInput, PendingPatient, PriceItem

if TYPE_CHECKING:
    from hms_desktop.gui.desk import DeskContext
    from hms_desktop.services.container import Services

# Description stretches; SAC/HSN is hidden (printed on the invoice, the description's tooltip here), so
# the bill fits a 1280-px window without scrolling sideways (issue 15, defect 11)
BILL_WIDTHS = (150, 70, 44, 74, 62, 70, 74, 62, 62, 78, 64, 62)
BUTTONS = ("addItemButton", "removeLineButton", "clearButton", "printBillButton", "payButton", "createButton")
NO_PATIENT = str(QT_TRANSLATE_NOOP("BillPanel", "Select a patient from the pending list."))


class BillPanel(QObject):
    invoice_created = Signal(object)  # InvoiceInfo
    pay_requested = Signal(object)  # InvoiceInfo: take a payment against it
    print_requested = Signal(object)  # InvoiceInfo: print it
    patient_changed = Signal(object)  # the patient id whose bill this is, or None

    def __init__(self, desk: DeskContext, services: Services, form: QWidget, host: QWidget) -> None:
        super().__init__(host)
        self.desk, self.ops, self.actor, self.services = desk, desk.ops, desk.actor, services
        self.billing = services.billing
        self.host = host  # the tab: the dialogs' parent and the shortcuts' scope
        self.lines_view = find(form, QTableView, "linesView")
        self.patient_label = find(form, QLabel, "patientLabel")
        self.patient_error = find(form, QLabel, "patientErrorLabel")
        self.result_label = find(form, QLabel, "resultLabel")
        self.line_error = find(form, QLabel, "lineErrorLabel")
        self.message = find(form, QLabel, "messageLabel")
        self.buttons = {n: find(form, QPushButton, n) for n in BUTTONS}
        self.items = ItemPicker(form, host)
        self.item_combo = self.items.combo
        self.recipient = RecipientFields(form)
        self.totals = TotalsCard(form)
        self.date_field = InvoiceDateField(desk.clock, form)
        self.bill_model = BillModel(self)
        self.errors = BillErrors(form, self.bill_model, self.lines_view, self.recipient, self.date_field)
        self.prescribed = PrescribedMedicines(self, find(form, QPushButton, "prescribedButton"))
        self.clinic_state: str = ""  # the clinic's GST State code (read at start)
        # the clinic has a GSTIN (read at start; until then the service decides): without one it
        # charges no tax and issues only bills of supply (CGST Act s.9, s.22/s.24; Rule 49)
        self.supplier_registered = True
        self._previewing = False
        self.patient: PendingPatient | None = None
        self.invoice: InvoiceInfo | None = None  # the bill just created (its numbers are the service's)
        self.day_closed = False  # the signed-in cashier closed today: no more payments here
        self.dialog: Any = None  # the prescribed medicines' dialog, for tests and screenshots
        self._loaded_state: tuple[Any, ...] = ()
        setup_list_view(self.lines_view, self.bill_model, BILL_WIDTHS, 0)
        self.lines_view.setColumnHidden(BillModel.SAC, True)
        self.lines_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self._wire()
        self._show_totals(preview_totals([]), preview=True)
        self.line_error.setVisible(False)

    def _wire(self) -> None:
        b = self.buttons
        b["addItemButton"].clicked.connect(self.add_selected_item)
        b["removeLineButton"].clicked.connect(self.remove_line)
        b["clearButton"].clicked.connect(self.request_clear)
        b["createButton"].clicked.connect(self.create_bill)
        b["payButton"].clicked.connect(lambda: self.pay_requested.emit(self.invoice))
        b["printBillButton"].clicked.connect(lambda: self.print_requested.emit(self.invoice))
        self.date_field.changed.connect(self.update_buttons)
        self.recipient.changed.connect(self._bill_changed)
        for signal in (
            self.bill_model.dataChanged,
            self.bill_model.rowsInserted,
            self.bill_model.rowsRemoved,
            self.bill_model.modelReset,
        ):
            signal.connect(lambda *_a: self._bill_changed())
        self.items.editor.returnPressed.connect(self.add_selected_item)
        scope = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys in ("Ctrl+Return", "Ctrl+Enter"):  # notr: key sequences
            QShortcut(QKeySequence(keys), self.host, self.create_bill, context=scope)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.host, self.escape, context=scope)
        QShortcut(QKeySequence("Ctrl+I"), self.host, self.items.combo.setFocus, context=scope)
        QShortcut(
            QKeySequence(Qt.Key.Key_Delete),
            self.lines_view,
            self.remove_line,
            context=Qt.ShortcutContext.WidgetShortcut,
        )

    # --- life cycle -------------------------------------------------------------------------------

    def start(self) -> None:
        billing, actor = self.billing, self.actor
        self.ops.run(
            self.services.clinic.settings,
            self.set_clinic,
            lambda _e: None,  # the preview then shows CGST + SGST, bills dated today; the service decides
            timeout_s=30,
            what=self.tr("reading the clinic's State and invoice-date rule"),
        )
        self.ops.run(
            lambda: billing.price_list(actor),
            self.items.fill,
            self._failed,
            timeout_s=30,
            what=self.tr("reading the price list"),
        )

    def _failed(self, error: HmsError) -> None:
        set_message(self.message, error.message)

    def set_clinic_state(self, code: str) -> None:
        self.clinic_state = code
        self._bill_changed()

    def set_clinic(self, info: Any) -> None:
        """The clinic's State and GST registration (for the preview) and how far back a bill may be
        dated."""
        self.date_field.set_allowance(int(getattr(info, "backdate_days", 0) or 0))
        self.supplier_registered = bool((getattr(info, "gstin", None) or "").strip())
        self.set_clinic_state(info.state_code or "")

    def set_day_closed(self) -> None:
        self.day_closed = True
        self.update_buttons()

    # --- whose bill -------------------------------------------------------------------------------

    def choose(self, patient: PendingPatient) -> bool:
        """The cashier picked ``patient`` in the pending list: start their bill, unless the bill being
        built has unsaved lines and the cashier keeps it (issue 15, defect 9): then False."""
        same = self.patient is not None and patient.patient_id == self.patient.patient_id
        if same and self.invoice is None:  # the bill being built is this patient's already
            return True
        if not self.confirm_discard():
            return False
        self.load_patient(patient)
        return True

    def load_patient(self, patient: PendingPatient) -> None:
        """Start a new bill with the patient's pending charges."""
        self.patient = patient
        self.invoice = None
        by_id = {it.id: it for it in self.items.price_items}
        self.bill_model.set_rows([BillLine.of_charge(c, by_id.get(c.item_id)) for c in patient.charges])
        self.patient_label.setText(f"{patient.patient_name} · {patient.mrn}")
        self.result_label.setText("")
        self.date_field.reset()
        self.errors.clear()
        self._loaded_state = self._bill_state()
        self.prescribed.load(patient.patient_id)
        self.patient_changed.emit(patient.patient_id)
        self.update_buttons()

    def clear_bill(self) -> None:
        self.patient = None
        self.invoice = None
        self.bill_model.set_rows([])
        self.recipient.clear()
        self.patient_label.setText(self.tr(NO_PATIENT))
        self.result_label.setText("")
        self.date_field.reset()
        self.patient_changed.emit(None)  # the pending list shows no patient chosen
        self.errors.clear()
        self.prescribed.clear()
        self.update_buttons()

    # --- unsaved bill lines (issue 15, defect 9) --------------------------------------------------

    def _bill_state(self) -> tuple[Any, ...]:
        rows = tuple(
            (ln.item_code, ln.charge_id, ln.quantity, ln.discount, ln.reason, ln.batch, ln.expiry)
            for ln in self.bill_model.rows
        )
        typed, supply = self.recipient.state()
        date = self.date_field
        return rows, typed, supply, date.chosen(), date.reason()

    def has_unsaved(self) -> bool:
        """A bill being built that differs from the patient's pending charges as loaded (an added
        item, a changed quantity or discount, a date, a company's GSTIN…): discarding it loses work."""
        if self.patient is None or self.invoice is not None:
            return False
        return self._bill_state() != self._loaded_state

    def confirm_discard(self, what: str | None = None) -> bool:
        """True when nothing would be lost, or the cashier agrees to lose it (``what``: the question,
        in the desk's language; the default asks to discard the bill being built)."""
        if not self.has_unsaved() or self.patient is None:
            return True
        question = what or self.tr("Discard the bill being built?")
        answer = QMessageBox.question(
            self.host,
            self.tr("Unsaved bill — HMS Desktop"),
            self.tr(
                "{question}\n\nThe bill for {name} has {lines} line(s) and changes that are not billed yet."
            ).format(question=question, name=self.patient.patient_name, lines=len(self.bill_model.rows)),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def escape(self) -> None:
        """Esc: leave the bill being built, asking first when it has unsaved lines."""
        if self.lines_view.state() == QAbstractItemView.State.EditingState:
            return  # the cell editor takes its own Esc
        if self.patient is not None and self.invoice is None:
            self.request_clear()

    def request_clear(self) -> None:
        if self.confirm_discard():
            self.clear_bill()

    # --- the lines --------------------------------------------------------------------------------

    def add_selected_item(self) -> None:
        if self.patient is None or self.invoice is not None:
            set_message(self.message, self.tr("Select a patient from the pending list first."), "info")
            return
        item = self.items.chosen()
        if item is None:
            set_message(
                self.message, self.tr("Pick an item from the price list (type part of its code or name).")
            )
            return
        self.add_item(item)
        self.items.clear()
        # Enter in the completer's list reaches the box twice: returnPressed (which added the item),
        # then the completer's own activation, which sets the combo to an item after this slot has
        # cleared it -- one more Enter then added that item too (issue 15, defect 11). Clear again once
        # the key event is over.
        QTimer.singleShot(0, self, self.items.clear)

    def add_item(self, item: PriceItem) -> None:
        row = self.bill_model.add(BillLine.of_item(item))
        set_message(self.message, "")
        self.lines_view.setCurrentIndex(self.bill_model.index(row, BillModel.QTY))

    def remove_line(self) -> None:
        if self.invoice is not None:
            return
        self.bill_model.remove(self.lines_view.currentIndex().row())

    def _bill_changed(self) -> None:
        if self._previewing:  # set_bill's own dataChanged
            return
        if self.invoice is None:
            clinic, recipient, registered = self.recipient.supply_facts(self.clinic_state)
            supplier = self.supplier_registered
            totals = preview_totals(
                self.bill_model.rows, clinic, recipient, registered, supplier_registered=supplier
            )
            self._show_totals(totals, preview=True)
            try:
                bill = preview_bill(
                    self.bill_model.rows, clinic, None if totals.problem else recipient, registered,
                    supplier_registered=supplier,
                )  # fmt: skip
            except ValueError:
                bill = None
            self._previewing = True
            try:
                self.bill_model.set_bill(bill)
            finally:
                self._previewing = False
        self.update_buttons()

    def _show_totals(self, totals: Totals, preview: bool) -> None:
        self.totals.show(totals, preview)
        self.recipient.show_place(totals)

    # --- issuing the bill -------------------------------------------------------------------------

    def line_inputs(self) -> list[LineInput]:
        return [
            LineInput(
                item_code=ln.item_code,
                pending_charge_id=ln.charge_id,
                quantity=ln.quantity,
                discount=ln.discount,
                discount_reason=ln.reason or None,
                batch_no=ln.batch or None,
                expiry_on=ln.expiry,
            )
            for ln in self.bill_model.rows
        ]

    def create_bill(self) -> None:
        if self.patient is None or self.invoice is not None:
            return
        if self.lines_view.state() == QAbstractItemView.State.EditingState:
            self.lines_view.setFocus()  # commit the cell being typed in first
        self.errors.clear()
        data = InvoiceInput(
            self.patient.patient_id,
            self.line_inputs(),
            **self.recipient.values(),
            invoice_date=self.date_field.invoice_date(),
            backdate_reason=self.date_field.reason(),
        )
        billing, actor = self.billing, self.actor
        self.buttons["createButton"].setEnabled(False)
        set_message(self.message, self.tr("Creating the bill…"), "info")
        self.ops.run(
            lambda: billing.create_invoice(actor, data),
            self._created,
            self._create_failed,
            timeout_s=30,
            what=self.tr("creating the bill"),
        )

    def _created(self, inv: InvoiceInfo) -> None:
        self.invoice = inv
        set_message(self.message, "")
        self._show_totals(invoice_totals(inv), preview=False)
        kind = doc_type_text(inv.doc_type)
        self.result_label.setText(f"{kind} {inv.doc_number} · {money(inv.grand_total)}")
        self.update_buttons()
        self.invoice_created.emit(inv)  # the broadcast of the write refreshes the lists
        self.pay_requested.emit(inv)

    def payment_closed(self, inv: InvoiceInfo) -> None:
        """A payment dialog closed: this bill's state (paid in full, or its balance) when it is this one."""
        if self.invoice is not None and inv.id == self.invoice.id:
            self.invoice = inv
            values = {"kind": doc_type_text(inv.doc_type), "number": inv.doc_number,
                      "total": money(inv.grand_total), "balance": money(inv.balance_due)}  # fmt: skip
            text = (
                self.tr("{kind} {number} · {total} · paid in full")
                if not inv.balance_due
                else self.tr("{kind} {number} · {total} · balance {balance}")
            )
            self.result_label.setText(text.format(**values))
        self.update_buttons()

    def _create_failed(self, error: HmsError) -> None:
        self.update_buttons()
        if isinstance(error, ValidationError):
            self.errors.show(error.errors)
        elif error.field:
            self.errors.show({error.field: error.message})
        else:
            set_message(self.message, error.message)

    def update_buttons(self) -> None:
        b = self.buttons
        building = self.patient is not None and self.invoice is None
        b["addItemButton"].setEnabled(building)
        b["removeLineButton"].setEnabled(building and bool(self.bill_model.rows))
        b["createButton"].setEnabled(building and bool(self.bill_model.rows))
        b["clearButton"].setEnabled(self.patient is not None)
        b["payButton"].setEnabled(
            self.invoice is not None and bool(self.invoice.balance_due) and not self.day_closed
        )
        b["printBillButton"].setEnabled(self.invoice is not None)
        self.items.combo.setEnabled(building)
        self.prescribed.update(building)
        self.date_field.set_editable(building)
        self.lines_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
            if building
            else QAbstractItemView.EditTrigger.NoEditTriggers
        )
