"""The e2e suite's view of the results: the app's own SQLite file opened with the service layer.

The app keeps the file open (WAL mode, so reads here never block it); each check is a fresh read.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hms_desktop.db.engine import Database
from hms_desktop.db.profiles import Backend, Profile
from hms_desktop.services.container import Services, build_services
from hms_desktop.services.context import Actor

DEMO_PASSWORD = "demo1234"


class Clinic:
    def __init__(self, db_path: Path) -> None:
        self.path = db_path
        self._db: Database | None = None
        self._services: Services | None = None
        self._actors: dict[str, Actor] = {}

    def ready(self) -> bool:
        """The app has made the demo clinic (its five accounts exist)."""
        if not self.path.exists():
            return False
        try:
            self.actor("admin")
        except Exception:
            self._actors.clear()
            return False
        return True

    @property
    def services(self) -> Services:
        if self._services is None:
            from hms_desktop.db.engine import make_engine

            profile = Profile("e2e-check", Backend.SQLITE, database=str(self.path))
            self._db = Database(make_engine(profile), profile)
            self._services = build_services(self._db)
        return self._services

    def actor(self, username: str) -> Actor:
        if username not in self._actors:
            self._actors[username] = self.services.auth.login(username, DEMO_PASSWORD)
        return self._actors[username]

    @property
    def admin(self) -> Actor:
        return self.actor("admin")

    def patients_named(self, first: str, last: str) -> list[Any]:
        rows = self.services.patients.search(self.admin, f"{first} {last}", limit=50)
        return [r for r in rows if r.display_name == f"{first} {last}"]

    def queue(self, include_closed: bool = True) -> list[Any]:
        return list(self.services.queue.snapshot(self.admin, include_closed=include_closed).rows)

    def entry_of(self, patient_id: int) -> Any:
        rows = [r for r in self.queue() if r.patient_id == patient_id]
        return rows[-1] if rows else None

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()

    @property
    def tz(self) -> Any:
        return self.services.clock.zone
