"""A server's question bank: checks on every change, one-transaction imports, exports with metadata."""

from __future__ import annotations

import pytest

from bot.storage.database import Database
from bot.trivia.bank import BankError, QuestionBank, QuestionNotFoundError, draft_from_fields, split_items
from bot.trivia.formats import ImportProblems, TriviaFormat, dump_pack, load_pack
from bot.trivia.models import Limits, Origin

GUILD = 10
OTHER = 20

RED_LIST = b"""AUTHOR: Red fan
DESCRIPTION: A small list
CONFIG:
  delay: 12
  max_score: 3
  bot_plays: false
What is the school called?:
- Hyosan High School
- Hyosan
How many episodes are in season 1?:
- 12
Is Cheong-san a student?:
- true
Who directed the show?:
- Lee Jae-kyoo
"""

NATIVE = b"""format: hyosan-trivia/1
name: mine
questions:
  - question: Who is On-jo's father?
    answers: [Nam So-ju]
    wrong: [Lee Byeong-chan, Song Jae-ik, Park Seon-hwa]
    category: characters
  - question: Where is the show set?
    answers: [Hyosan]
    category: places
"""


def draft(text: str = "Who is the class president?", answers: str = "Choi Nam-ra | 최남라", **kw: str):
    return draft_from_fields(text, answers, **kw)


async def test_add_get_list_and_categories(database: Database) -> None:
    """An added question gets an id, reads back whole, and belongs to its server only."""
    bank = QuestionBank(database)
    added = await bank.add(
        GUILD, draft(wrong="Lee Na-yeon\nYoon Gwi-nam\nJang Ha-ri", category="characters", difficulty="easy")
    )
    assert added.id is not None
    got = await bank.get(GUILD, added.id)
    assert got.answers == ("Choi Nam-ra", "최남라")
    assert got.wrong == ("Lee Na-yeon", "Yoon Gwi-nam", "Jang Ha-ri")
    assert got.difficulty.value == "easy"
    assert await bank.categories(GUILD) == {"characters": 1}
    assert await bank.questions(OTHER) == []
    with pytest.raises(QuestionNotFoundError):
        await bank.get(OTHER, added.id)


async def test_add_refuses_invalid_and_duplicate_questions(database: Database) -> None:
    """A question with no answer, two wrong options or the same words as a stored one is refused."""
    bank = QuestionBank(database)
    with pytest.raises(ImportProblems, match="no answer"):
        await bank.add(GUILD, draft(answers=""))
    with pytest.raises(ImportProblems, match="2 wrong options"):
        await bank.add(GUILD, draft(wrong="a|b"))
    await bank.add(GUILD, draft())
    with pytest.raises(BankError, match="already in the bank"):
        await bank.add(GUILD, draft(text="who is the CLASS president"))
    assert await bank.count(GUILD) == 1


async def test_add_refused_when_the_bank_is_full(database: Database) -> None:
    """The per-server limit holds for single additions too."""
    bank = QuestionBank(database, Limits(questions_per_server=1))
    await bank.add(GUILD, draft())
    with pytest.raises(BankError, match="full"):
        await bank.add(GUILD, draft(text="Another question?"))


async def test_edit_and_remove(database: Database) -> None:
    """Editing keeps the id and replaces the fields; removing deletes only that server's question."""
    bank = QuestionBank(database)
    added = await bank.add(GUILD, draft())
    assert added.id is not None
    edited = await bank.edit(GUILD, added.id, draft(text="Who leads class 2-5?", answers="Nam-ra"))
    assert edited.id == added.id
    assert (await bank.get(GUILD, added.id)).text == "Who leads class 2-5?"
    with pytest.raises(QuestionNotFoundError):
        await bank.remove(OTHER, added.id)
    await bank.remove(GUILD, added.id)
    assert await bank.count(GUILD) == 0
    with pytest.raises(QuestionNotFoundError):
        await bank.edit(GUILD, added.id, draft())


async def test_red_list_round_trip_keeps_metadata(database: Database) -> None:
    """A Red list imported as a category exports back in Red's format with AUTHOR, DESCRIPTION, CONFIG."""
    bank = QuestionBank(database)
    pack = load_pack(RED_LIST, "aouad.yaml")
    report = await bank.import_pack(GUILD, pack, TriviaFormat.RED, by=1)
    assert report.imported == 4
    assert report.categories == ("aouad",)
    assert (await bank.pack_config(GUILD, "aouad")).delay == 12  # type: ignore[union-attr]
    exported, fmt = await bank.export_pack(GUILD, "aouad")
    assert fmt is TriviaFormat.RED
    again = load_pack(dump_pack(exported, fmt), "aouad.yaml")
    assert again.author == "Red fan"
    assert again.description == "A small list"
    assert again.config.as_mapping() == {"max_score": 3, "delay": 12, "bot_plays": False}
    assert {q.text: q.answers for q in again.questions} == {q.text: q.answers for q in pack.questions}
    assert all(q.origin is Origin.RED_IMPORT for q in await bank.questions(GUILD))


async def test_categories_differing_in_case_keep_one_pack_metadata(database: Database) -> None:
    """A list imported as "AOUAD" after one as "aouad" replaces its metadata, so the category still reads."""
    bank = QuestionBank(database)
    await bank.import_pack(GUILD, load_pack(RED_LIST, "aouad.yaml"), TriviaFormat.RED)
    second = RED_LIST.replace(b"delay: 12", b"delay: 30").replace(b"What is the school", b"What's the school")
    second = second.replace(b"How many", b"Just how many").replace(b"Is Cheong", b"So is Cheong")
    second = second.replace(b"Who directed", b"Who is it that directed")
    await bank.import_pack(GUILD, load_pack(second, "AOUAD.yaml"), TriviaFormat.RED)
    assert (await bank.pack_config(GUILD, "aouad")).delay == 30  # type: ignore[union-attr]
    exported, fmt = await bank.export_pack(GUILD, "Aouad")
    assert fmt is TriviaFormat.RED
    assert exported.config.delay == 30
    assert len(exported.questions) == 8


async def test_pack_metadata_of_a_non_ascii_category_is_found_and_replaced(database: Database) -> None:
    """A category such as "Élite" finds its questions and CONFIG, and importing it again replaces it."""
    bank = QuestionBank(database)
    await bank.import_pack(GUILD, load_pack(RED_LIST, "x.yaml", category="Élite"), TriviaFormat.RED)
    assert (await bank.pack_config(GUILD, "Élite")).delay == 12  # type: ignore[union-attr]
    assert len(await bank.questions(GUILD, "Élite")) == 4
    await bank.import_pack(
        GUILD, load_pack(RED_LIST, "x.yaml", category="Élite"), TriviaFormat.RED, replace=True
    )
    assert (await bank.pack_config(GUILD, "Élite")).delay == 12  # type: ignore[union-attr]


async def test_import_is_all_or_nothing(database: Database) -> None:
    """A file whose questions are already in the bank imports nothing and names each duplicate."""
    bank = QuestionBank(database)
    await bank.add(GUILD, draft(text="Where is the show set?", answers="Hyosan"))
    pack = load_pack(NATIVE, "mine.yaml")
    with pytest.raises(ImportProblems) as caught:
        await bank.import_pack(GUILD, pack, TriviaFormat.NATIVE)
    assert "question 2 is already in the bank" in str(caught.value)
    assert await bank.count(GUILD) == 1


async def test_import_over_the_server_limit_imports_nothing(database: Database) -> None:
    """Questions already stored count toward the limit; going over refuses the whole file."""
    bank = QuestionBank(database, Limits(questions_per_server=2))
    await bank.add(GUILD, draft())
    with pytest.raises(ImportProblems, match="at most 2"):
        await bank.import_pack(GUILD, load_pack(NATIVE, "mine.yaml"), TriviaFormat.NATIVE)
    assert await bank.count(GUILD) == 1


async def test_import_replace_updates_a_category(database: Database) -> None:
    """Importing again with replace swaps the categories the file holds and leaves the others."""
    bank = QuestionBank(database)
    await bank.add(GUILD, draft(category="other"))
    await bank.import_pack(GUILD, load_pack(NATIVE, "mine.yaml"), TriviaFormat.NATIVE)
    report = await bank.import_pack(GUILD, load_pack(NATIVE, "mine.yaml"), TriviaFormat.NATIVE, replace=True)
    assert report.replaced == 2
    assert await bank.categories(GUILD) == {"characters": 1, "other": 1, "places": 1}


async def test_export_without_metadata_is_native_and_empty_is_refused(database: Database) -> None:
    """A bank of added questions exports as our YAML; an empty bank says there is nothing to export."""
    bank = QuestionBank(database)
    with pytest.raises(BankError, match="no questions"):
        await bank.export_pack(GUILD)
    await bank.add(GUILD, draft(category="characters"))
    pack, fmt = await bank.export_pack(GUILD)
    assert fmt is TriviaFormat.NATIVE
    assert [q.text for q in load_pack(dump_pack(pack, fmt), "x.yaml").questions] == [
        "Who is the class president?"
    ]


def test_split_items_accepts_lines_pipes_and_escapes() -> None:
    """Modal lists split on new lines and on unescaped pipes, dropping blanks."""
    assert split_items("a\nb | c\\|d\n\n") == ["a", "b", "c|d"]
