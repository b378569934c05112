"""The Patients table model: append-as-you-scroll over ``services.patients.list_page``.

The model holds plain ``PatientRow`` dataclasses, never a database session. ``fetchMore`` asks for
the next page after the last row it has (keyset paging on an index: the millionth row costs what the
first did) through a *runner*: the app passes one that goes through ``Ops`` so the query runs on a
worker; tests and tools may pass the synchronous default. Sorting re-queries in SQL (NAME, MRN,
REGISTERED); other columns are not sortable because sorting a partial list would lie.

With a search text (:meth:`set_search`) the model shows one page of search results from the
*searcher* instead (the service orders and limits them); sorting is then ignored.

Each reset bumps a generation number so a page that arrives after the sort or the search text changed
is dropped: typing quickly never shows the results of an older text.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
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
from hms_desktop.gui.i18n import named_date
from hms_desktop.services.patients_types import PatientRow, PatientSort

Index = QModelIndex | QPersistentModelIndex
PageFetcher = Callable[[PatientSort, bool, "tuple[Any, ...] | None", int], Sequence[PatientRow]]  # notr: type
Searcher = Callable[[str, int], Sequence[PatientRow]]
Runner = Callable[[Callable[[], Any], Callable[[Any], None], Callable[[HmsError], None]], None]

CONTEXT = "PatientTableModel"
# the headers and words below are translated once, when a model is made (never per cell or paint)
COLUMNS: tuple[str, ...] = (
    str(QT_TRANSLATE_NOOP("PatientTableModel", "MRN")),
    str(QT_TRANSLATE_NOOP("PatientTableModel", "Name")),
    str(QT_TRANSLATE_NOOP("PatientTableModel", "Sex")),
    str(QT_TRANSLATE_NOOP("PatientTableModel", "Age")),
    str(QT_TRANSLATE_NOOP("PatientTableModel", "Phone")),
    str(QT_TRANSLATE_NOOP("PatientTableModel", "City")),
    str(QT_TRANSLATE_NOOP("PatientTableModel", "Registered")),
)
MRN_COL, NAME_COL, SEX_COL, AGE_COL, PHONE_COL, CITY_COL, REGISTERED_COL = range(len(COLUMNS))
SORT_BY_COLUMN: dict[int, PatientSort] = {
    MRN_COL: PatientSort.MRN,
    NAME_COL: PatientSort.NAME,
    REGISTERED_COL: PatientSort.REGISTERED,
}
COLUMN_OF_SORT = {sort: col for col, sort in SORT_BY_COLUMN.items()}
SEX_TEXT = {
    "M": str(QT_TRANSLATE_NOOP("PatientTableModel", "Male")),
    "F": str(QT_TRANSLATE_NOOP("PatientTableModel", "Female")),
    "O": str(QT_TRANSLATE_NOOP("PatientTableModel", "Other")),
    "U": str(QT_TRANSLATE_NOOP("PatientTableModel", "Unknown")),
}
# an age as the services write it ('34 y', '8 m', '12 d': domain.ages.age_text), unit by unit
AGE_UNITS = {
    "y": str(QT_TRANSLATE_NOOP("PatientTableModel", "{n} y")),
    "m": str(QT_TRANSLATE_NOOP("PatientTableModel", "{n} m")),
    "d": str(QT_TRANSLATE_NOOP("PatientTableModel", "{n} d")),
}
PAGE_SIZE = 200


_DISPLAY = Qt.ItemDataRole.DisplayRole
Page = tuple[Sequence[PatientRow], list[tuple[str, ...]]]


def translated(words: Mapping[str, str]) -> dict[str, str]:
    """``words`` (a map of marked English words) in the desk's language: done once, not per row."""
    return {key: QCoreApplication.translate(CONTEXT, text) for key, text in words.items()}


def age_words(text: str, units: Mapping[str, str] = AGE_UNITS) -> str:
    """'34 y' in the words of ``units`` (the translated AGE_UNITS); anything else unchanged."""
    number, _, unit = text.partition(" ")  # cheaper than a regex: this runs for every row of a page
    template = units.get(unit)
    return text if template is None or not number.isdigit() else template.format(n=number)


def age_in_words(text: str) -> str:
    """:func:`age_words` in the desk's language, looked up now (a dialog's one age, not a page)."""
    return age_words(text, translated(AGE_UNITS))


def display_text(
    r: PatientRow, sex_text: Mapping[str, str] = SEX_TEXT, units: Mapping[str, str] = AGE_UNITS
) -> tuple[str, ...]:
    """The seven cells of a row, formatted once (on the worker that read the page); ``sex_text`` and
    ``units`` are the words already translated (a worker does not look them up per row)."""
    return (
        r.mrn,
        r.display_name,
        sex_text.get(r.sex, r.sex),
        age_words(r.age_text, units),
        r.phone or "",
        r.city or "",
        named_date(r.registered_on, "dd MMM yyyy", "%d %b %Y"),
    )


def with_text(
    rows: Sequence[PatientRow], sex_text: Mapping[str, str] = SEX_TEXT, units: Mapping[str, str] = AGE_UNITS
) -> Page:
    return rows, [display_text(r, sex_text, units) for r in rows]


def run_now(
    fn: Callable[[], Page],
    ok: Callable[[Page], None],
    fail: Callable[[HmsError], None],
) -> None:
    """The synchronous runner: fine for SQLite tools and model tests, not for the desk."""
    try:
        rows = fn()
    except HmsError as exc:
        fail(exc)
        return
    ok(rows)


class PatientTableModel(QAbstractTableModel):
    """``load_failed(message)`` when a page cannot be read; ``page_loaded(n)`` after each page."""

    load_failed = Signal(str)
    page_loaded = Signal(int)

    def __init__(
        self,
        fetch_page: PageFetcher,
        run: Runner = run_now,
        page_size: int = PAGE_SIZE,
        parent: Any = None,
        search: Searcher | None = None,
    ) -> None:
        super().__init__(parent)
        self._fetch_page = fetch_page
        self._searcher = search
        self._search_text = ""
        self._run = run
        self.page_size = page_size
        self._rows: list[PatientRow] = []
        self._text: list[tuple[str, ...]] = []  # display strings, formatted with the page
        self._sort = PatientSort.NAME
        self._descending = False
        self._exhausted = False
        self._loading = False
        self._generation = 0
        self.error: str | None = None
        # the desk's words, looked up once: headerData and the page formatting only read them
        self._headers = tuple(QCoreApplication.translate(CONTEXT, c) for c in COLUMNS)
        self._tips = {
            col: self.tr("Click to sort by {column}").format(column=self._headers[col])
            for col in SORT_BY_COLUMN
        }
        self._tip = self.tr("Sort by MRN, Name or Registered")
        self._sex_text, self._units = translated(SEX_TEXT), translated(AGE_UNITS)

    # --- state -----------------------------------------------------------------------------

    @property
    def sort_key(self) -> PatientSort:
        return self._sort

    @property
    def descending(self) -> bool:
        return self._descending

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def exhausted(self) -> bool:
        return self._exhausted

    @property
    def search_text(self) -> str:
        return self._search_text

    def row_at(self, row: int) -> PatientRow:
        return self._rows[row]

    # --- Qt model --------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default argument)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        col = index.column()
        if role == _DISPLAY:
            return self._text[index.row()][col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col == AGE_COL:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tips.get(section, self._tip)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not (self._exhausted or self._loading or self.error)

    def fetchMore(self, parent: Index) -> None:
        if not self.canFetchMore(parent):
            return
        self._loading = True
        generation, sort, descending = self._generation, self._sort, self._descending
        after = self._rows[-1].page_key(sort) if self._rows else None
        size, fetch, text, searcher = self.page_size, self._fetch_page, self._search_text, self._searcher
        sex, units = self._sex_text, self._units
        if text and searcher is not None:
            job: Callable[[], Page] = lambda: with_text(searcher(text, size), sex, units)  # noqa: E731
        else:
            job = lambda: with_text(fetch(sort, descending, after, size), sex, units)  # noqa: E731
        self._run(
            job,
            lambda rows: self._page_arrived(generation, rows),
            lambda err: self._page_failed(generation, err),
        )

    def _page_arrived(self, generation: int, page: Page) -> None:
        rows, texts = page
        if generation != self._generation:
            return  # the sort changed while this page was on its way
        if rows:
            # still "loading" while the rows go in: a view or tester reacting to the insertion
            # must not start the next page from inside it
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self._text.extend(texts)
            self.endInsertRows()
        self._loading = False
        if len(rows) < self.page_size or (self._search_text and self._searcher is not None):
            self._exhausted = True
        self.page_loaded.emit(len(rows))

    def _page_failed(self, generation: int, error: HmsError) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self.error = error.message
        self.load_failed.emit(error.message)

    # --- sorting and reloading -------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Re-query in SQL; columns other than MRN, Name and Registered are ignored."""
        sort = SORT_BY_COLUMN.get(column)
        if sort is None:
            return
        self._sort, self._descending = sort, order == Qt.SortOrder.DescendingOrder
        self.reload()

    def set_sort(self, sort: PatientSort, descending: bool) -> None:
        """Set the order without loading (before the first :meth:`reload`)."""
        self._sort, self._descending = sort, descending

    def set_search(self, text: str) -> None:
        """Show the patients matching ``text`` (blank: the whole register again) and reload."""
        text = text.strip()
        if text == self._search_text:
            return
        self._search_text = text
        self.reload()

    def reload(self) -> None:
        """Drop every row and fetch the first page again (after sorting, reconnecting, retrying)."""
        self._generation += 1
        self.beginResetModel()
        self._rows, self._text = [], []
        self._exhausted = False
        self._loading = True  # a view (or model tester) reacting to the reset must not fetch yet
        self.error = None
        self.endResetModel()
        self._loading = False
        self.fetchMore(QModelIndex())
