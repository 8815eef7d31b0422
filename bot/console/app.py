"""The offline console: the real bot against the built-in fake Discord, driven from a terminal.

Every line typed here becomes the same gateway INTERACTION_CREATE Discord would send, and every
answer is what the bot posted through discord.py's HTTP client: no shortcut into the cogs.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import sys
from collections.abc import AsyncIterator, Callable, Iterable
from datetime import timedelta
from pathlib import Path
from typing import Any

from bot.config import Settings
from bot.console.parsing import ParseError, parse_command, subcommands, usage
from bot.console.render import Control, render_message
from bot.delivery import outbox_store
from bot.lore.models import Dataset
from bot.offline import OfflineWorld, offline_hyosan, offline_settings

log = logging.getLogger(__name__)


def console_database(settings: Settings) -> Path:
    """The console's own SQLite file: beside the bot's SQLite database, else under var/.

    Separate from the bot's, since the fake Discord's servers and channels are not the real ones.
    """
    if settings.is_sqlite and ":///" in settings.database_url:
        return Path(settings.database_url.split(":///", 1)[1]).parent / "console.db"
    return Path("var") / "console.db"


MEMBER_OPTION, CHANNEL_OPTION, ROLE_OPTION, FILE_OPTION = 6, 7, 8, 11

TIME_STEP = re.compile(r"\+?(\d+)([dhm])")

HELP = """\
Type slash commands as in Discord:   /character name:On-jo    /settings spoilers level:all
Tab completes commands, options and names (from the bot's real autocomplete).
A number presses that button of the last answer (e.g. 3); for a menu: 2 1 picks option 1 of menu 2.
Console commands:
  :commands            list every slash command
  :as NAME             act as another member (moderator, member1, member2, member3)
  :locale ko|en-US     your Discord language
  :channel NAME        where you type (general, news, trivia, mod-log)
  :messages            the current channel's recent messages
  :time +7d            move the bot's clock forward (d, h, m) to watch the run-up to the premiere
  :quit                leave (Ctrl-D works too)
"""


class Console:
    """State of one console session: who you are, where you type, what you can press."""

    def __init__(self, world: OfflineWorld, write: Callable[[str], None] = print) -> None:
        self.world = world
        self.write = write
        self.member = world.moderator
        self.locale = "en-US"
        self.channel_name = "general"
        self.controls: list[Control] = []
        self.control_message: Any = None
        self.seen: set[int] = set()

    # --- helpers ---------------------------------------------------------------------------------

    @property
    def channel(self) -> Any:
        return self.world.channel(self.channel_name)

    def specs(self) -> list[dict[str, Any]]:
        return self.world.fake.commands(self.world.app)

    def prompt(self) -> str:
        return f"{self.member.name}@#{self.channel_name} [{self.locale}]> "

    def mention_names(self) -> dict[int, str]:
        guild = self.world.guild
        names = {m.id: f"@{m.name}" for m in guild.members.values()}
        names.update({r.id: f"@{r.name}" for r in guild.roles.values()})
        names.update({c.id: f"#{c.name}" for c in guild.channels.values()})
        return names

    def show(self, message: Any, header: str | None = None) -> None:
        if message is None:
            return
        self.seen.add(message.id)
        lines, controls = render_message(message, header=header, names=self.mention_names())
        for line in lines:
            self.write(line)
        if controls:
            self.controls = controls
            self.control_message = message

    def show_new_channel_messages(self) -> None:
        """Messages the bot posted on its own (trivia rounds, news) since the last look."""
        for message in self.world.fake.messages(self.channel)[-20:]:
            if message.id not in self.seen:
                self.show(message, header=f"— new in #{self.channel_name} —")

    async def show_result(self, result: Any) -> None:
        if result.error is not None:
            self.write(f"(Discord refused the bot's answer: {result.error})")
            return
        if result.modal is not None:
            await self.fill_modal(result)
            return
        if result.deferred:
            if result.type == 5:
                self.write("(the bot is thinking…)")
            # A deferred answer is finished later by an edit of the original or a first follow-up.
            with contextlib.suppress(TimeoutError):
                await result.final(timeout=30)
        shown = set()
        for message in (result.message, *result.followups):
            if message is not None and message.id not in shown:
                shown.add(message.id)
                self.show(message)

    async def fill_modal(self, result: Any) -> None:
        modal = result.modal
        self.write(f"┌ form: {modal.get('title', '')}")
        values: dict[str, str | list[str]] = {}
        for field in _text_inputs(modal.get("components", [])):
            required = "" if field.get("required", True) else " (optional)"
            label = f"{field.get('label', field['custom_id'])}{required}"
            answer = await (
                self._read_paragraph(label) if field.get("style") == PARAGRAPH else self.read(f"│ {label}: ")
            )
            if answer is None:
                self.write("└ cancelled")
                return
            values[field["custom_id"]] = answer
        self.write("└ sent")
        submitted = await self.world.fake.submit_modal(result, values, member=self.member, locale=self.locale)
        await self.show_result(submitted)

    async def _read_paragraph(self, label: str) -> str | None:
        """A paragraph field takes several lines (answers "one per line"); an empty line ends it."""
        self.write(f"│ {label} (several lines; an empty line ends the field)")
        lines: list[str] = []
        while True:
            line = await self.read("│ … ")
            if line is None:
                return None
            if not line.strip():
                return "\n".join(lines)
            lines.append(line)

    async def read(self, prompt: str) -> str | None:  # replaced by the terminal front end
        raise NotImplementedError

    # --- commands --------------------------------------------------------------------------------

    async def handle(self, line: str) -> bool:
        """Runs one line; False when the user wants to leave."""
        line = line.strip()
        if not line:
            self.show_new_channel_messages()
            return True
        try:
            if line.startswith(":time"):
                await self.fast_forward(line.split()[1:])
            elif line.startswith(":"):
                return self.meta(line[1:].split())
            if line.startswith("/"):
                await self.run_command(line)
            elif line.split()[0].isdigit():
                await self.press(line.split())
            else:
                self.write("Start with / for a command, a number for a button, or :help.")
        # ParseError is a ValueError: a mistyped command, like an unknown name, is told and forgotten.
        except (LookupError, PermissionError, ValueError, TimeoutError) as error:
            self.write(f"✗ {error}")
        self.show_new_channel_messages()
        return True

    def meta(self, words: list[str]) -> bool:
        if not words or words[0] in {"help", "h", "?"}:
            self.write(HELP)
        elif words[0] in {"quit", "q", "exit"}:
            return False
        elif words[0] == "commands":
            for spec in sorted(self.specs(), key=lambda s: s["name"]):
                for line in usage(spec):
                    self.write(line)
        elif words[0] == "as" and len(words) == 2:
            self.member = self.world.guild.member(words[1])
            self.write(f"You are now {self.member.name}.")
        elif words[0] == "locale" and len(words) == 2:
            self.locale = words[1]
            self.write(f"Your Discord language is now {self.locale}.")
        elif words[0] == "channel" and len(words) == 2:
            self.world.guild.channel(words[1])
            self.channel_name = words[1]
            self.write(f"You are now in #{self.channel_name}.")
        elif words[0] == "messages":
            for message in self.world.fake.messages(self.channel)[-10:]:
                self.show(message, header="—")
        else:
            self.write(f"unknown console command :{' '.join(words)} (try :help)")
        return True

    async def fast_forward(self, words: list[str]) -> None:
        """`:time +7d`: the bot's clock (and the fake Discord's) jumps forward; what the premiere
        brings at the new time (event, countdowns, threads) happens now."""
        match = TIME_STEP.fullmatch(words[0]) if len(words) == 1 else None
        if match is None:
            raise ValueError("say how far: :time +7d, :time +1h or :time +30m")
        amount, unit = int(match[1]), match[2]
        delta = {"d": timedelta(days=amount), "h": timedelta(hours=amount), "m": timedelta(minutes=amount)}[
            unit
        ]
        bot = self.world.bot
        bot.clock.advance(delta)
        self.world.fake.clock_offset += delta
        await bot.premiere.sync_all()
        await self._settle()
        self.write(f"⏩ It is now {bot.clock.now():%Y-%m-%d %H:%M} UTC for the bot.")
        for channel in self.world.guild.text_channels:
            for message in self.world.fake.messages(channel):
                if message.id not in self.seen and channel is not self.channel:
                    self.seen.add(message.id)
                    self.show(message, header=f"— #{channel.name}")
        for thread in (t for c in self.world.guild.text_channels for t in self.world.fake.threads_of(c)):
            if thread.channel.id not in self.seen:
                self.seen.add(thread.channel.id)
                self.write(f"🧵 thread in #{thread.parent.name}: {thread.channel.name}")

    async def _settle(self, within: float = 10.0) -> None:
        """Give the delivery worker a moment to post what became due (the console is interactive)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + within
        while loop.time() < deadline:
            async with self.world.bot.db.connect() as conn:
                counts = await outbox_store.counts_by_state(conn)
            if not counts.get("pending") and not counts.get("sending"):
                return
            await asyncio.sleep(0.05)

    def resolve_option(self, kind: int, raw: Any) -> Any:
        """Names typed for member/channel/role options, and a file path for an attachment."""
        guild = self.world.guild
        if kind == MEMBER_OPTION:
            return guild.member(str(raw).lstrip("@"))
        if kind == CHANNEL_OPTION:
            return guild.channel(str(raw).lstrip("#"))
        if kind == ROLE_OPTION:
            return guild.role(str(raw).lstrip("@"))
        if kind == FILE_OPTION:
            path = Path(str(raw)).expanduser()
            if not path.is_file():
                raise LookupError(f"no file at {path}")
            return self.world.fake.attach(path.name, path.read_bytes())
        return raw

    async def run_command(self, line: str) -> None:
        parsed = parse_command(line, self.specs())
        kinds = {o["name"]: o["type"] for o in parsed.leaf.get("options", [])}
        options = {name: self.resolve_option(kinds[name], value) for name, value in parsed.options.items()}
        result = await self.world.fake.invoke(
            self.world.app,
            parsed.qualified_name,
            options,
            guild=self.world.guild,
            channel=self.channel,
            member=self.member,
            locale=self.locale,
        )
        await self.show_result(result)

    async def press(self, words: list[str]) -> None:
        number = int(words[0])
        control = next((c for c in self.controls if c.number == number), None)
        if control is None or self.control_message is None:
            raise LookupError(f"there is no button {number} on the last answer")
        if control.kind == "button":
            result = await self.world.fake.click(
                self.control_message, control.custom_id, member=self.member, locale=self.locale
            )
        else:
            if len(words) < 2 or not words[1].isdigit() or not 1 <= int(words[1]) <= len(control.options):
                raise ValueError(f"pick an option: {number} N, with N from 1 to {len(control.options)}")
            value = control.options[int(words[1]) - 1][1]
            result = await self.world.fake.select(
                self.control_message, control.custom_id, [value], member=self.member, locale=self.locale
            )
        await self.show_result(result)

    # --- completion ----------------------------------------------------------------------------

    async def completions(self, text: str) -> list[str]:
        """What Tab offers for `text` (the line up to the cursor): the values it would insert."""
        _replace, items = await self.completion_items(text)
        return [value for value, _label in items]

    async def completion_items(self, text: str) -> tuple[int, list[tuple[str, str]]]:
        """(characters before the cursor to replace, [(value to insert, label to show)]) for `text`."""
        if not text.startswith("/"):
            return 0, []
        specs = self.specs()
        if " " not in text:
            return len(text), [
                (f"/{s['name']}", s.get("description", "")) for s in specs if s["name"].startswith(text[1:])
            ]
        try:
            parsed = parse_command(text, specs, partial=True)
        except ParseError:
            return 0, []
        leaf = parsed.leaf
        if parsed.trailing_option is None or text.endswith(" "):
            offered = subcommands(leaf) or [
                f"{o['name']}:" for o in leaf.get("options", []) if o["name"] not in parsed.options
            ]
            word = "" if text.endswith(" ") else text.split()[-1]
            return len(word), [(o, "") for o in offered if o.startswith(word)]
        option = next(o for o in leaf.get("options", []) if o["name"] == parsed.trailing_option)
        # The value may contain spaces: everything after the last `name:` is being replaced.
        current = text.rsplit(f"{parsed.trailing_option}:", 1)[1]
        if option.get("choices"):
            return len(current), [
                (str(c["value"]), c["name"])
                for c in option["choices"]
                if str(c["value"]).startswith(current.strip())
            ]
        if option.get("autocomplete"):
            choices = await self.world.fake.autocomplete(
                self.world.app,
                parsed.qualified_name,
                dict(parsed.options),
                focused=parsed.trailing_option,
                guild=self.world.guild,
                channel=self.channel,
                member=self.member,
                locale=self.locale,
            )
            return len(current), [(str(c["value"]), c["name"]) for c in choices]
        return 0, []


# Discord's TextInput styles: 1 short (one line), 2 paragraph.
PARAGRAPH = 2


def _text_inputs(components: Iterable[dict[str, Any]]) -> Iterable[dict[str, Any]]:
    for component in components:
        if component.get("type") == 4:
            yield component
        yield from _text_inputs(component.get("components", []))
        if "component" in component:
            yield from _text_inputs([component["component"]])


# --- terminal front ends -------------------------------------------------------------------------


async def _interactive(console: Console) -> None:
    from prompt_toolkit import PromptSession
    from prompt_toolkit.completion import Completer, Completion
    from prompt_toolkit.patch_stdout import patch_stdout

    class SlashCompleter(Completer):
        def get_completions(self, document, complete_event):
            return iter(())

        async def get_completions_async(self, document, complete_event):
            replace, items = await console.completion_items(document.text_before_cursor)
            for value, label in items:
                yield Completion(value, start_position=-replace, display=label or value, display_meta=value)

    session: PromptSession[str] = PromptSession(completer=SlashCompleter(), complete_while_typing=False)

    async def read(prompt: str) -> str | None:
        try:
            return await session.prompt_async(prompt)
        except (EOFError, KeyboardInterrupt):
            return None

    console.read = read  # type: ignore[method-assign]
    with patch_stdout():
        watcher = asyncio.create_task(_watch_channel(console))
        try:
            while True:
                line = await read(console.prompt())
                if line is None or not await console.handle(line):
                    break
        finally:
            watcher.cancel()


async def _watch_channel(console: Console) -> None:
    while True:
        await asyncio.sleep(0.5)
        console.show_new_channel_messages()


async def _scripted(console: Console, lines: AsyncIterator[str]) -> None:
    """Lines from a pipe (tests, demos): run each, echoing it after the prompt."""

    async def read(prompt: str) -> str | None:
        try:
            answer = await anext(lines)
        except StopAsyncIteration:
            return None
        console.write(f"{prompt}{answer}")
        return answer

    console.read = read  # type: ignore[method-assign]
    while True:
        line = await read(console.prompt())
        if line is None or not await console.handle(line):
            break


async def _stdin_lines() -> AsyncIterator[str]:
    loop = asyncio.get_running_loop()
    while True:
        line = await loop.run_in_executor(None, sys.stdin.readline)
        if not line:
            return
        yield line.rstrip("\n")


async def run_console(settings: Settings, dataset: Dataset, *, database: Path | None = None) -> int:
    """Start the bot against the fake Discord and hand the terminal to the user."""
    overrides = {k: v for k, v in settings.model_dump().items() if k in {"log_level", "data_dir"}}
    console_settings = offline_settings(database or console_database(settings), **overrides)
    # Log levels are the entry point's business (`python -m bot console` keeps INFO lines out of
    # the conversation and still honours LOG_LEVEL=DEBUG); a library sets nothing process-wide.
    return await _run_console(console_settings, dataset)


async def _run_console(console_settings: Settings, dataset: Dataset) -> int:
    print("Starting Hyosan against the built-in fake Discord…", flush=True)
    async with offline_hyosan(console_settings, dataset=dataset) as world:
        console = Console(world)
        print(
            f"Connected. You are {console.member.name} (a moderator) in the server "
            f"“{world.guild.name}”. Type :help for help.\n",
            flush=True,
        )
        if sys.stdin.isatty():
            await _interactive(console)
        else:
            await _scripted(console, _stdin_lines())
    print("Bye.")
    return 0
