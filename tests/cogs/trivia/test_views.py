"""Trivia buttons: labels that never cut an option, and finished rounds that can keep the answer hidden."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import discord

from bot.trivia.engine import Option, TriviaSession
from bot.trivia.models import Question
from cogs.trivia.views import ANSWER_ID, TYPED_ID, option_label, round_view


def test_label_has_the_letter_unless_that_would_cut_the_option() -> None:
    """A short option reads "B. text"; one of 78-80 characters shows whole, without the prefix."""
    assert option_label(Option("B", "Hyosan", True), lettered=False) == "B. Hyosan"
    long = "x" * 79
    assert option_label(Option("C", long, False), lettered=False) == long
    assert option_label(Option("D", "y" * 77, False), lettered=False) == "D. " + "y" * 77
    assert option_label(Option("A", "z" * 200, False), lettered=True) == "A"


def finished_buttons(*, show_correct: bool) -> list[discord.ui.Button]:  # type: ignore[type-arg]
    question = Question("Which city?", ("Hyosan",), ("Seoul", "Busan", "Incheon"))
    session = TriviaSession(
        channel_id=1,
        starter_id=1,
        questions=[question],
        clock=lambda: datetime(2026, 1, 1, tzinfo=UTC),
        rng=random.Random(3),
    )
    played = session.open_round()
    session.close_round()
    view = round_view(played, "tok", finished=True, show_correct=show_correct)
    return list(view.children)  # type: ignore[arg-type]


def test_finished_round_marks_the_right_option_only_when_shown() -> None:
    """Greyed-out buttons mark the right option green, unless the list keeps answers secret."""
    shown = finished_buttons(show_correct=True)
    assert all(b.disabled for b in shown)
    assert [b.style for b in shown].count(discord.ButtonStyle.success) == 1
    hidden = finished_buttons(show_correct=False)
    assert all(b.disabled for b in hidden)
    assert discord.ButtonStyle.success not in [b.style for b in hidden]


def test_question_buttons_are_left_to_the_cogs_listener() -> None:
    """discord.py is not asked to track question messages; their custom ids parse for the listener."""
    buttons = finished_buttons(show_correct=True)
    assert all(ANSWER_ID.fullmatch(b.custom_id or "") for b in buttons)
    question = Question("Who directed it?", ("Lee Jae-kyoo",))
    session = TriviaSession(channel_id=1, starter_id=1, questions=[question])
    view = round_view(session.open_round(), "tok")
    assert not view.is_dispatchable()
    [typed] = view.children
    match = TYPED_ID.fullmatch(typed.custom_id or "")  # type: ignore[attr-defined]
    assert match is not None and (match["token"], match["round"]) == ("tok", "1")
