"""The announcement embed for a story, and who it may ping.

Everything in a story came from the web, so it is treated as hostile: markdown and mentions are
escaped, every part is clipped to Discord's limits, and only http/https links are shown. The footer
carries a marker (`story <id>`) by which reconcile.py recognises a post after a crash.
"""

from __future__ import annotations

import re
from datetime import date

import discord

from bot.i18n import DEFAULT_LANGUAGE, LANGUAGES, N_, tr
from bot.links import plain_label, safe_url
from bot.news.models import STATUS_LABELS, StoryView
from bot.news.premiere import premiere_text
from bot.text import FIELD_VALUE, clip, field_chunks, fit_embed

# Short enough to read in a notification; the links carry the rest.
SUMMARY_LIMIT = 700
FOOTER_PREFIX = "Hyosan news · story "

# How each status looks in an announcement; its words come from STATUS_LABELS, the one label table.
STATUS_BADGES: dict[str, tuple[str, int]] = {
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
DEFAULT_BADGE = ("📰", 0x7F8C8D)
DEFAULT_LABEL = N_("News")

_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_WINDOW = re.compile(r"^(\d{4})(?:-(?:(0[1-9]|1[0-2])|Q([1-4])|H([12])))?$")


def safe_text(text: str) -> str:
    """Web text as plain words in Discord: no markdown, no mention syntax, no stray newlines runs."""
    text = re.sub(r"\s*\n\s*\n\s*", "\n\n", text.strip())
    return discord.utils.escape_mentions(discord.utils.escape_markdown(text, ignore_links=False))


def _release_parts(
    release_date: str | None, release_window: str | None
) -> tuple[str, tuple[int, ...]] | str | None:
    """("day", (y, m, d)) | ("month", (y, m)) | ("quarter", (y, q)) | ("half", (y, h)) | ("year", (y,)),
    a value that fits none of them as plain text, or None."""
    if release_date:
        try:
            day = date.fromisoformat(release_date)
        except ValueError:
            return safe_text(release_date)
        return "day", (day.year, day.month, day.day)
    if not release_window:
        return None
    match = _WINDOW.match(release_window)
    if match is None:
        return safe_text(release_window)
    year, month, quarter, half = match.groups()
    if month:
        return "month", (int(year), int(month))
    if quarter:
        return "quarter", (int(year), int(quarter))
    if half:
        return "half", (int(year), int(half))
    return "year", (int(year),)


def release_text(release_date: str | None, release_window: str | None) -> str | None:
    """`2027-03-15` -> `March 15, 2027`; `2027-Q2` -> `Q2 2027`; `2027-H1` -> `first half of 2027`."""
    parts = _release_parts(release_date, release_window)
    if parts is None or isinstance(parts, str):
        return parts
    kind, n = parts
    if kind == "day":
        return f"{_MONTHS[n[1] - 1]} {n[2]}, {n[0]}"
    if kind == "month":
        return f"{_MONTHS[n[1] - 1]} {n[0]}"
    if kind == "quarter":
        return f"Q{n[1]} {n[0]}"
    if kind == "half":
        return f"{'first' if n[1] == 1 else 'second'} half of {n[0]}"
    return str(n[0])


def release_text_ko(release_date: str | None, release_window: str | None) -> str | None:
    """`2027-03-15` -> `2027년 3월 15일`; `2027-Q2` -> `2027년 2분기`; `2027-H1` -> `2027년 상반기`."""
    parts = _release_parts(release_date, release_window)
    if parts is None or isinstance(parts, str):
        return parts
    kind, n = parts
    if kind == "day":
        return f"{n[0]}년 {n[1]}월 {n[2]}일"
    if kind == "month":
        return f"{n[0]}년 {n[1]}월"
    if kind == "quarter":
        return f"{n[0]}년 {n[1]}분기"
    if kind == "half":
        return f"{n[0]}년 {'상' if n[1] == 1 else '하'}반기"
    return f"{n[0]}년"


def source_lines(story: StoryView) -> list[str]:
    """One markdown link per source that has a safe URL; names are escaped so they can't break it."""
    lines: list[str] = []
    seen: set[str] = set()
    for link in story.links:
        url = safe_url(link.link)
        if url is None or url in seen:
            continue
        seen.add(url)
        lines.append(f"[{plain_label(link.source_name, 80)}]({url})")
    return lines


def story_marker(story_id: int, kind: str = "story") -> str:
    """The footer that names our post of a story (or of a countdown to its premiere)."""
    return f"{FOOTER_PREFIX}{story_id}" if kind == "story" else f"{FOOTER_PREFIX}{story_id} · {kind}"


def announcement_embed(story: StoryView, language: str | None = None) -> discord.Embed:
    """The story's announcement in ``language`` (the subscription's, else the server's): its own words
    from the catalog, and the report told by a source in that language when the story has one (an
    event reported in English and Korean is one story: a Korean channel reads the Korean report).
    Reports are never machine-translated."""
    emoji, colour = STATUS_BADGES.get(story.status or "", DEFAULT_BADGE)
    words = language if language in LANGUAGES else DEFAULT_LANGUAGE
    label = tr(words, STATUS_LABELS.get(story.status or "", DEFAULT_LABEL))
    lines = source_lines(story)
    told_by = next((link for link in story.links if language and link.language == language), None)
    title = told_by.title if told_by is not None else story.title
    summary = told_by.summary if told_by is not None else story.summary
    first_url = safe_url(told_by.link) if told_by is not None else None
    first_url = first_url or next((safe_url(link.link) for link in story.links if safe_url(link.link)), None)
    embed = discord.Embed(
        title=clip(safe_text(title) or tr(words, "Season 2 news"), 256),
        url=first_url,
        description=clip(safe_text(summary), SUMMARY_LIMIT) if summary.strip() else None,
        colour=colour,
        timestamp=story.published_at or story.first_seen_at,
    )
    show = tr(words, "All of Us Are Dead season 2")
    embed.set_author(name=f"{emoji} {show} · {label}")
    embed.add_field(name=tr(words, "Status"), value=f"{emoji} {label}", inline=True)
    if story.status == "rumor":
        embed.add_field(
            name=tr(words, "Unconfirmed"),
            value=tr(
                words,
                "Reported, but not confirmed by Netflix or the production. "
                "If it is confirmed, that is announced as news of its own.",
            ),
            inline=False,
        )
    if story.confirms is not None:
        earlier = clip(safe_text(story.confirms.title), 200)
        embed.add_field(
            name=tr(words, "Update"),
            value=tr(words, "Confirms an earlier report: {title}", title=earlier),
            inline=False,
        )
    when = premiere_text(story.premiere_at, story.premiere_basis, words) or (
        release_text_ko if words == "ko" else release_text
    )(story.release_date, story.release_window)
    if when:
        embed.add_field(name=tr(words, "Release"), value=when, inline=True)
    for number, chunk in enumerate(field_chunks(lines, FIELD_VALUE)):
        name = tr(words, "Sources") if number == 0 else tr(words, "More sources")
        embed.add_field(name=name, value=chunk, inline=False)
    embed.set_footer(text=story_marker(story.id))
    return fit_embed(embed)


def ping_for(ping_role_id: int | None) -> tuple[str | None, discord.AllowedMentions]:
    """Message content and allowed mentions: the subscription's role when it chose one, else nobody."""
    if ping_role_id is None:
        return None, discord.AllowedMentions.none()
    return f"<@&{ping_role_id}>", discord.AllowedMentions(
        everyone=False, users=False, roles=[discord.Object(id=ping_role_id)], replied_user=False
    )


def is_announcement_of(
    message: discord.Message, story_id: int, *, author_id: int, nonce: str, kind: str = "story"
) -> bool:
    """Whether `message` is our post of that story (by its nonce when Discord returns it, else the marker)."""
    if message.author.id != author_id:
        return False
    if message.nonce is not None and str(message.nonce) == nonce:
        return True
    marker = story_marker(story_id, kind)
    return any(embed.footer.text == marker for embed in message.embeds)


COUNTDOWN_TITLES = {
    "7d": N_("All of Us Are Dead season 2: one week to go"),
    "1d": N_("All of Us Are Dead season 2: tomorrow"),
    "1h": N_("All of Us Are Dead season 2: one hour to go"),
    "out": N_("All of Us Are Dead season 2 is out now"),
}


def countdown_embed(story: StoryView, kind: str, language: str | None = None) -> discord.Embed:
    """A short countdown post to the premiere the story dates (or "out now" at it)."""
    words = language if language in LANGUAGES else DEFAULT_LANGUAGE
    embed = discord.Embed(title=tr(words, COUNTDOWN_TITLES[kind]), colour=STATUS_BADGES["released"][1])
    when = premiere_text(story.premiere_at, story.premiere_basis, words)
    if kind == "out":
        embed.description = tr(words, "Streaming on Netflix now. Spoilers stay behind spoiler tags, please.")
    elif when:
        embed.description = tr(words, "Premiere: {when}", when=when)
    embed.set_footer(text=story_marker(story.id, kind))
    return fit_embed(embed)
