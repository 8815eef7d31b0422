"""The /release answer: season 2's status in one line, then the dated timeline behind it.

The dataset's curated timeline is joined by the news tracker's stories (``bot.news``), when the
caller passes them: the tracker notices news before anyone edits the dataset.
"""

from __future__ import annotations

from collections.abc import Sequence

import discord

from bot.i18n import NC_, Words, tr
from bot.links import masked_link
from bot.lore.models import Dataset, TimelineEvent
from bot.news.models import STATUS_LABELS, StoryView
from bot.news.premiere import premiere_text
from bot.text import clip
from cogs.lore.embeds import COLOURS, Audience, list_pages, midnight_utc, sources_text

STATUS_ICONS = {"confirmed": "✅", "reported": "📰", "interview": "🎤", "rumour": "💬", "unverified": "❔"}

RELEASE_WORDS = Words(
    "lore",
    {
        "title": NC_("lore", "All of Us Are Dead · Season 2"),
        "latest_official": NC_("lore", "Latest official news"),
        "since_then": NC_("lore", "Since then (not official)"),
        "sources": NC_("lore", "Sources"),
        "latest_tracker": NC_("lore", "Latest from the news tracker"),
        "release_date": NC_("lore", "Release date"),
        "tracker_release": NC_("lore", "Reported by the tracker: **{release}** ({date})"),
        "no_date": NC_("lore", "Netflix has not announced one yet."),
        "footer": NC_("lore", "Turn the page for the full timeline · /subscribe to get news as it lands"),
        "timeline_title": NC_("lore", "Season 2 timeline"),
        "tracker": NC_("lore", "📡 tracker"),
        "news": NC_("lore", "news"),
        "release": NC_("lore", "release {release}"),
    },
)


def _words(audience: Audience) -> dict[str, str]:
    return RELEASE_WORDS(audience.language)


def _event_line(event: TimelineEvent, audience: Audience) -> str:
    badge = f"{STATUS_ICONS.get(event.status, '')} {audience.value(event.status)}".strip()
    line = f"**{event.date}** · {badge}\n{audience.text(event.summary)}"
    if event.outcome:
        note = f": {audience.text(event.outcome_note)}" if event.outcome_note else ""
        line += f"\n*({audience.value(event.outcome)}{note})*"
    return line


def _web(text: str, limit: int) -> str:
    # Story titles come from the web: they must render as plain words and never ping.
    return clip(discord.utils.escape_mentions(discord.utils.escape_markdown(text.replace("\n", " "))), limit)


def _story_date(story: StoryView) -> str:
    moment = story.published_at or story.first_seen_at
    return moment.date().isoformat()


def _story_line(story: StoryView, audience: Audience) -> str:
    words = _words(audience)
    label = (
        tr(audience.language, STATUS_LABELS[story.status]) if story.status in STATUS_LABELS else words["news"]
    )
    line = f"**{_story_date(story)}** · {words['tracker']} · {label}"
    if story.release_text:
        line += f" · {words['release'].format(release=story.release_text)}"
    line += f"\n{_web(story.title, 200)}"
    sources = [
        rendered
        for link in story.links[:3]
        if (rendered := masked_link(link.source_name, link.link, limit=40)) is not None
    ]
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
    words = _words(audience)
    embed = discord.Embed(title=words["title"], colour=COLOURS["confirmed"])
    if latest_official is not None:
        embed.add_field(
            name=words["latest_official"],
            value=clip(f"**{latest_official.date}** · {audience.text(latest_official.summary)}", 1024),
            inline=False,
        )
    if newer_reports:
        latest = max(newer_reports, key=lambda e: e.date)
        sources = sources_text(latest.sources, audience, 300)
        embed.add_field(
            name=words["since_then"],
            value=clip(f"{_event_line(latest, audience)}\n{words['sources']}: {sources}", 1024),
            inline=False,
        )
    latest_story = max(stories or (), key=_story_date, default=None)
    if latest_story is not None:
        embed.add_field(
            name=words["latest_tracker"], value=clip(_story_line(latest_story, audience), 1024), inline=False
        )
    release = _release_date_text(dataset, audience)
    reported = _tracker_release(stories or ())
    if reported is not None and reported.release_text:
        stated = premiere_text(reported.premiere_at, reported.premiere_basis, audience.language)
        release += "\n" + words["tracker_release"].format(
            release=stated or reported.release_text, date=_story_date(reported)
        )
    embed.add_field(name=words["release_date"], value=clip(release, 1024), inline=False)
    embed.set_footer(text=words["footer"])
    return embed


def _release_date_text(dataset: Dataset, audience: Audience) -> str:
    show = dataset.show
    season = next((s for s in show.seasons if s.number == 2), None)
    if season is not None and season.release_date is not None:
        return f"{discord.utils.format_dt(midnight_utc(season.release_date), 'D')} (Netflix)"
    if season is not None and season.release_note:
        return audience.text(season.release_note)
    return _words(audience)["no_date"]


def release_pages(
    dataset: Dataset, audience: Audience, stories: Sequence[StoryView] | None = None
) -> list[discord.Embed]:
    """The status page, then the timeline: dataset events and tracker stories, oldest first."""
    events = [e for e in dataset.of("timeline") if isinstance(e, TimelineEvent)]
    dated: list[tuple[str, str]] = [(e.date, _event_line(e, audience)) for e in events]
    dated += [(_story_date(s), _story_line(s, audience)) for s in stories or ()]
    dated.sort(key=lambda pair: pair[0])
    timeline = list_pages(_words(audience)["timeline_title"], [line for _, line in dated], per_page=6)
    return [status_embed(dataset, audience, stories), *timeline]
