"""The game engine alone, with a fake clock: rounds, answers, scores, ending rules."""

from __future__ import annotations

import random

import pytest

from bot.trivia.engine import (
    BASE_POINTS,
    SPEED_BONUS,
    AlreadyAnsweredError,
    ChannelSessions,
    EndReason,
    InvalidChoiceError,
    NoQuestionsError,
    NotAllowedToStopError,
    OptionLayout,
    RoundClosedError,
    RoundStillOpenError,
    SessionAlreadyRunningError,
    SessionEndedError,
    TriviaSession,
    option_layout,
    points_for,
)
from bot.trivia.models import Mode, Question
from tests.support.clock import FakeClock

STARTER, ALICE, BOB, CAROL = 1, 2, 3, 4


def question(n: int, *, wrong: bool = True) -> Question:
    return Question(
        text=f"Question {n}?",
        answers=(f"Answer {n}", f"alias {n}"),
        wrong=(f"Wrong {n}a", f"Wrong {n}b", f"Wrong {n}c") if wrong else (),
    )


def make(count: int = 3, mode: Mode = Mode.BUTTONS, **kwargs: object) -> tuple[TriviaSession, FakeClock]:
    clock = FakeClock()
    session = TriviaSession(
        channel_id=100,
        starter_id=STARTER,
        questions=[question(i) for i in range(1, count + 1)],
        mode=mode,
        seconds=20,
        clock=clock,
        rng=random.Random(7),
        **kwargs,  # type: ignore[arg-type]
    )
    return session, clock


def letters(session: TriviaSession) -> tuple[str, str]:
    """(right letter, a wrong letter) of the open round."""
    current = session.current_round
    assert current is not None
    right = next(o.letter for o in current.options if o.correct)
    wrong = next(o.letter for o in current.options if not o.correct)
    return right, wrong


def test_full_buttons_game_with_three_members() -> None:
    """Right, wrong, late and double answers are scored as the rules say, and the game finishes."""
    session, clock = make(count=2)
    first = session.open_round()
    assert [o.letter for o in first.options] == ["A", "B", "C", "D"]
    assert sum(o.correct for o in first.options) == 1
    right, wrong = letters(session)
    clock.advance(2)
    alice = session.submit(ALICE, right)
    clock.advance(3)
    bob = session.submit(BOB, wrong)
    with pytest.raises(AlreadyAnsweredError):
        session.submit(ALICE, wrong)
    clock.advance(15)  # the bell: 20 s after opening
    with pytest.raises(RoundClosedError):
        session.submit(CAROL, right)
    result = session.close_round()
    assert alice.correct and alice.points == points_for(2, 20) == 190
    assert not bob.correct and bob.points == 0
    assert [a.member_id for a in result.right] == [ALICE]
    assert [a.member_id for a in result.wrong] == [BOB]
    assert result.answer == "Answer 1"
    assert not session.ended

    session.open_round()
    right, _ = letters(session)
    clock.advance(10)
    session.submit(BOB, right.lower())
    clock.advance(1)
    session.submit(CAROL, right)
    result = session.close_round()
    assert [a.member_id for a in result.right] == [BOB, CAROL]
    assert session.ended and session.end_reason is EndReason.FINISHED

    summary = session.summary()
    ranking = [(s.rank, s.stats.member_id, s.stats.points) for s in summary.standings]
    assert ranking == [(1, ALICE, 190), (2, BOB, 150), (3, CAROL, 145)]
    bob_stats = session.stats[BOB]
    assert (bob_stats.played, bob_stats.correct, bob_stats.accuracy) == (2, 1, 0.5)
    assert summary.rounds_played == 2
    with pytest.raises(SessionEndedError):
        session.submit(ALICE, "A")


def test_speed_bonus_shrinks_linearly_and_never_goes_negative() -> None:
    """An instant answer earns base + full bonus, half time half the bonus, the bell none."""
    assert points_for(0, 20) == BASE_POINTS + SPEED_BONUS
    assert points_for(10, 20) == BASE_POINTS + SPEED_BONUS // 2
    assert points_for(20, 20) == BASE_POINTS
    assert points_for(25, 20) == BASE_POINTS


def test_two_silent_questions_end_the_session() -> None:
    """Two questions in a row without any answer end the game as idle."""
    session, clock = make(count=5)
    session.open_round()
    clock.advance(20)
    session.close_round()
    assert not session.ended
    session.open_round()
    clock.advance(20)
    session.close_round()
    assert session.ended and session.end_reason is EndReason.IDLE
    with pytest.raises(SessionEndedError):
        session.open_round()


def test_an_answer_resets_the_idle_count() -> None:
    """A silent question, an answered one, a silent one: the game goes on."""
    session, clock = make(count=5)
    for answered in (False, True, False):
        session.open_round()
        if answered:
            session.submit(ALICE, "A")
        clock.advance(20)
        session.close_round()
    assert not session.ended


def test_stop_is_refused_to_a_member_who_is_not_the_starter() -> None:
    """Only the starter or a moderator may stop; a refused stop changes nothing."""
    session, _ = make()
    session.open_round()
    with pytest.raises(NotAllowedToStopError):
        session.stop(ALICE, is_moderator=False)
    assert not session.ended
    summary = session.stop(BOB, is_moderator=True)
    assert summary.reason is EndReason.STOPPED and summary.stopped_by == BOB
    with pytest.raises(SessionEndedError):
        session.stop(STARTER, is_moderator=False)


def test_starter_stop_counts_the_open_question() -> None:
    """Answers given before the stop still score."""
    session, clock = make()
    session.open_round()
    right, _ = letters(session)
    clock.advance(1)
    session.submit(ALICE, right)
    summary = session.stop(STARTER, is_moderator=False)
    assert summary.winner is not None and summary.winner.member_id == ALICE
    assert summary.rounds_played == 1


def test_typed_mode_matches_free_text() -> None:
    """In typed mode replies are matched forgivingly, and there are no options."""
    session, clock = make(mode=Mode.TYPED)
    current = session.open_round()
    assert current.mode is Mode.TYPED and current.options == ()
    clock.advance(1)
    assert session.submit(ALICE, "  answer-1 ").correct
    assert session.submit(BOB, "ALIAS 1").correct
    assert not session.submit(CAROL, "answer 2").correct


def test_buttons_game_plays_typed_only_questions_as_typed() -> None:
    """A question without wrong options is typed even in a buttons game."""
    session = TriviaSession(
        channel_id=1, starter_id=1, questions=[question(1, wrong=False)], rng=random.Random(1)
    )
    assert session.open_round().mode is Mode.TYPED


def test_buttons_mode_refuses_a_letter_that_is_not_an_option() -> None:
    """Only A-D are choices in a buttons round."""
    session, _ = make()
    session.open_round()
    with pytest.raises(InvalidChoiceError):
        session.submit(ALICE, "E")
    assert ALICE not in session.current_round.answers  # type: ignore[union-attr]


def test_opening_twice_and_closing_twice_are_refused() -> None:
    """A round cannot be opened while one is open, nor closed twice."""
    session, _ = make()
    session.open_round()
    with pytest.raises(RoundStillOpenError):
        session.open_round()
    session.close_round()
    with pytest.raises(RoundClosedError):
        session.close_round()


def test_streaks_break_on_a_wrong_or_missed_question() -> None:
    """Best streak counts consecutive right answers; skipping a question ends a streak."""
    session, clock = make(count=5)
    plan = ["right", "right", "skip", "right", "wrong"]
    for step in plan:
        session.open_round()
        right, wrong = letters(session)
        if step != "skip":
            session.submit(ALICE, right if step == "right" else wrong)
        session.submit(BOB, right)
        clock.advance(20)
        session.close_round()
    assert session.stats[ALICE].best_streak == 2
    assert session.stats[ALICE].streak == 0
    assert session.stats[BOB].best_streak == 5


def test_win_at_correct_ends_the_game() -> None:
    """Red's max_score: the first member with that many right answers ends the game."""
    session, clock = make(count=5, win_at_correct=2)
    for _ in range(2):
        session.open_round()
        right, _ = letters(session)
        session.submit(ALICE, right)
        clock.advance(20)
        session.close_round()
    assert session.end_reason is EndReason.WON


def test_equal_scores_share_a_rank() -> None:
    """Two members with the same points and right answers have the same rank."""
    session, _ = make(count=1)
    session.open_round()
    right, _ = letters(session)
    session.submit(ALICE, right)
    session.submit(BOB, right)
    session.close_round()
    assert [s.rank for s in session.summary().standings] == [1, 1]


def test_no_questions_is_refused() -> None:
    """A session needs at least one question."""
    with pytest.raises(NoQuestionsError):
        TriviaSession(channel_id=1, starter_id=1, questions=[])


def test_one_session_per_channel_and_shutdown_ends_all() -> None:
    """A second game in a busy channel is refused; another channel is fine; shutdown ends both."""
    sessions = ChannelSessions()
    first, _ = make()
    sessions.start(first)
    again, _ = make()
    with pytest.raises(SessionAlreadyRunningError):
        sessions.start(again)
    other = TriviaSession(channel_id=200, starter_id=1, questions=[question(1)])
    sessions.start(other)
    first.open_round()
    summaries = sessions.end_all()
    assert {s.reason for s in summaries} == {EndReason.SHUTDOWN}
    assert first.ended and other.ended and len(sessions) == 0


def test_option_layout_switches_to_letters_for_long_options() -> None:
    """Options that fit 80 characters go on buttons; a longer one moves them all into the embed."""
    assert option_layout(["short", "x" * 80]) is OptionLayout.LABELS
    assert option_layout(["short", "x" * 81]) is OptionLayout.LETTERED
