"""How each actor's country was found (actors.country_basis), and what joined each article's person or
organization to a stored actor (actor_links). Actors already stored keep a null basis; their older articles have
no links, and count as votes for the actor's current name (store.writing).

Revision ID: 0004_actor_links
Revises: 0003_magnitudes
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_actor_links"
down_revision = "0003_magnitudes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("actors") as batch:
        batch.add_column(sa.Column("country_basis", sa.String(20), nullable=True))
    op.create_table(
        "actor_links",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("actor_id", sa.String(200), nullable=False),  # no foreign key: a link outlives a user's merge
        sa.Column("article_id", sa.String(200), sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("matched_on", sa.Text(), nullable=True),
        sa.Column("created_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_actor_links_actor_id", "actor_links", ["actor_id"])
    op.create_index("ix_actor_links_article_id", "actor_links", ["article_id"])


def downgrade() -> None:
    op.drop_index("ix_actor_links_article_id", table_name="actor_links")
    op.drop_index("ix_actor_links_actor_id", table_name="actor_links")
    op.drop_table("actor_links")
    with op.batch_alter_table("actors") as batch:
        batch.drop_column("country_basis")
