"""Interactions the fake dispatched: their typed options, and what the bot answered (InteractionResult)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from bot.sandbox import commands as opt
from bot.sandbox.journal import Rejection
from bot.sandbox.models import (
    EPHEMERAL,
    LOADING,
    FakeApplication,
    FakeAttachment,
    FakeChannel,
    FakeGuild,
    FakeMember,
    FakeMessage,
    FakeRole,
    FakeUser,
)

CALLBACK_MESSAGE = 4
CALLBACK_DEFERRED_MESSAGE = 5
CALLBACK_DEFERRED_UPDATE = 6
CALLBACK_UPDATE_MESSAGE = 7
CALLBACK_AUTOCOMPLETE = 8
CALLBACK_MODAL = 9

INTERACTION_COMMAND = 2
INTERACTION_COMPONENT = 3
INTERACTION_AUTOCOMPLETE = 4
INTERACTION_MODAL_SUBMIT = 5


class Changes:
    """A wake-up for waiters: each notify() releases everyone waiting and starts a new round."""

    def __init__(self) -> None:
        self._event = asyncio.Event()

    def notify(self) -> None:
        self._event.set()
        self._event = asyncio.Event()

    async def until(self, predicate: Callable[[], Any], timeout: float, what: str) -> Any:  # noqa: ASYNC109
        try:
            async with asyncio.timeout(timeout):
                while True:
                    value = predicate()
                    if value:
                        return value
                    await self._event.wait()
        except TimeoutError:
            raise TimeoutError(f"sandbox: timed out after {timeout:g} s waiting for {what}") from None


@dataclass(eq=False)
class InteractionResult:
    """One dispatched interaction and everything the bot answered to it."""

    id: int
    token: str
    app: FakeApplication
    kind: int
    name: str
    guild: FakeGuild | None
    channel: FakeChannel
    user: FakeUser
    member: FakeMember | None
    source_message: FakeMessage | None = None
    dispatched_at: float = field(default_factory=time.monotonic)
    type: int | None = None  # the first callback's type
    latency: float | None = None
    original: FakeMessage | None = None
    modal: dict[str, Any] | None = None
    choices: list[dict[str, Any]] | None = None
    followups: list[FakeMessage] = field(default_factory=list)
    error: Rejection | None = None
    completed: bool = False
    changes: Changes = field(default_factory=Changes)

    @property
    def acknowledged(self) -> bool:
        return self.type is not None

    @property
    def rejected(self) -> bool:
        """True when Discord refused the bot's first answer (error says why) and nothing was acknowledged."""
        return self.error is not None and not self.acknowledged

    @property
    def expired(self) -> bool:
        """True when the bot's first answer came after the deadline and Discord refused it (10062)."""
        return self.error is not None and self.error.code == 10062

    @property
    def deferred(self) -> bool:
        return self.type in (CALLBACK_DEFERRED_MESSAGE, CALLBACK_DEFERRED_UPDATE)

    @property
    def message(self) -> FakeMessage | None:
        if self.original is not None:
            return self.original
        if self.type == CALLBACK_DEFERRED_UPDATE:
            return self.source_message
        return None

    @property
    def ephemeral(self) -> bool:
        msg = self.message
        return bool(msg is not None and msg.flags & EPHEMERAL)

    @property
    def content(self) -> str:
        msg = self.message
        return msg.content if msg is not None else ""

    @property
    def embeds(self) -> list[dict[str, Any]]:
        msg = self.message
        return msg.embeds if msg is not None else []

    @property
    def components(self) -> list[dict[str, Any]]:
        msg = self.message
        return msg.components if msg is not None else []

    @property
    def modal_result_or_dict(self) -> dict[str, Any] | None:
        return self.modal

    def _is_final(self) -> FakeMessage | None:
        if self.type in (CALLBACK_MESSAGE, CALLBACK_UPDATE_MESSAGE) or self.completed:
            return self.message
        return None

    async def first(self, timeout: float = 5.0) -> InteractionResult:  # noqa: ASYNC109
        await self.changes.until(
            lambda: self.acknowledged or self.error, timeout, f"the bot's first answer to {self.name!r}"
        )
        return self

    async def final(self, timeout: float = 5.0) -> FakeMessage:  # noqa: ASYNC109
        """Waits until a deferred answer was completed (edit of @original or a first follow-up)."""
        msg = await self.changes.until(self._is_final, timeout, f"the final answer to {self.name!r}")
        assert isinstance(msg, FakeMessage)
        return msg

    async def wait_followups(self, n: int = 1, timeout: float = 5.0) -> list[FakeMessage]:  # noqa: ASYNC109
        await self.changes.until(
            lambda: len(self.followups) >= n, timeout, f"{n} follow-up(s) to {self.name!r}"
        )
        return self.followups

    def is_loading(self) -> bool:
        return self.original is not None and bool(self.original.flags & LOADING)


# -- option payloads ------------------------------------------------------------------------------


@dataclass
class Resolved:
    users: dict[str, Any] = field(default_factory=dict)
    members: dict[str, Any] = field(default_factory=dict)
    roles: dict[str, Any] = field(default_factory=dict)
    channels: dict[str, Any] = field(default_factory=dict)
    attachments: dict[str, Any] = field(default_factory=dict)

    def to_payload(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v}


def resolve_path(spec: dict[str, Any], path: list[str]) -> tuple[list[tuple[int, str]], dict[str, Any]]:
    """Follows "group sub" below a command; returns the nesting [(type, name)] and the leaf's spec."""
    nesting: list[tuple[int, str]] = []
    node = spec
    for part in path:
        child = next(
            (
                o
                for o in node.get("options") or []
                if o.get("name") == part
                and o.get("type") in (opt.OPTION_SUB_COMMAND, opt.OPTION_SUB_COMMAND_GROUP)
            ),
            None,
        )
        if child is None:
            raise ValueError(f"/{spec['name']} has no subcommand {part!r} (path {' '.join(path)!r})")
        nesting.append((child["type"], part))
        node = child
    if any(
        o.get("type") in (opt.OPTION_SUB_COMMAND, opt.OPTION_SUB_COMMAND_GROUP)
        for o in node.get("options") or []
    ):
        raise ValueError(f"/{spec['name']} {' '.join(path)} needs a subcommand: a group cannot be invoked")
    return nesting, node


def typed_options(
    leaf: dict[str, Any],
    values: dict[str, Any],
    *,
    guild: FakeGuild | None,
    channel: FakeChannel,
    focused: str | None = None,
) -> tuple[list[dict[str, Any]], Resolved]:
    """Turns driver values into the option list Discord would send, typed per the registered spec."""
    specs = {o["name"]: o for o in leaf.get("options") or []}
    for name in values:
        if name not in specs:
            raise ValueError(f"unknown option {name!r}; registered: {sorted(specs)}")
    resolved = Resolved()
    out: list[dict[str, Any]] = []
    for name, spec in specs.items():
        if name not in values:
            if spec.get("required") and focused is None:
                raise ValueError(f"option {name!r} is required")
            continue
        kind = spec["type"]
        raw = values[name]
        if name == focused:
            if not spec.get("autocomplete"):
                raise ValueError(f"option {name!r} was not registered with autocomplete")
            out.append({"name": name, "type": kind, "value": str(raw), "focused": True})
            continue
        value = _typed_value(spec, raw, resolved, guild=guild, channel=channel, lenient=focused is not None)
        out.append({"name": name, "type": kind, "value": value})
    return out, resolved


def _check_choice(spec: dict[str, Any], value: Any) -> None:
    choices = spec.get("choices")
    if choices and value not in [c["value"] for c in choices]:
        names = [c["value"] for c in choices]
        raise ValueError(f"option {spec['name']!r}: {value!r} is not one of the choices {names}")


def _typed_value(
    spec: dict[str, Any],
    raw: Any,
    resolved: Resolved,
    *,
    guild: FakeGuild | None,
    channel: FakeChannel,
    lenient: bool,
) -> Any:
    kind = spec["type"]
    name = spec["name"]
    if kind == opt.OPTION_STRING:
        value = str(raw)
        if not lenient:
            _check_choice(spec, value)
            if len(value) < spec.get("min_length", 0) or len(value) > spec.get("max_length", 6000):
                raise ValueError(f"option {name!r}: length {len(value)} outside the registered bounds")
        return value
    if kind in (opt.OPTION_INTEGER, opt.OPTION_NUMBER):
        if isinstance(raw, bool):
            raise ValueError(f"option {name!r} takes a number, not a boolean")
        number = int(raw) if kind == opt.OPTION_INTEGER else float(raw)
        if kind == opt.OPTION_INTEGER and number != raw and not isinstance(raw, str):
            raise ValueError(f"option {name!r} takes an integer, got {raw!r}")
        if not lenient:
            _check_choice(spec, number)
            if "min_value" in spec and number < spec["min_value"]:
                raise ValueError(f"option {name!r}: {number} is below min_value {spec['min_value']}")
            if "max_value" in spec and number > spec["max_value"]:
                raise ValueError(f"option {name!r}: {number} is above max_value {spec['max_value']}")
        return number
    if kind == opt.OPTION_BOOLEAN:
        if not isinstance(raw, bool):
            raise ValueError(f"option {name!r} takes a boolean, got {raw!r}")
        return raw
    if kind in (opt.OPTION_USER, opt.OPTION_MENTIONABLE) and isinstance(raw, FakeMember | FakeUser):
        user = raw.user if isinstance(raw, FakeMember) else raw
        resolved.users[str(user.id)] = user.to_payload()
        member = raw if isinstance(raw, FakeMember) else (guild.members.get(user.id) if guild else None)
        if member is not None:
            resolved.members[str(user.id)] = member.to_payload(with_user=False, channel=channel)
        return str(user.id)
    if kind in (opt.OPTION_ROLE, opt.OPTION_MENTIONABLE) and isinstance(raw, FakeRole):
        resolved.roles[str(raw.id)] = raw.to_payload()
        return str(raw.id)
    if kind == opt.OPTION_CHANNEL and isinstance(raw, FakeChannel):
        allowed = spec.get("channel_types")
        if allowed and raw.kind not in allowed:
            raise ValueError(f"option {name!r} accepts channel types {allowed}, not {raw.kind}")
        payload = raw.to_payload()
        payload["permissions"] = "0"
        resolved.channels[str(raw.id)] = payload
        return str(raw.id)
    if kind == opt.OPTION_ATTACHMENT and isinstance(raw, dict | FakeAttachment):
        payload = raw.to_payload() if isinstance(raw, FakeAttachment) else raw
        resolved.attachments[str(payload["id"])] = payload
        return str(payload["id"])
    raise ValueError(f"option {name!r} (type {kind}) cannot take {raw!r}")
