"""The queue model applies a new snapshot in place (issue 18): rows that arrive, leave, move or
change are inserted, removed, moved or repainted, never a reset for that; the shown rows and texts
always equal a freshly reset model's, and Qt's model tester finds nothing wrong along the way."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from typing import Any

from PySide6.QtCore import Qt

from hms_desktop.gui.tabs.queue.model import COLUMNS, QueueModel
from hms_desktop.services.queue_types import QueueRow, ScaleLevelInfo

NOW = dt.datetime(2026, 12, 2, 9, 30, tzinfo=dt.UTC)
SCALE = [
    ScaleLevelInfo("red", "Immediate", 0, "#D7263D", "#FFFFFF", "■"),
    ScaleLevelInfo("orange", "Very urgent", 10, "#F46036", "#000000", "▲"),
    ScaleLevelInfo("yellow", "Urgent", 60, "#F9C80E", "#000000", "◆"),
    ScaleLevelInfo("green", "Standard", 120, "#2E933C", "#FFFFFF", "●"),
    ScaleLevelInfo("blue", "Non-urgent", 240, "#1B98E0", "#FFFFFF", "○"),
]
LEVELS = (None, "red", "orange", "yellow", "green", "blue")


def row(entry_id: int, **changes: Any) -> QueueRow:
    arrived = NOW - dt.timedelta(minutes=entry_id % 90)
    base = QueueRow(
        id=entry_id, token_label=str(entry_id), token_no=entry_id, token_series="ALL", patient_id=entry_id,
        patient_name=f"Patient {entry_id}", patient_mrn=f"SFC-{entry_id}", age_sex="40 F", department_id=None,
        department_name=None, doctor_id=None, doctor_name=None, room=None, source="walk_in", status="waiting",
        chief_complaint="Fever", triage_level=None, suggested_level=None, override_reason=None,
        news2_score=None, arrived_at=arrived, called_at=None, target_min=120,
        due_at=arrived + dt.timedelta(minutes=120), emergency=False, transferred_from=None, promoted=False,
        row_version=1,
    )  # fmt: skip
    return dataclasses.replace(base, **changes)


def cells(model: QueueModel) -> list[list[Any]]:
    return [
        [model.index(r, c).data(Qt.ItemDataRole.DisplayRole) for c in range(len(COLUMNS))]
        for r in range(model.rowCount())
    ]


def positions(rows: list[QueueRow]) -> dict[int, int]:
    return {r.id: i for i, r in enumerate((r for r in rows if r.status == "waiting"), start=1)}


def step(rng: random.Random, rows: list[QueueRow], next_id: list[int]) -> list[QueueRow]:
    """One desk's change, as the queue sees it: an arrival, a triage that moves a row, a call, a
    patient who is done (leaves the open list), or a complaint edited in place."""
    rows = list(rows)
    kind = rng.choice(("arrive", "triage", "call", "done", "edit", "several"))
    if kind == "arrive" or not rows:
        next_id[0] += 1
        rows.append(row(next_id[0]))
    elif kind == "triage":
        i = rng.randrange(len(rows))
        moved = dataclasses.replace(rows.pop(i), triage_level=rng.choice(LEVELS[1:]), news2_score=3)
        rows.insert(rng.randrange(len(rows) + 1), moved)
    elif kind == "call":
        i = rng.randrange(len(rows))
        rows[i] = dataclasses.replace(rows[i], status="called", doctor_name="Dr. Rao", called_at=NOW)
    elif kind == "done":
        rows.pop(rng.randrange(len(rows)))
    elif kind == "edit":
        i = rng.randrange(len(rows))
        rows[i] = dataclasses.replace(rows[i], chief_complaint=f"Cough {rng.random():.3f}")
    else:
        for _ in range(3):
            rows = step(rng, rows, next_id)
    return rows


def test_snapshots_are_applied_in_place_and_match_a_reset(qtmodeltester: Any) -> None:
    model = QueueModel(dt.UTC, lambda: NOW)
    fresh = QueueModel(dt.UTC, lambda: NOW)
    rows = [row(i) for i in range(1, 41)]
    model.set_rows(rows, SCALE, positions(rows))
    qtmodeltester.check(model)
    resets = model.resets
    signals: list[str] = []
    model.modelReset.connect(lambda: signals.append("reset"))
    model.rowsMoved.connect(lambda *_: signals.append("moved"))
    model.rowsInserted.connect(lambda *_: signals.append("inserted"))
    model.rowsRemoved.connect(lambda *_: signals.append("removed"))
    model.dataChanged.connect(lambda *_: signals.append("changed"))
    rng, next_id = random.Random(18), [40]
    for _ in range(200):
        rows = step(rng, rows, next_id)
        model.set_rows(rows, SCALE, positions(rows))
        fresh.set_rows(rows, SCALE, positions(rows))
        assert [r.id for r in model.rows] == [r.id for r in rows]
        assert cells(model) == cells(fresh)
    assert model.resets == resets  # one change at a time: never a reset
    assert {"moved", "inserted", "removed", "changed"} <= set(signals)
    assert "reset" not in signals
    qtmodeltester.check(model)


def test_unchanged_snapshot_emits_nothing_and_a_reshuffle_resets() -> None:
    model = QueueModel(dt.UTC, lambda: NOW)
    rows = [row(i) for i in range(1, 101)]
    model.set_rows(rows, SCALE, positions(rows))
    emitted: list[str] = []
    model.dataChanged.connect(lambda *_: emitted.append("changed"))
    model.layoutChanged.connect(lambda *_: emitted.append("layout"))
    same = [dataclasses.replace(r) for r in rows]  # a new read of the same queue: equal, not identical
    model.set_rows(same, SCALE, positions(same))
    assert emitted == []
    before = model.resets
    shuffled = list(reversed(rows))
    model.set_rows(shuffled, SCALE, positions(shuffled))
    assert model.resets == before + 1  # most rows moved: one reset is cheaper than 100 moves
    assert [r.id for r in model.rows] == [r.id for r in shuffled]
