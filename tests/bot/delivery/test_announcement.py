"""The announcement embed: hostile web text stays plain, sized and link-safe; pings are opt-in."""

from __future__ import annotations

from datetime import UTC, datetime
from types import SimpleNamespace

import discord

from bot.delivery.announcement import (
    announcement_embed,
    is_announcement_of,
    ping_for,
    release_text,
    story_marker,
)
from bot.links import safe_url
from bot.news.models import StoryLink, StoryView

SEEN = datetime(2026, 5, 4, 9, 30, tzinfo=UTC)


def story(**changes: object) -> StoryView:
    values: dict[str, object] = {
        "id": 42,
        "title": "All of Us Are Dead season 2 gets a premiere date",
        "status": "date_announced",
        "release_date": "2027-03-15",
        "release_window": None,
        "summary": "Netflix announced the date.",
        "published_at": SEEN,
        "first_seen_at": SEEN,
        "announced": True,
        "links": (
            StoryLink(1, "builtin:soompi", "Soompi", "t", "https://www.soompi.com/a", "en", SEEN),
            StoryLink(
                2, "builtin:won", "What's on Netflix", "t", "https://www.whats-on-netflix.com/b", "en", SEEN
            ),
        ),
    }
    values.update(changes)
    return StoryView(**values)  # type: ignore[arg-type]


def test_embed_shows_status_release_every_link_and_time() -> None:
    """The embed names the status, the release date in words, every source link and the publish time."""
    embed = announcement_embed(story())
    fields = {f.name: f.value for f in embed.fields}
    assert "Release date announced" in fields["Status"]
    assert fields["Release"] == "March 15, 2027"
    assert "(https://www.soompi.com/a)" in fields["Sources"]
    assert "(https://www.whats-on-netflix.com/b)" in fields["Sources"]
    assert embed.url == "https://www.soompi.com/a"
    assert embed.timestamp == SEEN
    assert embed.footer.text == story_marker(42)


def test_mentions_and_markdown_in_web_text_are_neutralised() -> None:
    """@everyone, role mentions and markdown in a title or summary can neither ping nor format."""
    embed = announcement_embed(
        story(
            title="@everyone <@&123456789012345678> **BIG** news",
            summary="[click](javascript:alert(1)) @here",
        )
    )
    assert "@everyone" not in (embed.title or "")
    assert "<@&123456789012345678>" not in (embed.title or "")
    assert "\\*\\*BIG\\*\\*" in (embed.title or "")
    assert "@here" not in (embed.description or "")
    assert "\\[click](javascript" in (embed.description or "")


def test_only_http_links_are_shown() -> None:
    """javascript:, data:, relative and missing links are dropped; a link can't close its markdown early."""
    links = (
        StoryLink(1, "k", "Evil", "t", "javascript:alert(1)", "en", SEEN),
        StoryLink(2, "k", "Data", "t", "data:text/html,hi", "en", SEEN),
        StoryLink(3, "k", "Rel", "t", "/relative", "en", SEEN),
        StoryLink(4, "k", "None", "t", None, "en", SEEN),
        StoryLink(5, "k", "Odd [name](x)", "t", "https://ok.example/a b)c", "en", SEEN),
    )
    embed = announcement_embed(story(links=links))
    sources = next(f.value for f in embed.fields if f.name == "Sources")
    assert sources == "[Odd namex](https://ok.example/a%20b%29c)"
    assert safe_url("ftp://x.example/") is None
    assert safe_url("https://" + "a" * 3000) is None


def test_huge_web_text_fits_discord_limits() -> None:
    """A 10,000-character title and summary and 200 links still make a valid embed."""
    links = tuple(
        StoryLink(i, "k", f"Source {i}", "t", f"https://news{i}.example/{'x' * 80}", "en", SEEN)
        for i in range(200)
    )
    embed = announcement_embed(story(title="T" * 10_000, summary="S" * 10_000, links=links))
    assert len(embed.title or "") <= 256
    assert len(embed.description or "") <= 4096
    assert len(embed) <= 6000
    assert len(embed.fields) <= 25
    assert all(len(f.value or "") <= 1024 for f in embed.fields)


def test_release_text_for_windows() -> None:
    """Months, quarters, halves and years read as words; unknown shapes are shown escaped."""
    assert release_text(None, "2027-04") == "April 2027"
    assert release_text(None, "2027-Q2") == "Q2 2027"
    assert release_text(None, "2027-H1") == "first half of 2027"
    assert release_text(None, "2027-H2") == "second half of 2027"
    assert release_text(None, "2027") == "2027"
    assert release_text(None, None) is None
    assert release_text(None, "*soon*") == "\\*soon\\*"


def test_ping_is_only_the_chosen_role() -> None:
    """Without a ping role nothing may ping; with one, only that role (never everyone, never users)."""
    content, mentions = ping_for(None)
    assert content is None
    assert mentions.to_dict() == {"parse": []}
    content, mentions = ping_for(555)
    assert content == "<@&555>"
    allowed = mentions.to_dict()
    assert allowed["parse"] == []
    assert allowed["roles"] == [555]
    assert "users" not in allowed or allowed["users"] == []


def test_recognises_our_post_by_nonce_or_marker() -> None:
    """A message is ours for the story by its nonce, or by the footer marker when history omits nonces."""
    marker_embed = discord.Embed(title="x").set_footer(text=story_marker(42))
    ours_by_nonce = SimpleNamespace(author=SimpleNamespace(id=1), nonce="hyabc", embeds=[])
    ours_by_marker = SimpleNamespace(author=SimpleNamespace(id=1), nonce=None, embeds=[marker_embed])
    someone_else = SimpleNamespace(author=SimpleNamespace(id=2), nonce="hyabc", embeds=[marker_embed])
    other_story = SimpleNamespace(
        author=SimpleNamespace(id=1), nonce=None, embeds=[discord.Embed().set_footer(text=story_marker(420))]
    )
    assert is_announcement_of(ours_by_nonce, 42, author_id=1, nonce="hyabc")  # type: ignore[arg-type]
    assert is_announcement_of(ours_by_marker, 42, author_id=1, nonce="hyabc")  # type: ignore[arg-type]
    assert not is_announcement_of(someone_else, 42, author_id=1, nonce="hyabc")  # type: ignore[arg-type]
    assert not is_announcement_of(other_story, 42, author_id=1, nonce="hyabc")  # type: ignore[arg-type]


def test_korean_words_for_every_status_and_release_form() -> None:
    from bot.delivery.announcement import release_text_ko
    from bot.i18n import tr
    from bot.news.models import STATUS_LABELS, STATUSES

    assert set(STATUS_LABELS) == set(STATUSES)
    korean = ["공개", "공개일 발표", "예고편·티저", "촬영 종료", "출연진 발표", "제작 중", "시즌 확정"]
    assert [tr("ko", STATUS_LABELS[s]) for s in STATUSES] == [*korean, "루머 (미확인)"]
    assert release_text_ko("2027-02-26", None) == "2027년 2월 26일"
    assert release_text_ko(None, "2027-Q1") == "2027년 1분기"
    assert release_text_ko(None, "2027-H2") == "2027년 하반기"
    assert release_text_ko(None, "2027-03") == "2027년 3월"
    assert release_text_ko(None, None) is None
