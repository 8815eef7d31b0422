"""The announcement embed for a story, and who it may ping.

Everything in a story came from the web, so it is treated as hostile: markdown and mentions are
escaped, every part is clipped to Discord's limits, and only http/https links are shown. The footer
carries a marker (`story <id>`) by which reconcile.py recognises a post after a crash.
"""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import quote

import discord

from bot.discord_text import FIELD_VALUE, clip, field_chunks, fit_embed
from bot.news.models import STATUS_LABELS, StoryView
from bot.tracker.plaintext import safe_link

# Short enough to read in a notification; the links carry the rest.
SUMMARY_LIMIT = 700
URL_LIMIT = 2048
FOOTER_PREFIX = "Hyosan news · story "

# How each status looks in an announcement; its words come from the one label table.
STATUS_STYLES: dict[str, tuple[str, int]] = {
    # status: (emoji, colour)
    "released": ("🎉", 0x2ECC71),
    "date_announced": ("📅", 0x1ABC9C),
    "trailer": ("🎬", 0x9B59B6),
    "wrapped": ("🎞️", 0x3498DB),
    "cast_announced": ("🧑‍🤝‍🧑", 0xE67E22),
    "in_production": ("🎥", 0xF1C40F),
    "renewed": ("✅", 0x27AE60),
    "rumor": ("❔", 0x95A5A6),
}
DEFAULT_STYLE = ("📰", 0x7F8C8D)
DEFAULT_LABEL = "News"


def status_badge(status: str | None) -> tuple[str, str, int]:
    """(emoji, label, colour) for a story's status; unknown or missing statuses read as plain news."""
    emoji, colour = STATUS_STYLES.get(status or "", DEFAULT_STYLE)
    label = STATUS_LABELS.get(status or "", DEFAULT_LABEL)
    return emoji, label, colour


_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_WINDOW = re.compile(r"^(\d{4})(?:-(?:(0[1-9]|1[0-2])|Q([1-4])|H([12])))?$")


def safe_text(text: str) -> str:
    """Web text as plain words in Discord: no markdown, no mention syntax, no stray newlines runs."""
    text = re.sub(r"\s*\n\s*\n\s*", "\n\n", text.strip())
    return discord.utils.escape_mentions(discord.utils.escape_markdown(text, ignore_links=False))


def safe_url(url: str | None) -> str | None:
    """The URL when it is an absolute http(s) URL that fits an embed, percent-encoding what would end a
    markdown link early; None otherwise (javascript:, data:, relative, too long)."""
    url = safe_link(url)
    if url is None:
        return None
    cleaned = quote(url, safe=":/?#@!$&'*+,;=%-._~")
    return cleaned if len(cleaned) <= URL_LIMIT else None


def release_text(release_date: str | None, release_window: str | None) -> str | None:
    """`2027-03-15` -> `March 15, 2027`; `2027-Q2` -> `Q2 2027`; `2027-H1` -> `first half of 2027`."""
    if release_date:
        try:
            day = date.fromisoformat(release_date)
        except ValueError:
            return safe_text(release_date)
        return f"{_MONTHS[day.month - 1]} {day.day}, {day.year}"
    if not release_window:
        return None
    match = _WINDOW.match(release_window)
    if match is None:
        return safe_text(release_window)
    year, month, quarter, half = match.groups()
    if month:
        return f"{_MONTHS[int(month) - 1]} {year}"
    if quarter:
        return f"Q{quarter} {year}"
    if half:
        return f"{'first' if half == '1' else 'second'} half of {year}"
    return year


def source_lines(story: StoryView) -> list[str]:
    """One markdown link per source that has a safe URL; names are escaped so they can't break it."""
    lines: list[str] = []
    seen: set[str] = set()
    for link in story.links:
        url = safe_url(link.link)
        if url is None or url in seen:
            continue
        seen.add(url)
        name = re.sub(r"[\[\]()<>]", "", link.source_name or "source").strip() or "source"
        lines.append(f"[{clip(safe_text(name), 80)}]({url})")
    return lines


def story_marker(story_id: int) -> str:
    return f"{FOOTER_PREFIX}{story_id}"


def announcement_embed(story: StoryView) -> discord.Embed:
    emoji, label, colour = status_badge(story.status)
    lines = source_lines(story)
    first_url = next((safe_url(link.link) for link in story.links if safe_url(link.link)), None)
    embed = discord.Embed(
        title=clip(safe_text(story.title) or "Season 2 news", 256),
        url=first_url,
        description=clip(safe_text(story.summary), SUMMARY_LIMIT) if story.summary.strip() else None,
        colour=colour,
        timestamp=story.published_at or story.first_seen_at,
    )
    embed.set_author(name=f"{emoji} All of Us Are Dead season 2 · {label}")
    embed.add_field(name="Status", value=f"{emoji} {label}", inline=True)
    when = release_text(story.release_date, story.release_window)
    if when:
        embed.add_field(name="Release", value=when, inline=True)
    for number, chunk in enumerate(field_chunks(lines, FIELD_VALUE)):
        embed.add_field(name="Sources" if number == 0 else "More sources", value=chunk, inline=False)
    embed.set_footer(text=story_marker(story.id))
    return fit_embed(embed)


def ping_for(ping_role_id: int | None) -> tuple[str | None, discord.AllowedMentions]:
    """Message content and allowed mentions: the subscription's role when it chose one, else nobody."""
    if ping_role_id is None:
        return None, discord.AllowedMentions.none()
    return f"<@&{ping_role_id}>", discord.AllowedMentions(
        everyone=False, users=False, roles=[discord.Object(id=ping_role_id)], replied_user=False
    )


def is_announcement_of(message: discord.Message, story_id: int, *, author_id: int, nonce: str) -> bool:
    """Whether `message` is our post of that story (by its nonce when Discord returns it, else the marker)."""
    if message.author.id != author_id:
        return False
    if message.nonce is not None and str(message.nonce) == nonce:
        return True
    marker = story_marker(story_id)
    return any(embed.footer.text == marker for embed in message.embeds)
