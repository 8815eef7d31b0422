"""The project's own YAML: pack metadata and a list of questions with every field.

```yaml
format: hyosan-trivia/1
name: characters
author: Hyosan
description: Season 1 characters
config: {delay: 20}          # optional; Red's CONFIG keys, same meaning
questions:
  - key: char-on-jo-father   # optional stable key (built-in packs)
    question: What is Nam On-jo's father's job?
    answers: [Firefighter, Paramedic, 소방관]    # first is canonical, the rest aliases
    wrong: [Police officer, Science teacher, Soldier]   # none, or at least three
    category: characters
    difficulty: easy         # easy | medium | hard
    ref: nam-so-ju           # dataset entry id, and/or
    source: https://...      # a source URL
    ko:                      # optional: the question in Korean, asked in games played in Korean
      question: 남온조의 아버지 직업은?
      answers: [소방관]          # the English answers stay accepted too
      wrong: [경찰관, 과학 교사, 군인]
```
"""

from __future__ import annotations

import dataclasses
import logging
from typing import Any

import yaml

from bot.i18n import N_
from bot.trivia.formats.checks import DraftQuestion, check_count, check_questions
from bot.trivia.formats.problems import ProblemList
from bot.trivia.formats.red import check_config
from bot.trivia.formats.safe_yaml import dump_yaml, line_of, plain
from bot.trivia.matching import red_boolean_answers
from bot.trivia.models import Limits, Origin, PackConfig, QuestionPack, Translation

log = logging.getLogger(__name__)

FORMAT_TAG = "hyosan-trivia/1"
PACK_KEYS = ("format", "name", "author", "description", "config", "questions")
QUESTION_KEYS = ("key", "question", "answers", "wrong", "category", "difficulty", "ref", "source", "ko")
KO_KEYS = ("question", "answers", "wrong")


def is_native(root: yaml.Node | None) -> bool:
    """A mapping with ``format: hyosan-trivia/...`` or a ``questions`` list of mappings."""
    if not isinstance(root, yaml.MappingNode):
        return False
    for key_node, value_node in root.value:
        if not isinstance(key_node, yaml.ScalarNode):
            continue
        if key_node.value == "format" and str(value_node.value).startswith("hyosan-trivia"):
            return True
        if (
            key_node.value == "questions"
            and isinstance(value_node, yaml.SequenceNode)
            and value_node.value
            and isinstance(value_node.value[0], yaml.MappingNode)
        ):
            return True
    return False


def _texts(node: yaml.Node, field: str, problems: ProblemList) -> list[str] | None:
    items = node.value if isinstance(node, yaml.SequenceNode) else [node]
    out: list[str] = []
    for item in items:
        value = plain(item) if isinstance(item, yaml.ScalarNode) else None
        if isinstance(value, bool):
            out.extend(red_boolean_answers(value))
        elif isinstance(value, str | int | float):
            out.append(str(value))
        else:
            problems.add(line_of(item), N_("{field} must be a list of text values"), field=field)
            return None
    return out


def _optional_text(node: yaml.Node, field: str, problems: ProblemList) -> str | None:
    value = plain(node) if isinstance(node, yaml.ScalarNode) else None
    if value is None and isinstance(node, yaml.ScalarNode):
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        problems.add(line_of(node), N_("{field} must be a text value"), field=field)
        return None
    return str(value)


def _translation(node: yaml.Node, problems: ProblemList) -> Translation | None:
    """A question's ``ko:`` block: its question, answers and (none, or at least three) wrong options."""
    if not isinstance(node, yaml.MappingNode):
        problems.add(line_of(node), N_("'ko' must be a mapping with 'question' and 'answers'"))
        return None
    found: dict[str, Any] = {}
    for key_node, value_node in node.value:
        key = plain(key_node) if isinstance(key_node, yaml.ScalarNode) else None
        if key in ("answers", "wrong"):
            found[key] = _texts(value_node, key, problems)
        elif key == "question":
            found[key] = _optional_text(value_node, key, problems)
        else:
            problems.add(
                line_of(key_node),
                N_("unknown field {field} in 'ko'; expected one of {fields}"),
                field=repr(key),
                fields=", ".join(KO_KEYS),
            )
    text, answers, wrong = found.get("question"), found.get("answers") or [], found.get("wrong") or []
    if not text or not answers:
        problems.add(line_of(node), N_("'ko' needs a 'question' and at least one of 'answers'"))
        return None
    if 0 < len(wrong) < 3:
        problems.add(line_of(node), N_("'ko' needs no 'wrong' options or at least three"))
        return None
    return Translation(text=text, answers=tuple(answers), wrong=tuple(wrong))


def read_native(
    root: yaml.Node, name: str, limits: Limits, problems: ProblemList, *, origin: Origin = Origin.GUILD
) -> QuestionPack | None:
    assert isinstance(root, yaml.MappingNode)
    meta: dict[str, str | None] = {"name": name, "author": None, "description": None}
    config = PackConfig()
    questions_node: yaml.Node | None = None
    for key_node, value_node in root.value:
        key = plain(key_node) if isinstance(key_node, yaml.ScalarNode) else None
        if key in ("name", "author", "description"):
            meta[key] = _optional_text(value_node, key, problems)
        elif key == "config":
            config = check_config(value_node, problems)
        elif key == "questions":
            questions_node = value_node
        elif key != "format":
            problems.add(
                line_of(key_node),
                N_("unknown key {key}; expected one of {keys}"),
                key=repr(key),
                keys=", ".join(PACK_KEYS),
            )
    if not isinstance(questions_node, yaml.SequenceNode):
        problems.add(line_of(root), N_("the file has no 'questions' list"))
        return None
    if not check_count(len(questions_node.value), limits, problems, line_of(questions_node)):
        return None
    drafts: list[DraftQuestion] = []
    translations: list[Translation | None] = []
    for item in questions_node.value:
        line = line_of(item)
        if not isinstance(item, yaml.MappingNode):
            problems.add(line, N_("each question must be a mapping with 'question' and 'answers'"))
            continue
        fields: dict[str, Any] = {}
        for key_node, value_node in item.value:
            key = plain(key_node) if isinstance(key_node, yaml.ScalarNode) else None
            if key in ("answers", "wrong"):
                fields[key] = _texts(value_node, key, problems)
            elif key == "ko":
                fields["ko"] = _translation(value_node, problems)
            elif key in QUESTION_KEYS:
                fields[key] = _optional_text(value_node, str(key), problems)
            else:
                problems.add(
                    line_of(key_node),
                    N_("unknown field {field}; expected one of {fields}"),
                    field=repr(key),
                    fields=", ".join(QUESTION_KEYS),
                )
        if fields.get("question") is None:
            problems.add(line, N_("question has no 'question' text"))
            continue
        drafts.append(
            DraftQuestion(
                line=line,
                text=fields["question"],
                answers=fields.get("answers") or [],
                wrong=fields.get("wrong") or [],
                category=fields.get("category") or "general",
                difficulty=fields.get("difficulty") or "medium",
                key=fields.get("key"),
                ref=fields.get("ref"),
                source=fields.get("source"),
            )
        )
        translations.append(fields.get("ko"))
    questions = check_questions(drafts, limits, problems, origin)
    if not problems and len(questions) == len(translations):
        questions = [
            dataclasses.replace(q, ko=ko) if ko is not None else q
            for q, ko in zip(questions, translations, strict=True)
        ]
    keys = [q.key for q in questions if q.key]
    if len(set(keys)) < len(keys):
        dupes = sorted({k for k in keys if keys.count(k) > 1})
        problems.add(None, N_("question keys used twice: {keys}"), keys=", ".join(dupes))
    if problems:
        return None
    return QuestionPack(
        name=meta["name"] or name,
        questions=tuple(questions),
        author=meta["author"],
        description=meta["description"],
        config=config,
    )


def native_document(pack: QuestionPack) -> dict[str, Any]:
    doc: dict[str, Any] = {"format": FORMAT_TAG, "name": pack.name, **pack.metadata()}
    questions = []
    for q in pack.questions:
        entry: dict[str, Any] = {}
        if q.key:
            entry["key"] = q.key
        entry["question"] = q.text
        entry["answers"] = list(q.answers)
        if q.wrong:
            entry["wrong"] = list(q.wrong)
        entry["category"] = q.category
        entry["difficulty"] = q.difficulty.value
        if q.ref:
            entry["ref"] = q.ref
        if q.source:
            entry["source"] = q.source
        if q.ko is not None:
            ko: dict[str, Any] = {"question": q.ko.text, "answers": list(q.ko.answers)}
            if q.ko.wrong:
                ko["wrong"] = list(q.ko.wrong)
            entry["ko"] = ko
        questions.append(entry)
    doc["questions"] = questions
    return doc


def dump_native(pack: QuestionPack) -> bytes:
    return dump_yaml(native_document(pack))
