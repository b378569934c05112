"""The Billing tab (``ui/billing.ui``): the cashier's desk.

Left, the patients with charges waiting (refreshed live from the 'billing' change counter) above
today's documents; centre, the bill being built from a patient's pending charges and price-list items,
with a preview of its GST totals. Create bill (Ctrl+Enter) issues the invoice through the service,
shows the service's own numbers and opens the payment dialog. Every call runs on a worker.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hms_desktop.errors import HmsError, ValidationError
from hms_desktop.gui.forms import find, load_form, repolish, set_message
from hms_desktop.gui.live import ChangeSet
from hms_desktop.gui.settings import INVOICE_PAPER
from hms_desktop.gui.tabs.billing.closing import CreditNoteDialog
from hms_desktop.gui.tabs.billing.day_close import DayCloseDialog
from hms_desktop.gui.tabs.billing.dialogs import PaymentDialog, invoice_job, receipt_job, show_pdf
from hms_desktop.gui.tabs.billing.field_keys import line_key
from hms_desktop.gui.tabs.billing.invoice_date import DATE_FIELDS, REASON_FIELD, InvoiceDateField
from hms_desktop.gui.tabs.billing.model import (
    DOC_TYPES,
    BillLine,
    BillModel,
    DocumentsModel,
    PendingModel,
    Totals,
    invoice_totals,
    money,
    preview_bill,
    preview_totals,
)
from hms_desktop.gui.tabs.billing.prescribed import PrescribedMedicines
from hms_desktop.gui.widgets.tables import setup_list_view
from hms_desktop.services.billing_types import (
    GST_STATES,
    InvoiceInfo,
    InvoiceInput,
    LineInput,
    PendingPatient,
    PriceItem,
)
from hms_desktop.services.changes import ChangeTopic

if TYPE_CHECKING:
    from hms_desktop.gui.desk import DeskContext
    from hms_desktop.services.container import Services

TOPICS = frozenset({ChangeTopic.BILLING})
# a line key's field -> the column its message points the cashier to (line<n>.<field>, 1-based)
LINE_COLUMNS = {"quantity": 2, "discount": 4, "discount_reason": 5, "batch_no": 10, "expiry_on": 11}
RECIPIENT_FIELDS = ("recipient_gstin", "recipient_name", "recipient_address", "recipient_state_code")
BILL_FIELDS = frozenset({"patient_id", "doctor_id"})  # who the bill is for: shown at the patient's name
FORM_KEYS = frozenset({"clinic"})  # the clinic's settings are incomplete: the tab's own message
# Description stretches; SAC/HSN is hidden (printed on the invoice, the description's tooltip here), so
# the bill fits a 1280-px window without scrolling sideways (issue 15, defect 11)
BILL_WIDTHS = (150, 70, 44, 74, 62, 70, 74, 62, 62, 78, 64, 62)
LEFT_SHARE = 0.35  # the pending list and today's documents: a third of the tab


class BillingTab(QWidget):
    refreshed = Signal()  # the pending list and today's documents were applied (tests wait for it)
    invoice_created = Signal(object)  # InvoiceInfo

    def __init__(self, desk: DeskContext, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        ops, actor = desk.ops, desk.actor
        self._ops, self._services, self._actor, self.settings = ops, services, actor, desk.settings
        self.billing = services.billing
        self.ui = load_form("billing.ui", self)
        self.pending_view = find(self.ui, QTableView, "pendingView")
        self.documents_view = find(self.ui, QTableView, "documentsView")
        self.lines_view = find(self.ui, QTableView, "linesView")
        self.item_combo = find(self.ui, QComboBox, "itemCombo")
        self.patient_label = find(self.ui, QLabel, "patientLabel")
        self.result_label = find(self.ui, QLabel, "resultLabel")
        self.line_error = find(self.ui, QLabel, "lineErrorLabel")
        self.message = find(self.ui, QLabel, "messageLabel")
        self.count_label = find(self.ui, QLabel, "pendingCountLabel")
        self.live = find(self.ui, QLabel, "liveLabel")
        names = (
            "addItemButton",
            "removeLineButton",
            "clearButton",
            "printBillButton",
            "payButton",
            "createButton",
            "printInvoiceButton",
            "reprintReceiptButton",
            "takePaymentButton",
            "creditNoteButton",
            "dayCloseButton",
        )
        self.buttons = {n: find(self.ui, QPushButton, n) for n in names}
        self.totals_labels = {
            n: find(self.ui, QLabel, f"{n}Value")
            for n in ("exempt", "taxable", "cgst", "sgst", "roundOff", "grandTotal")
        }
        for grand in (self.totals_labels["grandTotal"], find(self.ui, QLabel, "grandTotalCaption")):
            grand.setProperty("role", "title")
            repolish(grand)
        find(self.ui, QLabel, "itemLabel").setBuddy(self.item_combo)
        self.date_field = InvoiceDateField(desk.clock, self)
        centre = self.ui.findChild(QVBoxLayout, "centreLayout")
        assert centre is not None  # billing.ui: the bill's column
        centre.insertWidget(1, self.date_field)
        self.date_field.changed.connect(self._update_buttons)
        self.patient_error = QLabel("")
        self.patient_error.setProperty("role", "fieldError")
        self.patient_error.setProperty("tone", "error")
        self.patient_error.setWordWrap(True)
        centre.insertWidget(1, self.patient_error)
        self.patient_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        splitter = find(self.ui, QSplitter, "splitter")
        splitter.setSizes([int(1000 * LEFT_SHARE), int(1000 * (1 - LEFT_SHARE))])  # scaled when shown
        splitter.setStretchFactor(1, 1)
        self.splitter = splitter
        self._user_split = False  # once the cashier drags the splitter, their widths stay
        splitter.splitterMoved.connect(lambda _p, _i: setattr(self, "_user_split", True))
        splitter.installEventFilter(self)
        self.pending_model = PendingModel(self)
        self.bill_model = BillModel(self)
        self.documents_model = DocumentsModel(self)
        self._setup_view(self.pending_view, self.pending_model, (150, 118, 58, 84), 0)
        self._setup_view(self.documents_view, self.documents_model, (132, 100, 70, 70, 76), 1)
        self._setup_view(self.lines_view, self.bill_model, BILL_WIDTHS, 0)
        self.lines_view.setColumnHidden(BillModel.SAC, True)
        self.lines_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.lines_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.price_items: list[PriceItem] = []
        self.clinic_state: str = ""  # the clinic's GST State code (read at start)
        # the clinic has a GSTIN (read at start; until then the service decides): without one it
        # charges no tax and issues only bills of supply (CGST Act s.9, s.22/s.24; Rule 49)
        self.supplier_registered = True
        self._previewing = False
        self.patient: PendingPatient | None = None
        self.invoice: InvoiceInfo | None = None  # the bill just created (its numbers are the service's)
        self.documents: list[InvoiceInfo] = []
        self.dialog: Any = None  # the open dialog, for tests and screenshots
        self.preview: Any = None
        self._in_flight = False
        self._again = False
        self.day_closed = False  # the signed-in cashier closed today: no more payments here
        self._selecting = False
        self._loaded_state: tuple[Any, ...] = ()
        self.hub = ops.changes
        self.hub.changed.connect(self._changes_seen)
        self.hub.connection.connect(self._connection)
        self._wire()
        self._show_totals(preview_totals([]), preview=True)
        set_message(self.message, "")
        self.line_error.setVisible(False)
        self._update_buttons()

    # --- set-up -----------------------------------------------------------------------------------

    def _setup_view(self, v: QTableView, m: Any, widths: Sequence[int], stretch: int) -> None:
        setup_list_view(v, m, widths, stretch)

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

    def _wire(self) -> None:
        b = self.buttons
        b["addItemButton"].clicked.connect(self.add_selected_item)
        b["removeLineButton"].clicked.connect(self.remove_line)
        b["clearButton"].clicked.connect(self.request_clear)
        b["createButton"].clicked.connect(self.create_bill)
        b["payButton"].clicked.connect(lambda: self.take_payment(self.invoice))
        b["printBillButton"].clicked.connect(lambda: self.print_invoice(self.invoice))
        b["printInvoiceButton"].clicked.connect(lambda: self.print_invoice(self.selected_document()))
        b["reprintReceiptButton"].clicked.connect(self.reprint_receipt)
        b["takePaymentButton"].clicked.connect(lambda: self.take_payment(self.selected_document()))
        b["creditNoteButton"].clicked.connect(lambda: self.credit_note(self.selected_document()))
        b["dayCloseButton"].clicked.connect(self.close_day)
        self.report_button = QPushButton("Day r&eport…")
        self.report_button.setToolTip(
            "Today's collections by mode, doctor and department, and GST by rate (PDF)"
        )
        self.report_button.clicked.connect(self.day_report)
        self.csv_button = QPushButton("E&xport CSV…")
        self.csv_button.setToolTip("Today's documents as a CSV file for the accountant")
        self.csv_button.clicked.connect(lambda: self.export_csv())
        # the patient's State as recorded on the bill: only medicines follow it (IGST Act s.10(1)(ca));
        # consultations and procedures are supplied where performed, this State (s.12(4))
        self.supply_combo = QComboBox()
        self.supply_combo.setToolTip(
            "The patient's State, printed on the bill. Only medicines follow it (IGST for another "
            "State, IGST Act s.10(1)(ca)); consultations and procedures are always supplied here "
            "(CGST + SGST, s.12(4))."
        )
        self.address_edit = QLineEdit()
        self.address_edit.setPlaceholderText("Address on the bill (if asked; needed from ₹50,000)")
        self.address_edit.setMaxLength(300)
        # B2B: a company paying for an employee's check-up (Rule 46(d)): its GSTIN and legal name
        self.gstin_edit = QLineEdit()
        self.gstin_edit.setPlaceholderText("GSTIN (B2B)")
        self.gstin_edit.setMaxLength(15)
        self.gstin_edit.setMaximumWidth(190)
        self.company_edit = QLineEdit()
        self.company_edit.setPlaceholderText("Company's legal name (with a GSTIN)")
        self.company_edit.setMaxLength(200)
        self.field_errors = QLabel("")
        self.field_errors.setProperty("role", "fieldError")
        self.field_errors.setProperty("tone", "error")
        self.field_errors.setWordWrap(True)
        self.field_errors.setVisible(False)
        self.place_label = QLabel("")
        self.place_label.setProperty("role", "hint")
        self.place_label.setWordWrap(True)
        result = self.ui.findChild(QVBoxLayout, "resultLayout")
        if result is not None:
            b2b = QHBoxLayout()
            b2b.addWidget(self.gstin_edit)
            b2b.addWidget(self.company_edit, 1)
            result.insertLayout(0, b2b)
            result.insertWidget(1, self.address_edit)
            result.insertWidget(2, self.field_errors)
            result.insertWidget(3, self.place_label)
        self.paper_combo = QComboBox()
        self.paper_combo.setToolTip("Paper for invoices and credit notes (receipts print on the 80 mm roll)")
        for label, paper in (
            ("Invoice on A5", "A5"),
            ("Invoice on A4", "A4"),
            ("Invoice on 80 mm roll", "80mm"),
        ):
            self.paper_combo.addItem(label, paper)
        # the desk's default paper (set-up wizard, Desk defaults)
        self.paper_combo.setCurrentIndex(max(0, self.paper_combo.findData(self.settings.get(INVOICE_PAPER))))
        self.supply_combo.addItem("State: not recorded", None)
        self.supply_combo.setMaximumWidth(190)
        for code, name in sorted(GST_STATES.items(), key=lambda kv: kv[1]):
            self.supply_combo.addItem(f"{name} ({code})", code)
        self.supply_combo.currentIndexChanged.connect(lambda _i: self._bill_changed())
        self.gstin_edit.textChanged.connect(lambda _t: self._bill_changed())
        add_row = self.ui.findChild(QHBoxLayout, "addRow")
        if add_row is not None:
            add_row.addWidget(self.supply_combo)
        self.prescribed = PrescribedMedicines(self)  # today's prescribed medicines onto the bill
        bill_buttons = self.ui.findChild(QHBoxLayout, "billButtons")
        if bill_buttons is not None:  # after Take payment, in the row's spare middle
            bill_buttons.insertWidget(3, self.prescribed.button)
        self.takings_button = QPushButton("&Takings…")
        self.takings_button.setToolTip("This month's takings day by day, and today's by payment mode")
        self.takings_button.clicked.connect(self.show_takings)
        left = self.ui.findChild(QVBoxLayout, "leftLayout")
        if left is not None:  # the day's reports on a row of their own, under credit note / day close
            reports = QHBoxLayout()
            for button in (self.takings_button, self.report_button, self.csv_button):
                reports.addWidget(button)
            left.addLayout(reports)
            day_row = self.ui.findChild(QHBoxLayout, "dayButtons")  # its spare middle
            if day_row is not None:
                day_row.insertWidget(1, self.paper_combo)
        self.pending_view.selectionModel().currentRowChanged.connect(
            lambda cur, _p: self._pending_moved(cur.row())
        )
        self.documents_view.selectionModel().currentRowChanged.connect(lambda _c, _p: self._update_buttons())
        self.documents_view.doubleClicked.connect(lambda _i: self.take_payment(self.selected_document()))
        for signal in (
            self.bill_model.dataChanged,
            self.bill_model.rowsInserted,
            self.bill_model.rowsRemoved,
            self.bill_model.modelReset,
        ):
            signal.connect(lambda *_a: self._bill_changed())
        self.item_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # a combo sized to its longest item on first show asked ~600 px for the price list's longest
        # line, so a Billing tab first shown after the list had loaded widened the window past the
        # screen (issue 15, defect 11): the combos ask for a few characters and stretch from there
        for combo, chars in ((self.item_combo, 24), (self.supply_combo, 16), (self.paper_combo, 14)):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(chars)
        editor = self.item_combo.lineEdit()
        assert editor is not None  # the form makes the combo editable
        editor.setPlaceholderText("Type a code or name, e.g. PCM or amox")
        editor.returnPressed.connect(self.add_selected_item)
        completer = QCompleter(self.item_combo.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.item_combo.setCompleter(completer)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(
                QKeySequence(keys),
                self,
                self.create_bill,
                context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )
        QShortcut(
            QKeySequence(Qt.Key.Key_Escape),
            self,
            self.escape,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        QShortcut(
            QKeySequence("Ctrl+I"),
            self,
            self.item_combo.setFocus,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        QShortcut(
            QKeySequence(Qt.Key.Key_Delete),
            self.lines_view,
            self.remove_line,
            context=Qt.ShortcutContext.WidgetShortcut,
        )

    # --- life cycle -------------------------------------------------------------------------------

    def start(self) -> None:
        billing, actor = self.billing, self._actor
        clinic = self._services.clinic
        self._ops.run(
            clinic.settings,
            self.set_clinic,
            lambda _e: None,  # the preview then shows CGST + SGST, bills dated today; the service decides
            timeout_s=30,
            what="reading the clinic's State and invoice-date rule",
        )
        self._ops.run(
            lambda: billing.price_list(actor),
            self._priced,
            self._failed,
            timeout_s=30,
            what="reading the price list",
        )
        if actor.user_id is not None:  # a day closed earlier (before a restart) stays closed here too
            user_id = actor.user_id
            self._ops.run(
                lambda: billing.day_summary(actor, user_id, billing.clock.today()).closed,
                lambda closed: self._day_closed() if closed else None,
                lambda _e: None,  # the tab works without it; the service refuses payments anyway
                timeout_s=30,
                what="checking the day close",
            )
        self.hub.follow(self, TOPICS, self._services.changes, self._actor)
        self.refresh()

    def stop(self) -> None:
        self.hub.unfollow(self)

    def _changes_seen(self, changes: ChangeSet) -> None:
        if changes.touches(TOPICS):  # a bill, payment or day close here or at another desk
            self.refresh()

    def main_control(self) -> QWidget:
        return self.pending_view

    def _connection(self, ok: bool) -> None:
        self.live.setText("● Live" if ok else "○ Offline")
        self.live.setProperty("state", "on" if ok else "off")

    def refresh(self) -> None:
        """Re-read the pending list and today's documents (with their paid amounts) on a worker."""
        if self._in_flight:
            self._again = True
            return
        self._in_flight = True
        billing, actor = self.billing, self._actor

        def load() -> tuple[list[PendingPatient], list[InvoiceInfo]]:
            pending = billing.pending(actor)
            return pending, billing.day_invoices(actor, billing.clock.today())

        self._ops.run(load, self._loaded, self._load_failed, timeout_s=30, what="reading the cashier's lists")

    def _loaded(self, result: tuple[list[PendingPatient], list[InvoiceInfo]]) -> None:
        self._in_flight = False
        pending, documents = result
        chosen = self.patient.patient_id if self.patient else None
        doc = self.selected_document()
        self._selecting = True
        try:
            self.pending_model.set_rows(pending)
            row = self.pending_model.find_patient(chosen) if chosen is not None else -1
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
            f"{len(pending)} patient(s), {waiting} charge(s) waiting" if pending else "Nothing waiting."
        )
        self._update_buttons()
        self.refreshed.emit()
        if self._again:
            self._again = False
            self.refresh()

    def _load_failed(self, error: HmsError) -> None:
        self._in_flight = False
        set_message(self.message, error.message)

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

    def _priced(self, items: list[PriceItem]) -> None:
        self.price_items = items
        self.item_combo.blockSignals(True)
        self.item_combo.clear()
        for i, it in enumerate(items):
            gst = (
                "exempt"
                if it.is_exempt
                else f"GST {it.gst_rate.normalize():f}%"
                if it.gst_rate is not None
                else "no rate"
            )
            self.item_combo.addItem(f"{it.code} · {it.name} · {money(it.unit_price)} · {gst}", i)
        self.item_combo.setCurrentIndex(-1)
        self.item_combo.blockSignals(False)

    # --- the bill -------------------------------------------------------------------------------------

    def _pending_moved(self, row: int) -> None:
        if self._selecting:
            return
        patient = self.pending_model.row_at(row)
        if patient is None:
            return
        same = self.patient is not None and patient.patient_id == self.patient.patient_id
        if same and self.invoice is None:  # the bill being built is this patient's already
            return
        if not self.confirm_discard():  # issue 15, defect 9: the bill typed so far stays, selected
            self._selecting = True
            try:
                current = self.pending_model.find_patient(self.patient.patient_id) if self.patient else -1
                if current >= 0:
                    self.pending_view.selectRow(current)
            finally:
                self._selecting = False
            return
        self.load_patient(patient)

    # --- unsaved bill lines (issue 15, defect 9) ----------------------------------------------------

    def _bill_state(self) -> tuple[Any, ...]:
        rows = tuple(
            (ln.item_code, ln.charge_id, ln.quantity, ln.discount, ln.reason, ln.batch, ln.expiry)
            for ln in self.bill_model.rows
        )
        typed = (self.gstin_edit.text(), self.company_edit.text(), self.address_edit.text())
        date = self.date_field
        return rows, typed, self.supply_combo.currentIndex(), date.chosen(), date.reason()

    def has_unsaved(self) -> bool:
        """A bill being built that differs from the patient's pending charges as loaded (an added
        item, a changed quantity or discount, a date, a company's GSTIN…): discarding it loses work."""
        if self.patient is None or self.invoice is not None:
            return False
        return self._bill_state() != self._loaded_state

    def confirm_discard(self, what: str = "Discard the bill being built?") -> bool:
        """True when nothing would be lost, or the cashier agrees to lose it."""
        if not self.has_unsaved():
            return True
        lines = len(self.bill_model.rows)
        answer = QMessageBox.question(
            self,
            "Unsaved bill — HMS Desktop",
            f"{what}\n\nThe bill for {self.patient.patient_name if self.patient else 'this patient'} has "
            f"{lines} line(s) and changes that are not billed yet.",
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

    def select_patient(self, patient_id: int) -> bool:
        row = self.pending_model.find_patient(patient_id)
        if row < 0:
            return False
        self.pending_view.selectRow(row)
        return True

    def load_patient(self, patient: PendingPatient) -> None:
        """Start a new bill with the patient's pending charges."""
        self.patient = patient
        self.invoice = None
        by_id = {it.id: it for it in self.price_items}
        self.bill_model.set_rows([BillLine.of_charge(c, by_id.get(c.item_id)) for c in patient.charges])
        self.patient_label.setText(f"{patient.patient_name} · {patient.mrn}")
        self.result_label.setText("")
        self.date_field.reset()
        self._clear_errors()
        self._loaded_state = self._bill_state()
        self.prescribed.load(patient.patient_id)
        self._update_buttons()

    def item_for(self, text: str) -> PriceItem | None:
        data = self.item_combo.currentData()
        index = self.item_combo.findText(text)
        if index >= 0:
            data = self.item_combo.itemData(index)
        elif text.strip():
            needle = text.strip().lower()
            hits = [i for i, it in enumerate(self.price_items) if needle in f"{it.code} {it.name}".lower()]
            data = (
                hits[0]
                if len(hits) == 1
                else next((i for i, it in enumerate(self.price_items) if it.code.lower() == needle), None)
            )
        return self.price_items[data] if isinstance(data, int) and 0 <= data < len(self.price_items) else None

    def add_selected_item(self) -> None:
        if self.patient is None or self.invoice is not None:
            set_message(self.message, "Select a patient from the pending list first.", "info")
            return
        item = self.item_for(self.item_combo.currentText())
        if item is None:
            set_message(self.message, "Pick an item from the price list (type part of its code or name).")
            return
        self.add_item(item)
        self._clear_item_box()
        # Enter in the completer's list reaches the box twice: returnPressed (which added the item),
        # then the completer's own activation, which sets the combo to an item after this slot has
        # cleared it -- one more Enter then added that item too (issue 15, defect 11). Clear again once
        # the key event is over.
        QTimer.singleShot(0, self, self._clear_item_box)

    def _clear_item_box(self) -> None:
        self.item_combo.setCurrentIndex(-1)
        self.item_combo.clearEditText()

    def add_item(self, item: PriceItem) -> None:
        row = self.bill_model.add(BillLine.of_item(item))
        set_message(self.message, "")
        self.lines_view.setCurrentIndex(self.bill_model.index(row, BillModel.QTY))

    def remove_line(self) -> None:
        if self.invoice is not None:
            return
        self.bill_model.remove(self.lines_view.currentIndex().row())

    def clear_bill(self) -> None:
        self.patient = None
        self.invoice = None
        self.bill_model.set_rows([])
        self.address_edit.clear()
        self.gstin_edit.clear()
        self.company_edit.clear()
        self.supply_combo.setCurrentIndex(0)
        self.patient_label.setText("Select a patient from the pending list.")
        self.result_label.setText("")
        self.date_field.reset()
        self.pending_view.clearSelection()
        self._clear_errors()
        self.prescribed.clear()
        self._update_buttons()

    def supply_facts(self) -> tuple[str, str | None, bool]:
        """(clinic's State, the patient's State as chosen, B2B?) for the preview, as the service reads
        them: a company's GSTIN decides its State."""
        gstin = self.gstin_edit.text().strip().upper()
        recipient = self.supply_combo.currentData()
        if len(gstin) == 15 and gstin[:2].isdigit():
            recipient = gstin[:2]
        return self.clinic_state, recipient, bool(gstin)

    def _bill_changed(self) -> None:
        if self._previewing:  # set_bill's own dataChanged
            return
        if self.invoice is None:
            clinic, recipient, registered = self.supply_facts()
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
        self._update_buttons()

    def _show_totals(self, totals: Totals, preview: bool) -> None:
        values = {
            "exempt": totals.exempt,
            "taxable": totals.taxable,
            "roundOff": totals.round_off,
            "grandTotal": totals.grand,
        }
        for name, value in values.items():
            self.totals_labels[name].setText(money(value))
        # the tax heads with their rates (Rule 46(l)): CGST 2.5% + SGST 2.5%, CGST + UTGST, or IGST 5%
        heads = list(totals.heads)
        first, second = heads[0], heads[1] if len(heads) > 1 else None
        find(self.ui, QLabel, "cgstCaption").setText(first.label)
        self.totals_labels["cgst"].setText(money(first.amount))
        find(self.ui, QLabel, "sgstCaption").setText(second.label if second else "")
        self.totals_labels["sgst"].setText(money(second.amount) if second else "")
        for widget in (find(self.ui, QLabel, "sgstCaption"), self.totals_labels["sgst"]):
            widget.setVisible(second is not None)
        find(self.ui, QLabel, "exemptCaption").setText("Exempt / nil-rated value")
        find(self.ui, QLabel, "grandTotalCaption").setText(
            "Grand total (preview)" if preview else "Grand total"
        )
        place = GST_STATES.get(totals.place, totals.place)
        text = f"Place of supply: {place} ({totals.place})" if totals.place else ""
        if totals.problem:
            text = totals.problem
        self.place_label.setText(text)
        self.place_label.setProperty("role", "fieldError" if totals.problem else "hint")
        self.place_label.setProperty("tone", "error" if totals.problem else "")
        repolish(self.place_label)

    def _clear_errors(self) -> None:
        self.field_errors.setText("")
        self.field_errors.setVisible(False)
        self.bill_model.set_errors({})
        self.line_error.setText("")
        self.line_error.setVisible(False)
        self.patient_error.setText("")
        self.patient_error.setVisible(False)
        self.date_field.clear_error()
        set_message(self.message, "")

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
        self._clear_errors()
        data = InvoiceInput(
            self.patient.patient_id,
            self.line_inputs(),
            recipient_state_code=self.supply_combo.currentData(),
            recipient_address=self.address_edit.text().strip() or None,
            recipient_gstin=self.gstin_edit.text().strip() or None,
            recipient_name=self.company_edit.text().strip() or None,
            invoice_date=self.date_field.invoice_date(),
            backdate_reason=self.date_field.reason(),
        )
        billing, actor = self.billing, self._actor
        self.buttons["createButton"].setEnabled(False)
        set_message(self.message, "Creating the bill…", "info")
        self._ops.run(
            lambda: billing.create_invoice(actor, data),
            self._created,
            self._create_failed,
            timeout_s=30,
            what="creating the bill",
        )

    def _created(self, inv: InvoiceInfo) -> None:
        self.invoice = inv
        set_message(self.message, "")
        self._show_totals(invoice_totals(inv), preview=False)
        kind = DOC_TYPES.get(inv.doc_type, inv.doc_type)
        self.result_label.setText(f"{kind} {inv.doc_number} · {money(inv.grand_total)}")
        self._update_buttons()
        self.invoice_created.emit(inv)  # the broadcast of the write refreshes the lists
        self.take_payment(inv)

    def _create_failed(self, error: HmsError) -> None:
        self._update_buttons()
        if isinstance(error, ValidationError):
            self.show_errors(error.errors)
        elif error.field:
            self.show_errors({error.field: error.message})
        else:
            set_message(self.message, error.message)

    def show_errors(self, errors: Mapping[str, str]) -> None:
        """Each of the service's messages next to what the cashier changes: a line's at its row (and
        under the lines, "Line n: …"), the date's under the date, the recipient's under those boxes."""
        self._clear_errors()
        by_line: dict[int, str] = {}
        focus_line: tuple[int, int] | None = None
        at_recipient: list[str] = []
        at_patient: list[str] = []
        rest: list[str] = []
        first_widget: QWidget | None = None
        recipient = dict(zip(RECIPIENT_FIELDS, (self.gstin_edit, self.company_edit, self.address_edit,
                                                 self.supply_combo), strict=True))  # fmt: skip
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
            listed = "  ".join(f"Line {i + 1}: {t}" for i, t in sorted(by_line.items()))
            self.line_error.setText(f"{self.line_error.text()}  {listed}".strip())
            self.line_error.setVisible(True)
        if focus_line is not None:
            self.lines_view.setCurrentIndex(self.bill_model.index(*focus_line))
        self.field_errors.setText(" ".join(at_recipient))
        self.field_errors.setVisible(bool(at_recipient))
        self.patient_error.setText(" ".join(at_patient))
        self.patient_error.setVisible(bool(at_patient))
        if rest:
            set_message(self.message, " ".join(rest))
        elif errors:
            where = "the lines marked in red" if by_line else "the fields marked in red"
            set_message(self.message, f"Please correct {where}.")
        if first_widget is not None:
            first_widget.setFocus()  # the message under the fields says what to type there

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
            set_message(self.message, f"{inv.doc_number} has nothing due.", "info")
            return None
        if self.day_closed:
            set_message(self.message, "Your day is closed: no more payments today.", "info")
            return None
        dialog = PaymentDialog(self._ops, self._services, self._actor, inv, self, self.settings)
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
            self._ops.run(
                job, lambda pdf: self._preview(pdf, title), self._failed, timeout_s=30, what="the receipt"
            )
        inv = dialog.invoice
        if self.invoice is not None and inv.id == self.invoice.id:
            self.invoice = inv
            state = "paid in full" if not inv.balance_due else f"balance {money(inv.balance_due)}"
            kind = DOC_TYPES.get(inv.doc_type, inv.doc_type)
            self.result_label.setText(f"{kind} {inv.doc_number} · {money(inv.grand_total)} · {state}")
        self._update_buttons()

    def credit_note(self, inv: InvoiceInfo | None) -> CreditNoteDialog | None:
        if inv is None:
            return None
        dialog = CreditNoteDialog(self._ops, self._services, self._actor, inv, self, self.settings)
        return self._open(dialog)

    def close_day(self) -> DayCloseDialog:
        dialog = DayCloseDialog(self._ops, self._services, self._actor, self)
        dialog.closed.connect(lambda _info: self._day_closed())
        return self._open(dialog)

    def _day_closed(self) -> None:
        self.day_closed = True
        set_message(self.message, "Your day is closed: no more payments today.", "info")
        self._update_buttons()

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
        self._ops.run(
            invoice_job(self._services, self._actor, inv.id, paper=self.paper_combo.currentData()),
            lambda pdf: self._preview(pdf, inv.doc_number),
            self._failed,
            timeout_s=30,
            what="making the invoice",
        )

    def reprint_receipt(self) -> None:
        inv = self.selected_document()
        if inv is None:
            return
        if not inv.payments:
            set_message(self.message, f"No payment has been taken against {inv.doc_number}.", "info")
            return
        pay = inv.payments[-1]
        self._ops.run(
            receipt_job(self._services, self._actor, pay.id, duplicate=True),
            lambda pdf: self._preview(pdf, f"Receipt {pay.receipt_number} (duplicate)"),
            self._failed,
            timeout_s=30,
            what="making the receipt",
        )

    def _preview(self, pdf: bytes, title: str) -> None:
        self.preview = show_pdf(pdf, title, self, self.settings)

    # --- day-end report -------------------------------------------------------------------------

    def day_report(self) -> None:
        """Today's report for this cashier (an admin gets every cashier) as a PDF preview."""
        service, billing, actor = self._services.day_report, self._services.billing, self._actor

        def build() -> bytes:
            from hms_desktop.reports.day_report import day_report_pdf

            return day_report_pdf(service.day_report(actor, billing.clock.today()))

        self._ops.run(
            build,
            lambda pdf: self._preview(pdf, "Day-end report"),
            self._failed,
            timeout_s=60,
            what="making the day-end report",
        )

    def show_takings(self) -> QDialog:
        from hms_desktop.gui.tabs.billing.takings import TakingsDialog

        dialog = TakingsDialog(self._ops, self._services, self._actor, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        dialog.start()
        self.takings_dialog = dialog
        return dialog

    def export_csv(self, path: str | None = None) -> None:
        """Today's documents as CSV; asks where to save unless ``path`` is given (tests)."""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, "Export today's documents", "day-report.csv", "CSV (*.csv)"
            )
            if not path:
                return
        service, billing, actor, target = self._services.day_report, self._services.billing, self._actor, path

        def write() -> str:
            from pathlib import Path

            from hms_desktop.services.day_report import day_report_csv

            Path(target).write_text(
                day_report_csv(service.day_report(actor, billing.clock.today())), encoding="utf-8"
            )
            return target

        self._ops.run(
            write,
            lambda where: set_message(self.message, f"Saved {where}.", "ok"),
            self._failed,
            timeout_s=60,
            what="exporting the day's documents",
        )

    def _update_buttons(self) -> None:
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
        self.item_combo.setEnabled(building)
        self.prescribed.update(building)
        self.date_field.set_editable(building)
        self.lines_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
            if building
            else QAbstractItemView.EditTrigger.NoEditTriggers
        )
        doc = self.selected_document()
        b["printInvoiceButton"].setEnabled(doc is not None)
        b["reprintReceiptButton"].setEnabled(doc is not None and bool(doc.payments))
        b["takePaymentButton"].setEnabled(
            doc is not None and bool(doc.balance_due) and doc.status == "issued" and not self.day_closed
        )
        b["creditNoteButton"].setEnabled(doc is not None and doc.status == "issued")
