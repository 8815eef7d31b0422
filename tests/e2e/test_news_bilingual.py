"""One event reported in English and in Korean is one story: a server gets one announcement, and a
channel that asked for Korean reads the Korean report."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bot.offline import OfflineWorld
from tests.e2e.news_feeds import FeedServer, check, feeds, posts, rss, settled

__all__ = ["feeds"]  # the fixture, imported so pytest finds it

EN = ("en-1", "All of Us Are Dead season 2 begins filming")
KO = ("ko-1", "넷플릭스 '지금 우리 학교는' 시즌2 촬영 시작")


@pytest.fixture
def world_settings(tmp_path: Path, feeds: FeedServer) -> dict[str, Any]:
    path = tmp_path / "feeds.yaml"
    path.write_text(
        "sources:\n"
        f"  - {{id: alpha, name: Alpha, kind: rss, url: '{feeds.url('/alpha')}', language: en}}\n"
        f"  - {{id: hangul, name: Hangul News, kind: rss, url: '{feeds.url('/hangul')}', language: ko}}\n"
    )
    feeds.bodies["/alpha"] = rss()
    feeds.bodies["/hangul"] = rss()
    return {"news_sources_file": path}


async def test_an_event_in_two_languages_is_announced_once(world: OfflineWorld, feeds: FeedServer) -> None:
    for channel, language in (("news", None), ("trivia", "ko")):
        options: dict[str, Any] = {"channel": world.channel(channel)}
        if language:
            options["language"] = language
        answer = await world.invoke("subscribe", options, member=world.moderator)
        assert "will now get" in answer.content
    await check(world)  # baselines both sources
    feeds.bodies["/alpha"] = rss(EN)
    feeds.bodies["/hangul"] = rss(KO)
    await check(world)
    await settled(world)
    [everything] = posts(world, "news")
    [korean] = posts(world, "trivia")
    # Both sources are polled at once: the story is titled by whichever report arrived first.
    assert everything.embeds[0]["title"] in (EN[1], KO[1])
    assert korean.embeds[0]["title"] == KO[1]
    # The Korean channel's announcement speaks Korean around the report, too.
    assert korean.embeds[0]["fields"][0] == {"name": "상태", "value": "🎥 제작 중", "inline": True}
    assert everything.embeds[0]["fields"][0]["name"] == "Status"
    # The story keeps every source (an announcement shows those it had when it went out).
    [story] = [s for s in await world.bot.news.release_stories(world.guild.id) if s.status == "in_production"]
    assert sorted(link.source_name for link in story.links) == ["Alpha", "Hangul News"]


async def test_a_confirmed_rumour_is_announced_again_as_an_update(
    world: OfflineWorld, feeds: FeedServer
) -> None:
    """The rumour is announced as unconfirmed; its confirmation is not suppressed as a repeat but
    announced as news of its own that says which report it confirms, in each channel's language."""
    for channel, language in (("news", None), ("trivia", "ko")):
        options: dict[str, Any] = {"channel": world.channel(channel)}
        if language:
            options["language"] = language
        await world.invoke("subscribe", options, member=world.moderator)
    await check(world)
    rumour = ("en-r", "All of Us Are Dead season 2 reportedly begins filming in April")
    feeds.bodies["/alpha"] = rss(rumour)
    await check(world)
    await settled(world)
    [first] = posts(world, "news")
    assert [f["name"] for f in first.embeds[0]["fields"]][:2] == ["Status", "Unconfirmed"]
    feeds.bodies["/alpha"] = rss(
        rumour, ("en-c", "Netflix confirms All of Us Are Dead season 2 has begun filming")
    )
    feeds.bodies["/hangul"] = rss(("ko-c", "넷플릭스 '지금 우리 학교는' 시즌2 촬영 시작"))
    await check(world)
    await settled(world)
    first_again, update = posts(world, "news")
    assert first_again.id == first.id
    fields = {f["name"]: f["value"] for f in update.embeds[0]["fields"]}
    assert fields["Status"] == "🎥 In production"
    assert fields["Update"] == f"Confirms an earlier report: {rumour[1]}"
    [korean] = posts(world, "trivia")  # the Korean channel asked for Korean reports only
    korean_fields = {f["name"]: f["value"] for f in korean.embeds[0]["fields"]}
    assert korean_fields["업데이트"].startswith("앞서 전해진 보도가 사실로 확인됐습니다")
