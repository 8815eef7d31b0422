"""Does the learned status model help the rules on text neither has seen? Measured the blind way.

Run: .venv/bin/python -m bench.second_opinion [--rounds 12]

For each of the latest blind rounds: the rules' statuses are those of the commit that recorded the
round's first score (its ``bot/`` is checked out of git history into a temporary folder and run over
the round), and the model is trained only on what had been labelled before that commit (the
development part, earlier rounds and story rounds). Printed per round: the rules alone (the first
score again), the model alone, and the two together as ``classify`` combines them; then the mean over
the rounds for a few thresholds around the shipped ones. Needs the repository's git history.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from statistics import mean
from typing import Any

from bot.tracker import status_model
from bot.tracker.classify import NO_DEVELOPMENT
from bot.tracker.evaluation import Corpus, load_labeled

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "bot" / "tracker" / "corpus"

_RUN_OLD_RULES = """
import json, sys
from pathlib import Path
from bot.tracker.classify import classify
from bot.tracker.evaluation import load_labeled
verdicts = {i.stable_id: classify(i) for i, _ in load_labeled(Path(sys.argv[1]))}
print(json.dumps({key: [v.status, v.reasons] for key, v in verdicts.items()}))
"""


RulesThen = dict[str, tuple[str | None, list[str]]]  # item id -> the rules' status and reasons
Job = tuple[str, Path, list[status_model.Example], RulesThen]


def _git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, check=True, capture_output=True, text=True).stdout


def rules_then(commit: str, round_path: Path) -> RulesThen:
    """The statuses the rules of ``commit`` gave the round's items."""
    with tempfile.TemporaryDirectory() as folder:
        archive = subprocess.run(["git", "archive", commit, "bot"], cwd=ROOT, check=True, capture_output=True)
        subprocess.run(["tar", "-x", "-C", folder], input=archive.stdout, check=True)
        out = subprocess.run(
            [sys.executable, "-c", _RUN_OLD_RULES, str(round_path)],
            cwd=folder,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    result: RulesThen = json.loads(out)
    return result


def _when(commit: str) -> int:
    return int(_git("log", "-1", "--format=%ct", commit).strip())


def _examples_before(corpus: Corpus, moment: int, scored: dict[str, int]) -> list[status_model.Example]:
    rows = load_labeled(CORPUS / "dev.jsonl")
    for name, at in scored.items():
        if at < moment:
            rows.extend(load_labeled(CORPUS / "blind" / f"{name}.jsonl"))
    return [(i.title, i.summary, str(e["status"])) for i, e in rows if e["relevant"]]


def _judge(job: Job) -> list[dict[str, Any]]:
    _, path, examples, rules = job
    model = status_model.train(examples)
    judged = []
    for item, expected in load_labeled(path):
        if not expected["relevant"]:
            continue
        rule, reasons = rules[item.stable_id]
        judged.append(
            {
                "want": expected["status"],
                "rules": rule,
                "probabilities": model.probabilities(item.title, item.summary),
                "hedged": rule == "rumor" and NO_DEVELOPMENT not in reasons,
            }
        )
    return judged


def combined(judged: list[dict[str, Any]], sure: float, doubted: float) -> float:
    right = 0
    for j in judged:
        model = None
        if j["rules"] is not None:  # the model only ever speaks for items the rules found relevant
            model = status_model.overriding(
                j["probabilities"],
                j["rules"],
                hedged=j["hedged"],
                sure=sure,
                doubted=doubted,
            )
        right += (model or j["rules"]) == j["want"]
    return right / len(judged)


def _model_alone(judged: list[dict[str, Any]]) -> float:
    """The model's status on every item the rules found relevant (relevance stays the rules')."""
    return mean(
        j["rules"] is not None and max(j["probabilities"], key=j["probabilities"].get) == j["want"]
        for j in judged
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=12, help="how many of the latest blind rounds")
    args = parser.parse_args()
    corpus = Corpus(CORPUS)
    scores = json.loads((CORPUS / "blind" / "scores.json").read_text(encoding="utf-8"))
    scored = {name: _when(str(record["first_score"]["commit"])) for name, record in scores.items()}
    rounds = [r for r in corpus.rounds() if r.first_score is not None][-args.rounds :]
    jobs = []
    for blind in rounds:
        commit = str(blind.first_score["commit"])  # type: ignore[index]
        examples = _examples_before(corpus, scored[blind.name], scored)
        jobs.append((blind.name, blind.path, examples, rules_then(commit, blind.path)))
    with ProcessPoolExecutor() as pool:
        results = dict(zip([j[0] for j in jobs], pool.map(_judge, jobs), strict=True))
    sure, doubted = status_model.OVERRIDE_PROBABILITY, status_model.RULES_DOUBTED_BELOW
    print(f"{'round':10} {'trained on':>10} {'rules':>6} {'model':>6} {'both':>6}")
    for (name, _, examples, _), judged in zip(jobs, results.values(), strict=True):
        rules = mean(j["rules"] == j["want"] for j in judged)
        model = _model_alone(judged)
        print(
            f"{name:10} {len(examples):10d} {rules:6.3f} {model:6.3f} {combined(judged, sure, doubted):6.3f}"
        )
    every = list(results.values())
    print(f"mean rules alone {mean(mean(j['rules'] == j['want'] for j in r) for r in every):.3f}")
    print(f"mean model alone {mean(_model_alone(r) for r in every):.3f}")
    for p in (0.5, 0.6, 0.7):
        row = "  ".join(
            f"doubt<={d:.2f}: {mean(combined(r, p, d) for r in every):.3f}" for d in (0.05, 0.1, 0.2)
        )
        marker = f"  (shipped: sure>={sure:.2f}, doubt<={doubted:.2f})" if p == sure else ""
        print(f"mean both, sure>={p:.1f}  {row}{marker}")


if __name__ == "__main__":
    main()
