"""The audit table model: append-as-you-scroll over the audit reader's keyset pages, newest first.

The same shape as the Patients model (``gui/tabs/patients/model.py``): plain ``AuditRow`` dataclasses,
never a session; ``fetchMore`` asks for the page after the last id it holds through an injected
*runner* (the desk's goes through ``Ops``, tests may run synchronously); a generation number drops a
page that arrives after the filter changed. The cells are formatted on the worker with the page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from hms_desktop.errors import HmsError
from hms_desktop.gui.i18n import localize
from hms_desktop.services.audit_reader_types import AuditRow

Index = QModelIndex | QPersistentModelIndex
PageFetcher = Callable[["int | None", int], Sequence[AuditRow]]  # (after id, limit) -> rows  # notr: a type
Runner = Callable[[Callable[[], Any], Callable[[Any], None], Callable[[HmsError], None]], None]

# the column titles, marked here and translated where they are shown (headerData)
CONTEXT = "AuditTableModel"
COLUMNS = (
    str(QT_TRANSLATE_NOOP("AuditTableModel", "When")),
    str(QT_TRANSLATE_NOOP("AuditTableModel", "User")),
    str(QT_TRANSLATE_NOOP("AuditTableModel", "Action")),
    str(QT_TRANSLATE_NOOP("AuditTableModel", "What")),
    str(QT_TRANSLATE_NOOP("AuditTableModel", "Changes")),
    str(QT_TRANSLATE_NOOP("AuditTableModel", "Outcome")),
    str(QT_TRANSLATE_NOOP("AuditTableModel", "Workstation")),
)
PAGE_SIZE = 200
FIRST_PAGE = 60  # rows a tall table view shows, with some to spare
Page = tuple[Sequence[AuditRow], list[tuple[str, ...]]]


def cells(r: AuditRow) -> tuple[str, ...]:
    return (
        r.local_time,
        r.username or QCoreApplication.translate("AuditTableModel", "system"),  # a row no one signed in made
        r.action,
        r.summary,
        r.changes,
        r.outcome,
        r.workstation or "",
    )


def with_text(rows: Sequence[AuditRow]) -> Page:
    return rows, [cells(r) for r in rows]


def run_now(fn: Callable[[], Page], ok: Callable[[Page], None], fail: Callable[[HmsError], None]) -> None:
    try:
        page = fn()
    except HmsError as exc:
        fail(exc)
        return
    ok(page)


class AuditTableModel(QAbstractTableModel):
    load_failed = Signal(str)
    page_loaded = Signal(int)

    def __init__(
        self, fetch: PageFetcher | None = None, run: Runner = run_now, page_size: int = PAGE_SIZE
    ) -> None:
        super().__init__()
        self._fetch = fetch
        self._run = run
        self.page_size = page_size
        self._rows: list[AuditRow] = []
        self._text: list[tuple[str, ...]] = []
        self._exhausted = fetch is None
        self._loading = False
        self._generation = 0
        self.error: str | None = None

    def set_fetcher(self, fetch: PageFetcher | None) -> None:
        """A new filter: drop every row and pages on their way, start again from the newest."""
        self.beginResetModel()
        self._generation += 1
        self._fetch = fetch
        self._rows, self._text = [], []
        self._exhausted = fetch is None
        self._loading = False
        self.error = None
        self.endResetModel()

    def row_at(self, row: int) -> AuditRow:
        return self._rows[row]

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def exhausted(self) -> bool:
        return self._exhausted

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text[index.row()][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (3, 4):
            return self._text[index.row()][index.column()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return QCoreApplication.translate(CONTEXT, COLUMNS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not (self._exhausted or self._loading or self.error)

    def fetchMore(self, parent: Index) -> None:
        if not self.canFetchMore(parent) or self._fetch is None:
            return
        self._loading = True
        generation, fetch, size = self._generation, self._fetch, self.page_size
        after = self._rows[-1].id if self._rows else None
        if after is None:
            size = min(size, FIRST_PAGE)  # what fills the view: the first screenful comes sooner
        self._run(
            lambda: with_text(fetch(after, size)),
            lambda page: self._arrived(generation, page),
            lambda err: self._failed(generation, err),
        )

    def _arrived(self, generation: int, page: Page) -> None:
        if generation != self._generation:
            return
        rows, texts = page
        first = len(self._rows)
        if rows:
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self._text.extend(texts)
            self.endInsertRows()
        self._exhausted = len(rows) < (min(self.page_size, FIRST_PAGE) if first == 0 else self.page_size)
        self._loading = False
        self.page_loaded.emit(len(rows))

    def _failed(self, generation: int, error: HmsError) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self.error = localize(error).message  # once, in the desk's language (Ops may have done it)
        self.load_failed.emit(self.error)
