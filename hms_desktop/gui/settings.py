"""Every desk setting the GUI keeps, declared once: name, type, default, purpose (over QSettings).

Clinic-wide settings (idle lock minutes, clinic name...) live in the database and come from
``services.clinic``; this module holds only what belongs to one desk: window geometry, the last
username, the Patients sort. Secrets never go here (database passwords are in the OS keychain).

The store carries a version stamp. When a later release renames or drops a key, it bumps
``VERSION`` and adds a step to ``_MIGRATIONS``; keys from older versions are moved, not lost.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

log = logging.getLogger(__name__)

T = TypeVar("T")

VERSION = 2
VERSION_KEY = "meta/settings_version"


@dataclasses.dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    type: type[T]
    default: T
    doc: str  # the setting's purpose, for whoever reads the code or the .ini: never shown on the desk


# ``# notr``: a setting's doc is the programmer's note, not the desk's words
LAST_USERNAME = Setting("login/last_username", str, "", "Pre-filled on the sign-in dialog.")  # notr
LAST_TAB = Setting(
    "main/last_tab",
    str,
    "",
    "The key of the tab the main window reopens on ('' = the first).",  # notr
)


def last_tab_of(username: str) -> Setting[str]:
    """The tab ``username`` left last on this desk: they reopen there; a new user gets the role's home."""
    return Setting(f"main/last_tab_of/{username}", str, "", f"The tab {username} left last.")  # notr


PATIENT_SORT = Setting("patients/sort", str, "name", "Patients tab sort: name, mrn or registered.")  # notr
PATIENT_DESCENDING = Setting("patients/descending", bool, False, "Patients tab sort direction.")  # notr
IDLE_LOCK_SECONDS = Setting(
    "security/idle_lock_seconds",
    int,
    0,
    "Testing/kiosk override of the clinic's idle-lock minutes; 0 uses the clinic setting.",  # notr
)


def window_geometry(name: str) -> Setting[QByteArray]:
    """The saved geometry of window ``name`` (one template for every window)."""
    doc = f"Geometry of the {name} window."  # notr
    return Setting(f"windows/{name}/geometry", QByteArray, QByteArray(), doc)


def window_state(name: str) -> Setting[QByteArray]:
    """The saved toolbar/dock state of main window ``name``."""
    doc = f"State of the {name} window."  # notr
    return Setting(f"windows/{name}/state", QByteArray, QByteArray(), doc)


# desk defaults, chosen in the set-up wizard's last page (issue 13)
INVOICE_PAPER = Setting("print/invoice_paper", str, "A5", "Paper for invoices: A5, A4 or 80mm.")  # notr
PRESCRIPTION_PAPER = Setting(
    "print/prescription_paper",
    str,
    "A5",
    "Paper for prescriptions: A5 or A4.",  # notr
)
SLIP_PAPER = Setting("print/slip_paper", str, "80mm", "Slips and receipts: the 80mm roll.")  # notr
PDF_FOLDER = Setting(
    "print/pdf_folder",
    str,
    "",
    "Where PDFs are saved ('' = Documents/HMS Desktop).",  # notr
)
# the desk's language (issue 17): read once at start (gui/i18n.py), so a change applies on restart
LANGUAGE = Setting(
    "desk/language",
    str,
    "system",
    "The desk's language: system (the computer's), en or hi.",  # notr
)


def pdf_folder(settings: Settings | None) -> Path:
    """The folder 'Save as PDF' starts in: the desk's choice, else the user's Documents folder
    (never the program's folder, which a desk user may not write to)."""
    chosen = settings.get(PDF_FOLDER) if settings is not None else ""
    if chosen:
        return Path(chosen)
    from PySide6.QtCore import QStandardPaths

    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs or Path.home()) / "HMS Desktop"  # notr: a folder's name, the same in every language


DECLARED: tuple[Setting[Any], ...] = (
    LAST_USERNAME,
    LAST_TAB,
    PATIENT_SORT,
    PATIENT_DESCENDING,
    IDLE_LOCK_SECONDS,
    INVOICE_PAPER,
    PRESCRIPTION_PAPER,
    SLIP_PAPER,
    PDF_FOLDER,
    LANGUAGE,
)

# the tab order of version 1, which stored the last tab's index instead of its key
_V1_TABS = ("patients", "appointments", "doctors", "queue", "billing")


def _last_tab_key(q: QSettings) -> None:
    """1 -> 2: ``main/last_tab`` holds the tab's key; an index from version 1 becomes its key (an
    index out of range is dropped: the window opens on its first tab)."""
    raw = q.value(LAST_TAB.key, None)
    if raw is None:
        return
    text = str(raw).strip()
    if text.isdigit():
        index = int(text)
        if index < len(_V1_TABS):
            q.setValue(LAST_TAB.key, _V1_TABS[index])
        else:
            q.remove(LAST_TAB.key)


# version n -> n+1 steps, e.g. {1: lambda q: q.remove("old/key")}
_MIGRATIONS: dict[int, Callable[[QSettings], None]] = {1: _last_tab_key}


class Settings:
    """Typed access to the declared settings; an INI file under the user config folder by default."""

    def __init__(self, path: Path | str | None = None) -> None:
        if path is None:
            self._q = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "hms-desktop", "desk")
        else:
            self._q = QSettings(str(path), QSettings.Format.IniFormat)
        self._upgrade()

    @property
    def path(self) -> str:
        return self._q.fileName()

    def _upgrade(self) -> None:
        raw = self._q.value(VERSION_KEY, 0, type=int)
        stored = raw if isinstance(raw, int) else 0
        if stored > VERSION:
            log.warning("desk settings come from a newer release (version %s); keeping them", stored)
            return
        for step in range(max(stored, 1), VERSION):
            migrate = _MIGRATIONS.get(step)
            if migrate is not None:
                migrate(self._q)
        if stored != VERSION:
            self._q.setValue(VERSION_KEY, VERSION)

    def get(self, setting: Setting[T]) -> T:
        if not self._q.contains(setting.key):
            return setting.default
        try:
            value = self._q.value(setting.key, setting.default, type=setting.type)
        except (TypeError, ValueError):
            return setting.default
        return value if isinstance(value, setting.type) else setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        if not isinstance(value, setting.type):
            raise TypeError(f"{setting.key} takes {setting.type.__name__}, not {type(value).__name__}")
        self._q.setValue(setting.key, value)

    def sync(self) -> None:
        self._q.sync()
