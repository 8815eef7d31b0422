"""The bot's idea of now: real time, moved forward only by the offline console's `:time` so a person
can watch the run-up to the premiere in minutes. Everything that schedules around the premiere
(the event, countdowns, threads, the spoiler guard) reads this clock."""

from __future__ import annotations

from datetime import datetime, timedelta

import discord


class Clock:
    def __init__(self) -> None:
        self.offset = timedelta(0)

    def now(self) -> datetime:
        return discord.utils.utcnow() + self.offset

    def advance(self, delta: timedelta) -> None:
        if delta < timedelta(0):
            raise ValueError("time only moves forward")
        self.offset += delta
