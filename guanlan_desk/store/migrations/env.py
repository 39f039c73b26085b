"""Alembic environment: runs on the app's own connection, batch mode for SQLite, FTS tables excluded."""

from __future__ import annotations

from alembic import context

from guanlan_desk.store import models  # noqa: F401  (registers the tables)
from guanlan_desk.store.base import Base
from guanlan_desk.store.migration_hooks import include_name, render_item


def run() -> None:
    """Run migrations on the connection handed over by the app (``config.attributes['connection']``)."""
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("migrations run only on the app's own connection")
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        include_name=include_name,
        render_item=render_item,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run()
