"""The Billing tab (``ui/billing.ui``): the cashier's desk, three panels side by side.

Left, the day's lists (:class:`DocumentsPanel`: the patients with charges waiting, today's documents
and what is done to them) above the day's reports (:class:`ReportsBar`); centre, the bill being built
(:class:`BillPanel`). The tab loads the form, lays out the splitter and wires the panels together:
a pending patient chosen starts their bill, the bill's Pay and Print go to the day's documents, and a
closed day or a payment taken reaches the bill. Each panel makes its own service calls, on workers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit, QPushButton, QSplitter, QWidget

from hms_desktop.gui.forms import find, load_form, set_message
from hms_desktop.gui.tabs.billing.bill_panel import BillPanel
from hms_desktop.gui.tabs.billing.documents_panel import DocumentsPanel
from hms_desktop.gui.tabs.billing.model import BillModel, PendingModel
from hms_desktop.gui.tabs.billing.reports_bar import ReportsBar
from hms_desktop.services.billing_types import InvoiceInfo, PendingPatient, PriceItem

if TYPE_CHECKING:
    from hms_desktop.gui.desk import DeskContext
    from hms_desktop.services.container import Services

LEFT_SHARE = 0.35  # the pending list and today's documents: a third of the tab


class BillingTab(QWidget):
    refreshed = Signal()  # the pending list and today's documents were applied (tests wait for it)
    invoice_created = Signal(object)  # InvoiceInfo

    def __init__(self, desk: DeskContext, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self._actor = desk, desk.actor
        self.ui = load_form("billing.ui", self)
        self.message = find(self.ui, QLabel, "messageLabel")  # the tab's message line, every panel's
        self.documents = DocumentsPanel(desk, services, self.ui, self)
        self.reports = ReportsBar(desk, services, self.ui, self)
        self.bill = BillPanel(desk, services, self.ui, self)
        self.buttons = {**self.documents.buttons, **self.bill.buttons}
        splitter = find(self.ui, QSplitter, "splitter")
        splitter.setSizes([int(1000 * LEFT_SHARE), int(1000 * (1 - LEFT_SHARE))])  # scaled when shown
        splitter.setStretchFactor(1, 1)
        self.splitter = splitter
        self._user_split = False  # once the cashier drags the splitter, their widths stay
        splitter.splitterMoved.connect(lambda _p, _i: setattr(self, "_user_split", True))
        splitter.installEventFilter(self)
        self._wire()
        set_message(self.message, "")
        self.bill.update_buttons()
        self.documents.update_buttons()

    def _wire(self) -> None:
        bill, documents = self.bill, self.documents
        documents.refreshed.connect(self.refreshed)
        documents.patient_chosen.connect(self._patient_chosen)
        bill.patient_changed.connect(documents.follow_patient)
        bill.invoice_created.connect(self.invoice_created)  # its broadcast refreshes the day's lists
        bill.pay_requested.connect(documents.take_payment)
        bill.print_requested.connect(documents.print_invoice)
        documents.payment_closed.connect(bill.payment_closed)
        documents.day_closed_now.connect(bill.set_day_closed)

    def _patient_chosen(self, patient: PendingPatient) -> None:
        if not self.bill.choose(patient):  # the bill typed so far stays, its patient selected
            self.documents.keep_chosen()

    # --- the splitter -----------------------------------------------------------------------------

    def _keep_text_whole(self) -> None:
        """No button narrower than its text ("emove lin", "redit note." at 1280 px: issue 15, defect
        11): each keeps its own width as its minimum, so the panes' minimums are honest. Run when the
        splitter is laid out, since the desk's font and style change a button's width after it is made."""
        for button in self.findChildren(QPushButton):
            button.setMinimumWidth(button.sizeHint().width())

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if watched is self.splitter and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            QTimer.singleShot(0, self, self._split)  # once the splitter has taken its new width
        return super().eventFilter(watched, event)

    def _split(self) -> None:
        """The left pane takes its share but never less than its buttons need; the bill the rest."""
        self._keep_text_whole()
        left = self.ui.findChild(QWidget, "leftPane")
        total = sum(self.splitter.sizes())
        if left is None or total <= 0 or self._user_split:
            return
        want = max(left.minimumSizeHint().width(), int(total * LEFT_SHARE))
        if self.splitter.sizes()[0] != want:
            self.splitter.setSizes([want, total - want])

    # --- life cycle (DeskTab) ---------------------------------------------------------------------

    def start(self) -> None:
        self.bill.start()
        self.documents.start()

    def stop(self) -> None:
        self.documents.stop()

    def refresh(self) -> None:
        self.documents.refresh()

    def main_control(self) -> QWidget:
        return self.documents.pending_view

    # --- what the main window, the screenshots and other areas' tests reach -----------------------

    def select_patient(self, patient_id: int) -> bool:
        return self.documents.select_patient(patient_id)

    def item_for(self, text: str) -> PriceItem | None:
        return self.bill.items.item_for(text)

    def add_item(self, item: PriceItem) -> None:
        self.bill.add_item(item)

    def create_bill(self) -> None:
        self.bill.create_bill()

    def show_takings(self) -> QDialog:
        return self.reports.show_takings()

    @property
    def price_items(self) -> list[PriceItem]:
        return self.bill.items.price_items

    @property
    def invoice(self) -> InvoiceInfo | None:
        return self.bill.invoice

    @property
    def clinic_state(self) -> str:
        return self.bill.clinic_state

    @property
    def dialog(self) -> Any:
        """The open dialog: a payment, credit note or day close, else the prescribed medicines'."""
        return self.documents.dialog if self.documents.dialog is not None else self.bill.dialog

    @property
    def bill_model(self) -> BillModel:
        return self.bill.bill_model

    @property
    def pending_model(self) -> PendingModel:
        return self.documents.pending_model

    @property
    def totals_labels(self) -> dict[str, QLabel]:
        return self.bill.totals.labels

    @property
    def supply_combo(self) -> QComboBox:
        return self.bill.recipient.supply_combo

    @property
    def gstin_edit(self) -> QLineEdit:
        return self.bill.recipient.gstin_edit

    @property
    def field_errors(self) -> QLabel:
        return self.bill.recipient.field_errors

    @property
    def place_label(self) -> QLabel:
        return self.bill.recipient.place_label

    @property
    def paper_combo(self) -> QComboBox:
        return self.documents.paper_combo
