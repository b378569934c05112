"""The Billing tab's table models: the pending list, the bill being built (with a client-side
preview of its GST totals) and today's documents. The models hold frozen service rows, never a session.

The bill's lines and the preview are plain data in :mod:`~hms_desktop.gui.tabs.billing.bill_lines`.
The preview is :func:`hms_desktop.domain.billing_math.compute_bill`, the function the service stores
the bill with, given the same place-of-supply facts (the clinic's State, the patient's State as chosen,
a company's GSTIN): so the tax heads the cashier reads (CGST + SGST, CGST + UTGST or IGST, each with its
rate) are the ones that will be printed. The service still recomputes every amount when the bill is
saved, and the tab then shows the service's numbers.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from hms_desktop.domain.billing_math import Bill
from hms_desktop.domain.money import format_inr, to_paise
from hms_desktop.gui.tabs.billing.bill_lines import (
    BillLine,
    Totals,
    invoice_totals,
    parse_amount,
    parse_expiry,
    preview_bill,
    preview_totals,
)
from hms_desktop.services.billing_types import ZERO, InvoiceInfo, PendingPatient

# the bill's plain data lives in bill_lines.py; these names stay importable from here
__all__ = [
    "DOC_TYPES",
    "BillLine",
    "BillModel",
    "DocumentsModel",
    "PendingModel",
    "Totals",  # notr: an exported name
    "doc_type_text",
    "invoice_totals",
    "money",
    "parse_amount",
    "parse_expiry",
    "preview_bill",
    "preview_totals",
    "qty_text",
]

Index = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
ERROR_BG = QColor("#fde2e1")


# the document's kind as the cashier reads it (translated where shown: doc_type_text)
DOC_TYPES = {
    "tax_invoice": str(QT_TRANSLATE_NOOP("DocumentsModel", "Tax invoice")),
    "bill_of_supply": str(QT_TRANSLATE_NOOP("DocumentsModel", "Bill of supply")),
    "inv_cum_bos": str(QT_TRANSLATE_NOOP("DocumentsModel", "Invoice-cum-bill of supply")),
}


def doc_type_text(doc_type: str) -> str:
    """'tax_invoice' -> "Tax invoice" in the desk's language (an unknown kind as it is)."""
    kind = DOC_TYPES.get(doc_type)
    return QCoreApplication.translate("DocumentsModel", kind) if kind else doc_type


def money(value: Decimal) -> str:
    return format_inr(value)


def qty_text(value: Decimal) -> str:
    text = f"{Decimal(value):.2f}"
    return text[:-3] if text.endswith(".00") else text


class _Table(QAbstractTableModel):
    # the column titles, marked with QT_TRANSLATE_NOOP in ``context`` and translated when shown
    context = ""
    columns: tuple[str, ...] = ()
    numeric: frozenset[int] = frozenset()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default argument)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.context, self.columns[section])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if section in self.numeric else None
        return None

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def text(self, row: Any, column: int) -> str:  # pragma: no cover - overridden
        raise NotImplementedError

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(self.rows[index.row()], index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.numeric:
            return RIGHT
        return None


# --- pending -------------------------------------------------------------------------------------


class PendingModel(_Table):
    context = "PendingModel"
    columns = (
        str(QT_TRANSLATE_NOOP("PendingModel", "Patient")),
        str(QT_TRANSLATE_NOOP("PendingModel", "MRN")),
        str(QT_TRANSLATE_NOOP("PendingModel", "Items")),
        str(QT_TRANSLATE_NOOP("PendingModel", "Total")),
    )
    numeric = frozenset({2, 3})

    def text(self, row: PendingPatient, column: int) -> str:
        return (row.patient_name, row.mrn, str(len(row.charges)), money(row.total))[column]

    def find_patient(self, patient_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.patient_id == patient_id), -1)


# --- the bill being built (its lines and preview: bill_lines.py) -------------------------------


class BillModel(_Table):
    """Editable: quantity, discount and the discount's reason."""

    context = "BillModel"
    columns = (
        str(QT_TRANSLATE_NOOP("BillModel", "Description")),
        str(QT_TRANSLATE_NOOP("BillModel", "SAC/HSN")),
        str(QT_TRANSLATE_NOOP("BillModel", "Qty")),
        str(QT_TRANSLATE_NOOP("BillModel", "Rate")),
        str(QT_TRANSLATE_NOOP("BillModel", "Disc.")),
        str(QT_TRANSLATE_NOOP("BillModel", "Reason")),
        str(QT_TRANSLATE_NOOP("BillModel", "Taxable")),
        str(QT_TRANSLATE_NOOP("BillModel", "GST %")),
        str(QT_TRANSLATE_NOOP("BillModel", "Tax")),
        str(QT_TRANSLATE_NOOP("BillModel", "Total")),
        str(QT_TRANSLATE_NOOP("BillModel", "Batch")),
        str(QT_TRANSLATE_NOOP("BillModel", "Expiry")),
    )
    numeric = frozenset({2, 3, 4, 6, 7, 8, 9})
    SAC, QTY, DISCOUNT, REASON, BATCH, EXPIRY = 1, 2, 4, 5, 10, 11
    editable = frozenset({QTY, DISCOUNT, REASON, BATCH, EXPIRY})

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.bill: Bill | None = None  # the preview of the rows as they stand (set by the tab)

    def set_bill(self, bill: Bill | None) -> None:
        """Show each line's tax as ``bill`` (the tab's preview for the chosen place of supply) has it."""
        self.bill = bill
        if self.rows:
            self.dataChanged.emit(self.index(0, 8), self.index(len(self.rows) - 1, 9))

    def line_tax(self, row: int) -> Decimal:
        bill = self.bill
        if bill is not None and len(bill.lines) == len(self.rows):
            return bill.lines[row].tax
        return ZERO

    def text(self, ln: BillLine, column: int) -> str:
        if column == 7:
            if ln.is_exempt:
                return self.tr("Exempt")
            return self.tr("Nil") if not ln.gst_rate else f"{ln.gst_rate.normalize():f}%"
        row = self.rows.index(ln)
        tax = self.line_tax(row)
        values = (
            ln.description,
            ln.sac_hsn,
            qty_text(ln.quantity),
            money(ln.unit_price),
            money(ln.discount) if ln.discount else "",
            ln.reason,
            money(ln.taxable),
            "",
            money(tax),
            money(ln.taxable + tax),
            ln.batch,
            f"{ln.expiry:%m/%Y}" if ln.expiry else "",
        )
        return values[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        ln: BillLine = self.rows[index.row()]
        if role == Qt.ItemDataRole.EditRole:
            col = index.column()
            if col == self.QTY:
                return qty_text(ln.quantity)
            if col == self.DISCOUNT:
                return f"{ln.discount:.2f}"
            if col == self.REASON:
                return ln.reason
            if col == self.BATCH:
                return ln.batch
            if col == self.EXPIRY:
                return f"{ln.expiry:%m/%Y}" if ln.expiry else ""
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (self.BATCH, self.EXPIRY):
            return self.tr("Medicines only, optional: the batch and expiry (MM/YYYY) printed on the strip")
        if role == Qt.ItemDataRole.ToolTipRole and ln.error:
            return ln.error
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            if not ln.sac_hsn:
                return ln.description
            return self.tr("{description} · SAC/HSN {code}").format(
                description=ln.description, code=ln.sac_hsn
            )
        if role == Qt.ItemDataRole.BackgroundRole and ln.error:
            return QBrush(ERROR_BG)
        return super().data(index, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() in self.editable:
            if index.column() in (self.BATCH, self.EXPIRY) and not self.rows[index.row()].is_medicine:
                return base
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        ln: BillLine = self.rows[index.row()]
        col = index.column()
        if col == self.REASON:
            ln.reason = str(value).strip()
        elif col == self.BATCH:
            ln.batch = str(value).strip()[:30]
        elif col == self.EXPIRY:
            text = str(value).strip()
            if not text:
                ln.expiry = None
            else:
                expiry = parse_expiry(text)
                if expiry is None:
                    return False
                ln.expiry = expiry
        else:
            amount = parse_amount(str(value))
            if amount is None or amount < 0:
                return False
            if col == self.QTY:
                if amount <= 0:
                    return False
                ln.quantity = amount
            else:
                ln.discount = to_paise(amount)
        ln.error = ""
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(self.columns) - 1))
        return True

    def add(self, line: BillLine) -> int:
        row = len(self.rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.append(line)
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()

    def set_errors(self, errors: dict[int, str]) -> None:
        for i, ln in enumerate(self.rows):
            ln.error = errors.get(i, "")
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns) - 1))


# --- today's documents ---------------------------------------------------------------------------


class DocumentsModel(_Table):
    context = "DocumentsModel"
    columns = (
        str(QT_TRANSLATE_NOOP("DocumentsModel", "Number")),
        str(QT_TRANSLATE_NOOP("DocumentsModel", "Patient")),
        str(QT_TRANSLATE_NOOP("DocumentsModel", "Total")),
        str(QT_TRANSLATE_NOOP("DocumentsModel", "Paid")),
        str(QT_TRANSLATE_NOOP("DocumentsModel", "Balance")),
    )
    numeric = frozenset({2, 3, 4})
    BALANCE = 4

    def text(self, inv: InvoiceInfo, column: int) -> str:
        # the document's state in the Balance column: its own context, since "Paid" is a title here too
        if inv.status != "issued":
            balance = QCoreApplication.translate("DocumentStatus", "Void")
        elif not inv.balance_due:
            balance = QCoreApplication.translate("DocumentStatus", "Paid")
        else:
            balance = money(inv.balance_due)
        values = (inv.doc_number, inv.patient_name, money(inv.grand_total), money(inv.paid), balance)
        return values[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and 0 <= index.row() < len(self.rows):
            inv = self.rows[index.row()]
            return f"{doc_type_text(inv.doc_type)} {inv.doc_number} · {inv.patient_name}"
        return super().data(index, role)

    def find_invoice(self, invoice_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == invoice_id), -1)
