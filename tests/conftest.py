"""Fixtures shared by the whole suite."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator

import pytest

from bot.storage.database import Database

POSTGRES_URL = os.environ.get("TEST_DATABASE_URL")


def _database_params() -> list[object]:
    params: list[object] = ["sqlite"]
    params.append(
        pytest.param(
            "postgresql",
            marks=pytest.mark.skipif(not POSTGRES_URL, reason="TEST_DATABASE_URL is not set"),
        )
    )
    return params


async def _fresh_postgres(url: str) -> Database:
    """An empty `public` schema, so every test starts from migration 0001."""
    import sqlalchemy as sa

    db = Database(url)
    async with db.begin() as conn:
        await conn.execute(sa.text("DROP SCHEMA public CASCADE"))
        await conn.execute(sa.text("CREATE SCHEMA public"))
    return db


@pytest.fixture(params=_database_params())
async def database(request: pytest.FixtureRequest, tmp_path) -> AsyncIterator[Database]:
    """A migrated database: a SQLite file always, and PostgreSQL too when TEST_DATABASE_URL is set."""
    if request.param == "sqlite":
        db = Database(f"sqlite+aiosqlite:///{tmp_path / 'hyosan.db'}")
    else:
        assert POSTGRES_URL
        db = await _fresh_postgres(POSTGRES_URL)
    await db.migrate()
    try:
        yield db
    finally:
        await db.close()
