"""Baseline: the schema of dragoman before Alembic (main at 99f35b1), for an empty database or one made by an older
dragoman.

An empty database gets every table and index. A database made before Alembic (no alembic_version table) gets the
tables and indexes it lacks, loses the indexes the *_id indexes replaced, and has the derived tables it lacked
(event_countries, event_conflicts) filled from the events it holds: what the hand-written upgrade did before.

Revision ID: 0001_baseline
Revises:
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0001_baseline"
down_revision = None
branch_labels = None
depends_on = None

# In the order they are made (a table after those its foreign keys name).
TABLES = ("actor_merges", "actors", "article_revisions", "articles", "event_corrections", "event_merges",
          "event_revisions", "events", "actor_aliases", "actor_mentions", "actor_roles", "claims", "event_aliases",
          "event_conflicts", "event_countries", "event_mentions", "event_participants", "event_reports")
# Replaced by indexes that also hold the sort columns and the id (ix_events_type_period_id, ...).
RETIRED_INDEXES = ("ix_events_type_period", "ix_events_factuality_period")


def _create_table(name: str, *columns: Any) -> None:
    """Create a table unless an older dragoman made it already; remember that it is new."""
    if not sa.inspect(op.get_bind()).has_table(name):
        op.create_table(name, *columns)
        _created.add(name)


_created: set[str] = set()


def _index(name: str, table: str, columns: list[str]) -> None:
    op.create_index(name, table, columns, if_not_exists=True)


def upgrade() -> None:
    _created.clear()
    had_events = sa.inspect(op.get_bind()).has_table("events")
    _create_table("actor_merges",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("into_id", sa.String(length=200), nullable=False),
        sa.Column("merged_id", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("undone_at", sa.String(length=32), nullable=True),
        sa.Column("record", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id")
    )
    _index("ix_actor_merges_into_id", "actor_merges", ["into_id"])
    _index("ix_actor_merges_merged_id", "actor_merges", ["merged_id"])
    _create_table("actors",
        sa.Column("id", sa.String(length=200), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("country", sa.String(length=3), nullable=True),
        sa.Column("sector", sa.String(length=10), nullable=True),
        sa.PrimaryKeyConstraint("id")
    )
    _index("ix_actors_country", "actors", ["country"])
    _index("ix_actors_country_id", "actors", ["country", "id"])
    _index("ix_actors_kind", "actors", ["kind"])
    _create_table("article_revisions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("article_id", sa.String(length=200), nullable=False),
        sa.Column("replaced_by", sa.String(length=200), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("published", sa.String(length=10), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("path", sa.Text(), nullable=True),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("ingested_at", sa.String(length=32), nullable=False),
        sa.Column("replaced_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id")
    )
    _index("ix_article_revisions_article_id", "article_revisions", ["article_id"])
    _index("ix_article_revisions_replaced_by", "article_revisions", ["replaced_by"])
    _create_table("articles",
        sa.Column("id", sa.String(length=200), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("published", sa.String(length=10), nullable=True),
        sa.Column("language", sa.String(length=10), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("source", sa.Text(), nullable=True),
        sa.Column("path", sa.Text(), nullable=True),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("ingested_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id")
    )
    _index("ix_articles_content_hash", "articles", ["content_hash"])
    _index("ix_articles_published", "articles", ["published"])
    _create_table("event_corrections",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("event_id", sa.String(length=40), nullable=False),
        sa.Column("field", sa.String(length=20), nullable=False),
        sa.Column("value", sa.Text(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("undone_at", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("id")
    )
    _index("ix_event_corrections_event_id", "event_corrections", ["event_id"])
    _create_table("event_merges",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("into_id", sa.String(length=40), nullable=False),
        sa.Column("merged_id", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("article_id", sa.String(length=200), nullable=True),
        sa.Column("explanation", sa.Text(), nullable=False),
        sa.Column("reports", sa.Text(), nullable=False),
        sa.Column("aliases", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("undone_at", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("id")
    )
    _index("ix_event_merges_into_id", "event_merges", ["into_id"])
    _index("ix_event_merges_merged_id", "event_merges", ["merged_id"])
    _create_table("event_revisions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("event_id", sa.String(length=40), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("article_id", sa.String(length=200), nullable=True),
        sa.Column("merge_id", sa.Integer(), nullable=True),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id")
    )
    _index("ix_event_revisions_event_id", "event_revisions", ["event_id"])
    _create_table("events",
        sa.Column("id", sa.String(length=40), nullable=False),
        sa.Column("type", sa.String(length=20), nullable=False),
        sa.Column("mode", sa.String(length=40), nullable=True),
        sa.Column("contexts", sa.Text(), nullable=False),
        sa.Column("cameo", sa.String(length=8), nullable=True),
        sa.Column("date_value", sa.String(length=10), nullable=True),
        sa.Column("date_start", sa.String(length=10), nullable=True),
        sa.Column("date_end", sa.String(length=10), nullable=True),
        sa.Column("date_precision", sa.String(length=5), nullable=True),
        sa.Column("date_min", sa.String(length=10), nullable=True),
        sa.Column("date_max", sa.String(length=10), nullable=True),
        sa.Column("date_basis", sa.String(length=12), nullable=False),
        sa.Column("date_text", sa.Text(), nullable=True),
        sa.Column("date_article_id", sa.String(length=200), nullable=True),
        sa.Column("date_char_start", sa.Integer(), nullable=True),
        sa.Column("date_char_end", sa.Integer(), nullable=True),
        sa.Column("location_name", sa.Text(), nullable=True),
        sa.Column("location_country", sa.String(length=3), nullable=True),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("lon", sa.Float(), nullable=True),
        sa.Column("location_char_start", sa.Integer(), nullable=True),
        sa.Column("location_char_end", sa.Integer(), nullable=True),
        sa.Column("factuality", sa.String(length=14), nullable=False),
        sa.Column("attribution", sa.Text(), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("source_count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id")
    )
    _index("ix_events_confidence_id", "events", ["confidence", "id"])
    _index("ix_events_date_max", "events", ["date_max"])
    _index("ix_events_date_min", "events", ["date_min"])
    _index("ix_events_date_start", "events", ["date_start"])
    _index("ix_events_date_start_id", "events", ["date_start", "id"])
    _index("ix_events_date_value", "events", ["date_value"])
    _index("ix_events_factuality_period_id", "events", ["factuality", "date_max", "date_min", "date_start", "id"])
    _index("ix_events_location_country", "events", ["location_country"])
    _index("ix_events_period_start_id", "events", ["date_max", "date_min", "date_start", "id"])
    _index("ix_events_source_count_id", "events", ["source_count", "id"])
    _index("ix_events_type", "events", ["type"])
    _index("ix_events_type_date_start_id", "events", ["type", "date_start", "id"])
    _index("ix_events_type_period_id", "events", ["type", "date_max", "date_min", "date_start", "id"])
    _create_table("actor_aliases",
        sa.Column("actor_id", sa.String(length=200), nullable=False),
        sa.Column("alias", sa.String(length=300), nullable=False),
        sa.Column("alias_lower", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(["actor_id"], ["actors.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("actor_id", "alias")
    )
    _index("ix_actor_aliases_alias_lower", "actor_aliases", ["alias_lower"])
    _create_table("actor_mentions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("actor_id", sa.String(length=200), nullable=False),
        sa.Column("article_id", sa.String(length=200), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["actor_id"], ["actors.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id")
    )
    _index("ix_actor_mentions_actor_id", "actor_mentions", ["actor_id"])
    _index("ix_actor_mentions_article_id", "actor_mentions", ["article_id"])
    _create_table("actor_roles",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("actor_id", sa.String(length=200), nullable=False),
        sa.Column("article_id", sa.String(length=200), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("country", sa.String(length=3), nullable=True),
        sa.Column("start", sa.String(length=10), nullable=True),
        sa.Column("end", sa.String(length=10), nullable=True),
        sa.Column("current", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["actor_id"], ["actors.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id")
    )
    _index("ix_actor_roles_actor_id", "actor_roles", ["actor_id"])
    _create_table("claims",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("event_id", sa.String(length=40), nullable=False),
        sa.Column("article_id", sa.String(length=200), nullable=False),
        sa.Column("field", sa.String(length=40), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("attributed_to", sa.Text(), nullable=True),
        sa.Column("sentence", sa.Text(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id")
    )
    _index("ix_claims_event_field", "claims", ["event_id", "field"])
    _index("ix_claims_event_id", "claims", ["event_id"])
    _create_table("event_aliases",
        sa.Column("alias", sa.String(length=40), nullable=False),
        sa.Column("event_id", sa.String(length=40), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("alias")
    )
    _index("ix_event_aliases_event_id", "event_aliases", ["event_id"])
    _create_table("event_conflicts",
        sa.Column("event_id", sa.String(length=40), nullable=False),
        sa.Column("field", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("event_id", "field")
    )
    _create_table("event_countries",
        sa.Column("country", sa.String(length=3), nullable=False),
        sa.Column("event_id", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("country", "event_id")
    )
    _index("ix_event_countries_event_id", "event_countries", ["event_id"])
    _create_table("event_mentions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("event_id", sa.String(length=40), nullable=False),
        sa.Column("article_id", sa.String(length=200), nullable=False),
        sa.Column("sentence", sa.Text(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("trigger", sa.Text(), nullable=True),
        sa.Column("trigger_start", sa.Integer(), nullable=True),
        sa.Column("trigger_end", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id")
    )
    _index("ix_event_mentions_article_id", "event_mentions", ["article_id"])
    _index("ix_event_mentions_event_id", "event_mentions", ["event_id"])
    _create_table("event_participants",
        sa.Column("event_id", sa.String(length=40), nullable=False),
        sa.Column("actor_id", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=6), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["actor_id"], ["actors.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("event_id", "actor_id", "role")
    )
    _index("ix_event_participants_actor_event", "event_participants", ["actor_id", "event_id"])
    _index("ix_event_participants_actor_id", "event_participants", ["actor_id"])
    _create_table("event_reports",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("event_id", sa.String(length=40), nullable=False),
        sa.Column("article_id", sa.String(length=200), nullable=False),
        sa.Column("extracted_id", sa.String(length=40), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id")
    )
    _index("ix_event_reports_article_id", "event_reports", ["article_id"])
    _index("ix_event_reports_event_id", "event_reports", ["event_id"])
    _index("ix_event_reports_extracted_id", "event_reports", ["extracted_id"])

    for name in RETIRED_INDEXES:
        op.drop_index(name, table_name="events", if_exists=True)
    if had_events:
        _fill_derived_tables()


def _fill_derived_tables() -> None:
    """An older store"s events get the derived rows that newer tables hold: every country an event involves (its
    place"s and its participants"), and the fields whose claims disagree."""
    conn = op.get_bind()
    if "event_countries" in _created:
        conn.execute(sa.text(
            "INSERT INTO event_countries (country, event_id) "
            "SELECT location_country, id FROM events WHERE location_country IS NOT NULL "
            "UNION SELECT actors.country, event_participants.event_id FROM event_participants "
            "JOIN actors ON actors.id = event_participants.actor_id WHERE actors.country IS NOT NULL"))
    if "event_conflicts" in _created:
        from dragoman.reports import conflicting_fields

        claimed: dict[str, list[tuple[str, str]]] = {}
        for event_id, field, value in conn.execute(sa.text("SELECT event_id, field, value FROM claims ORDER BY id")):
            claimed.setdefault(event_id, []).append((field, value))
        rows = [{"event_id": e, "field": f} for e, values in claimed.items() for f in conflicting_fields(values)]
        if rows:
            conn.execute(sa.text("INSERT INTO event_conflicts (event_id, field) VALUES (:event_id, :field)"), rows)


def downgrade() -> None:
    for name in reversed(TABLES):
        op.drop_table(name)
