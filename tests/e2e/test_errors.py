"""Failures users can't cause get a short private answer with an incident id, and a logged traceback."""

from __future__ import annotations

import logging
import re

import pytest

from bot.offline import OfflineWorld
from bot.sandbox import permissions as perms
from tests.support.waiting import eventually


async def test_unexpected_error_gets_an_incident_id(
    world: OfflineWorld, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A bug inside a command answers ephemerally with an incident id that matches the logged error."""

    def broken(*_args: object, **_kwargs: object) -> list[object]:
        raise RuntimeError("index exploded")

    monkeypatch.setattr(world.bot.lore, "search", broken)
    caplog.set_level(logging.ERROR, logger="bot.client")
    result = await world.invoke("search", {"query": "onjo"})
    assert result.ephemeral
    match = re.search(r"incident `([0-9a-f]{8})`", result.content)
    assert match, result.content
    (record,) = [r for r in caplog.records if r.name == "bot.client"]
    assert match.group(1) in record.getMessage()
    assert "/search" in record.getMessage()
    assert record.exc_info is not None
    assert "index exploded" not in result.content


async def test_discord_failing_the_answer_is_logged_not_raised(
    world: OfflineWorld, caplog: pytest.LogCaptureFixture
) -> None:
    """When Discord refuses the answer itself (a 500), the bot logs it and keeps serving."""
    world.fake.fail("POST", "/interactions/{interaction_id}/{interaction_token}/callback", 503, times=2)
    caplog.set_level(logging.WARNING)
    failed = await world.invoke("about")
    # discord.py retries the 503s with a back-off, by which time the 3 s window has closed.
    assert failed.error is not None
    assert failed.error.code == 10062
    await eventually(
        lambda: any("could not deliver" in r.getMessage() for r in caplog.records), what="the warning"
    )
    assert any("incident" in r.getMessage() and r.exc_info for r in caplog.records)
    assert any("could not deliver" in r.getMessage() for r in caplog.records)
    after = await world.invoke("about")
    assert after.embeds


async def test_log_channel_the_bot_cannot_post_in_is_refused_by_name(world: OfflineWorld) -> None:
    """/settings log_channel on a channel the bot may not post in names the missing permission."""
    mod_log = world.channel("mod-log")
    mod_log.set_permissions(world.fake.bot_member(world.app, world.guild), deny=perms.SEND_MESSAGES)
    guild = world.bot.get_guild(world.guild.id)
    assert guild is not None

    def bot_sees_the_overwrite() -> bool:
        seen = guild.get_channel(mod_log.id)
        return seen is not None and not seen.permissions_for(guild.me).send_messages

    await eventually(bot_sees_the_overwrite)
    result = await world.invoke("settings log_channel", {"channel": mod_log}, member=world.moderator)
    assert result.ephemeral
    assert "**Send Messages**" in result.content
    assert "View Channel" not in result.content
    assert (await world.bot.guild_settings.get(world.guild.id)).log_channel_id is None


async def test_an_overlong_error_is_fitted_not_lost(
    world: OfflineWorld, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A user-facing error longer than a message still reaches the user, cut to 2,000 characters."""
    from bot.client import UserFacingError

    def refuse(*_args: object, **_kwargs: object) -> list[object]:
        raise UserFacingError("Problems:\n```\n" + "line with a problem\n" * 200 + "```")

    monkeypatch.setattr(world.bot.lore, "search", refuse)
    result = await world.invoke("search", {"query": "onjo"})
    assert result.ephemeral
    assert result.content.startswith("Problems:")
    assert len(result.content) <= 2000
    assert result.content.count("```") % 2 == 0
    assert not world.fake.rejections
