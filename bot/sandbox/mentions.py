"""Who a message would notify, given its content and allowed_mentions, by Discord's rules.

Only content pings: mentions inside embeds render but never notify anyone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

USER_MENTION = re.compile(r"<@!?(\d{15,21})>")
ROLE_MENTION = re.compile(r"<@&(\d{15,21})>")
EVERYONE_MENTION = re.compile(r"@(everyone|here)")


@dataclass(frozen=True)
class Pings:
    users: frozenset[int] = field(default_factory=frozenset)
    roles: frozenset[int] = field(default_factory=frozenset)
    everyone: bool = False

    def __bool__(self) -> bool:
        return bool(self.users or self.roles or self.everyone)


def compute_pings(
    content: str,
    allowed_mentions: dict[str, Any] | None,
    *,
    can_mention_everyone: bool,
    replied_user_id: int | None = None,
) -> Pings:
    """Without allowed_mentions Discord parses everything; with it, only what it names."""
    users = {int(m) for m in USER_MENTION.findall(content or "")}
    roles = {int(m) for m in ROLE_MENTION.findall(content or "")}
    everyone = bool(EVERYONE_MENTION.search(content or "")) and can_mention_everyone
    replied = replied_user_id is not None

    if allowed_mentions is not None:
        parse = set(allowed_mentions.get("parse") or [])
        allowed_users = {int(u) for u in allowed_mentions.get("users") or []}
        allowed_roles = {int(r) for r in allowed_mentions.get("roles") or []}
        if "users" not in parse:
            users &= allowed_users
        if "roles" not in parse:
            roles &= allowed_roles
        if "everyone" not in parse:
            everyone = False
        replied = replied and bool(allowed_mentions.get("replied_user", False))
    if replied and replied_user_id is not None:
        users.add(replied_user_id)
    return Pings(frozenset(users), frozenset(roles), everyone)
