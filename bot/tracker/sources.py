"""News sources: the built-in list in ``data/feeds.yaml`` and the shape moderators' feeds share."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

log = logging.getLogger(__name__)

DEFAULT_FEEDS_PATH = Path(__file__).resolve().parents[2] / "data" / "feeds.yaml"

# TVmaze caches its API for up to an hour, so polling faster only spends its rate limit.
TVMAZE_MIN_INTERVAL = 3600
MIN_INTERVAL = 300

SourceKind = Literal["rss", "atom", "tvmaze"]


class Source(BaseModel):
    """One place the tracker polls. ``guild_id`` is None for built-in sources."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(min_length=1, max_length=64, pattern=r"^[a-z0-9][a-z0-9_.:-]*$")
    kind: SourceKind
    url: str = Field(min_length=1, max_length=2000)
    # The floor a feeds file may use is ``parse_sources``' to enforce (MIN_INTERVAL unless a test lowers it).
    interval: int = Field(default=3600, ge=1, le=7 * 86400, description="Seconds between polls.")
    language: str = Field(default="en", pattern=r"^[a-z]{2}$")
    enabled: bool = True
    guild_id: int | None = None
    name: str | None = None

    @field_validator("url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        if not value.lower().startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value

    @model_validator(mode="after")
    def _tvmaze_hourly(self) -> Source:
        if self.kind == "tvmaze" and self.interval < TVMAZE_MIN_INTERVAL:
            raise ValueError(
                f"a tvmaze source is polled at most hourly: interval must be >= {TVMAZE_MIN_INTERVAL}"
            )
        return self

    @property
    def display_name(self) -> str:
        return self.name or self.id


class SourcesFileError(ValueError):
    """``feeds.yaml`` cannot be used; the message names the file, the entry and what was expected."""


def _describe(error: ValidationError, where: str) -> str:
    parts = []
    for problem in error.errors():
        field = ".".join(str(p) for p in problem["loc"]) or "entry"
        parts.append(f"{field}: {problem['msg']}")
    return f"{where}: " + "; ".join(parts)


def parse_sources(
    document: object, *, origin: str = "feeds.yaml", min_interval: int = MIN_INTERVAL
) -> list[Source]:
    """Validate an already loaded YAML document (``{"sources": [...]}``) into sources.

    No source may be polled more often than every ``min_interval`` seconds (the setting
    ``FEED_MIN_INTERVAL``, which only tests lower).
    """
    if not isinstance(document, dict) or not isinstance(document.get("sources"), list):
        raise SourcesFileError(f"{origin}: expected a mapping with a 'sources' list")
    sources: list[Source] = []
    seen: set[str] = set()
    for index, entry in enumerate(document["sources"], start=1):
        label = entry.get("id", "?") if isinstance(entry, dict) else "?"
        where = f"{origin}: source {index} ({label})"
        if not isinstance(entry, dict):
            raise SourcesFileError(f"{where}: expected a mapping of fields")
        try:
            source = Source.model_validate(entry)
        except ValidationError as exc:
            raise SourcesFileError(_describe(exc, where)) from exc
        if source.interval < min_interval:
            raise SourcesFileError(f"{where}: interval: must be at least {min_interval} seconds")
        if source.id in seen:
            raise SourcesFileError(f"{where}: duplicate id {source.id!r}")
        seen.add(source.id)
        sources.append(source)
    return sources


# A sources file lists a few dozen feeds; anything this large is a mistake, not a configuration.
MAX_SOURCES_FILE_CHARS = 1_000_000
_SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_sources(path: Path | str = DEFAULT_FEEDS_PATH, *, min_interval: int = MIN_INTERVAL) -> list[Source]:
    """Read and validate the built-in sources, raising ``SourcesFileError`` with a readable message."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SourcesFileError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    if len(text) > MAX_SOURCES_FILE_CHARS:
        raise SourcesFileError(f"{path}: larger than {MAX_SOURCES_FILE_CHARS:,} characters")
    try:
        # The C parser caps nesting depth itself; the pure-Python one would recurse until it fails.
        document = yaml.load(text, Loader=_SafeLoader)  # noqa: S506 - a safe loader
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" line {mark.line + 1}" if mark is not None else ""
        raise SourcesFileError(
            f"{path}:{line} not valid YAML ({getattr(exc, 'problem', None) or exc})"
        ) from exc
    except RecursionError as exc:
        raise SourcesFileError(f"{path}: nested too deeply to be a sources file") from exc
    sources = parse_sources(document, origin=str(path), min_interval=min_interval)
    log.debug("loaded %d sources from %s", len(sources), path)
    return sources
