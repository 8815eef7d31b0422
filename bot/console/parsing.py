"""Reading what a person types at the console: `/settings spoilers level:all`, a button number, `:help`.

Pure functions over the registered command specs (the JSON the bot synced), so the console
offers exactly the commands and options Discord would show.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

SUBCOMMAND = 1
SUBCOMMAND_GROUP = 2
OPTION_TYPES = {
    3: "text",
    4: "integer",
    5: "true/false",
    6: "member",
    7: "channel",
    8: "role",
    10: "number",
    11: "file",
}

_OPTION_START = re.compile(r"(?:^|\s)([\w\-]+):")


class ParseError(ValueError):
    """The line doesn't name a command or option the bot registered; the message says what would."""


@dataclass
class CommandLine:
    path: list[str]
    spec: dict[str, Any]
    leaf: dict[str, Any]
    options: dict[str, Any] = field(default_factory=dict)
    trailing_option: str | None = None  # the option whose value the cursor is in, for completion

    @property
    def qualified_name(self) -> str:
        return " ".join(self.path)


def leaf_options(spec: dict[str, Any], path: list[str]) -> dict[str, Any]:
    """The command or subcommand spec reached by `path` (names after the top-level command)."""
    node = spec
    for name in path:
        children = {
            o["name"]: o for o in node.get("options", []) if o["type"] in (SUBCOMMAND, SUBCOMMAND_GROUP)
        }
        if name not in children:
            raise ParseError(
                f"/{spec['name']} has no subcommand {name!r}; try: {', '.join(children) or 'none'}"
            )
        node = children[name]
    return node


def subcommands(node: dict[str, Any]) -> list[str]:
    return [o["name"] for o in node.get("options", []) if o["type"] in (SUBCOMMAND, SUBCOMMAND_GROUP)]


def _convert(option: dict[str, Any], raw: str) -> Any:
    kind = option["type"]
    if kind == 4:
        try:
            return int(raw)
        except ValueError:
            raise ParseError(f"{option['name']} needs a whole number, not {raw!r}") from None
    if kind == 10:
        try:
            return float(raw)
        except ValueError:
            raise ParseError(f"{option['name']} needs a number, not {raw!r}") from None
    if kind == 5:
        lowered = raw.strip().lower()
        if lowered in {"true", "yes", "on", "1"}:
            return True
        if lowered in {"false", "no", "off", "0"}:
            return False
        raise ParseError(f"{option['name']} needs true or false, not {raw!r}")
    return raw


def parse_command(line: str, specs: list[dict[str, Any]], *, partial: bool = False) -> CommandLine:
    """Split `/cmd [sub] name:value other:value with spaces` into the command path and typed options."""
    text = line.strip()
    if not text.startswith("/"):
        raise ParseError("commands start with /, e.g. /character name:On-jo")
    text = text[1:]
    first_option = _OPTION_START.search(text)
    head = text[: first_option.start()] if first_option else text
    words = head.split()
    if not words:
        raise ParseError("type a command name after /")
    by_name = {s["name"]: s for s in specs}
    if words[0] not in by_name:
        raise ParseError(f"unknown command /{words[0]}; type :commands to list them")
    spec = by_name[words[0]]
    leaf = leaf_options(spec, words[1:])
    if subcommands(leaf) and not partial:
        raise ParseError(f"/{' '.join(words)} needs one of: {', '.join(subcommands(leaf))}")
    known = {o["name"]: o for o in leaf.get("options", []) if o["type"] not in (SUBCOMMAND, SUBCOMMAND_GROUP)}

    options: dict[str, Any] = {}
    trailing = None
    if first_option:
        rest = text[first_option.start() :]
        starts = list(_OPTION_START.finditer(rest))
        for index, match in enumerate(starts):
            name = match.group(1)
            end = starts[index + 1].start() if index + 1 < len(starts) else len(rest)
            raw = rest[match.end() : end].strip()
            if name not in known:
                raise ParseError(
                    f"/{' '.join(words)} has no option {name!r}; options: {', '.join(known) or 'none'}"
                )
            trailing = name
            options[name] = raw if partial else _convert(known[name], raw)
    if not partial:
        missing = [name for name, o in known.items() if o.get("required") and name not in options]
        if missing:
            raise ParseError(f"/{' '.join(words)} needs {', '.join(f'{m}:' for m in missing)}")
    return CommandLine(path=words, spec=spec, leaf=leaf, options=options, trailing_option=trailing)


def usage(spec: dict[str, Any], path: list[str] | None = None) -> list[str]:
    """One line per runnable form of a command, e.g. `/cast [actor:text]`."""
    lines = []
    node = leaf_options(spec, path or [])
    prefix = " ".join([spec["name"], *(path or [])])
    subs = [o for o in node.get("options", []) if o["type"] in (SUBCOMMAND, SUBCOMMAND_GROUP)]
    if subs:
        for sub in subs:
            lines.extend(usage(spec, [*(path or []), sub["name"]]))
        return lines
    parts = []
    for option in node.get("options", []):
        token = f"{option['name']}:{OPTION_TYPES.get(option['type'], 'value')}"
        parts.append(token if option.get("required") else f"[{token}]")
    description = node.get("description", "")
    return [f"/{prefix} {' '.join(parts)}".rstrip() + (f"  — {description}" if description else "")]
