"""The Doctors tab: departments, doctors, weekly schedules and leave (edits are admin-only)."""

from hms_desktop.gui.tabs.doctors.view import DoctorsTab

__all__ = ["DoctorsTab"]
