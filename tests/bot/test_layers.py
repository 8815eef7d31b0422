"""The core never depends on the Discord-facing features: nothing under bot/ imports cogs/."""

from __future__ import annotations

import ast
from pathlib import Path

BOT = Path(__file__).resolve().parents[2] / "bot"


def test_bot_never_imports_cogs() -> None:
    offenders = []
    for path in BOT.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.relative_to(BOT.parent)}: {n}" for n in names if n.split(".")[0] == "cogs"]
    assert offenders == []


# The services the bot is made of: created once, in bot/client.py, and only used by cogs.
SERVICES = {
    "Database",
    "GuildSettingsStore",
    "AppState",
    "LoreIndex",
    "QuestionBank",
    "ScoreBook",
    "SuggestionQueue",
    "NewsService",
    "NewsScheduler",
    "DeliveryWorker",
    "HealthServer",
}


def service_problems(source: str) -> list[str]:
    """Constructor calls of a service, and attributes set on the bot, in one module's source."""
    problems = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)
            if name in SERVICES:
                problems.append(f"line {node.lineno}: creates {name}")
        targets = node.targets if isinstance(node, ast.Assign) else []
        if isinstance(node, ast.AnnAssign | ast.AugAssign):
            targets = [node.target]
        for target in targets:
            if not isinstance(target, ast.Attribute):
                continue
            # self.bot.x = ... or bot.x = ...: a cog attaching a service to the bot.
            owner = target.value
            if (isinstance(owner, ast.Name) and owner.id == "bot") or (
                isinstance(owner, ast.Attribute) and owner.attr == "bot"
            ):
                problems.append(f"line {node.lineno}: sets bot.{target.attr}")
    return problems


def test_cogs_never_create_or_attach_services() -> None:
    offenders = [
        f"{path.relative_to(BOT.parent)} {problem}"
        for path in sorted((BOT.parent / "cogs").rglob("*.py"))
        for problem in service_problems(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_the_service_check_sees_both_mistakes() -> None:
    source = "class C:\n    def __init__(self, bot):\n        self.bot.news = NewsService(bot.db, s)\n"
    assert sorted(service_problems(source)) == ["line 3: creates NewsService", "line 3: sets bot.news"]
