"""Trivia: per-server question banks, imported packs' metadata, scores, suggestions.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

AutoId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "trivia_questions",
        sa.Column("id", AutoId, primary_key=True),
        sa.Column("guild_id", sa.BigInteger, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("text_hash", sa.String(64), nullable=False),
        sa.Column("answers", sa.JSON, nullable=False),
        sa.Column("wrong", sa.JSON, nullable=False),
        sa.Column("category", sa.String(50), nullable=False),
        sa.Column("difficulty", sa.String(8), nullable=False),
        sa.Column("ref", sa.String(200), nullable=True),
        sa.Column("source", sa.String(2000), nullable=True),
        sa.Column("origin", sa.String(16), nullable=False),
        sa.Column("created_by", sa.BigInteger, nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.PrimaryKeyConstraint("id", name="pk_trivia_questions"),
        sa.UniqueConstraint("guild_id", "text_hash", name="uq_trivia_questions_guild_text"),
    )
    op.create_index("ix_trivia_questions_guild_category", "trivia_questions", ["guild_id", "category"])
    op.create_table(
        "trivia_packs",
        sa.Column("guild_id", sa.BigInteger, nullable=False, autoincrement=False),
        sa.Column("category", sa.String(50), nullable=False),
        sa.Column("format", sa.String(8), nullable=False),
        sa.Column("author", sa.Text, nullable=True),
        sa.Column("description", sa.Text, nullable=True),
        sa.Column("config", sa.JSON, nullable=False),
        sa.Column("extra", sa.JSON, nullable=False),
        sa.Column("imported_by", sa.BigInteger, nullable=True),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.PrimaryKeyConstraint("guild_id", "category", name="pk_trivia_packs"),
    )
    op.create_table(
        "trivia_scores",
        sa.Column("session_key", sa.String(32), nullable=False),
        sa.Column("member_id", sa.BigInteger, nullable=False, autoincrement=False),
        sa.Column("guild_id", sa.BigInteger, nullable=False),
        sa.Column("channel_id", sa.BigInteger, nullable=False),
        sa.Column("points", sa.Integer, nullable=False),
        sa.Column("played", sa.Integer, nullable=False),
        sa.Column("correct", sa.Integer, nullable=False),
        sa.Column("best_streak", sa.Integer, nullable=False),
        sa.Column("played_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("session_key", "member_id", name="pk_trivia_scores"),
    )
    op.create_index("ix_trivia_scores_guild_played_at", "trivia_scores", ["guild_id", "played_at"])
    op.create_table(
        "trivia_suggestions",
        sa.Column("id", AutoId, primary_key=True),
        sa.Column("guild_id", sa.BigInteger, nullable=False),
        sa.Column("member_id", sa.BigInteger, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("answers", sa.JSON, nullable=False),
        sa.Column("wrong", sa.JSON, nullable=False),
        sa.Column("category", sa.String(50), nullable=False),
        sa.Column("difficulty", sa.String(8), nullable=False),
        sa.Column("status", sa.String(16), nullable=False, server_default="pending"),
        sa.Column("question_id", sa.BigInteger, nullable=True),
        sa.Column("reviewed_by", sa.BigInteger, nullable=True),
        sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.PrimaryKeyConstraint("id", name="pk_trivia_suggestions"),
    )
    op.create_index("ix_trivia_suggestions_guild_status", "trivia_suggestions", ["guild_id", "status"])


def downgrade() -> None:
    op.drop_index("ix_trivia_suggestions_guild_status", table_name="trivia_suggestions")
    op.drop_table("trivia_suggestions")
    op.drop_index("ix_trivia_scores_guild_played_at", table_name="trivia_scores")
    op.drop_table("trivia_scores")
    op.drop_table("trivia_packs")
    op.drop_index("ix_trivia_questions_guild_category", table_name="trivia_questions")
    op.drop_table("trivia_questions")
