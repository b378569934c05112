"""The Appointments tab: day/week slot grids per doctor or department, booking and its follow-ups."""

from hms_desktop.gui.tabs.appointments.view import AppointmentsTab

__all__ = ["AppointmentsTab"]
