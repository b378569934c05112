"""The queue tables' columns for the signed-in role, and the set-up both tables share.

Minimum necessary: the service blanks the complaint and NEWS2 for a role that does not triage
(cashier, administrator); the columns go too, rather than a list of dashes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyledItemDelegate, QTableView

from hms_desktop.domain.enums import Role
from hms_desktop.domain.permissions import sees_triage
from hms_desktop.gui.tabs.queue.model import COMPLAINT, DOCTOR, LEVEL, NEWS2, QueueModel
from hms_desktop.gui.widgets.tables import setup_list_view

ROW_HEIGHT = 32
WIDTHS = (44, 60, 150, 190, 200, 68, 112, 170, 200, 125)


def setup_queue_view(view: QTableView, model: QueueModel, role: Role, chip: QStyledItemDelegate) -> None:
    """Columns, widths and row height for ``role``; the level column drawn as a chip."""
    clinical = sees_triage(role)
    setup_list_view(view, model, WIDTHS, COMPLAINT if clinical else DOCTOR)
    for col in (COMPLAINT, NEWS2):
        view.setColumnHidden(col, not clinical)
    view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    view.setItemDelegateForColumn(LEVEL, chip)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
