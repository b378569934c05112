"""What the Appointments grid reads: one column of slots per day or doctor, with leave marked.

:func:`column_reader` turns the tab's choice (department, doctor or the whole department, a day or a
week) into the call its worker runs; the call returns ``(header, slots)`` pairs for
:class:`~hms_desktop.gui.tabs.appointments.model.SlotGridModel`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from hms_desktop.gui.tabs.appointments.timefmt import day_label

if TYPE_CHECKING:
    from hms_desktop.services.clinic_types import DoctorInfo
    from hms_desktop.services.context import Actor
    from hms_desktop.services.scheduling import SchedulingService

WHOLE_DEPARTMENT = -1
# the headers read in the Appointments tab: its context ("AppointmentsTab") in the translation


def _on_leave_day(day: dt.date, away: bool) -> str:
    label = day_label(day)
    return QCoreApplication.translate("AppointmentsTab", "{day} (leave)").format(day=label) if away else label


def _on_leave_doctor(name: str, away: bool) -> str:
    if not away:
        return name
    return QCoreApplication.translate("AppointmentsTab", "{doctor} (on leave)").format(doctor=name)


def leave_days(leaves: Sequence[Any]) -> set[dt.date]:
    days = set()
    for leave in leaves:
        day = leave.from_date
        while day <= leave.to_date:
            days.add(day)
            day += dt.timedelta(days=1)
    return days


def column_reader(
    svc: SchedulingService,
    actor: Actor,
    doctors: Sequence[DoctorInfo],
    doctor_name: Callable[[int], str],
    dept_id: int,
    doctor_id: int,
    day: dt.date,
    week: bool,
) -> Callable[[], Any]:
    """The call that reads the grid's columns; ``doctor_id`` may be WHOLE_DEPARTMENT."""
    if week and doctor_id == WHOLE_DEPARTMENT:
        start = day - dt.timedelta(days=day.weekday())
        team = [(d.id, d.full_name) for d in doctors if d.department_id == dept_id and d.is_active]

        def fetch() -> Any:
            # one column per working day and doctor, day by day: the department's week at a glance
            columns = []
            for doc_id, name in team:
                weeks = svc.week_slots(actor, doc_id, start)
                away = leave_days(svc.list_leave(actor, doc_id))
                for d, slots in weeks.items():
                    if slots or d in away:
                        header = (
                            QCoreApplication.translate("AppointmentsTab", "{day}\n{doctor} (leave)")
                            if d in away
                            else "{day}\n{doctor}"
                        ).format(day=day_label(d), doctor=name)
                        columns.append((d, header, slots))
            columns.sort(key=lambda c: (c[0], c[1]))
            return [(header, slots) for _d, header, slots in columns]
    elif week:
        start = day - dt.timedelta(days=day.weekday())

        def fetch() -> Any:
            weeks = svc.week_slots(actor, doctor_id, start)
            away = leave_days(svc.list_leave(actor, doctor_id))
            return [(_on_leave_day(d, d in away), weeks[d]) for d in sorted(weeks)]
    elif doctor_id == WHOLE_DEPARTMENT:

        def fetch() -> Any:
            by_doctor = svc.department_day(actor, dept_id, day)
            away = {i for i in by_doctor if day in leave_days(svc.list_leave(actor, i))}
            return [(_on_leave_doctor(doctor_name(i), i in away), slots) for i, slots in by_doctor.items()]
    else:

        def fetch() -> Any:
            away = leave_days(svc.list_leave(actor, doctor_id))
            return [
                (_on_leave_doctor(doctor_name(doctor_id), day in away), svc.day_slots(actor, doctor_id, day))
            ]

    return fetch
