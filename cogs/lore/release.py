"""The /release answer: season 2's status in one line, then the dated timeline behind it.

The dataset's curated timeline is joined by the news tracker's stories (``bot.news``), when the
caller passes them: the tracker notices news before anyone edits the dataset.
"""

from __future__ import annotations

from collections.abc import Sequence

import discord

from bot.lore.models import Dataset, TimelineEvent
from bot.news.models import StoryView
from cogs.common.text import clip
from cogs.lore.embeds import COLOURS, Audience, list_pages, midnight_utc, sources_text

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


def _web(text: str, limit: int) -> str:
    # Story titles come from the web: they must render as plain words and never ping.
    return clip(discord.utils.escape_mentions(discord.utils.escape_markdown(text.replace("\n", " "))), limit)


def _story_date(story: StoryView) -> str:
    moment = story.published_at or story.first_seen_at
    return moment.date().isoformat()


def _story_line(story: StoryView) -> str:
    label = story.status_label or "news"
    line = f"**{_story_date(story)}** · 📡 tracker · {label}"
    if story.release_text:
        line += f" · release {story.release_text}"
    line += f"\n{_web(story.title, 200)}"
    sources = [f"[{_web(link.source_name, 40)}]({link.link})" for link in story.links[:3] if link.link]
    if sources:
        line += f" ({', '.join(sources)})"
    return line


def _tracker_release(stories: Sequence[StoryView]) -> StoryView | None:
    """The newest story that gives a premiere date or window."""
    dated = [s for s in stories if s.release_text and s.status in ("date_announced", "released")]
    return max(dated, key=_story_date, default=None)


def status_embed(
    dataset: Dataset, audience: Audience, stories: Sequence[StoryView] | None = None
) -> discord.Embed:
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
    latest_story = max(stories or (), key=_story_date, default=None)
    if latest_story is not None:
        embed.add_field(
            name="Latest from the news tracker", value=clip(_story_line(latest_story), 1024), inline=False
        )
    release = _release_date_text(dataset)
    reported = _tracker_release(stories or ())
    if reported is not None and reported.release_text:
        release += f"\nReported by the tracker: **{reported.release_text}** ({_story_date(reported)})"
    embed.add_field(name="Release date", value=clip(release, 1024), inline=False)
    embed.set_footer(text="Turn the page for the full timeline · /subscribe to get news as it lands")
    return embed


def _release_date_text(dataset: Dataset) -> str:
    show = dataset.of("show")[0]
    season = next((s for s in show.seasons if s.number == 2), None)  # type: ignore[attr-defined]
    if season is not None and season.release_date is not None:
        return f"{discord.utils.format_dt(midnight_utc(season.release_date), 'D')} (Netflix)"
    if season is not None and season.release_note:
        return season.release_note
    return "Netflix has not announced one yet."


def release_pages(
    dataset: Dataset, audience: Audience, stories: Sequence[StoryView] | None = None
) -> list[discord.Embed]:
    """The status page, then the timeline: dataset events and tracker stories, oldest first."""
    events = [e for e in dataset.of("timeline") if isinstance(e, TimelineEvent)]
    dated: list[tuple[str, str]] = [(e.date, _event_line(e)) for e in events]
    dated += [(_story_date(s), _story_line(s)) for s in stories or ()]
    dated.sort(key=lambda pair: pair[0])
    timeline = list_pages("Season 2 timeline", [line for _, line in dated], per_page=6)
    return [status_embed(dataset, audience, stories), *timeline]
