"""Alembic environment and revisions (run through ``hms_desktop.db.migrate``)."""
