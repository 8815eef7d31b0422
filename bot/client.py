"""The bot itself: a discord.py AutoShardedBot that owns the services and loads the cogs.

Nothing here knows about a particular command. Services (database, lore index, and the ones
features add) are created once in `setup_hook` and reached by cogs as attributes of the bot.
"""

from __future__ import annotations

import hashlib
import json
import logging
import uuid
from datetime import timedelta
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot import privacy
from bot.clock import Clock
from bot.config import Settings
from bot.delivery.worker import DeliveryWorker
from bot.health import HealthServer
from bot.i18n import DEFAULT_LANGUAGE, N_, HyosanTranslator, Translatable, language_of, tr
from bot.lore.loader import load_dataset
from bot.lore.models import Dataset
from bot.lore.search import LoreIndex
from bot.news.service import NewsService
from bot.premiere.events import PremiereEvents
from bot.storage.app_state import AppState
from bot.storage.database import Database
from bot.storage.guild_settings import GuildSettingsStore
from bot.text import fit_message
from bot.tracker.sources import DEFAULT_FEEDS_PATH
from bot.trivia.bank import QuestionBank, limits_from_settings
from bot.trivia.packs import load_builtin_packs, packs_directory
from bot.trivia.scores import ScoreBook
from bot.trivia.suggestions import SuggestionQueue

log = logging.getLogger(__name__)

# Loaded in this order; each is a thin cog module in cogs/.
EXTENSIONS: tuple[str, ...] = (
    "cogs.lore",
    "cogs.admin",
    "cogs.help",
    "cogs.trivia",
    "cogs.news",
    "cogs.privacy",
)


class UserFacingError(Translatable, app_commands.AppCommandError):
    """An error a user caused and can fix: a catalog message, shown to them in their language."""


class HyosanTree(app_commands.CommandTree["Hyosan"]):
    """Turns every command failure into a short, polite, ephemeral answer."""

    async def on_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        language = language_of(interaction.locale)
        message = describe_command_error(error, language)
        health = self.client.health
        if health is not None:
            command = interaction.command.qualified_name if interaction.command else "?"
            health.count_interaction(command, "refused" if message is not None else "failed")
        if message is None:
            incident = uuid.uuid4().hex[:8]
            command = interaction.command.qualified_name if interaction.command else "?"
            log.error(
                "incident %s in /%s (guild %s, user %s)",
                incident,
                command,
                interaction.guild_id,
                interaction.user.id,
                exc_info=error,
                extra={
                    "incident": incident,
                    "guild_id": interaction.guild_id,
                    "channel_id": interaction.channel_id,
                    "interaction_id": interaction.id,
                    "user_id": interaction.user.id,
                },
            )
            message = tr(
                language,
                "Something went wrong on my side. "
                "If it keeps happening, tell the admins: incident `{incident}`.",
                incident=incident,
            )
        await send_ephemeral(interaction, message)


def describe_command_error(error: app_commands.AppCommandError, language: str = "en") -> str | None:
    """The sentence for an error a user can act on, in ``language``, or None for a fault of the bot."""
    if isinstance(error, UserFacingError):
        return error.text(language)
    if isinstance(error, app_commands.MissingPermissions):
        return tr(
            language,
            "You need the **{permissions}** permission to do that.",
            permissions=permission_names(error.missing_permissions, language),
        )
    if isinstance(error, app_commands.BotMissingPermissions):
        return tr(
            language,
            "I need the **{permissions}** permission here to do that.",
            permissions=permission_names(error.missing_permissions, language),
        )
    if isinstance(error, app_commands.NoPrivateMessage):
        return tr(language, "That command only works inside a server.")
    if isinstance(error, app_commands.CommandOnCooldown):
        return tr(
            language, "Slow down a little: try again in {seconds} s.", seconds=f"{error.retry_after:.0f}"
        )
    if isinstance(error, app_commands.CheckFailure):
        if isinstance(error, Translatable):
            return error.text(language)
        return str(error) or tr(language, "You can't use that command here.")
    if isinstance(error, app_commands.TransformerError):
        # Inside inline code markdown doesn't render, so escaping would only show backslashes;
        # a backtick would end the code span, so it is swapped for a look-alike.
        typed = " ".join(str(error.value).split()).replace("`", "ˋ")[:100]
        return tr(language, "I couldn't understand `{typed}`.", typed=typed)
    return None


# discord.py's attribute names differ from what Discord's own settings screens call them; the
# catalog has each in the words of Discord's Korean settings screens.
PERMISSION_LABELS = {
    "manage_guild": N_("Manage Server"),
    "view_channel": N_("View Channel"),
    "read_messages": N_("View Channel"),
    "manage_channels": N_("Manage Channels"),
    "send_messages": N_("Send Messages"),
    "embed_links": N_("Embed Links"),
    "attach_files": N_("Attach Files"),
    "read_message_history": N_("Read Message History"),
    "mention_everyone": N_("Mention @everyone, @here and All Roles"),
    "manage_events": N_("Manage Events"),
    "create_events": N_("Create Events"),
    "create_public_threads": N_("Create Public Threads"),
    "send_messages_in_threads": N_("Send Messages in Threads"),
}


def permission_names(permissions: list[str], language: str = "en") -> str:
    """Permission attribute names as Discord's UI shows them, e.g. manage_guild -> Manage Server."""
    return ", ".join(
        tr(language, PERMISSION_LABELS[p]) if p in PERMISSION_LABELS else p.replace("_", " ").title()
        for p in permissions
    )


async def send_ephemeral(interaction: discord.Interaction, content: str, **kwargs: Any) -> None:
    """Answer privately whether or not the interaction was already acknowledged; never pings.

    Error texts can quote what users typed, so the length is fitted here, once for every caller:
    an over-long answer would be refused by Discord and the user would hear nothing."""
    content = fit_message(content)
    kwargs.setdefault("allowed_mentions", discord.AllowedMentions.none())
    try:
        if interaction.response.is_done():
            await interaction.followup.send(content, ephemeral=True, **kwargs)
        else:
            await interaction.response.send_message(content, ephemeral=True, **kwargs)
    except discord.HTTPException:
        # The interaction expired or Discord is failing: nothing left to tell the user through it.
        log.warning("could not deliver an error message for interaction %s", interaction.id, exc_info=True)


# Hyosan never joins voice channels: discord.py's start-up warnings about voice libraries are noise.
discord.VoiceClient.warn_nacl = False
discord.VoiceClient.warn_dave = False


class Hyosan(commands.AutoShardedBot):
    """Hyosan's bot. `dataset` may be passed in (tests, console) to skip loading it again."""

    def __init__(self, settings: Settings, *, dataset: Dataset | None = None, **options: Any) -> None:
        intents = discord.Intents.none()
        # Guilds gives channels, roles and the bot's own member (for permission checks).
        intents.guilds = True
        super().__init__(
            command_prefix=commands.when_mentioned,
            help_command=None,
            intents=intents,
            # User text must never ping: anything that should ping opts in per message.
            allowed_mentions=discord.AllowedMentions.none(),
            shard_count=settings.shard_count,
            # None runs every shard: discord.py's documented default, though its annotation says list.
            shard_ids=settings.shard_ids,  # type: ignore[arg-type]
            tree_cls=HyosanTree,
            **options,
        )
        # Everything the bot is made of, created here and nowhere else; cogs use these attributes.
        self.settings = settings
        self.dataset: Dataset = dataset if dataset is not None else load_dataset(settings.data_dir)
        self.lore = LoreIndex(self.dataset)
        self.db = Database(settings.database_url)
        self.guild_settings = GuildSettingsStore(self.db)
        self.app_state = AppState(self.db)
        self.trivia_limits = limits_from_settings(settings)
        self.trivia_bank = QuestionBank(self.db, self.trivia_limits)
        self.trivia_scores = ScoreBook(self.db)
        self.trivia_suggestions = SuggestionQueue(self.db, self.trivia_bank)
        self.trivia_packs = load_builtin_packs(packs_directory(settings.data_dir))
        self.news = NewsService(
            self.db, settings, feeds_path=settings.news_sources_file or DEFAULT_FEEDS_PATH
        )
        self.delivery = DeliveryWorker(
            self,
            self.db,
            rate=settings.delivery_rate,
            claim_lease=timedelta(seconds=settings.delivery_claim_lease),
        )
        # Announcements committed by the tracker wake the worker at once instead of at its next poll.
        self.news.on_enqueued.append(lambda _story_ids: self.delivery.wake())
        self.news.scheduler.daily_jobs.append(self._forget_departed_guilds)
        self.clock = Clock()
        self.premiere = PremiereEvents(self)
        # New news may date (or move) the premiere: forget the cached instant, check the events.
        self.news.on_polled.append(self._premiere_may_have_moved)
        self.health: HealthServer | None = None
        if settings.metrics_port is not None:
            self.health = HealthServer(self, host=settings.metrics_host, port=settings.metrics_port)
            self.news.on_polled.append(self.health.count_poll)

    async def setup_hook(self) -> None:
        """Start in dependency order: health (so a slow start is visible), schema, news (sources,
        scheduler), commands, then delivery."""
        if self.health is not None:
            await self.health.start()
        await self.db.migrate()
        await self.news.start()
        await self.tree.set_translator(HyosanTranslator())
        for extension in EXTENSIONS:
            await self.load_extension(extension)
        if self.settings.sync_commands:
            await self.sync_commands()
        self.delivery.start()
        self.premiere.start()

    async def sync_commands(self, *, force: bool = False) -> bool:
        """Upload the command definitions when they differ from the last upload; True if uploaded.

        Discord limits how often commands may be created, so a bot that re-uploads on every
        restart (a crash loop, a deploy of many shards) can lock itself out of changing them.
        The hash of the translated definitions, kept in the database, says whether anything changed.
        """
        guild_id = self.settings.dev_guild_id
        guild = discord.Object(id=guild_id) if guild_id is not None else None
        if guild is not None:
            self.tree.copy_global_to(guild=guild)
        # Keyed by application too: the same database may serve another application (a test bot,
        # the offline console's fake Discord), which has none of these commands yet.
        where = f"guild:{guild_id}" if guild_id is not None else "global"
        scope = f"commands:{self.application_id}:{where}"
        digest = await self.command_digest(guild)
        if not force and await self.app_state.get(scope) == digest:
            log.info("slash commands unchanged since the last upload: not syncing (%s)", scope)
            return False
        synced = await self.tree.sync(guild=guild)
        await self.app_state.set(scope, digest)
        log.info("synced %d slash commands%s", len(synced), f" to guild {guild_id}" if guild_id else "")
        return True

    async def command_digest(self, guild: discord.abc.Snowflake | None) -> str:
        """A hash of exactly what `tree.sync` would upload, translations included."""
        translator = self.tree.translator
        payload = []
        for command in self.tree.get_commands(guild=guild):
            if translator is not None:
                payload.append(await command.get_translated_payload(self.tree, translator))
            else:
                payload.append(command.to_dict(self.tree))
        encoded = json.dumps(payload, sort_keys=True, ensure_ascii=False).encode()
        return hashlib.sha256(encoded).hexdigest()

    async def on_app_command_completion(
        self,
        interaction: discord.Interaction,
        command: app_commands.Command[Any, ..., Any] | app_commands.ContextMenu,
    ) -> None:
        if self.health is not None:
            self.health.observe_interaction(command.qualified_name, interaction.created_at.timestamp())

    def _premiere_may_have_moved(self, _outcome: object) -> None:
        self.news.forget_premiere()
        self.premiere.wake()

    async def guild_language(self, guild_id: int | None) -> str:
        """The language of messages to a whole server (trivia rounds, notices to moderators): its
        /settings language, else its preferred locale (Community settings), else English."""
        if guild_id is None:
            return DEFAULT_LANGUAGE
        chosen = (await self.guild_settings.get(guild_id)).language
        if chosen:
            return chosen
        guild = self.get_guild(guild_id)
        return language_of(guild.preferred_locale) if guild is not None else DEFAULT_LANGUAGE

    async def on_guild_remove(self, guild: discord.Guild) -> None:
        # Kept for the grace period: a server that re-invites the bot by mistake loses nothing.
        await privacy.record_departure(self.db, guild.id)

    async def on_guild_join(self, guild: discord.Guild) -> None:
        await privacy.cancel_departure(self.db, guild.id)

    async def _forget_departed_guilds(self) -> None:
        await privacy.forget_departed_guilds(self.db, grace_days=self.settings.guild_data_grace_days)

    async def on_ready(self) -> None:
        log.info(
            "ready as %s in %d servers (shards %s)", self.user, len(self.guilds), self.shard_ids or "all"
        )

    async def close(self) -> None:
        """Stop in reverse: delivery (sends in flight finish), news (polls under way finish), the cogs
        and the connection, and the database last."""
        try:
            await self.premiere.stop()
            await self.delivery.stop()
            await self.news.close()
            await super().close()
        finally:
            if self.health is not None:
                await self.health.stop()
            await self.db.close()
