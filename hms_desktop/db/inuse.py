"""'This database is open in the app': an OS file lock beside the embedded database.

The desk app holds a shared lock on ``<db>.inuse`` while it has the database open; ``backup restore``
asks for an exclusive lock and refuses when it cannot get one. The OS drops the lock when the process
ends, however it ends, so a crashed app never leaves the database "in use". POSIX ``flock``; on
Windows a one-byte ``msvcrt`` lock (exclusive there, which is enough: one desk app per PC).
"""

from __future__ import annotations

import os
import sys
import weakref
from pathlib import Path


def lock_path(db_path: Path | str) -> Path:
    return Path(f"{db_path}.inuse")


class InUse:
    """Hold this while the app has the database open (``release()``, garbage collection or process
    exit ends it)."""

    def __init__(self, db_path: Path | str) -> None:
        self._fd: int | None = None
        try:
            fd = os.open(lock_path(db_path), os.O_RDWR | os.O_CREAT, 0o644)
        except OSError:
            return  # a read-only folder: nothing can be restored over it anyway
        if not _lock(fd, shared=True):
            os.close(fd)
            return
        self._fd = fd
        self._finalizer = weakref.finalize(self, os.close, fd)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is not None:
            _unlock(self._fd)
            self._finalizer()  # closes the descriptor once
            self._fd = None


def in_use(db_path: Path | str) -> bool:
    """True while some process holds :class:`InUse` on ``db_path``."""
    path = lock_path(db_path)
    if not path.exists():
        return False
    fd = os.open(path, os.O_RDWR)
    try:
        if _lock(fd, shared=False):
            _unlock(fd)
            return False
        return True
    finally:
        os.close(fd)


def _lock(fd: int, shared: bool) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    import fcntl

    try:
        fcntl.flock(fd, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


def _unlock(fd: int) -> None:
    try:
        if sys.platform == "win32":
            import msvcrt

            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_UN)
    except OSError:
        pass
