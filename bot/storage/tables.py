"""The schema, as SQLAlchemy Core tables. Alembic migrations in `migrations/versions` create it.

One schema serves SQLite and PostgreSQL: Discord ids are BigInteger (snowflakes exceed 32 bits),
times are timezone-aware, and nothing relies on an engine-only type.
"""

from __future__ import annotations

import sqlalchemy as sa

# SQLite only auto-increments an INTEGER PRIMARY KEY; PostgreSQL wants BIGINT for long-lived tables.
AutoId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")

metadata = sa.MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

guild_settings = sa.Table(
    "guild_settings",
    metadata,
    sa.Column("guild_id", sa.BigInteger, primary_key=True, autoincrement=False),
    # none | season1 | all: how much of the story the server lets the bot show openly.
    sa.Column("spoilers", sa.String(16), nullable=False, server_default="none"),
    sa.Column("trivia_role_id", sa.BigInteger, nullable=True),
    sa.Column("log_channel_id", sa.BigInteger, nullable=True),
    sa.Column("builtin_trivia", sa.Boolean, nullable=False, server_default=sa.true()),
    # en | ko for messages not tied to one member; NULL follows the server's preferred locale (0009).
    sa.Column("language", sa.String(8), nullable=True),
    # Season-2 lore stays behind spoiler tags for a while after the premiere (migration 0011).
    sa.Column("spoiler_guard", sa.Boolean, nullable=False, server_default=sa.true()),
    # A Discord scheduled event for the premiere, kept in step with the news (migration 0012).
    sa.Column("premiere_event", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
)

# The premiere's scheduled event in each server that asked for one (migration 0012).
premiere_events = sa.Table(
    "premiere_events",
    metadata,
    sa.Column("guild_id", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("event_id", sa.BigInteger, nullable=True),
    sa.Column("starts_at", sa.DateTime(timezone=True), nullable=True),
    # Moderators are told once that the bot lacks Manage Events; not again on every check.
    sa.Column("told_missing_permission", sa.Boolean, nullable=False, server_default=sa.false()),
    # The same for Create Public Threads, which premiere threads need (migration 0013).
    sa.Column("told_threads_permission", sa.Boolean, nullable=False, server_default=sa.false()),
)

# Threads made at the premiere in subscribed channels that asked for them, one per (story, channel,
# kind): the row is written before the thread is made, so a restart never makes a second.
premiere_threads = sa.Table(
    "premiere_threads",
    metadata,
    sa.Column("id", AutoId, primary_key=True),
    sa.Column("story_id", sa.BigInteger, nullable=False),
    sa.Column("guild_id", sa.BigInteger, nullable=False),
    sa.Column("channel_id", sa.BigInteger, nullable=False),
    sa.Column("kind", sa.String(16), nullable=False),  # "night" or "ep<n>"
    sa.Column("thread_id", sa.BigInteger, nullable=True),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    sa.UniqueConstraint("story_id", "channel_id", "kind", name="uq_premiere_thread"),
)


# --- news: sources, items, stories, subscriptions, outbox (migration 0002) -----------------------

news_sources = sa.Table(
    "news_sources",
    metadata,
    sa.Column("id", AutoId, primary_key=True),
    # "builtin:<id from data/feeds.yaml>" or "guild:<guild id>:<url hash>": stable across restarts.
    sa.Column("key", sa.String(200), nullable=False, unique=True),
    sa.Column("guild_id", sa.BigInteger, nullable=True),  # None for built-in sources
    sa.Column("added_by", sa.BigInteger, nullable=True),
    # Shown in /news sources and on announcements: feeds.yaml's name, or a guild feed's own title.
    sa.Column("name", sa.String(200), nullable=True),
    sa.Column("kind", sa.String(16), nullable=False),  # rss | atom | tvmaze
    sa.Column("url", sa.String(2000), nullable=False),
    sa.Column("language", sa.String(8), nullable=True),
    sa.Column("interval_s", sa.Integer, nullable=False),
    sa.Column("enabled", sa.Boolean, nullable=False, server_default=sa.true()),
    sa.Column("disabled_reason", sa.String(500), nullable=True),
    sa.Column("etag", sa.String(500), nullable=True),
    sa.Column("last_modified", sa.String(100), nullable=True),
    # False until the first successful poll recorded what was already there (announced nothing).
    sa.Column("baselined", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("last_polled_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("last_success_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("last_error", sa.String(500), nullable=True),
    sa.Column("consecutive_failures", sa.Integer, nullable=False, server_default="0"),
    sa.Column("next_poll_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
)

news_stories = sa.Table(
    "news_stories",
    metadata,
    sa.Column("id", AutoId, primary_key=True),
    sa.Column("title", sa.String(500), nullable=False),
    sa.Column("status", sa.String(32), nullable=True),
    sa.Column("release_date", sa.String(10), nullable=True),
    sa.Column("release_window", sa.String(10), nullable=True),
    sa.Column("published_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("first_seen_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    # False for items seen in a source's baseline poll: stored, never announced.
    sa.Column("announced", sa.Boolean, nullable=False, server_default=sa.false()),
    # Who may see the story (migration 0005): None for built-in sources (every server), else the
    # one server whose own feed reported it. Items join only stories of their source's scope.
    sa.Column("guild_id", sa.BigInteger, nullable=True),
    # The rumour this story confirms (migration 0008): its announcement is then an update.
    sa.Column("confirms_story_id", sa.BigInteger, nullable=True),
    # When a story with a release day comes out (migration 0010): stated by a report, else Netflix's hour.
    sa.Column("premiere_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("premiere_basis", sa.String(16), nullable=True),
    sa.Index("ix_news_stories_guild_first_seen", "guild_id", "first_seen_at"),
)

news_items = sa.Table(
    "news_items",
    metadata,
    sa.Column("id", AutoId, primary_key=True),
    sa.Column(
        "source_id",
        sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
        sa.ForeignKey("news_sources.id", ondelete="CASCADE"),
        nullable=False,
    ),
    sa.Column("stable_id", sa.String(500), nullable=False),
    sa.Column(
        "story_id",
        sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
        sa.ForeignKey("news_stories.id", ondelete="SET NULL"),
        nullable=True,
    ),
    sa.Column("title", sa.String(500), nullable=False),
    sa.Column("summary", sa.Text, nullable=False, server_default=""),
    sa.Column("link", sa.String(2000), nullable=True),
    sa.Column("published_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("language", sa.String(8), nullable=True),
    sa.Column("relevant", sa.Boolean, nullable=False),
    sa.Column("status", sa.String(32), nullable=True),
    sa.Column("release_date", sa.String(10), nullable=True),
    sa.Column("release_window", sa.String(10), nullable=True),
    sa.Column("confidence", sa.Float, nullable=False, server_default="0"),
    sa.Column("reasons", sa.JSON, nullable=False),  # the classifier's rules, for /news explain
    sa.Column("baseline", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    sa.UniqueConstraint("source_id", "stable_id", name="uq_news_items_source_stable"),
)

subscriptions = sa.Table(
    "subscriptions",
    metadata,
    sa.Column("id", AutoId, primary_key=True),
    sa.Column("guild_id", sa.BigInteger, nullable=False, index=True),
    sa.Column("channel_id", sa.BigInteger, nullable=False, unique=True),
    sa.Column("statuses", sa.JSON, nullable=True),  # None: every status
    sa.Column("language", sa.String(8), nullable=True),  # None: any language
    sa.Column("ping_role_id", sa.BigInteger, nullable=True),
    # A discussion thread for the premiere night and one per episode (migration 0013).
    sa.Column("premiere_threads", sa.Boolean, nullable=False, server_default=sa.false()),
    # Countdown posts 7 days, 1 day and 1 hour before the premiere, and "out now" (migration 0014).
    sa.Column("countdowns", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("enabled", sa.Boolean, nullable=False, server_default=sa.true()),
    sa.Column("disabled_reason", sa.String(500), nullable=True),
    sa.Column("created_by", sa.BigInteger, nullable=True),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
)

outbox = sa.Table(
    "outbox",
    metadata,
    sa.Column("id", AutoId, primary_key=True),
    sa.Column(
        "story_id",
        sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
        sa.ForeignKey("news_stories.id", ondelete="CASCADE"),
        nullable=False,
    ),
    sa.Column(
        "subscription_id",
        sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
        sa.ForeignKey("subscriptions.id", ondelete="CASCADE"),
        nullable=False,
    ),
    sa.Column("guild_id", sa.BigInteger, nullable=False),
    sa.Column("channel_id", sa.BigInteger, nullable=False),
    # Deterministic per row (<= 25 chars) so a retry after a crash is deduplicated by Discord.
    sa.Column("nonce", sa.String(25), nullable=False, unique=True),
    # pending -> sending -> sent | failed (permanent: 403/404/invalid) ; sending rows older than a
    # few minutes are reconciled against the channel's recent messages on restart.
    sa.Column("state", sa.String(16), nullable=False, server_default="pending", index=True),
    sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
    sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("last_error", sa.String(500), nullable=True),
    sa.Column("message_id", sa.BigInteger, nullable=True),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
    # "story": the story's announcement; "7d", "1d", "1h", "out": countdown posts to its premiere
    # (migration 0014). One row per story, channel and kind.
    sa.Column("kind", sa.String(8), nullable=False, server_default="story"),
    sa.UniqueConstraint("story_id", "channel_id", "kind", name="uq_outbox_story_channel_kind"),
)


# --- trivia: question banks, imported packs' metadata, scores, suggestions (migration 0003) ------

trivia_questions = sa.Table(
    "trivia_questions",
    metadata,
    sa.Column("id", AutoId, primary_key=True),
    sa.Column("guild_id", sa.BigInteger, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    # sha256 of the exact question text: a unique index on the text itself would be too long for
    # PostgreSQL's btree when a question is 1,000 hangul characters.
    sa.Column("text_hash", sa.String(64), nullable=False),
    sa.Column("answers", sa.JSON, nullable=False),  # canonical first, then aliases
    sa.Column("wrong", sa.JSON, nullable=False),  # none, or at least three
    sa.Column("category", sa.String(50), nullable=False),
    sa.Column("difficulty", sa.String(8), nullable=False),
    sa.Column("ref", sa.String(200), nullable=True),
    sa.Column("source", sa.String(2000), nullable=True),
    sa.Column("origin", sa.String(16), nullable=False),  # guild | red-import
    sa.Column("created_by", sa.BigInteger, nullable=True),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    sa.UniqueConstraint("guild_id", "text_hash", name="uq_trivia_questions_guild_text"),
    sa.Index("ix_trivia_questions_guild_category", "guild_id", "category"),
)

# What a Red list carried besides its questions (AUTHOR, DESCRIPTION, CONFIG, $schema), kept per
# category so that exporting that category gives the list back with its metadata.
trivia_packs = sa.Table(
    "trivia_packs",
    metadata,
    sa.Column("guild_id", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("category", sa.String(50), primary_key=True),
    sa.Column("format", sa.String(8), nullable=False),  # red | yaml | csv: what was imported
    sa.Column("author", sa.Text, nullable=True),
    sa.Column("description", sa.Text, nullable=True),
    sa.Column("config", sa.JSON, nullable=False),
    sa.Column("extra", sa.JSON, nullable=False),
    sa.Column("imported_by", sa.BigInteger, nullable=True),
    sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
)

# One row per member per game, rewritten as each question closes: a crash loses at most one question.
trivia_scores = sa.Table(
    "trivia_scores",
    metadata,
    sa.Column("session_key", sa.String(32), primary_key=True),
    sa.Column("member_id", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("guild_id", sa.BigInteger, nullable=False),
    sa.Column("channel_id", sa.BigInteger, nullable=False),
    sa.Column("points", sa.Integer, nullable=False),
    sa.Column("played", sa.Integer, nullable=False),
    sa.Column("correct", sa.Integer, nullable=False),
    sa.Column("best_streak", sa.Integer, nullable=False),
    sa.Column("played_at", sa.DateTime(timezone=True), nullable=False),
    sa.Index("ix_trivia_scores_guild_played_at", "guild_id", "played_at"),
)

trivia_suggestions = sa.Table(
    "trivia_suggestions",
    metadata,
    sa.Column("id", AutoId, primary_key=True),
    sa.Column("guild_id", sa.BigInteger, nullable=False),
    sa.Column("member_id", sa.BigInteger, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("answers", sa.JSON, nullable=False),
    sa.Column("wrong", sa.JSON, nullable=False),
    sa.Column("category", sa.String(50), nullable=False),
    sa.Column("difficulty", sa.String(8), nullable=False),
    # pending -> approved | rejected
    sa.Column("status", sa.String(16), nullable=False, server_default="pending"),
    sa.Column("question_id", sa.BigInteger, nullable=True),
    sa.Column("reviewed_by", sa.BigInteger, nullable=True),
    sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    sa.Index("ix_trivia_suggestions_guild_status", "guild_id", "status"),
)


# --- small facts the bot keeps about itself (migration 0004) --------------------------------------

app_state = sa.Table(
    "app_state",
    metadata,
    # e.g. "commands:<application id>:global" -> hash of the command definitions last uploaded.
    sa.Column("key", sa.String(100), primary_key=True),
    sa.Column("value", sa.String(500), nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
)


# --- Discord's per-bot send budget, shared by every process (migration 0006) -------------------

send_budget = sa.Table(
    "send_budget",
    metadata,
    sa.Column("name", sa.String(50), primary_key=True),
    # GCRA's theoretical arrival time, in seconds since the epoch of the database's clock: the
    # earliest moment the next send may go, whichever process sends it.
    sa.Column("tat", sa.Float, nullable=False, server_default="0"),
)


# --- servers the bot left, whose data is deleted after a grace period (migration 0007) ------------

guild_departures = sa.Table(
    "guild_departures",
    metadata,
    sa.Column("guild_id", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("left_at", sa.DateTime(timezone=True), nullable=False),
)
