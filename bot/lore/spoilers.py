"""Which lore text a guild or user may see openly and which must be wrapped as a Discord spoiler.

A `SpoilerLevel` (on an entry or a field: none | season1 | season2) says how much of the show a
reader must have seen not to be spoiled. A `SpoilerPolicy` (none | season1 | all) says how much the
audience is assumed to have seen. Text above the policy is not dropped, it is wrapped in `||...||`
so readers can still choose to reveal it.
"""

from __future__ import annotations

import logging
from typing import Literal

from bot.lore.models import SpoilerLevel

log = logging.getLogger(__name__)

SpoilerPolicy = Literal["none", "season1", "all"]

DEFAULT_POLICY: SpoilerPolicy = "none"

_LEVEL_RANK: dict[str, int] = {"none": 0, "season1": 1, "season2": 2}
_POLICY_RANK: dict[str, int] = {"none": 0, "season1": 1, "all": 2}


def must_hide(level: SpoilerLevel, policy: SpoilerPolicy) -> bool:
    """True when text at `level` must be wrapped as a spoiler for an audience with `policy`."""
    try:
        return _LEVEL_RANK[level] > _POLICY_RANK[policy]
    except KeyError as exc:
        raise ValueError(f"unknown spoiler level {level!r} or policy {policy!r}") from exc


def wrap_spoiler(text: str) -> str:
    """`text` as a Discord spoiler. A `||` inside would end the spoiler early, so it is broken up."""
    return "||" + text.replace("||", "|\u200b|") + "||"


def show_text(text: str, level: SpoilerLevel, policy: SpoilerPolicy) -> str:
    """`text` as it may be shown: unchanged, or wrapped as a spoiler when the policy requires."""
    return wrap_spoiler(text) if must_hide(level, policy) else text
