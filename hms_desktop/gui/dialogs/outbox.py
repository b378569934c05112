"""The e-mail outbox screen (``ui/outbox.ui``): what is pending, sent or failed, and sending again.

The list is at most a few hundred recent rows (``OutboxService.list`` caps it), fetched on a worker
and held as frozen DTOs, so a plain table model is enough; filtering by status happens in SQL.
Status is shown as text and colour, never colour alone.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from hms_desktop.errors import HmsError
from hms_desktop.gui import i18n
from hms_desktop.gui.forms import find, load_form, set_message
from hms_desktop.gui.geometry import PreserveGeometry
from hms_desktop.gui.i18n import service_text
from hms_desktop.gui.ops import Ops

if TYPE_CHECKING:
    from hms_desktop.gui.settings import Settings
    from hms_desktop.services.context import Actor
    from hms_desktop.services.outbox import OutboxService
    from hms_desktop.services.outbox_types import OutboxMessage

LIST_TIMEOUT_S = 15
# translated where shown: FILTERS in the "OutboxDialog" context, HEADERS and STATUS_TEXT in "OutboxModel"
FILTERS = (
    (QT_TRANSLATE_NOOP("OutboxDialog", "All"), None),
    (QT_TRANSLATE_NOOP("OutboxDialog", "Pending"), "pending"),
    (QT_TRANSLATE_NOOP("OutboxDialog", "Failed"), "failed"),
    (QT_TRANSLATE_NOOP("OutboxDialog", "Sent"), "sent"),
)
HEADERS = (
    QT_TRANSLATE_NOOP("OutboxModel", "Created"),
    QT_TRANSLATE_NOOP("OutboxModel", "To"),
    QT_TRANSLATE_NOOP("OutboxModel", "Subject"),
    QT_TRANSLATE_NOOP("OutboxModel", "Status"),
    QT_TRANSLATE_NOOP("OutboxModel", "Attempts"),
    QT_TRANSLATE_NOOP("OutboxModel", "Last error"),
    QT_TRANSLATE_NOOP("OutboxModel", "Next try"),
)
STATUS_COL, ATTEMPTS_COL, ERROR_COL = 3, 4, 5
STATUS_TEXT = {
    "pending": QT_TRANSLATE_NOOP("OutboxModel", "Pending"),
    "sent": QT_TRANSLATE_NOOP("OutboxModel", "Sent"),
    "failed": QT_TRANSLATE_NOOP("OutboxModel", "Failed"),
}
STATUS_COLOURS = {  # foreground, background
    "pending": (QColor("#92400e"), QColor("#fff4e5")),
    "sent": (QColor("#14532d"), QColor("#e7f6ec")),
    "failed": (QColor("#9b1c1c"), QColor("#fdecec")),
}


def _when(value: dt.datetime | None, tz: dt.tzinfo | None) -> str:
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    local = value.astimezone(tz)
    if i18n.current() == i18n.SOURCE_LANGUAGE:
        return f"{local:%d %b %H:%M}"
    # another language: the locale's month name (the clock time as it is)
    day = QLocale().toString(QDate(local.year, local.month, local.day), "dd MMM")
    return f"{day} {local:%H:%M}"


class OutboxModel(QAbstractTableModel):
    def __init__(self, tz: dt.tzinfo | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.tz = tz
        self.rows: list[OutboxMessage] = []

    def set_rows(self, rows: list[OutboxMessage]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("OutboxModel", str(HEADERS[section]))
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        m = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(m, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == ERROR_COL and m.last_error:
                return service_text(m.last_error)
            if col in (1, 2):
                return self._text(m, col)
            return None
        if col == STATUS_COL and role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole):
            colours = STATUS_COLOURS.get(m.status)
            if colours is None:
                return None
            return QBrush(colours[0] if role == Qt.ItemDataRole.ForegroundRole else colours[1])
        if role == Qt.ItemDataRole.TextAlignmentRole and col == ATTEMPTS_COL:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, m: OutboxMessage, col: int) -> str:
        if col == 0:
            return _when(m.created_at, self.tz)
        if col == 1:
            return m.to_addr
        if col == 2:
            return m.subject
        if col == STATUS_COL:
            text = STATUS_TEXT.get(m.status)
            return QCoreApplication.translate("OutboxModel", str(text)) if text else m.status
        if col == ATTEMPTS_COL:
            return str(m.attempts)
        if col == ERROR_COL:
            return service_text(m.last_error).splitlines()[0] if m.last_error else ""
        if m.status == "sent":
            return ""
        return _when(m.next_try_at, self.tz)


class OutboxDialog(PreserveGeometry, QDialog):
    geometry_name = "outbox"
    default_size = (1080, 600)

    def __init__(
        self,
        ops: Ops,
        service: OutboxService,
        actor: Actor,
        tz: dt.tzinfo | None = None,
        settings: Settings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("HMS Desktop — E-mail outbox"))
        self.ops, self.service, self.actor, self.settings = ops, service, actor, settings
        self.ui = load_form("outbox.ui", self)
        ui = self.ui
        self.status = find(ui, QComboBox, "statusCombo")
        for text, value in FILTERS:
            self.status.addItem(QCoreApplication.translate("OutboxDialog", str(text)), value)
        self.table = find(ui, QTableView, "tableView")
        self.count = find(ui, QLabel, "countLabel")
        self.message = find(ui, QLabel, "messageLabel")
        self.refresh_button = find(ui, QPushButton, "refreshButton")
        self.retry_button = find(ui, QPushButton, "retryButton")
        self.model = OutboxModel(tz, self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # fixed widths for the free text (full text in the tooltip), the rest fitted to its contents;
        # a stretched column would shrink to nothing on a small screen
        fit = QHeaderView.ResizeMode.ResizeToContents
        for col in (0, STATUS_COL, ATTEMPTS_COL, 6):
            header.setSectionResizeMode(col, fit)
        for col, width in ((1, 190), (2, 240), (ERROR_COL, 200)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(col, width)
        header.setStretchLastSection(True)
        self.status.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh_button.clicked.connect(self.refresh)
        self.retry_button.clicked.connect(self.retry)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        find(ui, QPushButton, "closeButton").clicked.connect(self.reject)
        self.retry_button.setToolTip(self.tr("Put a failed message back in the queue with fresh attempts."))
        self.loading = False
        self._update_buttons()
        self.restore_geometry(settings)

    def start(self) -> None:
        self.refresh()

    # --- list ------------------------------------------------------------------------------

    def current_filter(self) -> str | None:
        value = self.status.currentData()
        return str(value) if value else None

    def refresh(self, select_id: int | None = None) -> None:
        status = self.current_filter()
        self.loading = True
        self.refresh_button.setEnabled(False)
        set_message(self.message, "")
        self.ops.run(
            lambda: self.service.list(self.actor, status),
            lambda rows: self._listed(rows, select_id),
            self._failed,
            timeout_s=LIST_TIMEOUT_S,
            what=self.tr("loading the outbox"),
        )

    def _listed(self, rows: list[OutboxMessage], select_id: int | None) -> None:
        self.loading = False
        self.refresh_button.setEnabled(True)
        self.model.set_rows(rows)
        failed = sum(1 for m in rows if m.status == "failed")
        pending = sum(1 for m in rows if m.status == "pending")
        n = len(rows)
        count = (
            self.tr("{n} message · {pending} pending · {failed} failed")
            if n == 1
            else self.tr("{n} messages · {pending} pending · {failed} failed")
        )
        self.count.setText(count.format(n=n, pending=pending, failed=failed))
        if select_id is not None:
            for i, m in enumerate(rows):
                if m.id == select_id:
                    self.table.selectRow(i)
                    break
        self._update_buttons()

    def selected(self) -> OutboxMessage | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        row = rows[0].row()
        return self.model.rows[row] if 0 <= row < len(self.model.rows) else None

    def _update_buttons(self) -> None:
        m = self.selected()
        self.retry_button.setEnabled(m is not None and m.status == "failed")

    # --- retry -----------------------------------------------------------------------------

    def retry(self) -> None:
        m = self.selected()
        if m is None or m.status != "failed":
            return
        self.retry_button.setEnabled(False)
        self.ops.run(
            lambda: self.service.retry(self.actor, m.id),
            self._retried,
            self._failed,
            timeout_s=LIST_TIMEOUT_S,
            what=self.tr("queuing the message again"),
        )

    def _retried(self, m: OutboxMessage) -> None:
        set_message(
            self.message, self.tr("The message to {address} is queued again.").format(address=m.to_addr), "ok"
        )
        text = self.message.text()
        self.refresh(m.id)
        set_message(self.message, text, "ok")

    def _failed(self, error: HmsError) -> None:
        self.loading = False
        self.refresh_button.setEnabled(True)
        self._update_buttons()
        set_message(self.message, error.message)

    def done(self, result: int) -> None:
        self.save_geometry(self.settings)
        super().done(result)
