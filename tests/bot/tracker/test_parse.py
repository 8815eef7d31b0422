"""Tests for bot/tracker/parse.py: well-formed, broken and hostile bodies."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from bot.tracker.parse import MAX_ITEMS, ParseError, parse_feed

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom news</title>
<entry><id>urn:uuid:1</id>
<title type="html">Season 2 &lt;b&gt;teaser&lt;/b&gt;</title>
<link href="https://news.example.com/a1"/><updated>2026-09-25T17:00:00Z</updated>
<content type="html">&lt;p&gt;Watch &lt;script&gt;alert(1)&lt;/script&gt;now&amp;nbsp;&lt;/p&gt;</content>
</entry>
</feed>"""


def _parse(body: bytes, **kwargs: object):
    return parse_feed(body, source_id="test", language="en", **kwargs)


def test_rss_items_are_normalised(make_rss: Callable[..., bytes]) -> None:
    """RSS 2.0 entries become FeedItems: guid id, plain-text summary, http link, aware UTC time."""
    feed = _parse(
        make_rss(("g1", "Hello &amp; welcome", "&lt;p&gt;A &lt;b&gt;bold&lt;/b&gt;\n  story&lt;/p&gt;"))
    )
    (item,) = feed.items
    assert (item.source, item.stable_id, item.title) == ("test", "g1", "Hello & welcome")
    assert item.summary == "A bold story"
    assert item.link == "https://news.example.com/g1"
    assert item.published == datetime(2025, 7, 23, 10, 0, tzinfo=UTC)
    assert not feed.bozo and feed.title == "Test feed"


def test_atom_entries_strip_markup_and_scripts() -> None:
    """Atom works too; HTML tags and script bodies never reach the summary."""
    (item,) = _parse(ATOM).items
    assert item.title == "Season 2 teaser"
    assert item.summary == "Watch now"
    assert item.published == datetime(2026, 9, 25, 17, 0, tzinfo=UTC)


def test_euc_kr_declared_feed_is_decoded() -> None:
    """A Korean feed declared as EUC-KR decodes to hangul."""
    body = (
        '<?xml version="1.0" encoding="EUC-KR"?><rss version="2.0"><channel><title>뉴스</title>'
        "<item><guid>k1</guid><title>지금 우리 학교는 시즌2 크랭크업</title></item></channel></rss>"
    ).encode("euc-kr")
    assert _parse(body).items[0].title == "지금 우리 학교는 시즌2 크랭크업"


def test_wrong_encoding_declaration_is_repaired() -> None:
    """A feed declaring UTF-8 but sending CP949 still yields the Korean title, not mojibake."""
    body = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        "<item><guid>k1</guid><title>지금 우리 학교는 시즌2</title></item></channel></rss>"
    ).encode("cp949")
    assert _parse(body).items[0].title == "지금 우리 학교는 시즌2"


def test_truncated_xml_keeps_what_parsed(make_rss: Callable[..., bytes]) -> None:
    """A body cut mid-way is bozo but keeps the complete items before the cut."""
    body = make_rss(("a", "One", "x"), ("b", "Two", "y"), ("c", "Three", "z"))
    cut = body[: body.index(b"<guid>c")]
    feed = _parse(cut)
    assert feed.bozo and feed.error
    assert [i.stable_id for i in feed.items] == ["a", "b"]


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"", "empty"),
        (b"  \n\t ", "empty"),
        (b"<!DOCTYPE html><html><head><title>Soompi</title></head><body>hi</body></html>", "HTML"),
        (b'{"items": [{"title": "x"}]}', "JSON"),
        (bytes(range(256)) * 50, "binary"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 100, "binary"),
        (b"just some text that is not xml", "not"),
    ],
)
def test_non_feeds_are_parse_errors(body: bytes, reason: str) -> None:
    """Empty bodies, HTML pages, JSON, binary and plain text raise ParseError, never crash."""
    with pytest.raises(ParseError, match=reason):
        _parse(body)


def test_billion_laughs_is_refused_quickly() -> None:
    """An entity-expansion bomb is refused before any expansion."""
    levels = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    body = (
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY l0 "lol">{levels}]>'
        "<rss><channel><item><title>&l9;</title></item></channel></rss>"
    )
    with pytest.raises(ParseError, match="entities"):
        _parse(body.encode())


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_external_entity_is_never_resolved(encoding: str) -> None:
    """An external entity (file:///etc/passwd) is refused, also when the body is UTF-16."""
    body = (
        f'<?xml version="1.0" encoding="{encoding}"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        '<rss version="2.0"><channel><item><title>&xxe;</title><guid>x</guid></item></channel></rss>'
    ).encode(encoding)
    with pytest.raises(ParseError, match="entities") as caught:
        _parse(body)
    assert "root:" not in str(caught.value)


def test_external_dtd_without_entities_is_not_fetched_and_parses(make_rss: Callable[..., bytes]) -> None:
    """An old RSS 0.91 DOCTYPE with an external DTD parses without fetching or echoing anything."""
    body = make_rss(("a", "One", "x")).replace(b"<rss", b'<!DOCTYPE rss SYSTEM "file:///etc/passwd"><rss', 1)
    feed = _parse(body)
    assert [i.title for i in feed.items] == ["One"]
    assert all("root:" not in i.summary for i in feed.items)


def test_ten_thousand_items_are_capped(make_rss: Callable[..., bytes]) -> None:
    """A feed with 10,000 items yields at most MAX_ITEMS, in order, and says it was truncated."""
    body = make_rss(*[(f"g{i}", f"Item {i}", "x") for i in range(10_000)])
    feed = _parse(body)
    assert len(feed.items) == MAX_ITEMS
    assert feed.items[0].stable_id == "g0" and feed.items[-1].stable_id == f"g{MAX_ITEMS - 1}"
    assert feed.truncated and not feed.bozo


def test_duplicate_guids_are_kept_once(make_rss: Callable[..., bytes]) -> None:
    """Two entries with one guid yield one item (the first)."""
    feed = _parse(make_rss(("same", "First", "x"), ("same", "Second", "y"), ("other", "Third", "z")))
    assert [i.title for i in feed.items] == ["First", "Third"]
    assert any("duplicate" in s for s in feed.skipped)


def test_ten_thousand_nested_elements_end() -> None:
    """10,000 nested elements inside an item parse (or fail) without a crash."""
    body = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><item><guid>n</guid><title>deep</title>'
        + b"<x>" * 10_000
        + b"</x>" * 10_000
        + b"</item></channel></rss>"
    )
    assert [i.title for i in _parse(body).items] == ["deep"]
    unclosed = b'<rss version="2.0"><channel>' + b"<div>" * 10_000
    assert _parse(unclosed).items == []


def test_ids_fall_back_to_canonical_link_then_hash() -> None:
    """Without a guid the id is the link minus tracking parameters; without a link, a hash."""
    body = (
        b'<rss version="2.0"><channel>'
        b"<item><title>A</title><link>https://News.example.com/a?utm_source=rss&amp;id=3#top</link></item>"
        b"<item><title>B</title><link>javascript:alert(1)</link></item>"
        b"</channel></rss>"
    )
    first, second = _parse(body).items
    assert first.stable_id == "https://news.example.com/a?id=3"
    assert second.link is None and second.stable_id.startswith("sha256:")
    assert _parse(body).items[1].stable_id == second.stable_id
