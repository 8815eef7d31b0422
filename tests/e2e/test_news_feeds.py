"""/news feeds through the real bot: Manage Server only, and no URL that reaches private networks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from bot.offline import OfflineWorld

PUBLIC_IP = "93.184.216.34"  # a literal public address: no DNS needed, and respx answers for it


@pytest.fixture
def world_settings(tmp_path: Path) -> dict[str, Any]:
    """The URL guard as in production (no private addresses) and no built-in sources."""
    path = tmp_path / "feeds.yaml"
    path.write_text("sources: []\n")
    return {"allow_private_feed_urls": False, "news_sources_file": path}


async def add(world: OfflineWorld, url: str, member: Any = None) -> str:
    result = await world.invoke("news feeds add", {"url": url}, member=member or world.moderator)
    if result.deferred:
        return (await result.final(timeout=15)).content
    return result.content


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/feed",
        "http://10.0.0.1/rss",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/feed",
        "file:///etc/passwd",
    ],
)
async def test_private_and_non_http_urls_are_refused(world: OfflineWorld, url: str) -> None:
    """Loopback, private, link-local and file:// URLs are refused before any fetch, in words that don't
    say which (a scheme is the URL's own business and is named); nothing is stored."""
    answer = await add(world, url)
    assert "can't fetch that URL" in answer
    listing = await world.invoke("news feeds list", member=world.moderator)
    assert "No sources yet" in str(listing.embeds)


async def test_redirect_to_loopback_is_refused(world: OfflineWorld) -> None:
    """A public URL that redirects to 127.0.0.1 is refused at the redirect hop."""
    with respx.mock(assert_all_called=True) as router:
        router.get(f"http://{PUBLIC_IP}/feed").mock(
            return_value=httpx.Response(302, headers={"Location": "http://127.0.0.1:8080/admin"})
        )
        answer = await add(world, f"http://{PUBLIC_IP}/feed")
    # One neutral sentence: whether the address is private, closed or silent is the log's business.
    assert "can't fetch that URL: no usable answer" in answer


async def test_moderator_adds_lists_and_removes_a_feed(world: OfflineWorld) -> None:
    """A real feed is added (named by its title), listed, offered in autocomplete and removed."""
    body = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>Fan Blog</title>'
        b"<item><guid>1</guid><title>Hello</title></item></channel></rss>"
    )
    with respx.mock(assert_all_called=True) as router:
        router.get(f"http://{PUBLIC_IP}/rss").mock(return_value=httpx.Response(200, content=body))
        answer = await add(world, f"http://{PUBLIC_IP}/rss")
    assert "Following **Fan Blog**" in answer
    listing = await world.invoke("news feeds list", member=world.moderator)
    assert "Fan Blog" in str(listing.embeds)
    choices = await world.autocomplete("news feeds remove", {"feed": ""}, "feed", member=world.moderator)
    assert len(choices) == 1
    removed = await world.invoke("news feeds remove", {"feed": choices[0]["value"]}, member=world.moderator)
    assert "Stopped following **Fan Blog**" in removed.content


async def test_plain_member_cannot_add_feeds_or_poll(world: OfflineWorld) -> None:
    """/news feeds add and /news check are refused for a member without Manage Server."""
    answer = await add(world, f"http://{PUBLIC_IP}/rss", member=world.member)
    assert "Manage Server" in answer
    check = await world.invoke("news check", member=world.member)
    assert "Manage Server" in check.content


@pytest.mark.parametrize("typed", ["99999999999999999999", "2147483648", "0", "٣"])
async def test_typed_ids_no_row_can_have_get_a_polite_answer(world: OfflineWorld, typed: str) -> None:
    """Digits typed into /news explain or /news feeds remove that no row can have (too big for the
    database, zero, not ASCII) get the ordinary 'pick one from the list' answer, not an incident."""
    explained = await world.invoke("news explain", {"item": typed})
    assert "Pick an item" in explained.content or "don't know that item" in explained.content
    removed = await world.invoke("news feeds remove", {"feed": typed}, member=world.moderator)
    assert "Pick a feed" in removed.content or "no feed with that id" in removed.content
