"""Load data/*.yaml into a `Dataset`, or fail with every problem listed at once.

Each problem names the file, the YAML line and the entry id, and says what was expected, so a
moderator editing the dataset can fix all mistakes in one pass instead of one per restart.
Only `yaml.safe_load` semantics are accepted (no tags that build Python objects).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from bot.config import DEFAULT_DATA_DIR
from bot.lore.models import KINDS, Actor, Character, Dataset, Entry, Location, Show, Variant

log = logging.getLogger(__name__)

# The C loader is several times faster; both implement the same safe subset of YAML.
_SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the dataset, located as precisely as the YAML allows."""

    file: str
    line: int | None
    entry: str | None
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line is not None else self.file
        who = f" entry '{self.entry}':" if self.entry else ""
        return f"{where}:{who} {self.message}"


class DatasetError(Exception):
    """The dataset cannot be used; `problems` lists every reason found."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        lines = "\n".join(f"  - {p}" for p in self.problems)
        super().__init__(f"the lore dataset has {len(self.problems)} problem(s):\n{lines}")


@dataclass
class _Located:
    """An entry that validated, with where it came from (for reference errors)."""

    kind: str
    entry: Entry
    file: str
    node: yaml.Node


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _node_at(node: yaml.Node, loc: Iterable[int | str]) -> yaml.Node:
    """The deepest node along a pydantic error location (falls back to the nearest parent)."""
    current = node
    for part in loc:
        if isinstance(current, yaml.MappingNode):
            for key_node, value_node in current.value:
                if key_node.value == str(part):
                    # An unknown key is best reported at the key itself.
                    current = value_node if not isinstance(value_node, yaml.ScalarNode) else key_node
                    break
            else:
                return current
        elif isinstance(current, yaml.SequenceNode) and isinstance(part, int):
            if 0 <= part < len(current.value):
                current = current.value[part]
            else:
                return current
        else:
            return current
    return current


def _duplicate_keys(node: yaml.Node) -> list[tuple[int, str]]:
    """(line, key) of every repeated mapping key: safe_load silently keeps the last one."""
    found: list[tuple[int, str]] = []
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, yaml.MappingNode):
            seen: set[str] = set()
            for key_node, value_node in current.value:
                key = str(key_node.value)
                if key in seen:
                    found.append((_line(key_node), key))
                seen.add(key)
                stack.append(value_node)
        elif isinstance(current, yaml.SequenceNode):
            stack.extend(current.value)
    return sorted(found)


def _loc_text(loc: Sequence[int | str]) -> str:
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _explain(error: Any, model: type[BaseModel]) -> str:
    """A pydantic error as a sentence saying what was expected."""
    loc = tuple(error["loc"])
    where = _loc_text(loc)
    kind = error["type"]
    ctx = error.get("ctx") or {}
    value = error.get("input")
    if kind == "extra_forbidden":
        if len(loc) == 1:
            allowed = ", ".join(model.model_fields)
            return f"unknown field '{where}' (allowed fields: {allowed})"
        return f"unknown field '{where}'"
    if kind == "missing":
        if loc and loc[-1] == "sources":
            return f"has no '{where}': expected a non-empty list of {{ref, status, note?}}"
        return f"missing required field '{where}'"
    if kind == "too_short" and loc and loc[-1] == "sources":
        return f"has an empty '{where}': expected at least one {{ref, status, note?}}"
    if kind == "string_too_long":
        got = len(value) if isinstance(value, str) else "?"
        return f"field '{where}' is too long: {got} characters, at most {ctx.get('max_length')} allowed"
    if kind == "too_long":
        return f"field '{where}' has too many items: at most {ctx.get('max_length')} allowed"
    if kind == "value_error":
        # Our own validators already say what was expected; the whole entry as "got" would drown it.
        reason = str(ctx.get("error") or error["msg"])
        return f"field '{where}': {reason}" if where else reason
    shown = repr(value)
    if len(shown) > 60:
        shown = shown[:57] + "..."
    msg = error["msg"]
    return f"field '{where}': {msg} (got {shown})" if where else f"{msg} (got {shown})"


def _implied_by_item_error(error: Any, errors: Sequence[Any]) -> bool:
    """True for a list's "too short" error caused only by one of its items failing."""
    if error["type"] != "too_short":
        return False
    loc = tuple(error["loc"])
    return any(len(other["loc"]) > len(loc) and tuple(other["loc"][: len(loc)]) == loc for other in errors)


def _load_file(path: Path, kind: str) -> tuple[list[_Located], list[Problem]]:
    model = KINDS[kind][1]
    name = str(path)
    problems: list[Problem] = []
    located: list[_Located] = []
    if not path.is_file():
        return [], [Problem(name, None, None, f"missing file: expected a YAML list of {kind} entries")]
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return [], [Problem(name, None, None, f"cannot read the file: {exc}")]
    loader = _SafeLoader(text)
    try:
        root = loader.get_single_node()
        data = loader.construct_document(root) if root is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        detail = " ".join(str(p) for p in (exc.context, exc.problem) if p)
        return [], [Problem(name, line, None, f"YAML syntax error: {detail}")]
    except yaml.YAMLError as exc:
        return [], [Problem(name, None, None, f"YAML error: {exc}")]
    finally:
        loader.dispose()

    if root is None or data is None:
        return [], [Problem(name, None, None, f"the file is empty: expected a YAML list of {kind} entries")]
    if not isinstance(root, yaml.SequenceNode) or not isinstance(data, list):
        return [], [Problem(name, _line(root), None, f"expected a YAML list of {kind} entries at the top")]
    for line, key in _duplicate_keys(root):
        problems.append(Problem(name, line, None, f"key '{key}' appears twice in the same mapping"))

    for item_node, item in zip(root.value, data, strict=True):
        line = _line(item_node)
        if not isinstance(item, dict):
            got = repr(item)[:60]
            problems.append(Problem(name, line, None, f"expected a mapping (one {kind} entry), got {got}"))
            continue
        entry_id = item.get("id") if isinstance(item.get("id"), str) else None
        try:
            entry = model.model_validate(item)
        except ValidationError as exc:
            errors = exc.errors()
            for error in errors:
                if _implied_by_item_error(error, errors):
                    continue
                node = _node_at(item_node, error["loc"])
                problems.append(Problem(name, _line(node), entry_id, _explain(error, model)))
            continue
        located.append(_Located(kind, entry, name, item_node))
    return located, problems


def _cross_check(located: list[_Located]) -> list[Problem]:
    """Problems that need more than one entry: duplicate ids and references to unknown entries."""
    problems: list[Problem] = []
    first: dict[str, _Located] = {}
    for item in located:
        seen = first.get(item.entry.id)
        if seen is None:
            first[item.entry.id] = item
            continue
        problems.append(
            Problem(
                item.file,
                _line(item.node),
                item.entry.id,
                f"duplicate id (ids are unique across all kinds; first used by a {seen.kind} "
                f"at {seen.file}:{_line(seen.node)})",
            )
        )
    ids_of: dict[str, set[str]] = {kind: set() for kind in KINDS}
    for item in located:
        ids_of[item.kind].add(item.entry.id)

    def dangling(item: _Located, loc: tuple[int | str, ...], target: str, target_kind: str) -> None:
        if target not in ids_of[target_kind]:
            where = _loc_text(loc)
            problems.append(
                Problem(
                    item.file,
                    _line(_node_at(item.node, loc)),
                    item.entry.id,
                    f"field '{where}' refers to unknown {target_kind} '{target}'",
                )
            )

    # With duplicate ids, the first entry is the one references resolve to (as reported above).
    actors: dict[str, Actor] = {}
    characters: dict[str, Character] = {}
    for i in located:
        if isinstance(i.entry, Actor):
            actors.setdefault(i.entry.id, i.entry)
        elif isinstance(i.entry, Character):
            characters.setdefault(i.entry.id, i.entry)
    for item in located:
        entry = item.entry
        if isinstance(entry, Character):
            if entry.actor is not None:
                dangling(item, ("actor",), entry.actor, "cast")
                actor = actors.get(entry.actor)
                if actor is not None and entry.id not in {r.character for r in actor.roles}:
                    problems.append(
                        Problem(
                            item.file,
                            _line(_node_at(item.node, ("actor",))),
                            entry.id,
                            f"actor '{entry.actor}' has no role for this character in cast.yaml",
                        )
                    )
            for n, relation in enumerate(entry.relations):
                dangling(item, ("relations", n, "character"), relation.character, "character")
        elif isinstance(entry, Actor):
            for n, role in enumerate(entry.roles):
                if role.character is None:
                    continue
                dangling(item, ("roles", n, "character"), role.character, "character")
                character = characters.get(role.character)
                if character is not None and character.actor != entry.id:
                    problems.append(
                        Problem(
                            item.file,
                            _line(_node_at(item.node, ("roles", n, "character"))),
                            entry.id,
                            f"role '{role.character}' names actor '{character.actor}' in characters.yaml, "
                            "not this one",
                        )
                    )
        elif isinstance(entry, Variant):
            for n, member in enumerate(entry.members):
                dangling(item, ("members", n), member, "character")
        elif isinstance(entry, Location):
            if entry.part_of is not None:
                dangling(item, ("part_of",), entry.part_of, "location")
        elif isinstance(entry, Show) and entry.filming_location is not None:
            dangling(item, ("filming_location",), entry.filming_location, "location")
    return problems


def load_dataset(data_dir: Path = DEFAULT_DATA_DIR) -> Dataset:
    """Read and validate every lore file in `data_dir`; raise `DatasetError` listing all problems."""
    located: list[_Located] = []
    problems: list[Problem] = []
    for kind, (file_name, _model) in KINDS.items():
        items, file_problems = _load_file(data_dir / file_name, kind)
        located.extend(items)
        problems.extend(file_problems)
    problems.extend(_cross_check(located))
    shows = [i for i in located if i.kind == "show"]
    if len(shows) > 1:
        for extra in shows[1:]:
            problems.append(
                Problem(extra.file, _line(extra.node), extra.entry.id, "show.yaml must hold exactly one show")
            )
    if problems:
        raise DatasetError(problems)
    entries = {kind: tuple(i.entry for i in located if i.kind == kind) for kind in KINDS}
    dataset = Dataset(entries)
    log.info("loaded %d lore entries from %s", len(dataset), data_dir)
    return dataset
