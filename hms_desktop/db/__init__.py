"""Persistence: SQLAlchemy 2 models, engines per backend, driver-error mapping and migrations."""
