"""The /release answer: season 2's status in one line, then the dated timeline behind it."""

from __future__ import annotations

import discord

from bot.lore.models import Dataset, TimelineEvent
from cogs.common.text import clip
from cogs.lore.embeds import COLOURS, Audience, list_pages, sources_text

STATUS_BADGES = {
    "confirmed": "✅ confirmed",
    "reported": "📰 reported",
    "interview": "🎤 interview",
    "rumour": "💬 rumour",
    "unverified": "❔ unverified",
}
OUTCOME_BADGES = {"superseded": "superseded", "did-not-happen": "did not happen", "wrong": "wrong"}


def _event_line(event: TimelineEvent) -> str:
    badge = STATUS_BADGES.get(event.status, event.status)
    line = f"**{event.date}** · {badge}\n{event.summary}"
    if event.outcome:
        line += (
            f"\n*({OUTCOME_BADGES[event.outcome]}{': ' + event.outcome_note if event.outcome_note else ''})*"
        )
    return line


def status_embed(dataset: Dataset, audience: Audience) -> discord.Embed:
    """The headline: the latest official step, and the latest report that goes beyond it."""
    events = [e for e in dataset.of("timeline") if isinstance(e, TimelineEvent)]
    live = [e for e in events if e.outcome is None]
    official = [e for e in live if e.status == "confirmed"]
    latest_official = max(official, key=lambda e: e.date, default=None)
    newer_reports = [e for e in live if latest_official is None or e.date > latest_official.date]
    embed = discord.Embed(title="All of Us Are Dead · Season 2", colour=COLOURS["confirmed"])
    if latest_official is not None:
        embed.add_field(
            name="Latest official news",
            value=clip(f"**{latest_official.date}** · {latest_official.summary}", 1024),
            inline=False,
        )
    if newer_reports:
        latest = max(newer_reports, key=lambda e: e.date)
        embed.add_field(
            name="Since then (not official)",
            value=clip(f"{_event_line(latest)}\nSources: {sources_text(latest.sources, 300)}", 1024),
            inline=False,
        )
    embed.add_field(name="Release date", value=_release_date_text(dataset), inline=False)
    embed.set_footer(text="Turn the page for the full timeline · /subscribe to get news as it lands")
    return embed


def _release_date_text(dataset: Dataset) -> str:
    show = dataset.of("show")[0]
    season = next((s for s in show.seasons if s.number == 2), None)  # type: ignore[attr-defined]
    if season is not None and season.release_date is not None:
        return f"{discord.utils.format_dt(_midnight(season.release_date), 'D')} (Netflix)"
    note = f" {season.release_note}" if season is not None and season.release_note else ""
    return f"Netflix has not announced one yet.{note}"


def _midnight(day):  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime, time

    return datetime.combine(day, time(0, 0), tzinfo=UTC)


def release_pages(dataset: Dataset, audience: Audience) -> list[discord.Embed]:
    events = sorted((e for e in dataset.of("timeline") if isinstance(e, TimelineEvent)), key=lambda e: e.date)
    timeline = list_pages("Season 2 timeline", [_event_line(e) for e in events], per_page=6)
    return [status_embed(dataset, audience), *timeline]
