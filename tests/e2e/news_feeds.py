"""A local feed server on 127.0.0.1, RSS bodies and small helpers for the news tests.

Test modules import the ``feeds`` fixture from here, so every news test serves its feeds the same
way and none reaches the internet.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from aiohttp import web

from bot.offline import OfflineWorld
from bot.storage.tables import outbox
from tests.bot.delivery.seed import posts, settled

__all__ = ["FeedServer", "check", "feeds", "outbox_rows", "posts", "rss", "settled", "subscribe"]

PUBDATE = "Mon, 06 Jan 2026 10:00:00 GMT"


def rss(*entries: tuple[str, str], title: str = "t") -> bytes:
    """An RSS 2.0 body with one item per (guid, title)."""
    items = "".join(
        f"<item><guid>{guid}</guid><title>{text}</title><link>https://news.example/{guid}</link>"
        f"<pubDate>{PUBDATE}</pubDate></item>"
        for guid, text in entries
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
        f"<link>https://news.example/</link>{items}</channel></rss>"
    ).encode()


class FeedServer:
    """Serves whatever body a test sets for a path, or the status it sets; counts requests per path."""

    def __init__(self) -> None:
        self.bodies: dict[str, bytes] = {}
        self.statuses: dict[str, int] = {}
        self.hits: dict[str, int] = {}
        self.base = ""

    async def handle(self, request: web.Request) -> web.Response:
        path = request.path
        self.hits[path] = self.hits.get(path, 0) + 1
        if path in self.statuses:
            return web.Response(status=self.statuses[path], text="broken")
        if path not in self.bodies:
            return web.Response(status=404)
        return web.Response(body=self.bodies[path], content_type="application/rss+xml")

    def url(self, path: str) -> str:
        return f"{self.base}{path}"

    def feeds_file(self, path: Path, *names: str, interval: int | None = None) -> Path:
        """Write a feeds.yaml at ``path`` whose built-in sources ``names`` are served at ``/<name>``."""
        every = f"    interval: {interval}\n" if interval is not None else ""
        path.write_text(
            "sources:\n"
            + "".join(
                f"  - id: {name}\n    name: {name.title()}\n    kind: rss\n    url: {self.url('/' + name)}\n"
                + every
                for name in names
            )
        )
        return path


@pytest.fixture
async def feeds() -> AsyncIterator[FeedServer]:
    """A running ``FeedServer`` on a free port of 127.0.0.1."""
    server = FeedServer()
    app = web.Application()
    app.router.add_route("GET", "/{tail:.*}", server.handle)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    server.base = f"http://127.0.0.1:{port}"
    yield server
    await runner.cleanup()


async def subscribe(world: OfflineWorld, *names: str) -> None:
    for name in names:
        result = await world.invoke("subscribe", {"channel": world.channel(name)}, member=world.moderator)
        assert "will now get" in result.content


async def check(world: OfflineWorld) -> str:
    """Run /news check as the moderator and return its summary."""
    result = await world.invoke("news check", member=world.moderator)
    return (await result.final(timeout=20)).content


async def outbox_rows(world: OfflineWorld) -> list[sa.Row]:
    async with world.bot.db.connect() as conn:
        return list(await conn.execute(sa.select(outbox)))
