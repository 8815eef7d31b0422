"""Lore entries as Discord embeds: spoilers hidden per the server's policy, evidence always shown."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

import discord

from bot.lore.models import (
    Actor,
    Character,
    Dataset,
    Entry,
    Episode,
    Location,
    Show,
    TimelineEvent,
    Variant,
    evidence_of,
)
from bot.lore.search import Hit
from bot.lore.spoilers import SpoilerPolicy, must_hide, show_text, wrap_spoiler
from cogs.common.text import FIELD_VALUE, clip, fit_embed

COLOURS = {
    "confirmed": discord.Colour.from_rgb(46, 139, 87),
    "reported": discord.Colour.from_rgb(218, 165, 32),
    "seed": discord.Colour.from_rgb(128, 128, 128),
}

LABELS_EN = {
    "actor": "Actor",
    "played_by": "Played by",
    "season": "Season",
    "relations": "Relations",
    "fate": "Fate",
    "arcs": "Season 2 (unconfirmed)",
    "sources": "Sources",
    "roles": "Roles",
    "traits": "Traits",
    "members": "Known",
    "part_of": "Part of",
    "kind": "Kind",
    "events": "What happens",
    "confirmed": "Confirmed by official or several independent sources",
    "reported": "Reported by the press; not officially confirmed",
    "seed": "UNCONFIRMED: only from an unofficial review/article, not a fact",
    "unknown_role": "role not found in any source",
    "results": "Search results",
    "cast_title": "Cast of All of Us Are Dead",
    "spoiler_note": "Spoilers are hidden: a moderator can change this with /settings spoilers.",
}
LABELS_KO = {
    "actor": "배우",
    "played_by": "배우",
    "season": "시즌",
    "relations": "관계",
    "fate": "결말",
    "arcs": "시즌2 (미확인)",
    "sources": "출처",
    "roles": "배역",
    "traits": "특징",
    "members": "알려진 인물",
    "part_of": "위치",
    "kind": "종류",
    "events": "주요 사건",
    "confirmed": "공식 발표 또는 여러 매체로 확인됨",
    "reported": "언론 보도, 공식 확인 전",
    "seed": "미확인: 비공식 리뷰/기사에만 나온 내용입니다",
    "unknown_role": "배역 정보 없음",
    "results": "검색 결과",
    "cast_title": "지금 우리 학교는 출연진",
    "spoiler_note": "스포일러는 가려져 있습니다. 관리자는 /settings spoilers 로 바꿀 수 있습니다.",
}

KIND_ICONS = {
    "character": "🧑",
    "cast": "🎬",
    "variant": "🧟",
    "location": "📍",
    "episode": "📺",
    "show": "🏫",
    "timeline": "🗓️",
}


@dataclass(frozen=True)
class Audience:
    """Who reads the embed: the server's spoiler policy and whether to speak Korean."""

    policy: SpoilerPolicy = "none"
    korean: bool = False

    @property
    def labels(self) -> dict[str, str]:
        return LABELS_KO if self.korean else LABELS_EN

    def name(self, entry: Entry) -> str:
        """The entry's display name: hangul first for Korean readers, English otherwise."""
        if self.korean and entry.name_ko:
            return f"{entry.name_ko} ({entry.name})"
        if entry.name_ko:
            return f"{entry.name} ({entry.name_ko})"
        return entry.name


def _link(ref: str) -> str:
    if ref.startswith("seed:"):
        return f"seed document `{ref.removeprefix('seed:')}`"
    host = ref.removeprefix("https://").split("/", 1)[0].removeprefix("www.")
    return f"[{host}]({ref})"


def sources_text(entry_sources: Sequence, limit: int = FIELD_VALUE) -> str:
    lines = []
    for source in entry_sources:
        lines.append(f"{_link(source.ref)} · {source.status}")
    text = "\n".join(dict.fromkeys(lines))
    return clip(text, limit)


def _base(entry: Entry, audience: Audience, kind: str) -> discord.Embed:
    labels = audience.labels
    open_text = entry.summary + (f"\n\n{entry.description}" if entry.description else "")
    description = show_text(open_text, entry.spoiler, audience.policy)
    evidence = entry.evidence
    if evidence == "seed":
        description = f"⚠️ **{labels['seed']}**\n\n{description}"
    embed = discord.Embed(
        title=f"{KIND_ICONS.get(kind, '')} {audience.name(entry)}".strip(),
        description=description,
        colour=COLOURS[evidence],
    )
    embed.set_footer(text=f"{labels[evidence]} · id: {entry.id}")
    return embed


def _reveals(embed: discord.Embed, entry: Entry, audience: Audience) -> None:
    for reveal in entry.reveals:
        embed.add_field(
            name=audience.labels["events"],
            value=show_text(reveal.text, reveal.spoiler, audience.policy),
            inline=False,
        )


def _finish(embed: discord.Embed, entry: Entry, audience: Audience) -> discord.Embed:
    embed.add_field(name=audience.labels["sources"], value=sources_text(entry.sources), inline=False)
    if any(must_hide(level, audience.policy) for level in _levels(entry)):
        embed.set_footer(text=f"{embed.footer.text}\n{audience.labels['spoiler_note']}")
    return fit_embed(embed)


def _levels(entry: Entry) -> list[str]:
    levels = [entry.spoiler, *(r.spoiler for r in entry.reveals)]
    if isinstance(entry, Character):
        if entry.fate:
            levels.append(entry.fate.spoiler)
        levels.extend(a.spoiler for a in entry.arcs)
    return levels


def character_embed(entry: Character, dataset: Dataset, audience: Audience) -> discord.Embed:
    labels = audience.labels
    embed = _base(entry, audience, "character")
    if entry.actor:
        actor = dataset.get("cast", entry.actor)
        if actor is not None:
            embed.add_field(name=labels["played_by"], value=audience.name(actor), inline=True)
    embed.add_field(name=labels["season"], value=str(entry.season), inline=True)
    if entry.relations:
        lines = []
        for relation in entry.relations:
            other = dataset.get("character", relation.character)
            lines.append(f"{relation.kind}: {audience.name(other) if other else relation.character}")
        embed.add_field(name=labels["relations"], value=clip("\n".join(lines), FIELD_VALUE), inline=False)
    if entry.fate:
        fate = entry.fate.text
        if entry.fate.episode and str(entry.fate.episode) not in fate:
            fate = f"{fate} (episode {entry.fate.episode})"
        embed.add_field(
            name=labels["fate"], value=show_text(fate, entry.fate.spoiler, audience.policy), inline=False
        )
    _reveals(embed, entry, audience)
    for arc in entry.arcs:
        label = labels["arcs"] if arc.evidence == "seed" else f"{labels['season']} {arc.season}"
        prefix = "⚠️ " if arc.evidence == "seed" else ""
        embed.add_field(
            name=label, value=prefix + show_text(arc.text, arc.spoiler, audience.policy), inline=False
        )
    return _finish(embed, entry, audience)


def actor_embed(entry: Actor, dataset: Dataset, audience: Audience) -> discord.Embed:
    labels = audience.labels
    embed = _base(entry, audience, "cast")
    lines = []
    for role in entry.roles:
        character = dataset.get("character", role.character) if role.character else None
        name = audience.name(character) if character else labels["unknown_role"]
        note = f" — {role.note}" if role.note else ""
        lines.append(f"{labels['season']} {role.season}: {name}{note}")
    embed.add_field(name=labels["roles"], value=clip("\n".join(lines), FIELD_VALUE), inline=False)
    return _finish(embed, entry, audience)


def variant_embed(entry: Variant, dataset: Dataset, audience: Audience) -> discord.Embed:
    labels = audience.labels
    embed = _base(entry, audience, "variant")
    embed.add_field(name=labels["season"], value=str(entry.season), inline=True)
    if entry.traits:
        traits = "\n".join(f"• {t}" for t in entry.traits)
        embed.add_field(
            name=labels["traits"],
            value=show_text(clip(traits, FIELD_VALUE - 4), entry.spoiler, audience.policy),
            inline=False,
        )
    if entry.members:
        names = []
        for member_id in entry.members:
            found = dataset.find(member_id)
            names.append(audience.name(found[1]) if found else member_id)
        # Who turned into what is itself a plot point.
        embed.add_field(
            name=labels["members"],
            value=show_text(clip(", ".join(names), FIELD_VALUE - 4), "season1", audience.policy),
            inline=False,
        )
    _reveals(embed, entry, audience)
    return _finish(embed, entry, audience)


def location_embed(entry: Location, dataset: Dataset, audience: Audience) -> discord.Embed:
    labels = audience.labels
    embed = _base(entry, audience, "location")
    embed.add_field(name=labels["kind"], value=entry.category, inline=True)
    embed.add_field(name=labels["season"], value=str(entry.season), inline=True)
    if entry.part_of:
        parent = dataset.get("location", entry.part_of)
        if parent is not None:
            embed.add_field(name=labels["part_of"], value=audience.name(parent), inline=True)
    _reveals(embed, entry, audience)
    return _finish(embed, entry, audience)


def episode_embed(entry: Episode, dataset: Dataset, audience: Audience) -> discord.Embed:
    embed = _base(entry, audience, "episode")
    if entry.runtime_note:
        embed.add_field(name="Runtime", value=entry.runtime_note, inline=True)
    _reveals(embed, entry, audience)
    return _finish(embed, entry, audience)


def timeline_embed(entry: TimelineEvent, dataset: Dataset, audience: Audience) -> discord.Embed:
    embed = _base(entry, audience, "timeline")
    embed.add_field(name="Date", value=entry.date + (f" ({entry.date_note})" if entry.date_note else ""))
    embed.add_field(name="Status", value=entry.status)
    if entry.outcome:
        embed.add_field(name="Outcome", value=f"{entry.outcome}: {entry.outcome_note or ''}".strip(": "))
    return _finish(embed, entry, audience)


def show_embed(entry: Show, dataset: Dataset, audience: Audience) -> discord.Embed:
    embed = _base(entry, audience, "show")
    titles = entry.titles
    embed.add_field(
        name="Titles",
        value=f"{titles.english}\n{titles.hangul} ({titles.romanized})\nliterally “{titles.literal}”",
        inline=False,
    )
    for season in entry.seasons:
        lines = [f"Status: {season.status}"]
        if season.release_date:
            lines.append(f"Released: {discord.utils.format_dt(midnight_utc(season.release_date), 'D')}")
        if season.episodes:
            lines.append(f"Episodes: {season.episodes}")
        if season.directors:
            lines.append(f"Directed by {', '.join(season.directors)}")
        if season.writers:
            lines.append(f"Written by {', '.join(season.writers)}")
        if season.production:
            lines.append(f"Production: {', '.join(season.production)}")
        if season.setting:
            lines.append(season.setting)
        if season.release_note:
            lines.append(season.release_note)
        embed.add_field(
            name=f"Season {season.number}", value=clip("\n".join(lines), FIELD_VALUE), inline=False
        )
    webtoon = entry.based_on
    embed.add_field(
        name="Based on",
        value=clip(
            f"{webtoon.title} ({webtoon.title_ko or ''}) by {webtoon.author}, {webtoon.platform}, "
            f"{webtoon.years}",
            FIELD_VALUE,
        ),
        inline=False,
    )
    if entry.records:
        embed.add_field(
            name="Records",
            value=clip("\n".join(f"• {r.text}" for r in entry.records), FIELD_VALUE),
            inline=False,
        )
    ids = entry.ids
    embed.add_field(
        name="Links",
        value=f"[IMDb](https://www.imdb.com/title/{ids.imdb}/) · "
        f"[TMDB](https://www.themoviedb.org/tv/{ids.tmdb_tv}) · "
        f"[Netflix](https://www.netflix.com/title/{ids.netflix}) · [Wikipedia]({ids.wikipedia})",
        inline=False,
    )
    return _finish(embed, entry, audience)


def midnight_utc(day: date) -> datetime:
    """The start of `day` in UTC, for Discord's localised date markup (format_dt wants a datetime)."""
    return datetime.combine(day, time(0, 0), tzinfo=UTC)


RENDERERS = {
    "character": character_embed,
    "cast": actor_embed,
    "variant": variant_embed,
    "location": location_embed,
    "episode": episode_embed,
    "timeline": timeline_embed,
    "show": show_embed,
}


def entry_embed(kind: str, entry: Entry, dataset: Dataset, audience: Audience) -> discord.Embed:
    return RENDERERS[kind](entry, dataset, audience)  # type: ignore[operator]


def hit_line(hit: Hit, dataset: Dataset, audience: Audience) -> str:
    entry = dataset.get(hit.kind, hit.id)
    name = audience.name(entry) if entry else hit.label
    summary = ""
    if entry is not None:
        summary = (
            entry.summary if not must_hide(entry.spoiler, audience.policy) else wrap_spoiler(entry.summary)
        )
    return f"{KIND_ICONS.get(hit.kind, '•')} **{name}** · {hit.kind}\n{clip(summary, 160)}"


def list_pages(
    title: str,
    lines: Sequence[str],
    *,
    per_page: int = 8,
    colour: discord.Colour | None = None,
    footer: str | None = None,
) -> list[discord.Embed]:
    """Lines grouped into pages of embeds; each page stays inside the description limit."""
    pages: list[discord.Embed] = []
    for start in range(0, max(len(lines), 1), per_page):
        chunk = lines[start : start + per_page]
        embed = discord.Embed(
            title=title,
            description=clip("\n\n".join(chunk) or "—", 4096),
            colour=colour or COLOURS["confirmed"],
        )
        if footer:
            embed.set_footer(text=footer)
        pages.append(fit_embed(embed))
    return pages


__all__ = ["Audience", "entry_embed", "evidence_of", "hit_line", "list_pages"]
