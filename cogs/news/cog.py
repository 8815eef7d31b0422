"""/subscribe, /unsubscribe, /subscriptions and /news (feeds, sources, check, latest, explain).

Thin: parse the interaction, check permissions in the bot, call ``bot.news`` (NewsService), render.
The ``News`` cog owns the service: it creates it on load and closes it (and its HTTP client) on unload.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.app_commands import locale_str as _
from discord.ext import commands

from bot.client import UserFacingError, permission_names, send_ephemeral
from bot.delivery.notices import tell_guild
from bot.i18n import language_of, tr
from bot.links import safe_url
from bot.news.models import LANGUAGES, STATUSES, NewsSource
from bot.news.service import FeedRejectedError, NewsService
from bot.news.subscriptions import SubscriptionFilterError, parse_statuses
from bot.text import CHOICE_NAME, clip
from cogs.common.pagination import Paginator
from cogs.news import embeds
from cogs.news.checks import (
    missing_bot_permissions,
    require_channel_manager,
    require_manage_guild,
    require_may_ping,
)

if TYPE_CHECKING:
    from bot.client import Hyosan

log = logging.getLogger(__name__)

LANGUAGE_CHOICES = [
    app_commands.Choice(name=_("English"), value="en"),
    app_commands.Choice(name=_("Korean"), value="ko"),
]
assert {c.value for c in LANGUAGE_CHOICES} == set(LANGUAGES)


def _guild(interaction: discord.Interaction) -> discord.Guild:
    if interaction.guild is None:
        raise app_commands.NoPrivateMessage()
    return interaction.guild


# Feed and item ids are signed 64-bit (BIGINT on PostgreSQL, INTEGER on SQLite): a longer number
# typed into the option would make the database driver raise instead of finding nothing.
ROW_ID_MAX = 2**63 - 1


def row_id(text: str) -> int | None:
    """A typed feed or item id: None when it is not a number; 0 when it is one no row can have
    (a member may type any digits into an autocomplete option, and the database rejects huge ones)."""
    text = text.strip()
    if not text.isascii() or not text.isdigit():
        return None
    if len(text) > len(str(ROW_ID_MAX)):
        return 0
    value = int(text)
    return value if value <= ROW_ID_MAX else 0


def status_choices(current: str, language: str = "en") -> list[app_commands.Choice[str]]:
    """Complete the last of comma-separated statuses, keeping the ones already typed."""
    parts = [p.strip() for p in current.split(",")]
    done, last = [p for p in parts[:-1] if p], parts[-1].lower()
    prefix = ", ".join(done)
    choices = []
    if not done and (not last or "all".startswith(last)):
        choices.append(app_commands.Choice(name=tr(language, "all (every status)"), value="all"))
    for status in STATUSES:
        label = embeds.status_text(status, language).lower()
        if status in done or (last and last not in status and last not in label):
            continue
        value = f"{prefix}, {status}" if prefix else status
        choices.append(app_commands.Choice(name=clip(value, CHOICE_NAME), value=clip(value, CHOICE_NAME)))
    return choices[:25]


class Subscriptions(commands.Cog):
    """Which channels get announcements, with what filters."""

    def __init__(self, bot: Hyosan) -> None:
        self.bot = bot

    @property
    def news(self) -> NewsService:
        return self.bot.news

    @app_commands.command(name=_("subscribe"), description=_("Announce season 2 news in a channel"))
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_channels=True)
    @app_commands.rename(
        channel=_("channel"),
        statuses=_("statuses"),
        language=_("language"),
        ping_role=_("ping_role"),
        confirmed_only=_("confirmed_only"),
        premiere_threads=_("premiere_threads"),
        countdowns=_("countdowns"),
    )
    @app_commands.describe(
        channel=_("The channel that gets the announcements"),
        statuses=_("Only these statuses, comma-separated (default: all)"),
        language=_("Only news in this language (default: any)"),
        ping_role=_("A role to ping with each announcement (default: no ping)"),
        confirmed_only=_("Only confirmed developments, no rumours (default: rumours too, labelled)"),
        premiere_threads=_("At the premiere, a thread for the night and one per episode (default: no)"),
        countdowns=_("Countdown posts 7 days, 1 day and 1 hour before the premiere, and at it (default: no)"),
    )
    @app_commands.choices(language=LANGUAGE_CHOICES)
    async def subscribe(
        self,
        interaction: discord.Interaction,
        channel: discord.TextChannel,
        statuses: str | None = None,
        language: app_commands.Choice[str] | None = None,
        ping_role: discord.Role | None = None,
        confirmed_only: bool = False,
        premiere_threads: bool = False,
        countdowns: bool = False,
    ) -> None:
        guild = _guild(interaction)
        language_ = language_of(interaction.locale)
        target = guild.get_channel(channel.id) or channel
        require_channel_manager(interaction, target)
        try:
            wanted = parse_statuses(statuses)
        except SubscriptionFilterError as exc:
            raise UserFacingError(exc.message, **exc.params) from exc
        if confirmed_only:
            wanted = tuple(s for s in (wanted or STATUSES) if s != "rumor") or None
        if ping_role is not None:
            require_may_ping(interaction, target, ping_role)
        missing = missing_bot_permissions(target, guild.me)
        if missing:
            raise UserFacingError(
                "I can't announce in {channel}: I'm missing **{permissions}** there. "
                "Give me that permission in the channel's settings and try again.",
                channel=target.mention,
                permissions=permission_names(missing, language_),
            )
        sub, created = await self.news.subscribe(
            guild_id=guild.id,
            channel_id=target.id,
            statuses=wanted,
            language=language.value if language else None,
            ping_role_id=ping_role.id if ping_role else None,
            created_by=interaction.user.id,
            premiere_threads=premiere_threads,
            countdowns=countdowns,
        )
        if created:
            text = tr(language_, "{channel} will now get season 2 news.", channel=target.mention)
        else:
            text = tr(
                language_, "{channel} now gets season 2 news (settings updated).", channel=target.mention
            )
        text += "\n" + embeds.subscription_line(sub, language_)
        if (
            ping_role is not None
            and not ping_role.mentionable
            and not target.permissions_for(guild.me).mention_everyone
        ):
            text += "\n" + tr(
                language_,
                "Note: {role} is not mentionable and I lack **Mention All Roles**, "
                "so the ping will not notify anyone until one of those changes.",
                role=ping_role.mention,
            )
        await send_ephemeral(interaction, text)

    @app_commands.command(name=_("unsubscribe"), description=_("Stop news announcements in a channel"))
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_channels=True)
    @app_commands.rename(channel=_("channel"))
    @app_commands.describe(channel=_("The channel that should stop getting news"))
    async def unsubscribe(self, interaction: discord.Interaction, channel: discord.TextChannel) -> None:
        guild = _guild(interaction)
        target = guild.get_channel(channel.id) or channel
        require_channel_manager(interaction, target)
        if not await self.news.unsubscribe(guild.id, target.id):
            raise UserFacingError("{channel} is not subscribed to news.", channel=target.mention)
        await send_ephemeral(
            interaction,
            tr(
                interaction.locale, "{channel} will no longer get news announcements.", channel=target.mention
            ),
        )

    @app_commands.command(name=_("subscriptions"), description=_("Which channels get news announcements"))
    @app_commands.guild_only()
    async def subscriptions(self, interaction: discord.Interaction) -> None:
        guild = _guild(interaction)
        subs = await self.news.subscriptions(guild.id)
        embed = embeds.subscriptions_embed(subs, language_of(interaction.locale))
        await interaction.response.send_message(embed=embed, ephemeral=True)

    @subscribe.autocomplete("statuses")
    async def _statuses_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return status_choices(current, language_of(interaction.locale))


@app_commands.guild_only()
class News(commands.GroupCog, group_name=_("news"), group_description=_("Season 2 news tracker")):
    """The tracker's commands. Members read (latest, sources, explain); Manage Server changes things,
    checked in each command since one group cannot hide some subcommands and not others."""

    feeds = app_commands.Group(name=_("feeds"), description=_("This server's own news feeds"))

    def __init__(self, bot: Hyosan) -> None:
        self.bot = bot
        super().__init__()

    @property
    def news(self) -> NewsService:
        return self.bot.news

    async def cog_load(self) -> None:
        self.news.on_source_disabled.append(self._tell_source_disabled)

    async def cog_unload(self) -> None:
        self.news.on_source_disabled.remove(self._tell_source_disabled)

    async def _tell_source_disabled(self, source: NewsSource, reason: str) -> None:
        """Tell who added a guild feed that it was turned off: DM, else log channel, else system channel."""
        if source.guild_id is None:
            log.warning("built-in source %s disabled: %s", source.key, reason)
            return
        address = safe_url(source.url) or "-"
        language_ = await self.bot.guild_language(source.guild_id)
        text = tr(
            language_,
            "The news feed **{name}** (<{address}>) in this server was turned off: {reason}\n"
            "Once it works again, remove it with `/news feeds remove` and add it back.",
            name=embeds.web_text(source.name, 100),
            address=address,
            reason=embeds.web_text(reason, 600),
        )
        if source.added_by is not None:
            try:
                user = self.bot.get_user(source.added_by) or await self.bot.fetch_user(source.added_by)
                await user.send(text, allowed_mentions=discord.AllowedMentions.none())
                return
            except discord.HTTPException as exc:
                log.info(
                    "could not DM %s about feed %s (%s); trying the server", source.added_by, source.key, exc
                )
        if not await tell_guild(self.bot, source.guild_id, text):
            log.warning(
                "nobody in server %s could be told that feed %s was disabled", source.guild_id, source.key
            )

    # --- feeds -------------------------------------------------------------------------------

    @feeds.command(name=_("add"), description=_("Follow a news feed (RSS or Atom) in this server"))
    @app_commands.rename(url=_("url"), language=_("language"))
    @app_commands.describe(url=_("The feed's address (http or https)"), language=_("The feed's language"))
    @app_commands.choices(language=LANGUAGE_CHOICES)
    async def feeds_add(
        self, interaction: discord.Interaction, url: str, language: app_commands.Choice[str] | None = None
    ) -> None:
        guild = _guild(interaction)
        require_manage_guild(interaction)
        # One fetch to prove it is a feed can take up to the fetch timeout: answer later.
        await interaction.response.defer(ephemeral=True, thinking=True)
        try:
            source = await self.news.add_guild_feed(
                guild.id, url, added_by=interaction.user.id, language=language.value if language else None
            )
        except FeedRejectedError as exc:
            raise UserFacingError(exc.message, **exc.params) from exc
        await interaction.followup.send(
            tr(
                interaction.locale,
                "Following **{name}** (id `{id}`). Its current items are recorded as a baseline; only news "
                "that appears after this is announced in this server's subscribed channels.",
                name=embeds.web_text(source.name, 100),
                id=source.id,
            ),
            ephemeral=True,
        )

    @feeds.command(name=_("remove"), description=_("Stop following one of this server's feeds"))
    @app_commands.rename(feed=_("feed"))
    @app_commands.describe(feed=_("The feed to remove"))
    async def feeds_remove(self, interaction: discord.Interaction, feed: str) -> None:
        guild = _guild(interaction)
        require_manage_guild(interaction)
        feed_id = row_id(feed)
        if feed_id is None:
            raise UserFacingError("Pick a feed from the list (or give its id from `/news feeds list`).")
        removed = await self.news.remove_guild_feed(guild.id, feed_id) if feed_id else None
        if removed is None:
            raise UserFacingError("This server has no feed with that id.")
        await send_ephemeral(
            interaction,
            tr(interaction.locale, "Stopped following **{name}**.", name=embeds.web_text(removed.name, 100)),
        )

    @feeds_remove.autocomplete("feed")
    async def _feed_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        if interaction.guild_id is None:
            return []
        needle = current.casefold()
        return [
            app_commands.Choice(name=clip(f"{f.name} ({f.url})", CHOICE_NAME), value=str(f.id))
            for f in await self.news.guild_feeds(interaction.guild_id)
            if needle in f.name.casefold() or needle in f.url.casefold() or needle == str(f.id)
        ][:25]

    @feeds.command(name=_("list"), description=_("This server's own feeds and their health"))
    async def feeds_list(self, interaction: discord.Interaction) -> None:
        guild = _guild(interaction)
        # The group's default permissions only hide it; a member who calls it anyway is refused here.
        require_manage_guild(interaction)
        feeds = await self.news.guild_feeds(guild.id)
        pages = embeds.sources_pages(feeds, language_of(interaction.locale), own=True)
        await Paginator(pages, owner_id=interaction.user.id).send(interaction, ephemeral=True)

    # --- reading and polling -----------------------------------------------------------------

    @app_commands.command(
        name=_("sources"), description=_("Where the news comes from, and how each source is doing")
    )
    async def sources(self, interaction: discord.Interaction) -> None:
        guild = _guild(interaction)
        pages = embeds.sources_pages(await self.news.sources_for(guild.id), language_of(interaction.locale))
        await Paginator(pages, owner_id=interaction.user.id).send(interaction, ephemeral=True)

    @app_commands.command(name=_("check"), description=_("Poll every news source now"))
    async def check(self, interaction: discord.Interaction) -> None:
        guild = _guild(interaction)
        require_manage_guild(interaction)
        await interaction.response.defer(ephemeral=True, thinking=True)
        outcomes = await self.news.poll_all(guild.id)
        await interaction.followup.send(
            embeds.check_summary(outcomes, language_of(interaction.locale)), ephemeral=True
        )

    @app_commands.command(name=_("latest"), description=_("The most recent news items the tracker collected"))
    @app_commands.rename(everything=_("everything"))
    @app_commands.describe(everything=_("Also show items that were not about season 2"))
    async def latest(self, interaction: discord.Interaction, everything: bool = False) -> None:
        guild = _guild(interaction)
        items = await self.news.latest_items(guild.id, limit=24, relevant_only=not everything)
        pages = embeds.latest_pages(items, language_of(interaction.locale))
        await Paginator(pages, owner_id=interaction.user.id).send(interaction)

    @app_commands.command(name=_("explain"), description=_("Why an item was or was not announced here"))
    @app_commands.rename(item=_("item"))
    @app_commands.describe(item=_("A recent item (type part of its title)"))
    async def explain(self, interaction: discord.Interaction, item: str) -> None:
        guild = _guild(interaction)
        item_id = row_id(item)
        if item_id is None:
            raise UserFacingError("Pick an item from the list (or give its id from `/news latest`).")
        explanation = await self.news.explain(guild.id, item_id) if item_id else None
        if explanation is None:
            raise UserFacingError("I don't know that item. Pick one from the list.")
        embed = embeds.explain_embed(explanation, language_of(interaction.locale))
        await interaction.response.send_message(embed=embed, ephemeral=True)

    @explain.autocomplete("item")
    async def _item_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        if interaction.guild_id is None:
            return []
        items = await self.news.latest_items(interaction.guild_id, limit=25, query=current or None)
        return [
            app_commands.Choice(
                name=clip(f"{'★' if i.relevant else '·'} {i.title} — {i.source_name}", CHOICE_NAME),
                value=str(i.id),
            )
            for i in items
        ]
