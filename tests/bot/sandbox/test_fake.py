"""End-to-end: a real discord.py bot answering interactions that the fake dispatches."""

from __future__ import annotations

import asyncio

import aiohttp
import discord
import pytest

from bot.sandbox import FakeApplication, FakeDiscord, FakeGuild
from tests.bot.sandbox.tiny_bot import PERSISTENT_ID, TinyBot


async def test_login_ready_and_guild_cache(
    fake: FakeDiscord, app: FakeApplication, guild: FakeGuild, tiny: TinyBot
) -> None:
    """The bot logs in, gets READY and a GUILD_CREATE with channels, roles, members and itself."""
    assert tiny.user is not None and tiny.user.id == app.bot_user.id
    cached = tiny.get_guild(guild.id)
    assert cached is not None
    assert sorted(c.name for c in cached.text_channels) == ["general", "news"]
    assert cached.me is not None and cached.me.id == app.bot_user.id
    assert cached.owner_id == guild.owner.id
    assert cached.get_role(guild.id) is not None
    assert tiny.application_id == app.id


async def test_command_sync_keeps_the_spec(fake: FakeDiscord, app: FakeApplication, tiny: TinyBot) -> None:
    """The synced commands keep options, groups, choices and autocomplete flags, each with an id."""
    specs = {c["name"]: c for c in fake.commands(app)}
    assert {"character", "settings", "echo", "admin"} <= set(specs)
    name_option = specs["character"]["options"][0]
    assert name_option["name"] == "name" and name_option["autocomplete"] is True
    spoilers = specs["settings"]["options"][0]
    assert spoilers["type"] == 1 and [c["value"] for c in spoilers["options"][0]["choices"]] == [
        "none",
        "season1",
        "all",
    ]
    assert specs["admin"]["default_member_permissions"] == str(discord.Permissions(manage_guild=True).value)
    assert all(int(c["id"]) > 2**22 for c in specs.values())


async def test_slash_command_with_typed_options_and_locale(
    fake: FakeDiscord, app: FakeApplication, tiny: TinyBot
) -> None:
    """Options arrive typed per the spec, the locale reaches the bot, and the embed comes back."""
    r = await fake.invoke(app, "character", {"name": "On-jo", "detail": 3}, locale="ko")
    assert r.type == 4 and not r.ephemeral
    assert r.embeds[0]["title"] == "On-jo"
    assert r.embeds[0]["description"] == "detail 3 in ko"
    assert r.latency is not None and r.latency >= 0
    assert r.message in fake.messages(r.channel)


async def test_subcommand_path(fake: FakeDiscord, app: FakeApplication, tiny: TinyBot) -> None:
    """A space-separated path reaches the subcommand of a group."""
    r = await fake.invoke(app, "settings spoilers", {"level": "all"})
    assert r.content == "spoilers=all"


async def test_driver_refuses_what_the_discord_client_would_not_send(
    fake: FakeDiscord, app: FakeApplication, tiny: TinyBot
) -> None:
    """Unknown options, values outside choices and invoking a bare group are driver errors."""
    with pytest.raises(ValueError, match="unknown option"):
        await fake.invoke(app, "character", {"nom": "On-jo"})
    with pytest.raises(ValueError, match="not one of the choices"):
        await fake.invoke(app, "settings spoilers", {"level": "everything"})
    with pytest.raises(ValueError, match="needs a subcommand"):
        await fake.invoke(app, "settings")
    with pytest.raises(LookupError):
        await fake.invoke(app, "nonexistent")


async def test_default_member_permissions_hide_the_command(
    fake: FakeDiscord, app: FakeApplication, guild: FakeGuild, tiny: TinyBot
) -> None:
    """With enforcement on, a member without default_member_permissions cannot run it; a manager can."""
    fake.enforce_default_member_permissions = True
    student = guild.add_member("student")
    with pytest.raises(PermissionError):
        await fake.invoke(app, "admin", member=student)
    manager = guild.add_member("manager", permissions=discord.Permissions(manage_guild=True))
    r = await fake.invoke(app, "admin", member=manager)
    assert r.content == "admin ok"


async def test_overridable_permissions_reach_the_bot_by_default(
    fake: FakeDiscord, app: FakeApplication, guild: FakeGuild, tiny: TinyBot
) -> None:
    """By default the driver dispatches anyway (as after an admin's override), so a bot's own check runs."""
    student = guild.add_member("student")
    r = await fake.invoke(app, "admin", member=student)
    assert r.content == "admin ok"
    assert (
        int(r.member.to_payload(channel=r.channel)["permissions"])
        & discord.Permissions(manage_guild=True).value
        == 0
    )


async def test_user_option_is_resolved(
    fake: FakeDiscord, app: FakeApplication, guild: FakeGuild, tiny: TinyBot
) -> None:
    """A user option carries a resolved member that discord.py turns into a discord.Member."""
    onjo = guild.add_member("onjo")
    r = await fake.invoke(app, "whois", {"member": onjo})
    assert r.ephemeral
    assert r.content == f"onjo {onjo.id}"
    assert r.message not in fake.messages(r.channel)


async def test_autocomplete_returns_choices(fake: FakeDiscord, app: FakeApplication, tiny: TinyBot) -> None:
    """Autocomplete arrives with the focused option and the bot's choices come back."""
    choices = await fake.autocomplete(app, "character", {"name": "onjo"}, focused="name")
    assert choices == [{"name": "On-jo", "value": "On-jo"}]


async def test_button_on_a_non_persistent_view(
    fake: FakeDiscord, app: FakeApplication, tiny: TinyBot
) -> None:
    """A button on the command's own answer routes to its view, which updates the message."""
    r = await fake.invoke(app, "menu")
    assert [b.label for b in r.message.buttons] == ["More"]
    clicked = await fake.click(r.message, "tiny:more")
    assert clicked.type == 7
    assert r.message.content == "more shown"
    assert r.message.find_button(label="More").disabled
    with pytest.raises(PermissionError):
        await fake.click(r.message, "tiny:more")


async def test_select_on_a_view(fake: FakeDiscord, app: FakeApplication, tiny: TinyBot) -> None:
    """Picking a select option routes to the view's select callback with the values."""
    r = await fake.invoke(app, "menu")
    picked = await fake.select(r.message, "tiny:pick", ["Su-hyeok"])
    assert picked.content == "picked Su-hyeok"


async def test_button_on_a_persistent_view(
    fake: FakeDiscord, app: FakeApplication, guild: FakeGuild, tiny: TinyBot
) -> None:
    """A persistent view registered at start-up answers clicks on a channel message it never saw."""
    r = await fake.invoke(app, "panel")
    assert r.ephemeral
    panel = await fake.wait_for_message(r.channel, lambda m: m.content == "panel")
    voter = guild.add_member("voter")
    clicked = await fake.click(panel, PERSISTENT_ID, member=voter)
    assert clicked.ephemeral and clicked.content == f"voted by {voter.id}"


async def test_modal_submit(fake: FakeDiscord, app: FakeApplication, tiny: TinyBot) -> None:
    """The bot opens a modal; submitting it reaches the modal's on_submit with the text."""
    r = await fake.invoke(app, "feedback")
    assert r.type == 9 and r.modal is not None and r.modal["title"] == "Feedback"
    submitted = await fake.submit_modal(r, {"tiny:text": "great show"})
    assert submitted.content == "thanks: great show" and submitted.ephemeral


async def test_deferred_edit_and_followup(fake: FakeDiscord, app: FakeApplication, tiny: TinyBot) -> None:
    """A deferred answer is completed by editing @original, then a follow-up arrives ephemeral."""
    r = await fake.invoke(app, "slow", {"private": True})
    assert r.type == 5
    final = await r.final()
    assert final.content == "done thinking" and final.ephemeral
    followups = await r.wait_followups(1)
    assert followups[0].content == "and one more" and followups[0].ephemeral


async def test_multipart_file_answer_is_readable(
    fake: FakeDiscord, app: FakeApplication, tiny: TinyBot
) -> None:
    """A file sent with the answer keeps its bytes and is served at its url."""
    r = await fake.invoke(app, "export", {"text": "지금 우리 학교는"})
    attachment = r.message.attachments[0]
    assert attachment.filename == "export.txt"
    assert attachment.data.decode() == "지금 우리 학교는"
    async with aiohttp.ClientSession() as session, session.get(attachment.url) as response:
        assert await response.read() == attachment.data


async def test_attachment_option_is_downloadable(
    fake: FakeDiscord, app: FakeApplication, tiny: TinyBot
) -> None:
    """An attachment option resolves to a discord.Attachment whose bytes the bot can read."""
    upload = fake.attach("quiz.csv", b"q,a")
    r = await fake.invoke(app, "upload", {"file": upload})
    assert r.content == "quiz.csv:q,a"


async def test_echo_never_pings(
    fake: FakeDiscord, app: FakeApplication, guild: FakeGuild, tiny: TinyBot
) -> None:
    """allowed_mentions as sent decides whether content would ping."""
    onjo = guild.add_member("onjo")
    quiet = await fake.invoke(app, "echo", {"text": f"hi {onjo.mention} @everyone"})
    assert quiet.message.allowed_mentions == {"parse": []}
    assert not quiet.message.mentions_would_ping
    loud = await fake.invoke(app, "echo", {"text": f"hi {onjo.mention}", "ping": True})
    assert loud.message.mentions_would_ping


async def test_overlong_embed_is_rejected_with_50035(
    fake: FakeDiscord, app: FakeApplication, tiny: TinyBot
) -> None:
    """An embed title over 256 characters is refused with 50035 and its error path, and recorded."""
    r = await fake.invoke(app, "huge", timeout=2)
    assert r.rejected and r.error is not None and r.error.code == 50035
    await asyncio.wait_for(tiny.error_seen.wait(), 2)
    error = tiny.errors[0]
    assert isinstance(error, discord.HTTPException) and error.code == 50035
    rejection = fake.rejections[0]
    assert (rejection.status, rejection.code) == (400, 50035)
    assert rejection.errors["data"]["embeds"]["0"]["title"]["_errors"][0]["code"] == "BASE_TYPE_MAX_LENGTH"


async def test_first_answer_after_the_deadline_is_refused(
    fake: FakeDiscord, app: FakeApplication, tiny: TinyBot
) -> None:
    """An answer later than the interaction deadline gets 404 code 10062 and the bot sees NotFound."""
    r = await fake.invoke(app, "late", {"seconds": fake.interaction_deadline + 0.2}, timeout=5)
    assert r.expired and not r.acknowledged
    await tiny.late_done.wait()
    await asyncio.wait_for(tiny.error_seen.wait(), 2)
    assert isinstance(tiny.errors[0], discord.NotFound) and tiny.errors[0].code == 10062


async def test_second_callback_is_refused_with_40060(
    fake: FakeDiscord, app: FakeApplication, tiny: TinyBot
) -> None:
    """Answering an interaction twice gets 400 code 40060."""
    r = await fake.invoke(app, "character", {"name": "On-jo"})
    url = f"{fake.api_base}/interactions/{r.id}/{r.token}/callback"
    async with (
        aiohttp.ClientSession() as session,
        session.post(url, json={"type": 4, "data": {"content": "again"}}) as response,
    ):
        body = await response.json()
    assert response.status == 400 and body["code"] == 40060
    assert fake.rejections[-1].code == 40060
