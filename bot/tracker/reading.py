"""How a news text reports things: sentences and clauses, and what holds each one back from being
a fact (a hedge, a question, a denial, a plan). The classifier decides *what* a clause reports;
this module decides *how* it is reported.

Scope follows the sentence structure of each language. A contrast ("but", "though", "지만") splits
a sentence into clauses with their own modality, so "filming has wrapped, though no date is set"
keeps its fact. A hedge otherwise covers its whole clause: English puts attribution up front
("According to reports, ..."), Korean puts it in the ending ("...것으로 알려졌다"), and either way
the clause reports a claim, not a fact. A denial ("Netflix has not confirmed the casting",
"확정된 바 없다") covers the item: what it denies is reported nowhere as fact.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from bot.tracker.folding import Folded, folded

# The parser and opcodes re itself compiles with (typeshed does not describe these private modules).
sre_parse: Any = importlib.import_module("re._parser")
sre_constants: Any = importlib.import_module("re._constants")

# A full stop after an abbreviation ("Feb. 26", "No. 1", "5 p.m. KST") does not end a sentence.
_ABBREVIATION = re.compile(
    r"(?:\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Nos|Vol|Ep|Eps|vs|Mr|Mrs|Ms|Dr|St|Jr|"
    r"Inc|Co|Corp|U\.S|U\.K|a\.m|p\.m|[A-Z]))\.$"
)
_SENTENCE_END = re.compile(
    # Each lookbehind comes after the space it follows, so only spaces are tested for it.
    r"\s(?<=[.!?。]\s)\s*|\s(?<=[.!?。][\"”’']\s)\s*(?=[A-Z가-힣\"“'‘])|"
    r"\s(?<=[ㅠㅜㅋㅎ]{2}\s)\s*|\s*[…|\n]\s*|\s+[-–—]\s+|;\s+"
)
_CONTRAST = re.compile(
    r",?\s+(?:but|though|although|even\s+though|while|whereas|however)\s+(?=\w)|,\s+so\s+(?=\w)|"
    # Korean endings that close a predicate ("~지만", "~며", "~ 가운데,"), each after a syllable; the
    # syllable is checked behind the ending, so the scan does not test every position for it.
    r"지만(?<=[가-힣]지만),?\s+|으나(?<=[가-힣]으나),?\s+|는데도(?<=[가-힣]는데도),?\s+|"
    r"인데도(?<=[가-힣]인데도),?\s+|며(?<=[가-힣]며),?\s+|"
    # '"촬영이 시작됐다"며 "공개는 내년 목표"': two quoted statements, each with its own modality.
    r"(?<=[\"”'’])(?:이?라)?(?:며|면서),?\s+(?=[\"“'‘])|"
    r"면서(?<=[가-힣]면서),?\s+|\s가운데(?<=[가-힣]\s가운데),\s+|"
    # "촬영을 모두 마쳤고, 공개는 내년이 될 것으로 보인다": a past statement, then another.
    r"고(?<=[었았였했쳤갔왔됐켰졌섰렸냈봤줬]고),\s+",
    re.I,
)

_HEADLINE_COLON = re.compile(r"(?<=[\w'\"’”]):\s+")
# "... lands in time for the holidays: December 18": a date after the colon completes the statement.
_BARE_DATE = re.compile(
    r"\s*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+20\d\d)?|20\d\d|"
    r"(?:20\d\d년\s*)?\d{1,2}월(?:\s*\d{1,2}일)?)\s*[.!]?\s*",
    re.I,
)


def _split_headline(part: str) -> list[str]:
    pieces = [q for q in _HEADLINE_COLON.split(part) if q and q.strip()]
    if len(pieces) > 1 and _BARE_DATE.fullmatch(pieces[-1]):
        pieces[-2:] = [f"{pieces[-2]} {pieces[-1]}"]
    return pieces


HEDGE = re.compile(
    r"\breportedly\b|\brumou?r(?:s|ed)?\b|\ballegedly\b|\bspeculat\w*|\bunconfirmed\b|\binsiders?\b|"
    r"\b(?:sources?|reports?|media|outlets?|insiders?)\s+(?:now\s+)?(?:say|said|says|claim\w*|suggest\w*|indicate\w*|point\w*)|"
    r"\b(?:a|the|local|media|earlier)\s+reports?\s+(?:that|of)\b|\breports\s+of\b|\breported\s+that\b|"
    r"\bsources?\s+close\b|\balleged\b|\bsaid\s+to\s+(?:show|be|have|depict|feature)\b|\b(?:is|are|was|were)\s+(?:said|understood|believed|thought)\s+to\b|\bsources?\s+(?:\w+\s+)?(?:tells?|told)\b|\b(?:person|people|someone|those)\s+(?:close\s+to|familiar\s+with|with\s+knowledge\s+of)\b|\bexpected\b(?<!\bthan\sexpected)|\bexpects?\b|\bexpecting\b|\blikely\b|"
    r"\bpossibl[ey]\b|\bpossibilit(?:y|ies)\b|\bprobabl[ey]\b|\bhint(?:s|ed)?\b|\b(?:post|account|listing|page|tweet|leak)\s+(?:\w+\s+){0,2}?suggest(?:s|ed|ing)\b|\bplan(?:s|ned)?\s+to\b|\bcould\b(?!\s+(?:barely|hardly|scarcely|only)\b)|\bmight\b|"
    r"\bwould\b|\bshould\b|\bmay\b(?<!\bin\smay)(?<!\bsince\smay)(?<!\bby\smay)(?<!\blast\smay)(?<!\bthis\smay)(?<!\bnext\smay)"
    r"(?<!\bearly\smay)(?<!\blate\smay)(?<!\buntil\smay)(?<!\bof\smay)(?<!\bfrom\smay)(?<!\bmid-may)(?!\s+\d)(?!,?\s+20\d\d)|\baccording\s+to\b(?!\s+(?:netflix|the\s+streamer|a\s+netflix|flixpatrol|nielsen|\w+\s+data\b|data\b|figures\b))|"
    r"\btipped\b|\bunnamed\b|\banonymous\b|\bunofficial\b|\bleak(?:s|ed|ing)?\b|\bciting\s+(?:unnamed|anonymous|industry|people|sources?|insiders?|officials?)\b|\b(?:outlets?|media|newspapers?|tabloids?)\s+report\w*|"
    r"\b(?:a|another|one)\s+(?:korean\s+|local\s+)?(?:outlet|newspaper)\b|\bwhat\s+we\s+know\b|\beverything\s+(?:we\s+know|to\s+know)\b|\bbest\s+guess\b|"
    r"\bwe\s+(?:think|expect|predict|believe|suspect|reckon|estimate|hope)\b|\b(?:we|i)(?:['’]d|\s+would)\s+(?:guess|say|bet|expect|imagine)\b|\bpredict\w*|\bestimat\w*|"
    r"\b(?:our|my)\s+(?:\w+\s+)?guess\b|\b(?:our|my|the\s+smart)\s+money(?:['’]s|\s+is|\s+would\s+be|\s+goes)\s+on\b|\bclaiming\b|\bpoints?\s+to\b|\bguess(?:es|ed|ing)\b|\bi['’]m\s+calling\b|\bbets\b|\b(?:we|i)(?:['’](?:re|d|ll)|\s+are|\s+am|\s+have|\s+had|\s+would|\s+will)?\s+pencil\w*|\bpencil(?:l)?ing\s+in\b|\bbetting\b|\bbet\b|\bin\s+talks\b|\bnegotiat\w*|\bconsidering\b|\breviewing\b|"
    r"\beye(?:s|ing)\s+(?:a|an|the|its|20\d\d|q[1-4]|early|late|mid|spring|summer|fall|autumn|winter)\b|"
    r"\bper\s+(?:sources?|insiders?|reports?|a\s+report)\b|\bword\s+is\b|\bat\s+the\s+earliest\b|\bteas(?:es|ed)\s+(?:a\s+|an\s+|his\s+|her\s+|their\s+|possible\s+)?(?:\S+\s+){0,8}?(?:cameo|return|comeback|appearance)\b|"
    r"\bfans\s+(?:think|believe|suspect|speculate|theori[sz]e|are\s+convinced|guess)\b|\bconvinced\b|\beyeing\b|\beyed\b(?<!-eyed)|\baim(?:s|ing)?\s+(?:for|to)\b|\btarget\w*|\bhop(?:e|es|ing)\b|"
    r"\bwould\s+love\b|\bwants?\s+to\b|\bwish\w*|\bif\b|\bwhen\s+(?:will|could|can|might|is|does)\b|\bwonder(?:s|ed|ing)?\s+(?:whether|if)\b|"
    r"이르면|것으로\s*보고|(?:업계|방송가|연예계)에서는|전해졌|전해진|전해지|알려졌|알려진|전망|예상(?!보다|과\s*달리|을\s*깨)|관측|가능성|루머|추측|것으로\s*보(?:인다|여|였)|보도했|보도가|보도에|보도한|보도된|다고\s*보도|"
    r"(?:업계|관계자|방송가|소식통|측근|보도|매체|언론|연예계|영화계)\S*\s*따르면|한(?<![가-힣]한)\s*(?:방송|업계|제작|드라마|연예|영화)\S*\s*관계자|익명의?\s*관계자|설이|합류설|제작설|공개설|촬영설|다는\s*(?:이야기|얘기|소문|소식|보도|게시물|글)|(?:이야기|얘기|소문)(?:가|이)\s*(?:퍼지|나오|돌)|(?:할|될|울|갈|올|날|칠|릴|길|설|볼|줄)\s*듯|유력|소문|가닥|목표|검토|타진|물망|전언|귀띔|후문|가능할\s*(?:것|듯)|"
    r"내다봤|내다보|점쳐|점치|것으로\s*(?:\S+\s+){0,2}?보고\s*있|(?:라고|다고)\s*하더라|카더라|다더라|라더라|수\s*있도록\s*(?:노력|하겠|할)|노력하고\s*있|노력\s*중|기대된다|(?:팬|시청자)\S*\s*(?:의\s*)?기대(?:는|가|감)|관심이\s*쏠|바란다|바람|희망|싶다|싶어|계획이다|추정|예측",
    re.I,
)
# Interrogative endings: a headline that asks reports nothing.
_QUESTION = re.compile(
    r"(?:\?|？|(?:할까|될까|을까|칠까|일까|볼까|올까|갈까|하나|벗나|했나|됐나|오나|가나|나요|는가|인가|는지|을지|ㄹ지))"
    r"\s*[\"'”’」』》)]*\s*$"
)
_DENIAL = re.compile(
    r"\b(?:has|have|had|did|does|do)\s*(?:not|n['’]t)\s+(?:yet\s+)?(?:officially\s+)?"
    r"(?:confirm\w*|comment\w*|announc\w*|verif\w*|commit\w*|disclos\w*|put|given|set|shared?|revealed?|released?|unveiled)\b|"
    r"\bneither\b[^.]{0,60}\bnor\b|\bnot\s+(?:yet\s+)?(?:been\s+)?(?:confirmed|official|final(?:i[sz]ed)?|decided)\b|"
    r"\bdeclined\s+to\b|\b(?:still\s+)?undecided\b|\bcould\s*(?:not|n['’]t)\s+(?:confirm|share|comment)|"
    r"\bnothing\s+(?:has\s+been|is|was)\s+(?:finali[sz]ed|confirmed|decided|set)|\bnothing\s+official\b|"
    r"\breleased\s+no\b|\b(?:is|are)n['’]t\s+real\b|\bnot\s+real\b|\b(?:is|are|was|it['’]s)\s+(?:a\s+)?fake\b|"
    r"\bfake\s+(?:trailer|teaser|poster|video|clip|news|report|account|listing)\b|\bfan[- ](?:made|edit)\b|"
    r"\bno\s+(?:official\s+)?"
    r"(?:confirmation|comment|word)\b|\bdenie[sd]\b|\bdeny\w*|\bshoots?\s+down\b|\bshot\s+down\b|\bdebunk\w*|\bfalse\b|\buntrue\b|\bno\s+(?:release\s+)?"
    r"(?:date|timeline|window)\b|\bTBD\b|\bTBA\b|\byet\s+to\b|\bnothing\s+to\s+(?:confirm|announce|share)\b|\b(?:is|was|are|were)\s*(?:not|n['’]t)\s+true\b|"
    r"확인(?:이|해\s*줄\s*수|할\s*수)?\s*(?:어렵|없)|사실(?:이)?\s*(?:아니|아냐|무근)|"
    r"확정(?:된\s*(?:바|것은?|게)\s*없|\s*아니|\s*아냐|되지\s*않|\s*전)|정해진\s*(?:바|것은?|게)\s*없|"
    r"정해지지\s*않|결정된\s*(?:바|것은?|게)\s*없|미정|밝히지\s*않|공개하지\s*않|부인|"
    r"(?:된|한)\s*적\s*(?:이\s*)?없",
    re.I,
)
# What a denial is about: it takes back only that (a date denial leaves the wrap standing). "day" is
# the exact day only: "January, exact date TBD" still announces January.
DENIAL_TOPICS: dict[str, re.Pattern[str]] = {
    "day": re.compile(
        r"\b(?:release\s+|premiere\s+|exact\s+|specific\s+|a\s+)?(?:date|day)\b|공개일|날짜|특정일", re.I
    ),
    "date_announced": re.compile(
        r"\bwhen\b|\btiming\b|\btimeline\b|\bwindow\b|\bpremiere\b(?!\s+date)|\breleas\w*(?!\s+date)|"
        r"\bschedule\b|\bone\b|공개\s*(?:시점|시기|일정)|방영\s*시기|언제",
        re.I,
    ),
    "cast_announced": re.compile(
        r"\bcast\w*|\bagency\b|\brole\b|\boffer\b|캐스팅|출연|합류|소속사|배역", re.I
    ),
    "in_production": re.compile(
        r"\bfilming\b(?!\s+(?:has\s+)?(?:wrapped|ended|finished))(?<!finished\sfilming)|"
        r"\bshoot\w*(?<!finished\sshooting)(?<!finished\sshoot)|\bproduction\b(?<!post-production)|\bcameras?\b|\broll\w*|"
        r"촬영(?!\s*(?:종료|마무리(?!\s*단계)|끝|완료|을?\s*마(?:치|쳤|쳐|친|칠)))|크랭크인|찍고\s*있",
        re.I,
    ),
    "wrapped": re.compile(r"\bwrap\w*|\bfilming\b|\bshoot\w*|촬영|크랭크업|종료", re.I),
    "trailer": re.compile(
        r"\bteaser\b|\btrailer\b|\bposter\b|\bfootage\b|\bvideo\b|예고편|티저|포스터", re.I
    ),
}


@dataclass(frozen=True, slots=True)
class Clause:
    text: str
    sentence: int
    in_title: bool
    hedge: str | None  # the words that make it a claim rather than a fact
    question: bool
    script: tuple[bool, bool]  # hangul, Latin letters: which half of a Bilingual pattern to run


# " - Outlet" at the end of a headline: a name of up to four capitalised words (or one or two Korean
# ones), never a phrase that says something ("- release date, cast and more").
_OUTLET_TAIL = re.compile(
    r"\s+[-–—|]\s+(?!(?:Episode|Season|Part|Trailer|Teaser|Review|Recap|Ending|Official)\b)(?!리뷰|공개|예고편|티저|포스터|인터뷰|단독|종합|포토)"
    r"(?:(?:The\s+)?[A-Z0-9][\w.&'’!]*(?:\s+[A-Z0-9][\w.&'’!]*){0,3}|[가-힣A-Za-z0-9]+)$"
)


def _sentences(text: str) -> list[str]:
    pieces: list[str] = []
    for piece in _SENTENCE_END.split(text):
        if piece is None or not piece.strip():
            continue
        if pieces and _ABBREVIATION.search(pieces[-1]):
            pieces[-1] = f"{pieces[-1]} {piece.strip()}"
        else:
            pieces.append(piece.strip())
    return pieces


def _asks(text: str) -> bool:
    # An ending: only the tail can hold it. "새 얼굴 한서진은 누구?" introduces people; it doubts nothing.
    tail = text[-16:]
    return _QUESTION.search(tail) is not None and _WHO_IS.search(tail) is None


_WHO_IS = re.compile(r"(?:은|는|이|가)\s*누구(?:야|일까|인가)?\s*[?？]?\s*[\"'”’」』》)]*\s*$")


# "2월 공개설이 돌았던 시즌2가 …": a rumour that went round before, modifying the subject; the clause
# itself says what happens.
_EARLIER_RUMOUR = re.compile(r"\S{0,3}\s*(?:돌았던|나왔던|있었던|제기됐던|제기되었던|무성했던)")


def _hedge_of(part: str, script: tuple[bool, bool]) -> re.Match[str] | None:
    first = _HEDGE_SCAN.search(part, script)
    if first is None or not _not_a_hedge(part, first):
        return first
    return next((h for h in _HEDGE_SCAN.finditer(part, script) if not _not_a_hedge(part, h)), None)


# "The first footage ... hints that the half-zombies can think": what footage hints at is its story;
# that the footage is out is stated.
_FOOTAGE_HINTS = re.compile(
    r"\b(?:teasers?|trailers?|footage|clips?|videos?|posters?|images?|stills?|promo)\b[^.;]{0,60}$", re.I
)


def _not_a_hedge(part: str, hedge: re.Match[str]) -> bool:
    return bool(
        _EARLIER_RUMOUR.match(part, hedge.end())
        or _ended_rumour(part, hedge)
        or (
            hedge.group(0).lower().startswith("hint")
            and _FOOTAGE_HINTS.search(part, max(0, hedge.start() - 80), hedge.start())
        )
    )


# "Lands March 12, Ending February Rumors": the rumours are what the news ends.
_ENDS_RUMOURS = re.compile(
    r"\b(?:end(?:s|ing)?|put(?:s|ting)?\s+an\s+end\s+to|quash\w*|dispel\w*|silenc\w*|settl\w*)\s+(?:\w+\s+){0,3}?$",
    re.I,
)


def _ended_rumour(part: str, hedge: re.Match[str]) -> bool:
    return hedge.group(0).lower().startswith("rumo") and bool(
        _ENDS_RUMOURS.search(part, max(0, hedge.start() - 40), hedge.start())
    )


# ", and the streamer is reportedly targeting 2027": a second statement with a subject of its own;
# "has finished filming and is expected in early 2027": a second predicate that guesses.
_AND_NEW_SUBJECT = re.compile(
    r",\s+and\s+(?=(?:the|a|an|its|their|netflix|fans|production|filming|shooting|['‘\"“]?all\s+of\s+us)\b)|"
    r"\s+and\s+(?=(?:is|are|was|were|will|could|may|might)\s+(?:now\s+)?(?:expected|likely|rumou?red|reportedly|"
    r"said\s+to|tipped|believed|thought|set\s+to)\b)",
    re.I,
)


def _coordinated(part: str) -> list[str]:
    """Statements joined by ", and" each keep their own modality, as contrasted ones do: "Filming is
    complete, and the streamer is reportedly targeting 2027" states the wrap. A hedge in the first
    ("Sources say filming wrapped, and the premiere is set for 2027") covers both, so then the part
    stays whole."""
    joint = _AND_NEW_SUBJECT.search(part) if " and " in part else None
    if joint is None or _HEDGE_SCAN.search(part[: joint.start()]) is not None:
        return [part]
    return [part[: joint.start()], *_coordinated(part[joint.end() :])]


# "Responding to reports of a delay, Netflix said ...": the reports are what the main clause answers;
# their hedge does not reach it.
_ANSWERING_LEAD = re.compile(
    r"^\s*(?:responding\s+to|in\s+response\s+to|reacting\s+to|addressing|asked\s+about|amid|following|"
    r"after|denying|dismissing)\s+(?:the\s+|a\s+|recent\s+|online\s+|local\s+|media\s+)*"
    r"(?:reports?|rumou?rs?|speculation|claims?)\b[^,;]{0,90},\s+(?=(?:netflix|the\s+streamer|a\s+(?:netflix\s+)?"
    r"(?:spokes\w+|representative|source)|the\s+(?:agency|company|production|director)|it|he|she|they)\b)",
    re.I,
)


# "시즌2가 무산됐다는 소문이 돌자 넷플릭스 측은 ... 밝혔다": the rumour is what the answer follows.
_ANSWERING_LEAD_KO = re.compile(
    r"^[^\"“]{0,90}?(?:소문|보도|루머|주장|얘기|이야기|설)\S{0,2}\s*(?:이|가)?\s*(?:돌자|나오자|퍼지자|일자|제기되자|잇따르자)\s+"
)


_CALLED_UNTRUE = re.compile(r"사실(?:이)?\s*(?:아니|아냐|무근)|부인")


def _answering(part: str) -> list[str]:
    if _HANGUL.search(part):
        lead = _ANSWERING_LEAD_KO.match(part)
        if lead is None or _CALLED_UNTRUE.search(part, lead.end()):
            return [part]  # an answer calling the rumour untrue is read with it: what it denies is named
        return [part[: lead.end()].rstrip(), part[lead.end() :]]
    lead = _ANSWERING_LEAD.match(part) if "," in part else None
    return [part] if lead is None else [part[: lead.end()].rstrip(", "), part[lead.end() :]]


def clauses(title: str, summary: str) -> list[Clause]:
    found: list[Clause] = []
    index = 0
    # The outlet Google News appends (" - The Korea Herald") reports nothing: it is not read.
    title = _OUTLET_TAIL.sub("", title)
    for in_title, text in ((True, title), (False, summary)):
        # "My bet? It lands sometime in 2024.": a guess asked as a word is answered by the next sentence.
        carried: str | None = None
        for sentence in _sentences(text):
            parts = [p for p in _CONTRAST.split(sentence) if p and p.strip()]
            parts = [q for p in parts for r in _answering(p) for q in _coordinated(r)]
            if in_title:  # a headline's colon joins two statements: "X Has Wrapped: When We Expect It"
                parts = [q for p in parts for q in _split_headline(p)]
            question = _asks(sentence)
            for part in parts:
                script = writing(part)
                hedge = _hedge_of(part, script)
                found.append(
                    Clause(
                        part.strip(),
                        index,
                        in_title,
                        hedge.group(0) if hedge else carried,
                        (question and part is parts[-1]) or _asks(part),
                        script,
                    )
                )
            carried = found[-1].hedge if question and len(sentence.split()) <= 4 and found[-1].hedge else None
            source = _SOURCED_LEAD.match(sentence) if not in_title and index > 0 else None
            if source is not None:
                _source_the_lead(found, index - 1, source.group(1), sentence)
            index += 1
    return found


# "배우 박지후가 시즌2에 출연한다. 5일 방송가에 따르면 ...": a Korean report names its source in the
# sentence after the lead, and the source covers the lead too.
_SOURCED_LEAD = re.compile(
    r"\s*(?:\d+일\s*)?(?:[가-힣]+\s+)?((?:방송가|업계|연예계|영화계|가요계|소식통|관계자)\S*\s*따르면)"
)
_OFFICIAL_WORDS = re.compile(r"밝혔|확정했|확정됐|공식|발표했|확인했|전했")


def _source_the_lead(found: list[Clause], sentence: int, source: str, sourced: str) -> None:
    """The lead is the sourced sentence's claim when both tell of the same development ("출연한다" and
    "합류해"); a lead about the wrap stays a fact beside sourced words about the premiere."""
    lead = [n for n, c in enumerate(found) if c.sentence == sentence and not c.in_title]
    if not lead or any(_OFFICIAL_WORDS.search(found[n].text) for n in lead):
        return
    told = " ".join(found[n].text for n in lead)
    if not any(p.search(told) and p.search(sourced) for p in DENIAL_TOPICS.values()):
        return
    for n in lead:
        if found[n].hedge is None:
            clause = found[n]
            found[n] = Clause(
                clause.text, clause.sentence, clause.in_title, source, clause.question, clause.script
            )


# "has not confirmed the news", "보도 부인": a denial of the report itself takes back all of it.
_OF_THE_REPORT = re.compile(r"^\s*(?:the\s+)?(?:news|report\w*|it|this|that|rumou?rs?)\b", re.I)
_REPORT_BEFORE = re.compile(r"보도\S*\s*$")


# "공개설", "합류설에 대해": a rumour of one development, which a denial after it takes back.
_RUMOUR_NOUN = (
    r"(공개|방영|촬영|크랭크인|크랭크업|종료|합류|출연|캐스팅|제작|중단|연기|취소|무산|불발|하차|좌초|폐지)설"
)
_RUMOUR_NOUN_BEFORE = re.compile(
    _RUMOUR_NOUN + r"\S{0,3}[\s\"'“”‘’,]*(?:에\s*대해\s*)?(?:\S+\s+){0,2}?[\"'“‘]?\s*$"
)
_RUMOUR_NOUN_IN = re.compile(_RUMOUR_NOUN)
_SETBACK_REPORT = re.compile(
    r"(?:중단|연기|취소|무산|불발|하차|좌초|폐지)(?:됐|되었|된|했|한)?다?는\s*(?:일부\s*|한\s*)?(?:보도|소문|루머|주장|얘기|이야기)"
)
_RUMOUR_TOPICS = (
    # "촬영 중단설 사실무근": denying a setback takes back none of the developments; "setback" names
    # no status, so nothing is taken back (an empty list would read as a denial of everything).
    (re.compile(r"중단|연기|취소|무산|불발|하차|좌초|폐지"), ["setback"]),
    (re.compile(r"공개|방영"), ["date_announced", "day"]),
    (re.compile(r"촬영|크랭크인"), ["in_production"]),
    (re.compile(r"크랭크업|종료"), ["wrapped"]),
    (re.compile(r"합류|출연|캐스팅"), ["cast_announced"]),
    (re.compile(r"제작"), ["renewed"]),
)


def _rumour_topics(rumour: re.Match[str]) -> list[str]:
    return next(topics for stem, topics in _RUMOUR_TOPICS if stem.match(rumour.group(1)))


_KOREAN_JOINT = re.compile(r"며(?<=[가-힣]며),?\s+|면서(?<=[가-힣]면서),?\s+|고(?<=[가-힣]고),?\s+")


def _topics(text: str, denial: re.Match[str]) -> list[str]:
    """The topics nearest to the denying words: in "'촬영을 마치고 ...' '공개 시점은 미정'" the denial
    is about the date, not the wrap."""
    if _OF_THE_REPORT.match(text[denial.end() :]) or _REPORT_BEFORE.search(text[: denial.start()]):
        return ["*"]
    if _SETBACK_REPORT.search(text, max(0, denial.start() - 40), denial.start()):
        return ["setback"]  # "촬영이 중단됐다는 보도에 대해 '사실무근'": the setback is what is denied
    rumour = _RUMOUR_NOUN_BEFORE.search(text, max(0, denial.start() - 24), denial.start())
    if rumour is not None:  # "12월 공개설 사실무근": the rumour of a premiere, not the wrap told after it
        return _rumour_topics(rumour)
    # "no release date yet": a denial that names its topic is about that topic only.
    named = [status for status, pattern in DENIAL_TOPICS.items() if pattern.search(denial.group(0))]
    if named:
        return named
    # "촬영이 진행 중이며 종료 시점은 정해지지 않았다": a Korean clause joined by "~며" has its own topic.
    joint = max((m.end() for m in _KOREAN_JOINT.finditer(text, 0, denial.start())), default=0)
    if joint:
        local = [s for s, pattern in DENIAL_TOPICS.items() if pattern.search(text, joint, denial.start())]
        if local:
            return local
    distances: dict[str, int] = {}
    for status, pattern in DENIAL_TOPICS.items():
        for match in pattern.finditer(text):
            gap = max(denial.start() - match.end(), match.start() - denial.end(), 0)
            distances[status] = min(distances.get(status, gap), gap)
    if not distances:
        return []
    nearest = min(distances.values())
    return [status for status, gap in distances.items() if gap <= nearest + 12]


# "Premiere date: TBA": a listing's field whose value is open.
_FIELD_LABEL = re.compile(r"(?:^|[.;,]\s*)([A-Za-z][\w ]{0,30}):\s*$")


def denials(items: list[Clause]) -> dict[str, str]:
    """Developments the item takes back (status -> the denying words); "*" for a denial of everything.

    A denial with no topic of its own ("though the streamer has not committed to one") is about the
    clause it answers, the one before it in the sentence."""
    return read_denials(items)[0]


def read_denials(items: list[Clause]) -> tuple[dict[str, str], set[int]]:
    """``denials`` and the clauses a denial of everything does not reach: those after it in its
    sentence, past a contrast ("Netflix hasn't announced anything, but the shoot ended in May" states
    the wrap)."""
    taken: dict[str, str] = {}
    spared: set[int] = set()
    for position, clause in enumerate(items):
        for denial in _DENIAL_SCAN.finditer(clause.text, clause.script):
            field = _FIELD_LABEL.search(clause.text, 0, denial.start())
            if field is not None:
                # A listing's "Episode order: TBA" leaves open that field and nothing else.
                label = field.group(1)
                topics = [s for s, pattern in DENIAL_TOPICS.items() if pattern.search(label)]
                for status in topics:
                    taken.setdefault(status, f"{denial.group(0)!r} in {clause.text[:80]!r}")
                continue
            topics = _topics(clause.text, denial)
            if not topics and position and items[position - 1].sentence == clause.sentence:
                before = items[position - 1].text
                rumour = _RUMOUR_NOUN_IN.search(before)
                topics = (
                    _rumour_topics(rumour)
                    if rumour  # "10월 공개설이 흘러나오고 있으나 넷플릭스는 '확정되지 않았다'"
                    else [s for s, pattern in DENIAL_TOPICS.items() if pattern.search(before)]
                )
            if not topics:
                later = position + 1
                while later < len(items) and items[later].sentence == clause.sentence:
                    spared.add(later)
                    later += 1
            for status in topics or ["*"]:
                taken.setdefault(status, f"{denial.group(0)!r} in {clause.text[:80]!r}")
    return taken, spared


_HANGUL = re.compile(r"[가-힣]")
_LATIN = re.compile(r"[A-Za-z]")
_LATIN_LITERAL = re.compile(r"(?<![\\?])(?<!\(\?P<)[A-Za-z]")  # a letter of the pattern, not of \s or (?P<


def alternatives_of(pattern: str) -> list[str]:
    """The top-level alternatives of a regular expression (split at ``|`` outside groups and classes)."""
    parts: list[str] = []
    depth, start, index, in_class = 0, 0, 0, False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:index])
            start = index + 1
        index += 1
    parts.append(pattern[start:])
    return parts


def _hoisted(alternatives: list[str]) -> str:
    """The alternatives joined, each run of neighbours that begin with ``\\b`` written as one
    ``\\b(?:a|b|c)``: the same matches in the same order of preference, but the engine tests the word
    boundary once per position instead of once per alternative, and then skips each branch on its
    first letter."""
    parts: list[str] = []
    run: list[str] = []
    for alternative in [*alternatives, None]:
        if alternative is not None and alternative.startswith("\\b") and not alternative.startswith("\\b(?<"):
            run.append(alternative[2:])
            continue
        if len(run) > 1:
            parts.append("\\b(?:" + "|".join(run) + ")")
        elif run:
            parts.append("\\b" + run[0])
        run = []
        if alternative is not None:
            parts.append(alternative)
    return "|".join(parts)


class Bilingual:
    """One pattern kept as an English half and a Korean half, so a clause is scanned only by the
    alternatives that can occur in its script: the same matches, about half the work."""

    __slots__ = ("en", "ko", "needs", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        alternatives = alternatives_of(pattern.pattern)
        korean = [a for a in alternatives if _HANGUL.search(a)]
        other = [a for a in alternatives if not _HANGUL.search(a) or _LATIN_LITERAL.search(a)]
        self.en = Folded(re.compile(_hoisted(other) or "(?!)", pattern.flags))
        self.ko = Folded(re.compile(_hoisted(korean) or "(?!)", pattern.flags))
        # Words every match must contain: when none is in the text, the scan is skipped.
        # (kept as one pattern of literal words: a single scan in C, not a Python loop per word)
        self.needs = {
            self.en: _any_of(_needed_words(other, pattern.flags)),
            self.ko: _any_of(_needed_words(korean, pattern.flags)),
        }

    def _halves(self, text: str, script: tuple[bool, bool] | None) -> tuple[Folded, ...]:
        hangul, latin = script if script is not None else writing(text)
        halves = (self.en,) if not hangul else (self.ko, self.en) if latin else (self.ko,)
        lowered = folded(text)
        kept: list[Folded] = []
        for half in halves:
            words = self.needs[half]
            if words is None or words.search(lowered) is not None:
                kept.append(half)
        return tuple(kept)

    def search(self, text: str, script: tuple[bool, bool] | None = None) -> re.Match[str] | None:
        """The first match; ``script`` is ``writing(text)`` when the caller already knows it."""
        halves = self._halves(text, script)
        if not halves:
            return None
        if len(halves) == 1:
            return halves[0].search(text)
        found = [m for half in halves if (m := half.search(text)) is not None]
        return min(found, key=lambda m: m.start()) if found else None

    def finditer(self, text: str, script: tuple[bool, bool] | None = None) -> Iterator[re.Match[str]]:
        """Matches in order, found lazily: a caller that stops at the first stops the scan."""
        halves = self._halves(text, script)
        if not halves:
            return iter(())
        if len(halves) == 1:
            return halves[0].finditer(text)
        return _in_order(m for half in halves for m in half.finditer(text))


def _any_of(words: frozenset[str] | None) -> re.Pattern[str] | None:
    if words is None:
        return None
    return re.compile("|".join(re.escape(word) for word in sorted(words, key=len, reverse=True)) or "(?!)")


def needed_words(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A pattern of the literal words one of which every match of ``pattern`` contains (to be searched
    in lower-cased text), or None when there is no such set."""
    return _any_of(_needed_words(alternatives_of(pattern.pattern), pattern.flags))


def _needed_words(alternatives: list[str], flags: int) -> frozenset[str] | None:
    """Lower-cased words one of which every match of the alternatives contains, or None when some
    alternative has no such word (it is then always scanned)."""
    words: set[str] = set()
    for alternative in alternatives:
        try:
            parsed = sre_parse.parse(alternative, flags)
        except (re.error, RecursionError):
            return None
        needed = _required(parsed.data)
        if needed is None:
            return None
        words |= needed
    return frozenset(w.lower() for w in words)


def _required(sequence: list[tuple[Any, Any]]) -> set[str] | None:
    """The most selective set of literals one of which a match of ``sequence`` must contain."""
    candidates: list[set[str]] = []
    run = ""
    for op, value in sequence:
        if op is sre_constants.LITERAL:
            run += chr(value)
            continue
        if run:
            candidates.append({run})
            run = ""
        needed: set[str] | None = None
        if op is sre_constants.SUBPATTERN:
            needed = _required(value[-1].data)
        elif op is sre_constants.BRANCH:
            branches = [_required(branch.data) for branch in value[1]]
            needed = set().union(*branches) if all(b is not None for b in branches) else None  # type: ignore[arg-type]
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT) and value[0] >= 1:
            needed = _required(value[2].data)
        if needed:
            candidates.append(needed)
    if run:
        candidates.append({run})
    if not candidates:
        return None
    return max(candidates, key=lambda words: min(len(word) for word in words))


def _in_order(matches: Iterable[re.Match[str]]) -> Iterator[re.Match[str]]:
    """Matches of both halves as one scan would give them: by position, none overlapping."""
    end = -1
    for match in sorted(matches, key=lambda m: (m.start(), -m.end())):
        if match.start() >= end:
            end = match.end() if match.end() > match.start() else match.end() + 1
            yield match


def writing(text: str) -> tuple[bool, bool]:
    """Whether the text holds hangul, and Latin letters."""
    return _HANGUL.search(text) is not None, _LATIN.search(text) is not None


_HEDGE_SCAN = Bilingual(HEDGE)
_DENIAL_SCAN = Bilingual(_DENIAL)


def claims(text: str) -> bool:
    """Whether ``text`` tells something on others' word or as a guess ("could land ..., report says")."""
    return _HEDGE_SCAN.search(text) is not None


def denies(text: str) -> bool:
    """Whether ``text`` takes something back ("확정된 바 없다", "has not been decided", "사실무근")."""
    return _DENIAL_SCAN.search(text) is not None
