"""Engine cost of 500 members answering one round (the part of a button press the engine owns).

Run: .venv/bin/python -m bench.trivia_engine
Prints p50/p99 per press for buttons and typed rounds, and their ratio to a baseline measured in the
same run: recording a press in a plain dict (the least any handler does). The Discord round trip
(press -> acknowledgement through the sandbox) is measured by the cog's bench, not here.
"""

from __future__ import annotations

import random
import statistics
import time
from datetime import UTC, datetime, timedelta

from bot.config import DEFAULT_DATA_DIR
from bot.trivia.engine import TriviaSession
from bot.trivia.models import Mode
from bot.trivia.packs import builtin_questions, load_builtin_packs, packs_directory

PACKS = load_builtin_packs(packs_directory(DEFAULT_DATA_DIR))

MEMBERS = 500
REPEATS = 20


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2025, 1, 1, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def baseline() -> list[float]:
    out = []
    for _ in range(REPEATS):
        answers: dict[int, tuple[str, datetime]] = {}
        for member in range(MEMBERS):
            start = time.perf_counter()
            if member not in answers:
                answers[member] = ("A", datetime.now(UTC))
            out.append(time.perf_counter() - start)
    return out


def presses(mode: Mode) -> list[float]:
    questions = builtin_questions(PACKS)
    rng = random.Random(1)
    replies = [q.answers[0] for q in questions] + [q.wrong[0] for q in questions]
    out = []
    for _ in range(REPEATS):
        clock = Clock()
        session = TriviaSession(
            channel_id=1, starter_id=1, questions=rng.sample(questions, 1), mode=mode, seconds=20, clock=clock
        )
        session.open_round()
        for member in range(MEMBERS):
            clock.now += timedelta(milliseconds=2)  # 500 presses within one second
            given = rng.choice("ABCD") if mode is Mode.BUTTONS else rng.choice(replies) + " maybe"
            start = time.perf_counter()
            session.submit(member, given)
            out.append(time.perf_counter() - start)
        session.close_round()
    return out


def main() -> None:
    base = baseline()
    base_p50 = statistics.median(base)
    print(f"baseline dict insert: p50 {base_p50 * 1e6:.2f} us, p99 {percentile(base, 0.99) * 1e6:.2f} us")
    for mode in (Mode.BUTTONS, Mode.TYPED):
        timings = presses(mode)
        p50, p99 = statistics.median(timings), percentile(timings, 0.99)
        total = sum(timings) / REPEATS
        print(
            f"{mode.value:8} press: p50 {p50 * 1e6:.2f} us ({p50 / base_p50:.1f}x baseline), "
            f"p99 {p99 * 1e6:.2f} us, all {MEMBERS} presses {total * 1e3:.2f} ms per round"
        )


if __name__ == "__main__":
    main()
