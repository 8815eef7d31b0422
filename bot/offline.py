"""The real bot connected to the built-in fake Discord: one world for the console, tests and benches.

`offline_hyosan()` starts `bot.sandbox.FakeDiscord` on 127.0.0.1, points discord.py at it, creates
a server with channels and members, and runs the unmodified `Hyosan` bot against it until the
block ends. Every interaction goes through discord.py's gateway and HTTP code exactly as with
Discord itself, which is the point: what works here works there.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import discord

from bot.client import Hyosan
from bot.config import Settings
from bot.lore.models import Dataset
from bot.sandbox import FakeDiscord, run_bot_against

log = logging.getLogger(__name__)

CHANNELS = ("general", "news", "trivia", "mod-log")

# What the invite link asks for (README): view, send, embed, attach, read history.
BOT_PERMISSIONS = discord.Permissions(
    view_channel=True,
    send_messages=True,
    embed_links=True,
    attach_files=True,
    read_message_history=True,
)
MEMBER_PERMISSIONS = BOT_PERMISSIONS | discord.Permissions(use_application_commands=True)
MODERATOR_PERMISSIONS = MEMBER_PERMISSIONS | discord.Permissions(manage_guild=True, manage_channels=True)


@dataclass
class OfflineWorld:
    """Everything a test, the console or a bench needs to talk to the running bot."""

    fake: FakeDiscord
    app: Any
    guild: Any
    bot: Hyosan
    moderator: Any
    member: Any
    members: list[Any] = field(default_factory=list)

    def channel(self, name: str = "general") -> Any:
        return self.guild.channel(name)

    async def invoke(
        self,
        command: str,
        options: dict[str, Any] | None = None,
        *,
        member: Any = None,
        channel: str | Any = "general",
        locale: str = "en-US",
    ) -> Any:
        """Run a slash command as `member` (default: the plain member) and return the interaction result."""
        target = self.channel(channel) if isinstance(channel, str) else channel
        return await self.fake.invoke(
            self.app,
            command,
            options or {},
            guild=self.guild,
            channel=target,
            member=member or self.member,
            locale=locale,
        )

    async def autocomplete(
        self,
        command: str,
        options: dict[str, Any],
        focused: str,
        *,
        member: Any = None,
        channel: str = "general",
        locale: str = "en-US",
    ) -> list[dict[str, Any]]:
        return await self.fake.autocomplete(
            self.app,
            command,
            options,
            focused=focused,
            guild=self.guild,
            channel=self.channel(channel),
            member=member or self.member,
            locale=locale,
        )

    async def click(self, message: Any, custom_id: str, *, member: Any = None) -> Any:
        return await self.fake.click(message, custom_id, member=member or self.member)

    async def add_server(self, name: str, *, members: int = 1, within: float = 10.0) -> OfflineWorld:
        """Another server with the same bot: a world on it sharing this one's fake Discord and bot."""
        guild = self.fake.create_guild(name=name, channels=list(CHANNELS))
        moderator = guild.add_member(f"{name} moderator", permissions=MODERATOR_PERMISSIONS)
        others = [
            guild.add_member(f"{name} member{i}", permissions=MEMBER_PERMISSIONS)
            for i in range(1, members + 1)
        ]
        joined = asyncio.ensure_future(
            self.bot.wait_for("guild_join", check=lambda g: g.id == guild.id, timeout=within)
        )
        await asyncio.sleep(0)  # let wait_for register its listener before the event can arrive
        self.fake.add_bot_to_guild(self.app, guild, permissions=BOT_PERMISSIONS)
        await joined
        return OfflineWorld(
            fake=self.fake,
            app=self.app,
            guild=guild,
            bot=self.bot,
            moderator=moderator,
            member=others[0],
            members=others,
        )


def offline_settings(database_path: Path, **overrides: Any) -> Settings:
    """Settings for a bot that talks only to the fake: no .env, a private SQLite file, no polling."""
    values: dict[str, Any] = {
        "database_url": f"sqlite+aiosqlite:///{database_path}",
        "tracker_enabled": False,
        "allow_private_feed_urls": True,
        "dev_guild_id": None,
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


@contextlib.asynccontextmanager
async def offline_hyosan(
    settings: Settings,
    *,
    dataset: Dataset | None = None,
    fake: FakeDiscord | None = None,
    members: int = 3,
    ready_timeout: float = 20.0,
) -> AsyncIterator[OfflineWorld]:
    """Start the fake Discord and the real bot against it; stop both when the block ends."""
    own_fake = fake is None
    fake = fake or FakeDiscord()
    if own_fake:
        await fake.start()
    app = fake.create_application(name="Hyosan")
    guild = fake.create_guild(name="Hyosan High", channels=list(CHANNELS))
    fake.add_bot_to_guild(app, guild, permissions=BOT_PERMISSIONS)
    moderator = guild.add_member("moderator", permissions=MODERATOR_PERMISSIONS)
    others = [guild.add_member(f"member{i}", permissions=MEMBER_PERMISSIONS) for i in range(1, members + 1)]

    bot = Hyosan(settings.model_copy(update={"discord_token": None}), dataset=dataset)
    try:
        async with run_bot_against(fake, bot, app.token, ready_timeout=ready_timeout):
            if settings.sync_commands:
                await fake.wait_for_commands(app, timeout=ready_timeout)
            yield OfflineWorld(
                fake=fake,
                app=app,
                guild=guild,
                bot=bot,
                moderator=moderator,
                member=others[0],
                members=others,
            )
    finally:
        if own_fake:
            await fake.stop()
