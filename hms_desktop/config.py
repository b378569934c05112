"""Where the app keeps its files, and the store of connection profiles.

- Data (the embedded database): ``platformdirs`` user data folder, or ``$HMS_DATA_DIR`` when set.
- Config (``profiles.json``): ``platformdirs`` user config folder, or ``$HMS_DATA_DIR/config``.

``profiles.json`` holds the list of profiles and the chosen one. It never holds a password: those
live in the OS keychain (``hms_desktop.secrets``). No Qt here; the CLI uses this module too.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import tempfile
from pathlib import Path
from typing import Any

import platformdirs

from hms_desktop.db.profiles import Backend, OracleMethod, Profile
from hms_desktop.errors import HmsError, ValidationError

APP_NAME = "hms-desktop"
EMBEDDED_NAME = "embedded"
_FORMAT_VERSION = 1


def data_dir() -> Path:
    override = os.environ.get("HMS_DATA_DIR")
    if override:
        return Path(override)
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def config_dir() -> Path:
    override = os.environ.get("HMS_DATA_DIR")
    if override:
        return Path(override) / "config"
    return platformdirs.user_config_path(APP_NAME, appauthor=False)


def default_db_path() -> Path:
    """The embedded database file, in the app's own data folder (made 0700: it holds patients)."""
    from hms_desktop.private_files import private_dir

    return private_dir(data_dir(), tighten=True) / "hms.db"


def embedded_profile(path: Path | str | None = None) -> Profile:
    """The profile of the embedded SQLite database (the default file unless ``path`` is given)."""
    return Profile(EMBEDDED_NAME, Backend.SQLITE, database=str(path or default_db_path()))


@dataclasses.dataclass(frozen=True)
class StoredProfiles:
    profiles: tuple[Profile, ...]
    chosen: str | None


# connection details added after format 1 was first written: stored only when set, so a file
# written by this version still reads in an older one, and an older file reads here with defaults
_OPTIONAL_FIELDS = ("dsn", "tns_admin", "wallet", "sslmode", "sslrootcert", "sslcert", "sslkey", "schema")


def _profile_to_json(p: Profile) -> dict[str, Any]:
    out: dict[str, Any] = {
        "name": p.name,
        "backend": p.backend.value,
        "host": p.host,
        "port": p.port,
        "database": p.database,
        "user": p.user,
    }
    if p.method is not OracleMethod.SERVICE:
        out["method"] = p.method.value
    out.update({f: getattr(p, f) for f in _OPTIONAL_FIELDS if getattr(p, f)})
    return out


def _profile_from_json(d: dict[str, Any]) -> Profile:
    return Profile(
        name=str(d["name"]),
        backend=Backend(str(d["backend"])),
        host=str(d.get("host", "")),
        port=int(d.get("port", 0)),
        database=str(d.get("database", "")),
        user=str(d.get("user", "")),
        method=OracleMethod(str(d.get("method", OracleMethod.SERVICE.value))),
        **{f: str(d.get(f, "") or "") for f in _OPTIONAL_FIELDS},
    )


class ProfileStore:
    """The connection profiles in ``profiles.json``; every change is written atomically."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or config_dir() / "profiles.json"

    def load(self) -> StoredProfiles:
        if not self.path.exists():
            return StoredProfiles((), None)
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            profiles = tuple(_profile_from_json(d) for d in raw.get("profiles", []))
            chosen = raw.get("chosen")
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise HmsError(f"The connection profiles file {self.path} is unreadable: {exc}") from exc
        return StoredProfiles(profiles, chosen if isinstance(chosen, str) else None)

    def _save(self, stored: StoredProfiles) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        payload = {
            "version": _FORMAT_VERSION,
            "chosen": stored.chosen,
            "profiles": [_profile_to_json(p) for p in stored.profiles],
        }
        fd, tmp = tempfile.mkstemp(prefix=".profiles-", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(payload, fh, indent=2)
            os.replace(tmp, self.path)
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)

    def list(self) -> tuple[Profile, ...]:
        return self.load().profiles

    def get(self, name: str) -> Profile:
        for p in self.load().profiles:
            if p.name == name:
                return p
        if name == EMBEDDED_NAME:
            return embedded_profile()
        raise HmsError(f"There is no connection profile named {name!r}.")

    def add(self, profile: Profile, *, replace: bool = False) -> None:
        name = profile.name.strip()
        if not name or name == EMBEDDED_NAME:
            raise ValidationError({"name": f"Choose a profile name other than {EMBEDDED_NAME!r}."})
        stored = self.load()
        others = tuple(p for p in stored.profiles if p.name != name)
        if len(others) != len(stored.profiles) and not replace:
            raise ValidationError({"name": f"A profile named {name!r} already exists."})
        self._save(StoredProfiles((*others, profile), stored.chosen))

    def remove(self, name: str) -> None:
        stored = self.load()
        kept = tuple(p for p in stored.profiles if p.name != name)
        if len(kept) == len(stored.profiles):
            raise HmsError(f"There is no connection profile named {name!r}.")
        self._save(StoredProfiles(kept, None if stored.chosen == name else stored.chosen))

    def choose(self, name: str) -> None:
        stored = self.load()
        if name != EMBEDDED_NAME and all(p.name != name for p in stored.profiles):
            raise HmsError(f"There is no connection profile named {name!r}.")
        self._save(StoredProfiles(stored.profiles, name))

    def chosen(self) -> Profile:
        """The profile the app opens by default: the chosen one, else the embedded database."""
        stored = self.load()
        for p in stored.profiles:
            if p.name == stored.chosen:
                return p
        return embedded_profile()
