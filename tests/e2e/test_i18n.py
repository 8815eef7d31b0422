"""Every command, subcommand and option the bot registers is localized for Korean (ko)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from bot.offline import OfflineWorld


def _walk(node: dict[str, Any], path: str) -> Iterator[tuple[str, dict[str, Any]]]:
    yield path, node
    for option in node.get("options", []) or []:
        yield from _walk(option, f"{path} {option['name']}")
        for choice in option.get("choices", []) or []:
            yield f"{path} {option['name']}={choice['value']}", choice


async def test_every_registered_string_has_korean(world: OfflineWorld) -> None:
    """Names, descriptions and choices all carry a ko localization (bot/i18n.py)."""
    missing = []
    for spec in world.fake.commands(world.app):
        for path, node in _walk(spec, spec["name"]):
            if "ko" not in (node.get("name_localizations") or {}):
                missing.append(f"name of {path}")
            if "description" in node and "ko" not in (node.get("description_localizations") or {}):
                missing.append(f"description of {path}")
    assert not missing, "untranslated for ko:\n" + "\n".join(missing)
