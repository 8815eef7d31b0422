"""Trivia games through the real bot and the fake Discord: buttons, typed answers, stop, idle, shutdown."""

from __future__ import annotations

from typing import Any

import pytest

from bot.offline import OfflineWorld
from bot.trivia.bank import draft_from_fields
from bot.trivia.formats import TriviaFormat, load_pack

WAIT = 10.0

QUESTIONS = [
    ("Which city is the show set in?", "Hyosan | 효산", "Seoul\nBusan\nIncheon"),
    ("Which class are On-jo and Cheong-san in?", "Class 2-5", "Class 1-3\nClass 3-1\nClass 2-1"),
    ("What is On-jo's father's job?", "Firefighter", "Police officer\nScience teacher\nSoldier"),
]


@pytest.fixture
def world_settings() -> dict[str, Any]:
    """Tiny rounds and no pause between them keep every game here under a few seconds."""
    return {"trivia_min_seconds": 0.1, "trivia_reveal_pause": 0}


async def seed(world: OfflineWorld, questions: list[tuple[str, str, str]] = QUESTIONS) -> None:
    """Only known questions in this server's pool: built-ins off, ours added through the bank."""
    await world.bot.guild_settings.update(world.guild.id, builtin_trivia=False)
    bank = world.bot.get_cog("Trivia").bank  # type: ignore[union-attr]
    for text, answers, wrong in questions:
        await bank.add(world.guild.id, draft_from_fields(text, answers, wrong))


def titled(prefix: str):  # type: ignore[no-untyped-def]
    return lambda m: bool(m.embeds) and str(m.embeds[0].get("title", "")).startswith(prefix)


async def question(world: OfflineWorld, number: int, channel: str = "trivia") -> Any:
    return await world.fake.wait_for_message(world.channel(channel), titled(f"Question {number} of"), WAIT)


def answer_of(message: Any) -> str:
    text = message.embeds[0]["description"]
    return next(q[1].split(" | ")[0] for q in QUESTIONS if q[0].replace("-", "\\-") == text or q[0] == text)


def button_for(message: Any, text: str) -> Any:
    return next(b for b in message.buttons if b.label and b.label.endswith(f". {text}"))


def wrong_button(message: Any, right: str) -> Any:
    return next(b for b in message.buttons if b.label and not b.label.endswith(f". {right}"))


async def stale_click(world: OfflineWorld, message: Any, custom_id: str, member: Any) -> Any:
    """A client still showing an old message's buttons as live (a press racing the bell, or a stale cache)."""
    component = message.find_component(custom_id)
    component["disabled"] = False
    return await world.click(message, custom_id, member=member)


async def test_buttons_game_right_wrong_late_and_double(world: OfflineWorld) -> None:
    """Right, wrong, double and late presses each get a private answer; reveal and summary show the scores."""
    await seed(world)
    one, two, three = world.members
    started = await world.invoke(
        "trivia start", {"questions": 2, "seconds": 1.5}, member=one, channel="trivia"
    )
    assert "Trivia time! **2** questions, 1.5 seconds each, multiple choice." in started.content
    first = await question(world, 1)
    right = answer_of(first)
    pressed = await world.click(first, button_for(first, right).custom_id, member=one)
    assert pressed.ephemeral
    assert pressed.content == f"Locked in: **{button_for(first, right).label}**"
    assert (await world.click(first, wrong_button(first, right).custom_id, member=two)).content.startswith(
        "Locked in"
    )
    again = await world.click(first, wrong_button(first, right).custom_id, member=one)
    assert again.ephemeral
    assert "already answered" in again.content
    reveal = await world.fake.wait_for_message(
        world.channel("trivia"), titled("Question 1: the answer"), WAIT
    )
    assert right in reveal.embeds[0]["description"]
    fields = {f["name"]: f["value"] for f in reveal.embeds[0]["fields"]}
    assert one.mention in fields["Right"]
    assert two.mention not in fields["Right"]
    assert all(b.disabled for b in first.buttons)
    await question(world, 2)
    late = await stale_click(world, first, first.buttons[0].custom_id, three)
    assert late.ephemeral
    assert "closed" in late.content
    summary = await world.fake.wait_for_message(world.channel("trivia"), titled("Trivia is over"), WAIT)
    standings = summary.embeds[0]["fields"][0]["value"].splitlines()
    assert one.mention in standings[0]
    assert not any(m.mentions_would_ping for m in world.fake.messages(world.channel("trivia")))
    stats = await world.invoke("trivia stats", {"member": one}, member=two)
    values = {f["name"]: f["value"] for f in stats.embeds[0]["fields"]}
    assert (values["Answered"], values["Right"], values["Accuracy"], values["Best streak"]) == (
        "1",
        "1",
        "100%",
        "1",
    )
    board = await world.invoke("trivia leaderboard", {"period": "week"}, member=three)
    assert board.embeds[0]["description"].startswith(f"**1.** {one.mention}")


async def test_typed_game_alias_wrong_late_and_double(world: OfflineWorld) -> None:
    """Typed answers: a hangul alias is right, a wrong one isn't, a modal sent after the bell is refused."""
    typed_right = {QUESTIONS[0][0]: "효산", "Who directed the series?": "it was lee jae kyoo"}
    await seed(world, [QUESTIONS[0], ("Who directed the series?", "Lee Jae-kyoo", "")])
    one, two, three = world.members
    await world.invoke(
        "trivia start", {"questions": 2, "seconds": 2, "mode": "typed"}, member=one, channel="trivia"
    )
    first = await question(world, 1)
    answer_id = first.buttons[0].custom_id
    opened = {m: await world.click(first, answer_id, member=m) for m in (one, two, three)}
    assert all(r.modal is not None for r in opened.values())
    right = typed_right[first.embeds[0]["description"]]
    ok = await world.fake.submit_modal(opened[one], {"answer": right}, member=one)
    assert ok.ephemeral
    assert "Locked in" in ok.content
    wrong = await world.fake.submit_modal(opened[two], {"answer": "Seoul, surely"}, member=two)
    assert "Locked in" in wrong.content
    double = await world.click(first, answer_id, member=one)
    assert double.modal is None
    assert "already answered" in double.content
    reveal = await world.fake.wait_for_message(
        world.channel("trivia"), titled("Question 1: the answer"), WAIT
    )
    fields = {f["name"]: f["value"] for f in reveal.embeds[0]["fields"]}
    assert one.mention in fields["Right"]
    assert fields["Wrong"].startswith("1")
    await question(world, 2)
    late = await world.fake.submit_modal(opened[three], {"answer": "Hyosan"}, member=three)
    assert late.ephemeral
    assert "closed" in late.content
    await world.fake.wait_for_message(world.channel("trivia"), titled("Trivia is over"), WAIT)


async def test_two_channels_at_once_and_one_game_per_channel(world: OfflineWorld) -> None:
    """Games in two channels run side by side; a second game in the same channel is refused."""
    await seed(world)
    await world.invoke("trivia start", {"questions": 1, "seconds": 1}, channel="trivia")
    await world.invoke(
        "trivia start", {"questions": 1, "seconds": 1}, channel="general", member=world.members[1]
    )
    refused = await world.invoke("trivia start", {"questions": 1}, channel="trivia", member=world.members[2])
    assert refused.ephemeral
    assert "already running" in refused.content
    in_trivia = await question(world, 1, "trivia")
    in_general = await question(world, 1, "general")
    assert in_trivia.buttons[0].custom_id != in_general.buttons[0].custom_id
    await world.click(
        in_general, button_for(in_general, answer_of(in_general)).custom_id, member=world.members[0]
    )
    for channel in ("trivia", "general"):
        await world.fake.wait_for_message(world.channel(channel), titled("Trivia is over"), WAIT)


async def test_stop_refused_for_others_allowed_for_starter_and_moderator(world: OfflineWorld) -> None:
    """Only the starter or a moderator can stop a game; stopping greys out the buttons and sums up."""
    await seed(world)
    one, two, _ = world.members
    await world.invoke("trivia start", {"seconds": 30}, member=one, channel="trivia")
    live = await question(world, 1)
    refused = await world.invoke("trivia stop", member=two, channel="trivia")
    assert refused.ephemeral
    assert "Only the member who started" in refused.content
    stopped = await world.invoke("trivia stop", member=world.moderator, channel="trivia")
    assert stopped.ephemeral
    summary = await world.fake.wait_for_message(world.channel("trivia"), titled("Trivia is over"), WAIT)
    assert "stopped" in summary.embeds[0]["description"]
    assert all(b.disabled for b in live.buttons)
    again = await world.invoke("trivia stop", member=one, channel="trivia")
    assert "no trivia game" in again.content


async def test_two_silent_questions_end_the_game(world: OfflineWorld) -> None:
    """With nobody answering, a game of three questions ends itself after the second."""
    await seed(world)
    await world.invoke("trivia start", {"questions": 3, "seconds": 0.3}, channel="trivia")
    summary = await world.fake.wait_for_message(world.channel("trivia"), titled("Trivia is over"), WAIT)
    assert "Nobody answered" in summary.embeds[0]["description"]
    asked = [
        m
        for m in world.fake.messages(world.channel("trivia"))
        if titled("Question ")(m) and "of" in m.embeds[0]["title"]
    ]
    assert len(asked) == 2


async def test_shutdown_ends_games_with_a_notice_and_dead_buttons(world: OfflineWorld) -> None:
    """Closing the bot posts a notice in each running game and disables its live buttons."""
    await seed(world)
    await world.invoke("trivia start", {"seconds": 60}, channel="trivia", member=world.members[0])
    live = await question(world, 1)
    await world.click(live, live.buttons[0].custom_id, member=world.members[0])
    await world.bot.close()
    summary = next(
        m for m in reversed(world.fake.messages(world.channel("trivia"))) if titled("Trivia is over")(m)
    )
    assert "restarting" in summary.embeds[0]["description"]
    assert all(b.disabled for b in live.buttons)


async def test_press_after_a_restart_is_answered_politely(world: OfflineWorld) -> None:
    """A stale button from before the trivia cog restarted gets a polite private answer, not a failure."""
    await seed(world)
    await world.invoke("trivia start", {"seconds": 60}, channel="trivia")
    live = await question(world, 1)
    await world.bot.reload_extension("cogs.trivia")
    pressed = await stale_click(world, live, live.buttons[0].custom_id, world.members[1])
    assert pressed.ephemeral
    assert "has ended" in pressed.content


async def test_long_options_are_lettered_and_nothing_pings(world: OfflineWorld) -> None:
    """Options longer than a button label are listed A-D in the embed; mentions in questions never ping."""
    long = "a very long answer that goes on and on about the rooftop and the science lab " * 2
    await seed(
        world,
        [
            (
                "@everyone <@&1> who said **this** on the roof?",
                long.strip(),
                f"{long}one\n{long}two\n{long}three",
            )
        ],
    )
    await world.invoke("trivia start", {"seconds": 0.5}, channel="trivia")
    shown = await question(world, 1)
    assert [b.label for b in shown.buttons] == ["A", "B", "C", "D"]
    assert [f["name"] for f in shown.embeds[0]["fields"]][:4] == ["A", "B", "C", "D"]
    assert not shown.mentions_would_ping
    await world.fake.wait_for_message(world.channel("trivia"), titled("Trivia is over"), WAIT)


async def test_start_refuses_too_short_rounds_and_empty_categories(world: OfflineWorld) -> None:
    """Seconds under the configured minimum and a category with no questions get a clear refusal."""
    await seed(world)
    world.bot.settings.trivia_min_seconds = 5.0
    short = await world.invoke("trivia start", {"seconds": 1}, channel="trivia")
    assert "at least 5 seconds" in short.content
    empty = await world.invoke("trivia start", {"category": "nope"}, channel="trivia")
    assert "no questions in category 'nope'" in empty.content


RED_CONFIGURED = b"""\
CONFIG:
  reveal_answer: false
  max_score: 1
Which city is the show set in?:
- Hyosan
Who is On-jo's father?:
- Nam So-ju
Who is the class president?:
- Nam-ra
Who plays Cheong-san?:
- Yoon Chan-young
"""


async def test_red_config_keeps_unfound_answers_secret_and_ends_at_max_score(world: OfflineWorld) -> None:
    """Red's reveal_answer: false hides an answer nobody found; max_score 1 ends at the first right one."""
    await world.bot.guild_settings.update(world.guild.id, builtin_trivia=False)
    bank = world.bot.get_cog("Trivia").bank  # type: ignore[union-attr]
    await bank.import_pack(world.guild.id, load_pack(RED_CONFIGURED, "secret.yaml"), TriviaFormat.RED)
    started = await world.invoke(
        "trivia start", {"category": "secret", "questions": 3, "seconds": 0.5}, channel="trivia"
    )
    assert "First to 1 right answer wins." in started.content
    first = await question(world, 1)
    secret = await world.fake.wait_for_message(world.channel("trivia"), titled("Question 1: time's up"), WAIT)
    assert "keeps its answers secret" in secret.embeds[0]["description"]
    assert all(b.disabled and b.style != 3 for b in first.buttons)
    second = await question(world, 2)
    pack = {q.text: q for q in await bank.questions(world.guild.id)}
    right = pack[second.embeds[0]["description"]].answers[0]
    await world.click(second, button_for(second, right).custom_id, member=world.members[0])
    summary = await world.fake.wait_for_message(world.channel("trivia"), titled("Trivia is over"), WAIT)
    assert summary.embeds[0]["description"].startswith("We have a winner!")
    assert world.members[0].mention in summary.embeds[0]["description"]


async def test_a_server_playing_in_korean_gets_korean_questions(world: OfflineWorld) -> None:
    """Built-in questions asked in Korean; one member types the hangul name, another the romanised
    one, and both are right."""
    await world.invoke("settings language", {"language": "ko"}, member=world.moderator)
    one, two, _ = world.members
    await world.invoke(
        "trivia start",
        {"category": "characters", "questions": 1, "seconds": 5, "mode": "typed"},
        member=one,
        channel="trivia",
    )
    asked = await world.fake.wait_for_message(world.channel("trivia"), titled("1문제 중 1번"), WAIT)
    packs = world.bot.trivia_packs
    [question] = [
        q for p in packs for q in p.questions if q.ko and q.ko.text == asked.embeds[0]["description"]
    ]
    button = asked.buttons[0]
    assert button.label == "답하기"
    for member, answer in ((one, question.ko.answers[0]), (two, question.answers[0])):
        opened = await world.click(asked, button.custom_id, member=member)
        sent = await world.fake.submit_modal(opened, {"answer": answer}, member=member)
        # The channel plays in the server's language; each reply follows its member's (en-US here).
        assert sent.content.startswith("Locked in")
    reveal = await world.fake.wait_for_message(world.channel("trivia"), titled("1번 문제의 정답"), WAIT)
    right = {f["name"]: f["value"] for f in reveal.embeds[0]["fields"]}["정답자"]
    assert one.mention in right and two.mention in right
