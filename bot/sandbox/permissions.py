"""Discord's permission arithmetic: base role permissions, then channel overwrites, as documented."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

CREATE_INSTANT_INVITE = 1 << 0
ADMINISTRATOR = 1 << 3
MANAGE_CHANNELS = 1 << 4
ADD_REACTIONS = 1 << 6
VIEW_CHANNEL = 1 << 10
SEND_MESSAGES = 1 << 11
MANAGE_MESSAGES = 1 << 13
EMBED_LINKS = 1 << 14
ATTACH_FILES = 1 << 15
READ_MESSAGE_HISTORY = 1 << 16
MENTION_EVERYONE = 1 << 17
USE_APPLICATION_COMMANDS = 1 << 31
ALL = (1 << 53) - 1

# What @everyone can do in a fresh community server.
DEFAULT_EVERYONE = (
    CREATE_INSTANT_INVITE
    | ADD_REACTIONS
    | VIEW_CHANNEL
    | SEND_MESSAGES
    | EMBED_LINKS
    | ATTACH_FILES
    | READ_MESSAGE_HISTORY
    | USE_APPLICATION_COMMANDS
)


def as_bits(value: Any) -> int:
    """Accepts an int or a discord.Permissions (anything with an int ``value``)."""
    if value is None:
        return 0
    if isinstance(value, int):
        return value
    bits = getattr(value, "value", None)
    if isinstance(bits, int):
        return bits
    raise TypeError(f"expected int or discord.Permissions, got {type(value).__name__}")


@dataclass
class Overwrite:
    """One channel permission overwrite; kind 0 targets a role, 1 a member."""

    target_id: int
    kind: int
    allow: int = 0
    deny: int = 0

    def to_payload(self) -> dict[str, Any]:
        return {
            "id": str(self.target_id),
            "type": self.kind,
            "allow": str(self.allow),
            "deny": str(self.deny),
        }


def base_permissions(everyone_bits: int, role_bits: list[int], *, is_owner: bool) -> int:
    if is_owner:
        return ALL
    bits = everyone_bits
    for role in role_bits:
        bits |= role
    if bits & ADMINISTRATOR:
        return ALL
    return bits


def channel_permissions(
    base: int,
    *,
    guild_id: int,
    member_id: int,
    member_role_ids: list[int],
    overwrites: dict[int, Overwrite],
) -> int:
    """Applies @everyone, then the member's roles together, then the member's own overwrite."""
    if base & ADMINISTRATOR:
        return ALL
    bits = base
    everyone = overwrites.get(guild_id)
    if everyone is not None:
        bits = (bits & ~everyone.deny) | everyone.allow
    allow = deny = 0
    for role_id in member_role_ids:
        ow = overwrites.get(role_id)
        if ow is not None and ow.kind == 0:
            allow |= ow.allow
            deny |= ow.deny
    bits = (bits & ~deny) | allow
    own = overwrites.get(member_id)
    if own is not None and own.kind == 1:
        bits = (bits & ~own.deny) | own.allow
    # Without VIEW_CHANNEL a member can do nothing in the channel.
    if not bits & VIEW_CHANNEL:
        return 0
    return bits
