"""The desk's read-only list tables: whole-row single selection, no editing, Tab leaves the table."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

TITLE_PADDING = 16  # a header section's margins around its (bold) title


def setup_list_view(view: QTableView, model: QAbstractItemModel, widths: Sequence[int], stretch: int) -> None:
    """Give ``view`` its model and the desk's list behaviour; column ``stretch`` takes the spare width."""
    view.setModel(model)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    for col, width in enumerate(widths):
        header.resizeSection(col, width)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    fit_titles(view, [0 if col == stretch else width for col, width in enumerate(widths)])


def fit_titles(view: QTableView, widths: Sequence[int]) -> None:
    """No column narrower than its title: a title in Hindi is often longer than the English one the
    widths were chosen for ("एक्सपायरी" for "Expiry"). ``widths``: the columns' chosen widths, 0 for
    one that stretches."""
    header, model = view.horizontalHeader(), view.model()
    font = QFont(header.font())
    font.setBold(True)  # the desk's style sheet draws the titles bold
    metrics = QFontMetrics(font)
    for col, width in enumerate(widths):
        if not width:  # the column that stretches
            continue
        title = str(model.headerData(col, Qt.Orientation.Horizontal) or "")
        need = metrics.horizontalAdvance(title) + TITLE_PADDING
        if need > width and not view.isColumnHidden(col):
            header.resizeSection(col, need)
