"""What players see: countdown, reveal, summary and leaderboard wording."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from bot.lore.loader import load_dataset
from bot.trivia.engine import EndReason, TriviaSession
from bot.trivia.models import Mode, Question
from bot.trivia.scores import LeaderboardEntry, Period
from cogs.trivia import embeds
from tests.support.clock import FakeClock

T0 = datetime(2026, 1, 1, tzinfo=UTC)

CITY = Question(
    "Which city is the show set in?", ("Hyosan", "효산"), ("Seoul", "Busan", "Incheon"), ref="hyosan"
)
DIRECTOR = Question("Who directed the series?", ("Lee Jae-kyoo", "이재규"))


def game(questions: list[Question], mode: Mode = Mode.BUTTONS) -> tuple[TriviaSession, FakeClock]:
    clock = FakeClock(T0)
    session = TriviaSession(
        channel_id=1, starter_id=10, questions=questions, mode=mode, seconds=20, clock=clock,
        rng=random.Random(1),
    )  # fmt: skip
    return session, clock


def fields(embed) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {f.name: f.value for f in embed.fields}


def test_question_shows_seconds_and_a_live_countdown() -> None:
    """The time field names the seconds given and ends with Discord's relative timestamp."""
    session, _ = game([CITY])
    embed = embeds.question_embed(session.open_round(), 1, game_mode=Mode.BUTTONS)
    [(name, value)] = fields(embed).items()
    assert name == "⏱ 20 seconds"
    assert value.endswith(f"Closes <t:{int((T0 + timedelta(seconds=20)).timestamp())}:R>.")


def test_typed_round_in_a_buttons_game_says_why_there_are_no_options() -> None:
    """A question without wrong options in a buttons game tells players to type their answer."""
    session, _ = game([DIRECTOR])
    embed = embeds.question_embed(session.open_round(), 1, game_mode=Mode.BUTTONS)
    assert "No options for this one" in next(iter(fields(embed).values()))


def test_reveal_repeats_question_counts_picks_and_uses_singular() -> None:
    """The reveal quotes the question, counts each option's picks and says '1 member', not 'member(s)'."""
    session, clock = game([CITY])
    played = session.open_round()
    right = next(o for o in played.options if o.correct)
    wrong = next(o for o in played.options if not o.correct)
    clock.set(T0 + timedelta(seconds=2))
    session.submit(1, right.letter)
    session.submit(2, right.letter)
    session.submit(3, wrong.letter)
    embed = embeds.reveal_embed(session.close_round(), learn_more="More about this: /location name:Hyosan")
    assert embed.description.startswith("> Which city is the show set in?")
    assert f"**{right.letter}. Hyosan**" in embed.description
    shown = fields(embed)
    assert shown["Wrong"] == "1 member"
    assert f"**{right.letter}: 2**" in shown["Picks"]
    assert f"{wrong.letter}: 1" in shown["Picks"]
    assert shown["Right"].splitlines()[0].startswith("⚡ <@1>")
    assert embed.footer.text == "More about this: /location name:Hyosan"


def test_typed_reveal_lists_other_accepted_answers_under_spoilers() -> None:
    """A typed reveal names the aliases that were also accepted, hidden when the pack uses spoilers."""
    session, _ = game([DIRECTOR], mode=Mode.TYPED)
    session.open_round()
    embed = embeds.reveal_embed(session.close_round(), use_spoilers=True)
    assert "**||Lee Jae-kyoo||**" in embed.description.splitlines()
    assert "Also accepted: ||이재규||" in embed.description
    assert "Picks" not in fields(embed)


def test_summary_names_the_winner_and_counts_in_the_singular() -> None:
    """A finished one-question game says '1 question', names the winner and shows right/played."""
    session, clock = game([CITY])
    played = session.open_round()
    clock.set(T0 + timedelta(seconds=10))
    session.submit(5, next(o for o in played.options if o.correct).letter)
    session.submit(6, next(o for o in played.options if not o.correct).letter)
    session.close_round()
    assert session.end_reason is EndReason.FINISHED
    embed = embeds.summary_embed(session.summary(), [])
    assert "🏆 <@5> wins with 150 points!" in embed.description
    [(name, value)] = fields(embed).items()
    assert name == "This game (1 question)"
    assert value.splitlines() == ["**1.** <@5>: 150 points, 1/1 right", "**2.** <@6>: 0 points, 0/1 right"]


def test_summary_of_a_stop_names_who_stopped_and_a_tie_has_no_winner() -> None:
    """A stopped game says who stopped it; two players level at the top get no winner line."""
    session, _ = game([CITY, DIRECTOR])
    played = session.open_round()
    right = next(o for o in played.options if o.correct).letter
    session.submit(5, right)
    session.submit(6, right)
    summary = session.stop(10, is_moderator=False)
    assert summary.standings[0].rank == summary.standings[1].rank == 1
    embed = embeds.summary_embed(summary, [])
    assert embed.description == "The game was stopped by <@10>."


def test_leaderboard_lines_use_points_and_right_of_played() -> None:
    """Leaderboard rows read '1 point' / 'N points' and right answers out of questions answered."""
    board = [LeaderboardEntry(1, 5, 1, 1, 3), LeaderboardEntry(2, 6, 0, 0, 1)]
    embed = embeds.leaderboard_embed(board, Period.WEEK)
    assert embed.description.splitlines() == [
        "**1.** <@5>: 1 point, 1/3 right",
        "**2.** <@6>: 0 points, 0/1 right",
    ]


def test_lore_pointer_names_the_command_for_the_entry() -> None:
    """A built-in question backed by a dataset entry points at the lore command that shows it."""
    dataset = load_dataset()
    character = Question("Q?", ("A",), ref="nam-on-jo")
    assert embeds.lore_pointer(dataset, character) == "More about this: /character name:Nam On-jo"
    assert embeds.lore_pointer(dataset, Question("Q?", ("A",))) is None
    assert embeds.lore_pointer(dataset, Question("Q?", ("A",), ref="no-such-entry")) is None


def test_secret_reveal_hides_the_answer_only_when_nobody_found_it() -> None:
    """reveal_answer off: a question nobody got says time's up without its answer; a found one shows it."""
    session, _ = game([CITY, DIRECTOR])
    played = session.open_round()
    session.submit(3, next(o for o in played.options if not o.correct).letter)
    secret = embeds.reveal_embed(session.close_round(), reveal_answer=False)
    assert secret.title == "Question 1: time's up"
    assert "Hyosan" not in secret.description.replace("Which city is the show set in?", "")
    assert fields(secret) == {"Wrong": "1 member"}
    session.open_round()
    session.submit(4, "lee jae kyoo")
    found = embeds.reveal_embed(session.close_round(), reveal_answer=False)
    assert "**Lee Jae-kyoo**" in found.description
