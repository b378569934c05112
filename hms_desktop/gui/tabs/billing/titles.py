"""Column widths that make room for their titles: a title in Hindi is often longer than the English
one a table's widths were chosen for (issue 17)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QTableView

TITLE_PADDING = 16  # a header section's margins around its (bold) title


def fit_titles(view: QTableView, widths: Sequence[int]) -> None:
    """No column narrower than its title: a title in Hindi is often longer than the English one the
    widths were chosen for ("एक्सपायरी" for "Expiry"); an English title fits its width already."""
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
