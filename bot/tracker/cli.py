"""Operator commands: ``tracker classify FILE.jsonl`` and ``tracker preview URL-or-FILE``.

Bad input ends with one line on stderr and exit status 1, never a traceback. ``main`` takes the
arguments after ``tracker``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import NoReturn, TextIO

from bot.tracker.classify import Classification, classify
from bot.tracker.dedupe import StoryFacts, facts_of, find_duplicate
from bot.tracker.fetch import FeedFetcher
from bot.tracker.items import FeedItem
from bot.tracker.parse import ParsedFeed, ParseError, parse_feed
from bot.tracker.poll import SourceError, fetch_source
from bot.tracker.sources import Source
from bot.tracker.urlguard import UnsafeURLError

log = logging.getLogger(__name__)

MAX_INPUT_BYTES = 2_000_000
MAX_CLASSIFY_BYTES = 50_000_000


class CLIError(Exception):
    """A problem with the operator's input, reported as one line."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise CLIError(message)


def _parser() -> _Parser:
    parser = _Parser(prog="python -m bot tracker", description="Release tracker operator commands.")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    classify_cmd = commands.add_parser("classify", help="classify items from a JSON-lines file")
    classify_cmd.add_argument("file", help="one JSON object a line: id, title, summary, link, published, ...")
    preview = commands.add_parser(
        "preview", help="parse a feed (URL or file) and show what would be announced"
    )
    preview.add_argument("target", help="an http(s) URL or a file path")
    preview.add_argument("--kind", choices=("rss", "atom", "tvmaze"), default=None, help="default: guessed")
    preview.add_argument("--language", default="en", help="language of the feed's items (default: en)")
    preview.add_argument(
        "--allow-private",
        action="store_true",
        default=os.environ.get("ALLOW_PRIVATE_FEED_URLS", "").lower() in ("1", "true", "yes"),
        help="allow loopback/private addresses (also ALLOW_PRIVATE_FEED_URLS=true)",
    )
    return parser


def _read_capped(path: Path, limit: int) -> bytes:
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise CLIError(f"cannot read {path}: {exc.strerror or exc}") from exc
    if len(data) > limit:
        raise CLIError(f"{path} is larger than {limit} bytes")
    return data


def _text_field(record: dict[str, object], name: str, where: str, *, required: bool) -> str:
    value = record.get(name)
    if value is None:
        if required:
            raise CLIError(f"{where}: missing field {name!r}")
        return ""
    if not isinstance(value, str):
        raise CLIError(f"{where}: field {name!r} must be a string")
    return value


def _published(record: dict[str, object], where: str) -> datetime | None:
    value = record.get("published")
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise CLIError(f"{where}: field 'published' must be an ISO 8601 string")
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00") if value.endswith("Z") else value)
    except ValueError as exc:
        raise CLIError(f"{where}: 'published' is not ISO 8601: {value[:40]!r}") from exc
    # Dates without an offset are taken as UTC, the convention of feeds that omit it.
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def read_items(path: Path) -> list[tuple[object, FeedItem]]:
    """Every item of a JSON-lines file, validated before anything is printed."""
    data = _read_capped(path, MAX_CLASSIFY_BYTES)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CLIError(f"{path}: not UTF-8 text") from exc
    items: list[tuple[object, FeedItem]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path} line {number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise CLIError(f"{where}: not valid JSON ({exc.msg})") from exc
        if not isinstance(record, dict):
            raise CLIError(f"{where}: expected a JSON object")
        item_id = record.get("id")
        if not isinstance(item_id, str | int) or isinstance(item_id, bool) or item_id == "":
            raise CLIError(f"{where}: missing field 'id' (a string or number)")
        item = FeedItem(
            source=_text_field(record, "source", where, required=False) or "cli",
            stable_id=str(item_id),
            title=_text_field(record, "title", where, required=True),
            summary=_text_field(record, "summary", where, required=False),
            link=_text_field(record, "link", where, required=False) or None,
            published=_published(record, where),
            language=_text_field(record, "language", where, required=False) or "en",
        )
        items.append((item_id, item))
    return items


def run_classify(path: Path, out: TextIO) -> int:
    items = read_items(path)
    for item_id, item in items:
        out.write(json.dumps(classify(item).contract(str(item_id)), ensure_ascii=False) + "\n")
    return 0


@dataclass(frozen=True, slots=True)
class PreviewLine:
    item: FeedItem
    classification: Classification
    duplicate_of: FeedItem | None

    @property
    def announced(self) -> bool:
        return self.classification.relevant and self.duplicate_of is None


def preview_items(items: list[FeedItem]) -> list[PreviewLine]:
    """Classify and de-duplicate a batch as the tracker would; the first of a story is the one announced."""
    lines: list[PreviewLine] = []
    announced: list[tuple[FeedItem, StoryFacts]] = []
    for item in items:
        result = classify(item)
        duplicate = None
        if result.relevant:
            facts = facts_of(item, result)
            match = find_duplicate(facts, announced, lambda pair: pair[1])
            if match is None:
                announced.append((item, facts))
            else:
                duplicate = match[0]
        lines.append(PreviewLine(item, result, duplicate))
    return lines


def _render(feed: ParsedFeed, lines: list[PreviewLine], out: TextIO) -> None:
    header = f"feed: {feed.title or '(untitled)'}: {len(feed.items)} items"
    if feed.truncated:
        header += " (only the first ones kept)"
    out.write(header + "\n")
    if feed.error:
        out.write(f"warning: the feed is not well-formed, kept what parsed ({feed.error})\n")
    for line in lines:
        result = line.classification
        if line.announced:
            when = result.release_date or result.release_window or "-"
            verdict = f"ANNOUNCE {result.status} {when} {result.confidence:.2f}"
        elif line.duplicate_of is not None:
            verdict = f"skip (same story as {line.duplicate_of.stable_id})"
        else:
            verdict = f"skip (not relevant) {result.confidence:.2f}"
        out.write(f"- {verdict}: {line.item.title}\n")
        if line.item.link:
            out.write(f"    {line.item.link}\n")
        for reason in result.reasons:
            out.write(f"    why: {reason}\n")
    announced = sum(1 for line in lines if line.announced)
    out.write(f"{announced} of {len(lines)} items would be announced\n")


def _preview_file(path: Path, kind: str | None, language: str) -> ParsedFeed:
    body = _read_capped(path, MAX_INPUT_BYTES)
    try:
        if kind == "tvmaze":
            raise CLIError("a TVmaze preview needs the API URL, not a file")
        return parse_feed(body, source_id=path.name, language=language)
    except ParseError as exc:
        raise CLIError(f"{path}: {exc.reason}") from exc


def _detail(error: BaseException) -> str:
    """What the bot tells moderators only in neutral words, spelled out for the operator at the console."""
    cause = error.__cause__
    while cause is not None:
        if isinstance(cause, UnsafeURLError):
            return f" [{cause.reason}]"
        if cause.__cause__ is None:
            return f" [{type(cause).__name__}: {cause}]" if str(cause) else f" [{type(cause).__name__}]"
        cause = cause.__cause__
    return ""


async def _preview_url(url: str, kind: str | None, language: str, allow_private: bool) -> ParsedFeed:
    guessed = kind or ("tvmaze" if "api.tvmaze.com" in url else "rss")
    source = Source(id="preview", kind=guessed, url=url, interval=3600, language=language)  # type: ignore[arg-type]
    async with FeedFetcher(allow_private=allow_private) as fetcher:
        try:
            result = await fetch_source(fetcher, source)
        except SourceError as exc:
            raise CLIError(f"{url}: {exc.reason}{_detail(exc)}") from exc
    return ParsedFeed(items=result.items, bozo=result.warning is not None, error=result.warning)


def run_preview(target: str, *, kind: str | None, language: str, allow_private: bool, out: TextIO) -> int:
    if target.lower().startswith(("http://", "https://")):
        try:
            feed = asyncio.run(_preview_url(target, kind, language, allow_private))
        except ValueError as exc:
            raise CLIError(f"{target}: {exc}") from exc
    else:
        feed = _preview_file(Path(target), kind, language)
    _render(feed, preview_items(feed.items), out)
    return 0


def main(argv: Sequence[str], *, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run one tracker command; returns the exit status."""
    out = out or sys.stdout
    err = err or sys.stderr
    try:
        args = _parser().parse_args(list(argv))
        if args.command == "classify":
            return run_classify(Path(args.file), out)
        return run_preview(
            args.target, kind=args.kind, language=args.language, allow_private=args.allow_private, out=out
        )
    except CLIError as exc:
        err.write(f"error: {exc}\n")
        return 1
    except SystemExit as exc:
        # argparse exits after --help; anything else it raises goes through error() above.
        return exc.code if isinstance(exc.code, int) else 0
    except BrokenPipeError:
        # The reader (e.g. `| head`) went away; stop quietly instead of failing again at exit.
        if out is sys.stdout:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return 0
    except (MemoryError, RecursionError) as exc:
        err.write(f"error: the input is too large or too deeply nested ({type(exc).__name__})\n")
        return 1
