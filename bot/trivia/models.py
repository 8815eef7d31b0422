"""Trivia data: questions, packs of questions, a pack's Red-DiscordBot settings, import limits.

Plain frozen dataclasses rather than pydantic models: every check that a moderator can fail is done by
the formats with a line number (see ``bot.trivia.formats``), so these types only carry data that is
already valid, and they are cheap to create by the thousand during an import.
"""

from __future__ import annotations

import enum
import logging
import math
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

log = logging.getLogger(__name__)

#: Multiple choice shows the correct answer and this many wrong options (buttons A-D).
WRONG_OPTIONS_PER_ROUND = 3


class Difficulty(enum.StrEnum):
    EASY = "easy"
    MEDIUM = "medium"
    HARD = "hard"


class Origin(enum.StrEnum):
    """Where a question came from; built-in questions are read-only."""

    BUILTIN = "builtin"
    GUILD = "guild"
    RED_IMPORT = "red-import"


class Mode(enum.StrEnum):
    """How members answer: buttons (multiple choice) or typed (a modal)."""

    BUTTONS = "buttons"
    TYPED = "typed"


@dataclass(frozen=True, slots=True)
class Translation:
    """A question's text, answers and wrong options in another language."""

    text: str
    answers: tuple[str, ...]
    wrong: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Question:
    """One trivia question.

    ``answers[0]`` is the canonical answer shown on reveal; the rest are aliases (other spellings,
    hangul, short names) that typed answers may match. ``wrong`` holds plausible wrong options for
    multiple choice; a question with fewer than three is played as typed only.
    Mention strings and markdown are kept verbatim: the UI never pings (AllowedMentions.none()) and
    escapes markdown where it renders, so an export gives back exactly what was imported.
    """

    text: str
    answers: tuple[str, ...]
    wrong: tuple[str, ...] = ()
    category: str = "general"
    difficulty: Difficulty = Difficulty.MEDIUM
    #: Row id in a server's question bank; None for built-in and not-yet-stored questions.
    id: int | None = None
    #: Stable key of a built-in question (e.g. ``char-on-jo-father``); None elsewhere.
    key: str | None = None
    #: Dataset entry the answer comes from (kebab-case id such as ``nam-on-jo``).
    ref: str | None = None
    #: Source URL when no dataset entry backs the answer.
    source: str | None = None
    origin: Origin = Origin.GUILD
    #: The question in Korean (built-in packs): asked in a game played in Korean.
    ko: Translation | None = None

    @property
    def canonical_answer(self) -> str:
        return self.answers[0]

    def in_language(self, language: str) -> Question:
        """The question as a game in ``language`` asks it. A Korean version keeps the English answers
        as aliases, so a name typed in either script is right."""
        if language != "ko" or self.ko is None:
            return self
        answers = self.ko.answers + tuple(a for a in self.answers if a not in self.ko.answers)
        return replace(self, text=self.ko.text, answers=answers, wrong=self.ko.wrong or self.wrong)

    @property
    def typed_only(self) -> bool:
        """True when there are too few wrong options for multiple choice."""
        return len(self.wrong) < WRONG_OPTIONS_PER_ROUND


@dataclass(frozen=True, slots=True)
class PackConfig:
    """A Red-DiscordBot list's ``CONFIG`` block, kept whole so export gives it back.

    Field meanings are Red's: ``max_score`` points to win (one point per correct answer in Red),
    ``timeout`` seconds without any answer before the session stops, ``delay`` seconds to answer a
    question, ``bot_plays``, ``reveal_answer`` on timeout, ``use_spoilers`` around revealed answers,
    ``payout_multiplier`` for Red's economy. None means "not set in the file". Keys Red does not know
    are kept in ``extra`` for a lossless export.
    """

    max_score: int | None = None
    timeout: float | None = None
    delay: float | None = None
    bot_plays: bool | None = None
    reveal_answer: bool | None = None
    use_spoilers: bool | None = None
    payout_multiplier: float | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)

    KNOWN_KEYS = (
        "max_score",
        "timeout",
        "delay",
        "bot_plays",
        "reveal_answer",
        "use_spoilers",
        "payout_multiplier",
    )

    def as_mapping(self) -> dict[str, Any]:
        """The settings that were set, in Red's key order, then the unknown keys."""
        out: dict[str, Any] = {}
        for key in self.KNOWN_KEYS:
            value = getattr(self, key)
            if value is not None:
                out[key] = value
        out.update(self.extra)
        return out

    def is_empty(self) -> bool:
        return not self.as_mapping()

    def session_settings(self, *, default_seconds: float, default_idle_rounds: int) -> SessionSettings:
        """What this config means for a game here.

        ``delay`` becomes the seconds per question; ``max_score`` ends the game when a member reaches
        that many correct answers (Red gives one point per correct answer); ``timeout`` can only
        shorten the idle rule (a session never waits longer than ``default_idle_rounds`` silent
        questions); ``bot_plays`` and ``payout_multiplier`` have no meaning here and are only kept.
        """
        seconds = self.delay if self.delay is not None else default_seconds
        idle_rounds = default_idle_rounds
        if self.timeout is not None and seconds > 0:
            idle_rounds = max(1, min(default_idle_rounds, math.ceil(self.timeout / seconds)))
        return SessionSettings(
            seconds=seconds,
            win_at_correct=self.max_score,
            idle_rounds=idle_rounds,
            reveal_answer=True if self.reveal_answer is None else self.reveal_answer,
            use_spoilers=bool(self.use_spoilers),
        )


@dataclass(frozen=True, slots=True)
class SessionSettings:
    """Game settings derived from a pack (see ``PackConfig.session_settings``)."""

    seconds: float
    win_at_correct: int | None
    idle_rounds: int
    reveal_answer: bool
    use_spoilers: bool


@dataclass(frozen=True, slots=True)
class QuestionPack:
    """A named set of questions with the metadata of the file it came from."""

    name: str
    questions: tuple[Question, ...]
    author: str | None = None
    description: str | None = None
    config: PackConfig = field(default_factory=PackConfig)
    #: Top-level keys of the file that are neither metadata nor questions (Red's ``$schema``).
    extra: Mapping[str, Any] = field(default_factory=dict)
    #: Things the file does that were accepted but that a moderator should know ("line 9: ...").
    notes: tuple[str, ...] = ()

    def categories(self) -> list[str]:
        return sorted({q.category for q in self.questions})

    def metadata(self) -> dict[str, Any]:
        """``author``, ``description`` and ``config`` in that order, each only when set (for writers)."""
        out: dict[str, Any] = {}
        if self.author:
            out["author"] = self.author
        if self.description:
            out["description"] = self.description
        if not self.config.is_empty():
            out["config"] = self.config.as_mapping()
        return out


@dataclass(frozen=True, slots=True)
class Limits:
    """Import limits, all configurable (the cog passes values from settings).

    Defaults: a file of at most 1 MiB, 5,000 questions per server (and so per file), questions and
    answers of at most 1,000 characters each. Red's own lists have questions near 500 characters and
    answers near 600, so they fit. YAML anchors/aliases are capped so that a "billion laughs" file is
    refused before it expands (``yaml_nodes``: values after expansion).
    """

    file_bytes: int = 1024 * 1024
    questions_per_server: int = 5000
    question_chars: int = 1000
    answer_chars: int = 1000
    answers_per_question: int = 50
    wrong_per_question: int = 10
    category_chars: int = 50
    yaml_nodes: int = 500_000
