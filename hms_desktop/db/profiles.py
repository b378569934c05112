"""Connection profiles: where the database is. Passwords are never part of a profile; they live
in the OS keychain (see ``hms_desktop.secrets``)."""

from __future__ import annotations

import dataclasses
from enum import StrEnum
from pathlib import Path

from sqlalchemy.engine import URL


class Backend(StrEnum):
    SQLITE = "sqlite"
    POSTGRESQL = "postgresql"
    ORACLE = "oracle"


@dataclasses.dataclass(frozen=True)
class Profile:
    name: str
    backend: Backend
    host: str = ""
    port: int = 0
    database: str = ""  # service name (Oracle), database (PostgreSQL) or file path (SQLite)
    user: str = ""

    @property
    def keychain_key(self) -> str:
        return f"{self.backend}:{self.user}@{self.host}:{self.port}/{self.database}"

    def describe(self) -> str:
        if self.backend is Backend.SQLITE:
            return f"embedded ({Path(self.database).name})"
        return f"{self.backend} {self.user}@{self.host}:{self.port}/{self.database}"

    def url(self, password: str | None = None) -> URL:
        if self.backend is Backend.SQLITE:
            return URL.create("sqlite+pysqlite", database=self.database)
        if self.backend is Backend.POSTGRESQL:
            return URL.create(
                "postgresql+psycopg",
                username=self.user,
                password=password,
                host=self.host,
                port=self.port or 5432,
                database=self.database,
            )
        return URL.create(
            "oracle+oracledb",
            username=self.user,
            password=password,
            host=self.host,
            port=self.port or 1521,
            query={"service_name": self.database},
        )


def profile_from_url(url: str, name: str = "url") -> tuple[Profile, str | None]:
    """Parse a SQLAlchemy URL (tests, CLI ``--url``) into a profile plus its password."""
    from sqlalchemy.engine import make_url

    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        return Profile(name, Backend.SQLITE, database=u.database or ""), None
    backend = Backend(u.get_backend_name())
    database = u.database or str(u.query.get("service_name", ""))
    return (
        Profile(name, backend, host=u.host or "", port=u.port or 0, database=database, user=u.username or ""),
        u.password,
    )
