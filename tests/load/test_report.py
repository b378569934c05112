"""The load report from the desks' results: percentiles, verdicts, polls counted within the run only,
errors by kind, anomalies listed, and a chart that is drawn (not a blank image)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QColor, QImage

from tests.load.chart import draw_chart
from tests.load.run import pctl, summarise, table


def _results() -> list[dict[str, Any]]:
    fast = [(t * 0.5, "search", 20.0 + t, None) for t in range(100)]
    slow = [(t * 0.5, "call next", 400.0, None) for t in range(20)] + [
        (3.0, "call next", 5.0, "ConcurrentChange")
    ]
    polls = [(float(t), "poll counters", 2.0, None) for t in range(-5, 50)]  # 5 before the start
    return [
        {"desk": "rece01", "role": "receptionist", "events": fast + polls, "writes": [], "polls": 55,
         "notifications": 0, "subscriptions": 0, "crashes": []},
        {"desk": "doct01", "role": "doctor", "events": slow, "writes": [{"kind": "called", "entry_id": 1}],
         "polls": 0, "notifications": 3, "subscriptions": 1, "crashes": []},
    ]  # fmt: skip


def test_summary_and_table() -> None:
    assert pctl([1.0, 2.0, 3.0, 4.0], 0.5) in (2.0, 3.0)
    checks = {"double bookings": [], "lost updates": ["booking 7 by rece01 is lost or changed"]}
    report = summarise("SQLite", 2, 50.0, _results(), checks, [], None, None, None)
    report["chart"] = "x.png"
    assert report["actions"]["search"]["count"] == 100
    assert report["actions"]["call next"]["errors"] == {"ConcurrentChange": 1}
    assert report["polls_per_desk_s"] == 50 / 2 / 50.0  # the 5 polls before the start do not count
    lines = "\n".join(table(report))
    assert "call next" in lines and "MISSED" in lines
    search = next(line for line in lines.splitlines() if line.startswith("search"))
    assert search.endswith("ok")
    assert "call next: ConcurrentChange x1" in lines
    assert "check lost updates: 1 FAILED" in lines and "booking 7 by rece01" in lines
    assert "check double bookings: 0 ok" in lines


def test_chart_is_drawn(qapp: Any, tmp_path: Path) -> None:
    out = tmp_path / "latency.png"
    draw_chart(out, "SQLite", _results(), 50.0, 150.0)
    img = QImage(str(out))
    assert not img.isNull() and img.width() == 960
    red = QColor("#c0392b").rgb()  # the writes' p95 line
    assert any(img.pixel(x, y) == red for x in range(0, img.width(), 2) for y in range(0, img.height(), 2))
