"""The schema, as SQLAlchemy Core tables. Alembic migrations in `migrations/versions` create it.

One schema serves SQLite and PostgreSQL: Discord ids are BigInteger (snowflakes exceed 32 bits),
times are timezone-aware, and nothing relies on an engine-only type.
"""

from __future__ import annotations

import sqlalchemy as sa

# SQLite only auto-increments an INTEGER PRIMARY KEY; PostgreSQL wants BIGINT for long-lived tables.
AutoId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")

metadata = sa.MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

guild_settings = sa.Table(
    "guild_settings",
    metadata,
    sa.Column("guild_id", sa.BigInteger, primary_key=True, autoincrement=False),
    # none | season1 | all: how much of the story the server lets the bot show openly.
    sa.Column("spoilers", sa.String(16), nullable=False, server_default="none"),
    sa.Column("trivia_role_id", sa.BigInteger, nullable=True),
    sa.Column("log_channel_id", sa.BigInteger, nullable=True),
    sa.Column("builtin_trivia", sa.Boolean, nullable=False, server_default=sa.true()),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
)
