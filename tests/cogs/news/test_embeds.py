"""Rendering of the news commands: web links reach Discord only in a form it accepts whole."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.news.explain import Explanation
from bot.news.models import NewsItem
from cogs.news.embeds import explain_embed, item_line

AWKWARD_LINK = "https://news.example/All of Us (season 2)"
ENCODED_LINK = "https://news.example/All%20of%20Us%20%28season%202%29"


def _item(link: str | None) -> NewsItem:
    return NewsItem(
        id=7,
        source_id=1,
        source_name="Soompi",
        source_guild_id=None,
        stable_id="s-7",
        story_id=None,
        title="All of Us Are Dead season 2 confirmed",
        summary="",
        link=link,
        published_at=None,
        language="en",
        relevant=True,
        status="renewed",
        release_date=None,
        release_window=None,
        confidence=0.9,
        seen_at=datetime(2026, 1, 6, tzinfo=UTC),
    )


def test_latest_line_encodes_a_link_that_would_break_markdown() -> None:
    """A feed link with spaces and brackets is percent-encoded inside the markdown link."""
    line = item_line(_item(AWKWARD_LINK))
    assert f"]({ENCODED_LINK})" in line
    assert AWKWARD_LINK not in line


def test_explain_embed_url_is_encoded_or_absent() -> None:
    """The explain embed's URL is the encoded link, and no URL at all for a link that is not http(s)."""
    assert explain_embed(Explanation(_item(AWKWARD_LINK), "headline")).url == ENCODED_LINK
    assert explain_embed(Explanation(_item("javascript:alert(1)"), "headline")).url is None
