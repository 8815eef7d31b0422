"""Lore entries as Discord embeds: spoilers hidden per the server's policy, evidence always shown."""

from __future__ import annotations

import string
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from urllib.parse import quote

import discord

from bot.i18n import NC_, Words
from bot.lore.models import (
    Actor,
    Character,
    Dataset,
    Entry,
    Episode,
    Location,
    Show,
    Source,
    SpoilerLevel,
    Text,
    TimelineEvent,
    Variant,
    evidence_of,
)
from bot.lore.search import Hit
from bot.lore.spoilers import SpoilerPolicy, must_hide, show_text, wrap_spoiler
from bot.text import EMBED_DESCRIPTION, FIELD_VALUE, clip, fit_embed

COLOURS = {
    "confirmed": discord.Colour.from_rgb(46, 139, 87),
    "reported": discord.Colour.from_rgb(218, 165, 32),
    "seed": discord.Colour.from_rgb(128, 128, 128),
}

# Every label and keyword as a catalog message (context "lore"): LABELS(language)[key].
LABELS = Words(
    "lore",
    {
        "actor": NC_("lore", "Actor"),
        "played_by": NC_("lore", "Played by"),
        "season": NC_("lore", "Season"),
        "season_n": NC_("lore", "Season {n}"),
        "relations": NC_("lore", "Relations"),
        "fate": NC_("lore", "Fate"),
        "fate_episode": NC_("lore", "episode {n}"),
        "arcs": NC_("lore", "Season 2 (unconfirmed)"),
        "sources": NC_("lore", "Sources"),
        "more_sources": NC_("lore", "and {n} more"),
        "roles": NC_("lore", "Roles"),
        "traits": NC_("lore", "Traits"),
        "members": NC_("lore", "Known"),
        "part_of": NC_("lore", "Part of"),
        "kind": NC_("lore", "Kind"),
        "events": NC_("lore", "What happens"),
        "note": NC_("lore", "Note"),
        "runtime": NC_("lore", "Runtime"),
        "date": NC_("lore", "Date"),
        "status": NC_("lore", "Status"),
        "outcome": NC_("lore", "Outcome"),
        "titles": NC_("lore", "Titles"),
        "title_lines": NC_("lore", "{english}\n{romanized} ({hangul})\nliterally “{literal}”"),
        "genre": NC_("lore", "Genre"),
        "season_status": NC_("lore", "Status: {status}"),
        "released": NC_("lore", "Released: {date}"),
        "episodes": NC_("lore", "Episodes: {n}"),
        "directed_by": NC_("lore", "Directed by {names}"),
        "written_by": NC_("lore", "Written by {names}"),
        "production": NC_("lore", "Production: {names}"),
        "based_on": NC_("lore", "Based on"),
        "based_on_line": NC_("lore", "{title} ({title_ko}) by {author}, {platform}, {years}"),
        "records": NC_("lore", "Records"),
        "links": NC_("lore", "Links"),
        "about_author": NC_("lore", "Hyosan · a fan-made bot, not affiliated with Netflix"),
        "confirmed": NC_("lore", "Confirmed by official or several independent sources"),
        "reported": NC_("lore", "Reported by the press; not officially confirmed"),
        "seed": NC_("lore", "UNCONFIRMED: only from an unofficial review/article, not a fact"),
        "source_confirmed": NC_("lore", "confirmed"),
        "source_reported": NC_("lore", "reported"),
        "source_seed": NC_("lore", "unconfirmed"),
        "unknown_role": NC_("lore", "role not found in any source"),
        "results": NC_("lore", "Search results"),
        "cast_title": NC_("lore", "Cast of All of Us Are Dead"),
        "cast_role": NC_("lore", "S{season} {name}"),
        "spoiler_note": NC_(
            "lore", "Spoilers are hidden: a moderator can change this with /settings spoilers."
        ),
        "hangul_given-name": NC_("lore", "Hangul name: Korean sources give only the given name."),
        "hangul_not-found": NC_(
            "lore", "Hangul name: not found in Korean sources, so the romanised name is shown."
        ),
    },
)
# Words the dataset stores as keywords, shown in the reader's language.
VALUES = Words(
    "lore-value",
    {
        "released": NC_("lore-value", "released"),
        "in production": NC_("lore-value", "in production"),
        "announced": NC_("lore-value", "announced"),
        "city": NC_("lore-value", "city"),
        "school": NC_("lore-value", "school"),
        "room": NC_("lore-value", "room"),
        "area": NC_("lore-value", "area"),
        "camp": NC_("lore-value", "camp"),
        "filming": NC_("lore-value", "filming location"),
        "interview": NC_("lore-value", "interview"),
        "confirmed": NC_("lore-value", "confirmed"),
        "reported": NC_("lore-value", "reported"),
        "rumour": NC_("lore-value", "rumour"),
        "unverified": NC_("lore-value", "unverified"),
        "superseded": NC_("lore-value", "superseded"),
        "did-not-happen": NC_("lore-value", "did not happen"),
        "wrong": NC_("lore-value", "wrong"),
        "character": NC_("lore-value", "character"),
        "cast": NC_("lore-value", "cast"),
        "variant": NC_("lore-value", "variant"),
        "location": NC_("lore-value", "location"),
        "episode": NC_("lore-value", "episode"),
        "show": NC_("lore-value", "show"),
        "timeline": NC_("lore-value", "timeline"),
    },
)

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
    def language(self) -> str:
        return "ko" if self.korean else "en"

    @property
    def labels(self) -> dict[str, str]:
        return LABELS(self.language)

    def value(self, keyword: str) -> str:
        """A dataset keyword (a status, a category, a kind) in the reader's language."""
        return VALUES(self.language).get(keyword, keyword)

    def text(self, text: Text) -> str:
        """A dataset text in the reader's language."""
        return text.pick(self.korean)

    def person(self, name: str, name_ko: str | None) -> str:
        """A name with its hangul: hangul first for Korean readers; the romanised name alone without one."""
        if not name_ko or name_ko == name:
            return name
        return f"{name_ko} ({name})" if self.korean else f"{name} ({name_ko})"

    def name(self, entry: Entry) -> str:
        """The entry's display name: hangul first for Korean readers, English otherwise."""
        if isinstance(entry, Episode | TimelineEvent):
            # A translated heading, not a name: one language is enough.
            return entry.name_ko if self.korean and entry.name_ko else entry.name
        return self.person(entry.name, entry.name_ko)

    def hangul_note(self, entry: Entry) -> str:
        """Why a person's hangul name is partial or missing, or "" when it is complete."""
        status = getattr(entry, "hangul", "full")
        if status == "not-found" and not self.korean:
            return ""  # the romanised name is what an English reader expects anyway
        return self.labels.get(f"hangul_{status}", "")


# Parentheses would end a markdown link early; everything else printable stays as written.
_HREF_SAFE = string.punctuation.replace("(", "").replace(")", "")


def _href(ref: str) -> str:
    # Discord renders a masked link reliably only when the address is plain ASCII.
    return quote(ref, safe=_HREF_SAFE)


def _source_label(source: Source, audience: Audience) -> str:
    label = source.label(audience.korean)
    if source.ref is not None:
        return f"[{label}]({_href(source.ref)})"
    return label


def sources_text(entry_sources: Sequence[Source], audience: Audience, limit: int = FIELD_VALUE) -> str:
    """One line per source (link or name, and status), whole lines only: a clipped link would break."""
    lines = list(
        dict.fromkeys(
            f"{_source_label(s, audience)} · {audience.labels['source_' + s.status]}" for s in entry_sources
        )
    )
    kept: list[str] = []
    for index, line in enumerate(lines):
        rest = len(lines) - index - 1
        more = audience.labels["more_sources"].format(n=rest) if rest else ""
        if len("\n".join([*kept, line, more])) > limit:
            kept.append(audience.labels["more_sources"].format(n=len(lines) - index))
            break
        kept.append(line)
    return clip("\n".join(kept), limit)


def _base(entry: Entry, audience: Audience, kind: str) -> discord.Embed:
    labels = audience.labels
    open_text = audience.text(entry.summary)
    if entry.description:
        open_text += f"\n\n{audience.text(entry.description)}"
    description = show_text(open_text, entry.spoiler, audience.policy)
    evidence = entry.evidence
    if evidence == "seed":
        description = f"⚠️ **{labels['seed']}**\n\n{description}"
    embed = discord.Embed(
        title=f"{KIND_ICONS.get(kind, '')} {audience.name(entry)}".strip(),
        description=description,
        colour=COLOURS[evidence],
    )
    footer = f"{labels[evidence]} · id: {entry.id}"
    hangul_note = audience.hangul_note(entry)
    if hangul_note:
        footer += f"\n{hangul_note}"
    embed.set_footer(text=footer)
    return embed


def _reveals(embed: discord.Embed, entry: Entry, audience: Audience) -> None:
    for reveal in entry.reveals:
        embed.add_field(
            name=audience.labels["events"],
            value=show_text(audience.text(reveal.text), reveal.spoiler, audience.policy),
            inline=False,
        )


def _finish(embed: discord.Embed, entry: Entry, audience: Audience) -> discord.Embed:
    embed.add_field(
        name=audience.labels["sources"], value=sources_text(entry.sources, audience), inline=False
    )
    if any(must_hide(level, audience.policy) for level in _levels(entry)):
        embed.set_footer(text=f"{embed.footer.text}\n{audience.labels['spoiler_note']}")
    return fit_embed(embed)


def _levels(entry: Entry) -> list[SpoilerLevel]:
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
    if entry.note:
        embed.add_field(name=labels["note"], value=audience.text(entry.note), inline=False)
    if entry.relations:
        lines = []
        for relation in entry.relations:
            other = dataset.get("character", relation.character)
            lines.append(
                f"{audience.text(relation.kind)}: {audience.name(other) if other else relation.character}"
            )
        embed.add_field(name=labels["relations"], value=clip("\n".join(lines), FIELD_VALUE), inline=False)
    if entry.fate:
        fate = audience.text(entry.fate.text)
        if entry.fate.episode and str(entry.fate.episode) not in fate:
            fate = f"{fate} ({labels['fate_episode'].format(n=entry.fate.episode)})"
        if entry.fate.note:
            fate = f"{fate}\n{audience.text(entry.fate.note)}"
        embed.add_field(
            name=labels["fate"], value=show_text(fate, entry.fate.spoiler, audience.policy), inline=False
        )
    _reveals(embed, entry, audience)
    for arc in entry.arcs:
        unconfirmed = arc.evidence == "seed"
        label = labels["arcs"] if unconfirmed else labels["season_n"].format(n=arc.season)
        text = audience.text(arc.text)
        if unconfirmed:
            # The arc's only source is seed material: say which kind, never a file.
            seeds = dict.fromkeys(s.label(audience.korean) for s in arc.sources)
            text = f"{text} ({'; '.join(seeds)})"
        prefix = "⚠️ " if unconfirmed else ""
        embed.add_field(
            name=label, value=prefix + show_text(text, arc.spoiler, audience.policy), inline=False
        )
    return _finish(embed, entry, audience)


def actor_embed(entry: Actor, dataset: Dataset, audience: Audience) -> discord.Embed:
    labels = audience.labels
    embed = _base(entry, audience, "cast")
    lines = []
    for role in entry.roles:
        character = dataset.get("character", role.character) if role.character else None
        name = audience.name(character) if character else labels["unknown_role"]
        note = f" — {audience.text(role.note)}" if role.note else ""
        lines.append(f"{labels['season_n'].format(n=role.season)}: {name}{note}")
    embed.add_field(name=labels["roles"], value=clip("\n".join(lines), FIELD_VALUE), inline=False)
    return _finish(embed, entry, audience)


def variant_embed(entry: Variant, dataset: Dataset, audience: Audience) -> discord.Embed:
    labels = audience.labels
    embed = _base(entry, audience, "variant")
    embed.add_field(name=labels["season"], value=str(entry.season), inline=True)
    if entry.traits:
        traits = "\n".join(f"• {audience.text(t)}" for t in entry.traits)
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
    embed.add_field(name=labels["kind"], value=audience.value(entry.category), inline=True)
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
        embed.add_field(name=audience.labels["runtime"], value=audience.text(entry.runtime_note), inline=True)
    _reveals(embed, entry, audience)
    return _finish(embed, entry, audience)


def timeline_embed(entry: TimelineEvent, dataset: Dataset, audience: Audience) -> discord.Embed:
    labels = audience.labels
    embed = _base(entry, audience, "timeline")
    date_note = f" ({audience.text(entry.date_note)})" if entry.date_note else ""
    embed.add_field(name=labels["date"], value=entry.date + date_note)
    embed.add_field(name=labels["status"], value=audience.value(entry.status))
    if entry.outcome or entry.outcome_note:
        parts = [audience.value(entry.outcome)] if entry.outcome else []
        if entry.outcome_note:
            parts.append(audience.text(entry.outcome_note))
        embed.add_field(name=labels["outcome"], value=": ".join(parts))
    return _finish(embed, entry, audience)


def show_embed(entry: Show, dataset: Dataset, audience: Audience) -> discord.Embed:
    labels = audience.labels
    embed = _base(entry, audience, "show")
    embed.add_field(name=labels["titles"], value=labels["title_lines"].format(**entry.titles.model_dump()))
    embed.add_field(name=labels["genre"], value=audience.text(entry.genre))

    def people(names: Sequence[str]) -> str:
        return ", ".join(audience.person(name, entry.name_ko_of(name)) for name in names)

    for season in entry.seasons:
        lines = [labels["season_status"].format(status=audience.value(season.status))]
        if season.release_date:
            day = discord.utils.format_dt(midnight_utc(season.release_date), "D")
            lines.append(labels["released"].format(date=day))
        if season.episodes:
            lines.append(labels["episodes"].format(n=season.episodes))
        if season.directors:
            lines.append(labels["directed_by"].format(names=people(season.directors)))
        if season.writers:
            lines.append(labels["written_by"].format(names=people(season.writers)))
        if season.production:
            lines.append(labels["production"].format(names=", ".join(season.production)))
        if season.setting:
            lines.append(audience.text(season.setting))
        if season.release_note:
            lines.append(audience.text(season.release_note))
        embed.add_field(
            name=labels["season_n"].format(n=season.number),
            value=clip("\n".join(lines), FIELD_VALUE),
            inline=False,
        )
    webtoon = entry.based_on
    embed.add_field(
        name=labels["based_on"],
        value=clip(
            labels["based_on_line"].format(
                title=webtoon.title,
                title_ko=webtoon.title_ko,
                author=audience.person(webtoon.author, webtoon.author_ko),
                platform=audience.text(webtoon.platform),
                years=webtoon.years,
            ),
            FIELD_VALUE,
        ),
        inline=False,
    )
    if entry.records:
        embed.add_field(
            name=labels["records"],
            value=clip("\n".join(f"• {audience.text(r.text)}" for r in entry.records), FIELD_VALUE),
            inline=False,
        )
    ids = entry.ids
    embed.add_field(
        name=labels["links"],
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
        summary = clip(audience.text(entry.summary), 160)
        if must_hide(entry.spoiler, audience.policy):
            summary = wrap_spoiler(summary)
    return f"{KIND_ICONS.get(hit.kind, '•')} **{name}** · {audience.value(hit.kind)}\n{summary}"


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
            description=clip("\n\n".join(chunk) or "—", EMBED_DESCRIPTION),
            colour=colour or COLOURS["confirmed"],
        )
        if footer:
            embed.set_footer(text=footer)
        pages.append(fit_embed(embed))
    return pages


__all__ = ["Audience", "entry_embed", "evidence_of", "hit_line", "list_pages"]
