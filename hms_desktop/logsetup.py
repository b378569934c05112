"""The desk's log: a rotating file in the user's log folder, with no patient data and no secrets.

SQLAlchemy engines are made with ``hide_parameters=True`` (hms_desktop/db/engine.py), so statement
errors carry the SQL with placeholders but never the bound names, phone numbers, ABHA numbers or
allergies. Driver messages can still quote a value (PostgreSQL's ``DETAIL: Key (phone)=(98...)``,
a CHECK failure's row): :class:`PatientDataFilter` cuts those parts out of every record, including
the text of an exception and its chain. The file is 0600 in a 0700 folder; 1 MB x 5 files.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
import traceback
from io import TextIOWrapper
from pathlib import Path

import platformdirs

from hms_desktop.private_files import private_dir, private_file

APP_NAME = "hms-desktop"
LOG_NAME = "hms-desktop.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

# Parts of driver messages that quote row values
_VALUE_PATTERNS = (
    re.compile(r"(DETAIL:\s*)[^\n]*"),  # PostgreSQL: Key (col)=(value) already exists, Failing row...
    re.compile(r"(Failing row contains\s*)\([^\n]*"),
    re.compile(r"(Key\s*\([^)]*\)=)\([^\n]*?\)"),
    re.compile(r"(\[parameters:\s*)[^\]]*"),  # a statement logged by another engine without hide_parameters
)


def scrub(text: str) -> str:
    """``text`` with any quoted row values replaced by ``<hidden>``."""
    for pattern in _VALUE_PATTERNS:
        text = pattern.sub(lambda m: m.group(1) + "<hidden>", text)
    return text


class PatientDataFilter(logging.Filter):
    """Formats a record's message and exception now, scrubbed, so no handler sees the raw values."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if record.exc_info and record.exc_info[1] is not None:
            exc = record.exc_info[1]
            message += "\n" + "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
            record.exc_info = None
            record.exc_text = None
        record.msg, record.args = scrub(message), None
        return True


def log_dir() -> Path:
    override = os.environ.get("HMS_DATA_DIR")
    if override:
        return Path(override) / "logs"
    return platformdirs.user_log_path(APP_NAME, appauthor=False)


def configure(folder: Path | None = None, level: int = logging.INFO) -> Path:
    """Log to stderr and to the rotating file in ``folder`` (default: the user's log folder);
    returns the file's path. Safe to call twice (the second call changes nothing)."""
    root = logging.getLogger()
    target = private_dir(folder or log_dir(), tighten=folder is None) / LOG_NAME
    for handler in root.handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler) and Path(handler.baseFilename) == target:
            return target
    file_handler = PrivateRotatingFileHandler(
        target, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
    )
    file_handler.setFormatter(logging.Formatter(FORMAT))
    file_handler.addFilter(PatientDataFilter())
    console = logging.StreamHandler()
    console.setFormatter(logging.Formatter(FORMAT))
    console.addFilter(PatientDataFilter())
    root.addHandler(file_handler)
    root.addHandler(console)
    root.setLevel(level)
    return target


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Every file it opens (the first, and each new one after a rotation) is 0600 from the start."""

    def _open(self) -> TextIOWrapper:
        private_file(self.baseFilename)
        return super()._open()
