"""A refresh after another desk's change updates the Queue tab in place (issue 18): no model reset,
the rows that moved are moved, and the nurse's selected patient stays the selected, current row,
whether someone else moved or the selected patient did."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from hms_desktop.gui.ops import Ops
from hms_desktop.gui.tabs.queue.model import CHIP_ROLE, COLUMNS, LEVEL, QueueModel
from hms_desktop.gui.tabs.queue.view import QueueTab
from hms_desktop.services.container import Services
from hms_desktop.services.queue_types import TriageInput
from tests.gui.test_queue_tab import close_tab, login, open_tab, walk_in

pytestmark = pytest.mark.gui


def watch(tab: QueueTab) -> list[str]:
    seen: list[str] = []
    for name, model in (("lane", tab.lane_model), ("queue", tab.model)):
        model.modelReset.connect(lambda name=name: seen.append(f"{name} reset"))
        model.rowsMoved.connect(lambda *_a, name=name: seen.append(f"{name} moved"))
        model.rowsInserted.connect(lambda *_a, name=name: seen.append(f"{name} inserted"))
        model.rowsRemoved.connect(lambda *_a, name=name: seen.append(f"{name} removed"))
    return seen


def refresh(qtbot: QtBot, tab: QueueTab) -> None:
    with qtbot.waitSignal(tab.refreshed, timeout=10_000):
        tab.refresh()


def selected_ids(tab: QueueTab) -> list[int]:
    view, model = tab.view, tab.model
    rows = sorted(i.row() for i in view.selectionModel().selectedRows())
    return [r.id for r in (model.row_at(i) for i in rows) if r is not None]


def test_another_desks_triage_moves_rows_without_a_reset_and_keeps_the_selection(
    qtbot: QtBot, ops: Ops, services: Services
) -> None:
    mover = walk_in(services, "Sore throat", first="Mover")
    keep = walk_in(services, "Sore throat", first="Kept")
    tab = open_tab(qtbot, ops, services, login(services, "nurse"))
    assert tab.select_entry(keep)
    assert tab.current_row() is not None and tab.current_row().id == keep  # type: ignore[union-attr]
    before = tab.model.find_id(mover)
    seen = watch(tab)
    other_desk = login(services, "nurse")
    mild = TriageInput(chief_complaint="Sore throat", level="blue", override_reason="seen before, mild")
    services.triage.record(other_desk, mover, mild)
    refresh(qtbot, tab)
    assert tab.model.find_id(mover) != before  # triaged blue: further down the list
    assert "queue moved" in seen
    assert not [s for s in seen if s.endswith("reset")]
    assert tab.current_row() is not None and tab.current_row().id == keep  # type: ignore[union-attr]
    assert selected_ids(tab) == [keep]
    assert tab.view.currentIndex().row() == tab.model.find_id(keep)

    # the selected patient is the one who moves: the selection goes with them
    fever = TriageInput(chief_complaint="Sore throat", level="green", override_reason="fever")
    services.triage.record(other_desk, keep, fever)
    refresh(qtbot, tab)
    assert not [s for s in seen if s.endswith("reset")]
    assert tab.current_row() is not None and tab.current_row().id == keep  # type: ignore[union-attr]
    assert selected_ids(tab) == [keep]
    close_tab(qtbot, ops, tab)


def test_the_paint_path_answers_what_data_answers(qtbot: QtBot, ops: Ops, services: Services) -> None:
    """The delegates ask through multiData (one call a cell): what they paint is what data() says."""
    tab = open_tab(qtbot, ops, services, login(services, "nurse"))
    model: QueueModel = tab.model
    delegate = QStyledItemDelegate()
    assert model.rowCount() > 3
    bold = 0
    for r in range(model.rowCount()):
        for col in range(len(COLUMNS)):
            index = model.index(r, col)
            option = QStyleOptionViewItem()
            delegate.initStyleOption(option, index)  # Qt's own path: index.multiData -> the model
            assert option.text == index.data(), (r, col)
            background = index.data(Qt.ItemDataRole.BackgroundRole)
            if background is None:
                assert option.backgroundBrush.style() == Qt.BrushStyle.NoBrush
            else:
                assert option.backgroundBrush.color() == background.color()
            font = index.data(Qt.ItemDataRole.FontRole)
            assert option.font.bold() == (font is not None and font.bold()), (r, col)
            bold += option.font.bold()
        chip = model.index(r, LEVEL).data(CHIP_ROLE)
        assert chip[0] == model.index(r, LEVEL).data()  # the chip says the level's words
    assert bold >= model.rowCount()  # the token column at least
    close_tab(qtbot, ops, tab)
