"""The message catalogs: complete in every language, used by the code, plurals and numbers right."""

from __future__ import annotations

import pytest

from bot.i18n import LANGUAGES, catalog, language_of, phrase, tr, trn
from bot.i18n_check import f_string_messages, problems


def test_every_message_is_in_every_catalog_and_every_entry_is_used() -> None:
    """What `make lint` checks: no message missing from a language, no entry left behind."""
    assert problems() == []


def test_f_string_messages_are_found(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """An f-string as a message can't be looked up, so the checker points at it."""
    import bot.i18n_check as check

    (tmp_path / "bot").mkdir()
    (tmp_path / "bot" / "x.py").write_text(
        'tr(language, f"Hello {name}")\ntr(language, "Hi {n}", n=f"{x}")\n'
    )
    monkeypatch.setattr(check, "ROOT", tmp_path)
    monkeypatch.setattr(check, "SOURCES", ("bot",))
    assert f_string_messages() == ["bot/x.py:1: an f-string as a message; use named placeholders"]


@pytest.mark.parametrize(
    ("language", "n", "expected"),
    [("en", 1, "1 question"), ("en", 2, "2 questions"), ("en", 1200, "1,200 questions"),
     ("ko", 1, "1문제"), ("ko", 2, "2문제"), ("ko", 1200, "1,200문제")],
)  # fmt: skip
def test_plural_and_number_forms(language: str, n: int, expected: str) -> None:
    """English has one and other; Korean one form; numbers take the language's separators."""
    assert trn(language, "{n} question", "{n} questions", n) == expected


def test_placeholders_can_move() -> None:
    """Korean puts the question number after the total: named placeholders make that possible."""
    assert tr("en", "Question {number} of {total}", number=3, total=10) == "Question 3 of 10"
    assert tr("ko", "Question {number} of {total}", number=3, total=10) == "10문제 중 3번"


def test_discord_locales_and_phrases() -> None:
    assert language_of("ko") == "ko" and language_of("en-GB") == "en" and language_of(None) == "en"
    said = phrase("held back by the filter: {problem}", problem=phrase("not relevant"))
    assert said.text("ko") == "필터에 걸림: 관련 없음"
    assert str(said) == "held back by the filter: not relevant"


def test_catalogs_have_the_same_plural_entries() -> None:
    books = [catalog(language) for language in LANGUAGES]
    assert all(set(b.plurals) == set(books[0].plurals) for b in books)
