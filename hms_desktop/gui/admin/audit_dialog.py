"""Settings ▸ Audit trail…: the trail filtered by dates, user, action, entity and patient, paged
lazily (it stays fast at a million rows), with the filtered rows exported to CSV; and a patient's
Access log (every recorded look at and change to that record)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from hms_desktop.errors import HmsError
from hms_desktop.gui.admin.audit_model import AuditTableModel
from hms_desktop.gui.forms import find, load_form, set_message
from hms_desktop.gui.ops import Ops
from hms_desktop.services.audit_reader_types import AuditFilter

if TYPE_CHECKING:
    from hms_desktop.services.audit_reader import AuditReader
    from hms_desktop.services.container import Services
    from hms_desktop.services.context import Actor

# the Action filter's choices: (what a person reads, marked here and translated where shown; the
# audit action prefix it filters on, a key)
ACTIONS = (
    (str(QT_TRANSLATE_NOOP("AuditDialog", "Any action")), None),
    (str(QT_TRANSLATE_NOOP("AuditDialog", "Sign-ins")), "auth."),
    (str(QT_TRANSLATE_NOOP("AuditDialog", "Clinic settings")), "settings."),
    (str(QT_TRANSLATE_NOOP("AuditDialog", "Staff accounts")), "user."),
    (str(QT_TRANSLATE_NOOP("AuditDialog", "Price list")), "price."),
    (str(QT_TRANSLATE_NOOP("AuditDialog", "GST rates")), "rate."),
    (str(QT_TRANSLATE_NOOP("AuditDialog", "Patients")), "patient."),
    (str(QT_TRANSLATE_NOOP("AuditDialog", "Clinical records")), "clinical."),
    (str(QT_TRANSLATE_NOOP("AuditDialog", "Consultations")), "consultation."),
    (str(QT_TRANSLATE_NOOP("AuditDialog", "Billing")), "billing."),
    (str(QT_TRANSLATE_NOOP("AuditDialog", "Audit trail")), "audit."),
)


def action_text(text: str) -> str:
    """One of ACTIONS' texts in the desk's language."""
    return QCoreApplication.translate("AuditDialog", text)


def _date(edit: QDateEdit) -> dt.date:
    q = edit.date()
    return dt.date(q.year(), q.month(), q.day())


def _ops_runner(ops: Ops, what: str) -> Any:
    def run(fn: Any, ok: Any, fail: Any) -> None:
        ops.run(fn, ok, fail, timeout_s=30, what=what)

    return run


def setup_view(view: QTableView, model: AuditTableModel) -> QTableView:
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    for col, width in enumerate((168, 90, 130, 270, 310, 80, 100)):
        view.setColumnWidth(col, width)
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setWordWrap(False)
    return view


class AuditDialog(QDialog):
    """The filters, the lazily paged table and the CSV export (``ui/audit_trail.ui``)."""

    def __init__(self, ops: Ops, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditDialog")
        self.setWindowTitle(self.tr("Audit trail — HMS Desktop"))
        self._ops, self._services, self._actor = ops, services, actor
        self.filter = AuditFilter()
        self.ui = ui = load_form("audit_trail.ui", self)
        today = services.clock.today()  # the clinic's day, not this computer's
        self.use_dates = find(ui, QCheckBox, "useDatesCheck")
        self.since = find(ui, QDateEdit, "sinceEdit")
        self.until = find(ui, QDateEdit, "untilEdit")
        self.since.setDate(QDate(today.year, today.month, today.day).addDays(-30))
        self.until.setDate(QDate(today.year, today.month, today.day))
        self.use_dates.toggled.connect(self.since.setEnabled)
        self.use_dates.toggled.connect(self.until.setEnabled)
        self.user = find(ui, QLineEdit, "userFilter")
        self.action = find(ui, QComboBox, "actionFilter")
        for text, value in ACTIONS:
            self.action.addItem(action_text(text), value)
        self.entity = find(ui, QLineEdit, "entityFilter")
        self.patient = find(ui, QLineEdit, "patientFilter")
        self.apply_button = find(ui, QPushButton, "applyButton")
        self.apply_button.clicked.connect(self.apply)
        self.export_button = find(ui, QPushButton, "exportButton")
        self.export_button.clicked.connect(self.export)
        self.message = find(ui, QLabel, "messageLabel")
        self.model = AuditTableModel(run=_ops_runner(ops, self.tr("reading the audit trail")))
        self.model.load_failed.connect(lambda text: set_message(self.message, text))
        self.model.page_loaded.connect(lambda _n: self._counted())
        self.view = setup_view(find(ui, QTableView, "auditTable"), self.model)
        self.count = find(ui, QLabel, "countLabel")
        find(ui, QDialogButtonBox, "buttonBox").rejected.connect(self.reject)
        set_message(self.message, "")
        self.total: tuple[int, bool] | None = None
        self.resize(1180, 620)

    def start(self) -> None:
        self.apply()

    def current_filter(self) -> AuditFilter:
        action = self.action.currentData()
        if action is None and self.action.currentText() not in {action_text(t) for t, _ in ACTIONS}:
            action = self.action.currentText().strip() or None
        return AuditFilter(
            since=_date(self.since) if self.use_dates.isChecked() else None,
            until=_date(self.until) if self.use_dates.isChecked() else None,
            username=self.user.text().strip() or None,
            action=action,
            entity=self.entity.text().strip() or None,
            patient_mrn=self.patient.text().strip() or None,
        )

    def apply(self) -> None:
        set_message(self.message, "")
        self.filter = f = self.current_filter()
        reader, actor = self._services.audit_reader, self._actor
        self.total = None
        self.count.setText(self.tr("Counting…"))
        self.model.set_fetcher(lambda after, limit: reader.page(actor, f, after, limit))
        self.model.fetchMore(self.view.rootIndex())
        self._ops.run(
            lambda: reader.count(actor, f),
            self._got_count,
            lambda e: set_message(self.message, e.message),
            timeout_s=60,
            what=self.tr("counting the audit rows"),
        )

    def _got_count(self, total: tuple[int, bool]) -> None:
        self.total = total
        self._counted()

    def _counted(self) -> None:
        shown = self.model.rowCount()
        if self.total is None:
            self.count.setText(self.tr("{shown} shown").format(shown=f"{shown:,}"))
            return
        n, more = self.total
        # the filter as its keys and values (user=asha, action=price.): a record's words, not translated
        described = self.tr("everything") if self.filter == AuditFilter() else self.filter.describe()
        values = {"shown": f"{shown:,}", "total": f"{n:,}", "filter": described}
        if more:
            text = self.tr("{shown} shown of more than {total} matching ({filter})").format(**values)
        else:
            text = self.tr("{shown} shown of {total} matching ({filter})").format(**values)
        self.count.setText(text)

    def export(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export the audit rows"),
                str(Path.home() / "audit.csv"),
                self.tr("CSV files (*.csv)"),
            )
            if not path:
                return
        f, reader, actor, target = self.filter, self._services.audit_reader, self._actor, path
        set_message(self.message, self.tr("Exporting…"), "info")
        self._ops.run(
            lambda: reader.export_csv(actor, f, target),
            lambda n: set_message(
                self.message, self.tr("Exported {n} rows to {path}.").format(n=f"{n:,}", path=target), "ok"
            ),
            self._failed,
            timeout_s=600,
            what=self.tr("exporting the audit trail"),
        )

    def _failed(self, error: HmsError) -> None:
        set_message(self.message, error.message)


class AccessLogDialog(QDialog):
    """Every recorded access to one patient's record: who, when, what, why (admin and own doctors)."""

    def __init__(
        self,
        ops: Ops,
        reader: AuditReader,
        actor: Actor,
        patient_id: int,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("accessLogDialog")
        self.setWindowTitle(self.tr("Access log — {title} — HMS Desktop").format(title=title))
        self.model = AuditTableModel(
            lambda after, limit: reader.access_log(actor, patient_id, after, limit),
            run=_ops_runner(ops, self.tr("reading the access log")),
        )
        self.ui = ui = load_form("access_log.ui", self)
        find(ui, QLabel, "introLabel").setText(
            self.tr("Every view of and change to {name}'s record, newest first.").format(name=title)
        )
        self.view = setup_view(find(ui, QTableView, "auditTable"), self.model)
        self.message = find(ui, QLabel, "messageLabel")
        self.model.load_failed.connect(lambda text: set_message(self.message, text))
        find(ui, QDialogButtonBox, "buttonBox").rejected.connect(self.reject)
        set_message(self.message, "")
        self.resize(1000, 480)

    def start(self) -> None:
        self.model.fetchMore(self.view.rootIndex())
