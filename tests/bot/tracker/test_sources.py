"""Tests for bot/tracker/sources.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.tracker.sources import Source, SourcesFileError, load_sources, parse_sources


def test_builtin_sources_are_the_real_defaults() -> None:
    """data/feeds.yaml holds the English and Korean searches, Soompi, What's on Netflix and TVmaze."""
    sources = {s.id: s for s in load_sources()}
    assert "All+of+Us+Are+Dead" in sources["gnews-en"].url
    assert sources["gnews-ko"].language == "ko" and "hl=ko" in sources["gnews-ko"].url
    assert sources["soompi"].url == "https://www.soompi.com/feed"
    assert sources["whats-on-netflix"].url == "https://www.whats-on-netflix.com/feed/"
    assert sources["tvmaze"].kind == "tvmaze" and "tt14169960" in sources["tvmaze"].url
    assert sources["tvmaze"].interval >= 3600
    assert all(s.guild_id is None for s in sources.values())


def test_tvmaze_faster_than_hourly_is_refused() -> None:
    """A TVmaze source polled more often than hourly fails validation with the reason."""
    doc = {"sources": [{"id": "tv", "kind": "tvmaze", "url": "https://api.tvmaze.com/x", "interval": 600}]}
    with pytest.raises(SourcesFileError, match=r"source 1 \(tv\).*at most hourly"):
        parse_sources(doc)


def test_errors_name_the_entry_and_field() -> None:
    """An unknown kind is reported with the entry's position, id and field."""
    doc = {
        "sources": [
            {"id": "a", "kind": "rss", "url": "https://a.example"},
            {"id": "b", "kind": "html", "url": "https://b.example"},
        ]
    }
    with pytest.raises(SourcesFileError, match=r"source 2 \(b\): kind"):
        parse_sources(doc)


def test_duplicate_ids_and_non_http_urls_are_refused() -> None:
    """Two sources with one id, or a file:// URL, are configuration errors."""
    twice = {"sources": [{"id": "a", "kind": "rss", "url": "https://a.example"}] * 2}
    with pytest.raises(SourcesFileError, match="duplicate id"):
        parse_sources(twice)
    with pytest.raises(SourcesFileError, match="http"):
        parse_sources({"sources": [{"id": "a", "kind": "rss", "url": "file:///etc/passwd"}]})


def test_bad_yaml_names_the_line(tmp_path: Path) -> None:
    """Broken YAML gives the file and line, not a parser traceback."""
    path = tmp_path / "feeds.yaml"
    path.write_text("sources:\n  - id: a\n   kind: [\n", encoding="utf-8")
    with pytest.raises(SourcesFileError, match=r"feeds.yaml: line \d+ not valid YAML"):
        load_sources(path)


def test_guild_feed_shape() -> None:
    """A moderator's feed is a Source with its guild id."""
    source = Source(id="g1-feed", kind="rss", url="https://example.org/rss", guild_id=123)
    assert source.guild_id == 123 and source.enabled and source.display_name == "g1-feed"


def test_interval_floor_is_five_minutes_unless_lowered() -> None:
    """A feeds file may not poll faster than every 300 s; only an explicit lower floor (tests) allows it."""
    doc = {"sources": [{"id": "fast", "kind": "rss", "url": "https://a.example/rss", "interval": 2}]}
    with pytest.raises(SourcesFileError, match=r"source 1 \(fast\): interval: must be at least 300"):
        parse_sources(doc)
    assert parse_sources(doc, min_interval=1)[0].interval == 2


@pytest.mark.parametrize(
    "text",
    [
        "sources: " + "[" * 5000 + "]" * 5000,
        "sources:\n" + "  - {id: x, kind: rss, url: 'https://a.example/'}\n" * 40_000,
    ],
    ids=["deeply-nested", "huge"],
)
def test_hostile_sources_files_give_a_clear_error(tmp_path, text: str) -> None:
    """Nesting that would exhaust the recursion limit, and megabytes of entries: one readable error."""
    path = tmp_path / "feeds.yaml"
    path.write_text(text)
    with pytest.raises(SourcesFileError) as caught:
        load_sources(path)
    assert str(path) in str(caught.value)
