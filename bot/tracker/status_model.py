"""A learned second opinion on which development a relevant item reports.

The rules in ``bot.tracker.classify`` read sentence structure and know the contract's precedence, but
they only know the phrasings they were written for. This model knows nothing but words: a
multinomial logistic regression over English words, word pairs and Korean syllable 2- and 3-grams of
the headline (without its " - Outlet" tail) and the summary, trained on the labelled corpus. On the
blind rounds, each scored with the rules as they stood and a model trained only on what was labelled
before it, the two miss different items: on the twelve latest rounds the rules alone got 0.898 of
the statuses, the model alone 0.915, and the rules with the model's answer taken where ``overriding``
allows it 0.911, no round lower than the rules alone. The model alone is not enough: it cannot tell
a hedge's scope or whose premiere a sentence dates, which the contract turns on and the rules read
(its confident mistakes on the test suite's sentences are what ``overriding`` keeps out), and it
gives no reason a reader can check. ``python -m bench.second_opinion`` measures all three again.

Pure Python, deterministic (a fixed seed, one pass order), no network. The weights are built by
``make model`` from the corpus and kept in ``status_model.json.gz`` beside this module with a digest of
the items they were trained on, so a test notices when the corpus grew and the model did not.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import math
import random
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path

MODEL_PATH = Path(__file__).with_name("status_model.json.gz")

# The model overrides the rules only where it is sure of its own answer and finds theirs unlikely.
# Chosen on the twelve latest blind rounds and the classifier's test sentences (which the model never
# saw and the rules were written to): `python -m bench.second_opinion` prints the rounds' side.
OVERRIDE_PROBABILITY = 0.6
RULES_DOUBTED_BELOW = 0.1
MODEL_MAY_SAY = frozenset({"renewed", "cast_announced", "in_production", "wrapped", "trailer"})

_WORD = re.compile(r"[a-z0-9]+|[가-힣]+")
_OUTLET_TAIL = " - "


def features(title: str, summary: str) -> list[str]:
    """The item's features, each once: words (and where they stand), word pairs, Korean n-grams."""
    found: list[str] = []
    cut = title.rfind(_OUTLET_TAIL)
    for part, text in (("t", title[:cut] if cut > 0 else title), ("s", summary)):
        tokens = _WORD.findall(text.lower())
        found += ["w" + token for token in tokens]
        found += [f"b{first}_{second}" for first, second in pairwise(tokens)]
        for token in tokens:
            if token[0] >= "가":  # hangul: endings and particles sit inside words, so syllable n-grams
                grams = [token[n : n + 2] for n in range(len(token) - 1)]
                grams += [token[n : n + 3] for n in range(len(token) - 2)]
                if part == "t":
                    found += ["tk" + gram for gram in grams]
                found += ["k" + gram for gram in grams]
            elif part == "t":
                found.append("tw" + token)
    return list(dict.fromkeys(found))  # insertion order, not a set: sums add up in the same order every run


def overriding(
    probabilities: dict[str, float],
    rules_status: str,
    *,
    hedged: bool,
    sure: float = OVERRIDE_PROBABILITY,
    doubted: float = RULES_DOUBTED_BELOW,
) -> str | None:
    """The status that replaces the rules' one: the model's answer where it is sure of it and finds
    the rules' unlikely, between the developments words tell (``MODEL_MAY_SAY``). What words alone
    cannot see stays the rules' to say: whether the premiere happened or is dated needs tense and
    whose season it is ("season 1 premiered in 2022; season 2 is in post-production"), so the model
    neither gives nor takes away a premiere or its date ("a poster ... The season premieres November
    13" is the date, by the contract's precedence, however much of it is about the poster); whether a
    development is stated or only hedged is a matter of scope, so a rumour the rules read from a
    hedge or a question (``hedged``: "3월 12일 공개 유력", "가능할까") is not overruled."""
    if not may_overrule(rules_status, hedged=hedged):
        return None
    status = max(probabilities, key=probabilities.__getitem__)
    if status == rules_status or status not in MODEL_MAY_SAY or probabilities[status] < sure:
        return None
    if probabilities.get(rules_status, 0.0) > doubted:
        return None
    return status


def may_overrule(rules_status: str, *, hedged: bool) -> bool:
    """Whether the model may replace this status at all (so it need not be asked otherwise)."""
    return rules_status in MODEL_MAY_SAY or (rules_status == "rumor" and not hedged)


@dataclass(frozen=True)
class Opinion:
    status: str
    probability: float
    rules_probability: float


class StatusModel:
    def __init__(self, classes: Sequence[str], weights: dict[str, list[float]], digest: str) -> None:
        self.classes = tuple(classes)
        self.digest = digest
        self._weights = {feature: tuple(row) for feature, row in weights.items()}

    def probabilities(self, title: str, summary: str) -> dict[str, float]:
        found = features(title, summary)
        rows = list(filter(None, map(self._weights.get, found)))
        if not rows:
            return dict.fromkeys(self.classes, 1.0 / len(self.classes))
        scale = 1.0 / math.sqrt(len(found))
        # zip(*rows) turns the features' rows into one column per class, summed in the features' order.
        scores = [scale * total for total in map(sum, zip(*rows, strict=True))]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {status: e / total for status, e in zip(self.classes, exps, strict=True)}

    def second_opinion(self, title: str, summary: str, rules_status: str, *, hedged: bool) -> Opinion | None:
        """The model's status where it overrides the rules' one, else None."""
        if not may_overrule(rules_status, hedged=hedged):
            return None
        probabilities = self.probabilities(title, summary)
        status = overriding(probabilities, rules_status, hedged=hedged)
        if status is None:
            return None
        return Opinion(status, probabilities[status], probabilities.get(rules_status, 0.0))

    def dump(self, path: Path) -> None:
        weights = {feature: [round(w, 4) for w in row] for feature, row in self._weights.items()}
        body = json.dumps(
            {"classes": self.classes, "digest": self.digest, "weights": weights},
            ensure_ascii=False,
            sort_keys=True,
            separators=(",", ":"),
        ).encode()
        path.write_bytes(gzip.compress(body, mtime=0))


def load(path: Path = MODEL_PATH) -> StatusModel:
    data = json.loads(gzip.decompress(path.read_bytes()))
    return StatusModel(data["classes"], data["weights"], data["digest"])


@cache
def shipped() -> StatusModel | None:
    """The model kept beside this module, or None where it was never built (the rules then decide)."""
    return load() if MODEL_PATH.exists() else None


Example = tuple[str, str, str]  # title, summary, status


def digest(examples: Iterable[Example]) -> str:
    hashed = hashlib.sha256()
    for title, summary, status in examples:
        hashed.update(json.dumps([title, summary, status], ensure_ascii=False).encode())
    return hashed.hexdigest()


def train(
    examples: Sequence[Example], *, epochs: int = 12, rate: float = 0.5, seed: int = 0, min_count: int = 2
) -> StatusModel:
    """Stochastic gradient descent on the softmax loss, one seeded shuffle per epoch; features seen in
    fewer than ``min_count`` items are dropped from the saved model (they carry little and weigh a lot)."""
    classes = sorted({status for _, _, status in examples})
    index = {status: n for n, status in enumerate(classes)}
    encoded = []
    for title, summary, status in examples:
        found = features(title, summary)
        encoded.append((found, 1.0 / math.sqrt(len(found)) if found else 0.0, index[status]))
    weights: list[dict[str, float]] = [{} for _ in classes]
    order = list(range(len(encoded)))
    shuffle = random.Random(seed)
    for _ in range(epochs):
        shuffle.shuffle(order)
        for n in order:
            found, value, answer = encoded[n]
            scores = [value * sum(column.get(f, 0.0) for f in found) for column in weights]
            top = max(scores)
            exps = [math.exp(s - top) for s in scores]
            total = sum(exps)
            for c, column in enumerate(weights):
                gradient = exps[c] / total - (c == answer)
                if abs(gradient) < 1e-4:
                    continue
                step = rate * gradient * value
                for f in found:
                    column[f] = column.get(f, 0.0) - step
    seen: dict[str, int] = {}
    for found, _, _ in encoded:
        for f in found:
            seen[f] = seen.get(f, 0) + 1
    kept = sorted(f for f, count in seen.items() if count >= min_count)
    table = {f: [column.get(f, 0.0) for column in weights] for f in kept}
    return StatusModel(classes, table, digest(examples))


def corpus_examples(root: Path) -> list[Example]:
    """What the model learns from: the development part and every story round already scored once
    (blind rounds not yet scored stay unseen, so their first score stays a blind test)."""
    from bot.tracker.evaluation import Corpus, load_labeled

    corpus = Corpus(root)
    rows = corpus.development()
    for _, path, first in corpus.story_rounds():
        if first is not None:
            rows.extend(load_labeled(path))
    return [
        (item.title, item.summary, str(expected["status"])) for item, expected in rows if expected["relevant"]
    ]


DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "tests" / "bot" / "tracker" / "corpus"


def main(argv: Sequence[str] | None = None) -> None:
    import argparse

    parser = argparse.ArgumentParser(description="Train the status model on the labelled corpus.")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args(argv)
    examples = corpus_examples(args.corpus)
    model = train(examples)
    model.dump(args.out)
    print(f"trained on {len(examples)} items, {len(model._weights)} features -> {args.out}")


if __name__ == "__main__":
    main()
