"""Every built-in answer is backed by the dataset entry its question names (where it names one)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from bot.config import DEFAULT_DATA_DIR
from bot.lore.loader import load_dataset
from bot.trivia.matching import normalise
from bot.trivia.models import Question
from bot.trivia.packs import builtin_questions, load_builtin_packs, packs_directory

PACKS = load_builtin_packs(packs_directory(DEFAULT_DATA_DIR))

DATASET = load_dataset()
WITH_REF = [q for q in builtin_questions(PACKS) if q.ref]


def texts(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        for item in value.values():
            yield from texts(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from texts(item)
    elif value is not None:
        yield str(value)


def contains(haystack: tuple[str, ...], needle: tuple[str, ...]) -> bool:
    return any(haystack[i : i + len(needle)] == needle for i in range(len(haystack) - len(needle) + 1))


def test_most_builtin_questions_name_a_dataset_entry() -> None:
    """Nearly every built-in question is tied to a dataset entry rather than only a URL."""
    assert len(WITH_REF) >= 0.9 * len(builtin_questions(PACKS))


@pytest.mark.parametrize("question", WITH_REF, ids=lambda q: q.key)
def test_builtin_answer_is_in_its_dataset_entry(question: Question) -> None:
    """The ref exists, and one accepted answer appears in that entry's names or text."""
    found = DATASET.find(question.ref or "")
    assert found is not None, f"{question.key}: no dataset entry {question.ref!r}"
    _, entry = found
    words = normalise(" ".join(texts(entry.model_dump(mode="json"))))
    assert any(contains(words, normalise(a)) for a in question.answers), (
        f"{question.key}: none of {question.answers} is in {question.ref}"
    )


@pytest.mark.parametrize("question", WITH_REF, ids=lambda q: q.key)
def test_builtin_wrong_options_are_not_the_answer(question: Question) -> None:
    """No wrong option is itself an accepted answer once normalised."""
    answers = {"".join(normalise(a)) for a in question.answers}
    assert not answers & {"".join(normalise(w)) for w in question.wrong}


HANGUL_SYLLABLE = "\uac00-\ud7a3"


def test_every_builtin_question_has_korean() -> None:
    """Each built-in question is written in Korean too, with as many wrong options as in English."""
    import re

    for question in builtin_questions(PACKS):
        assert question.ko is not None, question.key
        assert re.search(f"[{HANGUL_SYLLABLE}]", question.ko.text), question.key
        assert question.ko.answers, question.key
        assert len(question.ko.wrong) == len(question.wrong), question.key


def _hangul_names() -> dict[str, str | None]:
    """Each person's English name -> the dataset's sourced hangul, or None where no source gives one."""
    return {
        entry.name: getattr(entry, "name_ko", None)
        for kind, entry in DATASET
        if kind in ("cast", "character")
    }


def test_korean_names_are_the_dataset_hangul_never_made_up() -> None:
    """A person (cast or character) named in an English answer or option is named in Korean by the
    dataset's sourced hangul, or stays romanised when no Korean source gives one."""
    # By full name only: an alias asked about as such ("credited under which name?") stays as it is.
    spelled = _hangul_names()
    for question in builtin_questions(PACKS):
        assert question.ko is not None
        for english, korean in (
            (question.answers[:1], question.ko.answers),
            (question.wrong, question.ko.wrong),
        ):
            for name in english:
                if name in spelled and spelled[name] is not None:
                    assert spelled[name] in korean, (question.key, name)
                elif name in spelled:
                    assert name in korean, (question.key, name)


def test_every_hangul_name_in_the_packs_is_one_the_dataset_sources() -> None:
    """Where an English option is a person, its Korean counterpart is the dataset's sourced hangul,
    or the romanised name when no Korean source gives one: never a name made up from a given name
    ("서효령" for "효령") or a transliteration ("박선화" for Park Sun-hwa)."""
    spelled = _hangul_names()
    for question in builtin_questions(PACKS):
        assert question.ko is not None
        pairs = [*zip(question.wrong, question.ko.wrong, strict=True)]
        pairs.append((question.answers[0], question.ko.answers[0]))
        for english, korean in pairs:
            if english in spelled:
                assert korean == (spelled[english] or english), (question.key, english, korean)


def test_a_korean_game_accepts_a_name_in_either_script() -> None:
    """Asked in Korean, the answer is right typed in hangul or romanised."""
    from bot.trivia.matching import answer_matches

    [question] = [q for q in builtin_questions(PACKS) if q.key == "char-on-jo"]
    korean = question.in_language("ko")
    assert korean.text.startswith("소방관 아버지에게")
    assert korean.canonical_answer == "남온조"
    assert answer_matches("남온조", korean.answers) and answer_matches("nam onjo", korean.answers)
    assert question.in_language("en") is question
