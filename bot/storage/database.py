"""Connecting to the database and bringing its schema up to date.

SQLite (through aiosqlite) is the default so that a first run needs no setup; PostgreSQL (through
asyncpg) is chosen by the URL alone. Migrations run on start, inside one connection, so several
shard processes starting together against PostgreSQL serialise on Alembic's version table lock.
"""

from __future__ import annotations

import logging
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, create_async_engine
from sqlalchemy.sql.dml import Insert

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# Serialises concurrent `upgrade` runs from several processes on PostgreSQL.
_MIGRATION_LOCK_KEY = 0x48594F53  # "HYOS"


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # WAL lets the console or a second reader look while the bot writes; the busy timeout
    # turns a brief lock into a wait instead of "database is locked".
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def create_engine(url: str) -> AsyncEngine:
    """An async engine for `url`, creating the SQLite file's folder when needed."""
    if url.startswith("sqlite"):
        path = url.split(":///", 1)[1] if ":///" in url else ""
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_async_engine(url)
        sa.event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
        return engine
    return create_async_engine(url, pool_size=10, max_overflow=10, pool_pre_ping=True)


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def insert_ignore(dialect: str, table: sa.Table, values: dict[str, object]) -> Insert:
    """One INSERT that does nothing when a unique key already holds the row (rowcount 0)."""
    if dialect == "postgresql":
        return postgresql.insert(table).values(**values).on_conflict_do_nothing()
    return sqlite.insert(table).values(**values).on_conflict_do_nothing()


def upsert(dialect: str, table: sa.Table, values: dict[str, object], *, update: dict[str, object]) -> Insert:
    """One INSERT that updates the row with the same primary key instead, on SQLite and PostgreSQL.

    A single statement rather than UPDATE-then-INSERT: with that pair, two shard processes writing
    the same new key both find nothing to update and the second INSERT fails on the primary key.
    `update` holds the columns to change when the row exists (the others keep their stored values).
    """
    keys = list(table.primary_key.columns)
    if dialect == "postgresql":
        return (
            postgresql.insert(table).values(**values).on_conflict_do_update(index_elements=keys, set_=update)
        )
    return sqlite.insert(table).values(**values).on_conflict_do_update(index_elements=keys, set_=update)


def _upgrade(connection: Connection, revision: str) -> None:
    if connection.dialect.name == "postgresql":
        connection.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK_KEY})
    command.upgrade(alembic_config(connection), revision)


def _current(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


class Database:
    """The bot's one engine. Services receive it and open short transactions with `begin()`."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = create_engine(url)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    async def migrate(self, revision: str = "heads") -> None:
        async with self.engine.begin() as connection:
            await connection.run_sync(_upgrade, revision)
            current = await connection.run_sync(_current)
        log.info("database schema at revision %s (%s)", current, self.dialect)

    def begin(self):
        """A transaction: `async with db.begin() as conn:` commits on success, rolls back on error."""
        return self.engine.begin()

    def connect(self):
        return self.engine.connect()

    async def close(self) -> None:
        await self.engine.dispose()


async def schema_state(db: Database) -> tuple[str | None, str]:
    """(the revision the database is at, the newest revision this code has): connects and migrates
    nothing (SQLite creates an empty file if there was none)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    async with db.connect() as conn:
        current = await conn.run_sync(_current)
    return current, str(head)


__all__ = ["AsyncConnection", "Database", "alembic_config", "create_engine", "upsert"]
