"""Trivia files in and out: Red-DiscordBot lists, the project's own YAML, CSV.

``load_pack(data, filename)`` checks a whole file and returns a ``QuestionPack`` or raises
``ImportProblems`` naming every problem with its line; nothing is partly imported. In order:
the size limit (before any parsing), UTF-8, YAML syntax, alias expansion (YAML bombs), the number
of questions (one problem, not one per question), then each question (lengths, answers, wrong
options, difficulty) and duplicates. Only ``yaml.compose`` and the safe constructor are used.

Mentions (``@everyone``, ``<@123>``, ``<@&1>``) and markdown in questions and answers are kept
as written, not stripped: the UI sends every trivia text with no allowed mentions and escapes
markdown where it renders, so the text shows as typed and an export gives back the file's meaning.
"""

from __future__ import annotations

import enum
import logging
from pathlib import PurePath

from bot.i18n import N_
from bot.trivia.formats.csv_format import dump_csv, read_csv
from bot.trivia.formats.native import dump_native, is_native, read_native
from bot.trivia.formats.problems import ImportProblems, Problem, ProblemList
from bot.trivia.formats.red import dump_red, read_red
from bot.trivia.formats.safe_yaml import compose, decode_text
from bot.trivia.models import Limits, Origin, QuestionPack

log = logging.getLogger(__name__)

__all__ = [
    "ImportProblems",
    "Problem",
    "TriviaFormat",
    "detect_format",
    "dump_pack",
    "load_pack",
]


class TriviaFormat(enum.StrEnum):
    RED = "red"
    NATIVE = "yaml"
    CSV = "csv"

    @property
    def label(self) -> str:
        """How a moderator calls a file of this format ("a Red-DiscordBot list")."""
        return {
            TriviaFormat.RED: N_("Red-DiscordBot list"),
            TriviaFormat.NATIVE: N_("Hyosan YAML file"),
            TriviaFormat.CSV: N_("CSV file"),
        }[self]

    @property
    def extension(self) -> str:
        return ".csv" if self is TriviaFormat.CSV else ".yaml"


def _looks_like_csv(filename: str, text: str) -> bool:
    suffix = PurePath(filename).suffix.casefold()
    if suffix == ".csv":
        return True
    if suffix in (".yaml", ".yml"):
        return False
    first = next((line for line in text.splitlines() if line.strip()), "")
    return first.strip().casefold().startswith("question,")


def detect_format(filename: str, data: bytes, limits: Limits | None = None) -> TriviaFormat:
    """CSV by extension (or a ``question,...`` header); for YAML, ours or Red's by its shape."""
    text = decode_text(data)
    if _looks_like_csv(filename, text):
        return TriviaFormat.CSV
    root = compose(text, limits or Limits())
    return TriviaFormat.NATIVE if is_native(root) else TriviaFormat.RED


def load_pack(
    data: bytes,
    filename: str,
    *,
    limits: Limits | None = None,
    origin: Origin | None = None,
    category: str | None = None,
) -> QuestionPack:
    """Read and check a trivia file of any supported format.

    ``origin`` defaults to ``red-import`` for Red lists and ``guild`` otherwise; ``category`` is given
    to the questions of a Red list, which has none (default: the file name).
    """
    limits = limits or Limits()
    problems = ProblemList()
    if len(data) > limits.file_bytes:
        raise ImportProblems(
            [Problem(None, f"the file is {len(data):,} bytes; the limit is {limits.file_bytes:,} bytes")]
        )
    name = PurePath(filename).stem or "trivia"
    text = decode_text(data)
    pack: QuestionPack | None
    if _looks_like_csv(filename, text):
        pack = read_csv(text, name, limits, problems, origin=origin or Origin.GUILD)
    else:
        root = compose(text, limits)
        if root is None:
            raise ImportProblems([Problem(None, "the file is empty")])
        if is_native(root):
            pack = read_native(root, name, limits, problems, origin=origin or Origin.GUILD)
        else:
            pack = read_red(
                root,
                name,
                limits,
                problems,
                origin=origin or Origin.RED_IMPORT,
                category=(category or name)[: limits.category_chars],
            )
    problems.raise_if_any()
    assert pack is not None
    log.debug("loaded %d questions from %s", len(pack.questions), filename)
    return pack


def dump_pack(pack: QuestionPack, fmt: TriviaFormat) -> bytes:
    """The pack as a file of ``fmt`` (UTF-8)."""
    if fmt is TriviaFormat.RED:
        return dump_red(pack)
    if fmt is TriviaFormat.CSV:
        return dump_csv(pack)
    return dump_native(pack)
