"""Every setting Hyosan reads, from the environment and `.env`, validated in one place.

Each field's description is the documentation: `.env.example` and the README list the same names.
A setting that is wrong stops the bot before it touches Discord, with one message naming every problem.
"""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from bot.tracker.urlguard import DEFAULT_PORTS, parse_ports

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA_DIR = PROJECT_ROOT / "data"
DEFAULT_DATABASE_URL = f"sqlite+aiosqlite:///{PROJECT_ROOT / 'var' / 'hyosan.db'}"

LogLevel = Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"]


class Settings(BaseSettings):
    """Hyosan's configuration. Defaults work for a first run with no setup at all."""

    model_config = SettingsConfigDict(
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        case_sensitive=False,
    )

    discord_token: SecretStr | None = Field(
        default=None,
        description="Bot token from the Discord developer portal. "
        "Without it, `make run` opens the offline console.",
    )
    database_url: str = Field(
        default=DEFAULT_DATABASE_URL,
        repr=False,  # it may hold a password: repr(settings) shows database_url_masked instead
        description="SQLAlchemy URL: sqlite+aiosqlite:///path.db (default, under var/) or "
        "postgresql+asyncpg://user:password@host:5432/dbname.",
    )
    dev_guild_id: int | None = Field(
        default=None,
        description="Sync slash commands to this one server instantly (development) instead of globally.",
    )
    log_level: LogLevel = Field(default="INFO", description="Logging level.")
    log_format: Literal["text", "json"] = Field(
        default="text",
        description="text for people; json (one object per line, with guild, channel and interaction ids "
        "where known) for log collectors.",
    )
    shard_count: int | None = Field(
        default=None,
        ge=1,
        description="Total number of shards across all processes. Unset: Discord's recommendation.",
    )
    shard_ids: Annotated[list[int] | None, NoDecode] = Field(
        default=None,
        description="Comma-separated shard ids this process runs, e.g. 0,1. Needs SHARD_COUNT.",
    )
    data_dir: Path = Field(default=DEFAULT_DATA_DIR, description="Folder holding the lore dataset (YAML).")
    sync_commands: bool = Field(
        default=True,
        description="Upload slash command definitions at start-up when they changed. "
        "Turn off on all but one shard process.",
    )

    # Operations.
    guild_data_grace_days: int = Field(
        default=30,
        ge=0,
        description="Days a server's data is kept after the bot leaves it (re-inviting within them "
        "loses nothing); then it is deleted.",
    )
    metrics_port: int | None = Field(
        default=None,
        ge=0,
        le=65535,
        description="Serve /healthz, /readyz and /metrics (Prometheus) on this port; unset: off.",
    )
    metrics_host: str = Field(
        default="127.0.0.1",
        description="Address the health and metrics server binds (0.0.0.0 in a container).",
    )

    # News tracker and delivery.
    tracker_enabled: bool = Field(default=True, description="Poll news sources in this process.")
    allow_private_feed_urls: bool = Field(
        default=False,
        description="Allow feeds on loopback/private addresses (tests and private networks only).",
    )
    feed_fetch_timeout: float = Field(
        default=10.0, gt=0, le=60, description="Seconds allowed per feed fetch."
    )
    feed_max_bytes: int = Field(default=2_000_000, gt=0, description="Largest feed body read, in bytes.")
    feed_allowed_ports: Annotated[frozenset[int], NoDecode] = Field(
        default=DEFAULT_PORTS,
        description="Ports feed URLs may use: a comma-separated list with ranges, e.g. 80,443,8000-8999 "
        "(with ALLOW_PRIVATE_FEED_URLS: any port).",
    )
    feed_parse_budget: float = Field(
        default=10.0,
        gt=0,
        le=120,
        description="Seconds a feed may take to parse and classify (in a worker process, off the event "
        "loop); a feed over budget fails that poll.",
    )
    feed_max_failures: int = Field(
        default=8, ge=1, description="Consecutive failures after which a feed is disabled."
    )
    feed_min_interval: int = Field(
        default=300,
        ge=1,
        description="Shortest poll interval feeds.yaml may give a source, in seconds. Only the tests "
        "lower it, to watch the scheduler poll a local feed within seconds; keep the default.",
    )
    news_sources_file: Path | None = Field(
        default=None,
        description="The built-in news sources (YAML), synced into the database at start-up. "
        "Default: feeds.yaml in DATA_DIR.",
    )
    fresh_season_days: int = Field(
        default=14,
        ge=0,
        description="Days after the season-2 premiere during which lore about season 2 stays behind "
        "spoiler tags even where a server shows spoilers (/settings spoiler_guard turns it off).",
    )
    news_retention_days: int = Field(
        default=180,
        ge=1,
        description="Days news items, stories and finished announcements are kept; the newest stories "
        "/release shows are kept whatever their age.",
    )
    delivery_rate: float = Field(
        default=45.0,
        gt=0,
        le=50,
        description="Announcement messages per second for the whole bot: all channels, and on PostgreSQL "
        "all shard processes together.",
    )
    delivery_claim_lease: float = Field(
        default=120.0,
        ge=5,
        le=600,
        description="Seconds after which an announcement claimed but not confirmed, or due and not "
        "claimed by its own shard process, is taken over by another process (PostgreSQL shards).",
    )

    # Trivia limits (documented in README): real Red-DiscordBot lists must fit.
    trivia_max_file_bytes: int = Field(default=1_000_000, gt=0, description="Largest trivia import file.")
    trivia_max_questions: int = Field(default=5_000, gt=0, description="Questions a server may keep.")
    trivia_max_question_chars: int = Field(default=1_000, gt=0, description="Longest question text.")
    trivia_max_answer_chars: int = Field(default=1_000, gt=0, description="Longest answer text.")
    trivia_min_seconds: float = Field(
        default=5.0, gt=0, description="Shortest time per question /trivia start accepts (tests lower it)."
    )
    trivia_reveal_pause: float = Field(
        default=3.0, ge=0, description="Seconds between a question's reveal and the next question."
    )

    @field_validator("shard_ids", mode="before")
    @classmethod
    def _split_shard_ids(cls, value: object) -> object:
        if isinstance(value, str):
            parts = [p.strip() for p in value.split(",") if p.strip()]
            return [int(p) for p in parts] if parts else None
        return value

    @field_validator("feed_allowed_ports", mode="before")
    @classmethod
    def _split_ports(cls, value: object) -> object:
        return parse_ports(value) if isinstance(value, str) else value

    @field_validator("feed_allowed_ports")
    @classmethod
    def _ports_in_range(cls, value: frozenset[int]) -> frozenset[int]:
        if not value or any(not 0 < port < 65536 for port in value):
            raise ValueError("give one or more TCP ports between 1 and 65535, e.g. 80,443")
        return value

    @field_validator("discord_token", mode="before")
    @classmethod
    def _blank_token_is_none(cls, value: object) -> object:
        if isinstance(value, str) and not value.strip():
            return None
        return value

    @field_validator("database_url")
    @classmethod
    def _supported_database(cls, value: str) -> str:
        if not value.startswith(("sqlite+aiosqlite://", "postgresql+asyncpg://")):
            raise ValueError("must start with sqlite+aiosqlite:// or postgresql+asyncpg://")
        return value

    @model_validator(mode="after")
    def _feeds_beside_the_dataset(self) -> Settings:
        # Follows DATA_DIR, so an installed copy (Docker) finds the feeds where it finds the dataset.
        if self.news_sources_file is None:
            self.news_sources_file = self.data_dir / "feeds.yaml"
        return self

    @model_validator(mode="after")
    def _shards_consistent(self) -> Settings:
        if self.shard_ids is not None:
            if self.shard_count is None:
                raise ValueError("SHARD_IDS needs SHARD_COUNT")
            bad = [i for i in self.shard_ids if not 0 <= i < self.shard_count]
            if bad:
                raise ValueError(f"SHARD_IDS {bad} are outside 0..{self.shard_count - 1}")
        return self

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    @property
    def database_url_masked(self) -> str:
        return mask_url(self.database_url)

    def __repr_args__(self) -> Any:
        yield from super().__repr_args__()
        yield "database_url", self.database_url_masked


def mask_url(url: object) -> str:
    """A URL with its password replaced by ***, for logs and error messages."""
    text = str(url)
    return re.sub(r"(//[^:/@]*:)[^@/]*@", r"\1***@", text)


class ConfigError(Exception):
    """The configuration is invalid; the message lists every problem, one per line."""


def describe_validation_error(error: ValidationError) -> str:
    """Turn pydantic's report into lines an operator can act on, naming the environment variable."""
    lines = ["Hyosan's configuration has problems:"]
    for problem in error.errors():
        location = "_".join(str(part) for part in problem["loc"]).upper()
        message = problem["msg"].removeprefix("Value error, ")
        if location == "DATABASE_URL":
            lines.append(f"  - {location}: {message} (got {mask_url(problem.get('input'))!r})")
        elif location and "TOKEN" not in location:
            lines.append(f"  - {location}: {message} (got {problem.get('input')!r})")
        elif location:
            lines.append(f"  - {location}: {message}")
        else:
            lines.append(f"  - {message}")
    return "\n".join(lines)


def load_settings(**overrides: object) -> Settings:
    """Read the settings, raising ConfigError with a readable message when they are invalid."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as error:
        raise ConfigError(describe_validation_error(error)) from None


class JsonFormatter(logging.Formatter):
    """One JSON object per line; ids a log call passes in ``extra`` become fields of their own."""

    FIELDS = ("guild_id", "channel_id", "interaction_id", "user_id", "incident")

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for name in self.FIELDS:
            value = getattr(record, name, None)
            if value is not None:
                entry[name] = value
        if record.exc_info:
            entry["traceback"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


def configure_logging(level: str, fmt: str = "text") -> None:
    handler = logging.StreamHandler()
    if fmt == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)-8s %(name)s: %(message)s"))
    logging.basicConfig(level=level, handlers=[handler])
    # discord.py's gateway chatter at INFO drowns the bot's own lines.
    logging.getLogger("discord").setLevel(max(logging.getLevelName(level), logging.INFO))
