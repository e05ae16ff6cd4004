"""The store's schema revisions (Alembic): `Database` upgrades every store it opens to the newest one. How to add
a revision: README.md here."""

from __future__ import annotations

# What revision 0002 makes for search, SQLite's FTS5 tables (and their shadow tables) and PostgreSQL's expression
# indexes, is not in the store's metadata: comparisons and autogenerate leave it alone.
SEARCH_TABLES = ("articles_fts", "event_mentions_fts")
SEARCH_INDEXES = ("ix_articles_search", "ix_event_mentions_search")


def include_object(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    """Alembic's filter of what to compare: everything but the search tables."""
    if type_ == "table":
        return not (name or "").startswith(SEARCH_TABLES)
    return not (type_ == "index" and name in SEARCH_INDEXES)
