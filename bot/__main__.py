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
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from bot.config import ConfigError, Settings, configure_logging, load_settings

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
"""


def _settings_or_exit() -> Settings:
    try:
        return load_settings()
    except ConfigError as error:
        print(error, file=sys.stderr)
        raise SystemExit(2) from None


def _dataset_or_exit(settings: Settings):  # type: ignore[no-untyped-def]
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
    assert settings.discord_token is not None
    bot = Hyosan(settings, dataset=dataset)
    # Ctrl-C ends the process quietly; `async with bot` has already closed it cleanly.
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(bot, settings.discord_token.get_secret_value()))
    return 0


async def _serve(bot: Hyosan, token: str) -> None:
    """Log in (which runs setup_hook), freeze what now lives as long as the process, then connect."""
    async with bot:
        await bot.login(token)
        # The dataset, the search index and the loaded cogs live as long as the process: moving
        # them out of the collector's reach keeps full collections (pauses on the p99 of every
        # command) from walking tens of thousands of objects that can never be garbage. Done here,
        # in the process entry point, because it affects every object the process holds.
        gc.freeze()
        await bot.connect()


def console(settings: Settings) -> int:
    from bot.console.app import run_console

    dataset = _dataset_or_exit(settings)
    return asyncio.run(run_console(settings, dataset))


def check(settings: Settings) -> int:
    dataset = _dataset_or_exit(settings)
    print(f"configuration OK; dataset OK ({dataset.summary()})")
    return 0


def _tool(module: str, function: str = "main") -> Callable[[Sequence[str]], int]:
    def main(argv: Sequence[str]) -> int:
        import importlib

        return getattr(importlib.import_module(module), function)(list(argv))

    return main


TOOLS = {"tracker": _tool("bot.tracker.cli"), "trivia": _tool("bot.trivia.cli", "database_main")}


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    command = args[0] if args else None
    if command in {"-h", "--help", "help"}:
        print(USAGE)
        return 0
    if command in TOOLS:
        return TOOLS[command](args[1:])

    settings = _settings_or_exit()
    offline = command == "console" or (command is None and not settings.discord_token)
    # In the console the bot's INFO lines would drown the conversation; DEBUG still shows everything.
    configure_logging("WARNING" if offline and settings.log_level == "INFO" else settings.log_level)
    if command is None:
        command = "run" if settings.discord_token else "console"
        if command == "console":
            print("No DISCORD_TOKEN set: opening the offline console (the real bot, a fake Discord).")
    if command == "run":
        if settings.discord_token is None:
            print(
                "DISCORD_TOKEN is not set: put it in .env (see .env.example) or run `python -m bot console`.",
                file=sys.stderr,
            )
            return 2
        return run(settings)
    if command == "console":
        return console(settings)
    if command == "check":
        return check(settings)
    print(f"unknown command {command!r}\n\n{USAGE}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
