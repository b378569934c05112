"""The cashier's takings: this month day by day (stacked by payment mode, refunds out) and today's
split by mode, drawn with QtCharts from ``DayReportService.takings``; the widgets are in ``ui/takings.ui``."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from hms_desktop.domain.money import format_inr
from hms_desktop.errors import HmsError
from hms_desktop.gui.forms import FormError, find, load_form, set_message
from hms_desktop.gui.ops import Ops

if TYPE_CHECKING:
    from hms_desktop.services.container import Services
    from hms_desktop.services.context import Actor

# (the service's mode, its name on the charts: translated where shown, its colour)
MODES = (
    ("cash", str(QT_TRANSLATE_NOOP("TakingsDialog", "Cash")), "#2E7D32"),
    ("card", str(QT_TRANSLATE_NOOP("TakingsDialog", "Card")), "#1565C0"),
    ("upi", str(QT_TRANSLATE_NOOP("TakingsDialog", "UPI")), "#6A1B9A"),
)
Takings = list[tuple[dt.date, dict[str, Decimal]]]


def _axis_max(total: float) -> float:
    """A round top for the value axis (₹1,000s), with some headroom."""
    step = 1000.0 if total <= 20_000 else 5000.0
    return max(step, (int(total * 1.15 / step) + 1) * step)


def _chart_view(host: QWidget) -> QChartView:
    view = QChartView()
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    layout = host.layout()
    if layout is None:
        raise FormError(f"takings.ui: {host.objectName()} has no layout")  # notr: a programmer's error
    layout.addWidget(view)
    return view


class TakingsDialog(QDialog):
    def __init__(self, ops: Ops, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops, self._services, self._actor = ops, services, actor
        self.takings: Takings | None = None
        self.ui = ui = load_form("takings.ui", self)
        self.setWindowTitle(ui.windowTitle())
        self.title = find(ui, QLabel, "titleLabel")
        self.summary = find(ui, QLabel, "summaryLabel")
        self.message = find(ui, QLabel, "messageLabel")
        # the loader knows no QtCharts widget: the chart views go into the form's hosts here
        self.month_view = _chart_view(find(ui, QWidget, "monthHost"))
        self.today_view = _chart_view(find(ui, QWidget, "todayHost"))
        find(ui, QDialogButtonBox, "buttonBox").rejected.connect(self.reject)
        self.resize(1100, 560)

    def start(self) -> None:
        report, billing, actor = self._services.day_report, self._services.billing, self._actor
        set_message(self.message, self.tr("Loading…"), "info")
        self._ops.run(
            lambda: report.takings(actor, billing.clock.today()),
            self.show_takings,
            self._failed,
            timeout_s=30,
            what=self.tr("reading the takings"),
        )

    def _failed(self, error: HmsError) -> None:
        set_message(self.message, error.message, "error")

    def show_takings(self, takings: Takings) -> None:
        self.takings = takings
        set_message(self.message, "")
        if not takings:
            return
        today, today_modes = takings[-1]
        month_total = sum((sum(m.values(), Decimal(0)) for _, m in takings), Decimal(0))
        today_total = sum(today_modes.values(), Decimal(0))
        # the month's name in the desk's language ("December 2026", "दिसंबर 2026")
        month = QLocale().toString(QDate(today.year, today.month, today.day), "MMMM yyyy")
        self.title.setText(self.tr("Takings — {month}").format(month=month))
        by_mode = ", ".join(f"{self.tr(label)} {format_inr(today_modes[m])}" for m, label, _ in MODES)
        self.summary.setText(
            self.tr("This month {month} · today {today} ({modes}) · refunds are taken out").format(
                month=format_inr(month_total), today=format_inr(today_total), modes=by_mode
            )
        )
        self.month_view.setChart(self._month_chart(takings))
        self.today_view.setChart(self._today_chart(today_modes))

    def _month_chart(self, takings: Takings) -> QChart:
        series = QStackedBarSeries()
        for mode, label, colour in MODES:
            bar = QBarSet(self.tr(label))
            bar.setColor(QColor(colour))
            for _, modes in takings:
                bar.append(float(modes[mode]))
            series.append(bar)
        chart = QChart()
        chart.addSeries(series)
        chart.setTitle(self.tr("This month, day by day (₹)"))
        axis_x = QBarCategoryAxis()
        axis_x.append([f"{d.day}" for d, _ in takings])
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        top = max((float(sum(m.values(), Decimal(0))) for _, m in takings), default=0.0)
        axis_y = QValueAxis()
        axis_y.setRange(0, _axis_max(top))
        axis_y.setLabelFormat("%.0f")
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setMargins(QMargins(4, 4, 4, 4))
        return chart

    def _today_chart(self, modes: dict[str, Decimal]) -> QChart:
        series = QBarSeries()
        for mode, label, colour in MODES:
            bar = QBarSet(self.tr(label))  # the amounts are in the line above the charts
            bar.setColor(QColor(colour))
            bar.append(float(modes[mode]))
            series.append(bar)
        chart = QChart()
        chart.addSeries(series)
        chart.setTitle(self.tr("Today by mode (₹)"))
        axis_x = QBarCategoryAxis()
        axis_x.append([self.tr("Today")])
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        axis_y = QValueAxis()
        axis_y.setRange(0, _axis_max(max((float(v) for v in modes.values()), default=0.0)))
        axis_y.setLabelFormat("%.0f")
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setMargins(QMargins(4, 4, 4, 4))
        return chart
