"""YAML read safely: size first, then a node tree whose aliases cannot blow up, with line numbers.

``yaml.compose`` (the C parser when available) builds nodes without expanding aliases; counting the
expanded size over that graph with memoisation refuses a "billion laughs" file in milliseconds.
Values are then built with PyYAML's safe constructor only, and the formats walk the nodes so every
problem can name its line.
"""

from __future__ import annotations

import logging
from typing import Any

import yaml

from bot.i18n import N_
from bot.trivia.formats.problems import ImportProblems, problem
from bot.trivia.models import Limits

log = logging.getLogger(__name__)

_Loader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def decode_text(data: bytes) -> str:
    """UTF-8 text (a BOM is allowed); a bad byte is reported with its line."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ImportProblems([problem(line, N_("the file is not UTF-8 text"))]) from exc


def line_of(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _expanded_size(root: yaml.Node, cap: int) -> int:
    sizes: dict[int, int] = {}
    visiting: set[int] = set()

    def size(node: yaml.Node) -> int:
        key = id(node)
        if key in sizes:
            return sizes[key]
        if key in visiting:
            raise ImportProblems([problem(line_of(node), N_("an alias refers to itself (recursive YAML)"))])
        visiting.add(key)
        total = 1
        if isinstance(node, yaml.SequenceNode):
            for child in node.value:
                total += size(child)
                if total > cap:
                    break
        elif isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                total += size(k) + size(v)
                if total > cap:
                    break
        visiting.discard(key)
        sizes[key] = total
        return total

    return size(root)


def compose(text: str, limits: Limits) -> yaml.Node | None:
    """The document's node tree, refusing syntax errors, several documents and alias bombs."""
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        what = exc.problem or exc.context or "invalid YAML"
        raise ImportProblems([problem(line, N_("YAML syntax error: {error}"), error=what)]) from exc
    except yaml.YAMLError as exc:
        raise ImportProblems([problem(None, N_("YAML error: {error}"), error=str(exc))]) from exc
    if node is None:
        return None
    # Without aliases a file under the size limit cannot reach this many values; with them, an
    # expansion larger than any real list is an attack.
    if _expanded_size(node, limits.yaml_nodes) > limits.yaml_nodes:
        raise ImportProblems(
            [
                problem(
                    None,
                    N_(
                        "YAML anchors and aliases expand to more than {limit} values; "
                        "this looks like a YAML bomb and was refused"
                    ),
                    limit=f"{limits.yaml_nodes:,}",
                )
            ]
        )
    return node


def dump_yaml(document: Any) -> bytes:
    """A document as UTF-8 YAML in the given key order, hangul unescaped, long lines never folded."""
    text = yaml.safe_dump(
        document, allow_unicode=True, sort_keys=False, default_flow_style=False, width=1_000_000
    )
    return text.encode("utf-8")


def plain(node: yaml.Node) -> Any:
    """The Python value of a node as ``yaml.safe_load`` would build it (after ``compose`` capped it)."""
    return yaml.constructor.SafeConstructor().construct_object(node, deep=True)
