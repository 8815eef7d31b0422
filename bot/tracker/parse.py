"""RSS and Atom bodies -> ``FeedItem`` through feedparser, after a cheap hostile-input screen.

A bozo (not well-formed) feed keeps whatever parsed. A body that is not a feed (HTML page, JSON,
binary, empty) or that declares entities is a ``ParseError`` the caller records against the source.
Entities are refused before feedparser sees the body, so no external entity is ever resolved and
no expansion bomb is ever expanded.
"""

from __future__ import annotations

import calendar
import hashlib
import logging
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import feedparser

from bot.tracker.items import FeedItem
from bot.tracker.plaintext import canonical_link, clip, html_to_text, safe_link

log = logging.getLogger(__name__)

MAX_ITEMS = 500
TITLE_LIMIT = 300
SUMMARY_LIMIT = 2000

_ENTITY_DECL = re.compile(rb"<!ENTITY", re.I)
_INTERNAL_SUBSET = re.compile(rb"<!DOCTYPE[^>\[]*\[", re.I)
_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*(<!DOCTYPE\s+html|<html)", re.I | re.S)
_ITEM_END = re.compile(rb"</(?:\w+:)?(?:item|entry)\s*>", re.I)
# Headroom over MAX_ITEMS so duplicates and skipped entries still leave a full batch.
_PARSE_ITEM_BUDGET = MAX_ITEMS * 2


class ParseError(ValueError):
    """The body is not a usable feed; ``reason`` is short enough to show in ``/news sources``."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    items: list[FeedItem]
    bozo: bool = False
    error: str | None = None
    title: str | None = None
    truncated: bool = False
    skipped: list[str] = field(default_factory=list)


def _as_ascii_view(body: bytes) -> bytes:
    """Bytes in which markup can be searched even when the body is UTF-16/32 encoded."""
    head = body[:4]
    for bom, codec in (
        (b"\xff\xfe\x00\x00", "utf-32-le"),
        (b"\x00\x00\xfe\xff", "utf-32-be"),
        (b"\xff\xfe", "utf-16-le"),
        (b"\xfe\xff", "utf-16-be"),
    ):
        if head.startswith(bom):
            return body.decode(codec, errors="replace").encode("ascii", errors="replace")
    if head[:2] in (b"<\x00", b"\x00<"):
        codec = "utf-16-le" if head[0:1] == b"<" else "utf-16-be"
        return body.decode(codec, errors="replace").encode("ascii", errors="replace")
    return body


def screen_body(body: bytes) -> bytes:
    """Reject what must never reach feedparser; return the bytes to parse (possibly cut after item N)."""
    view = _as_ascii_view(body)
    stripped = view.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not stripped:
        raise ParseError("empty body")
    if b"\x00" in view[:4096]:
        raise ParseError("binary data, not a feed")
    sample = view[:4096]
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    if controls > len(sample) // 20:
        raise ParseError("binary data, not a feed")
    if stripped[:1] in (b"{", b"["):
        raise ParseError("JSON, not an RSS or Atom feed")
    if _ENTITY_DECL.search(view) or _INTERNAL_SUBSET.search(view):
        raise ParseError("the feed declares XML entities, which are refused")
    if _HTML_START.match(stripped):
        raise ParseError("an HTML page, not a feed")
    if view is not body:
        return body
    # feedparser's cost grows with the body; stop after the items we would keep anyway.
    for count, match in enumerate(_ITEM_END.finditer(body), start=1):
        if count == _PARSE_ITEM_BUDGET:
            return body[: match.end()]
    return body


_XML_DECL_ENCODING = re.compile(rb"""^(\s*<\?xml[^>]*?encoding=)["'][^"']*["']""", re.I)


def _reparse_as_korean(body: bytes, headers: dict[str, str]) -> Any | None:
    """Korean sites still serve EUC-KR/CP949 while declaring UTF-8; feedparser then yields mojibake."""
    try:
        text = body.decode("cp949")
    except UnicodeDecodeError:
        return None
    utf8 = _XML_DECL_ENCODING.sub(rb'\1"utf-8"', text.encode("utf-8"), count=1)
    parsed = feedparser.parse(
        utf8, response_headers=headers, resolve_relative_uris=False, sanitize_html=False
    )
    return parsed if parsed.get("entries") else None


def _published(entry: Any) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            try:
                return datetime.fromtimestamp(calendar.timegm(value), tz=UTC)
            except (OverflowError, ValueError, TypeError):
                continue
    return None


def _summary_markup(entry: Any) -> str:
    for key in ("summary", "description"):
        value = entry.get(key)
        if value:
            return str(value)
    content = entry.get("content")
    if content:
        return str(content[0].get("value", ""))
    return ""


def stable_id_for(guid: str | None, link: str | None, title: str, published: datetime | None) -> str:
    """guid, else canonical link, else a hash of title and date: an entry keeps its id across polls."""
    if guid and guid.strip():
        return clip(guid.strip(), 500)
    if link:
        return clip(canonical_link(link), 500)
    digest = hashlib.sha256(f"{title}|{published.isoformat() if published else ''}".encode()).hexdigest()
    return f"sha256:{digest[:32]}"


def _normalise(entry: Any, *, source_id: str, language: str) -> FeedItem | None:
    title = html_to_text(str(entry.get("title", "")), limit=TITLE_LIMIT)
    summary = html_to_text(_summary_markup(entry), limit=SUMMARY_LIMIT)
    link = safe_link(entry.get("link"))
    if not title and not summary:
        return None
    published = _published(entry)
    guid = entry.get("id")
    return FeedItem(
        source=source_id,
        stable_id=stable_id_for(str(guid) if guid else None, link, title, published),
        title=title or clip(summary, TITLE_LIMIT),
        summary=summary,
        link=link,
        published=published,
        language=language,
    )


def parse_feed(
    body: bytes, *, source_id: str, language: str, content_type: str | None = None, max_items: int = MAX_ITEMS
) -> ParsedFeed:
    """Parse an RSS/Atom body. Raises ``ParseError`` when it is not a feed at all."""
    to_parse = screen_body(body)
    headers = {"content-type": content_type} if content_type else {}
    # Relative-URI resolution and sanitising are for rendering HTML; we keep plain text only.
    parsed = feedparser.parse(
        to_parse, response_headers=headers, resolve_relative_uris=False, sanitize_html=False
    )
    problem = parsed.get("bozo_exception")
    if isinstance(problem, feedparser.CharacterEncodingOverride):
        repaired = _reparse_as_korean(to_parse, headers)
        if repaired is not None:
            parsed, problem = repaired, None
    truncated = len(to_parse) < len(body)
    # Cutting after the last kept item leaves the XML unclosed; that is our doing, not the feed's fault.
    bozo = bool(parsed.get("bozo")) and not truncated and problem is not None
    entries = parsed.get("entries") or []
    if not parsed.get("version") and not entries:
        reason = f"not an RSS or Atom feed ({type(problem).__name__}: {problem})" if problem else "not a feed"
        raise ParseError(clip(reason, 300))
    items: list[FeedItem] = []
    seen: set[str] = set()
    skipped: list[str] = []
    for entry in entries:
        if len(items) >= max_items:
            truncated = True
            break
        item = _normalise(entry, source_id=source_id, language=language)
        if item is None:
            skipped.append("entry without title or summary")
            continue
        if item.stable_id in seen:
            skipped.append(f"duplicate id {item.stable_id}")
            continue
        seen.add(item.stable_id)
        items.append(item)
    if truncated:
        log.info("feed %s: kept the first %d items", source_id, len(items))
    feed_title = parsed.get("feed", {}).get("title")
    return ParsedFeed(
        items=items,
        bozo=bozo,
        error=clip(f"{type(problem).__name__}: {problem}", 300) if bozo and problem else None,
        title=html_to_text(feed_title, limit=TITLE_LIMIT) if feed_title else None,
        truncated=truncated,
        skipped=skipped,
    )
