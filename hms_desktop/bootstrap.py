"""Opening a database: engine, reachability probe, schema migration, first-start demo data.

Used by the GUI's composition root and by the CLI; no Qt here.
"""

from __future__ import annotations

import logging
from pathlib import Path

from alembic.util.exc import CommandError
from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError

from hms_desktop.config import embedded_profile
from hms_desktop.db.engine import Database, make_engine
from hms_desktop.db.errors import map_db_error
from hms_desktop.db.migrate import current_revision, head_revision, upgrade
from hms_desktop.db.profiles import Backend, Profile
from hms_desktop.errors import CannotConnect, HmsError

log = logging.getLogger(__name__)


def map_or_cannot_connect(exc: Exception, profile: Profile) -> HmsError:
    """The mapped HmsError for a driver error, else a CannotConnect naming the database."""
    mapped = map_db_error(exc)
    if mapped is not None:
        return mapped
    return CannotConnect(f"Cannot open the database {profile.describe()}: {exc.__class__.__name__}: {exc}")


def schema_is_current(db: Database) -> bool:
    return current_revision(db.engine) == head_revision()


def open_database(
    profile: Profile,
    password: str | None = None,
    *,
    migrate: bool = True,
    wallet_password: str | None = None,
) -> Database:
    """Connect to ``profile``, check it answers, and bring its schema to the app's version.

    Raises an ``HmsError`` (usually ``CannotConnect``) with a desk-readable message on failure. With
    ``migrate=False`` a schema that is behind raises instead of being upgraded. An Oracle wallet's
    password is ``wallet_password`` when given (the connection dialog's test), else the keychain's.
    """
    if profile.backend is Backend.SQLITE and profile.database not in ("", ":memory:"):
        try:
            Path(profile.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise CannotConnect(f"Cannot create the folder for {profile.database}: {exc}") from exc
    engine = make_engine(profile, password, wallet_password=wallet_password)
    db = Database(engine, profile)
    try:
        try:
            with engine.connect() as conn:
                conn.execute(select(1)).scalar_one()
            current = current_revision(engine)
        except SQLAlchemyError as exc:
            raise map_or_cannot_connect(exc, profile) from exc
        head = head_revision()
        if current != head:
            if not migrate:
                raise HmsError(
                    f"The database schema is at {current or 'nothing'}, this app needs {head}. "
                    "Run `hms-desktop-admin db upgrade` first."
                )
            log.info("upgrading %s from %s to %s", profile.describe(), current, head)
            try:
                upgrade(engine)
            except CommandError as exc:
                raise HmsError(
                    f"The database schema ({current}) is newer than this app knows; "
                    "install the newer HMS Desktop."
                ) from exc
            except SQLAlchemyError as exc:
                raise map_or_cannot_connect(exc, profile) from exc
    except BaseException:
        db.dispose()
        raise
    return db


def is_empty(db: Database) -> bool:
    """True when the database has neither clinic settings nor users (a first start)."""
    from hms_desktop.db.models import ClinicSetting, StaffUser

    with db.read() as s:
        users = s.scalar(select(func.count()).select_from(StaffUser)) or 0
        settings = s.scalar(select(func.count()).select_from(ClinicSetting)) or 0
    return users == 0 and settings == 0


def open_embedded(path: Path | str | None = None, seed_demo: bool = True) -> Database:
    """Open (creating if needed) the embedded SQLite database; on first start seed the demo clinic."""
    db = open_database(embedded_profile(path))
    if seed_demo and is_empty(db):
        from hms_desktop.services.demo import seed_demo as _seed

        _seed(db)
    return db
