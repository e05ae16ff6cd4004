"""Alembic's environment for dragoman's store: migrations run on the connection `Database` hands over (a store
opening upgrades itself), or, from the `alembic` command (alembic.ini at the repository's root), on the database
that DRAGOMAN_DB or the ini's sqlalchemy.url names."""

from __future__ import annotations

import os
from logging.config import fileConfig

from alembic import context
from sqlalchemy import create_engine
from sqlalchemy.engine import Connection

from dragoman.store.migrations import include_object
from dragoman.store.schema import db_url, metadata


def run(connection: Connection) -> None:
    context.configure(connection=connection, target_metadata=metadata, include_object=include_object,
                      render_as_batch=connection.dialect.name == "sqlite")
    with context.begin_transaction():
        context.run_migrations()


given = context.config.attributes.get("connection")
if given is not None:
    run(given)
else:
    if context.config.config_file_name:
        fileConfig(context.config.config_file_name, disable_existing_loggers=False)
    url = db_url(os.environ.get("DRAGOMAN_DB") or context.config.get_main_option("sqlalchemy.url"))
    engine = create_engine(url)
    with engine.begin() as conn:
        run(conn)
    engine.dispose()
