"""'This database is open in the app': an OS file lock beside the embedded database.

The desk app holds a shared lock on ``<db>.inuse`` while it has the database open; ``backup restore``
asks for an exclusive lock and refuses when it cannot get one. The OS drops the lock when the process
ends, however it ends, so a crashed app never leaves the database "in use". POSIX ``flock``; on
Windows a one-byte ``msvcrt`` lock (exclusive there, which is enough: one desk app per PC).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import IO


def lock_path(db_path: Path | str) -> Path:
    return Path(f"{db_path}.inuse")


class InUse:
    """Hold this while the app has the database open (``release()`` or process exit ends it)."""

    def __init__(self, db_path: Path | str) -> None:
        self._fh: IO[bytes] | None = None
        path = lock_path(db_path)
        try:
            fh = path.open("a+b")
        except OSError:
            return  # a read-only folder: nothing can be restored over it anyway
        if not _lock(fh, shared=True):
            fh.close()
            return
        self._fh = fh

    def release(self) -> None:
        if self._fh is not None:
            _unlock(self._fh)
            self._fh.close()
            self._fh = None


def in_use(db_path: Path | str) -> bool:
    """True while some process holds :class:`InUse` on ``db_path``."""
    path = lock_path(db_path)
    if not path.exists():
        return False
    with path.open("a+b") as fh:
        if _lock(fh, shared=False):
            _unlock(fh)
            return False
        return True


def _lock(fh: IO[bytes], shared: bool) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            fh.seek(0)
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    import fcntl

    try:
        fcntl.flock(fh.fileno(), (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


def _unlock(fh: IO[bytes]) -> None:
    try:
        if sys.platform == "win32":
            import msvcrt

            fh.seek(0)
            msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
    except OSError:
        pass
