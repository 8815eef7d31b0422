"""Lore entries as Discord embeds: spoilers hidden per the server's policy, evidence always shown."""

from __future__ import annotations

import string
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from urllib.parse import quote

import discord

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

LABELS_EN = {
    "actor": "Actor",
    "played_by": "Played by",
    "season": "Season",
    "season_n": "Season {n}",
    "relations": "Relations",
    "fate": "Fate",
    "fate_episode": "episode {n}",
    "arcs": "Season 2 (unconfirmed)",
    "sources": "Sources",
    "more_sources": "and {n} more",
    "roles": "Roles",
    "traits": "Traits",
    "members": "Known",
    "part_of": "Part of",
    "kind": "Kind",
    "events": "What happens",
    "note": "Note",
    "runtime": "Runtime",
    "date": "Date",
    "status": "Status",
    "outcome": "Outcome",
    "titles": "Titles",
    "title_lines": "{english}\n{romanized} ({hangul})\nliterally “{literal}”",
    "genre": "Genre",
    "season_status": "Status: {status}",
    "released": "Released: {date}",
    "episodes": "Episodes: {n}",
    "directed_by": "Directed by {names}",
    "written_by": "Written by {names}",
    "production": "Production: {names}",
    "based_on": "Based on",
    "based_on_line": "{title} ({title_ko}) by {author}, {platform}, {years}",
    "records": "Records",
    "links": "Links",
    "about_author": "Hyosan · a fan-made bot, not affiliated with Netflix",
    "confirmed": "Confirmed by official or several independent sources",
    "reported": "Reported by the press; not officially confirmed",
    "seed": "UNCONFIRMED: only from an unofficial review/article, not a fact",
    "source_confirmed": "confirmed",
    "source_reported": "reported",
    "source_seed": "unconfirmed",
    "unknown_role": "role not found in any source",
    "results": "Search results",
    "cast_title": "Cast of All of Us Are Dead",
    "cast_role": "S{season} {name}",
    "spoiler_note": "Spoilers are hidden: a moderator can change this with /settings spoilers.",
    "hangul_given-name": "Hangul name: Korean sources give only the given name.",
    "hangul_not-found": "",
}
LABELS_KO = {
    "actor": "배우",
    "played_by": "배우",
    "season": "시즌",
    "season_n": "시즌 {n}",
    "relations": "관계",
    "fate": "결말",
    "fate_episode": "{n}화",
    "arcs": "시즌2 (미확인)",
    "sources": "출처",
    "more_sources": "외 {n}개",
    "roles": "배역",
    "traits": "특징",
    "members": "알려진 인물",
    "part_of": "위치",
    "kind": "종류",
    "events": "주요 사건",
    "note": "참고",
    "runtime": "러닝타임",
    "date": "날짜",
    "status": "상태",
    "outcome": "결과",
    "titles": "제목",
    "title_lines": "{hangul} ({romanized})\n영어 제목 ({english})",
    "genre": "장르",
    "season_status": "상태: {status}",
    "released": "공개일: {date}",
    "episodes": "회차: {n}부작",
    "directed_by": "연출: {names}",
    "written_by": "극본: {names}",
    "production": "제작: {names}",
    "based_on": "원작",
    "based_on_line": "{author} 작가의 {platform} 《{title_ko}》 ({years})",
    "records": "기록",
    "links": "링크",
    "about_author": "효산 · 팬이 만든 봇으로, 넷플릭스와 관계없습니다",
    "confirmed": "공식 발표 또는 여러 매체로 확인됨",
    "reported": "언론 보도, 공식 확인 전",
    "seed": "미확인: 비공식 리뷰/기사에만 나온 내용입니다",
    "source_confirmed": "확인",
    "source_reported": "보도",
    "source_seed": "미확인",
    "unknown_role": "배역 정보 없음",
    "results": "검색 결과",
    "cast_title": "지금 우리 학교는 출연진",
    "cast_role": "시즌 {season} {name}",
    "spoiler_note": "스포일러는 가려져 있습니다. 관리자는 /settings spoilers 로 바꿀 수 있습니다.",
    "hangul_given-name": "한글 이름: 한국어 자료에는 이름만 나와 성은 적지 않았습니다.",
    "hangul_not-found": "한글 이름: 한국어 자료에서 찾지 못해 로마자로 적었습니다.",
}
# Words the dataset stores as keywords, shown in the reader's language.
VALUES_EN: dict[str, str] = {
    "released": "released",
    "in production": "in production",
    "announced": "announced",
    "city": "city",
    "school": "school",
    "room": "room",
    "area": "area",
    "camp": "camp",
    "filming": "filming location",
    "interview": "interview",
    "confirmed": "confirmed",
    "reported": "reported",
    "rumour": "rumour",
    "unverified": "unverified",
    "superseded": "superseded",
    "did-not-happen": "did not happen",
    "wrong": "wrong",
    "character": "character",
    "cast": "cast",
    "variant": "variant",
    "location": "location",
    "episode": "episode",
    "show": "show",
    "timeline": "timeline",
}
VALUES_KO: dict[str, str] = {
    "released": "공개됨",
    "in production": "제작 중",
    "announced": "제작 확정",
    "city": "도시",
    "school": "학교",
    "room": "교실·시설",
    "area": "구역",
    "camp": "캠프",
    "filming": "촬영지",
    "interview": "인터뷰",
    "confirmed": "공식 확인",
    "reported": "보도",
    "rumour": "소문",
    "unverified": "미확인",
    "superseded": "이후 정보로 대체됨",
    "did-not-happen": "실현되지 않음",
    "wrong": "사실 아님",
    "character": "캐릭터",
    "cast": "출연진",
    "variant": "좀비",
    "location": "장소",
    "episode": "에피소드",
    "show": "작품",
    "timeline": "타임라인",
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

    def value(self, keyword: str) -> str:
        """A dataset keyword (a status, a category, a kind) in the reader's language."""
        return (VALUES_KO if self.korean else VALUES_EN).get(keyword, keyword)

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
