"""The same story from two sources: near-identical titles, same status and date, published close together.

Pure functions; storage keeps the first item and attaches the other's link to it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cached_property
from typing import Generic, TypeVar

from rapidfuzz import fuzz

from bot.tracker.classify import Classification
from bot.tracker.dates import find_mentions
from bot.tracker.items import FeedItem
from bot.tracker.people import any_names, known_people, newcomers
from bot.tracker.reading import claims, denies

MIN_TITLE_SIMILARITY = 88.0
MAX_DAYS_APART = 3

# News aggregators append " - Outlet" to every title; that tail says nothing about the story.
_OUTLET_SUFFIX = re.compile(r"\s+[-–—|]\s+[^-–—|]{1,40}$")
_PUNCTUATION = re.compile(r"[^\w\s]+")


@dataclass(frozen=True)
class StoryFacts:
    title: str
    status: str | None
    release_date: str | None
    release_window: str | None
    published: datetime | None
    summary: str = ""

    # What same_event compares, worked out once per report (not slots: cached_property needs a dict).
    @cached_property
    def text(self) -> str:
        """The headline and summary, as the comparisons below read them."""
        return f"{self.title}\n{self.summary}"

    @cached_property
    def named(self) -> frozenset[str]:
        """Everyone named: cast, characters (as their actor) and crew."""
        return known_people().named_in(self.text)

    @cached_property
    def newcomers(self) -> frozenset[str]:
        """Names the dataset does not know, as they sound (see ``people.newcomers``): a newcomer in
        hangul and in a romanised spelling is one person. Only ever a reason to join two reports."""
        return newcomers(self.text)

    @cached_property
    def people(self) -> frozenset[str]:
        """The cast named: whom cast and filming news is about (a director quoted is not)."""
        return frozenset(person for person in self.named if not person.startswith("crew:"))

    @cached_property
    def answer(self) -> bool:
        """The headline answers reports: a denial, a response, "nothing confirmed", Netflix's own words."""
        return denies(self.title) or _ANSWER.search(self.title) is not None or self.netflix_answers

    @cached_property
    def netflix_answers(self) -> bool:
        """The headline is Netflix saying what is not so: "넷플릭스 측 \"확정된 바 없어\"", "Netflix:
        ... not yet in production"."""
        return _NETFLIX_ANSWERS.search(self.title) is not None and _NOT_SO.search(self.title) is not None

    @cached_property
    def answerers(self) -> frozenset[str]:
        """Who the item quotes answering: Netflix, the production company, an agency."""
        return frozenset(who for who, pattern in _ANSWERERS if pattern.search(self.text))

    @cached_property
    def headline_claim(self) -> bool:
        """The headline tells a claim ("could land in first half of 2026, report says")."""
        return claims(self.title)

    @cached_property
    def dated_headline(self) -> bool:
        """The headline itself names a premiere day or window ("teaser sets June 4 premiere")."""
        return bool(find_mentions(self.title, self.published))

    @cached_property
    def adds_people(self) -> bool:
        """The headline adds people to news already out: "조이현·로몬도 ...", "... also in talks"."""
        return _ALSO.search(self.title) is not None

    @cached_property
    def follows_reports(self) -> bool:
        """The item tells of earlier reports as past ("a day after reports claimed", "전날 일부 매체는"),
        or its headline is Netflix's own answer ("넷플릭스 측 \"확정된 바 없어\"", "Netflix Says ...")."""
        return _FOLLOWS_REPORTS.search(self.text) is not None or self.netflix_answers

    @cached_property
    def footage(self) -> str | None:
        return _footage(self.title)

    @cached_property
    def names_the_guess(self) -> bool:
        """The headline names a rumoured premiere as a rumour ("10월설", "내년 하반기설"): an answer
        that says which report it answers."""
        return _GUESS_AS_RUMOUR.search(self.title) is not None

    @cached_property
    def chart(self) -> str | None:
        """Which chart a chart report reads: "daily" (FlixPatrol's rankings by country), "weekly"
        (Netflix's own Top 10: views, hours, the non-English list), or None when it names neither or
        both."""
        daily = _DAILY_CHART.search(self.text) is not None
        weekly = _WEEKLY_CHART.search(self.text) is not None
        return None if daily == weekly else "daily" if daily else "weekly"

    @cached_property
    def footage_told(self) -> str | None:
        """The headline's footage, or where the headline names none ("'투둠'서 베일 벗은 '지우학2'"), the
        summary's ("첫 영상이 공개됐다"): what a footage report and a date report are compared by."""
        return self.footage or _footage(self.summary)

    @cached_property
    def reception(self) -> str | None:
        """How the season is doing, as the headline tells it: "review", "chart", or None."""
        if _PREMIERE_NIGHT.search(self.title):
            return None  # "공개 직후 반응 엇갈려": the night's reactions are the premiere's news
        for kind, pattern in _RECEPTION_HEADLINES:
            if pattern.search(self.title):
                return kind
        return None

    @cached_property
    def topics(self) -> frozenset[str]:
        return _topics(self.title)

    @cached_property
    def filming_stage(self) -> str:
        return _filming_stage(self.title)


def story_status(status: str | None, release_date: str | None, published: datetime | None) -> str | None:
    """The development a story is compared by: a premiere announced for the day of the report
    ("오늘 오후 5시 공개된다", told that morning) is the premiere's own news."""
    if status == "date_announced" and published is not None and release_date == published.date().isoformat():
        return "released"
    return status


def facts_of(item: FeedItem, classification: Classification) -> StoryFacts:
    status = story_status(classification.status, classification.release_date, item.published)
    return StoryFacts(
        item.title,
        status,
        classification.release_date,
        classification.release_window,
        item.published,
        item.summary,
    )


def normalise_title(title: str) -> str:
    title = _OUTLET_SUFFIX.sub("", title.strip())
    return " ".join(_PUNCTUATION.sub(" ", title.casefold()).split())


def story_key(status: str | None, release_date: str | None, release_window: str | None) -> str:
    """A bucket for candidate duplicates: only stories with the same key are compared by title."""
    return f"{status or '-'}|{release_date or release_window or '-'}"


def title_similarity(a: str, b: str) -> float:
    return float(fuzz.token_set_ratio(normalise_title(a), normalise_title(b)))


def same_story(a: StoryFacts, b: StoryFacts, *, max_days: int = MAX_DAYS_APART) -> bool:
    """Same status, same date or window, at most ``max_days`` apart, and near-identical titles."""
    if story_key(a.status, a.release_date, a.release_window) != story_key(
        b.status, b.release_date, b.release_window
    ):
        return False
    if (
        a.published is not None
        and b.published is not None
        and abs(a.published - b.published) > timedelta(days=max_days)
    ):
        return False
    return title_similarity(a.title, b.title) >= MIN_TITLE_SIMILARITY


T = TypeVar("T")


def find_duplicate(
    candidate: StoryFacts,
    earlier: Iterable[T],
    facts: Callable[[T], StoryFacts],
    *,
    max_days: int = MAX_DAYS_APART,
) -> T | None:
    """The earlier report ``candidate`` repeats: the first with a near-identical title, else the
    earliest published that reports the same event (``same_event``); None when there is none.
    ``StoryIndex.find`` decides the same, faster."""
    entries = list(earlier)
    for other in entries:
        if same_story(candidate, facts(other), max_days=max_days):
            return other
    dated = [other for other in entries if facts(other).published is not None]
    for other in sorted(dated, key=lambda entry: facts(entry).published):  # type: ignore[arg-type, return-value]
        if same_event(candidate, facts(other), max_days=max_days):
            return other
    return None


# Words nearly every title about the show carries: sharing them says nothing about the news.
COMMON_WORDS = frozenset(
    {"all", "of", "us", "are", "dead", "season", "2", "two", "s2", "netflix", "the", "a", "an"}
    | {
        "series",
        "drama",
        "kdrama",
        "k",
        "zombie",
        "지금",
        "우리",
        "학교는",
        "지우학",
        "시즌",
        "시즌2",
        "넷플릭스",
    }
)
# Developments that happen once per season: two reports of one with the same release date, close
# in time, are one event whatever their language or wording.
ONCE_PER_SEASON = frozenset({"renewed", "wrapped", "date_announced", "released"})
# How far apart two reports of one event may be published, by development: a premiere is reported
# the day it happens (its charts a week later are news of their own); the rest within a few days.
_DAYS_APART = {"released": timedelta(hours=36)}
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
# What footage a trailer item reports: a teaser and a poster on one day are two events.
_FOOTAGE = (
    ("poster", re.compile(r"\bposters?\b|포스터", re.I)),
    # A teaser and the main trailer are two releases, often weeks apart but sometimes days.
    ("teaser", re.compile(r"\bteaser|티저", re.I)),
    ("trailer", re.compile(r"\btrailer|예고편", re.I)),
    (
        "stills",
        re.compile(r"\bstills\b|first[- ]look|\bimages\b|\bphotos\b|스틸|사진|이미지|퍼스트\s*룩", re.I),
    ),
    # "첫 영상", "a clip": moving pictures, a teaser or a trailer.
    ("video", re.compile(r"\bclips?\b|\bvideo\b|\bfootage\b|영상", re.I)),
)


def footage_agrees(a: str | None, b: str | None) -> bool:
    """Whether two headlines' footage can be one release: the same kind, "a video" and a teaser or
    trailer, or one kind of two a headline names together ("메인 예고편·포스터 공개")."""
    if a is None or b is None:
        return False
    kinds_a, kinds_b = set(a.split("+")), set(b.split("+"))
    if kinds_a & kinds_b:
        return True
    return any({x, y} in ({"video", "teaser"}, {"video", "trailer"}) for x in kinds_a for y in kinds_b)


def script_of(title: str) -> str:
    """ "ko" for a title in hangul, else "latin"."""
    return "ko" if _HANGUL.search(title) else "latin"


def _footage(title: str) -> str | None:
    """The kind of footage a headline is about (the headline names the news; a summary may list more);
    two kinds named together ("trailer and poster") are "trailer+poster"."""
    pair = _TWO_KINDS.search(title)
    if pair is not None:
        kinds = sorted({kind for part in pair.groups() for kind, pattern in _FOOTAGE if pattern.search(part)})
        return "+".join(kinds) or None
    for kind, pattern in _FOOTAGE:
        if pattern.search(title):
            return kind
    return None


_KIND_WORD = r"(예고편|티저|포스터|스틸|trailers?|teasers?|posters?|stills)"
_TWO_KINDS = re.compile(rf"{_KIND_WORD}\s*(?:·|,|&|\band\b|및|과|와)\s*{_KIND_WORD}", re.I)


# What a rumour is about, as its headline words it: two rumours about filming the same week are one.
_TOPICS = (
    ("filming", re.compile(r"\bfilm\w*|\bshoot\w*|\bcameras?\b|\bwrap\w*|\bproduction\b|촬영|크랭크", re.I)),
    (
        "cast",
        re.compile(
            r"\bcast\w*|\bjoin\w*|\bstar\b|\brole\b|\bin\s+talks\s+(?:for|to\s+(?:join|star|return|lead|play))\b|"
            r"\bnew\s+lead\b|\bto\s+lead\b|출연|캐스팅|합류|배역|낙점|주인공|주연",
            re.I,
        ),
    ),
    ("footage", re.compile(r"\btrailer|\bteaser|\bposter|예고편|티저|포스터", re.I)),
    ("reading", re.compile(r"\b(?:script|table)\s+read\w*|대본\s*리딩|리딩", re.I)),
    # Left off the year's slate: "missing from Netflix's 2025 Korean slate", "라인업…'지우학2'는 빠졌다".
    ("slate", re.compile(r"\bslate\b|\bline-?up\b|라인업", re.I)),
    (
        "date",
        re.compile(
            r"\bdate\b|\breleas\w*|\bpremiere\w*|\bwhen\b|\barriv\w*|\bdebut\w*|\bcoming\b|\bschedule\b|"
            r"공개|방영|언제|일정",
            re.I,
        ),
    ),
    (
        "renewal",
        re.compile(
            r"\brenew\w*|\bgetting\b|\border\w*|\bgreen-?l\w*|\bweigh\w*|\bdiscuss\w*|\bpossibilit\w*|"
            # Whether the season happens at all: "scrapped", "무산설".
            r"\bscrap\w*|\bcancel\w*|\baxed\b|\bshelved\b|무산|취소|엎어|불발|"
            r"\b(?:early\s+)?talks\s+(?:at|with)\s+netflix\b|\bearly\s+talks\b|"
            r"\bin\s+talks\s+(?:for|on|over)\s+(?:a\s+|the\s+)?(?:second|new|another|more)\b|"
            r"구상|제작|논의|협의|"
            r"이야기\s*나누",
            re.I,
        ),
    ),
)


_ANSWER = re.compile(
    r"\brespon\w*|\bden(?:y|ies|ied)\b|\bnothing\s+(?:is\s+|has\s+been\s+)?confirmed\b|선을?\s*그|입장|"
    # "Netflix addresses reports ...", "Netflix silent on ... rumours", "declines to confirm".
    r"\baddress(?:es|ed)\s+(?:the\s+)?(?:reports?|rumou?rs?|speculation|claims?)\b|"
    r"\b(?:silent|mum|quiet|coy|tight-lipped)\s+(?:on|about|over)\b|\bdeclin\w*\s+to\s+(?:comment|confirm)\b|"
    # "윤찬영, '지우학2' 합류하나…소속사 \"긍정 검토 중\"": the agency's own words answer.
    r"소속사\s*(?:측\s*)?[\"“'‘]|[가-힣]\s*측\s*[\"“'‘]|"
    r"\b(?:agency|representative|rep|spokes(?:person|man|woman)|side|camp)\s+(?:says|said|responds?|confirms|clarifies|denies)\b",
    re.I,
)


def _topics(title: str) -> frozenset[str]:
    return frozenset(topic for topic, pattern in _TOPICS if pattern.search(title))


_ANSWERERS = (
    (
        "netflix",
        re.compile(
            r"넷플릭스\s*(?:측|관계자)|\bnetflix\s+(?:said|says|spokes\w+|representative|told|stated|responded|"
            r"clarified)",
            re.I,
        ),
    ),
    (
        "production",
        re.compile(r"제작사|필름몬스터|\bfilm\s*monster\b|\bproduction\s+(?:company|house)\b", re.I),
    ),
    ("agency", re.compile(r"소속사|\bagency\b", re.I)),
)
_ALSO = re.compile(r"[가-힣]도\s|\balso\b|\btoo\b", re.I)
# Reactions on the night the season came out are part of that news.
_PREMIERE_NIGHT = re.compile(
    r"공개\s*직후|베일을?\s*벗|오늘\s*공개|첫\s*날|\bpremiere\s+night\b|\bjust\s+dropped\b", re.I
)
# A headline in Netflix's own words ("넷플릭스 측 \"...\"", "Netflix says ...", "Netflix: ...").
_NETFLIX_ANSWERS = re.compile(
    r"^\s*(?:\[[^\]]*\]\s*)?넷플릭스\s*(?:측|,)?\s*[\"“]|넷플릭스\s*측|^\s*netflix\s*:|"
    r"\bnetflix\s+(?:says|said|responds?|denies|insists|clarifies|addresses)\b",
    re.I,
)
_NOT_SO = re.compile(r"\bnot\b|n['’]t\b|\bno\b|\bnothing\b|안\s|않|없|아직|미정|아니|아냐", re.I)
# An answer that tells of the reports it answers as earlier news.
_FOLLOWS_REPORTS = re.compile(
    r"\b(?:a\s+day|\w+\s+days?|hours?|a\s+week)\s+after\s+(?:\w+\s+){0,2}?(?:reports?|media|outlets?)\b|"
    r"\brespond(?:s|ed|ing)?\s+(?:\w+\s+){0,2}?to\s+(?:\S+\s+){0,2}?reports?\b|"
    r"\b(?:after|following)\s+(?:earlier\s+|local\s+|media\s+)?reports?\s+(?:that|claimed|said|suggested)\b|"
    r"(?:전날|앞서|지난\s*\d+일)\s*(?:일부\s*|한\s*|몇몇\s*)?(?:매체|언론|보도)|보도(?:에\s*대해|와\s*관련해?|에\s*대한)|설에\s*(?:대해|입장)|설과\s*관련",
    re.I,
)
# A headline about how the season is doing, not about its coming out: what critics say, and how many
# watch (reviews and the charts the same week are two stories).
_RECEPTION_HEADLINES = (
    (
        "review",
        # Critics and viewers judging the season (reactions on the night are the premiere's news).
        re.compile(
            r"\breview\w*|\bstream\s+it\s+or\s+skip\s+it\b|\bverdict\b|\bdivisive\b|\bmixed\s+reactions?\b|"
            r"\bcritic(?:s|al)\b|\brotten\s+tomatoes\b|로튼\s*토마토|평론|리뷰|평가|호평|혹평|호불호|엇갈린\s*반응|반응\s*엇갈",
            re.I,
        ),
    ),
    (
        "chart",
        re.compile(
            r"\bcharts?\b|\bNo\.\s*1\b|\btop\s*10\b|\bviews\b|\bviewers\b|\bhours\b|\bweeks?\b|"
            r"1위|정상|시청\s*(?:수|시간|률)|톱\s*10|\d\s*주|흥행|\d\s*만\s*뷰",
            re.I,
        ),
    ),
)
_FILMING_END = re.compile(
    r"\bwrap\w*|\bfinish\w*|\bfinal\b|\blast\b|\bfarewell\b|\bgoodbye\b|\bconclud\w*|마쳐|마친|마쳤|마치고|마지막|끝|작별|"
    r"마무리|종료|퇴근|마침표|종지부|막\s*을?\s*내|굿바이",
    re.I,
)
_FILMING_START = re.compile(
    r"\bbegin\w*|\bbegan\b|\bstart\w*|\broll(?:s|ed|ing)?\b(?!\s+on\b)|\bkick\w*|크랭크인|돌입|첫\s*촬영|시작",
    re.I,
)


def _filming_stage(title: str) -> str:
    """A filming report's headline: the shoot starting, one actor's part ending, or neither."""
    if _FILMING_START.search(title):
        return "start"
    return "part" if _FILMING_END.search(title) else "ongoing"


def _dates_agree(a: StoryFacts, b: StoryFacts) -> bool:
    """The same premiere date or window; for a development that happens once, a report that names no
    date agrees with one that does ("now streaming" and "premiered January 29")."""
    if _guess(a) == _guess(b):
        return True
    if a.status == "rumor" and a.answer and b.answer and _within_a_day(a, b):
        # One answer to the day's reports, told with the guess it answers or without it.
        return True
    if a.status == "date_announced" or (a.status == "rumor" and "date" in a.topics & b.topics):
        # The date is the news: two dates (or a date and none) are two reports, unless the same
        # day's reports tell one more closely than the other ("January" and "January 30").
        return _closer_told(a, b)
    # A report that names no premiere date agrees with one that adds a guess or the known date.
    return (
        not (a.release_date or a.release_window)
        or not (b.release_date or b.release_window)
        or _closer_told(a, b)
    )


def _within(a: StoryFacts, b: StoryFacts, span: timedelta) -> bool:
    return a.published is not None and b.published is not None and abs(a.published - b.published) <= span


def _within_a_day(a: StoryFacts, b: StoryFacts) -> bool:
    return _within(a, b, _A_DAY)


_A_DAY = timedelta(days=1)
_TWO_DAYS = timedelta(days=2)


def _span(day: str | None, window: str | None) -> tuple[str, str] | None:
    """The first and last day a premiere date or window covers, as ISO strings compared as strings
    (every month ends on "31": only the order matters)."""
    if day:
        return day, day
    if not window:
        return None
    year = window[:4]
    if len(window) == 4:
        return f"{year}-01-01", f"{year}-12-31"
    if window[5] == "Q":
        first = (int(window[6]) - 1) * 3 + 1
        return f"{year}-{first:02d}-01", f"{year}-{first + 2:02d}-31"
    if window[5] == "H":
        return (f"{year}-01-01", f"{year}-06-31") if window[6] == "1" else (f"{year}-07-01", f"{year}-12-31")
    return f"{window}-01", f"{window}-31"


def _closer_told(a: StoryFacts, b: StoryFacts) -> bool:
    """Reports within two days of each other (an English site relays a Korean report a day and a half
    on) whose premiere times nest: one tells it more closely."""
    first, second = _span(a.release_date, a.release_window), _span(b.release_date, b.release_window)
    if first is None or second is None or not _within(a, b, _TWO_DAYS):
        return False
    return (first[0] <= second[0] and second[1] <= first[1]) or (
        second[0] <= first[0] and first[1] <= second[1]
    )


def same_event(a: StoryFacts, b: StoryFacts, *, max_days: int = MAX_DAYS_APART) -> bool:
    """Two reports, in any language or wording, of one development of the season.

    They report the same development (status), their premiere dates agree (a report naming none
    agrees with one that adds it, except where the date is the news: a date announcement, a rumour
    about the date), and they were published close together. The premiere and how it is doing
    (reviews, charts) are apart; footage released with the premiere date is one release whether an
    outlet leads with the footage or the date. A once-per-season development needs nothing more.
    For the others, what they report must agree: the same kind of footage (a teaser is not a poster;
    "a video" is either; a headline naming no kind, any), the people they name for filming (one
    actor wrapping is not the season) and cast news (a report naming no one agrees with one that
    does), and for rumours the same guess at the premiere, the same people (crew included) or the
    same subject, where an answer to reports ("Netflix responds", "확정된 바 없다") is apart from
    reports that guessed a premiere."""
    if a.published is None or b.published is None:
        return False
    if a.status != b.status:
        return _same_footage(a, b, max_days) or _same_guess(a, b) or _relayed(a, b) or _relayed(b, a)
    if not _dates_agree(a, b):
        return False
    apart = _DAYS_APART.get(a.status or "", timedelta(days=max_days))
    if a.status == "released" and a.reception == b.reception == "review":
        apart = timedelta(days=max_days)  # the critics' verdicts come in over a few days: one story
    if (
        a.status == "released"
        and a.reception is b.reception is None
        and a.release_date
        and a.release_date == b.release_date
    ):
        apart = timedelta(days=max_days)  # a weekend guide two days on, naming the same premiere day
    if abs(a.published - b.published) > apart:
        return False
    if a.status == "released":  # the premiere, or how it is doing: reviews and charts are news of their own
        if a.reception == "chart" and None not in (a.chart, b.chart) and a.chart != b.chart:
            return False  # the first weekend's daily rankings, then Netflix's weekly Top 10: two
        return a.reception == b.reception
    if a.status == "date_announced" and a.footage and b.footage:
        return footage_agrees(a.footage, b.footage)  # a poster with the date, the teaser with it: two
    if a.status == "date_announced" and (a.footage is None) != (b.footage is None):
        # Stills released the day of a slate: the stills' headline that names no date is their news.
        with_footage = a if a.footage else b
        # ("First Look Revealed in Netflix Korea Slate" is the slate's news, told by its stills.)
        if not with_footage.dated_headline and "slate" not in with_footage.topics:
            return False
    if a.status in ONCE_PER_SEASON:
        return True
    if a.status == "trailer":  # a headline naming no kind of footage agrees with one that names it
        return a.footage is None or b.footage is None or footage_agrees(a.footage, b.footage)
    people_a, people_b = a.people, b.people
    if a.status == "in_production":
        stage = a.filming_stage
        if (stage == "part") != (b.filming_stage == "part"):
            return False  # the shoot starting or going on is one story; one actor's last day another
        if stage == "part":  # one actor's last day: the same actor
            return bool(people_a & people_b)
        return not (people_a and people_b) or bool(people_a & people_b)
    if a.status in ("cast_announced", "rumor") and _other_newcomers(a, b):
        return False  # "신예 강민재" and "Han Seo-yoon": two newcomers' news
    if a.status == "cast_announced":  # "귀남도 돌아온다": one more actor in the same announcement
        if _newcomer_against_known(a, b) or _newcomer_against_known(b, a):
            return a.adds_people or b.adds_people  # "신예 한서윤 합류" and "유인수 특별출연": two castings
        return (
            not (people_a and people_b)
            or bool(people_a & people_b)
            or a.adds_people
            or b.adds_people
            or _same_newcomer(a, b)
            # A line-up is announced once: within hours, outlets lead with different actors of it.
            or _within(a, b, _ONE_ANNOUNCEMENT)
        )
    if a.status == "rumor":
        if a.answer and b.answer and _within(a, b, _TWO_DAYS) and a.answerers & b.answerers:
            return True  # one party answering the day's reports, on whichever point each outlet leads with
        if a.answer != b.answer and (a if a.answer else b).names_the_guess and _closer_told(a, b):
            return True  # "올 하반기 공개 전망…넷플릭스 '확정된 바 없다'" beside "10월 공개 유력": one guess
        if (
            _guess(a) != _guess(b)
            and (a.answer or b.answer)
            and not (a.answer and b.answer)  # one answer, told with the guess it answers or without it
        ):
            return False  # an answer to reports that guessed a premiere is news of its own
        if a.answer != b.answer and (a if a.answer else b).names_the_guess and _guess(a) == _guess(b):
            return True  # 넷플릭스 "공개일 미정"…10월설에 신중: the answer names the report's guess
        if a.answer != b.answer and (a.follows_reports or b.follows_reports):
            return False  # "a day after reports claimed ...": the answer is news of its own
        named_a, named_b = a.named, b.named
        if named_a and named_b and not named_a & named_b and not (a.adds_people or b.adds_people):
            return False
        # The same guess at the premiere, or the same people, or the same subject.
        guess = _guess(a)
        same_guess = any(guess) and (guess == _guess(b) or _closer_told(a, b))
        return same_guess or bool(named_a & named_b) or bool(a.topics & b.topics) or _same_newcomer(a, b)
    return False


_DAILY_CHART = re.compile(r"flix\s*patrol|플릭스\s*패트롤", re.I)
_WEEKLY_CHART = re.compile(
    r"\bglobal\s+top\s*10\b|글로벌\s*톱\s*10|비영어|\bnon-english\b|\bviews\b|시청\s*수|\bhours\s+(?:watched|viewed)\b|"
    r"시청\s*시간|\btudum\b|투둠",
    re.I,
)
_ONE_ANNOUNCEMENT = timedelta(hours=12)
_KO_WHEN = r"(?:\d{1,2}\s*월|상반기|하반기|연내|연말|연초|올해|내년|\d{4}\s*년)"
_EN_WHEN = (
    r"(?:(?:early|mid|late)[- ])?(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december|spring|summer|fall|autumn|winter|christmas|20\d\d)|(?:first|second)[- ]half|"
    r"(?:this|next)[- ]year|year[- ]end|holiday"
)
_GUESS_AS_RUMOUR = re.compile(
    rf"{_KO_WHEN}\s*(?:공개|방영)?설|"
    # "올 하반기 공개 전망…넷플릭스 '확정된 바 없다'": the guess told, then the answer to it.
    rf"{_KO_WHEN}\s*(?:공개|방영)\s*(?:전망|유력|관측|예상)|"
    # "'지우학2 10월 공개' 보도에 \"확정된 바 없어\"": the report answered, by its guess.
    rf"{_KO_WHEN}\s*(?:공개|방영)\S{{0,2}}\s*(?:보도|소식|루머|이야기|주장)|"
    # "responds to reports of an October premiere", "on October release rumors".
    rf"\b(?:reports?|rumou?rs?|speculation|claims?|talk)\s+(?:of|about|that)\s+(?:an?\s+|the\s+)?"
    rf"(?:{_EN_WHEN})\s+(?:premiere|release|debut|launch|return)\b|"
    rf"\b(?:{_EN_WHEN})\s+(?:premiere|release|debut|launch|return)\s+"
    r"(?:reports?|rumou?rs?|speculation|claims?|talk|buzz)\b",
    re.I,
)
# Footage released with the premiere date in it is reported as the date (the higher development) by
# some outlets and as the footage by others: one release either way.
_FOOTAGE_STATUSES = frozenset({"trailer", "date_announced"})


def _relayed(rumour: StoryFacts, report: StoryFacts) -> bool:
    """A rumour told after a report of the development it names, within a day ("has reportedly started
    filming, according to an exclusive from Sports Donga" after that exclusive): an outlet relaying the
    report. A rumour told before the development is news of its own, and its confirmation an update."""
    if rumour.status != "rumor" or rumour.answer or report.status in (None, "released", "rumor"):
        return False
    if any(_guess(rumour)) and _guess(rumour) != _guess(report):
        return False  # "the March date could shift, report says": a new rumour about the date
    if _SUBJECT_OF[report.status] not in rumour.topics or not _within_a_day(rumour, report):
        return False
    named_r, named_d = rumour.people, report.people
    if named_r and named_d and not named_r & named_d:
        return False
    return (
        rumour.published is not None and report.published is not None and report.published <= rumour.published
    )


def _guess(facts: StoryFacts) -> tuple[str | None, str | None]:
    return facts.release_date, facts.release_window


def _other_newcomers(a: StoryFacts, b: StoryFacts) -> bool:
    """Both name people the dataset does not know, different ones, and neither names anyone it does."""
    return not (a.named or b.named) and bool(a.newcomers and b.newcomers) and not a.newcomers & b.newcomers


def _newcomer_against_known(a: StoryFacts, b: StoryFacts) -> bool:
    """``a`` names only people the dataset does not know, ``b``, on another day, people it knows and none
    of a's (a lineup told the same day may lead with the newcomer in one outlet, the stars in another)."""
    return (
        bool(a.newcomers)
        and not a.named
        and bool(b.named)
        and not _within_a_day(a, b)
        and not a.newcomers & any_names(b.text)
    )


def _same_newcomer(a: StoryFacts, b: StoryFacts) -> bool:
    """Both name the same person the dataset does not know, and neither names anyone it does."""
    return not (a.named or b.named) and bool(a.newcomers & b.newcomers)


def _same_guess(a: StoryFacts, b: StoryFacts) -> bool:
    """A rumoured premiere, and a report under a headline that tells the same guess as a claim ("could
    land in first half of 2026, report says") whatever settled development its summary recalls; or a
    rumour and a claimed headline on the same subject whose summary only recalls the renewal."""
    if "rumor" not in (a.status, b.status) or "released" in (a.status, b.status):
        return False
    other = b if a.status == "rumor" else a
    if not other.headline_claim or not _within(a, b, _TWO_DAYS):
        return False
    guess = _guess(a)
    if any(guess) and guess == _guess(b):
        return True
    # "... Reportedly Eyeing Early 2025 Shoot" over "Netflix, which renewed the series in 2022, ...":
    # the renewal is background to the claim, which is the rumour's subject.
    return (
        other.status == "renewed"
        and a.answer == b.answer  # an answer to the report is news of its own
        and bool(a.topics & b.topics or a.named & b.named)
    )


def _same_footage(a: StoryFacts, b: StoryFacts, max_days: int) -> bool:
    if {a.status, b.status} != _FOOTAGE_STATUSES or not footage_agrees(a.footage_told, b.footage_told):
        return False
    if a.published is None or b.published is None:
        return False
    return abs(a.published - b.published) <= timedelta(days=max_days)


# The subject a rumour must be about for a development to confirm it.
_SUBJECT_OF = {
    "renewed": "renewal",
    "in_production": "filming",
    "wrapped": "filming",
    "cast_announced": "cast",
    "trailer": "footage",
    "date_announced": "date",
    "released": "date",
}
CONFIRMATION_DAYS = 90


def _month_span(value: str) -> tuple[str, str] | None:
    """The first and last month (YYYY-MM) a date or window covers."""
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-\d{2})?|-Q([1-4])|-H([12]))?", value)
    if match is None:
        return None
    year, month, quarter, half = match.groups()
    if month:
        return f"{year}-{month}", f"{year}-{month}"
    if quarter:
        first = 3 * int(quarter) - 2
        return f"{year}-{first:02d}", f"{year}-{first + 2:02d}"
    if half:
        first = 1 if half == "1" else 7
        return f"{year}-{first:02d}", f"{year}-{first + 5:02d}"
    return f"{year}-01", f"{year}-12"


def confirms(rumour: StoryFacts, report: StoryFacts) -> bool:
    """Whether ``report`` confirms the earlier ``rumour``: a development on the subject the rumour was
    about, naming the same people when both name some, with a date inside the rumoured window, within
    CONFIRMATION_DAYS. The confirmation is news of its own, told as an update of the rumour."""
    subject = _SUBJECT_OF.get(report.status or "")
    if rumour.status != "rumor" or subject is None or subject not in rumour.topics:
        return False
    if rumour.published is None or report.published is None:
        return False
    if not timedelta(0) <= report.published - rumour.published <= timedelta(days=CONFIRMATION_DAYS):
        return False
    if rumour.people and report.people and not rumour.people & report.people:
        return False
    said, told = rumour.release_date or rumour.release_window, report.release_date or report.release_window
    if said and told:
        outer, inner = _month_span(said), _month_span(told)
        if outer is None or inner is None or not (outer[0] <= inner[0] and inner[1] <= outer[1]):
            return False
    return True


# At most this many earlier titles are compared with one new title: the newest that share a word.
MAX_CANDIDATES = 1_000


def distinctive_words(normalised: str) -> set[str]:
    return {word for word in normalised.split() if word not in COMMON_WORDS}


class StoryIndex(Generic[T]):
    """Earlier stories, indexed so a new item is compared with few of them, not all.

    Entries are bucketed by ``story_key`` (only the same status and date can match) and, within a
    bucket, listed under each distinctive word of their title. A new title is compared (by the same
    ``same_story`` rules) only with entries sharing one of its distinctive words, newest first, at
    most ``MAX_CANDIDATES`` of them; a title with no distinctive word ("All of Us Are Dead season 2")
    matches only the same title. Two reports of one event share the words that name it, so this
    finds what the full comparison finds, in time that does not grow with every story ever kept.
    """

    def __init__(self, facts: Callable[[T], StoryFacts], *, max_days: int = MAX_DAYS_APART) -> None:
        self._facts = facts
        self._max_days = timedelta(days=max_days)
        self._entries: list[T] = []
        self._published: list[datetime | None] = []
        self._titles: list[str] = []
        self._by_word: dict[tuple[str, str], list[int]] = {}
        self._by_title: dict[tuple[str, str], list[int]] = {}
        # Per development, (publication time, position) in time order: the reports a new one may
        # repeat as an event are the few published within max_days of it.
        self._by_status: dict[str, list[tuple[float, int]]] = {}

    def add(self, entry: T) -> None:
        facts = self._facts(entry)
        key = story_key(facts.status, facts.release_date, facts.release_window)
        title = normalise_title(facts.title)
        position = len(self._entries)
        self._entries.append(entry)
        self._published.append(facts.published)
        self._titles.append(title)
        self._by_title.setdefault((key, title), []).append(position)
        if facts.published is not None:
            bisect.insort(
                self._by_status.setdefault(facts.status or "-", []), (facts.published.timestamp(), position)
            )
        for word in distinctive_words(title):
            self._by_word.setdefault((key, word), []).append(position)

    def find(self, candidate: StoryFacts) -> T | None:
        """The earliest added entry telling the same story among the candidates, or None.

        The tests are ``same_story``'s, on titles normalised once when they were added.
        """
        key = story_key(candidate.status, candidate.release_date, candidate.release_window)
        title = normalise_title(candidate.title)
        positions: set[int] = set(self._by_title.get((key, title), ()))
        for word in distinctive_words(title):
            # Newest last within each list, so a capped list keeps the stories most likely repeated.
            positions.update(self._by_word.get((key, word), ())[-MAX_CANDIDATES:])
        if len(positions) > MAX_CANDIDATES:
            positions = set(sorted(positions)[-MAX_CANDIDATES:])
        published = candidate.published
        for position in sorted(positions):
            other = self._published[position]
            if published is not None and other is not None and abs(published - other) > self._max_days:
                continue
            if fuzz.token_set_ratio(title, self._titles[position]) >= MIN_TITLE_SIMILARITY:
                return self._entries[position]
        # Titles in two languages share no words: compare what the reports say (see same_event).
        if published is None:
            return None
        statuses = [candidate.status or "-"]
        if candidate.status in _FOOTAGE_STATUSES and candidate.footage_told is not None:
            statuses += sorted(_FOOTAGE_STATUSES - {candidate.status})
        if candidate.release_date or candidate.release_window:  # a guessed premiere (see _same_guess)
            if candidate.status == "rumor":
                statuses += sorted(set(self._by_status) - {"rumor", "released", *statuses})
            elif candidate.status != "released" and candidate.headline_claim and "rumor" not in statuses:
                statuses.append("rumor")
        if candidate.status == "rumor" and not candidate.answer:  # a report relayed (see _relayed)
            statuses += sorted(
                status
                for status, subject in _SUBJECT_OF.items()
                if subject in candidate.topics and status != "released" and status not in statuses
            )
        # A claimed headline whose summary only recalls the renewal, and the rumour on its subject.
        if candidate.status == "renewed" and candidate.headline_claim and "rumor" not in statuses:
            statuses.append("rumor")
        elif candidate.status == "rumor" and "renewed" not in statuses:
            statuses.append("renewed")
        now, reach = published.timestamp(), self._max_days.total_seconds()
        matches: list[int] = []
        for status in statuses:
            by_time = self._by_status.get(status, [])
            start = bisect.bisect_left(by_time, (now - reach, -1))
            for when, position in by_time[start:]:
                if when > now + reach:
                    break
                if same_event(candidate, self._facts(self._entries[position]), max_days=self._max_days.days):
                    matches.append(position)
                    break  # the earliest of this development; the other's may be earlier still
        return self._entries[min(matches, key=lambda p: (self._published[p], p))] if matches else None
