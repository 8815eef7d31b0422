"""Migration 0005 gives every existing story a scope and detaches items of another scope from it."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import command

from bot.storage.database import Database, alembic_config

GUILD_A = 111
GUILD_B = 222


async def test_existing_stories_get_the_scope_of_their_sources(database: Database) -> None:
    async with database.begin() as conn:  # the fixture migrated to the head: step back to before 0005
        await conn.run_sync(lambda sync: command.downgrade(alembic_config(sync), "0004"))
    async with database.begin() as conn:

        async def source(key: str, guild_id: int | None) -> int:
            return (
                await conn.execute(
                    sa.text(
                        "INSERT INTO news_sources (key, guild_id, kind, url, interval_s) "
                        "VALUES (:key, :guild, 'rss', 'https://x.example/', 900) RETURNING id"
                    ),
                    {"key": key, "guild": guild_id},
                )
            ).scalar_one()

        async def story(title: str) -> int:
            return (
                await conn.execute(
                    sa.text("INSERT INTO news_stories (title) VALUES (:title) RETURNING id"), {"title": title}
                )
            ).scalar_one()

        async def item(source_id: int, story_id: int, stable_id: str) -> None:
            await conn.execute(
                sa.text(
                    "INSERT INTO news_items (source_id, stable_id, story_id, title, relevant, reasons) "
                    "VALUES (:source, :stable, :story, 't', true, '[]')"
                ),
                {"source": source_id, "stable": stable_id, "story": story_id},
            )

        builtin, feed_a, feed_b = (
            await source("builtin:x", None),
            await source("a", GUILD_A),
            await source("b", GUILD_B),
        )
        mixed, only_a, a_then_b = await story("mixed"), await story("only a"), await story("a then b")
        await item(feed_a, mixed, "m1")  # a server's look-alike first, the real report second
        await item(builtin, mixed, "m2")
        await item(feed_a, only_a, "a1")
        await item(feed_a, a_then_b, "ab1")
        await item(feed_b, a_then_b, "ab2")

    await database.migrate()
    async with database.connect() as conn:
        scopes = dict((await conn.execute(sa.text("SELECT title, guild_id FROM news_stories"))).all())
        attached = dict((await conn.execute(sa.text("SELECT stable_id, story_id FROM news_items"))).all())
    assert scopes == {"mixed": None, "only a": GUILD_A, "a then b": GUILD_A}
    assert attached["m1"] is None and attached["m2"] == mixed
    assert attached["a1"] == only_a
    assert attached["ab1"] == a_then_b and attached["ab2"] is None
