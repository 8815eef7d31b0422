"""Registered application commands per application (global and per guild), as the bot synced them."""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass, field
from typing import Any

from bot.sandbox.snowflakes import SnowflakeFactory
from bot.sandbox.validation import FormErrors

NAME = re.compile(r"^[-_'\w]{1,32}$")

OPTION_SUB_COMMAND = 1
OPTION_SUB_COMMAND_GROUP = 2
OPTION_STRING = 3
OPTION_INTEGER = 4
OPTION_BOOLEAN = 5
OPTION_USER = 6
OPTION_CHANNEL = 7
OPTION_ROLE = 8
OPTION_MENTIONABLE = 9
OPTION_NUMBER = 10
OPTION_ATTACHMENT = 11


@dataclass
class CommandRegistry:
    """One application's commands; ``changed`` wakes anyone waiting for a sync."""

    ids: SnowflakeFactory
    application_id: int
    global_commands: list[dict[str, Any]] = field(default_factory=list)
    guild_commands: dict[int, list[dict[str, Any]]] = field(default_factory=dict)
    synced: asyncio.Event = field(default_factory=asyncio.Event)
    synced_guilds: set[int] = field(default_factory=set)

    def listing(self, guild_id: int | None) -> list[dict[str, Any]]:
        if guild_id is None:
            return self.global_commands
        return self.guild_commands.setdefault(guild_id, [])

    def overwrite(self, guild_id: int | None, specs: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Bulk overwrite: commands keep their id when name and type stay the same."""
        old = {(c["name"], c.get("type", 1)): c for c in self.listing(guild_id)}
        stored = []
        for spec in specs:
            previous = old.get((spec["name"], spec.get("type", 1)))
            stored.append(self._stored(spec, guild_id, previous["id"] if previous else None))
        if guild_id is None:
            self.global_commands = stored
        else:
            self.guild_commands[guild_id] = stored
            self.synced_guilds.add(guild_id)
        self.synced.set()
        return stored

    def upsert(self, guild_id: int | None, spec: dict[str, Any]) -> dict[str, Any]:
        listing = self.listing(guild_id)
        for i, existing in enumerate(listing):
            if existing["name"] == spec["name"] and existing.get("type", 1) == spec.get("type", 1):
                listing[i] = self._stored(spec, guild_id, existing["id"])
                return listing[i]
        stored = self._stored(spec, guild_id, None)
        listing.append(stored)
        return stored

    def delete(self, guild_id: int | None, command_id: int) -> bool:
        listing = self.listing(guild_id)
        kept = [c for c in listing if c["id"] != str(command_id)]
        listing[:] = kept
        return len(kept) != len(listing)

    def _stored(self, spec: dict[str, Any], guild_id: int | None, command_id: str | None) -> dict[str, Any]:
        stored = dict(spec)
        stored.setdefault("type", 1)
        stored.setdefault("options", [])
        # Discord stores the bit set as a string whatever number type the client sent.
        permissions = stored.get("default_member_permissions")
        stored["default_member_permissions"] = None if permissions is None else str(int(permissions))
        stored.setdefault("nsfw", False)
        stored["id"] = command_id or str(self.ids.next())
        stored["application_id"] = str(self.application_id)
        stored["version"] = str(self.ids.next())
        if guild_id is not None:
            stored["guild_id"] = str(guild_id)
        return stored

    def find(self, name: str, guild_id: int | None, kind: int = 1) -> dict[str, Any] | None:
        """Guild commands shadow global ones of the same name, as in the Discord client."""
        for listing in ([self.guild_commands.get(guild_id, [])] if guild_id else []) + [self.global_commands]:
            for command in listing:
                if command["name"] == name and command.get("type", 1) == kind:
                    return command
        return None


def check_command_specs(specs: Any) -> FormErrors:
    errors = FormErrors()
    if not isinstance(specs, list):
        errors.add((), "BASE_TYPE_BAD_TYPE", "Must be an array.")
        return errors
    if len(specs) > 100:
        errors.add((), "BASE_TYPE_MAX_LENGTH", "Must be 100 or fewer in length.")
    for i, spec in enumerate(specs):
        _check_spec(errors, spec, (i,))
    return errors


def _check_spec(errors: FormErrors, spec: dict[str, Any], path: tuple[str | int, ...]) -> None:
    name = spec.get("name")
    kind = spec.get("type", 1)
    if not isinstance(name, str) or not name:
        errors.add((*path, "name"), "BASE_TYPE_REQUIRED", "This field is required")
        return
    if kind == 1 and (not NAME.match(name) or name != name.lower()):
        errors.add((*path, "name"), "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid")
    if kind == 1:
        description = spec.get("description") or ""
        if not 1 <= len(description) <= 100:
            errors.add((*path, "description"), "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.")
    _check_options(errors, spec.get("options") or [], (*path, "options"))


def _check_options(errors: FormErrors, options: list[dict[str, Any]], path: tuple[str | int, ...]) -> None:
    if len(options) > 25:
        errors.add(path, "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.")
    seen_optional = False
    for j, option in enumerate(options):
        name = option.get("name") or ""
        if not NAME.match(name) or name != name.lower():
            errors.add((*path, j, "name"), "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid")
        if not 1 <= len(option.get("description") or "") <= 100:
            errors.add(
                (*path, j, "description"), "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length."
            )
        choices = option.get("choices") or []
        if len(choices) > 25:
            errors.add((*path, j, "choices"), "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.")
        if choices and option.get("autocomplete"):
            errors.add(
                (*path, j, "autocomplete"),
                "AUTOCOMPLETE_AND_CHOICES",
                "Autocomplete and choices are exclusive",
            )
        if option.get("type") in (OPTION_SUB_COMMAND, OPTION_SUB_COMMAND_GROUP):
            _check_options(errors, option.get("options") or [], (*path, j, "options"))
            continue
        if option.get("required"):
            if seen_optional:
                errors.add(
                    (*path, j, "required"),
                    "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID",
                    "Required options must be placed before non-required options",
                )
        else:
            seen_optional = True
