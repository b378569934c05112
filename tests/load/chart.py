"""The latency-over-time chart of a load run, drawn with QPainter offscreen (matplotlib is not a
dependency): per time bucket the p95 of the desks' writes, the p95 of their reads and the median of
everything, the 150 ms target as a line, and the actions per second as bars along the bottom."""

from __future__ import annotations

import math
import os
from pathlib import Path
from typing import Any

READS = {"search", "free slots", "open triage", "refresh queue", "refresh bills", "poll counters"}
SIZE = (960, 440)
MARGIN = (64, 36, 24, 56)  # left, top, right, bottom


def _p(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(q * (len(ordered) - 1))))]


def buckets(results: list[dict[str, Any]], seconds: float) -> tuple[float, list[dict[str, Any]]]:
    width = max(1.0, seconds / 60)
    n = max(1, int(seconds / width + 0.999))
    rows: list[dict[str, Any]] = [{"reads": [], "writes": [], "all": [], "count": 0} for _ in range(n)]
    for r in results:
        for t, action, ms, error in r["events"]:
            if t < 0 or t > seconds or action == "sign in":
                continue
            b = rows[min(n - 1, int(t / width))]
            b["count"] += 1
            if error is None:
                b["reads" if action in READS else "writes"].append(ms)
                b["all"].append(ms)
    return width, rows


def draw_chart(
    path: Path, label: str, results: list[dict[str, Any]], seconds: float, target_ms: float
) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
    from PySide6.QtWidgets import QApplication

    # a QApplication (not a bare QGuiApplication): whoever runs Qt in this process later gets widgets
    app = QApplication.instance() or QApplication([])
    width, rows = buckets(results, seconds)
    series = {
        "writes p95": ([_p(b["writes"], 0.95) for b in rows], QColor("#c0392b")),
        "reads p95": ([_p(b["reads"], 0.95) for b in rows], QColor("#2471a3")),
        "all median": ([_p(b["all"], 0.5) for b in rows], QColor("#27ae60")),
    }
    peak = max([v for vals, _ in series.values() for v in vals if v is not None] + [target_ms * 3])
    top = 10 ** math.ceil(math.log10(peak))  # a log scale: 1 ms to the next power of ten
    rate_top = max([b["count"] / width for b in rows] + [1.0]) * 1.1
    img = QImage(*SIZE, QImage.Format.Format_RGB32)
    img.fill(QColor("white"))
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    left, up, right, bottom = MARGIN
    plot = QRectF(left, up, SIZE[0] - left - right, SIZE[1] - up - bottom)

    def x(t: float) -> float:
        return plot.left() + plot.width() * t / seconds

    def y(ms: float) -> float:
        return plot.bottom() - plot.height() * math.log10(max(1.0, min(ms, top))) / math.log10(top)

    font = QFont()
    font.setPixelSize(12)
    p.setFont(font)
    p.setPen(QPen(QColor("#dddddd"), 1))
    ms = 1.0
    while ms <= top:
        for k in range(1, 10):
            p.setPen(QPen(QColor("#dddddd" if k == 1 else "#f2f2f2"), 1))
            p.drawLine(QPointF(plot.left(), y(ms * k)), QPointF(plot.right(), y(ms * k)))
        p.setPen(QColor("#444444"))
        text = f"{ms:.0f} ms" if ms < 1000 else f"{ms / 1000:.0f} s"
        p.drawText(QRectF(0, y(ms) - 8, left - 6, 16), Qt.AlignmentFlag.AlignRight, text)
        ms *= 10
    for i, b in enumerate(rows):  # actions per second, scaled to the lower quarter
        h = plot.height() * 0.25 * (b["count"] / width) / rate_top
        p.fillRect(
            QRectF(x(i * width) + 1, plot.bottom() - h, max(1.0, x(width) - x(0) - 2), h), QColor("#eeeeee")
        )
    p.setPen(QPen(QColor("#e67e22"), 1.5, Qt.PenStyle.DashLine))
    p.drawLine(QPointF(plot.left(), y(target_ms)), QPointF(plot.right(), y(target_ms)))
    p.drawText(QPointF(plot.right() - 120, y(target_ms) - 4), f"target p95 {target_ms:.0f} ms")
    for values, colour in series.values():
        p.setPen(QPen(colour, 2))
        last = None
        for i, v in enumerate(values):
            if v is None:
                last = None
                continue
            pt = QPointF(x((i + 0.5) * width), y(v))
            if last is not None:
                p.drawLine(last, pt)
            p.drawEllipse(pt, 2, 2)
            last = pt
    p.setPen(QColor("#222222"))
    p.drawRect(plot)
    for t in range(0, int(seconds) + 1, max(5, int(seconds / 10) // 5 * 5 or 5)):
        p.drawText(QRectF(x(t) - 30, plot.bottom() + 4, 60, 16), Qt.AlignmentFlag.AlignCenter, f"{t} s")
    title = QFont(font)
    title.setBold(True)
    p.setFont(title)
    desks = len(results)
    heading = f"{label}: {desks} desks, latency per {width:.0f} s, log scale"
    p.drawText(QPointF(left, 22), f"{heading} (grey: actions/s, up to {rate_top / 1.1:.0f})")
    p.setFont(font)
    lx = plot.left() + 8
    for name, (_, colour) in series.items():
        p.setPen(QPen(colour, 3))
        p.drawLine(QPointF(lx, plot.top() + 12), QPointF(lx + 18, plot.top() + 12))
        p.setPen(QColor("#222222"))
        p.drawText(QPointF(lx + 22, plot.top() + 16), name)
        lx += 110
    p.drawText(QRectF(plot.left(), SIZE[1] - 22, plot.width(), 16), Qt.AlignmentFlag.AlignCenter,
               "seconds since the desks started")  # fmt: skip
    p.end()
    img.save(str(path))
    assert app is not None
