"""Red-DiscordBot trivia lists: import, export, and wrong options made from the list's own answers.

A Red list is a YAML mapping: each key a question, its value a list of accepted answers (text,
numbers or YAML booleans; Red reads ``true`` as "True", "Yes" and "On"). Optional keys: ``AUTHOR``
(up to 1,000 characters), ``DESCRIPTION`` (up to 200), ``CONFIG`` (max_score, timeout, delay,
bot_plays, reveal_answer, use_spoilers, payout_multiplier: checked with Red's own rules) and
``$schema``. Red has no export; ours writes the same shape back (booleans and numbers as YAML values,
metadata and unknown CONFIG keys included), so a list goes in and out unchanged in meaning.

Differences from Red: number keys are read as question text; CONFIG keys Red does not know are kept
rather than refused; boolean answers also accept "Y"/"N" (YAML 1.1). A question repeated in the file
is read once, in its first place; when the repeat has other answers, the later answers win as they do
in Red (YAML keeps a repeated key's last value), and the pack carries a note saying so, since it is
usually a slip (Red's own world cup list has one) that the moderator may want to fix.
"""

from __future__ import annotations

import bisect
import dataclasses
import logging
import math
import random
import re
import zlib
from collections.abc import Sequence
from typing import Any

import yaml

from bot.i18n import N_
from bot.trivia.formats.checks import DraftQuestion, check_count, check_questions
from bot.trivia.formats.problems import ProblemList
from bot.trivia.formats.safe_yaml import dump_yaml, line_of, plain
from bot.trivia.matching import (
    RED_FALSE_ANSWERS,
    RED_TRUE_ANSWERS,
    answer_matches,
    normalise,
    red_boolean_answers,
)
from bot.trivia.models import WRONG_OPTIONS_PER_ROUND, Limits, Origin, PackConfig, Question, QuestionPack

log = logging.getLogger(__name__)

META_KEYS = ("AUTHOR", "DESCRIPTION", "CONFIG")
SCHEMA_KEY = "$schema"
AUTHOR_MAX = 1000
DESCRIPTION_MAX = 200
#: Category given to the questions of an imported Red list when the caller names none.
DEFAULT_CATEGORY = "general"
_CANDIDATE_WINDOW = 12


def _answer_text(value: Any) -> list[str] | None:
    if isinstance(value, bool):
        return list(red_boolean_answers(value))
    if isinstance(value, int | float) and not (isinstance(value, float) and not math.isfinite(value)):
        return [str(value)]
    if isinstance(value, str):
        return [value]
    return None


def check_config(node: yaml.Node, problems: ProblemList) -> PackConfig:
    if not isinstance(node, yaml.MappingNode):
        problems.add(line_of(node), N_("CONFIG should be a 'key: value' mapping"))
        return PackConfig()
    values: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for key_node, value_node in node.value:
        key = plain(key_node)
        value = plain(value_node)
        line = line_of(key_node)
        is_number = isinstance(value, int | float) and not isinstance(value, bool)
        if key == "max_score":
            if not (isinstance(value, int) and not isinstance(value, bool) and value >= 1):
                problems.add(line, N_("max_score in CONFIG must be a positive integer"))
                continue
        elif key == "timeout":
            if not (is_number and math.isfinite(value) and value > 0):
                problems.add(line, N_("timeout in CONFIG must be a positive number"))
                continue
            value = float(value)
        elif key == "delay":
            if not (is_number and math.isfinite(value) and value >= 4):
                problems.add(line, N_("delay in CONFIG must be a number of at least 4 (seconds)"))
                continue
            value = float(value)
        elif key == "payout_multiplier":
            if not (is_number and math.isfinite(value) and value >= 0):
                problems.add(line, N_("payout_multiplier in CONFIG must be a non-negative number"))
                continue
            value = float(value)
        elif key in ("bot_plays", "reveal_answer", "use_spoilers"):
            if not isinstance(value, bool):
                problems.add(line, N_("{key} in CONFIG must be either true or false"), key=key)
                continue
        else:
            extra[str(key)] = value
            continue
        values[key] = value
    return PackConfig(**values, extra=extra)


def read_red(
    root: yaml.Node,
    name: str,
    limits: Limits,
    problems: ProblemList,
    *,
    origin: Origin = Origin.RED_IMPORT,
    category: str = DEFAULT_CATEGORY,
) -> QuestionPack | None:
    """Read a composed Red list; None (with problems added) when it is not valid."""
    if not isinstance(root, yaml.MappingNode):
        problems.add(line_of(root), N_("a Red trivia list should be a 'question: answers' mapping"))
        return None
    author = description = None
    config = PackConfig()
    extra: dict[str, Any] = {}
    pairs: list[tuple[yaml.Node, yaml.Node]] = []
    for key_node, value_node in root.value:
        key = plain(key_node) if isinstance(key_node, yaml.ScalarNode) else None
        if key == "AUTHOR" or key == "DESCRIPTION":
            value = plain(value_node) if isinstance(value_node, yaml.ScalarNode) else None
            limit = AUTHOR_MAX if key == "AUTHOR" else DESCRIPTION_MAX
            if not isinstance(value, str) or not 1 <= len(value) <= limit:
                problems.add(
                    line_of(key_node),
                    N_("{key} must be a text of 1 to {limit} characters"),
                    key=key,
                    limit=limit,
                )
            elif key == "AUTHOR":
                author = value
            else:
                description = value
        elif key == "CONFIG":
            config = check_config(value_node, problems)
        elif key == SCHEMA_KEY:
            extra[SCHEMA_KEY] = plain(value_node)
        else:
            pairs.append((key_node, value_node))
    if not check_count(len(pairs), limits, problems):
        return None
    drafts: list[DraftQuestion] = []
    by_text: dict[str, DraftQuestion] = {}
    notes: list[str] = []
    for key_node, value_node in pairs:
        line = line_of(key_node)
        key = plain(key_node) if isinstance(key_node, yaml.ScalarNode) else None
        if isinstance(key, bool) or not isinstance(key, str | int | float):
            problems.add(line, N_("a question (key) is not a text value"))
            continue
        text = str(key)
        if not isinstance(value_node, yaml.SequenceNode):
            problems.add(
                line, N_("the answers of question {question} are not a list"), question=repr(text[:60])
            )
            continue
        answers: list[str] = []
        for item in value_node.value:
            parsed = _answer_text(plain(item)) if isinstance(item, yaml.ScalarNode) else None
            if parsed is None:
                problems.add(
                    line_of(item),
                    N_("an answer of question {question} is not a text value"),
                    question=repr(text[:60]),
                )
                break
            answers.extend(parsed)
        earlier = by_text.get(text)
        if earlier is not None:
            if set(earlier.answers) != set(answers):
                notes.append(
                    f"line {line}: question {text[:60]!r} repeats line {earlier.line} with other "
                    "answers; as in Red, the later answers are kept"
                )
                earlier.answers = answers
            log.info("Red list %s repeats question on line %d", name, line)
            continue
        draft = DraftQuestion(line=line, text=text, answers=answers, category=category)
        by_text.setdefault(text, draft)
        drafts.append(draft)
    questions = check_questions(drafts, limits, problems, origin, exact_duplicates_only=True)
    if problems:
        return None
    return QuestionPack(
        name=name,
        questions=tuple(with_generated_wrong_options(questions)),
        author=author,
        description=description,
        config=config,
        extra=extra,
        notes=tuple(notes),
    )


def _is_number(answer: str) -> bool:
    words = normalise(answer)
    return len(words) == 1 and words[0][0].isdigit()


def _near_numbers(answer: str, rng: random.Random) -> list[str]:
    word = normalise(answer)[0]
    if not word.isdigit():
        return []
    value = int(word)
    step = 1 if value < 100 or 1900 <= value <= 2100 else max(1, 10 ** (len(str(value)) - 2))
    offsets = [o for o in range(-4, 5) if o and value + o * step >= 0]
    return [str(value + o * step) for o in rng.sample(offsets, k=len(offsets))]


def with_generated_wrong_options(questions: Sequence[Question]) -> list[Question]:
    """Give each question three wrong options drawn from the other answers of the same list.

    Candidates are of the same kind (numbers for a number, text for text) and of similar length,
    never an answer the question accepts; a whole number gets nearby numbers first (a year gets
    nearby years). A question still without three stays typed only. Seeded by the
    question text, so importing the same list twice gives the same options.
    """
    pools: dict[bool, list[tuple[int, str]]] = {True: [], False: []}
    for q in questions:
        pools[_is_number(q.canonical_answer)].append((len(q.canonical_answer), q.canonical_answer))
    for pool in pools.values():
        pool.sort()
    out: list[Question] = []
    for q in questions:
        if not q.typed_only:
            out.append(q)
            continue
        rng = random.Random(zlib.crc32(q.text.encode()))
        numeric = _is_number(q.canonical_answer)
        pool = pools[numeric]
        at = bisect.bisect_left(pool, (len(q.canonical_answer), ""))
        window = [text for _, text in pool[max(0, at - _CANDIDATE_WINDOW) : at + _CANDIDATE_WINDOW]]
        rng.shuffle(window)
        if numeric:
            # Near a whole number (a year, a count) its neighbours are the most plausible choices.
            window = _near_numbers(q.canonical_answer, rng) + window
        chosen: list[str] = []
        for candidate in window:
            if len(chosen) == WRONG_OPTIONS_PER_ROUND:
                break
            if answer_matches(candidate, q.answers) or any(
                "".join(normalise(candidate)) == "".join(normalise(c)) for c in chosen
            ):
                continue
            chosen.append(candidate)
        if len(chosen) == WRONG_OPTIONS_PER_ROUND:
            q = dataclasses.replace(q, wrong=tuple(chosen))
        out.append(q)
    return out


_INT = re.compile(r"-?[1-9]\d*|0")
_FLOAT = re.compile(r"-?\d+\.\d+")


def _export_answers(answers: Sequence[str]) -> list[Any]:
    out: list[Any] = []
    remaining = list(answers)
    for flag, spelled in ((True, RED_TRUE_ANSWERS), (False, RED_FALSE_ANSWERS)):
        # Red spells a boolean as these three; finding all three means the list said true/false.
        if all(s in remaining for s in spelled[:3]):
            first = min(remaining.index(s) for s in spelled[:3])
            remaining = [a for a in remaining if a not in spelled]
            remaining.insert(min(first, len(remaining)), flag)  # type: ignore[arg-type]
    for answer in remaining:
        if isinstance(answer, bool):
            out.append(answer)
        elif _INT.fullmatch(answer):
            out.append(int(answer))
        elif _FLOAT.fullmatch(answer) and str(float(answer)) == answer:
            out.append(float(answer))
        else:
            out.append(answer)
    return out


def red_document(pack: QuestionPack) -> dict[str, Any]:
    """The pack as the mapping a Red list holds (wrong options have no place there and are left out)."""
    doc: dict[str, Any] = {}
    if SCHEMA_KEY in pack.extra:
        doc[SCHEMA_KEY] = pack.extra[SCHEMA_KEY]
    # Red spells the same metadata in capitals: AUTHOR, DESCRIPTION, CONFIG.
    doc.update({key.upper(): value for key, value in pack.metadata().items()})
    for question in pack.questions:
        answers = _export_answers(question.answers)
        if question.text in doc:
            # Two bank questions with the same text become one Red question accepting both answers.
            doc[question.text] = list(dict.fromkeys([*doc[question.text], *answers]))
        else:
            doc[question.text] = answers
    return doc


def dump_red(pack: QuestionPack) -> bytes:
    return dump_yaml(red_document(pack))
