"""Lore commands end to end: the real bot and discord.py against the fake Discord."""

from __future__ import annotations

import logging

import pytest

from bot.offline import OfflineWorld
from tests.support.waiting import eventually

SPOILER = "||"


def _fields(embed: dict) -> dict[str, str]:
    return {f["name"]: f["value"] for f in embed.get("fields", [])}


def _text(embed: dict) -> str:
    parts = [embed.get("title", ""), embed.get("description", ""), embed.get("footer", {}).get("text", "")]
    for f in embed.get("fields", []):
        parts += [f["name"], f["value"]]
    return "\n".join(parts)


# --- autocomplete -------------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["onjo", "온조", "Nam On-jo", "on jo", "Onjo"])
async def test_autocomplete_finds_on_jo_by_any_spelling(world: OfflineWorld, typed: str) -> None:
    """English, hangul and romanization variants all put On-jo first in /character's suggestions."""
    choices = await world.autocomplete("character", {"name": typed}, focused="name")
    assert choices, typed
    assert choices[0]["value"] == "nam-on-jo"


async def test_autocomplete_respects_discord_limits(world: OfflineWorld) -> None:
    """An empty query lists at most 25 choices, each name within 100 characters, main characters first."""
    choices = await world.autocomplete("character", {"name": ""}, focused="name")
    assert 1 <= len(choices) <= 25
    assert all(1 <= len(c["name"]) <= 100 for c in choices)
    assert "nam-on-jo" in [c["value"] for c in choices[:5]]
    assert not world.fake.rejections


async def test_autocomplete_speaks_korean_to_korean_users(world: OfflineWorld) -> None:
    """A member whose locale is ko sees hangul names first in the suggestions."""
    choices = await world.autocomplete("character", {"name": "nam ra"}, focused="name", locale="ko")
    assert choices[0]["value"] == "choi-nam-ra"
    assert choices[0]["name"].startswith("최남라")


@pytest.mark.parametrize(
    ("command", "option", "typed", "expected"),
    [
        ("variant", "name", "hambie", "halfbie"),
        ("variant", "name", "mimic", "mimics"),
        ("cast", "actor", "lomon", "lomon"),
        ("location", "name", "hyosan high", "hyosan-high-school"),
    ],
)
async def test_autocomplete_on_every_name_option(
    world: OfflineWorld, command: str, option: str, typed: str, expected: str
) -> None:
    """Each name option autocompletes from its own kind of entry."""
    choices = await world.autocomplete(command, {option: typed}, focused=option)
    assert choices[0]["value"] == expected


# --- answers ------------------------------------------------------------------------------------


async def test_character_embed_shows_actor_sources_and_hides_fate(world: OfflineWorld) -> None:
    """A picked character answers publicly with actor and sources; the fate is a spoiler by default."""
    result = await world.invoke("character", {"name": "lee-cheong-san"})
    assert not result.ephemeral
    (embed,) = result.embeds
    assert "Lee Cheong-san" in embed["title"]
    fields = _fields(embed)
    assert "Yoon Chan-young" in fields["Played by"]
    assert fields["Fate"].startswith(SPOILER) and fields["Fate"].endswith(SPOILER)
    assert "11" in fields["Fate"]
    assert "Sources" in fields


async def test_typed_name_without_picking_still_answers(world: OfflineWorld) -> None:
    """Typing a known alias and sending without picking a suggestion answers with that entry."""
    result = await world.invoke("character", {"name": "onjo"})
    assert "Nam On-jo" in result.embeds[0]["title"]


async def test_unknown_name_suggests_three_buttons_that_answer(world: OfflineWorld) -> None:
    """An unknown name answers privately with the closest matches as buttons; pressing one posts it."""
    result = await world.invoke("character", {"name": "Nam Onjoo Lee"})
    assert result.ephemeral
    assert "Did you mean" in result.content
    buttons = result.message.buttons
    assert 1 <= len(buttons) <= 3
    pressed = await world.click(result.message, buttons[0].custom_id)
    assert not pressed.ephemeral
    assert pressed.embeds and buttons[0].label.split(" ")[0] in pressed.embeds[0]["title"]


async def test_seed_only_content_is_marked_unconfirmed(world: OfflineWorld) -> None:
    """A season-2 variant known only from the seed review says it is unconfirmed."""
    result = await world.invoke("variant", {"name": "mimics"})
    (embed,) = result.embeds
    assert "UNCONFIRMED" in embed["description"]
    sources = _fields(embed)["Sources"]
    assert sources == "an unofficial review of an unreleased season 2, 2026 · unconfirmed"
    korean = (await world.invoke("variant", {"name": "mimics"}, locale="ko")).embeds[0]
    assert _fields(korean)["출처"] == "공개되지 않은 시즌 2에 대한 비공식 리뷰, 2026 · 미확인"


async def test_episode_range_is_registered_and_answered(world: OfflineWorld) -> None:
    """/episode registers 1..12 as its range (Discord enforces it) and answers the first and last."""
    (spec,) = [c for c in world.fake.commands(world.app) if c["name"] == "episode"]
    number = spec["options"][0]
    assert (number["min_value"], number["max_value"]) == (1, 12)
    for n in (1, 12):
        result = await world.invoke("episode", {"number": n})
        assert f"Episode {n}" in result.embeds[0]["title"]


async def test_search_ranks_across_kinds(world: OfflineWorld) -> None:
    """/search finds entries of every kind, best first."""
    result = await world.invoke("search", {"query": "halfbie"})
    (embed,) = result.embeds
    assert "Halfbie" in embed["description"].split("\n")[0]


async def test_about_release_and_help(world: OfflineWorld) -> None:
    """/about shows the show's facts, /release the season-2 status, /help every command."""
    about = (await world.invoke("about")).embeds[0]
    assert "All of Us Are Dead" in about["title"]
    assert "tt14169960" in _text(about)
    release = (await world.invoke("release")).embeds[0]
    assert "Season 2" in release["title"]
    help_text = _text((await world.invoke("help")).embeds[0])
    for command in ("/character", "/cast", "/variant", "/location", "/episode", "/search", "/release"):
        assert command in help_text
    assert "/settings spoilers" in help_text


# --- pagination ---------------------------------------------------------------------------------


async def test_cast_pages_turn_only_for_the_invoker(world: OfflineWorld) -> None:
    """/cast paginates; the invoker turns pages, a stranger is refused and the page stays."""
    result = await world.invoke("cast")
    message = result.message
    first_page = message.embeds[0]["description"]
    nxt = message.find_button(custom_id="page:next")
    stranger = world.members[1]
    refused = await world.click(message, nxt.custom_id, member=stranger)
    assert refused.ephemeral and "Only the person" in refused.content
    assert message.embeds[0]["description"] == first_page
    turned = await world.click(message, nxt.custom_id)
    assert turned.message.embeds[0]["description"] != first_page
    assert turned.message.find_button(custom_id="page:count").label.startswith("2/")


# --- spoilers and permissions -------------------------------------------------------------------


async def test_spoiler_setting_needs_manage_server(world: OfflineWorld) -> None:
    """A member without Manage Server is refused by the bot itself, and nothing changes."""
    refused = await world.invoke("settings spoilers", {"level": "all"}, member=world.member)
    assert refused.ephemeral
    assert "Manage Server" in refused.content
    settings = await world.bot.guild_settings.get(world.guild.id)
    assert str(settings.spoilers) == "none"


async def test_moderator_reveals_spoilers(world: OfflineWorld) -> None:
    """After a moderator allows all spoilers, a character's fate is shown openly."""
    changed = await world.invoke("settings spoilers", {"level": "all"}, member=world.moderator)
    assert changed.ephemeral and "all" in changed.content
    result = await world.invoke("character", {"name": "lee-cheong-san"})
    fate = _fields(result.embeds[0])["Fate"]
    assert SPOILER not in fate


async def test_season1_policy_keeps_season2_hidden(world: OfflineWorld) -> None:
    """With season1 allowed, season-1 fates show openly while season-2 arcs stay hidden."""
    await world.invoke("settings spoilers", {"level": "season1"}, member=world.moderator)
    embed = (await world.invoke("character", {"name": "nam-on-jo"})).embeds[0]
    fields = _fields(embed)
    assert SPOILER not in fields["Fate"]
    arcs = [v for k, v in fields.items() if "Season 2" in k]
    assert arcs and all(v.lstrip("⚠️ ").startswith(SPOILER) for v in arcs)


# --- Korean -------------------------------------------------------------------------------------


async def test_korean_locale_gets_hangul_names_and_localized_commands(world: OfflineWorld) -> None:
    """Commands carry ko name localizations, and a ko user's answer leads with the hangul name."""
    registered = {c["name"]: c for c in world.fake.commands(world.app)}
    assert registered["character"]["name_localizations"]["ko"] == "캐릭터"
    result = await world.invoke("character", {"name": "nam-on-jo"}, locale="ko")
    embed = result.embeds[0]
    assert "남온조 (Nam On-jo)" in embed["title"]
    assert "배우" in _fields(embed)


# --- bad input ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "garbage",
    [
        "@everyone",
        "<@&1>",
        "<@123456789012345678>",
        "ㅋㅋㅋㅋ",
        "🧟‍♀️🧟🧟‍♂️",
        "**bold** __under__ `code` ||spoiler||",
        "x" * 100,
        "qwpoeiruty" * 10,
    ],
)
async def test_garbage_names_get_a_polite_private_answer_and_ping_nobody(
    world: OfflineWorld, garbage: str, caplog: pytest.LogCaptureFixture
) -> None:
    """Mentions, jamo, emoji, markdown and long junk: an ephemeral answer, no ping, no error logged."""
    caplog.set_level(logging.WARNING)
    for command, option in (
        ("character", "name"),
        ("variant", "name"),
        ("location", "name"),
        ("cast", "actor"),
    ):
        result = await world.invoke(command, {option: garbage})
        assert result.ephemeral, (command, garbage)
        assert "don't know" in result.content
        assert not result.message.mentions_would_ping
        choices = await world.autocomplete(command, {option: garbage}, focused=option)
        assert len(choices) <= 25
    search = await world.invoke("search", {"query": garbage})
    assert not search.message.mentions_would_ping
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert not world.fake.rejections


async def test_every_entry_renders_within_discord_limits(world: OfflineWorld) -> None:
    """Every entry of every kind, with spoilers hidden and shown, is accepted by Discord's validation."""
    commands = {"character": "name", "cast": "actor", "variant": "name", "location": "name"}
    for policy in ("none", "all"):
        await world.invoke("settings spoilers", {"level": policy}, member=world.moderator)
        for kind, option in commands.items():
            for entry in world.bot.dataset.of(kind):
                result = await world.invoke(kind, {option: entry.id})
                assert result.embeds and not result.ephemeral, (kind, entry.id)
        for number in range(1, 13):
            assert (await world.invoke("episode", {"number": number})).embeds
    assert not world.fake.rejections


async def test_page_buttons_stop_after_the_timeout(
    world: OfflineWorld, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When nobody turns a page in time, the buttons are disabled rather than left live-looking."""

    from cogs.common import pagination

    monkeypatch.setattr(pagination, "PAGE_TIMEOUT", 0.3)
    message = (await world.invoke("cast")).message
    assert not message.find_button(custom_id="page:next").disabled
    await eventually(lambda: all(b.disabled for b in message.buttons), what="the buttons to be disabled")


async def test_unknown_name_is_explained_in_korean(world: OfflineWorld) -> None:
    """A ko user who types an unknown name gets the answer and the suggestions in Korean."""
    result = await world.invoke("character", {"name": "남온조오오"}, locale="ko")
    assert result.ephemeral
    assert "찾지 못했어요" in result.content
    assert "남온조" in [b.label for b in result.message.buttons]


async def test_help_speaks_korean_to_korean_users(world: OfflineWorld) -> None:
    """/help for a ko user names the commands as their Discord shows them and describes them in Korean."""
    embed = (await world.invoke("help", locale="ko")).embeds[0]
    text = _text(embed)
    assert "/캐릭터` 지금 우리 학교는 등장인물을 찾아봅니다" in text
    assert "`/퀴즈 시작` 이 채널에서 퀴즈 게임을 시작합니다" in text
    assert "명령어" in text
