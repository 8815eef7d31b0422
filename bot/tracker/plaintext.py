"""HTML from feeds to plain text, and link hygiene. Web text is untrusted: nothing here executes it."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_SKIPPED_TAGS = frozenset({"script", "style", "template", "noscript", "iframe", "svg"})
_BLOCK_TAGS = frozenset({"p", "br", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"})
_WHITESPACE = re.compile(r"\s+")
# Tracking parameters differ between copies of the same link; dropping them keeps ids stable.
_TRACKING_PARAMS = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|ref_src|igshid|cmpid|ocid)$", re.I)


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED_TAGS:
            self._skip_depth += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS and self._skip_depth:
            self._skip_depth -= 1
        elif tag in _BLOCK_TAGS:
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            self.parts.append(data)


def clip(text: str, limit: int) -> str:
    """Shorten to ``limit`` characters, marking the cut with an ellipsis."""
    if len(text) <= limit:
        return text
    return text[: max(limit - 1, 0)].rstrip() + "…"


def html_to_text(markup: str, *, limit: int = 2000) -> str:
    """Tags stripped, entities unescaped, whitespace collapsed, clipped to ``limit`` characters."""
    if not markup:
        return ""
    # Cap the work on absurd inputs; nothing past this point survives the clip anyway.
    markup = markup[: limit * 20]
    collector = _TextCollector()
    collector.feed(markup)
    collector.close()
    text = _WHITESPACE.sub(" ", "".join(collector.parts)).strip()
    return clip(text, limit)


def safe_link(url: str | None) -> str | None:
    """The URL if it is absolute http(s), else None (no javascript:, data:, relative links)."""
    if not url:
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url


def canonical_link(url: str) -> str:
    """Link without fragment and tracking parameters, host lower-cased: the same article gets one id."""
    parts = urlsplit(url)
    query = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING_PARAMS.match(k)
    ]
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", urlencode(query), ""))
