"""The migrations build exactly the schema bot/storage/tables.py describes.

Each migration keeps its own copy of the tables as they were at its revision (a migration must not
change when tables.py later does), so the two are written twice on purpose; this test is what keeps
the copies from drifting apart.
"""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from bot.storage.database import Database
from bot.storage.tables import metadata


async def test_migrated_schema_matches_the_table_definitions(database: Database) -> None:
    """After every migration, Alembic finds no table, column, type or index that differs from tables.py."""
    async with database.connect() as conn:
        differences = await conn.run_sync(
            lambda sync: compare_metadata(
                MigrationContext.configure(sync, opts={"compare_type": True}), metadata
            )
        )
    assert differences == []
