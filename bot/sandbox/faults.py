"""Faults a test asks for: answer the next matching requests with an error, or hold them (a hang)."""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass, field

_PLACEHOLDER = re.compile(r"\{[^}]*\}")


def template_key(method: str, route_template: str) -> tuple[str, str]:
    """Placeholder names differ between callers ("{id}" vs "{channel_id}"); only their places matter."""
    return method.upper(), _PLACEHOLDER.sub("{}", route_template.rstrip("/"))


@dataclass
class Fault:
    method: str
    route: str
    status: int
    times: int
    retry_after: float | None = None
    code: int | None = None
    served: int = 0


@dataclass
class Hang:
    method: str
    route: str
    times: int
    seconds: float | None
    released: asyncio.Event = field(default_factory=asyncio.Event)
    held: int = 0


class FaultPlan:
    def __init__(self) -> None:
        self._faults: list[Fault] = []
        self._hangs: list[Hang] = []

    def add_fault(self, fault: Fault) -> Fault:
        self._faults.append(fault)
        return fault

    def add_hang(self, hang: Hang) -> Hang:
        self._hangs.append(hang)
        return hang

    def _matches(self, rule_method: str, rule_route: str, method: str, route: str) -> bool:
        return rule_method in ("*", method) and rule_route == route

    def take_fault(self, method: str, route: str) -> Fault | None:
        for fault in self._faults:
            if fault.served < fault.times and self._matches(fault.method, fault.route, method, route):
                fault.served += 1
                return fault
        return None

    def take_hang(self, method: str, route: str) -> Hang | None:
        for hang in self._hangs:
            if hang.held < hang.times and self._matches(hang.method, hang.route, method, route):
                hang.held += 1
                return hang
        return None

    def release_all(self) -> None:
        for hang in self._hangs:
            hang.released.set()
