"""Fixtures shared by the whole suite."""

from __future__ import annotations

import functools
import os
from collections.abc import AsyncIterator
from typing import Any

import pytest

from bot.lore.loader import load_dataset
from bot.lore.models import Dataset
from bot.offline import OfflineWorld, offline_hyosan, offline_settings
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


# --- end to end: the real bot, unmodified discord.py, the fake Discord in bot/sandbox ----------


@functools.cache
def shared_dataset() -> Dataset:
    """The real dataset, loaded once per test run (it is immutable)."""
    return load_dataset()


@pytest.fixture
def world_settings() -> dict[str, Any]:
    """Setting overrides for the `world` fixture; override this fixture in a test module to change them."""
    return {}


@pytest.fixture
async def world(tmp_path, world_settings: dict[str, Any]) -> AsyncIterator[OfflineWorld]:
    """A running Hyosan connected to a fresh fake Discord with one server, a moderator and members."""
    settings = offline_settings(tmp_path / "hyosan.db", **world_settings)
    async with offline_hyosan(settings, dataset=shared_dataset()) as running:
        yield running
