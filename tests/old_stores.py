"""Stores as an older dragoman left them, for the tests of upgrades: one made before Alembic, from the DDL of that
time (tests/data/pre_alembic_*.sql)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, inspect, select

from dragoman.store import Store, metadata


def wipe(url: str) -> None:
    """Drop every table of the store (the search indexes go with theirs) and its schema revision."""
    engine = create_engine(url)
    metadata.drop_all(engine)
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP TABLE IF EXISTS alembic_version")
        if engine.dialect.name == "sqlite":
            for search_table in ("articles_fts", "event_mentions_fts"):
                conn.exec_driver_sql(f"DROP TABLE IF EXISTS {search_table}")
    engine.dispose()


OLD_SCHEMA = Path(__file__).parent / "data"


def make_pre_alembic(store: Store, leave_out: tuple[str, ...]) -> None:
    """Make `store`'s database one that dragoman made before Alembic (tests/data/pre_alembic_*.sql), with the rows
    it held, but without the tables `leave_out` (which an older dragoman did not have), and with an index that
    was retired since and without one added since."""
    tables = [t for t in metadata.sorted_tables if t.name not in leave_out]
    with store.engine.connect() as conn:
        rows = {t.name: [r._asdict() for r in conn.execute(select(t))] for t in tables}
    url = store.engine.url.render_as_string(hide_password=False)
    store.close()
    wipe(url)
    ddl = (OLD_SCHEMA / f"pre_alembic_{store.engine.dialect.name}.sql").read_text()
    engine = create_engine(url)
    with engine.begin() as conn:
        for statement in ddl.split("\n;\n"):
            statement = "\n".join(line for line in statement.splitlines() if not line.startswith("--")).strip()
            if statement and not any(f" {name} " in statement.split("(")[0] + " " for name in leave_out):
                conn.exec_driver_sql(statement)
        conn.exec_driver_sql("DROP INDEX ix_events_source_count_id")
        conn.exec_driver_sql("CREATE INDEX ix_events_type_period ON events (type, date_min)")  # retired since
        for t in tables:
            if rows[t.name] and inspect(conn).has_table(t.name):  # the old tables, with the columns they had
                old = {c["name"] for c in inspect(conn).get_columns(t.name)}
                conn.execute(t.insert(), [{k: v for k, v in r.items() if k in old} for r in rows[t.name]])
    engine.dispose()
