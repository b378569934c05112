"""The desk's read-only list tables: whole-row single selection, no editing, Tab leaves the table."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


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
