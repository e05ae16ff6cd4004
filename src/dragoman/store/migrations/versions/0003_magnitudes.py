"""PLOVER's magnitudes on events: size, dead, injured (events.magnitude), empty for the events already stored (their
reports keep no magnitudes: an article ingested again after an edit gets them).

Revision ID: 0003_magnitudes
Revises: 0002_search
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_magnitudes"
down_revision = "0002_search"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("size", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("dead", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("injured", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_column("injured")
        batch.drop_column("dead")
        batch.drop_column("size")
