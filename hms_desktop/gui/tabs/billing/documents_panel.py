"""The day's lists (the left of ``ui/billing.ui``): the patients with charges waiting for a bill
(refreshed live from the 'billing' change counter) above today's documents, with what is done to a
document: print it on the chosen paper, reprint its receipt, take a payment, credit it, and close the
cashier's day. Every call runs on a worker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QTableView, QWidget

from hms_desktop.errors import HmsError
from hms_desktop.gui.forms import find, set_message
from hms_desktop.gui.live import ChangeSet, LiveRead
from hms_desktop.gui.settings import INVOICE_PAPER
from hms_desktop.gui.tabs.billing.closing import CreditNoteDialog
from hms_desktop.gui.tabs.billing.day_close import DayCloseDialog
from hms_desktop.gui.tabs.billing.dialogs import PaymentDialog, invoice_job, receipt_job, show_pdf
from hms_desktop.gui.tabs.billing.model import DocumentsModel, PendingModel
from hms_desktop.gui.widgets.tables import setup_list_view
from hms_desktop.services.billing_types import InvoiceInfo, PendingPatient
from hms_desktop.services.changes import ChangeTopic

if TYPE_CHECKING:
    from hms_desktop.gui.desk import DeskContext
    from hms_desktop.services.container import Services

TOPICS = frozenset({ChangeTopic.BILLING})
BUTTONS = (
    "printInvoiceButton",
    "reprintReceiptButton",
    "takePaymentButton",
    "creditNoteButton",
    "dayCloseButton",
)
PAPERS = (
    (str(QT_TRANSLATE_NOOP("DocumentsPanel", "Invoice on A5")), "A5"),
    (str(QT_TRANSLATE_NOOP("DocumentsPanel", "Invoice on A4")), "A4"),
    (str(QT_TRANSLATE_NOOP("DocumentsPanel", "Invoice on 80 mm roll")), "80mm"),
)


class DocumentsPanel(QObject):
    refreshed = Signal()  # the pending list and today's documents were applied (tests wait for it)
    patient_chosen = Signal(object)  # PendingPatient: the cashier moved to their row
    day_closed_now = Signal()  # the signed-in cashier's day is closed (here, or before a restart)
    payment_closed = Signal(object)  # InvoiceInfo as the payment dialog left it

    def __init__(self, desk: DeskContext, services: Services, form: QWidget, host: QWidget) -> None:
        super().__init__(host)
        self.desk, self.ops, self.actor, self.services = desk, desk.ops, desk.actor, services
        self.billing, self.settings = services.billing, desk.settings
        self.host = host  # the tab: the dialogs' parent
        self.pending_view = find(form, QTableView, "pendingView")
        self.documents_view = find(form, QTableView, "documentsView")
        self.count_label = find(form, QLabel, "pendingCountLabel")
        self.live = find(form, QLabel, "liveLabel")
        self.message = find(form, QLabel, "messageLabel")
        self.paper_combo = find(form, QComboBox, "paperCombo")
        self.buttons = {n: find(form, QPushButton, n) for n in BUTTONS}
        self.pending_model = PendingModel(self)
        self.documents_model = DocumentsModel(self)
        setup_list_view(self.pending_view, self.pending_model, (150, 118, 58, 84), 0)
        setup_list_view(self.documents_view, self.documents_model, (132, 100, 70, 70, 76), 1)
        for label, paper in PAPERS:
            self.paper_combo.addItem(self.tr(label), paper)
        # the desk's default paper (set-up wizard, Desk defaults)
        self.paper_combo.setCurrentIndex(max(0, self.paper_combo.findData(self.settings.get(INVOICE_PAPER))))
        self.documents: list[InvoiceInfo] = []
        self.chosen: int | None = None  # the patient whose bill is being built, kept selected
        self.dialog: Any = None  # the open dialog, for tests and screenshots
        self.preview: Any = None
        self.reads = LiveRead(self._read, parent=self)
        self.day_closed = False  # the signed-in cashier closed today: no more payments here
        self._selecting = False
        self.hub = self.ops.changes
        self.hub.changed.connect(self._changes_seen)
        self.hub.connection.connect(self._connection)
        self._wire()

    def _wire(self) -> None:
        b = self.buttons
        b["printInvoiceButton"].clicked.connect(lambda: self.print_invoice(self.selected_document()))
        b["reprintReceiptButton"].clicked.connect(self.reprint_receipt)
        b["takePaymentButton"].clicked.connect(lambda: self.take_payment(self.selected_document()))
        b["creditNoteButton"].clicked.connect(lambda: self.credit_note(self.selected_document()))
        b["dayCloseButton"].clicked.connect(self.close_day)
        self.pending_view.selectionModel().currentRowChanged.connect(
            lambda cur, _p: self._pending_moved(cur.row())
        )
        self.documents_view.selectionModel().currentRowChanged.connect(lambda _c, _p: self.update_buttons())
        self.documents_view.doubleClicked.connect(lambda _i: self.take_payment(self.selected_document()))

    # --- life cycle -------------------------------------------------------------------------------

    def start(self) -> None:
        billing, actor = self.billing, self.actor
        if actor.user_id is not None:  # a day closed earlier (before a restart) stays closed here too
            user_id = actor.user_id
            self.ops.run(
                lambda: billing.day_summary(actor, user_id, billing.clock.today()).closed,
                lambda closed: self._day_closed() if closed else None,
                lambda _e: None,  # the tab works without it; the service refuses payments anyway
                timeout_s=30,
                what=self.tr("checking the day close"),
            )
        self.hub.follow(self, TOPICS, self.services.changes, self.actor)
        self.refresh()

    def stop(self) -> None:
        self.hub.unfollow(self)

    def _changes_seen(self, changes: ChangeSet) -> None:
        if changes.touches(TOPICS):  # a bill, payment or day close here or at another desk
            self.refresh()

    def _connection(self, ok: bool) -> None:
        self.live.setText(self.tr("● Live") if ok else self.tr("○ Offline"))
        self.live.setProperty("state", "on" if ok else "off")

    def refresh(self) -> None:
        """Re-read the pending list and today's documents (with their paid amounts) on a worker (one
        read at a time, paced while bills stream in)."""
        self.reads.request()

    def _read(self) -> None:
        billing, actor = self.billing, self.actor

        def load() -> tuple[list[PendingPatient], list[InvoiceInfo]]:
            pending = billing.pending(actor)
            return pending, billing.day_invoices(actor, billing.clock.today())

        what = self.tr("reading the cashier's lists")
        self.ops.run(load, self._loaded, self._load_failed, timeout_s=30, what=what)

    def _loaded(self, result: tuple[list[PendingPatient], list[InvoiceInfo]]) -> None:
        again = self.reads.answered()
        pending, documents = result
        doc = self.selected_document()
        self._selecting = True
        try:
            self.pending_model.set_rows(pending)
            row = self.pending_model.find_patient(self.chosen) if self.chosen is not None else -1
            if row >= 0:
                self.pending_view.selectRow(row)
        finally:
            self._selecting = False
        self.documents = documents
        self.documents_model.set_rows(list(reversed(documents)))  # newest first
        if doc is not None and (row := self.documents_model.find_invoice(doc.id)) >= 0:
            self.documents_view.selectRow(row)
        waiting = sum(len(p.charges) for p in pending)
        self.count_label.setText(
            self.tr("{patients} patient(s), {charges} charge(s) waiting").format(
                patients=len(pending), charges=waiting
            )
            if pending
            else self.tr("Nothing waiting.")
        )
        self.update_buttons()
        self.refreshed.emit()
        if again:
            self.refresh()

    def _load_failed(self, error: HmsError) -> None:
        self.reads.answered()
        set_message(self.message, error.message)

    def _failed(self, error: HmsError) -> None:
        set_message(self.message, error.message)

    # --- the pending list -------------------------------------------------------------------------

    def _pending_moved(self, row: int) -> None:
        if self._selecting:
            return
        patient = self.pending_model.row_at(row)
        if patient is not None:
            self.patient_chosen.emit(patient)

    def follow_patient(self, patient_id: int | None) -> None:
        """The bill is ``patient_id``'s now (None: no bill, the list shows nobody chosen)."""
        self.chosen = patient_id
        if patient_id is None:
            self.pending_view.clearSelection()

    def keep_chosen(self) -> None:
        """The cashier kept the bill being built: its patient's row is selected again, quietly."""
        self._selecting = True
        try:
            current = self.pending_model.find_patient(self.chosen) if self.chosen is not None else -1
            if current >= 0:
                self.pending_view.selectRow(current)
        finally:
            self._selecting = False

    def select_patient(self, patient_id: int) -> bool:
        row = self.pending_model.find_patient(patient_id)
        if row < 0:
            return False
        self.pending_view.selectRow(row)
        return True

    # --- documents --------------------------------------------------------------------------------

    def selected_document(self) -> InvoiceInfo | None:
        index = self.documents_view.currentIndex()
        return self.documents_model.row_at(index.row()) if index.isValid() else None

    def select_document(self, invoice_id: int) -> bool:
        row = self.documents_model.find_invoice(invoice_id)
        if row >= 0:
            self.documents_view.selectRow(row)
        return row >= 0

    def take_payment(self, inv: InvoiceInfo | None) -> PaymentDialog | None:
        if inv is None:
            return None
        if not inv.balance_due:
            set_message(
                self.message, self.tr("{number} has nothing due.").format(number=inv.doc_number), "info"
            )
            return None
        if self.day_closed:
            set_message(self.message, self.tr("Your day is closed: no more payments today."), "info")
            return None
        dialog = PaymentDialog(self.ops, self.services, self.actor, inv, self.host, self.settings)
        dialog.paper = self.paper_combo.currentData()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: self._payment_closed(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _payment_closed(self, dialog: PaymentDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        owed = dialog.receipt_owed()  # closed with a balance left: one receipt of what was paid
        if owed is not None:
            job, title = owed
            self.ops.run(
                job,
                lambda pdf: self._preview(pdf, title),
                self._failed,
                timeout_s=30,
                what=self.tr("making the receipt"),
            )
        self.payment_closed.emit(dialog.invoice)
        self.update_buttons()

    def credit_note(self, inv: InvoiceInfo | None) -> CreditNoteDialog | None:
        if inv is None:
            return None
        dialog = CreditNoteDialog(self.ops, self.services, self.actor, inv, self.host, self.settings)
        return self._open(dialog)

    def close_day(self) -> DayCloseDialog:
        dialog = DayCloseDialog(self.ops, self.services, self.actor, self.host)
        dialog.closed.connect(lambda _info: self._day_closed())
        return self._open(dialog)

    def _day_closed(self) -> None:
        self.day_closed = True
        set_message(self.message, self.tr("Your day is closed: no more payments today."), "info")
        self.day_closed_now.emit()
        self.update_buttons()

    def _open(self, dialog: Any) -> Any:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _dialog_closed(self, dialog: Any) -> None:
        if self.dialog is dialog:  # what the dialog wrote was broadcast: the lists refresh from that
            self.dialog = None

    def print_invoice(self, inv: InvoiceInfo | None) -> None:
        if inv is None:
            return
        self.ops.run(
            invoice_job(self.services, self.actor, inv.id, paper=self.paper_combo.currentData()),
            lambda pdf: self._preview(pdf, inv.doc_number),
            self._failed,
            timeout_s=30,
            what=self.tr("making the invoice"),
        )

    def reprint_receipt(self) -> None:
        inv = self.selected_document()
        if inv is None:
            return
        if not inv.payments:
            none_yet = self.tr("No payment has been taken against {number}.").format(number=inv.doc_number)
            set_message(self.message, none_yet, "info")
            return
        pay = inv.payments[-1]
        title = self.tr("Receipt {number} (duplicate)").format(number=pay.receipt_number)
        self.ops.run(
            receipt_job(self.services, self.actor, pay.id, duplicate=True),
            lambda pdf: self._preview(pdf, title),
            self._failed,
            timeout_s=30,
            what=self.tr("making the receipt"),
        )

    def _preview(self, pdf: bytes, title: str) -> None:
        self.preview = show_pdf(pdf, title, self.host, self.settings)

    def update_buttons(self) -> None:
        b, doc = self.buttons, self.selected_document()
        b["printInvoiceButton"].setEnabled(doc is not None)
        b["reprintReceiptButton"].setEnabled(doc is not None and bool(doc.payments))
        b["takePaymentButton"].setEnabled(
            doc is not None and bool(doc.balance_due) and doc.status == "issued" and not self.day_closed
        )
        b["creditNoteButton"].setEnabled(doc is not None and doc.status == "issued")
