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
from functools import lru_cache
from typing import Literal

from bot.tracker.folding import Folded
from bot.tracker.reading import alternatives_of, needed_words

Precision = Literal["day", "month", "quarter", "half", "year"]
Tense = Literal["past", "future"] | None
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
    ("iso", re.compile(r"\b(20\d{2})-(\d{2})-(\d{2})\b|\b(20\d{2})\.\s?(\d{1,2})\.\s?(\d{1,2})\b")),
    ("mdy", re.compile(rf"\b{_MONTH} (\d{{1,2}}){_ORD},? {_YEAR}\b")),
    ("dmy", re.compile(rf"\b(\d{{1,2}}){_ORD} (?:of )?{_MONTH},? {_YEAR}\b")),
    ("ko_ymd", re.compile(r"(20\d{2})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일")),
    ("ko_rel_md", re.compile(r"(지난\s*달|이번\s*달|이달|다음\s*달|내달)\s*(\d{1,2})\s*일")),
    # A countdown: "공개 D-3", "공개가 사흘 앞으로 다가왔다", "three days to go".
    ("countdown", re.compile(
        r"\bD\s?-\s?(\d{1,2})(?!\d)|"
        r"(하루|이틀|사흘|나흘|닷새|엿새|이레|열흘|일주일)\s*(?:앞으로\s*다가|남았|남겨\s*두|남겨둔|앞둔|앞두고)|"
        r"(\d{1,2})\s*일\s*(?:앞으로\s*다가|남았|남겨\s*두|남겨둔|앞둔|앞두고)|"
        r"\b(one|two|three|four|five|six|seven|ten)\s+days?\s+(?:away|to\s+go|left)\b|"
        r"\b(\d{1,2})\s+days?\s+(?:away|to\s+go|left)\b",
        re.I,
    )),
    # "1월 마지막 금요일", "the last Friday of January".
    ("last_weekday", re.compile(
        rf"(?<![\d년])(\d{{1,2}})\s*월\s*마지막\s*(월|화|수|목|금|토|일)요일|"
        rf"\bthe last (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (?:of|in) {_MONTH}\b"
    )),
    # "지난해 1월 28일", "작년 6월 7일": a day of the year before publication.
    ("ko_last_year_md", re.compile(r"(?:지난해|작년)\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일")),
    ("ko_md", re.compile(r"(?<![\d년])(\d{1,2})\s*월\s*(\d{1,2})\s*일")),
    ("ko_d", re.compile(r"(지난|오는)\s*(\d{1,2})\s*일(?!\s*(?:간|동안|만|째))")),
    # A bare Korean day ("26일") is usually the day of the report itself ("넷플릭스는 20일 ... 밝혔다"):
    # the classifier takes it only right before a release word.
    ("ko_bare_d", re.compile(r"(?<![\d월])(?<!월\s)(\d{1,2})\s*일(?!\s*(?:간|동안|만|째|연속))")),
    # "returns on the 29th": a day of the month alone, read like "29일" (the next one, or the last).
    ("en_bare_d", re.compile(
        rf"\bthe (\d{{1,2}})(?:st|nd|rd|th)\b(?! (?:of )?{_MONTH})"
        r"(?! (?:season|episode|anniversary|time))",
        re.I,
    )),
    # "My bet is they drop it on Christmas", "크리스마스에 공개": a holiday is its day.
    ("holiday", re.compile(
        r"\bon\s+(Christmas)(?:\s+(Day|Eve))?\b(?!\s+(?:special|season|week|weekend|holidays?)\b)|"
        r"\b(Christmas)\s+(Day|Eve)\b|(크리스마스)\s*(이브)?(?:에|\s*당일)"
    )),
    # "3년 전 오늘", "two years ago today": an anniversary names a day years gone, not a premiere's.
    ("rel_day", re.compile(
        r"\b(today|tonight|tomorrow|yesterday)\b(?<!ago\stoday)|(오늘|내일|모레|어제)(?<!전\s오늘)(?<!전오늘)",
        re.I,
    )),
    ("weekday", re.compile(
        r"\b(?:((?i:this|next|coming|last|on))\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
        r"(?!,?\s+(?:\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))"
        r"|(?:(이번\s*주|다음\s*주|지난\s*주|오는|지난)\s*)?(월|화|수|목|금|토|일)요일"
        # A listing's "All of Us Are Dead S2 (Fri)".
        r"|\((Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?\)"
    )),
    # Not the first day of a range ("April 12-18"): a week's listings, not a premiere.
    ("md", re.compile(
        rf"\b{_MONTH} (\d{{1,2}}){_ORD}\b(?!,? ?\d)(?!\s*(?:[-–]|and|to|through)\s*(?:\d|{_MONTH}))"
    )),
    # Not "season 2 March release": the number is the season's.
    ("dm", re.compile(
        rf"\b(\d{{1,2}})(?<![Ss]eason\s\d)(?<![Ss]eason\s\d\d)(?<![Pp]art\s\d)"
        rf"{_ORD} (?:of )?{_MONTH}\b(?!,? ?\d)"
    )),
    ("my", re.compile(rf"\b{_MONTH},? {_YEAR}\b")),
    ("ko_ym", re.compile(r"(20\d{2})\s*년\s*(\d{1,2})\s*월(?!\s*\d)")),
    ("ko_rel_m", re.compile(r"(내년|올해|올)\s*(\d{1,2})\s*월(?!\s*\d)")),
    ("m_next_year", re.compile(rf"\b{_MONTH},? (?:of )?next year\b")),
    ("m_rel", re.compile(
        rf"\b(?:in|this|next|early|late|by|from|until|on|for|(?i:guess|bet|think|reckon|predict)) "
        rf"{_MONTH}\b(?!,? ?\d)"
    )),
    # A month as the premiere's adjective: "eyeing a January premiere", "a March release".
    ("m_attr", re.compile(rf"\b{_MONTH} (?i:premiere|release|debut|launch|return|window|drop)\b")),
    ("ko_rel_month", re.compile(r"(지난\s*달|이번\s*달|이달|다음\s*달|내달)(?!\s*\d)")),
    ("rel_month", re.compile(r"\b(this|next|last) month\b", re.I)),
    # "다음 주 공개되는", "arrives next week": the month that week lies in (when it lies in one).
    # Only beside the premiere's own verb: "the most-watched series this week" dates a chart.
    ("rel_week", re.compile(
        r"\b(?:arriv\w*|premier\w*|releas\w*|debut\w*|drops?|lands?|returns?|coming|out|streaming)"
        r"\s+(?:\S+\s+){0,3}?(this|next|coming) week\b|"
        r"(다음\s*주|이번\s*주)\s*(?:중\s*)?(?=공개|방영|베일|출격|돌아온|찾아온|선보)",
        re.I,
    )),
    ("ko_m", re.compile(r"(?<![\d년])(\d{1,2})\s*월(?!\s*\d)(?=\s*(?:중|초|말|중순|공개|에|부터|께|경)?)")),
    ("q", re.compile(rf"\b(?:Q([1-4])|([1-4])Q),? {_YEAR}\b|\b{_YEAR},? Q([1-4])\b", re.I)),
    ("q_words", re.compile(
        rf"\b(first|second|third|fourth|1st|2nd|3rd|4th) quarter(?: of)?,? {_YEAR}\b", re.I
    )),
    ("q_rel", re.compile(
        r"\b(first|second|third|fourth|1st|2nd|3rd|4th) quarter of (next|this) year\b", re.I
    )),
    # "the first half of the year": of the year of publication.
    ("h_rel", re.compile(r"\b(first|second|1st|2nd) half of (next|this|the) year\b", re.I)),
    ("ko_q", re.compile(r"(20\d{2})\s*년\s*([1-4])\s*분기")),
    ("ko_rel_q", re.compile(r"(내년|올해|올)\s*([1-4])\s*분기")),
    # "slated for the first quarter", "1분기 공개": the next such quarter from publication.
    ("q_bare", re.compile(
        r"\b(first|second|third|fourth|1st|2nd|3rd|4th) quarter\b(?!,? (?:of )?(?:20\d{2}|next|this|last))|"
        r"(?<![\d년해올])(?<!해\s)(?<!년\s)(?<!올\s)([1-4])\s*분기",
        re.I,
    )),
    ("h_words", re.compile(rf"\b(first|second|1st|2nd)[ -]half(?: of)?,? {_YEAR}\b", re.I)),
    ("h", re.compile(rf"\bH([12]),? {_YEAR}\b|\b{_YEAR},? H([12])\b")),
    ("early", re.compile(rf"\b{_EARLY} {_YEAR}\b", re.I)),
    ("late", re.compile(rf"\b{_LATE} {_YEAR}\b", re.I)),
    # Seasons of the year: spring is in the first half, autumn in the second ("Release Likely in
    # Spring 2027"); summer and winter straddle two halves and name none.
    ("season_y", re.compile(rf"\b(spring|fall|autumn)(?: of)?,? {_YEAR}\b", re.I)),
    ("season_rel", re.compile(r"\b(this|next|coming) (spring|fall|autumn)\b", re.I)),
    ("ko_season", re.compile(r"(20\d{2})\s*년\s*(봄|가을)|(내년|올해|올)\s*(봄|가을)")),
    ("ko_h", re.compile(r"(20\d{2})\s*년\s*(상반기|하반기|초|연초|말|연말)")),
    ("ko_rel_h", re.compile(r"(내년|올해|올)\s*(상반기|하반기|초|연초|말|연말)")),
    # "연말께 공개될 것으로": a half with no year is the publication year's (the year after, for the
    # first half named late in a year); "지난해 연말", "작년 하반기" are the past.
    ("ko_bare_h", re.compile(
        r"(?<![가-힣\d])(?<!해\s)(?<!년\s)(연말|연초|상반기|하반기)(?=께|경|쯤|중|에|까지|\s|$|[…,.])"
    )),
    ("rel_h_en", re.compile(
        # Not "later": the contract reads "later this year" as the publication year, not its second half.
        r"\b(early|late|the end of|end of|the start of|start of|the beginning of|beginning of)"
        r" (next|this|the) year\b",  # "at the end of the year": of the year of publication
        re.I,
    )),
    ("ko_y", re.compile(r"(20\d{2})\s*년(?!\s*\d)")),
    ("y", re.compile(
        # "before 2028" counts only after a negation ("won't arrive before 2028"): the classifier asks.
        rf"\b(?:in|into|for|by|during|until|before|sometime in|slated for|set for|due in|due|of|coming|"
        rf"(?:could|would|might|may|will) be|"
        rf"(?:slip\w*|push\w*(?: back)?|mov\w*)"
        rf"(?: (?:the|a|its) (?:release|premiere|debut|season))?(?: back)? (?:in)?to|"
        rf"target(?:s|ing|ed)?|aim(?:s|ing)? for|eye(?:s|ing)?|as early as|as soon as) {_YEAR}\b",
        re.I,
    )),
    # A year used as an adjective of the release: "confirms 2027 release", "a 2027 premiere"; not the
    # second year of a choice ("a 2026 or 2027 release" names no window).
    ("y_attr", re.compile(
        rf"(?<!or )(?<!and )(?<![-/–])\b{_YEAR} (?:release|premiere|debut|launch|return|titles|slate|bow)\b",
        re.I,
    )),
    # "we think 2025 is realistic": a year an outlet guesses.
    ("y_guess", re.compile(rf"\b(?:think|expect|guess|predict|bet|reckon)\s+(?:that\s+)?{_YEAR}\b", re.I)),
    # "our best guess for a premiere is now 2027": a year said as what the premiere is.
    ("y_pred", re.compile(rf"\b(?:is|remains)\s+(?:now\s+|still\s+)?{_YEAR}\b", re.I)),
    ("after_next", re.compile(r"\bthe year after next\b|내후년", re.I)),
    ("next_year", re.compile(r"\bnext year\b|(?<!내)내년", re.I)),
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
    kind: str = ""


@dataclass(frozen=True, slots=True)
class ReleaseTiming:
    release_date: str | None = None
    release_window: str | None = None


def _month(name: str) -> int:
    return _MONTHS[name.rstrip(".").lower()]


def _year_in(text: str) -> int | None:
    """A year the text names for its undated days: not one that ends a full date of its own
    ("Five years after its January 28, 2022 debut, ... season 2 arrives March 12")."""
    for match in _A_YEAR_IN.finditer(text):
        if not _FULL_DATE_BEFORE.search(text, max(0, match.start() - 16), match.start()) and not (
            _KO_FULL_DATE_AFTER.match(text, match.end())
        ):
            return int(match.group(1))
    return None


_A_YEAR_IN = re.compile(r"(?<!\d)(20\d{2})(?!\d)")
_FULL_DATE_BEFORE = re.compile(rf"(?:{_MONTH}\s+\d{{1,2}}{_ORD},?\s*|\d{{1,2}}{_ORD}\s+{_MONTH},?\s*)$", re.I)
_KO_FULL_DATE_AFTER = re.compile(r"\s*년\s*\d{1,2}\s*월\s*\d{1,2}\s*일")


def _infer_year(
    month: int, day: int, text: str, published: datetime | None, tense: Tense = None
) -> int | None:
    """The year of a day named without one: the next such day on or after publication for an upcoming
    premiere, the last one on or before it for one that happened; a year named in the text wins."""
    named = _year_in(text)
    if named is not None and not (tense == "future" and published is not None and named < published.year):
        return (
            named  # not "its 2022 zombie hit ... will drop on July 17": a day to come is not in a year gone
        )
    if published is None:
        return None
    year = published.year
    try:
        candidate = date(year, month, day)
    except ValueError:
        return None
    today = published.date()
    if tense is None and timedelta(0) < today - candidate <= timedelta(days=3):
        return (
            year  # a day just gone, told in no tense: nobody dates a premiere a year ahead without its year
        )
    if tense == "past":
        return year - 1 if candidate > today else year
    if tense == "future":
        return year + 1 if candidate < today else year
    if candidate < today - timedelta(days=60):
        year += 1
    return year


def _shift_month(day: date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def _day_of_month(n: int, published: datetime, tense: Tense) -> str | None:
    """Day ``n`` of the publication month, or of the month before (past) or after (future)."""
    today = published.date()
    for months in (0, -1) if tense == "past" else (0, 1):
        year, month = _shift_month(today, months)
        try:
            candidate = date(year, month, n)
        except ValueError:
            continue
        if (tense == "past" and candidate <= today) or (tense != "past" and candidate >= today):
            return candidate.isoformat()
    return None


_WEEKDAYS_EN = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAYS_KO = ("월", "화", "수", "목", "금", "토", "일")
_COUNTDOWN_DAYS = {
    "하루": 1, "이틀": 2, "사흘": 3, "나흘": 4, "닷새": 5, "엿새": 6, "이레": 7, "일주일": 7, "열흘": 10,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10,
}  # fmt: skip
_RELATIVE_DAYS = {
    "today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1, "오늘": 0, "내일": 1, "모레": 2, "어제": -1,
}  # fmt: skip


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


_RANGE_START = re.compile(
    r"(?P<first>(?:\d{1,2}\s*월|다음\s*달|내달|이번\s*달|이달|지난\s*달)\s*\d{1,2}\s*일)\s*(?:에서|부터|~|–|-)\s*$"
)


def _interpret(
    kind: str, m: re.Match[str], text: str, published: datetime | None, tense: Tense = None
) -> tuple[Precision, str] | None:
    g = m.groups()
    pub_year = published.year if published else None
    if kind == "ko_bare_d" and published is not None:
        # "다음 달 13일에서 27일로", "3월 13일~27일": the second day is in the first one's month.
        start = _RANGE_START.search(text, 0, m.start())
        if start is not None:
            first = find_mentions(start.group("first"), published, tense)
            if first and first[0].precision == "day":
                value = _day(int(first[0].value[:4]), int(first[0].value[5:7]), int(g[0] or 0))
                return ("day", value) if value else None
    relative = _interpret_relative(kind, g, published, tense)
    if relative is not None or kind in _RELATIVE_KINDS:
        return relative
    # Filled from regex groups (text) or computed (numbers) depending on the pattern.
    year: int | str | None
    quarter: int | str | None
    half: int | str | None
    if kind == "iso":  # "2027-03-26", or "2027.03.26" as Korean outlets write it
        year, month, day = (g[0], g[1], g[2]) if g[0] else (g[3], g[4], g[5])
        value = _day(int(year or 0), int(month or 0), int(day or 0))
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
    if kind in ("season_y", "season_rel", "ko_season"):
        if kind == "season_y":
            name, year = g[0].lower(), int(g[1])
        elif kind == "ko_season":
            name = "spring" if (g[1] or g[3]) == "봄" else "fall"
            year = int(g[0]) if g[0] else _relative_year(g[2] or "", published) or 0
        else:
            if published is None:
                return None
            name, year = g[1].lower(), published.year
            if g[0].lower() != "this" and published.month >= (3 if name == "spring" else 9):
                year += 1
            elif name == "spring" and published.month >= 10:
                year += 1  # "arrives this spring", said in December: the spring ahead
        if not year:
            return None
        return ("half", f"{year}-H1" if name == "spring" else f"{year}-H2")
    if kind == "ko_last_year_md":
        value = _day(published.year - 1, int(g[0]), int(g[1])) if published else None
        return ("day", value) if value else None
    if kind == "holiday":
        day = 24 if "Eve" in (g[1], g[3]) or g[5] else 25
        value = _day(_infer_year(12, day, text, published, tense), 12, day)
        return ("day", value) if value else None
    if kind in ("ko_md", "md", "dm"):
        if kind == "ko_md":
            month, day = int(g[0]), int(g[1])
        elif kind == "md":
            month, day = _month(g[0]), int(g[1])
        else:
            month, day = _month(g[1]), int(g[0])
        value = (
            _day(_infer_year(month, day, text, published, tense), month, day) if 1 <= month <= 12 else None
        )
        return ("day", value) if value else None
    if kind in ("my", "ko_ym"):
        year, month = (int(g[1]), _month(g[0])) if kind == "my" else (int(g[0]), int(g[1]))
        return ("month", f"{year}-{month:02d}") if 1 <= month <= 12 else None
    if kind == "m_next_year":
        return ("month", f"{pub_year + 1}-{_month(g[0]):02d}") if pub_year else None
    if kind in ("m_rel", "m_attr", "ko_m", "ko_rel_m"):
        if kind == "ko_rel_m":
            year, month = _relative_year(g[0], published), int(g[1])
        else:
            month = _month(g[0]) if kind in ("m_rel", "m_attr") else int(g[0])
            year = _infer_year(month, 28, text, published, tense) if 1 <= month <= 12 else None
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
    if kind in ("q_rel", "h_rel"):
        year = _relative_year(g[1].lower(), published)
        part = _ORDINAL_WORDS[g[0].lower()]
        return ("quarter", f"{year}-Q{part}") if kind == "q_rel" else ("half", f"{year}-H{part}")
    if kind == "q_bare":
        if published is None:
            return None
        part = _ORDINAL_WORDS[g[0].lower()] if g[0] else int(g[1] or 0)
        # A quarter already over at publication is next year's.
        year = published.year + 1 if part * 3 < published.month else published.year
        return ("quarter", f"{year}-Q{part}")
    if kind == "last_weekday":
        if g[0]:
            month, weekday = int(g[0]), _WEEKDAYS_KO.index(g[1] or "")
        else:
            month, weekday = _month(g[3] or ""), _WEEKDAYS_EN.index((g[2] or "").lower())
        if not 1 <= month <= 12:
            return None
        year = _infer_year(month, 28, text, published, tense)
        if year is None:
            return None
        last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        return ("day", (last - timedelta(days=(last.weekday() - weekday) % 7)).isoformat())
    if kind == "h_words":
        return ("half", f"{g[1]}-H{_ORDINAL_WORDS[g[0].lower()]}")
    if kind == "h":
        half, year = (g[0], g[1]) if g[0] else (g[3], g[2])
        return ("half", f"{year}-H{half}")
    if kind == "early":
        return ("half", f"{g[0]}-H1")
    if kind == "late":
        return ("half", f"{g[0]}-H2")
    if kind == "ko_bare_h":
        if published is None:
            return None
        half = _half_of(g[0] or "")
        year = published.year + 1 if half == "H1" and published.month >= 10 else published.year
        return ("half", f"{year}-{half}")
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
    if kind in ("ko_y", "y", "y_attr", "y_guess", "y_pred"):
        return ("year", g[0])
    if kind == "next_year":
        return ("year", str(pub_year + 1)) if pub_year else None
    if kind == "after_next":
        return ("year", str(pub_year + 2)) if pub_year else None
    if kind == "this_year":
        return ("year", str(pub_year)) if pub_year else None
    return None


# Every pattern needs a digit or one of these words: most clauses have none, and are done at once.
_ANY_DATE_WORD = Folded(
    re.compile(
        # A digit, except the season's own ("season 2", "시즌2", "지우학2", "S02E08"): most clauses have
        # only those, and skip the scan.
        r"\d(?<!season\s\d)(?<!season\d)(?<!시즌\s\d)(?<!시즌\d)(?<!학\d)(?<![SsEe]\d)(?<![SsEe]\d\d)|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\b(?:next|this|last|later|early|earlier|late|end|"
        r"start|beginning|today|tonight|tomorrow|yesterday|first|second|third|fourth|christmas|spring|fall|autumn)\b|day\b|크리스마스|봄|가을|"
        r"내년|내후년|올해|올|연내|연말|연초|상반기|하반기|분기|다음|이번|이달|지난|내달|오늘|내일|모레|어제|요일|"
        r"하루|이틀|사흘|나흘|닷새|엿새|이레|일주일|열흘|\bdays\b",
        re.I,
    )
)
_RELATIVE_KINDS = frozenset(
    {
        "ko_rel_md",
        "ko_d",
        "ko_bare_d",
        "en_bare_d",
        "rel_day",
        "weekday",
        "ko_rel_month",
        "rel_month",
        "countdown",
        "rel_week",
    }
)


def _interpret_relative(
    kind: str, g: tuple[str | None, ...], published: datetime | None, tense: Tense
) -> tuple[Precision, str] | None:
    """Days and months named relative to publication ("tomorrow", "this Friday", "지난 15일", "다음 달")."""
    if kind not in _RELATIVE_KINDS or published is None:
        return None
    today = published.date()
    if kind == "countdown":
        word = next((group for group in g if group), "").lower()
        days = int(word) if word.isdigit() else _COUNTDOWN_DAYS.get(word)
        return ("day", (today + timedelta(days=days)).isoformat()) if days is not None else None
    if kind == "rel_day":
        word = (g[0] or g[1] or "").lower()
        return "day", (today + timedelta(days=_RELATIVE_DAYS[word])).isoformat()
    if kind == "weekday":
        if g[1]:
            modifier, target = (g[0] or "").lower(), _WEEKDAYS_EN.index(g[1].lower())
        elif g[4]:
            modifier, target = "", [day[:3] for day in _WEEKDAYS_EN].index(g[4][:3].lower())
        else:
            modifier, target = " ".join((g[2] or "").split()), _WEEKDAYS_KO.index(g[3] or "")
        ahead = (target - today.weekday()) % 7
        behind = (today.weekday() - target) % 7
        if modifier in ("지난 주", "지난주"):  # that day of the previous calendar week
            return "day", (today - timedelta(days=today.weekday() + 7 - target)).isoformat()
        if modifier in ("last", "지난") or (tense == "past" and modifier not in ("next", "다음 주", "오는")):
            # "last Friday" on a Friday is a week ago; "on Friday" on a Friday is today.
            last = modifier in ("last", "지난")
            return "day", (today - timedelta(days=behind or 7 if last else behind)).isoformat()
        if modifier in ("next", "다음 주"):
            ahead = ahead or 7
        return "day", (today + timedelta(days=ahead)).isoformat()
    if kind == "rel_week":
        word = "".join((g[0] or g[1] or "").split()).lower()
        monday = (
            today - timedelta(days=today.weekday()) + timedelta(days=0 if word in ("this", "이번주") else 7)
        )
        sunday = monday + timedelta(days=6)
        first = max(monday, today)
        if (first.year, first.month) != (sunday.year, sunday.month):
            return None  # a week across two months names neither
        return "month", f"{first.year}-{first.month:02d}"
    if kind in ("ko_rel_md", "ko_rel_month", "rel_month"):
        word = "".join((g[0] or "").split()).lower()
        months = -1 if word in ("지난달", "last") else 1 if word in ("다음달", "내달", "next") else 0
        year, month = _shift_month(today, months)
        if kind != "ko_rel_md":
            return "month", f"{year}-{month:02d}"
        value = _day(year, month, int(g[1] or 0))
        return ("day", value) if value else None
    if kind == "ko_d":
        value = _day_of_month(int(g[1] or 0), published, "past" if g[0] == "지난" else "future")
        return ("day", value) if value else None
    value = _day_of_month(int(g[0] or 0), published, tense)
    return ("day", value) if value else None


_HANGUL = re.compile(r"[가-힣]")
_MONTH_NAME = re.compile(_MONTH)
# Patterns that cannot match without hangul, or without an English month name: skipped at once.
_NEEDS_HANGUL = frozenset(
    kind
    for kind, pattern in _PATTERNS
    if all(_HANGUL.search(part) for part in alternatives_of(pattern.pattern))
)
_NEEDS_MONTH = frozenset(
    kind
    for kind, pattern in _PATTERNS
    if _MONTH in pattern.pattern and kind not in ("weekday", "en_bare_d", "last_weekday")
)
_A_YEAR = re.compile(r"(?<!\d)20\d\d(?!\d)")
_LATIN = re.compile(r"[A-Za-z]")
_ENGLISH_WORD = re.compile(r"(?<!\\)(?<!\?P<)[a-zA-Z]{2,}")
# Patterns every alternative of which needs a year ("2027"), or an English word.
_NEEDS_YEAR = frozenset(
    kind
    for kind, pattern in _PATTERNS
    if all(("20\\d{2}" in part or _YEAR in part) for part in alternatives_of(pattern.pattern))
)
_NEEDS_LATIN = frozenset(
    kind
    for kind, pattern in _PATTERNS
    if not _HANGUL.search(pattern.pattern)
    and all(_ENGLISH_WORD.search(part) for part in alternatives_of(pattern.pattern))
)


_DIGIT = re.compile(r"\d")
# Lookarounds ("not followed by a digit") say nothing about what a match contains.
_LOOKAROUND = re.compile(r"\(\?<?[!=](?:[^()]|\([^()]*\))*\)")
# Patterns every alternative of which needs a digit.
_NEEDS_DIGIT = frozenset(
    kind
    for kind, pattern in _PATTERNS
    if all("\\d" in _LOOKAROUND.sub("", part) for part in alternatives_of(pattern.pattern))
)


# Words one of which a pattern's every match contains ("quarter", "분기"): without them it is skipped.
_PATTERN_NEEDS = {kind: needed_words(pattern) for kind, pattern in _PATTERNS}
# Each pattern as it is scanned (see ``Folded``): the same matches, found faster.
_SCANS = {kind: Folded(pattern) for kind, pattern in _PATTERNS}


@lru_cache(maxsize=32)
def _applicable(
    hangul: bool, month: bool, year: bool, latin: bool, digit: bool
) -> tuple[tuple[str, Folded, re.Pattern[str] | None], ...]:
    """The patterns that can match a text with these traits, in order (worked out once per kind of text)."""
    return tuple(
        (kind, _SCANS[kind], _PATTERN_NEEDS[kind])
        for kind, pattern in _PATTERNS
        if not (
            (kind in _NEEDS_HANGUL and not hangul)
            or (kind in _NEEDS_MONTH and not month)
            or (kind in _NEEDS_YEAR and not year)
            or (kind in _NEEDS_LATIN and not latin)
            or (kind in _NEEDS_DIGIT and not digit)
        )
    )


def may_hold_date(text: str) -> bool:
    """False when no date pattern can match: no digit and no word a date is made of."""
    return _ANY_DATE_WORD.search(text) is not None


def find_mentions(
    text: str, published: datetime | None, tense: Tense = None, *, prechecked: bool = False
) -> list[DateMention]:
    """Every date or window in ``text``; a span claimed by a more specific pattern is not read again.
    ``tense`` says whether the text reports a premiere that happened ("past") or is coming ("future"):
    it decides the year of a day or month named without one. ``prechecked``: the caller has already
    seen ``may_hold_date(text)`` true."""
    if not prechecked and _ANY_DATE_WORD.search(text) is None:
        return []
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    for kind, match in _candidates(text):
        start, end = match.span()
        if any(start < t_end and t_start < end for t_start, t_end in taken):
            continue
        interpreted = _interpret(kind, match, text, published, tense)
        if interpreted is None:
            continue
        taken.append((start, end))
        found.append(DateMention(interpreted[0], interpreted[1], start, end, kind))
    found.sort(key=lambda mention: mention.start)
    return found


def has_candidates(text: str) -> bool:
    """Whether any date pattern matches ``text`` at all (before reading what the matches mean)."""
    return bool(_candidates(text))


@lru_cache(maxsize=256)
def _candidates(text: str) -> tuple[tuple[str, re.Match[str]], ...]:
    """Every pattern's matches in ``text``, in pattern order: the scan does not depend on the tense
    or the publication date, and a clause is read in more than one tense."""
    applicable = _applicable(
        _HANGUL.search(text) is not None,
        _MONTH_NAME.search(text) is not None,
        _A_YEAR.search(text) is not None,
        _LATIN.search(text) is not None,
        _DIGIT.search(text) is not None,
    )
    folded = text.lower()
    return tuple(
        (kind, match)
        for kind, pattern, needs in applicable
        if needs is None or needs.search(folded) is not None
        for match in pattern.finditer(text)
    )


def best_release(mentions: list[DateMention]) -> ReleaseTiming:
    """An exact day if any (the first one read), else the most specific window (the first read on a
    tie). ``mentions`` are in reading order."""
    if not mentions:
        return ReleaseTiming()
    # Mentions come in reading order (headline first); offsets restart in each clause.
    best = min(enumerate(mentions), key=lambda pair: (_RANK[pair[1].precision], pair[0]))[1]
    if best.precision == "day":
        return ReleaseTiming(release_date=best.value)
    return ReleaseTiming(release_window=best.value)
