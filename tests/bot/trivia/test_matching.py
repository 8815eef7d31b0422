"""Typed-answer matching: a table of replies that must and must not be accepted."""

from __future__ import annotations

import pytest

from bot.trivia.matching import answer_matches, normalise, red_boolean_answers, same_answer

CHEONG_SAN = ["Lee Cheong-san", "Cheong-san", "이청산"]


@pytest.mark.parametrize(
    ("reply", "accepted"),
    [
        ("lee cheong-san", CHEONG_SAN),  # case
        ("  Lee   Cheong san ", CHEONG_SAN),  # spacing
        ("cheongsan", CHEONG_SAN),  # spacing inside a name
        ("Cheong-san!!!", CHEONG_SAN),  # punctuation
        ("이청산", CHEONG_SAN),  # hangul alias
        ("Pokemon", ["Pokémon"]),  # diacritics
        ("Thomas Muller", ["Thomas Müller"]),
        ("sunghee girls high school", ["Sunghee Girls' High School"]),  # apostrophe
        ("12.0", ["12"]),  # numbers by value
        ("twelve", ["12"]),
        ("1200", ["1,200"]),
        ("one thousand two hundred", ["1200"]),
        ("twenty-four", ["24"]),
        ("it was gwi-nam for sure", ["Gwi-nam"]),  # several words found inside the reply
        ("I think poker", ["Poker"]),  # Red: one-word answer is a word of the reply
        ("the answer is full house I guess", ["Full house"]),  # Red: longer answer inside the reply
        ("Lee Cheong-sna", CHEONG_SAN),  # a typo, fuzzy
        ("Cheongsna", CHEONG_SAN),
        ("ＡＢＣ", ["abc"]),  # full-width letters (NFKC)
    ],
)
def test_accepted(reply: str, accepted: list[str]) -> None:
    """Each of these replies is right."""
    assert answer_matches(reply, accepted)


@pytest.mark.parametrize(
    ("reply", "accepted"),
    [
        ("Lee Su-hyeok", CHEONG_SAN),
        ("2021", ["2022"]),  # numbers are never fuzzy
        ("124.78 million", ["124.79 million"]),
        ("13", ["12"]),
        ("cheong", ["Lee Cheong-san"]),  # part of a longer answer is not enough
        ("halfbie", ["hambie"]),  # different words of similar length stay apart
        ("", CHEONG_SAN),
        ("!!!", CHEONG_SAN),
        ("Nam", ["Nam On-jo"]),
        ("이청", ["이청산"]),
    ],
)
def test_refused(reply: str, accepted: list[str]) -> None:
    """Each of these replies is wrong."""
    assert not answer_matches(reply, accepted)


def test_fuzzy_threshold_is_a_parameter() -> None:
    """A stricter threshold refuses a typo the default accepts."""
    assert answer_matches("Cheongsna", ["Cheongsan"])
    assert not answer_matches("Cheongsna", ["Cheongsan"], threshold=95)


@pytest.mark.parametrize("reply", ["True", "yes", "ON", "y"])
def test_red_true_accepts_yaml_spellings(reply: str) -> None:
    """A Red answer of YAML true accepts True, Yes, On and Y in any case."""
    assert answer_matches(reply, red_boolean_answers(True))
    assert not answer_matches(reply, red_boolean_answers(False))


def test_answer_made_of_punctuation_matches_exactly() -> None:
    """An answer with no words can still be typed as is."""
    assert answer_matches("?!", ["?!"])
    assert not answer_matches("!?", ["?!"])


def test_normalise_keeps_hangul_and_reads_numbers() -> None:
    """Hangul syllables survive diacritic stripping; number words become digits."""
    assert normalise("지금 우리 학교는") == ("지금", "우리", "학교는")
    assert normalise("one hundred and five") == ("105",)
    assert same_answer("Cheong-san", "cheong san")
