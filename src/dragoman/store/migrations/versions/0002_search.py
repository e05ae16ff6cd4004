"""Full-text search of article text (title and body) and evidence sentences: SQLite FTS5 tables kept in step by
triggers; on PostgreSQL, GIN indexes over to_tsvector('english', ...) (store/search.py's queries repeat these
expressions, so that they use the indexes).

On SQLite the article index holds its own copy of the text: an external-content index needs an integer key that
VACUUM keeps, which the articles table (keyed by its id) lacks. The sentence index reads event_mentions by its
INTEGER PRIMARY KEY.

Revision ID: 0002_search
Revises: 0001_baseline
"""

from __future__ import annotations

from alembic import op

revision = "0002_search"
down_revision = "0001_baseline"
branch_labels = None
depends_on = None

TOKENIZE = "tokenize='porter unicode61 remove_diacritics 2'"  # English stems, as PostgreSQL's 'english'
SQLITE_UP = (
    f"CREATE VIRTUAL TABLE articles_fts USING fts5(article_id UNINDEXED, title, text, {TOKENIZE})",
    "CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN "
    "INSERT INTO articles_fts(article_id, title, text) VALUES (new.id, new.title, new.text); END",
    "CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN "
    "DELETE FROM articles_fts WHERE article_id = old.id; END",
    "CREATE TRIGGER articles_fts_update AFTER UPDATE OF id, title, text ON articles BEGIN "
    "DELETE FROM articles_fts WHERE article_id = old.id; "
    "INSERT INTO articles_fts(article_id, title, text) VALUES (new.id, new.title, new.text); END",
    "INSERT INTO articles_fts(article_id, title, text) SELECT id, title, text FROM articles",
    f"CREATE VIRTUAL TABLE event_mentions_fts USING fts5(sentence, content='event_mentions', content_rowid='id', "
    f"{TOKENIZE})",
    "CREATE TRIGGER event_mentions_fts_insert AFTER INSERT ON event_mentions BEGIN "
    "INSERT INTO event_mentions_fts(rowid, sentence) VALUES (new.id, new.sentence); END",
    "CREATE TRIGGER event_mentions_fts_delete AFTER DELETE ON event_mentions BEGIN "
    "INSERT INTO event_mentions_fts(event_mentions_fts, rowid, sentence) VALUES ('delete', old.id, old.sentence); "
    "END",
    "CREATE TRIGGER event_mentions_fts_update AFTER UPDATE OF id, sentence ON event_mentions BEGIN "
    "INSERT INTO event_mentions_fts(event_mentions_fts, rowid, sentence) VALUES ('delete', old.id, old.sentence); "
    "INSERT INTO event_mentions_fts(rowid, sentence) VALUES (new.id, new.sentence); END",
    "INSERT INTO event_mentions_fts(event_mentions_fts) VALUES ('rebuild')",
)
SQLITE_DOWN = (
    "DROP TRIGGER IF EXISTS articles_fts_insert", "DROP TRIGGER IF EXISTS articles_fts_delete",
    "DROP TRIGGER IF EXISTS articles_fts_update", "DROP TABLE IF EXISTS articles_fts",
    "DROP TRIGGER IF EXISTS event_mentions_fts_insert", "DROP TRIGGER IF EXISTS event_mentions_fts_delete",
    "DROP TRIGGER IF EXISTS event_mentions_fts_update", "DROP TABLE IF EXISTS event_mentions_fts",
)
POSTGRESQL_UP = (
    "CREATE INDEX ix_articles_search ON articles USING GIN "
    "((to_tsvector('english', coalesce(articles.title, '') || ' ' || articles.text)))",
    "CREATE INDEX ix_event_mentions_search ON event_mentions USING GIN "
    "((to_tsvector('english', event_mentions.sentence)))",
)
POSTGRESQL_DOWN = ("DROP INDEX IF EXISTS ix_articles_search", "DROP INDEX IF EXISTS ix_event_mentions_search")


def _run(statements: tuple[str, ...]) -> None:
    for statement in statements:
        op.execute(statement)


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _run(SQLITE_DOWN)  # made afresh where a development store has them without the revision
        _run(SQLITE_UP)
    elif dialect == "postgresql":
        _run(POSTGRESQL_DOWN)
        _run(POSTGRESQL_UP)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _run(SQLITE_DOWN)
    elif dialect == "postgresql":
        _run(POSTGRESQL_DOWN)
