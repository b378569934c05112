"""Alembic environment: online with a connection handed over by ``migrate.py``, or offline to SQL."""

from __future__ import annotations

from alembic import context

from hms_desktop.db.models import Base

config = context.config
target_metadata = Base.metadata


def run_offline() -> None:
    dialect_name = config.attributes["dialect_name"]
    opts = config.attributes.get("dialect_opts", {})
    context.configure(
        url=f"{dialect_name}://",
        dialect_opts=opts,
        target_metadata=target_metadata,
        literal_binds=True,
        # Oracle: a version table without a PK keeps INSERT ... RETURNING out of the script
        version_table_pk=dialect_name != "oracle",
        transaction_per_migration=False,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        version_table_pk=connection.dialect.name != "oracle",
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
