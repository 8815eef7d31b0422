"""The trivia game as pure state: rounds, timing, answers, scores. No discord imports.

The cog drives a ``TriviaSession`` with its own asyncio timer:
``open_round()`` -> render the question -> wait ``seconds`` -> ``close_round()`` -> render the
``RoundResult`` -> if ``session.ended`` render ``session.summary()``, else open the next round.
Button presses and modal replies call ``submit()``; every refusal is a named exception the UI turns
into a polite ephemeral answer. The clock is injected so tests run a whole game without sleeping.

Scoring: a right answer earns ``BASE_POINTS`` plus a speed bonus of up to ``SPEED_BONUS`` points that
shrinks linearly with the time taken: ``BASE_POINTS + round(SPEED_BONUS * (1 - elapsed / seconds))``
(so 200 for an instant answer, 150 at half time, 100 at the bell). A wrong answer earns nothing.
A streak is the number of questions in a row a member answered right; a question they skip or miss
ends it.
"""

from __future__ import annotations

import enum
import logging
import random
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from bot.discord_limits import BUTTON_LABEL
from bot.i18n import N_, Translatable
from bot.trivia.matching import answer_matches
from bot.trivia.models import WRONG_OPTIONS_PER_ROUND, Mode, Question

log = logging.getLogger(__name__)

BASE_POINTS = 100
SPEED_BONUS = 100
DEFAULT_SECONDS = 20.0
#: Questions in a row without a single answer after which a session ends itself.
DEFAULT_IDLE_ROUNDS = 2
LETTERS = "ABCD"

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


class TriviaError(Translatable):
    """Base of every refusal the engine makes; the message (a catalog message) is fit to show a member."""


class SessionEndedError(TriviaError):
    def __init__(self) -> None:
        super().__init__(N_("This trivia game has ended."))


class RoundClosedError(TriviaError):
    def __init__(self) -> None:
        super().__init__(N_("This question is closed; wait for the next one."))


class RoundStillOpenError(TriviaError):
    def __init__(self) -> None:
        super().__init__(N_("The current question is still open."))


class AlreadyAnsweredError(TriviaError):
    def __init__(self) -> None:
        super().__init__(N_("You have already answered this question."))


class InvalidChoiceError(TriviaError):
    def __init__(self, given: str) -> None:
        super().__init__(N_("{given} is not one of the options."), given=repr(given))


class NotAllowedToStopError(TriviaError):
    def __init__(self) -> None:
        super().__init__(N_("Only the member who started this game or a moderator can stop it."))


class NoQuestionsError(TriviaError):
    def __init__(self) -> None:
        super().__init__(N_("There are no questions to play."))


class SessionAlreadyRunningError(TriviaError):
    def __init__(self) -> None:
        super().__init__(N_("A trivia game is already running in this channel."))


class EndReason(enum.StrEnum):
    FINISHED = "finished"  # every question was played
    WON = "won"  # a member reached the pack's winning score (Red's max_score)
    IDLE = "idle"  # nobody answered the last questions
    STOPPED = "stopped"  # /trivia stop by the starter or a moderator
    SHUTDOWN = "shutdown"  # the bot is stopping


class OptionLayout(enum.StrEnum):
    """How multiple-choice options are shown.

    ``LABELS``: each option text is its button's label. ``LETTERED``: at least one option is longer
    than a button label may be, so the options are listed as A-D in the embed and the buttons carry
    only the letters.
    """

    LABELS = "labels"
    LETTERED = "lettered"


#: Discord's limit on a button label.


def option_layout(options: Sequence[Option] | Sequence[str], limit: int = BUTTON_LABEL) -> OptionLayout:
    """Decide whether options fit on buttons (see ``OptionLayout``)."""
    texts = [o.text if isinstance(o, Option) else o for o in options]
    return OptionLayout.LETTERED if any(len(t) > limit for t in texts) else OptionLayout.LABELS


@dataclass(frozen=True, slots=True)
class Option:
    letter: str
    text: str
    correct: bool


@dataclass(frozen=True, slots=True)
class Answer:
    """A member's first (and only counted) answer to a round."""

    member_id: int
    given: str
    correct: bool
    at: datetime
    elapsed: float
    points: int


@dataclass(slots=True)
class TriviaRound:
    """One question as played: its options (buttons mode), its window and its answers."""

    number: int
    question: Question
    mode: Mode
    options: tuple[Option, ...]
    opened_at: datetime
    closes_at: datetime
    #: In the order they arrived; first answer per member only.
    answers: dict[int, Answer] = field(default_factory=dict)
    closed: bool = False

    @property
    def seconds(self) -> float:
        return (self.closes_at - self.opened_at).total_seconds()

    @property
    def correct_option(self) -> Option | None:
        return next((o for o in self.options if o.correct), None)

    @property
    def layout(self) -> OptionLayout:
        return option_layout(self.options)

    def is_open(self, at: datetime) -> bool:
        return not self.closed and at < self.closes_at

    def remaining(self, at: datetime) -> float:
        """Seconds left to answer (0 when closed), for a countdown."""
        if self.closed:
            return 0.0
        return max(0.0, (self.closes_at - at).total_seconds())


@dataclass(frozen=True, slots=True)
class RoundResult:
    """What the reveal shows: the answer, who got it right (fastest first) and who did not."""

    round: TriviaRound
    right: tuple[Answer, ...]
    wrong: tuple[Answer, ...]

    @property
    def answer(self) -> str:
        return self.round.question.canonical_answer

    @property
    def fastest(self) -> Answer | None:
        return self.right[0] if self.right else None


@dataclass(slots=True)
class MemberStats:
    member_id: int
    points: int = 0
    played: int = 0
    correct: int = 0
    streak: int = 0
    best_streak: int = 0
    #: Sum of seconds taken by right answers, to report an average speed.
    right_seconds: float = 0.0

    @property
    def accuracy(self) -> float:
        """Share of answered questions that were right, 0.0 to 1.0."""
        return self.correct / self.played if self.played else 0.0

    @property
    def average_right_seconds(self) -> float | None:
        return self.right_seconds / self.correct if self.correct else None


@dataclass(frozen=True, slots=True)
class Standing:
    rank: int
    stats: MemberStats


@dataclass(frozen=True, slots=True)
class SessionSummary:
    channel_id: int
    starter_id: int
    reason: EndReason
    rounds_played: int
    #: Best first; equal points and equal correct answers share a rank (1, 1, 3).
    standings: tuple[Standing, ...]
    stopped_by: int | None = None

    @property
    def winner(self) -> MemberStats | None:
        return self.standings[0].stats if self.standings and self.standings[0].stats.points else None


def points_for(elapsed: float, seconds: float) -> int:
    """Points for a right answer given after ``elapsed`` of ``seconds`` (see module docstring)."""
    left = 1.0 - elapsed / seconds if seconds > 0 else 0.0
    return BASE_POINTS + round(SPEED_BONUS * min(1.0, max(0.0, left)))


class TriviaSession:
    """One game in one channel."""

    def __init__(
        self,
        *,
        channel_id: int,
        starter_id: int,
        questions: Sequence[Question],
        mode: Mode = Mode.BUTTONS,
        seconds: float = DEFAULT_SECONDS,
        idle_rounds: int = DEFAULT_IDLE_ROUNDS,
        win_at_correct: int | None = None,
        clock: Clock = utc_now,
        rng: random.Random | None = None,
    ) -> None:
        if not questions:
            raise NoQuestionsError
        if seconds <= 0:
            raise ValueError("seconds must be positive")
        self.channel_id = channel_id
        self.starter_id = starter_id
        self.questions: tuple[Question, ...] = tuple(questions)
        self.mode = mode
        self.seconds = float(seconds)
        self.idle_rounds = max(1, idle_rounds)
        self.win_at_correct = win_at_correct
        self._clock = clock
        self._rng = rng or random.Random()
        self.rounds: list[TriviaRound] = []
        self.stats: dict[int, MemberStats] = {}
        self._silent_rounds = 0
        self.end_reason: EndReason | None = None
        self.stopped_by: int | None = None
        self.started_at = clock()
        self.ended_at: datetime | None = None

    # -- state -----------------------------------------------------------------------------------

    @property
    def ended(self) -> bool:
        return self.end_reason is not None

    @property
    def current_round(self) -> TriviaRound | None:
        """The round being played or just closed; None before the first."""
        return self.rounds[-1] if self.rounds else None

    @property
    def open_round_now(self) -> TriviaRound | None:
        current = self.current_round
        return current if current is not None and not current.closed else None

    @property
    def questions_left(self) -> int:
        return len(self.questions) - len(self.rounds)

    # -- play ------------------------------------------------------------------------------------

    def open_round(self) -> TriviaRound:
        """Start the next question; its window is ``seconds`` from now."""
        if self.ended:
            raise SessionEndedError
        if self.open_round_now is not None:
            raise RoundStillOpenError
        question = self.questions[len(self.rounds)]
        mode = self.mode
        options: tuple[Option, ...] = ()
        # A question with too few wrong options (e.g. from a short Red list) is typed even in a
        # buttons game rather than shown with fewer than four choices.
        if mode is Mode.BUTTONS and question.typed_only:
            mode = Mode.TYPED
        if mode is Mode.BUTTONS:
            options = self._shuffled_options(question)
        now = self._clock()
        trivia_round = TriviaRound(
            number=len(self.rounds) + 1,
            question=question,
            mode=mode,
            options=options,
            opened_at=now,
            closes_at=now + timedelta(seconds=self.seconds),
        )
        self.rounds.append(trivia_round)
        return trivia_round

    def _shuffled_options(self, question: Question) -> tuple[Option, ...]:
        wrong = self._rng.sample(list(question.wrong), WRONG_OPTIONS_PER_ROUND)
        texts = [(question.canonical_answer, True), *((w, False) for w in wrong)]
        self._rng.shuffle(texts)
        return tuple(Option(letter, text, ok) for letter, (text, ok) in zip(LETTERS, texts, strict=True))

    def submit(self, member_id: int, given: str, at: datetime | None = None) -> Answer:
        """Record a member's answer: a letter A-D in a buttons round, free text in a typed round.

        Only the first answer counts; an answer at or after the bell is refused even if the cog's
        timer has not closed the round yet.
        """
        if self.ended:
            raise SessionEndedError
        at = at or self._clock()
        current = self.current_round
        if current is None or not current.is_open(at):
            raise RoundClosedError
        if member_id in current.answers:
            raise AlreadyAnsweredError
        if current.mode is Mode.BUTTONS:
            letter = given.strip().upper()
            option = next((o for o in current.options if o.letter == letter), None)
            if option is None:
                raise InvalidChoiceError(given)
            correct = option.correct
            given = letter
        else:
            correct = answer_matches(given, current.question.answers)
        elapsed = max(0.0, (at - current.opened_at).total_seconds())
        answer = Answer(
            member_id=member_id,
            given=given,
            correct=correct,
            at=at,
            elapsed=elapsed,
            points=points_for(elapsed, current.seconds) if correct else 0,
        )
        current.answers[member_id] = answer
        return answer

    def close_round(self) -> RoundResult:
        """End the open question, update scores and decide whether the game ends here."""
        if self.ended:
            raise SessionEndedError
        current = self.open_round_now
        if current is None:
            raise RoundClosedError
        return self._close(current)

    def _close(self, current: TriviaRound) -> RoundResult:
        current.closed = True
        for answer in current.answers.values():
            stats = self.stats.setdefault(answer.member_id, MemberStats(answer.member_id))
            stats.played += 1
            stats.points += answer.points
            if answer.correct:
                stats.correct += 1
                stats.streak += 1
                stats.best_streak = max(stats.best_streak, stats.streak)
                stats.right_seconds += answer.elapsed
            else:
                stats.streak = 0
        for member_id, stats in self.stats.items():
            if member_id not in current.answers:
                stats.streak = 0
        self._silent_rounds = 0 if current.answers else self._silent_rounds + 1
        right = tuple(sorted((a for a in current.answers.values() if a.correct), key=lambda a: a.elapsed))
        wrong = tuple(a for a in current.answers.values() if not a.correct)
        if not self.ended:
            if self._silent_rounds >= self.idle_rounds:
                self._end(EndReason.IDLE)
            elif self.win_at_correct is not None and any(
                s.correct >= self.win_at_correct for s in self.stats.values()
            ):
                self._end(EndReason.WON)
            elif self.questions_left == 0:
                self._end(EndReason.FINISHED)
        return RoundResult(round=current, right=right, wrong=wrong)

    def stop(self, by: int, *, is_moderator: bool) -> SessionSummary:
        """``/trivia stop``: allowed to the starter and to moderators; the open question still counts."""
        if self.ended:
            raise SessionEndedError
        if by != self.starter_id and not is_moderator:
            raise NotAllowedToStopError
        self.stopped_by = by
        return self.end(EndReason.STOPPED)

    def end(self, reason: EndReason) -> SessionSummary:
        """End now (stop, shutdown); an open question is closed first so its answers count."""
        if self.ended:
            raise SessionEndedError
        current = self.open_round_now
        self.end_reason = reason
        if current is not None:
            self._close(current)
        self.ended_at = self._clock()
        log.info("trivia session in channel %s ended: %s", self.channel_id, reason)
        return self.summary()

    def _end(self, reason: EndReason) -> None:
        self.end_reason = reason
        self.ended_at = self._clock()
        log.info("trivia session in channel %s ended: %s", self.channel_id, reason)

    # -- results ---------------------------------------------------------------------------------

    def standings(self) -> tuple[Standing, ...]:
        ordered = sorted(self.stats.values(), key=lambda s: (-s.points, -s.correct, s.member_id))
        out: list[Standing] = []
        for index, stats in enumerate(ordered):
            previous = out[-1] if out else None
            same = previous is not None and (previous.stats.points, previous.stats.correct) == (
                stats.points,
                stats.correct,
            )
            out.append(Standing(rank=previous.rank if same and previous else index + 1, stats=stats))
        return tuple(out)

    def summary(self) -> SessionSummary:
        """Scores and ranking so far (final once ``ended``)."""
        return SessionSummary(
            channel_id=self.channel_id,
            starter_id=self.starter_id,
            reason=self.end_reason or EndReason.FINISHED,
            rounds_played=sum(1 for r in self.rounds if r.closed),
            standings=self.standings(),
            stopped_by=self.stopped_by,
        )


class ChannelSessions:
    """The running sessions, at most one per channel."""

    def __init__(self) -> None:
        self._by_channel: dict[int, TriviaSession] = {}

    def start(self, session: TriviaSession) -> TriviaSession:
        running = self._by_channel.get(session.channel_id)
        if running is not None and not running.ended:
            raise SessionAlreadyRunningError
        self._by_channel[session.channel_id] = session
        return session

    def get(self, channel_id: int) -> TriviaSession | None:
        return self._by_channel.get(channel_id)

    def finish(self, session: TriviaSession) -> None:
        """Forget a session once it has ended (only that session: a newer one in the channel stays)."""
        if self._by_channel.get(session.channel_id) is session:
            del self._by_channel[session.channel_id]

    def __iter__(self) -> Iterator[TriviaSession]:
        return iter(list(self._by_channel.values()))

    def __len__(self) -> int:
        return len(self._by_channel)

    def end_all(self, reason: EndReason = EndReason.SHUTDOWN) -> list[SessionSummary]:
        """At shutdown: end every running session so the UI can replace its live buttons with a notice."""
        summaries = [s.end(reason) for s in self if not s.ended]
        self._by_channel.clear()
        return summaries
