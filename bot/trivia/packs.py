"""The built-in question packs (``trivia/*.yaml`` under ``DATA_DIR``, the project's own format), read-only.

Loaded and checked once at start-up (and by ``python -m bot check``): a broken built-in pack stops
the bot with every problem listed, rather than surfacing as a strange question in a game. They are
found under the configured data folder, like the dataset, so an installed package finds them too.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path

from bot.i18n import N_
from bot.trivia.formats import ImportProblems, Problem, load_pack
from bot.trivia.formats.problems import problem
from bot.trivia.models import Origin, Question, QuestionPack

log = logging.getLogger(__name__)

PACKS_FOLDER = "trivia"


def packs_directory(data_dir: Path) -> Path:
    return data_dir / PACKS_FOLDER


# Keyed by folder: the files of a running install don't change, and every bot a test builds reads
# the same ones.
@lru_cache(maxsize=4)
def load_builtin_packs(directory: Path) -> tuple[QuestionPack, ...]:
    """Every pack in ``directory``, in file-name order; raises ``ImportProblems`` naming file and line."""
    packs: list[QuestionPack] = []
    problems: list[Problem] = []
    keys: dict[str, str] = {}
    for path in sorted(directory.glob("*.yaml")):
        try:
            pack = load_pack(path.read_bytes(), path.name, origin=Origin.BUILTIN)
        except ImportProblems as exc:
            problems.extend(
                problem(p.line, N_("{file}: {problem}"), file=path.name, problem=p.said())
                for p in exc.problems
            )
            continue
        for question in pack.questions:
            if not question.key:
                message = f"{path.name}: built-in question without a key: {question.text!r}"
                problems.append(Problem(None, message))
            elif question.key in keys:
                message = f"{path.name}: key {question.key!r} also used in {keys[question.key]}"
                problems.append(Problem(None, message))
            else:
                keys[question.key] = path.name
        packs.append(pack)
    if not packs and not problems:
        problems.append(Problem(None, f"no built-in trivia packs in {directory}"))
    if problems:
        raise ImportProblems(problems)
    log.info("loaded %d built-in trivia packs (%d questions)", len(packs), len(keys))
    return tuple(packs)


def builtin_questions(packs: tuple[QuestionPack, ...], category: str | None = None) -> list[Question]:
    """Every question of ``packs``, or those of one category (compared case-insensitively)."""
    wanted = category.casefold() if category else None
    return [q for pack in packs for q in pack.questions if wanted is None or q.category.casefold() == wanted]
