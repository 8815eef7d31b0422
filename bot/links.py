"""Links from the web into Discord markdown, through one renderer.

Feed links and source names are untrusted text: a raw ``)`` or space ends a markdown link early, a
``javascript:`` or over-long URL makes Discord refuse the whole embed, and a name can carry markdown
or mentions. Every link a feed supplied is shown through ``masked_link`` (or ``safe_url`` for an
embed's own URL field).
"""

from __future__ import annotations

import re
from urllib.parse import quote

import discord

from bot.tracker.plaintext import clip, safe_link

URL_LIMIT = 2048  # Discord's limit for an embed URL
# Everything printable that cannot end or break a markdown link stays as written.
_URL_SAFE = ":/?#@!$&'*+,;=%-._~"
_LABEL_BREAKERS = re.compile(r"[\[\]()<>]")


def safe_url(url: str | None) -> str | None:
    """The URL when it is an absolute http(s) URL that fits an embed, percent-encoding what would end a
    markdown link early; None otherwise (javascript:, data:, relative, too long)."""
    url = safe_link(url)
    if url is None:
        return None
    cleaned = quote(url, safe=_URL_SAFE)
    return cleaned if len(cleaned) <= URL_LIMIT else None


def plain_label(text: str | None, limit: int, *, fallback: str = "source") -> str:
    """Web text as inert words: no markdown, no mentions, nothing that could close a link."""
    words = " ".join(_LABEL_BREAKERS.sub("", text or "").split()) or fallback
    return clip(discord.utils.escape_mentions(discord.utils.escape_markdown(words)), limit)


def masked_link(
    label: str | None, url: str | None, *, limit: int = 80, fallback: str = "source"
) -> str | None:
    """``[label](url)`` when the URL is safe, else None (callers show the label alone or nothing)."""
    href = safe_url(url)
    if href is None:
        return None
    return f"[{plain_label(label, limit, fallback=fallback)}]({href})"
