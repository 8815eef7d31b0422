"""Pydantic models of the lore dataset (data/*.yaml) and the `Dataset` that holds them.

Length limits mirror what a Discord embed or autocomplete choice can carry, so an entry that
validates here always renders: choice names and embed field names <= 100, embed field values
<= 1024 (a wrapped spoiler adds four `|` characters), an embed <= 6000 characters in all.
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
SEED_REF_PATTERN = re.compile(r"^seed:\d{3}_[0-9a-f]{16}\.txt$")

SpoilerLevel = Literal["none", "season1", "season2"]
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


class Source(Frozen):
    """Where a statement comes from: a web page (https URL) or one of the project's seed documents."""

    ref: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)]
    status: SourceStatus
    note: Note | None = None

    @model_validator(mode="after")
    def _ref_matches_status(self) -> Source:
        # A seed document is never evidence for more than "seed", and a web page never is "seed":
        # mixing them up would show speculation from the seeds as a fact.
        if self.ref.startswith("seed:"):
            if not SEED_REF_PATTERN.match(self.ref):
                raise ValueError(f"seed ref must look like 'seed:000_0123456789abcdef.txt', got {self.ref!r}")
            if self.status != "seed":
                raise ValueError(f"a seed document ({self.ref}) can only have status 'seed'")
        elif self.ref.startswith("https://"):
            if self.status == "seed":
                raise ValueError(f"status 'seed' is only for refs to seed documents, not {self.ref}")
        else:
            raise ValueError(f"ref must be an https:// URL or 'seed:<file name>', got {self.ref!r}")
        return self


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

    text: RevealText
    spoiler: Literal["season1", "season2"] = "season1"


class Entry(Frozen):
    """Fields shared by every kind of entry."""

    id: EntryId
    name: Name
    name_ko: Name | None = None
    aliases: Annotated[tuple[Alias, ...], Field(max_length=ALIASES_MAX)] = ()
    summary: Summary
    description: Description | None = None
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

    def text_length(self) -> int:
        """Characters of free text the entry would put into one embed."""
        return (
            len(self.name)
            + len(self.summary)
            + len(self.description or "")
            + sum(len(r.text) for r in self.reveals)
        )

    @model_validator(mode="after")
    def _fits_one_embed(self) -> Entry:
        total = self.text_length()
        if total > ENTRY_TEXT_MAX:
            raise ValueError(
                f"entry text totals {total} characters; at most {ENTRY_TEXT_MAX} fit one Discord embed"
            )
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


class Credit(Frozen):
    """A person credited in a role (director, writer, music ...), with how well that is sourced."""

    role: Short
    name: Name
    note: Note | None = None
    sources: Sources


class SeasonInfo(Frozen):
    """Release facts of one season; unknown values stay null rather than guessed."""

    number: Season
    status: Literal["released", "in production", "announced"]
    release_date: date | None = None
    episodes: int | None = Field(default=None, gt=0)
    runtime_min: tuple[int, int] | None = None
    release_note: Note | None = None
    setting: Note | None = None
    directors: tuple[Name, ...] = ()
    writers: tuple[Name, ...] = ()
    production: tuple[Name, ...] = ()
    sources: Sources


class Webtoon(Frozen):
    """The webtoon the show adapts."""

    title: Name
    title_ko: Name | None = None
    author: Name
    platform: Name
    years: Short
    run_note: Note | None = None
    sources: Sources


class Fact(Frozen):
    """A sourced sentence (a record, a rating, a filming note)."""

    text: Note
    sources: Sources


class Show(Entry):
    """The series itself (data/show.yaml holds exactly one)."""

    titles: Titles
    ids: ShowIds
    genre: Note
    based_on: Webtoon
    seasons: Annotated[tuple[SeasonInfo, ...], Field(min_length=1)]
    credits: tuple[Credit, ...] = ()
    filming_location: EntryId | None = None
    facts: tuple[Fact, ...] = ()
    records: tuple[Fact, ...] = ()


# --- characters and cast ---------------------------------------------------------------------


class Relation(Frozen):
    """What another character is to this one, e.g. on On-jo: {character: nam-so-ju, kind: father}."""

    character: EntryId
    kind: Short


class Fate(Frozen):
    """How a character ends up: always a spoiler, so it is never part of the open text."""

    outcome: Literal["survives", "dies", "turns", "halfbie"]
    episode: int | None = Field(default=None, ge=1, le=12)
    text: RevealText
    note: Note | None = None
    spoiler: Literal["season1", "season2"] = "season1"


class Arc(Frozen):
    """A storyline for a season, with its own sources (e.g. the seed review of season 2)."""

    season: Season
    text: RevealText
    spoiler: Literal["season1", "season2"] = "season2"
    sources: Sources

    @property
    def evidence(self) -> Evidence:
        """How well the arc is supported (see `Entry.evidence`)."""
        return evidence_of(self.sources)


class Character(Entry):
    """A character of the show."""

    billing: Literal["main", "supporting", "minor"]
    actor: EntryId | None = None
    note: Note | None = None
    relations: tuple[Relation, ...] = ()
    fate: Fate | None = None
    arcs: Annotated[tuple[Arc, ...], Field(max_length=4)] = ()

    def text_length(self) -> int:
        """As `Entry.text_length`, plus the fate and arcs that share the embed."""
        extra = len(self.fate.text) if self.fate else 0
        return super().text_length() + extra + sum(len(a.text) for a in self.arcs)


class Role(Frozen):
    """One part an actor plays; `character` is null when no source names the role."""

    character: EntryId | None
    season: Season
    note: Note | None = None


class Actor(Entry):
    """A cast member (data/cast.yaml)."""

    roles: Annotated[tuple[Role, ...], Field(min_length=1)]


# --- world ----------------------------------------------------------------------------------


class Variant(Entry):
    """A kind of infected (or the virus itself)."""

    traits: Annotated[tuple[Note, ...], Field(max_length=10)] = ()
    members: tuple[EntryId, ...] = ()


class Location(Entry):
    """A place in the story or where it was filmed."""

    category: Literal["city", "school", "room", "area", "camp", "filming"]
    part_of: EntryId | None = None


class Episode(Entry):
    """One episode. Netflix gives no titles, so names are "Episode 1" ... "Episode 12"."""

    number: int = Field(ge=1, le=12)
    runtime_note: Note | None = None


_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class TimelineEvent(Entry):
    """A dated step on the way to season 2; the date may be a year, a month or a day."""

    date: Annotated[str, StringConstraints(strip_whitespace=True)]
    date_note: Note | None = None
    status: Literal["interview", "confirmed", "reported", "rumour", "unverified"]
    outcome: Literal["superseded", "did-not-happen", "wrong"] | None = None
    outcome_note: Note | None = None

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
