"""The offline console drives the real bot: commands, Tab completion, buttons by number."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.console.app import Console
from bot.offline import OfflineWorld

ROOT = Path(__file__).resolve().parents[2]


def run_console(
    cwd: Path, stdin: str, *, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """`python -m bot console` with piped input, free of the caller's token and logging settings."""
    base = {k: v for k, v in os.environ.items() if k not in {"DISCORD_TOKEN", "LOG_LEVEL", "LOG_FORMAT"}}
    base["PYTHONPATH"] = str(ROOT)
    base.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "bot", "console"],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=cwd,
        env=base,
        timeout=60,
    )


async def test_console_commands_completion_and_buttons(world: OfflineWorld) -> None:
    """A typed command renders its embed; Tab offers names from autocomplete; a number presses a button."""
    out: list[str] = []
    console = Console(world, write=out.append)
    assert await console.completions("/chara") == ["/character"]
    assert "nam-on-jo" in await console.completions("/character name:onjo")
    await console.handle("/character name:nam-on-jo")
    assert any("Nam On-jo" in line for line in out)
    out.clear()
    await console.handle("/cast")
    page_one = "\n".join(out)
    next_button = next(c for c in console.controls if c.label == "▶")
    out.clear()
    await console.handle(str(next_button.number))
    assert "\n".join(out) != page_one and any("2/" in line for line in out)
    out.clear()
    await console.handle("/character nom:x")
    assert out[0].startswith("✗") and "no option" in out[0]
    assert await console.handle(":quit") is False


def test_python_m_bot_console_runs_piped_commands(tmp_path: Path) -> None:
    """`python -m bot console` starts the bot offline, runs piped lines and exits cleanly."""
    done = run_console(tmp_path, "/character name:온조\n:quit\n")
    assert done.returncode == 0, done.stderr
    assert "Nam On-jo" in done.stdout
    assert "Traceback" not in done.stderr


async def test_completion_replaces_a_value_with_spaces(world: OfflineWorld) -> None:
    """Tab on `name:lee che` replaces the whole typed value and shows the display name."""
    console = Console(world, write=lambda _line: None)
    replace, items = await console.completion_items("/character name:lee che")
    assert replace == len("lee che")
    assert ("lee-cheong-san", "Lee Cheong-san") in items


async def test_deferred_answers_are_shown_once_and_finished(world: OfflineWorld) -> None:
    """A "thinking" answer finished by a follow-up prints once, after the bot has finished it."""
    out: list[str] = []
    console = Console(world, write=out.append)
    await console.handle(":as moderator")
    out.clear()
    await console.handle("/news check")
    text = "\\n".join(out)
    assert "(the bot is thinking…)" in text
    assert text.count("There is no enabled source to poll.") == 1, text


async def test_a_paragraph_field_takes_several_lines(world: OfflineWorld) -> None:
    """/trivia add in the console: the answers field ("one per line") takes lines until an empty one."""
    out: list[str] = []
    console = Console(world, write=out.append)
    typed = iter(
        [
            "Who is the class president of 2-5?", "",  # question (a paragraph field)
            "Choi Nam-ra", "최남라", "",  # answers, one per line
            "Nam On-jo", "Lee Su-hyeok", "Yoon Gwi-nam", "",  # wrong options
            "characters",  # category (one line)
            "easy",  # difficulty (one line)
        ]
    )  # fmt: skip

    async def read(prompt: str) -> str | None:
        return next(typed, None)

    console.read = read  # type: ignore[method-assign]
    await console.handle("/trivia add")
    assert any("an empty line ends the field" in line for line in out)
    bank = world.bot.trivia_bank
    [question] = [
        q for q in await bank.questions(world.guild.id) if q.text.startswith("Who is the class president")
    ]
    assert question.answers == ("Choi Nam-ra", "최남라")
    assert len(question.wrong) == 3


@pytest.mark.parametrize(("level", "shows_info"), [(None, False), ("DEBUG", True)])
def test_console_logging_follows_the_entry_point(tmp_path: Path, level: str | None, shows_info: bool) -> None:
    """The console is quiet by default, and LOG_LEVEL=DEBUG still shows the bot's own INFO lines: the
    entry point configures logging, the console code does not override it."""
    done = run_console(tmp_path, ":quit\n", env={"LOG_LEVEL": level} if level is not None else {})
    assert done.returncode == 0, done.stderr
    output = done.stdout + done.stderr
    # Logged while the console's bot starts, after the entry point configured logging.
    assert ("INFO     bot.storage.database" in output) is shows_info, output[-2000:]


async def test_fast_forward_through_the_premiere(world: OfflineWorld) -> None:
    """`:time` moves the bot's clock: a server that opted in sees its event created and moved, the
    countdowns post at 7 days, 1 day, 1 hour and at the premiere, and the threads open, each once."""
    from datetime import timedelta

    import discord

    from bot.news.premiere import premiere_instant
    from bot.news.stories import create_story
    from bot.offline import BOT_PERMISSIONS

    grants = discord.Permissions(
        manage_events=True, create_public_threads=True, send_messages_in_threads=True
    )
    world.fake.set_bot_permissions(world.app, world.guild, BOT_PERMISSIONS | grants)
    out: list[str] = []
    console = Console(world, write=out.append)
    await console.handle("/settings premiere_event enabled:true")
    await console.handle("/subscribe channel:#news countdowns:true premiere_threads:true")
    await console.handle("/subscribe channel:#trivia countdowns:true language:ko")
    premiere_day = (discord.utils.utcnow() + timedelta(days=10)).date().isoformat()
    premiere, _basis = premiere_instant(premiere_day, None)
    async with world.bot.db.begin() as conn:
        await create_story(
            conn,
            title="All eight episodes of All of Us Are Dead season 2 premiere in ten days",
            status="date_announced",
            release_date=premiere_day,
            release_window=None,
            published_at=discord.utils.utcnow(),
            announced=True,
            guild_id=None,
            premiere=(premiere, "netflix"),
        )
    world.bot.news.forget_premiere()
    # Jump to a minute past each moment: a week, a day and an hour before, then the premiere.
    for before in (timedelta(days=7), timedelta(days=1), timedelta(hours=1), timedelta(0)):
        minutes = int((premiere - before - world.bot.clock.now()).total_seconds() // 60) + 1
        await console.handle(f":time +{minutes}m")
    [event] = world.fake.events_of(world.guild)
    assert event.name == "All of Us Are Dead season 2 premiere"
    news = [m.embeds[0]["title"] for m in world.fake.messages(world.channel("news")) if m.embeds]
    assert news == [
        "All of Us Are Dead season 2: one week to go",
        "All of Us Are Dead season 2: tomorrow",
        "All of Us Are Dead season 2: one hour to go",
        "All of Us Are Dead season 2 is out now",
    ]
    korean = [m.embeds[0]["title"] for m in world.fake.messages(world.channel("trivia")) if m.embeds]
    assert korean[0] == "지금 우리 학교는 시즌2: 공개까지 일주일" and len(korean) == 4
    threads = [t.channel.name for t in world.fake.threads_of(world.channel("news"))]
    assert threads == ["Season 2 premiere night", *(f"Season 2 episode {n}" for n in range(1, 9))]
    assert any("🧵 thread in #news: Season 2 premiere night" in line for line in out)
    out.clear()
    await console.handle(":time -1d")
    assert out[0].startswith("✗")
