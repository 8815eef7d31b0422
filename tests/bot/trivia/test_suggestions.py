"""Suggested questions: checked when made, approved into the bank once, or rejected."""

from __future__ import annotations

import pytest

from bot.storage.database import Database
from bot.trivia.bank import QuestionBank, draft_from_fields
from bot.trivia.formats import ImportProblems
from bot.trivia.suggestions import MAX_PENDING_PER_MEMBER, SuggestionError, SuggestionQueue, SuggestionStatus


async def test_suggest_then_approve_adds_to_bank_once(database: Database) -> None:
    """Approval stores the question with the suggester as author; a second review is refused."""
    bank = QuestionBank(database)
    queue = SuggestionQueue(database, bank)
    made = await queue.suggest(1, 77, draft_from_fields("Who is Gwi-nam?", "Yoon Gwi-nam"))
    assert (await queue.next_pending(1)).id == made.id  # type: ignore[union-attr]
    approved, question = await queue.approve(1, made.id, by=5)
    assert approved.status is SuggestionStatus.APPROVED
    assert (await bank.get(1, question.id)).text == "Who is Gwi-nam?"  # type: ignore[arg-type]
    with pytest.raises(SuggestionError, match="already been reviewed"):
        await queue.reject(1, made.id, by=6)
    assert await queue.next_pending(1) is None
    assert await bank.count(1) == 1


async def test_approve_with_an_edit_and_reject(database: Database) -> None:
    """A moderator's edit is what enters the bank; a rejected suggestion adds nothing."""
    bank = QuestionBank(database)
    queue = SuggestionQueue(database, bank)
    first = await queue.suggest(1, 77, draft_from_fields("Who is Gwinam", "Gwi-nam"))
    second = await queue.suggest(1, 78, draft_from_fields("What school?", "Hyosan"))
    assert await queue.pending_count(1) == 2
    _, question = await queue.approve(
        1, first.id, by=5, edited=draft_from_fields("Who is Gwi-nam?", "Yoon Gwi-nam")
    )
    assert question.text == "Who is Gwi-nam?"
    rejected = await queue.reject(1, second.id, by=5)
    assert rejected.status is SuggestionStatus.REJECTED
    assert await bank.count(1) == 1
    assert await queue.pending_count(1) == 0


async def test_invalid_suggestions_and_flooding_are_refused(database: Database) -> None:
    """A suggestion breaking a rule is refused with the reason; one member can't flood the queue."""
    queue = SuggestionQueue(database, QuestionBank(database))
    with pytest.raises(ImportProblems, match="no answer"):
        await queue.suggest(1, 77, draft_from_fields("Question?", ""))
    for n in range(MAX_PENDING_PER_MEMBER):
        await queue.suggest(1, 77, draft_from_fields(f"Question {n}?", "yes"))
    with pytest.raises(SuggestionError, match="waiting for review"):
        await queue.suggest(1, 77, draft_from_fields("One more?", "yes"))
    with pytest.raises(SuggestionError, match="no suggestion"):
        await queue.get(2, 1)
