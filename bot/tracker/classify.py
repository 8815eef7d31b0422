"""Is a news item about season 2 of All of Us Are Dead, which development does it report, and when
does the season come out. Deterministic rules; ``reasons`` say which rule fired (for ``/news explain``).

Relevance (any rule makes an item relevant):
  R1 title binding: a name of the show (English title, the mistranslation "We Are All Dead",
     the webtoon title "Now at Our School", romanization "Jigeum Uri Hakgyoneun", hangul
     "지금 우리 학교는", the abbreviation "지우학") bound to a season-2 marker: the marker follows
     within four words ("All of Us Are Dead season 2", "'지금 우리 학교는' 시즌2", "All of Us Are Dead 2",
     "... renewed for season 2") or precedes within two ("second season of Netflix's All of Us Are
     Dead", "Netflix renews 'All of Us Are Dead'"), with no sentence or list punctuation between them;
     when words separate them, the item must also say it is about a show (Netflix, zombie, series,
     drama, 넷플릭스, 좀비, 드라마, 시리즈), so "we are all dead tired after season 2 of exams" is not news.
     Markers: season 2 / two, second season, S2, sequel, renew/greenlight, 시즌2, 두 번째 시즌, 후속, 속편.
  R2 cast with show context: no show name, but a season-2 marker in the item, the word zombie
     (좀비) and two or more cast names, or a character name (On-jo, Cheong-san, Nam-ra, Su-hyeok...).
     Cast names with "zombie" do not count when the item names another work (a quoted title that
     is not ours, or a film): "X and Y sign on for the sequel to zombie film 'Z'" is their other work.
  Otherwise not relevant: a show name without a season-2 marker (season-1 retrospectives, the cast's
  other work, everyday phrases such as "we are all dead"), other shows' season news (no binding to
  our title), a cast name alone.

Status (null when not relevant): text is cut into sentences (., !, ?, …, |, line breaks, dashes).
  A sentence with a hedge ("reportedly", "may", "could", "expected to", insiders, "전해졌다",
  "전망", "예상"...) reports only a rumor, whatever it mentions. In the other sentences each status
  has its own phrases (see ``_STATUS_PATTERNS``); a phrase preceded (English) or followed (Korean)
  closely by a negation does not count; ``released`` phrases do not count in a sentence about a
  teaser, trailer or poster ("Netflix released the teaser"). ``date_announced`` also fires when an
  unhedged sentence gives a date or window next to a release word (premiere, release, arrive,
  공개...). The highest of released > date_announced > trailer > wrapped > cast_announced >
  in_production > renewed > rumor wins; a relevant item with no unhedged development is a rumor.

Dates: in comma-separated segments that contain a release word and are not about season 1,
``bot.tracker.dates`` finds days and windows; an exact day wins, else the most specific window.

Confidence: 0.95 for a title binding, 0.85 for a binding in the summary only, 0.7 for the cast
rule; minus 0.1 when the status is only a rumor. Not relevant: 0.97 with no show name or cast name,
0.85 when a show name or cast name was seen without what the rules need.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import datetime

from bot.tracker.dates import DateMention, best_release, find_mentions
from bot.tracker.items import FeedItem

log = logging.getLogger(__name__)

STATUSES: tuple[str, ...] = (
    "released",
    "date_announced",
    "trailer",
    "wrapped",
    "cast_announced",
    "in_production",
    "renewed",
    "rumor",
)
_PRECEDENCE = {status: rank for rank, status in enumerate(STATUSES)}

_ALIASES = re.compile(
    r"all\s+of\s+us\s+(?:are|is)\s+dead|we\s+are\s+all\s+dead|now\s+at\s+our\s+school|"
    r"jigeum\s+uri\s+hakgyo[\s-]?neun|#?allofusaredead|지금\s*우리\s*학교는|지우학",
    re.I,
)
_MARKER = (
    r"(?:season\s*(?:2|two)(?!\d)|second\s+season|s2(?![\w])|sequels?|follow-up|renew\w*|green-?l\w+|"
    r"시즌\s*2(?!\d)|두\s*번째\s*시즌|후속\w*|속편)"
)
_WORD = r"[^\s.;!?,|…]+"
# A marker may follow the name after closing quotes, a possessive, a colon and up to three words.
_MARKER_AFTER = re.compile(
    rf"^[\"'’”」』》)]*(?:'s|’s|의)?\s*(?::\s*)?(?:(?P<gap>(?:{_WORD}\s+){{0,4}}?){_MARKER}|2(?![\w]))",
    re.I,
)
_MARKER_BEFORE = re.compile(
    rf"(?:season\s*(?:2|two)\s+of|second\s+season\s+of|sequel\s+to|renew\w*|green-?l\w+)\s+"
    rf"(?P<gap>(?:{_WORD}\s+){{0,2}}?)[\"'‘“「『《]*$",
    re.I,
)
_ANY_MARKER = re.compile(_MARKER, re.I)

_CAST = re.compile(
    r"park\s+ji-?hu|yoon\s+chan-?young|cho\s+yi-?hyun|lomon|park\s+solomon|lee\s+min-?jae|kim\s+si-?eun|"
    r"yoon\s+ga-?i|roh\s+jae-?won|박지후|윤찬영|조이현|로몬|이민재|김시은|윤가이|노재원",
    re.I,
)
_CHARACTERS = re.compile(
    r"on-?jo|cheong-?san|nam-?ra|su-?hyeok|gwi-?nam|hyosan|halfbies?|hambies?|남온조|이청산|최남라|이수혁|"
    r"온조|청산이|남라|수혁|효산|절비|반감염자",
    re.I,
)
_ZOMBIE = re.compile(r"zombies?|좀비", re.I)
# Another work named in the item: a quoted title that is not one of ours, or a film. Cast names with
# "zombie" and "sequel" then describe the actors' other work, not this show.
_QUOTED = re.compile(r"(?:^|(?<=[\s(]))['‘\"“「『《]([^'’\"”」』》\n]{2,60})['’\"”」』》](?=[\s,.:;!?)…]|$)")
_FILM = re.compile(r"\bfilms?\b|\bmovies?\b|영화", re.I)
# Words between the name and the marker are only trusted when the item is plainly about a TV show.
_SHOW_CONTEXT = re.compile(
    r"netflix|zombies?|k-?drama|\bseries\b|\bdrama\b|\bshow\b|넷플릭스|좀비|드라마|시리즈", re.I
)

_SENTENCE_SPLIT = re.compile(r"(?<=[.!?。])\s+|\s*[…|\n]\s*|\s+[-–—]\s+|;\s+")
_SEGMENT_SPLIT = re.compile(r",\s+(?!\d)")

_HEDGE = re.compile(
    r"\breportedly\b|\brumou?r(?:s|ed)?\b|\ballegedly\b|\bspeculat\w*|\bunconfirmed\b|\binsiders?\b|"
    r"\bsources?\s+(?:say|said|claim|close)|\b(?:is|are)\s+said\s+to\b|\bexpected\s+to\b|\blikely\b|"
    r"\bpossibly\b|\bprobably\b|\bhint(?:s|ed)?\b|\bplan(?:s|ned)?\b|\bcould\b|\bmight\b|\bwould\b|"
    r"\bmay\b(?!\s+\d)|\baccording\s+to\s+reports\b|\breports\s+(?:say|suggest|claim)|\btipped\b|"
    r"\bwhat\s+we\s+know\b|\beverything\s+we\s+know\b|"
    r"전해졌|전해진|알려졌|전망|예상|관측|가능성|루머|추측|보인다|보도했|업계에\s*따르면|관계자에\s*따르면|"
    r"설이|합류설|제작설|공개설|촬영설|할\s*듯|유력|소문",
    re.I,
)
_NEGATION_BEFORE = re.compile(
    r"(?:\bnot\b|\bno\b|\bnever\b|\bwithout\b|\byet\s+to\b|n't\b|아직)[^.;!?]{0,25}$",
    re.I,
)
_NEGATION_AFTER = re.compile(r"^.{0,12}?(?:않|없|미정|안\s)")
_TRAILER_WORDS = re.compile(
    r"\btrailer|\bteaser|\bposters?\b|first[- ]look|\bstills\b|예고편|티저|포스터|스틸", re.I
)
_SEASON_ONE = re.compile(r"first\s+season|season\s*(?:1|one)(?!\d)|시즌\s*1(?!\d)|2022년", re.I)
_RELEASE_WORDS = re.compile(
    r"premier\w*|releas\w*|arriv\w*|debut\w*|launch\w*|\bdrop\w*|stream\w*|\bcoming\b(?!\s+back)|\bhits?\s+netflix|"
    r"\blands?\b|\blanding\b|"
    r"\bout\s+on\b|\bair(?:s|ing)?\b|공개|방영|출격|찾아온|선보인|선보일|스트리밍",
    re.I,
)

_STATUS_PATTERNS: dict[str, re.Pattern[str]] = {
    "released": re.compile(
        r"\bnow\s+streaming\b|\bout\s+now\b|\bis\s+(?:now\s+)?out\b|\bpremiered\b|"
        r"\b(?:has|have)\s+(?:been\s+)?(?:released|arrived|premiered|dropped)\b|\bwas\s+released\b|"
        r"\b(?:released|arrived|dropped)\s+(?:today|on\s+netflix)\b|\bnow\s+available\b|"
        r"\bavailable\s+(?:to\s+stream\s+)?(?:on\s+netflix\s+)?now\b|"
        r"공개됐|공개되었|공개된(?!다)|오늘\s*공개|베일을?\s*벗었|스트리밍\s*중|"
        r"공개\s*(?:하루|이틀|사흘|\d+일|첫\s*날|첫\s*주)\s*만에|공개\s*직후",
        re.I,
    ),
    "date_announced": re.compile(
        r"\b(?:premiere|release)\s+date\s+(?:is\s+)?(?:set|announced|confirmed|revealed|unveiled)\b|"
        r"\b(?:sets?|announce[sd]?|confirm(?:s|ed)?|reveal(?:s|ed)?|unveil(?:s|ed)?)\s+(?:a\s+|the\s+)?"
        r"(?:\w+\s+)?(?:premiere|release)\s+date\b|\breveal(?:s|ed)?\s+the\s+date\b|공개일\S*\s*(?:확정|발표)|공개\s*(?:날짜|일정)\S*\s*(?:확정|발표)|"
        r"공개일을.{0,20}(?:확정|발표)|공개\s*확정",
        re.I,
    ),
    "trailer": _TRAILER_WORDS,
    "wrapped": re.compile(
        r"\bwrap(?:s|ped)\s+(?:up\s+)?(?:filming|production|shooting)\b|"
        r"\b(?:filming|shooting|production)\s+(?:has\s+)?(?:officially\s+)?"
        r"(?:wrapped|finished|ended|concluded|completed)\b|"
        r"\b(?:finished|completed|ended|wrapped\s+up)\s+(?:filming|shooting|production)\b|"
        r"\bcameras\s+stop(?:ped)?\s+rolling\b|\bhas\s+(?:officially\s+)?wrapped\b|"
        r"크랭크업|촬영\s*종료|촬영을\s*(?:마쳤|마무리했|마무리한|끝냈)|촬영\s*마무리|촬영이\s*(?:끝났|종료)",
        re.I,
    ),
    "cast_announced": re.compile(
        r"\bcast\b|\bcasting\b|\bline-?up\b|\bjoins?\b|\bjoined\b|\bnewcomers?\b|\breturns?\s+as\b|"
        r"\b(?:to|will)\s+play\b|\breunite\b|캐스팅|출연\s*확정|출연을\s*확정|합류|라인업|다시\s*뭉|재회|새로\s*출연",
        re.I,
    ),
    "in_production": re.compile(
        r"\b(?:begins?|began|started|starts|commence[sd]?)\s+(?:filming|shooting|production)\b|"
        r"\b(?:filming|shooting|production)\s+(?:has\s+)?(?:begun|began|started|starts|kicked\s+off|"
        r"is\s+under\s*way|under\s*way|continues)\b|\bin\s+production\b|\bcameras\s+(?:are\s+)?rolling\b|"
        r"\bin\s+full\s+swing\b|\bis\s+shooting\b|\b(?:now|currently)\s+filming\b|\bon\s+set\b|"
        r"크랭크인|촬영\s*(?:시작|돌입|중|한창|현장)|촬영에\s*(?:돌입|들어갔|들어간|착수)|"
        r"촬영을\s*(?:시작|이어가|진행)|제작에\s*(?:돌입|착수)",
        re.I,
    ),
    "renewed": re.compile(
        r"\brenew(?:s|ed|al)?\b|\bgreen-?l(?:it|ighted|ights?)\b|\bcoming\s+back\b|\bwill\s+return\b|"
        r"\bconfirmed\s+for\s+(?:a\s+)?(?:season\s*(?:2|two)|second\s+season)\b|"
        r"제작\s*확정|제작을\s*(?:확정|공식)|시즌\s*2\s*확정|나온다|제작된다",
        re.I,
    ),
    "rumor": re.compile(r"\brumou?rs?\b|\bwhat\s+we\s+know\b|\beverything\s+we\s+know\b|루머", re.I),
}


@dataclass(frozen=True, slots=True)
class Classification:
    relevant: bool
    status: str | None
    release_date: str | None
    release_window: str | None
    confidence: float
    reasons: list[str] = field(default_factory=list)

    def contract(self, item_id: str) -> dict[str, object]:
        """The operator CLI's JSON object, fields in the documented order."""
        return {
            "id": item_id,
            "relevant": self.relevant,
            "status": self.status,
            "release_date": self.release_date,
            "release_window": self.release_window,
            "confidence": self.confidence,
        }


def _quote(text: str, start: int, end: int, pad: int = 20) -> str:
    return " ".join(text[max(0, start - pad) : end + pad].split())


def _bound_alias(text: str, *, show_context: bool) -> str | None:
    """The words that bind a show name to a season-2 marker (rule R1), or None."""
    for match in _ALIASES.finditer(text):
        after = text[match.end() : match.end() + 80]
        before = text[max(0, match.start() - 60) : match.start()]
        bound = _MARKER_AFTER.match(after)
        if bound is not None and (show_context or not bound.group("gap")):
            return _quote(text, match.start(), match.end() + bound.end(), pad=0)
        bound = _MARKER_BEFORE.search(before)
        if bound is not None and (show_context or not bound.group("gap")):
            return _quote(text, match.start() - (len(before) - bound.start()), match.end(), pad=0)
    return None


def _other_work(text: str) -> bool:
    """Whether the item names a work that is not this show (a quoted title of another, or a film)."""
    if _FILM.search(text):
        return True
    return any(_ALIASES.search(m.group(1)) is None for m in _QUOTED.finditer(text))


def _relevance(title: str, summary: str) -> tuple[bool, float, list[str]]:
    text = f"{title}\n{summary}"
    show_context = _SHOW_CONTEXT.search(text) is not None
    bound = _bound_alias(title, show_context=show_context)
    if bound is not None:
        return True, 0.95, [f"relevant (R1, title): {bound!r} names the show with a season-2 marker"]
    bound = _bound_alias(summary, show_context=show_context)
    if bound is not None:
        return True, 0.85, [f"relevant (R1, summary): {bound!r} names the show with a season-2 marker"]
    cast = {" ".join(m.group(0).lower().split()) for m in _CAST.finditer(text)}
    characters = _CHARACTERS.search(text)
    marker = _ANY_MARKER.search(text)
    if marker is not None and (
        characters is not None or (len(cast) >= 2 and _ZOMBIE.search(text) and not _other_work(text))
    ):
        context = f"character {characters.group(0)!r}" if characters else f"cast {sorted(cast)} and 'zombie'"
        return True, 0.7, [f"relevant (R2): {context} with season-2 marker {marker.group(0)!r}"]
    alias = _ALIASES.search(text)
    if alias is not None:
        return (
            False,
            0.85,
            [f"not relevant: {alias.group(0)!r} appears without a season-2 marker bound to it"],
        )
    if cast:
        return False, 0.85, [f"not relevant: cast {sorted(cast)} without the show or enough show context"]
    return False, 0.97, ["not relevant: no name of the show and no cast with show context"]


def _negated(sentence: str, start: int, end: int) -> bool:
    return bool(_NEGATION_BEFORE.search(sentence[max(0, start - 40) : start])) or bool(
        _NEGATION_AFTER.match(sentence[end : end + 14])
    )


def _sentences(title: str, summary: str) -> list[str]:
    parts = [*_SENTENCE_SPLIT.split(title), *_SENTENCE_SPLIT.split(summary)]
    return [part.strip() for part in parts if part and part.strip()]


def _status(sentences: list[str], has_release_date: set[int]) -> tuple[str, list[str]]:
    found: dict[str, str] = {}
    hedges: list[str] = []
    for index, sentence in enumerate(sentences):
        hedge = _HEDGE.search(sentence)
        if hedge is not None:
            hedges.append(f"rumor: {hedge.group(0)!r} hedges {sentence[:80]!r}")
            continue
        about_trailer = _TRAILER_WORDS.search(sentence) is not None
        for status, pattern in _STATUS_PATTERNS.items():
            if status == "released" and about_trailer:
                continue
            for match in pattern.finditer(sentence):
                if _negated(sentence, match.start(), match.end()):
                    continue
                found.setdefault(status, f"{status}: {match.group(0)!r} in {sentence[:80]!r}")
                break
        if index in has_release_date:
            found.setdefault(
                "date_announced", f"date_announced: a date next to a release word in {sentence[:80]!r}"
            )
    if found:
        best = min(found, key=_PRECEDENCE.__getitem__)
        return best, [found[best], *hedges[:1]]
    if hedges:
        return "rumor", hedges[:1]
    return "rumor", ["rumor: relevant but no confirmed development is reported"]


def _release_mentions(
    sentences: list[str], published: datetime | None
) -> tuple[list[DateMention], set[int], list[str]]:
    """Dates found in segments that talk about a release; also which sentences had one, unhedged."""
    mentions: list[DateMention] = []
    dated_sentences: set[int] = set()
    reasons: list[str] = []
    for index, sentence in enumerate(sentences):
        for segment in _SEGMENT_SPLIT.split(sentence):
            release_word = _RELEASE_WORDS.search(segment)
            if release_word is None or _SEASON_ONE.search(segment):
                continue
            if _negated(segment, release_word.start(), release_word.end()):
                continue
            found = find_mentions(segment, published)
            if found:
                mentions.extend(found)
                reasons.append(f"date: {[m.value for m in found]} near {release_word.group(0)!r}")
                if not _HEDGE.search(sentence):
                    dated_sentences.add(index)
    return mentions, dated_sentences, reasons


def classify_text(title: str, summary: str, published: datetime | None) -> Classification:
    """Classify a title and plain-text summary published at ``published`` (aware, or None)."""
    relevant, confidence, reasons = _relevance(title, summary)
    if not relevant:
        return Classification(False, None, None, None, confidence, reasons)
    sentences = _sentences(title, summary)
    mentions, dated, date_reasons = _release_mentions(sentences, published)
    status, status_reasons = _status(sentences, dated)
    if status == "rumor":
        confidence -= 0.1
    timing = best_release(mentions)
    return Classification(
        True,
        status,
        timing.release_date,
        timing.release_window,
        round(confidence, 2),
        [*reasons, *status_reasons, *date_reasons[:2]],
    )


def classify(item: FeedItem) -> Classification:
    """Classify a normalised feed item (see the module docstring for the rules)."""
    return classify_text(item.title, item.summary, item.published)
