"""Alembic environment: always run programmatically by assistant.store.engine, on the connection it hands over."""

from __future__ import annotations

from alembic import context

from assistant.store.tables import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Run migrations through assistant.store.engine.open_store (it passes the connection).")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters tables by copying them
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
