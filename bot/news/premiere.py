"""When the season comes out, to the minute: the instant a report states, else Netflix's hour.

Netflix releases its original series worldwide at midnight Pacific time (00:00 in Los Angeles,
17:00 in Seoul the same day in winter). A report that states the hour ("5 p.m. KST", "오후 5시",
"12 a.m. PT") decides; a report that gives only the day gets Netflix's hour, and says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Literal
from zoneinfo import ZoneInfo

from bot.i18n import tr

NETFLIX_ZONE = ZoneInfo("America/Los_Angeles")
SEOUL = ZoneInfo("Asia/Seoul")
ZONES = {
    "kst": SEOUL,
    "pt": NETFLIX_ZONE,
    "pst": NETFLIX_ZONE,
    "pdt": NETFLIX_ZONE,
    "pacific": NETFLIX_ZONE,
    "et": ZoneInfo("America/New_York"),
    "est": ZoneInfo("America/New_York"),
    "edt": ZoneInfo("America/New_York"),
    "gmt": ZoneInfo("UTC"),
    "utc": ZoneInfo("UTC"),
    "bst": ZoneInfo("Europe/London"),
}
Basis = Literal["stated", "netflix"]

_ZONE = r"(KST|PT|PST|PDT|ET|EST|EDT|GMT|UTC|BST|Pacific(?:\s+time)?)"
_CLOCK_12 = re.compile(rf"\b(\d{{1,2}})(?::(\d{{2}}))?\s*([ap])\.?\s?m\.?\s*(?:\(?\s*{_ZONE}\b)?", re.I)
_CLOCK_24 = re.compile(rf"\b([01]?\d|2[0-3]):([0-5]\d)\s*{_ZONE}\b", re.I)
_MIDNIGHT = re.compile(rf"\bmidnight\s*(?:\(?\s*{_ZONE}\b)?", re.I)
_KOREAN = re.compile(r"(오전|오후|밤|새벽|낮)\s*(\d{1,2})\s*시(?:\s*(\d{1,2})\s*분|\s*반)?")


@dataclass(frozen=True, slots=True)
class StatedTime:
    hour: int
    minute: int
    zone: str  # a key of ZONES

    def __str__(self) -> str:
        return f"{self.hour:02d}:{self.minute:02d} {self.zone.upper()}"


def find_premiere_time(text: str) -> StatedTime | None:
    """The time of day a report gives for the premiere, with its time zone (Korean text: Seoul)."""
    for match in _CLOCK_12.finditer(text):
        hour, minute, half, zone = int(match[1]), int(match[2] or 0), match[3].lower(), match[4]
        if not 1 <= hour <= 12 or zone is None:
            continue
        hour = hour % 12 + (12 if half == "p" else 0)
        return StatedTime(hour, minute, _zone_key(zone))
    clock = _CLOCK_24.search(text)
    if clock:
        return StatedTime(int(clock[1]), int(clock[2]), _zone_key(clock[3]))
    midnight = _MIDNIGHT.search(text)
    if midnight and midnight[1]:
        return StatedTime(0, 0, _zone_key(midnight[1]))
    korean = _KOREAN.search(text)
    if korean:
        hour = int(korean[2])
        if not 1 <= hour <= 12:
            return None
        # 오후/밤 are after noon; 낮 (daytime) 12 is noon and 1-5 the afternoon; 오전/새벽 before noon.
        later = korean[1] in ("오후", "밤") or (korean[1] == "낮" and hour <= 5)
        hour = hour % 12 + (12 if later else 0) if not (korean[1] == "낮" and hour == 12) else 12
        minute = int(korean[3]) if korean[3] else (30 if korean[0].endswith("반") else 0)
        return StatedTime(hour, minute, "kst")
    return None


def _zone_key(zone: str) -> str:
    word = zone.split()[0].lower()
    return word if word in ZONES else "utc"


def premiere_instant(release_date: str, stated: StatedTime | None) -> tuple[datetime, Basis]:
    """The premiere as an aware instant, and how it was decided."""
    day = date.fromisoformat(release_date)
    if stated is not None:
        local = datetime.combine(day, time(stated.hour, stated.minute), tzinfo=ZONES[stated.zone])
        return local.astimezone(ZoneInfo("UTC")), "stated"
    midnight = datetime.combine(day, time(0, 0), tzinfo=NETFLIX_ZONE)
    return midnight.astimezone(ZoneInfo("UTC")), "netflix"


def discord_time(moment: datetime) -> str:
    """The instant as Discord shows it to each reader: their time zone, their language, and how far off."""
    stamp = int(moment.timestamp())
    return f"<t:{stamp}:F> (<t:{stamp}:R>)"


def premiere_text(premiere_at: datetime | None, basis: str | None, language: str) -> str | None:
    """ "Friday, 26 February 2027 17:00 (in 3 days) · as reported" in the reader's zone, or None."""
    if premiere_at is None:
        return None
    if basis == "stated":
        how = tr(language, "the hour the report gives")
    else:
        how = tr(language, "Netflix's usual hour, midnight Pacific time")
    return f"{discord_time(premiere_at)} · {how}"
