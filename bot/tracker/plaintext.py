"""HTML from feeds to plain text, and link hygiene. Web text is untrusted: nothing here executes it."""

from __future__ import annotations

import html
import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_SKIPPED_TAGS = frozenset({"script", "style", "template", "noscript", "iframe", "svg"})
_BLOCK_TAGS = frozenset({"p", "br", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"})
_WHITESPACE = re.compile(r"\s+")
# Tracking parameters differ between copies of the same link; dropping them keeps ids stable.
_TRACKING_PARAMS = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|ref_src|igshid|cmpid|ocid)$", re.I)


_TAG_NAME = re.compile(r"/?([a-zA-Z][a-zA-Z0-9:-]*)")


def _text_parts(markup: str) -> list[str]:
    """Text between tags, with block tags as spaces and skipped tags' content dropped.

    One forward scan: every search starts where the last ended, so the work is linear in the input
    whatever it holds. (``html.parser`` rescans an unclosed tag to the end of the input at each
    ``<``, which is quadratic on ``<a <a <a ...``.) A ``<`` that does not open a complete tag
    before the next ``<`` is text, as browsers treat it.
    """
    parts: list[str] = []
    skip_depth = 0
    position = 0
    next_gt = -2  # cached position of the first ">" at or after the scan (-1: none left)
    size = len(markup)
    while position < size:
        lt = markup.find("<", position)
        if lt < 0:
            if not skip_depth:
                parts.append(markup[position:])
            break
        if lt > position and not skip_depth:
            parts.append(markup[position:lt])
        if markup.startswith("<!--", lt):
            end = markup.find("-->", lt + 4)
            if end < 0:
                break  # an unterminated comment hides the rest, as in a browser
            position = end + 3
            continue
        opener = markup[lt + 1 : lt + 2]
        if not (opener.isascii() and opener.isalpha()) and opener not in ("/", "!", "?"):
            if not skip_depth:
                parts.append("<")  # "a < b": a "<" that opens no tag is text
            position = lt + 1
            continue
        if next_gt != -1 and next_gt <= lt:
            next_gt = markup.find(">", lt + 1)
        following_lt = markup.find("<", lt + 1, next_gt if next_gt >= 0 else size)
        if next_gt < 0 or following_lt >= 0:
            if not skip_depth:
                parts.append("<")  # not a tag: the text "<"
            position = lt + 1
            continue
        name_match = _TAG_NAME.match(markup, lt + 1, next_gt)
        position = next_gt + 1
        if name_match is None:
            continue  # <!DOCTYPE ...>, <?xml ...?>, < > and the like: no text
        tag = name_match.group(1).lower()
        closing = markup[lt + 1] == "/"
        if tag in _SKIPPED_TAGS:
            if closing:
                skip_depth = max(skip_depth - 1, 0)
            elif not markup[lt:next_gt].endswith("/"):
                skip_depth += 1
        elif tag in _BLOCK_TAGS and not skip_depth:
            parts.append(" ")
    return parts


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
    text = _WHITESPACE.sub(" ", html.unescape("".join(_text_parts(markup)))).strip()
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
