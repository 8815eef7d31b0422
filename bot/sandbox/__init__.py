"""A fake Discord (REST + gateway on 127.0.0.1) that unmodified discord.py connects to.

Used by the tests, the offline console and the benchmarks::

    fake = await FakeDiscord().start()
    point_discord_at(fake)
    app = fake.create_application("Hyosan")
    guild = fake.create_guild("Hyosan High", channels=["general"])
    fake.add_bot_to_guild(app, guild)
    async with run_bot_against(fake, bot, app.token):
        r = await fake.invoke(app, "ping")
"""

from bot.sandbox.fake import FakeDiscord
from bot.sandbox.interactions import InteractionResult
from bot.sandbox.journal import Rejection, RequestRecord
from bot.sandbox.models import (
    ButtonInfo,
    FakeApplication,
    FakeAttachment,
    FakeChannel,
    FakeGuild,
    FakeMember,
    FakeMessage,
    FakeRole,
    FakeUser,
)
from bot.sandbox.redirect import point_discord_at, point_discord_at_discord
from bot.sandbox.running import run_bot_against

__all__ = [
    "ButtonInfo",
    "FakeApplication",
    "FakeAttachment",
    "FakeChannel",
    "FakeDiscord",
    "FakeGuild",
    "FakeMember",
    "FakeMessage",
    "FakeRole",
    "FakeUser",
    "InteractionResult",
    "Rejection",
    "RequestRecord",
    "point_discord_at",
    "point_discord_at_discord",
    "run_bot_against",
]
