"""Premiere dates and windows in English and Korean news text.

``find_mentions(text, published)`` returns every date-like mention in a clause: an exact day
(``YYYY-MM-DD``) or a window, from most to least specific: month ``YYYY-MM``, quarter ``YYYY-Qn``,
half ``YYYY-H1``/``YYYY-H2`` ("early 2027", "2027년 상반기" are H1; "late 2027", "end of 2027" H2),
year ``YYYY`` ("in 2027", "2027년", "a 2027 release"). Relative phrases resolve against the
publication date: "next year"/"내년" is the following year, "this year"/"later this year"/"올해"
the publication year. A day or month without
a year takes a year named in the same text, else the publication year, moved to the next year
when that would put it more than two months before publication (a premiere is announced ahead).

``best_release(mentions)`` applies the contract: an exact day wins; otherwise the most specific window.
Which clauses talk about a *release* is the classifier's decision, not this module's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal

Precision = Literal["day", "month", "quarter", "half", "year"]
_RANK: dict[str, int] = {"day": 0, "month": 1, "quarter": 2, "half": 3, "year": 4}

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
# Month names are matched capitalised only, so the modal verb "may" is never read as May.
_MONTH = (
    r"(January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_ORD = r"(?:st|nd|rd|th)?"
_YEAR = r"(20\d{2})"
_EARLY = r"(?:early|earlier|beginning of|start of|the start of|the beginning of)"
_LATE = r"(?:late|later|end of|the end of|close of|the close of)"
_ORDINAL_WORDS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(20\d{2})-(\d{2})-(\d{2})\b")),
    ("mdy", re.compile(rf"\b{_MONTH} (\d{{1,2}}){_ORD},? {_YEAR}\b")),
    ("dmy", re.compile(rf"\b(\d{{1,2}}){_ORD} (?:of )?{_MONTH},? {_YEAR}\b")),
    ("ko_ymd", re.compile(r"(20\d{2})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일")),
    ("ko_md", re.compile(r"(?<![\d년])(\d{1,2})\s*월\s*(\d{1,2})\s*일")),
    ("md", re.compile(rf"\b{_MONTH} (\d{{1,2}}){_ORD}\b(?!,? ?\d)")),
    ("dm", re.compile(rf"\b(\d{{1,2}}){_ORD} (?:of )?{_MONTH}\b(?!,? ?\d)")),
    ("my", re.compile(rf"\b{_MONTH},? {_YEAR}\b")),
    ("ko_ym", re.compile(r"(20\d{2})\s*년\s*(\d{1,2})\s*월(?!\s*\d)")),
    ("ko_rel_m", re.compile(r"(내년|올해|올)\s*(\d{1,2})\s*월(?!\s*\d)")),
    ("m_rel", re.compile(rf"\b(?:in|this|next|early|late|by|from|until|on) {_MONTH}\b(?!,? ?\d)")),
    ("ko_m", re.compile(r"(?<![\d년])(\d{1,2})\s*월(?!\s*\d)(?=\s*(?:중|초|말|중순|공개|에|부터|께|경)?)")),
    ("q", re.compile(rf"\b(?:Q([1-4])|([1-4])Q),? {_YEAR}\b|\b{_YEAR},? Q([1-4])\b", re.I)),
    ("q_words", re.compile(
        rf"\b(first|second|third|fourth|1st|2nd|3rd|4th) quarter(?: of)?,? {_YEAR}\b", re.I
    )),
    ("ko_q", re.compile(r"(20\d{2})\s*년\s*([1-4])\s*분기")),
    ("ko_rel_q", re.compile(r"(내년|올해|올)\s*([1-4])\s*분기")),
    ("h_words", re.compile(rf"\b(first|second|1st|2nd) half(?: of)?,? {_YEAR}\b", re.I)),
    ("h", re.compile(rf"\bH([12]),? {_YEAR}\b|\b{_YEAR},? H([12])\b")),
    ("early", re.compile(rf"\b{_EARLY} {_YEAR}\b", re.I)),
    ("late", re.compile(rf"\b{_LATE} {_YEAR}\b", re.I)),
    ("ko_h", re.compile(r"(20\d{2})\s*년\s*(상반기|하반기|초|연초|말|연말)")),
    ("ko_rel_h", re.compile(r"(내년|올해|올)\s*(상반기|하반기|초|연초|말|연말)")),
    ("rel_h_en", re.compile(
        # Not "later": the contract reads "later this year" as the publication year, not its second half.
        r"\b(early|late|the end of|end of|the start of|start of|the beginning of|beginning of)"
        r" (next|this) year\b",
        re.I,
    )),
    ("ko_y", re.compile(r"(20\d{2})\s*년(?!\s*\d)")),
    ("y", re.compile(
        rf"\b(?:in|for|by|during|until|sometime in|slated for|set for|due in|due|of) {_YEAR}\b", re.I
    )),
    # A year used as an adjective of the release: "confirms 2027 release", "a 2027 premiere"; not the
    # second year of a choice ("a 2026 or 2027 release" names no window).
    ("y_attr", re.compile(
        rf"(?<!or )(?<!and )(?<![-/–])\b{_YEAR} (?:release|premiere|debut|launch|return)\b", re.I
    )),
    ("next_year", re.compile(r"\bnext year\b|내년", re.I)),
    ("this_year", re.compile(
        r"\b(?:later|sometime|by the end of|before the end of)? ?this year\b|올해|연내", re.I
    )),
]  # fmt: skip


@dataclass(frozen=True, slots=True)
class DateMention:
    precision: Precision
    value: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class ReleaseTiming:
    release_date: str | None = None
    release_window: str | None = None


def _month(name: str) -> int:
    return _MONTHS[name.rstrip(".").lower()]


def _year_in(text: str) -> int | None:
    match = re.search(r"(?<!\d)(20\d{2})(?!\d)", text)
    return int(match.group(1)) if match else None


def _infer_year(month: int, day: int, text: str, published: datetime | None) -> int | None:
    named = _year_in(text)
    if named is not None:
        return named
    if published is None:
        return None
    year = published.year
    try:
        candidate = date(year, month, day)
    except ValueError:
        return None
    if candidate < published.date() - timedelta(days=60):
        year += 1
    return year


def _day(year: int | None, month: int, day: int) -> str | None:
    if year is None:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _relative_year(word: str, published: datetime | None) -> int | None:
    if published is None:
        return None
    return published.year + 1 if word in ("내년", "next") else published.year


def _half_of(word: str) -> str:
    return "H1" if word in ("상반기", "초", "연초") else "H2"


def _interpret(
    kind: str, m: re.Match[str], text: str, published: datetime | None
) -> tuple[Precision, str] | None:
    g = m.groups()
    pub_year = published.year if published else None
    # Filled from regex groups (text) or computed (numbers) depending on the pattern.
    year: int | str | None
    quarter: int | str | None
    half: int | str | None
    if kind == "iso":
        value = _day(int(g[0]), int(g[1]), int(g[2]))
        return ("day", value) if value else None
    if kind == "mdy":
        value = _day(int(g[2]), _month(g[0]), int(g[1]))
        return ("day", value) if value else None
    if kind == "dmy":
        value = _day(int(g[2]), _month(g[1]), int(g[0]))
        return ("day", value) if value else None
    if kind == "ko_ymd":
        value = _day(int(g[0]), int(g[1]), int(g[2]))
        return ("day", value) if value else None
    if kind in ("ko_md", "md", "dm"):
        if kind == "ko_md":
            month, day = int(g[0]), int(g[1])
        elif kind == "md":
            month, day = _month(g[0]), int(g[1])
        else:
            month, day = _month(g[1]), int(g[0])
        value = _day(_infer_year(month, day, text, published), month, day) if 1 <= month <= 12 else None
        return ("day", value) if value else None
    if kind in ("my", "ko_ym"):
        year, month = (int(g[1]), _month(g[0])) if kind == "my" else (int(g[0]), int(g[1]))
        return ("month", f"{year}-{month:02d}") if 1 <= month <= 12 else None
    if kind in ("m_rel", "ko_m", "ko_rel_m"):
        if kind == "ko_rel_m":
            year, month = _relative_year(g[0], published), int(g[1])
        else:
            month = _month(g[0]) if kind == "m_rel" else int(g[0])
            year = _infer_year(month, 28, text, published) if 1 <= month <= 12 else None
        if year is None or not 1 <= month <= 12:
            return None
        return ("month", f"{year}-{month:02d}")
    if kind == "q":
        # Two alternatives: "Q1 2027" / "1Q 2027" (groups 0-2) and "2027 Q1" (groups 3-4).
        quarter, year = (g[0] or g[1], g[2]) if g[2] else (g[4], g[3])
        return ("quarter", f"{year}-Q{quarter}")
    if kind == "q_words":
        return ("quarter", f"{g[1]}-Q{_ORDINAL_WORDS[g[0].lower()]}")
    if kind in ("ko_q", "ko_rel_q"):
        year = int(g[0]) if kind == "ko_q" else _relative_year(g[0], published)
        return ("quarter", f"{year}-Q{g[1]}") if year else None
    if kind == "h_words":
        return ("half", f"{g[1]}-H{_ORDINAL_WORDS[g[0].lower()]}")
    if kind == "h":
        half, year = (g[0], g[1]) if g[0] else (g[3], g[2])
        return ("half", f"{year}-H{half}")
    if kind == "early":
        return ("half", f"{g[0]}-H1")
    if kind == "late":
        return ("half", f"{g[0]}-H2")
    if kind in ("ko_h", "ko_rel_h"):
        year = int(g[0]) if kind == "ko_h" else _relative_year(g[0], published)
        return ("half", f"{year}-{_half_of(g[1])}") if year else None
    if kind == "rel_h_en":
        year = _relative_year(g[1].lower(), published)
        half = (
            "H1"
            if g[0].lower() in ("early", "the start of", "start of", "the beginning of", "beginning of")
            else "H2"
        )
        return ("half", f"{year}-{half}") if year else None
    if kind in ("ko_y", "y", "y_attr"):
        return ("year", g[0])
    if kind == "next_year":
        return ("year", str(pub_year + 1)) if pub_year else None
    if kind == "this_year":
        return ("year", str(pub_year)) if pub_year else None
    return None


def find_mentions(text: str, published: datetime | None) -> list[DateMention]:
    """Every date or window in ``text``; a span claimed by a more specific pattern is not read again."""
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                continue
            interpreted = _interpret(kind, match, text, published)
            if interpreted is None:
                continue
            taken.append((start, end))
            found.append(DateMention(interpreted[0], interpreted[1], start, end))
    found.sort(key=lambda mention: mention.start)
    return found


def best_release(mentions: list[DateMention]) -> ReleaseTiming:
    """An exact day if any (the first one), else the most specific window (earliest on a tie)."""
    if not mentions:
        return ReleaseTiming()
    best = min(mentions, key=lambda mention: (_RANK[mention.precision], mention.start))
    if best.precision == "day":
        return ReleaseTiming(release_date=best.value)
    return ReleaseTiming(release_window=best.value)
