"""Entry point: `python -m bot [run|console|check|tracker ...|trivia ...]`.

With no command, Hyosan connects to Discord when DISCORD_TOKEN is set and opens the offline
console against the built-in fake Discord when it is not, so `make run` always does something
useful on a fresh machine.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from bot.config import DEFAULT_DATABASE_URL, ConfigError, Settings, configure_logging, load_settings
from bot.startup_errors import explain

if TYPE_CHECKING:
    from bot.client import Hyosan

log = logging.getLogger("bot")

USAGE = """usage: python -m bot [COMMAND]

commands:
  run                 connect to Discord (needs DISCORD_TOKEN); the default when a token is set
  console             the real bot against the built-in fake Discord, in this terminal
  check               validate the configuration and the dataset, then exit
  tracker classify FILE.jsonl | tracker preview URL-or-FILE
  trivia validate FILE | trivia import FILE --guild ID | trivia export --guild ID FILE
  privacy show --user ID | privacy delete --user ID [--guild ID]   (data requests by e-mail)
"""


def _settings_or_exit() -> Settings:
    try:
        return load_settings()
    except ConfigError as error:
        print(error, file=sys.stderr)
        raise SystemExit(2) from None
    except UnicodeDecodeError as error:
        print(explain(error, ""), file=sys.stderr)
        raise SystemExit(2) from None


def _explained(error: Exception, database_url: str, *, debug: bool) -> int:
    """Print a known start-up failure in words (exit 2); re-raise anything else, which is a bug."""
    message = explain(error, database_url)
    if message is None:
        raise error
    if debug:
        log.error("start-up failed", exc_info=error)
    print(message, file=sys.stderr)
    return 2


def _dataset_or_exit(settings: Settings):
    from bot.lore.loader import DatasetError, load_dataset

    try:
        return load_dataset(settings.data_dir)
    except DatasetError as error:
        print(
            f"The dataset in {settings.data_dir} has problems, so Hyosan will not start:\n{error}",
            file=sys.stderr,
        )
        raise SystemExit(2) from None


def run(settings: Settings) -> int:
    from bot.client import Hyosan

    dataset = _dataset_or_exit(settings)
    _packs_or_exit(settings)
    assert settings.discord_token is not None
    bot = Hyosan(settings, dataset=dataset)
    # Ctrl-C ends the process quietly: `async with bot` has closed it in order by then.
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(bot, settings.discord_token.get_secret_value()))
    return 0


async def _serve(bot: Hyosan, token: str) -> None:
    """Log in (which runs setup_hook), freeze what now lives as long as the process, then connect."""
    async with bot:
        await bot.login(token)
        # The dataset, the search index and the loaded cogs live as long as the process: moving
        # them out of the collector's reach keeps full collections (pauses on the p99 of every
        # command) from walking objects that can never be garbage. Process-wide, so it happens
        # here, in the entry point, never in a test or a console world.
        gc.freeze()
        await bot.connect()


def console(settings: Settings) -> int:
    from bot.console.app import run_console

    dataset = _dataset_or_exit(settings)
    _packs_or_exit(settings)
    return asyncio.run(run_console(settings, dataset))


def _packs_or_exit(settings: Settings) -> tuple[Any, ...]:
    from bot.trivia.formats import ImportProblems
    from bot.trivia.packs import load_builtin_packs, packs_directory

    folder = packs_directory(settings.data_dir)
    try:
        return load_builtin_packs(folder)
    except ImportProblems as problems:
        listed = "\n".join(f"  {problem}" for problem in problems.problems)
        print(f"The built-in trivia packs in {folder} have problems:\n{listed}", file=sys.stderr)
        raise SystemExit(2) from None


def check(settings: Settings) -> int:
    """Everything start-up needs, checked without starting: each part says OK or what is wrong."""
    from bot.tracker.sources import SourcesFileError, load_sources

    dataset = _dataset_or_exit(settings)
    packs = _packs_or_exit(settings)
    questions = sum(len(pack.questions) for pack in packs)
    print(f"configuration OK; dataset OK ({dataset.summary()})")
    print(f"trivia packs OK ({len(packs)} packs, {questions} questions)")
    failed = False
    try:
        sources = load_sources(settings.news_sources_file or "", min_interval=settings.feed_min_interval)
        print(f"news sources OK ({len(sources)} in {settings.news_sources_file})")
    except SourcesFileError as error:
        print(f"news sources: {error}", file=sys.stderr)
        failed = True
    try:
        print(asyncio.run(_database_state(settings)))
    except Exception as error:
        failed = True
        _explained(error, settings.database_url, debug=settings.log_level == "DEBUG")
    return 2 if failed else 0


async def _database_state(settings: Settings) -> str:
    from bot.storage.database import Database, schema_state

    db = Database(settings.database_url)
    try:
        current, head = await schema_state(db)
    finally:
        await db.close()
    where = "SQLite" if settings.is_sqlite else "PostgreSQL"
    if current == head:
        return f"database OK ({where}, schema at {head})"
    return f"database OK ({where}, schema at {current or 'none'}; the next start migrates it to {head})"


def _tool(module: str, function: str = "main") -> Callable[[Sequence[str]], int]:
    def main(argv: Sequence[str]) -> int:
        import importlib

        return getattr(importlib.import_module(module), function)(list(argv))

    return main


TOOLS = {
    "tracker": _tool("bot.tracker.cli"),
    "trivia": _tool("bot.trivia.cli", "database_main"),
    "privacy": _tool("bot.privacy_cli"),
}


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    command = args[0] if args else None
    if command in {"-h", "--help", "help"}:
        print(USAGE)
        return 0
    if command in TOOLS:
        try:
            return TOOLS[command](args[1:])
        except Exception as error:
            url = os.environ.get("DATABASE_URL", DEFAULT_DATABASE_URL)
            return _explained(error, url, debug=os.environ.get("LOG_LEVEL", "").upper() == "DEBUG")

    settings = _settings_or_exit()
    offline = command == "console" or (command is None and not settings.discord_token)
    # In the console the bot's INFO lines would drown the conversation; DEBUG still shows everything.
    configure_logging(
        "WARNING" if offline and settings.log_level == "INFO" else settings.log_level, settings.log_format
    )
    if command is None:
        command = "run" if settings.discord_token else "console"
        if command == "console":
            print("No DISCORD_TOKEN set: opening the offline console (the real bot, a fake Discord).")
    if command == "run" and settings.discord_token is None:
        print(
            "DISCORD_TOKEN is not set: put it in .env (see .env.example) or run `python -m bot console`.",
            file=sys.stderr,
        )
        return 2
    commands = {"run": run, "console": console, "check": check}
    if command in commands:
        try:
            return commands[command](settings)
        except Exception as error:
            return _explained(error, settings.database_url, debug=settings.log_level == "DEBUG")
    print(f"unknown command {command!r}\n\n{USAGE}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
