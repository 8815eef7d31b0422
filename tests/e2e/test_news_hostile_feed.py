"""A server's feed that is costly to read holds nobody: other servers' commands are answered meanwhile,
and the feed's poll ends at the parse budget with the reason in the check summary."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bot.offline import OfflineWorld
from tests.bot.tracker import slow_work
from tests.e2e.news_feeds import FeedServer, feeds, rss

__all__ = ["feeds"]  # the fixture, imported so pytest finds it


@pytest.fixture
def world_settings(tmp_path: Path) -> dict[str, Any]:
    path = tmp_path / "feeds.yaml"
    path.write_text("sources: []\n")
    return {"news_sources_file": path, "feed_parse_budget": 2.0}


async def test_a_feed_over_budget_holds_no_other_server(
    world: OfflineWorld, feeds: FeedServer, monkeypatch
) -> None:
    other = await world.add_server("Other High")
    feeds.bodies["/heavy"] = rss(("a", "All of Us Are Dead season 2 begins filming"))
    added = await world.invoke("news feeds add", {"url": feeds.url("/heavy")}, member=world.moderator)
    assert "Following" in (await added.final(timeout=15)).content

    reader = world.bot.news.reader

    async def read_like_a_hostile_feed(body: bytes, **options: Any) -> Any:
        return await reader.run(
            slow_work.read_slowly, body, options["source_id"], options["language"], options["content_type"]
        )

    monkeypatch.setattr(reader, "read", read_like_a_hostile_feed)
    checking = await world.invoke("news check", member=world.moderator)
    assert checking.deferred

    answer = await other.invoke("character", {"name": "lee-cheong-san"})
    assert not answer.expired
    assert answer.embeds
    assert not checking.message or "longer than" not in checking.content  # still reading meanwhile

    summary = (await checking.final(timeout=15)).content
    assert "took longer than 2 s" in summary
