"""Counted nouns in trivia messages."""

from __future__ import annotations

from bot.trivia.wording import count_of, noun


def test_one_is_singular_and_others_plural() -> None:
    """1 takes the singular; 0, 2 and thousands take the plural, with separators."""
    assert count_of(1, "question") == "1 question"
    assert count_of(0, "question") == "0 questions"
    assert count_of(2, "wrong option") == "2 wrong options"
    assert count_of(1200, "question") == "1,200 questions"


def test_irregular_plural() -> None:
    """An irregular plural is used as given."""
    assert noun(3, "entry", "entries") == "entries"
    assert noun(1, "entry", "entries") == "entry"
