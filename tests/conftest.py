"""Fixtures shared by the whole suite."""

from __future__ import annotations

import functools
import ipaddress
import os
import socket
from collections.abc import AsyncIterator
from typing import Any

import pytest

from bot.lore.loader import load_dataset
from bot.lore.models import Dataset
from bot.offline import OfflineWorld, offline_hyosan, offline_settings
from bot.storage.database import Database

POSTGRES_URL = os.environ.get("TEST_DATABASE_URL")


def _worker_database(url: str, worker: str) -> str:
    """Under pytest-xdist each worker gets a database of its own (``test_gw0`` beside ``test``): the
    PostgreSQL tests reset the public schema, which two workers must not do to each other."""
    import asyncio

    import asyncpg
    from sqlalchemy.engine import make_url

    base = make_url(url)
    name = f"{base.database}_{worker}"

    async def create() -> None:
        conn = await asyncpg.connect(
            host=base.host, port=base.port, user=base.username, password=base.password, database=base.database
        )
        try:
            if not await conn.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", name):
                await conn.execute(f'CREATE DATABASE "{name}"')
        finally:
            await conn.close()

    asyncio.run(create())
    return base.set(database=name).render_as_string(hide_password=False)


if POSTGRES_URL and os.environ.get("PYTEST_XDIST_WORKER"):
    POSTGRES_URL = _worker_database(POSTGRES_URL, os.environ["PYTEST_XDIST_WORKER"])
    os.environ["TEST_DATABASE_URL"] = POSTGRES_URL


def _is_local(host: object) -> bool:
    if host in (None, "", "localhost"):
        return True
    text = host.decode() if isinstance(host, bytes) else str(host)
    try:
        return ipaddress.ip_address(text.strip("[]").split("%")[0]).is_loopback
    except ValueError:
        return text.endswith(".localhost")


@pytest.fixture(autouse=True)
def no_internet(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Tests never reach the internet: a name lookup or connection beyond loopback fails the test."""
    attempts: list[str] = []
    real_getaddrinfo = socket.getaddrinfo
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def getaddrinfo(host, *args, **kwargs):  # type: ignore[no-untyped-def]
        if not _is_local(host):
            name = host.decode() if isinstance(host, bytes) else host
            attempts.append(f"lookup of {name!r}")
            raise socket.gaierror(socket.EAI_NONAME, f"tests never reach the internet ({host!r})")
        return real_getaddrinfo(host, *args, **kwargs)

    def guard(address: object) -> None:
        if isinstance(address, tuple) and not _is_local(address[0]):
            attempts.append(f"connection to {address!r}")
            raise OSError(f"tests never reach the internet ({address!r})")

    def connect(self, address):  # type: ignore[no-untyped-def]
        guard(address)
        return real_connect(self, address)

    def connect_ex(self, address):  # type: ignore[no-untyped-def]
        guard(address)
        return real_connect_ex(self, address)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    yield attempts
    assert not attempts, f"the test tried to reach the internet: {attempts}"


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
    overrides = dict(world_settings)
    if "news_sources_file" not in overrides:
        # The built-in sources are real web feeds: a test that polls must never reach them.
        feeds = tmp_path / "no-feeds.yaml"
        feeds.write_text("sources: []\n", encoding="utf-8")
        overrides["news_sources_file"] = feeds
    settings = offline_settings(tmp_path / "hyosan.db", **overrides)
    async with offline_hyosan(settings, dataset=shared_dataset()) as running:
        yield running
