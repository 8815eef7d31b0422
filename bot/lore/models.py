"""Pydantic models of the lore dataset (data/*.yaml) and the `Dataset` that holds them.

Length limits mirror what a Discord embed or autocomplete choice can carry, so an entry that
validates here always renders: choice names and embed field names <= 100, embed field values
<= 1024 (a wrapped spoiler adds four `|` characters), an embed <= 6000 characters in all.

Every text a member reads is a bilingual `Text` ({en, ko}, both required): a Korean-speaking member
gets the Korean, everyone else the English, and a missing translation fails the loader with the
file, entry and field. People's hangul names are never transliterated here: each person says
whether a Korean source gives the full name, only the given name, or none (`HangulStatus`).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator, model_validator

log = logging.getLogger(__name__)

NAME_MAX = 100
ALIAS_MAX = 100
ALIASES_MAX = 40
SUMMARY_MAX = 300
DESCRIPTION_MAX = 2000
NOTE_MAX = 300
REVEAL_MAX = 1000
REVEALS_MAX = 6
# An embed holds 6000 characters in all; the rest is left for title, footer and field names.
ENTRY_TEXT_MAX = 5500

ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
# A link a member can follow: https, a host with a dot, no spaces, and not shortened with "..."/"…"
# (a shortened address copied from a listing leads nowhere).
_URL_RE = re.compile(r"^https://[^\s/.]+(?:\.[^\s/.]+)+(?:/\S*)?$")
_HANGUL_RE = re.compile(r"[\uac00-\ud7a3]")

SpoilerLevel = Literal["none", "season1", "season2"]
#: How a person's hangul name is known: `full` (a Korean source prints it), `given-name`
#: (Korean sources print only the given name; the full name is unsourced) or `not-found`.
HangulStatus = Literal["full", "given-name", "not-found"]
SourceStatus = Literal["confirmed", "reported", "seed"]
Evidence = Literal["confirmed", "reported", "seed"]
Season = Literal[1, 2]

EntryId = Annotated[str, StringConstraints(pattern=ID_PATTERN, max_length=64)]
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=NAME_MAX)]
Alias = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=ALIAS_MAX)]
Summary = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=SUMMARY_MAX)]
Description = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=DESCRIPTION_MAX)
]
Note = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=NOTE_MAX)]
RevealText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=REVEAL_MAX)]
Short = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=50)]


class Frozen(BaseModel):
    """Base of every dataset model: immutable, and unknown YAML keys are an error, not ignored."""

    model_config = ConfigDict(frozen=True, extra="forbid")


#: The project's starting documents that are cited as (unconfirmed) seed material, by kind, with
#: what a member is told they are. Their file names mean nothing to a member and are never shown.
SEED_DOCUMENTS: dict[str, tuple[str, str]] = {
    "season2-review": (
        "an unofficial review of an unreleased season 2, 2026",
        "공개되지 않은 시즌 2에 대한 비공식 리뷰, 2026",
    ),
    "season2-article-2024": (
        "an unofficial 2024 article about season 2",
        "시즌 2에 대한 비공식 기사, 2024",
    ),
}
SeedDocument = Literal["season2-review", "season2-article-2024"]


class Text(Frozen):
    """A text a member reads, in English and in Korean. Both are required."""

    en: str
    ko: str

    @field_validator("ko")
    @classmethod
    def _is_korean(cls, value: str) -> str:
        # An English sentence pasted into `ko` would reach Korean members untranslated.
        if not _HANGUL_RE.search(value):
            raise ValueError(f"the Korean text has no hangul: {value!r}")
        return value

    def pick(self, korean: bool) -> str:
        """The Korean text for a Korean reader, the English otherwise."""
        return self.ko if korean else self.en


class SummaryText(Text):
    en: Summary
    ko: Summary


class DescriptionText(Text):
    en: Description
    ko: Description


class NoteText(Text):
    en: Note
    ko: Note


class RevealBody(Text):
    en: RevealText
    ko: RevealText


class ShortText(Text):
    en: Short
    ko: Short


class Source(Frozen):
    """Where a statement comes from: a web page (`ref`, a complete https address), an outlet known
    only by name (`outlet`, shown without a link), or one of the project's seed documents (`seed`)."""

    ref: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)] | None = None
    outlet: Name | None = None
    seed: SeedDocument | None = None
    status: SourceStatus
    note: Note | None = None

    @model_validator(mode="after")
    def _kind_matches_status(self) -> Source:
        # A seed document is never evidence for more than "seed", and a web page never is "seed":
        # mixing them up would show speculation from the seeds as a fact.
        if self.seed is not None:
            if self.ref is not None or self.outlet is not None:
                raise ValueError("a seed source has no 'ref' or 'outlet'")
            if self.status != "seed":
                raise ValueError(f"a seed document ({self.seed}) can only have status 'seed'")
            return self
        if self.ref is None and self.outlet is None:
            raise ValueError("a source needs a 'ref' (https address), an 'outlet' name, or a 'seed' kind")
        if self.status == "seed":
            raise ValueError("status 'seed' is only for seed documents ('seed: <kind>')")
        if self.ref is not None:
            if "..." in self.ref or "…" in self.ref:
                raise ValueError(
                    f"ref {self.ref!r} is shortened with '...': give the full address, or only the "
                    "'outlet' name"
                )
            if not _URL_RE.match(self.ref):
                raise ValueError(f"ref must be a complete https:// address, got {self.ref!r}")
        return self

    @property
    def host(self) -> str | None:
        """The linked site's host without "www.", or None for a source without a link."""
        if self.ref is None:
            return None
        return self.ref.removeprefix("https://").split("/", 1)[0].removeprefix("www.")

    def label(self, korean: bool) -> str:
        """What the source is called when shown: the outlet, the site's host or the seed's kind."""
        if self.seed is not None:
            en, ko = SEED_DOCUMENTS[self.seed]
            return ko if korean else en
        return self.outlet or self.host or ""


Sources = Annotated[tuple[Source, ...], Field(min_length=1)]


def evidence_of(sources: tuple[Source, ...]) -> Evidence:
    """The strongest status among `sources`: confirmed beats reported beats seed."""
    statuses = {s.status for s in sources}
    if "confirmed" in statuses:
        return "confirmed"
    if "reported" in statuses:
        return "reported"
    return "seed"


class Reveal(Frozen):
    """A piece of text that spoils the plot, kept apart from the entry's open text so it can be hidden."""

    text: RevealBody
    spoiler: Literal["season1", "season2"] = "season1"


class Entry(Frozen):
    """Fields shared by every kind of entry."""

    id: EntryId
    name: Name
    name_ko: Name | None = None
    aliases: Annotated[tuple[Alias, ...], Field(max_length=ALIASES_MAX)] = ()
    summary: SummaryText
    description: DescriptionText | None = None
    season: Season
    spoiler: SpoilerLevel = "none"
    reveals: Annotated[tuple[Reveal, ...], Field(max_length=REVEALS_MAX)] = ()
    sources: Sources

    @property
    def evidence(self) -> Evidence:
        """How well the entry is supported: confirmed, only reported, or only the seed documents."""
        return evidence_of(self.sources)

    @property
    def is_unconfirmed(self) -> bool:
        """True when every source is a seed document: the bot must show it as unconfirmed."""
        return self.evidence == "seed"

    @property
    def is_only_reported(self) -> bool:
        """True when the best source is a press report, not an official or multi-outlet confirmation."""
        return self.evidence == "reported"

    def text_length(self, korean: bool = False) -> int:
        """Characters of free text the entry would put into one embed in one language."""
        return (
            len(self.name)
            + len(self.name_ko or "")
            + len(self.summary.pick(korean))
            + len(self.description.pick(korean) if self.description else "")
            + sum(len(r.text.pick(korean)) for r in self.reveals)
        )

    @model_validator(mode="after")
    def _fits_one_embed(self) -> Entry:
        for korean in (False, True):
            total = self.text_length(korean)
            if total > ENTRY_TEXT_MAX:
                language = "Korean" if korean else "English"
                raise ValueError(
                    f"{language} entry text totals {total} characters; at most {ENTRY_TEXT_MAX} fit one "
                    "Discord embed"
                )
        return self


class Named(Entry):
    """An entry that is not a person: its Korean name is required (a title or a place name)."""

    @model_validator(mode="after")
    def _has_korean_name(self) -> Named:
        if not self.name_ko:
            raise ValueError("missing required field 'name_ko' (the entry's Korean name)")
        return self


class Person(Entry):
    """An entry for a person or a character: `hangul` says how the hangul name is known.

    `name_ko` is only ever copied from a Korean source; where none gives it, `hangul: not-found`
    says so and the romanised name is shown instead. Never transliterate.
    """

    hangul: HangulStatus

    @model_validator(mode="after")
    def _hangul_agrees(self) -> Person:
        if self.hangul == "not-found" and self.name_ko:
            raise ValueError("hangul is 'not-found' but 'name_ko' is set: drop one of them")
        if self.hangul != "not-found" and not self.name_ko:
            raise ValueError(f"hangul is '{self.hangul}' but 'name_ko' is missing")
        return self


# --- show -------------------------------------------------------------------------------------


class Titles(Frozen):
    """The show's real titles. Mistranslations belong in `aliases` (for search), never here."""

    english: Name
    hangul: Name
    romanized: Name
    literal: Name


class ShowIds(Frozen):
    """Identifiers on the sites the tracker and the embeds link to."""

    imdb: Annotated[str, StringConstraints(pattern=r"^tt\d+$")]
    tmdb_tv: int = Field(gt=0)
    netflix: int = Field(gt=0)
    wikipedia: Annotated[str, StringConstraints(pattern=r"^https://")]


CreditRole = Literal["director", "writer", "music", "cinematography", "editing"]


class Credit(Frozen):
    """A person credited in a role (director, writer, music ...), with how well that is sourced."""

    role: CreditRole
    name: Name
    name_ko: Name | None = None
    hangul: HangulStatus
    note: NoteText | None = None
    sources: Sources

    @model_validator(mode="after")
    def _hangul_agrees(self) -> Credit:
        if (self.hangul == "not-found") == bool(self.name_ko):
            raise ValueError("'name_ko' is required unless hangul is 'not-found', and forbidden then")
        return self


class SeasonInfo(Frozen):
    """Release facts of one season; unknown values stay null rather than guessed."""

    number: Season
    status: Literal["released", "in production", "announced"]
    release_date: date | None = None
    episodes: int | None = Field(default=None, gt=0)
    runtime_min: tuple[int, int] | None = None
    release_note: NoteText | None = None
    setting: NoteText | None = None
    directors: tuple[Name, ...] = ()
    writers: tuple[Name, ...] = ()
    production: tuple[Name, ...] = ()
    sources: Sources


class Webtoon(Frozen):
    """The webtoon the show adapts."""

    title: Name
    title_ko: Name
    author: Name
    author_ko: Name
    platform: ShortText
    years: Short
    run_note: NoteText | None = None
    sources: Sources


class Fact(Frozen):
    """A sourced sentence (a record, a rating, a filming note)."""

    text: NoteText
    sources: Sources


class Show(Named):
    """The series itself (data/show.yaml holds exactly one)."""

    titles: Titles
    ids: ShowIds
    genre: NoteText
    based_on: Webtoon
    seasons: Annotated[tuple[SeasonInfo, ...], Field(min_length=1)]
    credits: tuple[Credit, ...] = ()
    filming_location: EntryId | None = None
    facts: tuple[Fact, ...] = ()
    records: tuple[Fact, ...] = ()

    def name_ko_of(self, name: str) -> str | None:
        """The hangul name of a credited person (a director or writer named in `seasons`)."""
        for credit in self.credits:
            if credit.name == name:
                return credit.name_ko
        return None


# --- characters and cast ---------------------------------------------------------------------


class Relation(Frozen):
    """What another character is to this one, e.g. on On-jo: {character: nam-so-ju, kind: father}."""

    character: EntryId
    kind: ShortText


class Fate(Frozen):
    """How a character ends up: always a spoiler, so it is never part of the open text."""

    outcome: Literal["survives", "dies", "turns", "halfbie"]
    episode: int | None = Field(default=None, ge=1, le=12)
    text: RevealBody
    note: NoteText | None = None
    spoiler: Literal["season1", "season2"] = "season1"


class Arc(Frozen):
    """A storyline for a season, with its own sources (e.g. the seed review of season 2)."""

    season: Season
    text: RevealBody
    spoiler: Literal["season1", "season2"] = "season2"
    sources: Sources

    @property
    def evidence(self) -> Evidence:
        """How well the arc is supported (see `Entry.evidence`)."""
        return evidence_of(self.sources)


class Character(Person):
    """A character of the show."""

    billing: Literal["main", "supporting", "minor"]
    actor: EntryId | None = None
    note: NoteText | None = None
    relations: tuple[Relation, ...] = ()
    fate: Fate | None = None
    arcs: Annotated[tuple[Arc, ...], Field(max_length=4)] = ()

    def text_length(self, korean: bool = False) -> int:
        """As `Entry.text_length`, plus the fate and arcs that share the embed."""
        extra = len(self.fate.text.pick(korean)) if self.fate else 0
        return super().text_length(korean) + extra + sum(len(a.text.pick(korean)) for a in self.arcs)


class Role(Frozen):
    """One part an actor plays; `character` is null when no source names the role."""

    character: EntryId | None
    season: Season
    note: NoteText | None = None


class Actor(Person):
    """A cast member (data/cast.yaml)."""

    roles: Annotated[tuple[Role, ...], Field(min_length=1)]


# --- world ----------------------------------------------------------------------------------


class Variant(Named):
    """A kind of infected (or the virus itself)."""

    traits: Annotated[tuple[NoteText, ...], Field(max_length=10)] = ()
    members: tuple[EntryId, ...] = ()


class Location(Named):
    """A place in the story or where it was filmed."""

    category: Literal["city", "school", "room", "area", "camp", "filming"]
    part_of: EntryId | None = None


class Episode(Named):
    """One episode. Netflix gives no titles, so names are "Episode 1" ... "Episode 12"."""

    number: int = Field(ge=1, le=12)
    runtime_note: NoteText | None = None


_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class TimelineEvent(Named):
    """A dated step on the way to season 2; the date may be a year, a month or a day."""

    date: Annotated[str, StringConstraints(strip_whitespace=True)]
    date_note: NoteText | None = None
    status: Literal["interview", "confirmed", "reported", "rumour", "unverified"]
    outcome: Literal["superseded", "did-not-happen", "wrong"] | None = None
    outcome_note: NoteText | None = None

    @field_validator("date", mode="before")
    @classmethod
    def _date_as_text(cls, value: object) -> object:
        # YAML reads an unquoted 2022-02-07 as a date and 2025 as an int; both are kept as text.
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        return value

    @field_validator("date")
    @classmethod
    def _partial_iso_date(cls, value: str) -> str:
        match = _DATE_RE.match(value)
        if not match:
            raise ValueError(f"date must be YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
        year, month, day = match.groups()
        try:
            date(int(year), int(month or 1), int(day or 1))
        except ValueError as exc:
            raise ValueError(f"date {value!r} is not a real date: {exc}") from exc
        return value

    @property
    def precision(self) -> Literal["year", "month", "day"]:
        """How much of the date is known."""
        return ("year", "month", "day")[self.date.count("-")]


# --- the whole dataset -------------------------------------------------------------------------

Kind = Literal["show", "character", "cast", "variant", "location", "episode", "timeline"]

#: kind -> (file in data/, model). The order is the order the loader reads and reports in.
KINDS: dict[str, tuple[str, type[Entry]]] = {
    "show": ("show.yaml", Show),
    "character": ("characters.yaml", Character),
    "cast": ("cast.yaml", Actor),
    "variant": ("variants.yaml", Variant),
    "location": ("locations.yaml", Location),
    "episode": ("episodes.yaml", Episode),
    "timeline": ("timeline.yaml", TimelineEvent),
}


@dataclass(frozen=True)
class Dataset:
    """Every entry of every kind, in file order, with lookups by id.

    Build it with `bot.lore.loader.load_dataset`, which also checks references between entries.
    """

    entries: dict[str, tuple[Entry, ...]]
    _by_id: dict[str, dict[str, Entry]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        unknown = set(self.entries) - set(KINDS)
        if unknown:
            raise ValueError(f"unknown kinds: {sorted(unknown)}")
        by_id = {kind: {e.id: e for e in self.entries.get(kind, ())} for kind in KINDS}
        object.__setattr__(self, "_by_id", by_id)

    def of(self, kind: str) -> tuple[Entry, ...]:
        """All entries of `kind` in file order (empty for a kind with no file)."""
        if kind not in KINDS:
            raise KeyError(f"unknown kind {kind!r}; kinds are {', '.join(KINDS)}")
        return self.entries.get(kind, ())

    def get(self, kind: str, entry_id: str) -> Entry | None:
        """The entry of `kind` with this id, or None."""
        if kind not in KINDS:
            raise KeyError(f"unknown kind {kind!r}; kinds are {', '.join(KINDS)}")
        return self._by_id[kind].get(entry_id)

    def find(self, entry_id: str) -> tuple[str, Entry] | None:
        """(kind, entry) for an id of any kind; ids are unique across kinds."""
        for kind, entries in self._by_id.items():
            if entry_id in entries:
                return kind, entries[entry_id]
        return None

    def __iter__(self) -> Iterator[tuple[str, Entry]]:
        for kind in KINDS:
            for entry in self.entries.get(kind, ()):
                yield kind, entry

    def __len__(self) -> int:
        return sum(len(v) for v in self.entries.values())

    def summary(self) -> str:
        """Entry counts per kind, for start-up logs and `python -m bot check`."""
        return ", ".join(f"{len(self.entries.get(kind, ()))} {kind}" for kind in KINDS)

    @property
    def show(self) -> Show:
        """The series entry."""
        shows = self.entries.get("show", ())
        if not shows:
            raise LookupError("the dataset has no show entry")
        show = shows[0]
        assert isinstance(show, Show)
        return show

    @property
    def characters(self) -> tuple[Character, ...]:
        """All characters."""
        return tuple(e for e in self.entries.get("character", ()) if isinstance(e, Character))

    @property
    def cast(self) -> tuple[Actor, ...]:
        """All cast members."""
        return tuple(e for e in self.entries.get("cast", ()) if isinstance(e, Actor))

    def character(self, entry_id: str) -> Character:
        """The character with this id; KeyError when absent."""
        entry = self.get("character", entry_id)
        if not isinstance(entry, Character):
            raise KeyError(entry_id)
        return entry

    def actor(self, entry_id: str) -> Actor:
        """The cast member with this id; KeyError when absent."""
        entry = self.get("cast", entry_id)
        if not isinstance(entry, Actor):
            raise KeyError(entry_id)
        return entry

    def actor_of(self, character_id: str) -> Actor | None:
        """The cast member who plays a character, if known."""
        actor_id = self.character(character_id).actor
        return self.actor(actor_id) if actor_id else None
