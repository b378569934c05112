"""Files that hold patient data or secrets are the desk user's alone: folders 0700, files 0600.

The embedded database (and its WAL/SHM, which SQLite creates with the database file's mode), its
backups, the consultation drafts and the log live under the user's data folder. On POSIX desks the
folders are made 0700 and the files 0600 whatever the umask; on Windows the user's profile folder
already keeps other users out, and ``chmod`` there only toggles the read-only flag, so nothing is
changed. No Qt; the CLI and the services use this module too.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600
_POSIX = sys.platform != "win32"


def private_dir(path: Path | str, *, tighten: bool = False) -> Path:
    """``path``, created 0700 (with any missing parents) when it does not exist.

    A folder that already exists is left as it is unless ``tighten`` (the app's own data folder):
    a database file may sit in a shared folder (``/tmp``, a clinic share) whose mode is not ours to
    change, and the file itself is made 0600 anyway.
    """
    folder = Path(path)
    missing = not folder.exists()
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    if _POSIX and (missing or tighten):
        os.chmod(folder, PRIVATE_DIR)
    return folder


def private_file(path: Path | str) -> Path:
    """``path`` kept from other users on POSIX: created empty with mode 0600 when missing; when it
    exists, only the group and other bits are taken away (a read-only file stays read-only, and a
    file this user does not own, or cannot change, is left as it is)."""
    target = Path(path)
    if not _POSIX:
        if not target.exists():
            target.touch()
        return target
    if not target.exists():
        fd = os.open(target, os.O_CREAT | os.O_WRONLY | os.O_EXCL, PRIVATE_FILE)  # never readable by others
        os.close(fd)
        return target
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
        if mode & 0o077:
            os.chmod(target, mode & ~0o077)
    except PermissionError:
        pass  # not ours to change (a shared or read-only file): opening it will say what is wrong
    return target


def write_private_text(path: Path | str, text: str) -> None:
    """Write ``text`` to ``path`` atomically (a 0600 temporary file renamed over it)."""
    target = Path(path)
    private_dir(target.parent)
    temp = target.with_name(target.name + ".tmp")
    flags = os.O_CREAT | os.O_WRONLY | os.O_TRUNC
    fd = os.open(temp, flags, PRIVATE_FILE)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    if _POSIX:
        os.chmod(temp, PRIVATE_FILE)
    os.replace(temp, target)
