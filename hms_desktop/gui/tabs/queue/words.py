"""The queue table's words in the desk's language: the statuses, the level chip's text, durations,
due times and the tooltips' sentences, translated once per model (the "QueueModel" context).

:class:`~hms_desktop.gui.tabs.queue.model.QueueModel` reads them for every cell; a cell's text is
made again for every row each minute, so no translation is looked up per cell.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from hms_desktop.gui.i18n import service_text
from hms_desktop.services.queue_types import QueueRow, ScaleLevelInfo

STATUS_TEXT = {
    "waiting": QT_TRANSLATE_NOOP("QueueModel", "Waiting"),
    "called": QT_TRANSLATE_NOOP("QueueModel", "Called"),
    "in_consult": QT_TRANSLATE_NOOP("QueueModel", "In consultation"),
    "done": QT_TRANSLATE_NOOP("QueueModel", "Done"),
    "left": QT_TRANSLATE_NOOP("QueueModel", "Left"),
    "transferred": QT_TRANSLATE_NOOP("QueueModel", "Transferred"),
}
PENDING_TEXT = QT_TRANSLATE_NOOP("QueueModel", "Triage pending")


def _tr(text: object) -> str:
    """A word marked with QT_TRANSLATE_NOOP("QueueModel", ...), in the desk's language."""
    return QCoreApplication.translate("QueueModel", str(text))


def minutes(delta: dt.timedelta) -> int:
    return max(0, int(delta.total_seconds() // 60))


class Words:
    """The table's words in the desk's language, translated once (the model reads them per cell, and
    a cell's text is made again for every row each minute: no translation lookup per cell);
    ``columns``: the column titles (marked in the "QueueModel" context) the header shows."""

    def __init__(self, columns: Sequence[object] = ()) -> None:
        self.headers = [_tr(c) for c in columns]
        self.status = {key: _tr(text) for key, text in STATUS_TEXT.items()}
        self.pending = "○ " + _tr(PENDING_TEXT)
        self.minutes = QCoreApplication.translate("QueueModel", "{m} min")
        self.hours = QCoreApplication.translate("QueueModel", "{h} h {m} min")
        self.waited = QCoreApplication.translate("QueueModel", "waited {duration}")
        self.due_now = QCoreApplication.translate("QueueModel", "⚠ due now")
        self.overdue = QCoreApplication.translate("QueueModel", "⚠ overdue, {duration}")
        self.due = QCoreApplication.translate("QueueModel", "due {time}")
        self.unassigned = QCoreApplication.translate("QueueModel", "Unassigned")
        self.from_token = QCoreApplication.translate("QueueModel", "↪ from {token}")
        self.promoted = QCoreApplication.translate("QueueModel", "promoted")
        self.not_triaged = QCoreApplication.translate(
            "QueueModel", "Not triaged yet: waits as standard until the nurse has seen them."
        )
        self.within = QCoreApplication.translate("QueueModel", "{level}: to be seen within {minutes} min")
        self.changed_from = QCoreApplication.translate(
            "QueueModel", "Changed from the suggested {level}: {reason}"
        )
        self.arrived = QCoreApplication.translate(
            "QueueModel", "Arrived {arrived}, target {minutes} min, due {due}"
        )

    def duration(self, mins: int) -> str:
        if mins < 60:
            return self.minutes.format(m=mins)
        return self.hours.format(h=mins // 60, m=f"{mins % 60:02d}")


def level_text(info: ScaleLevelInfo | None, words: Words | None = None) -> str:
    """'▲ Very urgent': the level's glyph and its name (a service's word: in the desk's language)."""
    if info is None:
        return (words or Words()).pending
    return f"{info.icon} {service_text(info.label)}"


def status_text(row: QueueRow, words: Words | None = None) -> str:
    w = words or Words()
    parts = [w.status.get(row.status, row.status.replace("_", " ").capitalize())]
    if row.transferred_from:
        parts.append(w.from_token.format(token=row.transferred_from))
    if row.promoted:
        parts.append(w.promoted)
    return " · ".join(parts)
