"""Messages as terminal text: embeds boxed, buttons numbered so a person can press them by number."""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass
from typing import Any

_LINK = re.compile(r"\[([^\]]+)\]\((https?://[^)\s]+)\)")
_TIMESTAMP = re.compile(r"<t:(\d+)(?::[tTdDfFR])?>")
_MENTION = re.compile(r"<(@!?|@&|#)(\d+)>")


@dataclass(frozen=True)
class Control:
    """Something pressable on a rendered message, in the order the numbers were given."""

    number: int
    custom_id: str
    kind: str  # "button" | "select"
    label: str
    options: tuple[tuple[str, str], ...] = ()  # (label, value) for selects


def _plain(text: str, names: dict[int, str] | None = None) -> str:
    """Markdown links, timestamps and mentions as a terminal can show them."""
    from datetime import UTC, datetime

    if names:
        text = _MENTION.sub(lambda m: names.get(int(m.group(2)), m.group(0)), text)
    text = _LINK.sub(lambda m: f"{m.group(1)} <{m.group(2)}>", text)
    return _TIMESTAMP.sub(
        lambda m: datetime.fromtimestamp(int(m.group(1)), tz=UTC).strftime("%Y-%m-%d %H:%M UTC"), text
    )


def _wrap(text: str, width: int, prefix: str, names: dict[int, str] | None = None) -> list[str]:
    lines: list[str] = []
    for paragraph in _plain(text, names).splitlines() or [""]:
        wrapped = textwrap.wrap(paragraph, width=width - len(prefix)) or [""]
        lines.extend(prefix + w for w in wrapped)
    return lines


def render_embed(embed: dict[str, Any], width: int = 88, names: dict[int, str] | None = None) -> list[str]:
    lines = []
    if embed.get("author", {}).get("name"):
        lines.append("┌ " + embed["author"]["name"])
    lines.append(("┌ " if not lines else "│ ") + _plain(embed.get("title", "") or ""))
    if embed.get("description"):
        lines.extend(_wrap(embed["description"], width, "│ ", names))
    for f in embed.get("fields", []):
        lines.append(f"│ ▸ {_plain(f['name'], names)}")
        lines.extend(_wrap(f["value"], width, "│     ", names))
    footer = embed.get("footer", {}).get("text")
    lines.append("└ " + _plain(footer) if footer else "└")
    return lines


def controls_of(components: list[dict[str, Any]], start: int = 1) -> list[Control]:
    controls = []
    number = start
    for row in components:
        for component in row.get("components", []):
            if component.get("type") == 2 and component.get("style") != 5 and not component.get("disabled"):
                label = component.get("label") or (component.get("emoji") or {}).get("name") or "?"
                controls.append(Control(number, component["custom_id"], "button", label))
                number += 1
            elif component.get("type") in (3, 5, 6, 7, 8) and not component.get("disabled"):
                options = tuple((o["label"], o["value"]) for o in component.get("options", []))
                controls.append(
                    Control(
                        number,
                        component["custom_id"],
                        "select",
                        component.get("placeholder") or "choose",
                        options,
                    )
                )
                number += 1
    return controls


def render_components(components: list[dict[str, Any]], controls: list[Control]) -> list[str]:
    if not components:
        return []
    by_id = {c.custom_id: c for c in controls}
    lines = []
    for row in components:
        parts = []
        for component in row.get("components", []):
            label = component.get("label") or (component.get("emoji") or {}).get("name") or ""
            control = by_id.get(component.get("custom_id", ""))
            if component.get("type") == 2:
                if component.get("style") == 5:
                    parts.append(f"[link {label}: {component.get('url')}]")
                elif control is None:
                    parts.append(f"[ {label} ]")  # disabled
                else:
                    parts.append(f"[{control.number}] {label}")
            elif control is not None:
                choices = ", ".join(f"{i}={lbl}" for i, (lbl, _value) in enumerate(control.options, 1))
                parts.append(f"[{control.number}] {control.label}: {choices}")
        lines.append("   ".join(parts))
    return lines


def render_message(
    message: Any, *, header: str | None = None, start: int = 1, names: dict[int, str] | None = None
) -> tuple[list[str], list[Control]]:
    """A FakeMessage as lines of text, and the controls it offers numbered from `start`.

    `names` maps member, role and channel ids to how mentions of them should read.
    """
    lines = []
    if header:
        lines.append(header)
    if getattr(message, "ephemeral", False):
        lines.append("(only you can see this)")
    if message.content:
        lines.extend(_wrap(message.content, 88, "", names))
    for embed in message.embeds:
        lines.extend(render_embed(embed, names=names))
    for attachment in getattr(message, "attachments", []):
        lines.append(f"📎 {attachment.filename} ({attachment.size} bytes)")
    controls = controls_of(message.components, start)
    lines.extend(render_components(message.components, controls))
    return lines, controls
