"""End-to-end REST behaviour: channel messages, permissions, faults and rate limits, through discord.py."""

from __future__ import annotations

import asyncio
import logging

import aiohttp
import discord
import pytest

from bot.sandbox import FakeApplication, FakeDiscord, FakeGuild, run_bot_against
from bot.sandbox import permissions as perms
from tests.bot.sandbox.tiny_bot import TinyBot


def text_channel(bot: discord.Client, channel_id: int) -> discord.TextChannel:
    channel = bot.get_channel(channel_id)
    assert isinstance(channel, discord.TextChannel)
    return channel


async def test_channel_message_with_nonce_is_posted_once(
    fake: FakeDiscord, guild: FakeGuild, tiny: TinyBot
) -> None:
    """The same nonce from the same bot in the same channel returns the first message instead of a second."""
    news = text_channel(tiny, guild.channel("news").id)
    first = await news.send("Season 2 announced", nonce="outbox-1")
    again = await news.send("Season 2 announced", nonce="outbox-1")
    other = await news.send("Season 2 announced", nonce="outbox-2")
    assert first.id == again.id != other.id
    assert [m.nonce for m in fake.messages(guild.channel("news"))] == ["outbox-1", "outbox-2"]


async def test_bot_sees_its_message_created(fake: FakeDiscord, guild: FakeGuild, tiny: TinyBot) -> None:
    """A posted message comes back as MESSAGE_CREATE, so the bot's cache and events see it."""
    news = text_channel(tiny, guild.channel("news").id)
    sent = await news.send("hello")
    received = await tiny.wait_for("message", check=lambda m: m.id == sent.id, timeout=2)
    assert received.content == "hello" and received.author.id == tiny.user.id  # type: ignore[union-attr]


async def test_history_pages_newest_first(fake: FakeDiscord, guild: FakeGuild, tiny: TinyBot) -> None:
    """GET messages honours limit/before/after like Discord, newest first."""
    news = text_channel(tiny, guild.channel("news").id)
    sent = [await news.send(f"m{i}") for i in range(5)]
    newest = [m.content async for m in news.history(limit=3)]
    assert newest == ["m4", "m3", "m2"]
    after = [m.content async for m in news.history(limit=10, after=sent[2], oldest_first=True)]
    assert after == ["m3", "m4"]


async def test_missing_permissions_raise_forbidden(
    fake: FakeDiscord, app: FakeApplication, guild: FakeGuild, tiny: TinyBot
) -> None:
    """A channel overwrite denying SEND_MESSAGES makes discord.py raise Forbidden with code 50013."""
    news = guild.channel("news")
    news.set_permissions(guild.default_role, deny=perms.SEND_MESSAGES)
    with pytest.raises(discord.Forbidden) as caught:
        await text_channel(tiny, news.id).send("blocked")
    assert caught.value.code == 50013
    assert fake.rejections[-1].code == 50013


async def test_embed_needs_embed_links(
    fake: FakeDiscord, app: FakeApplication, guild: FakeGuild, tiny: TinyBot
) -> None:
    """Without EMBED_LINKS a message with an embed is refused, while plain text still goes."""
    guild.channel("general").set_permissions(guild.default_role, deny=perms.EMBED_LINKS)
    general = text_channel(tiny, guild.channel("general").id)
    await general.send("plain")
    with pytest.raises(discord.Forbidden):
        await general.send(embed=discord.Embed(title="news"))


async def test_permission_changes_reach_the_bot_cache(
    fake: FakeDiscord, app: FakeApplication, guild: FakeGuild, tiny: TinyBot
) -> None:
    """Driver changes (role permissions, overwrites, channel deletion) are dispatched to the bot."""
    news = guild.channel("news")
    waiter = tiny.wait_for("guild_channel_update", timeout=2)
    news.set_permissions(guild.default_role, deny=perms.VIEW_CHANNEL)
    await waiter
    cached = tiny.get_guild(guild.id)
    assert cached is not None
    assert not text_channel(tiny, news.id).permissions_for(cached.default_role).view_channel
    waiter = tiny.wait_for("guild_channel_delete", timeout=2)
    guild.delete_channel(news)
    await waiter
    assert tiny.get_channel(news.id) is None
    waiter = tiny.wait_for("guild_role_update", timeout=2)
    fake.set_bot_permissions(app, guild, perms.ADMINISTRATOR)
    await waiter
    assert cached.me.guild_permissions.administrator


async def test_unknown_channel_raises_not_found(tiny: TinyBot) -> None:
    """A channel that does not exist is 404 code 10003."""
    with pytest.raises(discord.NotFound) as caught:
        await tiny.http.send_message(1 << 40, params=discord.http.handle_message_parameters(content="x"))
    assert caught.value.code == 10003


async def test_empty_message_is_50006(fake: FakeDiscord, guild: FakeGuild, tiny: TinyBot) -> None:
    """An empty message is refused with 50006."""
    with pytest.raises(discord.HTTPException) as caught:
        await tiny.http.send_message(
            guild.channel("general").id, params=discord.http.handle_message_parameters(content="")
        )
    assert caught.value.code == 50006


async def test_injected_429s_are_retried(
    fake: FakeDiscord, guild: FakeGuild, tiny: TinyBot, caplog: pytest.LogCaptureFixture
) -> None:
    """discord.py retries injected 429s; the fake counts exactly those and logs no Cloudflare ban."""
    fake.fail("POST", "/channels/{channel_id}/messages", 429, times=2, retry_after=0.01)
    with caplog.at_level(logging.WARNING, logger="discord.http"):
        sent = await text_channel(tiny, guild.channel("general").id).send("after retries")
    assert sent.content == "after retries"
    assert fake.rate_limited_count == 2
    statuses = [r.status for r in fake.requests("POST", "/channels/{id}/messages")]
    assert statuses == [429, 429, 200]
    assert not any("cloudflare" in r.getMessage().lower() for r in caplog.records)


@pytest.mark.parametrize(
    ("status", "error"),
    [(403, discord.Forbidden), (404, discord.NotFound), (503, discord.DiscordServerError)],
)
async def test_injected_errors_raise(
    fake: FakeDiscord, guild: FakeGuild, tiny: TinyBot, status: int, error: type[Exception]
) -> None:
    """Injected 403/404/5xx reach the bot as discord.py's own exceptions."""
    fake.fail("POST", "/channels/{channel_id}/messages", status)
    with pytest.raises(error):
        await text_channel(tiny, guild.channel("general").id).send("x")
    assert fake.messages(guild.channel("general")) == []


async def test_global_rate_limit_is_enforced_and_retried() -> None:
    """With a global limit, bursts get 429 global=true, discord.py waits them out, and every post lands."""
    async with FakeDiscord(global_rate_limit=20) as fake:
        bot_app = fake.create_application("Hyosan")
        guild = fake.create_guild(channels=["general"])
        fake.add_bot_to_guild(bot_app, guild)
        bot = TinyBot()
        async with run_bot_against(fake, bot, bot_app.token):
            channel = text_channel(bot, guild.channel("general").id)
            for i in range(30):
                await channel.send(f"post {i}")
        assert len(fake.messages(guild.channel("general"))) == 30
        assert fake.rate_limited_count >= 1


async def test_channel_bucket_headers_pace_the_client() -> None:
    """A per-channel bucket's headers let discord.py pace itself: every post lands and none gets a 429."""
    async with FakeDiscord(message_rate_limit=(3, 0.2)) as fake:
        bot_app = fake.create_application("Hyosan")
        guild = fake.create_guild(channels=["general"])
        fake.add_bot_to_guild(bot_app, guild)
        bot = TinyBot()
        async with run_bot_against(fake, bot, bot_app.token):
            channel = text_channel(bot, guild.channel("general").id)
            for i in range(7):
                await channel.send(f"post {i}")
        assert [m.content for m in fake.messages(guild.channel("general"))] == [f"post {i}" for i in range(7)]
        assert fake.rate_limited_count == 0


async def test_unknown_token_is_a_login_failure(fake: FakeDiscord) -> None:
    """A token the fake does not know answers 401 and discord.py raises LoginFailure."""
    with pytest.raises(discord.LoginFailure):
        async with run_bot_against(fake, TinyBot(), "not-a-token"):
            pass


async def test_responses_carry_discord_headers(fake: FakeDiscord, app: FakeApplication) -> None:
    """JSON answers have exactly application/json, Via and the X-RateLimit-* headers discord.py reads."""
    async with aiohttp.ClientSession() as session:
        async with session.get(
            f"{fake.api_base}/users/@me", headers={"Authorization": f"Bot {app.token}"}
        ) as ok:
            assert ok.status == 200
            headers = ok.headers
        async with session.get(
            f"{fake.api_base}/users/@me", headers={"Authorization": "Bot wrong"}
        ) as refused:
            assert refused.status == 401
    assert headers["Content-Type"] == "application/json"
    assert headers["Via"] == "1.1 google"
    for name in ("Limit", "Remaining", "Reset", "Reset-After", "Bucket"):
        assert f"X-RateLimit-{name}" in headers


async def test_hung_route_waits_until_released(fake: FakeDiscord, guild: FakeGuild, tiny: TinyBot) -> None:
    """A hung route holds the request (for client timeouts) and serves it once released."""
    hang = fake.hang("POST", "/channels/{channel_id}/messages")
    sending = asyncio.ensure_future(text_channel(tiny, guild.channel("general").id).send("held"))
    await fake.changes.until(lambda: hang.held == 1, 2, "the request to arrive")
    assert not sending.done() and fake.messages(guild.channel("general")) == []
    fake.release_hangs()
    assert (await sending).content == "held"


async def test_edit_and_delete_a_channel_message(fake: FakeDiscord, guild: FakeGuild, tiny: TinyBot) -> None:
    """PATCH changes the stored message (MESSAGE_UPDATE) and DELETE removes it from history."""
    sent = await text_channel(tiny, guild.channel("general").id).send("draft")
    edited = await sent.edit(content="final")
    assert edited.content == "final" and fake.messages(guild.channel("general"))[0].content == "final"
    await sent.delete()
    assert fake.messages(guild.channel("general")) == []
    with pytest.raises(discord.NotFound):
        await sent.edit(content="gone")
