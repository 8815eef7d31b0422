"""Checks every format shares: lengths, answers, wrong options, duplicates, question count."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field

from bot.i18n import N_
from bot.trivia.formats.problems import ProblemList
from bot.trivia.matching import normalise, same_answer
from bot.trivia.models import WRONG_OPTIONS_PER_ROUND, Difficulty, Limits, Origin, Question

log = logging.getLogger(__name__)

DIFFICULTIES = ", ".join(d.value for d in Difficulty)


@dataclass(slots=True)
class DraftQuestion:
    """A question as read from a file, before checks; ``line`` is where it starts."""

    line: int | None
    text: str
    answers: list[str]
    wrong: list[str] = field(default_factory=list)
    category: str = "general"
    difficulty: str = Difficulty.MEDIUM.value
    key: str | None = None
    ref: str | None = None
    source: str | None = None


def check_count(count: int, limits: Limits, problems: ProblemList, line: int | None = None) -> bool:
    """One clear problem for a file with too many questions (not one per question)."""
    if count > limits.questions_per_server:
        problems.add(
            line,
            N_("the file has {count} questions; a server can hold at most {limit}"),
            count=f"{count:,}",
            limit=f"{limits.questions_per_server:,}",
        )
        return False
    if count == 0:
        problems.add(line, N_("the file has no questions"))
        return False
    return True


def _clean(items: Sequence[str]) -> list[str]:
    return [s.strip() for s in items if s.strip()]


def check_question(
    draft: DraftQuestion, limits: Limits, problems: ProblemList, origin: Origin
) -> Question | None:
    """The checked ``Question``, or None after adding each of its problems."""
    line = draft.line
    before = len(problems)
    text = draft.text.strip()
    answers = _clean(draft.answers)
    wrong = _clean(draft.wrong)
    if not text:
        problems.add(line, N_("a question has no text"))
    elif len(text) > limits.question_chars:
        problems.add(
            line,
            N_("question is {length} characters long; the limit is {limit}"),
            length=f"{len(text):,}",
            limit=f"{limits.question_chars:,}",
        )
    if not answers:
        problems.add(line, N_("question has no answer"))
    if len(answers) > limits.answers_per_question:
        problems.add(
            line,
            N_("question has {count} answers; the limit is {limit}"),
            count=len(answers),
            limit=limits.answers_per_question,
        )
    for answer in answers + wrong:
        if len(answer) > limits.answer_chars:
            problems.add(
                line,
                N_("an answer is {length} characters long; the limit is {limit}"),
                length=f"{len(answer):,}",
                limit=f"{limits.answer_chars:,}",
            )
            break
    if wrong and len(wrong) < WRONG_OPTIONS_PER_ROUND:
        problems.add(
            line,
            N_(
                "question has only {count} wrong options; give at least {least} for multiple choice, "
                "or none for a typed-only question"
            ),
            count=len(wrong),
            least=WRONG_OPTIONS_PER_ROUND,
        )
    if len(wrong) > limits.wrong_per_question:
        problems.add(
            line,
            N_("question has {count} wrong options; the limit is {limit}"),
            count=len(wrong),
            limit=limits.wrong_per_question,
        )
    for option in wrong:
        if any(same_answer(option, a) for a in answers):
            # Quoted in part: the whole option may be thousands of characters, too long for a reply.
            problems.add(
                line, N_("wrong option {option} is also an accepted answer"), option=repr(option[:80])
            )
            break
    if len({" ".join(normalise(w)) or w for w in wrong}) < len(wrong):
        problems.add(line, N_("question has the same wrong option twice"))
    category = draft.category.strip() or "general"
    if len(category) > limits.category_chars:
        problems.add(line, N_("category is longer than {limit} characters"), limit=limits.category_chars)
    try:
        difficulty = Difficulty(draft.difficulty.strip().lower())
    except ValueError:
        problems.add(
            line,
            N_("difficulty {given} is not one of {known}"),
            given=repr(draft.difficulty),
            known=DIFFICULTIES,
        )
        difficulty = Difficulty.MEDIUM
    if len(problems) > before:
        return None
    return Question(
        text=text,
        answers=tuple(dict.fromkeys(answers)),
        wrong=tuple(wrong),
        category=category,
        difficulty=difficulty,
        key=draft.key,
        ref=draft.ref,
        source=draft.source,
        origin=origin,
    )


def question_identity(text: str) -> str:
    """Two questions are duplicates when their words are the same (case, spacing, punctuation aside)."""
    words = normalise(text)
    return " ".join(words) if words else text.strip().casefold()


def check_questions(
    drafts: Sequence[DraftQuestion],
    limits: Limits,
    problems: ProblemList,
    origin: Origin,
    *,
    exact_duplicates_only: bool = False,
) -> list[Question]:
    """Check each draft and the set as a whole (duplicates).

    ``exact_duplicates_only`` is for Red lists: a YAML key given twice loses its first answers, but
    questions differing only in case or punctuation are distinct keys to Red, and Red's own lists
    have such pairs ("What is D.VA's real name?" / "What is D.Va's real name?"), so they stay.
    """
    questions: list[Question] = []
    seen: dict[str, int | None] = {}
    for draft in drafts:
        question = check_question(draft, limits, problems, origin)
        identity = draft.text.strip() if exact_duplicates_only else question_identity(draft.text)
        if identity in seen:
            first = seen[identity]
            quoted = repr(draft.text.strip()[:80])
            if first is not None:
                problems.add(
                    draft.line,
                    N_("duplicate question (first on line {first}): {question}"),
                    first=first,
                    question=quoted,
                )
            else:
                problems.add(draft.line, N_("duplicate question: {question}"), question=quoted)
            continue
        seen[identity] = draft.line
        if question is not None:
            questions.append(question)
    return questions
