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

Status (null when not relevant): the text is read clause by clause (``bot.tracker.reading``):
  sentences (abbreviations such as "Feb." and "No." do not end one), split at contrasts ("but",
  "though", "지만") and, in a headline, at a colon. A clause with a hedge ("reportedly", "expected",
  "we think", "업계에 따르면", "...것으로 알려졌다", "전망") or asked as a question ("...벗나?", "Will it
  ...?") is a claim: it reports only a rumour. In the other clauses each development has its verb
  family (``_STATUS_PATTERNS``); a phrase negated close by ("not", "yet to", "않", "아냐") does not
  count; a shoot, wrap or teaser told as a plan ("will", "예정", a date after publication) has not
  happened; a wrap said of one actor ("로몬, 촬영 마쳐", "his scenes") is filming going on.
  ``released`` also comes from a season-2 sentence about how the season is doing (charts, views,
  "3주째 정상") and from a past premiere of season 2 with its day; ``date_announced`` from an
  unhedged clause dating a premiere still to come ("returns Friday", "다음 달 26일 공개된다").
  A denial takes back what it is about ("Netflix has not confirmed the casting" takes back the cast;
  "exact date TBD" only an exact day; "the report is false" everything not stated as confirmed).
  A headline states news in few words: a development only the headline states, which the summary
  tells on the same subject only as a claim ("다음 주 크랭크인" over "...들어갈 것으로 알려졌다"), is
  that claim, unless the headline says it is confirmed ("공식 확인", "Netflix confirms").
  The highest of released > date_announced > trailer > wrapped > cast_announced > in_production >
  renewed > rumor wins; a relevant item with no development left is a rumor.

Dates: a date belongs to the premiere when the release word nearest to it (in the direction each
language binds them: "26일 공개된다", "premieres on Feb. 26") is closer than a word tying it to a
shoot, footage, an event or the report itself ("넷플릭스는 20일 ... 예고편을 공개했다"). Days and months
without a year, weekdays and "지난/오는 N일" resolve against publication by the tense of the verb
nearest to each ("it will make a second season ... which set a record when it launched in January":
January is past) (``bot.tracker.dates``). A date the premiere moved away from ("originally slated
for May 7", "당초 5월 7일에서", "from May 7 to June 4") is not its date.
A premiere that happened counts only when its own words are about season 2. An exact day wins,
else the most specific window; a hedged clause may still carry the window it guesses.

Confidence: 0.95 for a title binding, 0.85 for a binding in the summary only, 0.7 for the cast
rule; minus 0.1 when the status is only a rumor. Not relevant: 0.97 with no show name or cast name,
0.85 when a show name or cast name was seen without what the rules need.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from bot.tracker import status_model
from bot.tracker.dates import DateMention, best_release, find_mentions, has_candidates, may_hold_date
from bot.tracker.folding import folded
from bot.tracker.items import FeedItem
from bot.tracker.people import known_people
from bot.tracker.reading import DENIAL_TOPICS, Bilingual, Clause, Folded, clauses, read_denials

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
# The reason of a relevant item in which the rules found no development at all (a rumor by default).
NO_DEVELOPMENT = "rumor: relevant but no confirmed development is reported"
_PRECEDENCE = {status: rank for rank, status in enumerate(STATUSES)}

_ALIASES = Folded(
    re.compile(
        r"all\s+of\s+us\s+(?:are|is)\s+dead|we\s+are\s+all\s+dead|now\s+at\s+our\s+school|"
        r"jigeum\s+uri\s+hakgyo[\s-]?neun|#?allofusaredead|\bAOUAD\b|지금\s*우리\s*학교는|지우학",
        re.I,
    )
)
_MARKER = (
    # British outlets say "series 2", "the second series".
    r"(?:season\s*(?:2|two)(?!\d)|second\s+season|series\s*(?:2|two)(?!\d)|second\s+series|s2(?![\w])|2x\d\d(?!\d)|s0?2e\d\d?(?!\d)|sequels?|follow-up|renew\w*|green-?l\w+|"
    r"시즌\s*2(?!\d)|두\s*번째\s*시즌|후속\w*|속편|"
    # "returns Friday", "돌아온다": the show coming back is its next season.
    r"(?:returns?|comes?\s+back|is\s+back)\s+(?:on\s+netflix\s+)?(?:on\s+|this\s+|next\s+)?(?:Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday|today|tomorrow|tonight|in\s+20\d\d|next\s+(?:year|month|week))|"
    r"(?:returns?|is\s+back)\s+(?:at|to)\s+(?:No\.\s*1|number\s+one|the\s+top)|"
    # "finally returns to Netflix with its long-awaited second season"
    r"(?:returns?|comes?\s+back)\s+(?:to\s+netflix\s+)?with\s+(?:its|a)\s+(?:[\w-]+\s+){0,2}?(?:second\s+season|season\s*(?:2|two))|"
    r"돌아온다|귀환)"
)
_WORD = r"[^\s.;!?,|…]+"
# A marker may follow the name after closing quotes, a possessive, a colon and up to three words.
_MARKER_AFTER = re.compile(
    rf"^[\"'’”」』》)]*(?:'s|’s|의)?\s*(?::\s*)?(?:(?P<gap>(?:{_WORD}\s+){{0,4}}?)[\"“]?{_MARKER}|2(?![\w]))|"
    # "Four years after 'All of Us Are Dead', season 2 is deep into filming"
    rf"^[\"'’”」』》)]+,\s+(?:the\s+|its\s+)?(?:season\s*(?:2|two)|second\s+season|sequel)\b|"
    # "Park Ji-hu teases 'darker' All of Us Are Dead return": the show's return is its next season.
    r"^[\"'’”」』》)]*\s+(?:return|comeback)\b(?!\s+(?:of|to|as|for|from|home))",
    re.I,
)
_MARKER_BEFORE = re.compile(
    rf"(?:season\s*(?:2|two)\s+of|second\s+season\s+of|second\s+series\s+of|sequel\s+to|(?:sequel|new|another)\s+season\s+of|"
    rf"season\s*(?:2|two)\s+order\s+to|renew\w*|green-?l\w+|the\s+return\s+of)\s+"
    rf"(?P<gap>(?:{_WORD}\s+){{0,4}}?)[\"'‘“「『《]*$",
    re.I,
)
_ANY_MARKER = Folded(re.compile(_MARKER, re.I))
_WEBTOON_BEFORE = re.compile(r"(?:webtoon|웹툰)\s*[\"'‘“「『《(]*\s*$", re.I)
_WEBTOON = re.compile(r"[\"'’”」』》)]*\s*(?:(?:원작|original)\s*)?(?:webtoon|웹툰)", re.I)
# A season "of" a title that is not this show's: another work's season.
_OF_ANOTHER_WORK = re.compile(
    rf"\s+of\s+(?!['\"“‘]?(?:{_ALIASES.pattern}|netflix|the\b|its\b|this\b))['\"“‘]?(?-i:[A-Z])", re.I
)

_CAST = re.compile(
    r"park\s+ji[-\s]?hu|yoon\s+chan[-\s]?young|cho\s+yi[-\s]?hyun|lomon|park\s+solomon|lee\s+min[-\s]?jae|"
    r"kim\s+si[-\s]?eun|yoon\s+ga[-\s]?i|roh\s+jae[-\s]?won|yoo\s+in[-\s]?soo|lee\s+yoo[-\s]?mi|ha\s+seung[-\s]?ri|"
    r"lim\s+jae[-\s]?hyuk|son\s+sang[-\s]?yeon|박지후|윤찬영|조이현|로몬|이민재|김시은|윤가이|노재원|유인수|이유미|하승리|"
    r"임재혁|손상연",
    re.I,
)
_CHARACTERS = Folded(
    re.compile(
        r"on-?jo|cheong-?san|nam-?ra|su-?hyeok|gwi-?nam|hyosan|halfbies?|hambies?|남온조|이청산|최남라|이수혁|"
        r"온조|청산이|남라|수혁|귀남|효산|절비|반감염자",
        re.I,
    )
)
_ZOMBIE = re.compile(r"zombies?|좀비", re.I)
# The show's director, writer and webtoon author: with a season-2 marker and Netflix, they speak of it.
_CREW = re.compile(
    r"lee\s+jae[-\s]?(?:kyoo|kyu|gyu)|chun\s+sung[-\s]?il|joo\s+dong[-\s]?geun|이재규|천성일|주동근", re.I
)
# Another work named in the item: a quoted title that is not one of ours, or a film. Cast names with
# "zombie" and "sequel" then describe the actors' other work, not this show.
_QUOTED = re.compile(
    r"(?:^|(?<=[\s(·…]))['‘\"“「『《]([^'’\"”」』》\n]{2,60})['’\"”」』》](?=[\s,.:;!?)…·]|$)"
)
# A quote that is someone speaking rather than a title: Korean in double quotes ('작품' takes single
# ones), or English words in lower case ("'grew up together'"; titles are capitalised).
_SPEECH = re.compile(
    r"[\"“][^\"”]*[가-힣]|['‘\"“](?:[a-z]|(?:I|I['’]m|We|You|He|She|They|It|It['’]s|There['’]s|This\s+is|If|Our|My)\b)|"
    r"['‘\"“](?i:season\s*(?:2|two)|the\s+second\s+season)\b"
)
# A lower-case word of five letters or more after the first word: a sentence someone said, since an
# English title capitalises its words ("Bigger and Bloodier"), bar short joining words.
_SPOKEN_WORDS = re.compile(
    r"^\S+\s.*\b(?!(?:about|above|after|among|before|below|beneath|between|beyond|during|inside|"
    r"under|until|within|without|through|towards?|against|across|along|around|behind|beside|since)\b)"
    r"[a-z]{5,}\b"
)
_KOREAN_SPEECH = re.compile(r"[\"“][^\"”\n]*[가-힣][^\"”\n]*[\"”]")
_FILM = re.compile(r"\bfilms?\b|\bmovies?\b|영화", re.I)
# Words between the name and the marker are only trusted when the item is plainly about a TV show.
_SHOW_CONTEXT = Folded(
    re.compile(r"netflix|zombies?|k-?drama|\bseries\b|\bdrama\b|\bshow\b|넷플릭스|좀비|드라마|시리즈", re.I)
)

_NEGATION_BEFORE = Folded(
    re.compile(
        r"(?:\bnot\b|\bno\b|\bnever\b|\bwithout\b|\byet\s+to\b|n['’]t\b|\bstill\s+waiting\b|\bno\s+sign\b|아직|"
        # A correction's "incorrectly stated that production had wrapped".
        r"\b(?:incorrectly|wrongly|falsely|mistakenly|erroneously)\b)"
        r"[^.;!?]{0,35}$",
        re.I,
    )
)
_NEGATION_AFTER = re.compile(
    r"^.{0,12}?(?:않|없|미정|안\s|아냐|아니|어렵|어려울|어려워|힘들|불가|불발|무산|불투명|미지수|불확실)|"
    # "캐스팅이나 촬영 일정에 대한 발표는 없었다": nothing was announced about it.
    r"^[^.,]{0,30}?에\s*(?:대한|관한)\s*(?:발표|소식|언급|공지)\S*\s*(?:도\s*)?(?:없|아직)"
)
_TRAILER_WORDS = re.compile(
    r"\btrailers?\b|\bteasers?\b|\bposters?\b|first[- ]look|\bfootage\b|\bclips?\b|\bstills\b|"
    # "a still from the new season", "the first official still.": the noun, not "is still filming".
    r"\bstill\b(?=\s+(?:from|of|shows?|showing|image|photo)|\s*[,.;]|$)|"
    r"\b(?:sizzle\s+)?reels?\b|\bsneak\s+peek\b|미공개\s*(?:장면|컷)|예고편|티저|포스터|스틸|영상|퍼스트\s*룩|"
    r"예고\s*(?:이미지|사진)",
    re.I,
)
_SEASON_ONE = Folded(
    re.compile(
        r"first\s+season|season\s*(?:1|one)(?!\d)|시즌\s*1(?!\d)|2022년|\boriginal\s+series\b|전작|"
        # "the 2022 zombie series that topped its chart": the year season 1 came out, naming it.
        r"\b(?:the|its|a|their)\s+2022\s+(?:[\w-]+\s+){0,2}?(?:series|show|drama|hit|original)\b",
        re.I,
    )
)
_SEASON_TWO = Folded(
    re.compile(
        r"season\s*(?:2|two)(?!\d)|second\s+season|series\s*(?:2|two)(?!\d)|second\s+series|\bsequel|\bS2\b|\b2x\d|"
        r"new\s+(?:season|episodes)|"
        r"시즌\s*2(?!\d)|두\s*번째\s*시즌|후속|속편|지우학\s*2|학교는\s*2|dead\s*2\b|"
        r"\b(?:returns?|is\s+back)\s+(?:at|to)\s+(?:No\.\s*1|number\s+one|the\s+top)|\b(?:series|show|drama)['’]s?\s+return\b",
        re.I,
    )
)
_RELEASE_WORDS = re.compile(
    r"premier\w*|releas\w*|arriv\w*+(?!\s+at\b)|debut\w*|launch\w*|\bdrop\w*|\bstream(?:s|ing|ed)?\b|\bcoming\b(?!\s+back\s+for)|\bcomes?\s+out\b|보여\s*드리(?:고|ㄹ|릴|겠)|"
    r"\bhit(?:s|ting)?\s+(?:netflix|the\s+streamer)|\bavailable\b|\blands?\b|\blanded\b|\blanding\b|\bout\s+(?:on|since)\b|\bair(?:s|ed|ing|date)?\b|\breturns?\b|\breturned\s+to\s+netflix\b|\breturned\s+(?=on\s+|last\s+)|"
    r"\bcomes?\s+back\b|\bis\s+back\b|\bslated\b(?!\s+to\s+(?:start|begin|film|shoot|wrap|roll))|\bset\s+for\b|\bon\s+track\s+for\b|\btitles\s+for\b|\b20\d\d\s+titles\b|\bslates\b(?=[^.;]{0,60}\bfor\b)|\bplac(?:es|ed)\b(?=\s+(?:\S+\s+){0,5}?in\s+(?:q[1-4]|20\d\d|the\s+(?:first|second|third|fourth)\b|early\b|late\b|mid))|\btarget(?:s|ing|ed)?\s+(?=(?:an?\s+)?(?:20\d\d|early|late|mid|(?:this|next)\s+year))|\beye(?:s|ing|d)?\s+(?=(?:an?\s+)?(?:20\d\d|early|late|mid|(?:this|next)\s+year))(?!(?:an?\s+)?(?:\S+\s+){1,3}?(?:shoot|shooting|filming|start|production|wrap)\b)|\bconfirm(?:s|ed)?\s+(?:(?:\S+\s+){0,6}?(?:second\s+season|season\s*(?:2|two)|sequel|new\s+season|it)\s+)?for\s+(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)|\bconfirmed\s+for\s+(?=the\s+(?:first|second)\s+half|early\s+20|late\s+20|20\d\d)|\bdue\b|\bwindow\b|\bon\s+netflix\b(?!['’]s)|"
    r"\block(?:s|ed)?\s+in\b(?=\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|20\d\d|early|late))|"
    r"\bexpect\s+(?:it|them(?=\s+(?:in|by|around|sometime)\b)|the\s+(?:new\s+)?season|(?:the\s+)?new\s+episodes|season\s*(?:2|two))\b|\bD-\d+|\bpushed\b|\bpush(?:es)?\s+back\b|\bdelay\w*|\bpostpon\w*|\bmov(?:ed|es)\s+to\b|\bmov(?:ed|es|ing)\b(?=\s+(?:\S+\s+){0,4}?from\b)|"
    r"\bshift(?:s|ed)?\b|\bslip\w*\s+(?:in)?to\b|\bslot(?:s|ted)?\b|\bpencil\w*\s+(?:it\s+|that\s+)?in\b|\bbow(?:s|ed)?\b(?!\s+out)|\bdat(?:es|ed)\b(?=\s+(?:\S+\s+){0,8}?for\b)|\b(?:went|goes|go)\s+live\b|공개|방영|출격|찾아온|찾는다|찾아간|찾아가|찾아오|찾아갈|선보이|선보인|선보일|선보였|스트리밍|돌아온|돌아왔|앞둔|앞두고|"
    r"시청자\S*\s*만(?:나|난|날)|베일을?\s*벗|언제\s*(?:쯤\s*)?(?:나오|나와|볼\s*수)|"
    r"\b(?:fans|viewers|audiences|subscribers)\s+(?:can|could|will|would|might|may|should|get\s+to|to)\s+(?:see|watch)\b|"
    r"\bguess(?:es|ed|ing)?\b|\bpredict(?:s|ion)?\b",
    re.I,
)
# Words that tie a date to something other than the premiere: a shoot, footage, an event, the report.
_OTHER_ANCHORS = re.compile(
    r"\bfilm\w*|\bshoot\w*|photography|\bwrap\w*|\bproduction\b(?<!post-production)|\bcameras\b|\bcast\w*|\bevent\b|"
    r"\brenew\w*|\bgreen-?l\w+|\bordered\b|"
    r"\bshowcase\b|\bpress\s+conference\b|\bfan\s*meet\w*|\breading\b|\bannounc\w*|\bsaid\b|\bsays\b|\breport\w*|"
    r"\bconfirmed\b|\brevealed\b|\binterview\b|촬영|크랭크|제작발표회|행사|간담회|리딩|발표|밝혔|전했|알렸|말했|"
    r"인터뷰|캐스팅|합류|출연|" + _TRAILER_WORDS.pattern,
    re.I,
)
_PAST_RELEASE = re.compile(
    r"\bpremiered\b|\bdebuted\b|\baired\b|\b(?:was|were|been|got|it)\s+released\b|\bhas\s+released\b|"
    r"\breleased(?<!\bbe\sreleased)(?<!\bto\sreleased)\s+(?:in|on|last)\b|\barrived\b|\bbowed\b|\blanded\b|\blaunched\b|\bdropped\b|\breturned\s+to\s+netflix\b|"
    r"\b(?:after|following)\s+(?:premiering|(?:its|season\s*(?:2|two)['’]s|the\s+(?:season|sequel)['’]s)\s+(?:\S+\s+){0,3}?(?:premiere|release|debut|launch))|"
    r"\b(?:after|since|following)\s+(?:last\s+)?(?:week|weekend|month|(?:mon|tues|wednes|thurs|fri|satur|sun)day)['’]s\s+(?:\S+\s+)?(?:premiere|release|debut|launch)|"
    r"\bsince\s+(?:its\s+)?(?:\S+\s+){0,3}?(?:premiere|release|debut|launch)|\b(?:since|after)\s+(?:premiering|debuting|launching)\b|"
    r"\bsince\s+(?:\S+\s+){0,4}?(?:hit|hitting|landed|landing|arrived|arriving|dropped|dropping|came\s+out)\b|\bout\s+since\b|"
    r"\bhit(?<!\bwill\shit)(?<!\bto\shit)(?<!\bcould\shit)(?<!\bmay\shit)(?<!\bmight\shit)(?<!\bwould\shit)"
    r"(?<!\bshould\shit)(?<!\bcan\shit)(?<!\bdid\shit)(?<!n['’]t\shit)\s+(?:netflix|screens|the\s+streamer)\b|\bairdate\b|\bwent\s+live\b|\bbec(?:ame|ome)\s+available\b|"
    r"^\s*released\b|공개된(?!다)|공개됐|공개되었|공개\s*(?:이후|직후|첫)|돌아왔|선보였|베일을?\s*벗(?:었|은)|지난(?:달)?\s*\d",
    re.I,
)
_FUTURE = re.compile(
    r"\bwill\b|\bto\s+(?:begin|start|wrap|finish|film|shoot|release|unveil|reveal|drop|premiere)\b|"
    r"\bset\s+to\b|\bscheduled\b|\bupcoming\b(?!\s+(?:season|series|sequel|episodes|second))|\bsoon\b|\bnext\s+(?:week|month|year)\b|\bpreparing\b|"
    r"\bprepar\w+\s+to\b|예정(?!대로)|계획(?!대로)|할\s*것|마칠|들어갈|돌입할|시작할|공개할|선보일|앞두고|앞둬|앞둔|준비|"
    # "예고편을 다음 주 공개한다고 밝혔다": what Netflix says it will do.
    r"(?:공개|선보|발표)한다고|다음\s*주|다음\s*달|내달|"
    # "첫 영상 베일 벗는다", "오는 20일 선보인다": a headline's present tense is what comes next.
    r"베일을?\s*벗는다|선보인다|오는\s*\d+\s*일",
    re.I,
)
# One actor finishing their scenes is filming going on, not the season wrapping.
_PART_ONLY = re.compile(
    r"자신의\s*(?:분량|마지막|촬영)|분량의?\s*촬영|특별\s*출연|카메오|\bcameo\b|"
    r"\b(?:he|she)\s+(?:has\s+|had\s+)?(?:finish|wrap|complet)\w*|"
    rf"(?:{_CHARACTERS.pattern})\s*(?:역\s*)?(?:의\s*)?(?:마지막\s*)?(?:촬영|분량)|역\s*마지막\s*촬영|"
    r"개인\s*촬영|개별\s*(?:크랭크업|촬영)|분량을?\s*(?:모두\s*)?마|\b(?:his|her|their)\s+(?:own\s+)?(?:part|scenes?|role|final\s+"
    r"(?:scene|day)|last\s+(?:scene|day))\b|\brest\s+of\s+the\s+cast\b",
    re.I,
)
# A season out in the world described by how it is doing; only with a season-2 marker in the sentence.
_RECEPTION = re.compile(
    r"\bNo\.\s*1\b|\bnumber\s+one\b|\btop\s+(?:[\w-]+\s+){0,2}?spot\b|\bfor\s+(?:a\s+)?(?:second|third|2nd|3rd)\s+(?:straight\s+|consecutive\s+)?week\b|\btop\s*10\b|\btop(?:s|ped|ping)\b(?!\s+(?:our|my|this|the)\s+(?:list|picks|ranking|countdown))|\batop\b|\bon\s+top\b|"
    r"\bmost[- ]watched\b|\bmillion\s+views\b|\bviews\s+in\b|\bhours\s+viewed\b|\bviewing\s+hours\b|"
    r"\b(?:logged|racked\s+up|clocked|drew|pulled\s+in)\s+(?:\S+\s+){0,3}?(?:minutes|hours|views|viewers)\b|\bnielsen\b|"
    r"\bdebuts?\s+at\b|\bopens?\s+at\b|\breviews?\b|\bverdicts\b|\bcritics\s+(?:call|say|agree|are)\b|\brotten\s+tomatoes\b|로튼\s*토마토|"
    r"\bcritics?\s+(?:praise|pan|love|hail|slam|rave|are\s+(?:divided|split|raving))|\bcritical\s+(?:acclaim|reception)\b|\bbinge\w*|\bchart\w*|1위|정상(?!적)|시청수|시청\s*시간|톱\s*10|"
    r"TOP\s*10|흥행|\d\s*주\s*(?:연속|째)|첫\s*주(?!자|인공|연|역|제)|리뷰|정주행|"
    # Viewers judging what they have watched.
    r"시청자들?의?\s*반응(?!에\s*달)|반응이?\s*엇갈|엇갈린\s*반응|호평|혹평|호불호|\bmixed\s+(?:reviews|reactions?)\b|"
    # Explaining an ending is writing about episodes people have seen.
    r"\bending\s+explained\b|\bfinale\s+(?:recap|explained)\b|\brecap\s+of\s+the\s+finale\b|결말\s*해석|"
    # Fans upset over how the season ends, or the last episode's twist, have watched it.
    r"\bseason\s*(?:2|two)(?:['’]s)?\s+(?:ending|finale)\b(?!\s+(?:date|production|filming|shoot))|"
    r"\bfinal\s+episode['’]s\b|시즌\s*2\s*(?:의\s*)?(?:결말|마지막\s*회)(?:에|을|를|이|가)",
    re.I,
)

_WHOLE_SEASON_OUT = re.compile(
    r"(?:전편|전\s*회차|전\s*에피소드|\d+부작)\S{0,2}\s*(?:\S+\s+){0,3}?(?:동시\s*)?공개했"
)

_STATUS_PATTERNS: dict[str, re.Pattern[str]] = {
    "released": re.compile(
        r"\bnow\s+streaming\b|\bstreaming\s+now\b|\bwent\s+live\b|\b(?:is|are)\s+now\s+on\s+netflix\b|\bout\s+now\b|\bis\s+(?:now\s+)?out\b|\bpremiered\b|\bdebuted\b|\baired\b|"
        r"\b(?:has|have)\s+(?:finally\s+|now\s+|officially\s+)?(?:been\s+)?(?:finally\s+)?(?:released|arrived|premiered|dropped|debuted|landed)\b"
        # "Netflix has released the first images": something released, not the season.
        r"(?!\s+(?:the|a|an|its|their|new|first|official|two|three|four|five|six|seven|eight|nine|ten|several|more|fresh|no|any|"
        r"some|\d+)\s+(?!(?:\S+\s+){0,2}?(?:season|episodes?)\b))|"
        r"\bwas\s+released\b|\b(?:released|arrived|dropped|landed)\s+(?:today|on\s+netflix|its)\b|"
        r"\b(?:landed|arrived|dropped|premiered|debuted)\b[^.;]{0,25}\btoday\b|"
        # A listing's "Episodes S02E01-S02E08 released.": the episodes are out.
        r"\bepisodes\b[^.;]{0,30}?\breleased\s*(?:[.;]|$)|"
        r"\bnow\s+available\b|\bavailable\s+(?:to\s+stream\s+)?(?:on\s+netflix\s+)?now\b|\bis\s+back\s+on\b(?!\s+(?:the\s+)?(?:set|location|track|schedule)\b)|"
        r"\b(?:after|since)\s+(?:premiering|debuting|its\s+(?:\S+\s+){0,3}?(?:premiere|release|debut|launch))|\bsince\s+(?:its\s+)?(?:premiere|release)|"
        r"\b(?:after|since|following)\s+(?:last\s+)?(?:week|weekend|month|(?:mon|tues|wednes|thurs|fri|satur|sun)day)['’]s\s+(?:\S+\s+)?(?:premiere|release|debut|launch)|"
        r"공개됐|공개되었|공개된(?!다)|오늘\s*공개|베일을?\s*벗(?:었|은)|스트리밍\s*중|"
        # "12편 전편을 190여 개국에 동시 공개했다": the whole season, not a video, is out.
        + _WHOLE_SEASON_OUT.pattern
        + r"|"
        r"공개\s*(?:하루|이틀|사흘|나흘|닷새|\d+일|첫\s*날|첫\s*주|이후)\s*(?:만에|째)?|공개\s*\d+\s*주\s*(?:만에|째|차)|공개\s*직후",
        re.I,
    ),
    "date_announced": re.compile(
        r"\b(?:premiere|release)\s+date\s+(?:is\s+)?(?:set|announced|confirmed|revealed|unveiled)\b|"
        r"\b(?:set|sets|fixed|confirmed)\s+the\s+date\b|"
        # "Netflix dates 'All of Us Are Dead' season 2 for 2026"
        r"\bdat(?:es|ed)\s+(?:\S+\s+){0,8}?for\s+(?:20\d\d|early|late|next|this|the\s+(?:first|second)|"
        r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)\b|"
        r"\b(?:sets?|announce[sd]?|confirm(?:s|ed)?|reveal(?:s|ed)?|unveil(?:s|ed)?|gets?)\s+(?:a\s+|the\s+|its\s+)?"
        r"(?:\w+\s+)?(?:premiere|release)\s+date\b|\breveal(?:s|ed)?\s+the\s+date\b|"
        # Not "공개일이 확정되면 안내하겠다": a confirmation still to come.
        r"(?:공개일\S*\s*(?:확정|발표)|공개\s*(?:날짜|일정)\S*\s*(?:확정|발표)|공개일을.{0,20}(?:확정|발표)|"
        r"공개\S*\s*확정|공개만\s*확정)(?!되면|하면|되는\s*대로|되지|될|할)",
        re.I,
    ),
    "trailer": re.compile(
        r"(?:" + _TRAILER_WORDS.pattern + r")[^.;]{0,40}?(?:\breleas\w*|\bunveil\w*|\bdrop\w*|\breveal\w*|"
        r"\bshar\w*|\bdebut\w*|\bis\s+out\b|\bout\s+now\b|\barriv\w*|\blaunch\w*|\bgives?\b|\boffers?\b|\bbrings?\b|"
        r"\bshows?\b|\bteases?\b|\bland(?:s|ed)\b|공개|선보|베일|첫선|눈길|화제|시선|떴|올라왔|올라옴|올라온|올렸|올려|게재|풀렸)|"
        r"(?:\breleas\w*|\bunveil\w*|\bdrop\w*|\breveal\w*|\bshar\w*|\bpost(?:s|ed)\b|\bdebut\w*|\bgets?\b|\bnew\b|\bmain\b|"
        r"\bofficial\b|\bfirst\b|\bfull\b|\bfinal\b|\blatest\b)\s+(?:[\w-]+\s+){0,6}?(?:"
        + _TRAILER_WORDS.pattern
        + r")|"
        r"first[- ]look|"
        r"(?:메인|공식|첫|캐릭터|티저)\s*(?:예고편|티저|포스터|스틸|영상|이미지)|"
        # "A 40-second clip from the new season played at the fan event": footage shown.
        r"\b(?:clip|footage|sneak\s+peek)\s+(?:from|of)\s+(?:[^.;]{0,40}?)\b(?:played|screened|aired|shown|premiered)\b|"
        r"\bsneak\s+peek\b",
        re.I,
    ),
    "wrapped": re.compile(
        r"\bwrap(?:s|ped)\s+(?:up\s+)?(?:filming|production|shooting)\b|\bwraps\s+on\b|"
        # "Filming began in spring 2025 and wrapped in December."
        r"\b(?:filming|shooting|production|photography)\s+(?:began|started)\b[^.;]{0,40}?\band\s+(?:has\s+)?wrapped\b|"
        r"\b(?:filming|shooting|shoot|production(?<!pre-production)(?<!post-production)|photography)\s+(?:has\s+|is\s+)?"
        r"(?:now\s+)?(?:officially\s+)?(?:wrapped|wraps|finished|finishes|ended|ends|concluded|concludes|completed)\b|"
        r"\b(?:finished|finishes|completed|completes|ended|wrapped\s+up)\s+(?:filming|shooting|production|principal\s+photography)\b|"
        r"\b(?:is|are|was|were|['’]re|['’]s)\s+(?:now\s+|officially\s+|finally\s+|all\s+)*done\s+(?:filming|shooting)\b|"
        r"\b(?:finish(?:es|ed)?|complet(?:es|ed)|wrap(?:s|ped))\s+(?:filming\s+|shooting\s+)?(?:all\s+of\s+)?(?:his|her|their)\s+"
        r"(?:part|scenes|role)\b|"
        # "filming for the second season of ... wrapped on July 30": the verb after the subject's phrase.
        r"\b(?:filming|shooting|production(?<!post-production)(?<!pre-production)|photography)\s+(?:on|for|of)\s+(?:(?!\bnot\b|n['’]t\b|\bnever\b|\byet\b|\bbefore\b|\bwhen\b|\bif\b)[^.;,]){0,60}?\s(?:has\s+|had\s+)?"
        r"(?:now\s+)?(?:officially\s+)?(?:wrapped|finished|ended|concluded|completed)\b|"
        r"\b(?:filming|shooting|production(?<!post-production)(?<!pre-production)|photography)\s+(?:(?:on|for|of)\s+(?:(?!\bnot\b|n['’]t\b|\bnever\b|\byet\b|\bbefore\b|\bwhen\b|\bif\b)[^.;,]){0,60}?\s)?"
        r"(?:is|has\s+been)\s+(?:now\s+)?(?:officially\s+)?(?:complete|completed|done|over|finished)\b|"
        r"\bcameras\s+(?:have\s+|having\s+)?stop(?:ped)?\s+rolling\b|\bhas\s+(?:officially\s+)?wrapped\b|"
        # An actor speaking for the production: "We wrapped in October".
        r"\b(?:we|they)(?:['’]ve|\s+have|\s+had)?\s+(?:finally\s+|officially\s+|just\s+)?wrapped\b(?!\s+(?:my|his|her)\b)|"
        r"\bfinal\s+day\s+of\s+(?:filming|shooting)\b|\blast\s+day\s+of\s+(?:filming|shooting)\b|"
        r"\b(?:marks?|marked|marking|celebrat\w+|after)\s+(?:the\s+)?end\s+of\s+(?:filming|shooting|production|principal\s+photography)\b|"
        r"\bwrap\s+party\b|\bthat['’]s\s+a\s+wrap\b|\bit['’]s\s+a\s+wrap\b|"
        # Post-production comes after the shoot: "Season 2 is in post-production", "후반 작업 중".
        r"\b(?:is|are|now)\s+(?:now\s+|deep\s+|well\s+)?(?:in|into)\s+post-?production\b|"
        r"후반\s*작업\s*(?:중(?!인\s*것)|에\s*(?:한창|돌입|들어갔|들어간|착수))|"
        r"크랭크업|촬영\s*종료(?!설)|촬영(?<!첫\s촬영)(?<!첫촬영)을?\s*(?:모두\s*|전부\s*|무사히\s*)?"
        r"(?:마쳤|마쳐|마친|마치고|마무리(?!\s*(?:중|단계|작업|하고\s*있|에\s*한창))|끝냈|끝낸|끝마)|"
        r"촬영\s*마무리(?!\s*(?:중|단계|작업|에\s*한창|하고\s*있|에\s*들어))|"
        r"촬영이\s*(?:모두\s*|다\s*)?(?:끝났|종료|마무리)|촬영\s*(?:다\s*)?끝났|촬영이\s*(?:모두\s*)?끝난\s*(?:것|걸)|"
        # "촬영을 지난주 마쳤다": the wrap with the time it happened in between.
        r"(?<!첫\s)(?<!첫)촬영을\s+(?:(?:지난|최근|이달|올해|어제|무사히|성공적으로|\d+월|\d+일|말|초|중순|하순)\S*\s+){1,3}(?:모두\s*)?(?:마쳤|마쳐(?!야)|끝냈|마무리(?:했|지었))|"
        # "촬영은 지난 5월 마쳤다": the wrap told after the time it happened.
        r"촬영(?:은|이)\s+(?:\S+\s+){1,3}?(?:모두\s*)?(?:마쳤|마쳐(?!야)|끝났|끝냈|마무리(?:됐|했|되었|지었))|마지막\s*촬영을?\s*끝|대장정을?\s*마|쫑파티|"
        r"마지막\s*촬영\s*(?:날|현장)|"
        # "최근 마무리된 '지금 우리 학교는' 시즌2 촬영": the shoot, finished.
        r"(?:마무리된|끝난|종료된)\s+(?:[^\s.]+\s+){0,5}?촬영(?!\s*(?:을|를|이|가|은|는|\S*설))",
        re.I,
    ),
    "cast_announced": re.compile(
        r"명단에\s*(?:이름을\s*)?올(?:렸|랐|린)|(?<!the\s)\bcast\s+(?:as|in|for)\b|"
        # "한서진은 ... 서윤 역을 맡았다": a role given.
        r"역(?:을|으로)\s*맡(?:았다|는다|게\s*됐|기로)|"
        # "The cast announcement named Park Ji-hu, Cho Yi-hyun and Lomon as returning leads".
        r"\bnamed\s+(?:\S+\s+){1,8}?as\s+(?:the\s+)?(?:returning\s+|new\s+)?(?:leads?|stars?|cast\s+members?)\b|"
        r"\b(?:confirmed|announced)\s+(?:\S+\s+){0,3}?as\s+(?:part\s+of\s+|one\s+of\s+)?(?:the\s+)?(?:returning\s+|new\s+)?(?:cast|line-?up)\b|\bjoins?\s+(?:the\s+)?(?:cast|season|sequel|series)\b|\bjoin(?:s|ed|ing)\b|"
        r"\b(?:to|will)\s+(?:play|star|reprise|return\s+as)\b|\breturns?\s+as\b(?!\s+(?:co-?)?(?:producers?|executive|directors?|writers?|showrunners?))|\breturning\s+(?:as|for)\b|\b(?:is|are)\s+back\s+as\b|"
        r"\breprise\w*|\bnewcomers?\b|\bline(?<!\d{4}\sline)-?up\b|\bcasting\s+(?:is\s+)?(?:confirmed|announced|news)\b|"
        r"\b(?:announc\w*|reveal\w*|unveil\w*|confirm\w*)\s+(?:the\s+|its\s+)?(?:new\s+|full\s+|returning\s+)?"
        r"(?:cast|casting|actors?)\b|\bnew\s+cast(?!(?:\s+members?)?\s+(?:shar|post|took|tak|spott|gather|celebrat|react|spoke|said|say|were|are)\w*)(?:\s+members?)?\b|\bcast(?<!featuring\scast)(?<!starring\scast)(?<!with\scast)\s+(?:list|members)\b(?!\s+(?:shar|post|took|tak|spott|gather|celebrat|react|spoke|said|say|were|are)\w*)|"
        r"\bcast\s+added\b|(?<![\"”'’]\s)(?<!dead\s)\bconfirmed\s+to\s+(?:return|appear|star|join)\b|\bcast\s+(?:list\s+)?updated\b|\bwill\s+(?:appear|join)\b|"
        r"\breunit(?:e|es|ed|ing)\b|\bnew\s+faces?\b|"
        r"\bjoin\s+['\"“‘]?(?:all\s+of\s+us|the\s+(?:cast|sequel|series|season|second\s+season))|"
        # "confirmed Han Seo-yul and Kang Tae-rin for the sequel": names, then the season.
        r"\bconfirm\w*\s+(?:(?!(?-i:To|Be|Return|Returning|Back|Officially|Season|The|For)\b)(?-i:[A-Z])[\w-]*\s+){1,3}"
        r"(?:and\s+(?:(?-i:[A-Z])[\w-]*\s+){1,3})?for\s+(?:the\s+)?"
        r"(?:sequel|second\s+season|season\s*(?:2|two)|new\s+season)\b|\badd(?:s|ed|ing)?\b[^.;]{0,50}\bto\s+the\s+cast\b|"
        r"\bboards?\b|\bsigns?\s+on\b|\bsigned\s+on\b|\block(?:s|ed)?\s+in\b(?!\s+(?:(?:a|the|its)\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|20\d\d|early|late|mid|spring|summer|fall|autumn|winter|(?:a\s+)?(?:premiere|release)))|"
        r"\b(?:stars?|leads?|cast|actors?)\b[^.;]{0,60}?\bwill\s+(?:all\s+)?return\b|"
        r"\b(?:announc|reveal|unveil|confirm)\w*\s+(?:(?!video|clip|featuring|nothing|no\b)\S+\s+){0,8}?(?:cast|casting|(?<!\d{4}\s)line-?up)\b|"
        r"\b(?:lift\w*\s+the\s+lid|pull\w*\s+back\s+the\s+curtain|t[ao]ke\w*\s+the\s+wraps\s+off)\s+(?:on|of)\s+"
        r"(?:\S+\s+){0,8}?(?:cast|casting|line-?up)\b|"
        r"캐스팅|출연\s*확정|출연(?:을|이)\s*확정|합류(?!\s*(?:여부|하나|할까|설))(?<!차기작\s합류)(?<!차기작합류)(?<!신작\s합류)|라인업(?<!\d{4}\s라인업)(?<!월\s라인업)(?<!반기\s라인업)(?<!\d{4}년\s라인업)(?<!콘텐츠\s라인업)(?<!넷플릭스\s라인업)(?<!올해\s라인업)(?<!내년\s라인업)(?<!오리지널\s라인업)(?<!작품\s라인업)(?<!공개\s라인업)(?<!한국\s라인업)(?<!신작\s라인업)(?<!시리즈\s라인업)(?<!드라마\s라인업)(?<!영화\s라인업)(?<!연말\s라인업)(?<!연초\s라인업)(?<!연간\s라인업)(?!\s*핵심)|다시\s*뭉(?!칠)|새로\s*출연|복귀\S{0,2}\s*(?:처음으로\s*|공식\s*|최종\s*)*(?:확인|확정)(?!\s*(?:여부|되지|전|안|된\s*바))|"
        r"출연진\S*\s*(?:공식\s*|최종\s*)?(?:공개|확정|발표)(?!일|\s*시기|\s*날)|출연한다|낙점|발탁|특별\s*출연(?!\s*(?:설|여부))|\bcameo\b|"
        # The cast at the season's table read, named by the production: the cast is settled.
        r"출연진\S*\s+(?:\S+\s+){0,6}?(?:대본\s*)?리딩을?\s*(?:마쳤|진행|가졌|열었)|리딩\S*\s+[^.]{0,80}?참석해|"
        r"\btable\s*read\w*\b[^.;]{0,80}?\b(?:attended|joined|gathered|brought\s+together)\b",
        re.I,
    ),
    "in_production": re.compile(
        r"\b(?:begins?|began|started|starts|commence[sd]?|kicks?\s+off|kicked\s+off)\s+(?:filming|shooting|shoot|"
        r"production|principal\s+photography)\b|\bhalfway\s+(?:done|complete|through|point)\b|"
        r"\b(?:filming|shooting|production(?<!post-production)(?<!pre-production)|photography)\b[^.;]{0,60}?\b(?:has|have)\s+been\s+(?:under\s*way|running|going(?:\s+on)?|rolling)\b|"
        r"\b(?:filming|shooting|production(?<!post-production)(?<!pre-production)|photography)\s+(?:has\s+|have\s+)?(?:officially\s+)?(?:begun|began|begins|"
        r"started|starts|commence[sd]|kicked\s+off|got\s+under\s*way|is\s+under\s*way|under\s*way|continues|is\s+ongoing)\b|"
        r"\b(?:filming|shooting|production(?<!post-production)(?<!pre-production)|photography)\s+(?:on|for|of)\s+(?:(?!\bnot\b|n['’]t\b|\bnever\b|\byet\b|\bbefore\b|\bwhen\b|\bif\b)[^.;,]){0,60}?\s(?:has\s+|had\s+)?"
        r"(?:now\s+)?(?:officially\s+)?(?:begun|began|started|kicked\s+off|got\s+under\s*way|continues|rolls\s+on)\b|"
        r"\b(?:shoot|filming|shooting|production(?<!post-production))\s+(?:rolls|continues|goes)\s+on\b|"
        r"\b(?:shoot|filming|shooting|production(?<!post-production)(?<!pre-production))\s+(?:is|are)\s+(?:still\s+)?(?:going\s+on|ongoing|continuing|in\s+progress)\b|"
        r"\bcontinu(?:e|es|ing)\s+(?:to\s+)?(?:shoot|film)(?:ing)?\b|찍는\s*중|찍고\s*있(?:다|어|는|습)|"
        r"\bfinal\s+(?:stretch|weeks|days|leg|phase|stage)\s+of\s+(?:filming|shooting|production|the\s+shoot)\b|"
        r"촬영\s*마무리\s*(?:중|단계|에\s*한창|하고\s*있)|촬영(?:이|은)?\s*\d+\s*%|"
        r"\b\d+\s*%\s+(?:of\s+the\s+way\s+)?(?:through|into)\s+(?:filming|shooting|production)\b|"
        r"\b(?:spotted|seen|caught|photographed)\s+(?:\S+\s+){0,2}?(?:filming|shooting)\b|"
        # "unauthorized images of the ongoing production": the shoot going on, as a noun phrase.
        r"\b(?:the\s+|its\s+)?ongoing\s+(?:production|shoot|filming)\b|"
        # A shoot resumed, or paused for a while, has begun.
        r"촬영(?:이|을)?\s*(?:\S+\s+){0,2}?(?:재개|중단됐|중단되었|중단된\s*상태|잠정\s*중단)|"
        r"\bresum(?:es|ed|ing)\s+(?:filming|shooting|production)\b|"
        r"\b(?:filming|shooting|shoot|production(?<!post-production)(?<!pre-production))\s+(?:on\s+[^.;,]{0,40}?\s)?(?:has\s+|have\s+|had\s+)?(?:been\s+|was\s+|is\s+)?"
        r"(?:resumed|resumes|restarted|restarts|paused|halted|suspended)\b|"
        r"\bin\s+production\b|\bcameras\s+(?:are\s+|began\s+|start\s+|started\s+|have\s+started\s+|have\s+begun\s+)?(?:now\s+|still\s+|finally\s+|officially\s+|first\s+)?roll(?:ing|s|ed)?\b|"
        r"\b(?:filming|shooting|production(?<!post-production)(?<!pre-production)|photography)\b[^.;]{0,60}?\b(?:is|are)\s+(?:now\s+|still\s+|officially\s+)?under\s*way\b|"
        r"\b(?:filming|shooting|production(?<!post-production)(?<!pre-production))\s+[^.;]{0,60}?,\s+which\s+(?:began|started|got\s+under\s*way|kicked\s+off|commenced)\b|"
        r"\bin\s+full\s+swing\b|\b(?:weeks?|days?|months?)\s+of\s+(?:shooting|filming)\s+(?:remain|left)\b|\bremain\s+to\s+be\s+(?:shot|filmed)\b|"
        r"\b(?:filming|shooting|production(?<!post-production)(?<!pre-production))\s+(?:(?:on|of|for)\s+[^.;,]{0,40}?\s)?(?:nears|is\s+nearing|approaches|is\s+approaching)\s+(?:the\s+end|completion|its\s+end|the\s+finish)\b|\bha(?:s|ve)\s+been\s+(?:shooting|filming)\b|\b(?:deep|well|midway|halfway|weeks|months)\s+into\s+(?:filming|shooting|production|the\s+shoot)\b|"
        r"\b(?:is|are)\s+(?:now\s+)?(?:shooting|filming)\b|\b(?:now|currently|still)\s+(?:filming|shooting)\b|"
        r"\bon\s+set\b|\bfirst\s+day\s+of\s+(?:filming|shooting)\b|\bfilming\s+(?:is\s+)?(?:in\s+progress|"
        r"wrapping)\b|"
        r"크랭크인|촬영\s*(?:시작|돌입|중|한창|현장|반환점|진행)|촬영에\s*(?:돌입|들어갔|들어간|착수|한창)|"
        r"촬영을\s*(?:시작|이어(?:가|간|갈|갔)|진행)|촬영(?:이|은)?\s+(?:\S+\s+){0,4}?(?:진행\s*중|진행되|진행된|이어지|이어진|계속되|계속된|한창)|"
        r"촬영하고\s*있|촬영을\s*하고\s*있|"
        r"막바지\s*촬영|촬영(?:이|은)?\s*막바지|첫\s*슬레이트|슬레이트를\s*(?:치|쳤|울)|\bfirst\s+slate\b|\bclapperboard\b|"
        r"첫\s*촬영을?\s*(?:시작|진행|마쳤|했)|제작에\s*(?:돌입|착수)",
        re.I,
    ),
    "renewed": re.compile(
        r"\brenew(?:s|ed|al)?\b|\bgreen-?l(?:it|ighted|ights?)\b|\bcoming\s+back\b|\bwill\s+return\b|"
        # "Netflix said Lee Jae-kyoo will helm the second season", "시즌2 연출을 맡는다": its director set.
        r"\b(?:will|to)\s+(?:again\s+)?(?:direct|helm)\b|\breturns?\s+to\s+(?:direct|helm)\b|"
        r"연출(?:을|도)?\s*(?:다시\s*)?맡(?:는다|기로|고)|"
        r"\bconfirmed\s+for\s+(?:a\s+)?(?:season\s*(?:2|two)|second\s+season)\b|"
        r"\b(?:orders?|ordered|picks?\s+up|picked\s+up)\s+(?:a\s+|the\s+)?(?:sequel|second|new|another)\b|"
        r"\bin\s+development\b|\bis\s+(?:officially\s+)?happening\b|\bofficially\s+(?:coming|on)\b|\bis(?<!\bnothing\sis)\s+official\b|"
        r"\bdead['’\"”]?\s+(?:is\s+)?(?:officially\s+)?confirmed\s+to\s+return\b|\b(?:getting|gets?|got)\s+a\s+sequel\b|\bseason\s*(?:2|two)\s+(?:officially\s+)?confirmed\s+by\b|"
        r"\b(?:getting|gets?|got)\s+(?:a\s+)?(?:second|new|another)\s+season\b(?!\s+(?:trailer|teaser|poster|date|release|premiere)\b)|\bmade\s+it\s+official\b|"
        r"\bseason\s*(?:2|two)\s+order\b|\bseason\s*(?:2|two)(?::\s*|\s+(?:has\s+been\s+|was\s+|is\s+)?(?:officially\s+)?)announced\b(?!\s+(?:for|to|as|with)\b)|\bcommission(?:s|ed)\s+(?:a\s+|the\s+)?(?:sequel|second|new|more|another)\b|"
        r"\b(?:gives?|gave|hands?|handed)\s+(?:\S+\s+){1,8}?(?:a\s+)?(?:second|new|another)\s+season\b(?!\s+of\b)|"
        r"\b(?:has|have)\s+been\s+(?:officially\s+)?(?:ordered|renewed|greenlit|green-?lighted|picked\s+up)\b|"
        r"\b(?:which|that)\s+(?:it|netflix|the\s+streamer)\s+(?:has\s+)?(?:ordered|renewed|greenlit|confirmed)\b|"
        r"\bconfirm(?:s|ed)?\s+(?:a\s+|the\s+)?(?:second\s+season|season\s*(?:2|two)|sequel)\b|"
        r"\bconfirm(?:s|ed)?\s+['‘\"“][^'’\"”]{2,40}['’\"”]\s+(?:season\s*(?:2|two)|second\s+season|sequel)\b|"
        r"\b(?:given|gets?|got|receives?|received)\s+(?:\w+\s+)?(?:a\s+|the\s+)?green[-\s]light\b|"
        r"\bconfirm(?:s|ed)?\s+(?:[\w\s]{0,20}?\s)?that\s+(?:a\s+|the\s+)?(?:second\s+season|season\s*(?:2|two)|sequel)\s+(?:is|was)\s+(?:coming|happening|on)\b|"
        r"제작\s*(?:확정|공식화|소식)|제작을\s*(?:확정|공식|발표|알렸)|제작이\s*(?:확정|결정)|(?:시즌\s*2|속편|후속\s*시즌)\s*(?:확정|간다|나온다(?!면)|공식화)|나온다(?!면|는)(?<!이야기가\s나온다)(?<!얘기가\s나온다)(?<!말이\s나온다)(?<!소문이\s나온다)(?<!목소리가\s나온다)(?<!질문이\s나온다)|제작된다(?!면|는)|"
        r"두\s*번째\s*시즌\s*제작|"
        # "시즌2가 정상적으로 제작 중", "제작이 진행 중": Netflix making the season it ordered.
        r"제작(?:이|을)?\s*(?:정상적으로\s*|순조롭게\s*|계획대로\s*)?(?:진행\s*)?중(?!단)(?!\s*(?:인지|일까|인가))",
        re.I,
    ),
}
# A correction notice repeats what an article got wrong; the headline and the rest say what is so.
_CORRECTION_NOTICE = re.compile(
    r"\ban\s+earlier\s+version\s+of\s+(?:this|the)\s+(?:article|story|report|post)\b|"
    r"\b(?:incorrectly|erroneously|wrongly|mistakenly)\s+(?:said|stated|reported|claimed|wrote)\b|"
    r"(?:이전|앞선|기존)\s*기사(?:에서|에는|는)\s|잘못\s*(?:보도|기재|표기)",
    re.I,
)
_CORRECTION_SCAN = Bilingual(_CORRECTION_NOTICE)
# Developments a plan does not make true: a shoot or a teaser that is coming has not happened.
_PLANNABLE = frozenset({"in_production", "wrapped", "trailer"})
_EPISODE_TALK = re.compile(
    r"\bending\s+explained\b|\bfinale\s+(?:recap|explained)\b|\brecap\b|결말\s*해석", re.I
)
_SLATE = re.compile(r"\b(?:slate|titles|series|shows|films|originals)\b", re.I)
# "Netflix's second-half 2026 K-drama lineup": the year's titles, not a cast.
_SLATE_LINEUP = re.compile(r"\b(?:k-?drama|drama|release|content|streaming|korean|20\d\d)\s+line-?up\b", re.I)
# A cast "to be announced later" is not announced.
_CAST_LATER = re.compile(
    r"추후|나중에|\blater\b|to\s+be\s+(?:announced|revealed)|will\s+be\s+(?:announced|revealed)|"
    r"(?:출연진|캐스팅|라인업)(?:을|를|이|가)?\s*(?:확정\s*)?(?:발표|공개)(?:를|을)?\s*(?:앞둬|앞두고|앞둔|예정|할\s*예정)",
    re.I,
)
# Extras wanted for the shoot are no casting of the season's actors.
_EXTRAS = re.compile(
    r"\bextras\b|\bopen\s+(?:casting|auditions?)\b|\bcasting\s+call\b|보조\s*출연|오디션\s*(?:공고|모집)",
    re.I,
)
# "Cho Yi-hyun on returning for season 2": what an interview is about, not a casting.
_ABOUT_BEFORE = re.compile(r"\b(?:on|about|talks|discusses|opens\s+up\s+about)\s+$", re.I)
# "eager to return as On-jo", "would love to join": an actor's wish, not a casting.
_WISH_BEFORE = re.compile(
    r"\b(?:eager|keen|hop(?:e|es|ing)|wants?|wanted|would\s+love|'d\s+love|dreams?\s+of|longs?)\s+(?:\w+\s+)?(?:to\s+)?$",
    re.I,
)
# Casting that has only begun ("배우 캐스팅도 이제 시작", "casting is under way") has named nobody.
_CASTING_UNDER_WAY = re.compile(
    r"캐스팅\S{0,2}\s*(?:이제\s*|막\s*|본격\s*)?(?:시작|진행\s*중|작업|단계|돌입|착수|나서|나섰|나선|논의|검토|협의|조율|중\b)|"
    r"casting\s+(?:has\s+|is\s+)?(?:just\s+|now\s+)?(?:begun|began|begins|started|starts|under\s*way|underway|calls?)\b",
    re.I,
)
# A development stated with its confirmation survives a denial of something else in the item.
_CONFIRMED = Folded(
    re.compile(
        r"확정했|확정됐|확정되었|확정되자|확정되면서|공식\s*(?:발표|확인)|\bconfirm(?:s|ed)\b|\bannounc(?:es|ed)\b|\bofficially\b|"
        r"밝혔|발표했",
        re.I,
    )
)
# The subject of a clause is one actor ("로몬, ...", "Lomon finishes ..."): a wrap is their part.
_ACTOR_SUBJECT = re.compile(rf"^(?:\[[^\]]{{1,8}}\]\s*)?(?:{_CAST.pattern})(?:,|이|가|은|는|\s)", re.I)


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


# A quoted title right before the marker: the season is that title's.
_QUOTED_TITLE = re.compile(r"['‘\"“《「][^'’\"”》」]{1,30}['’\"”》」]\s*$")


def _bound_alias(text: str, *, show_context: bool, item: str = "") -> str | None:
    """The words that bind a show name to a season-2 marker (rule R1), or None. When the ``item``
    (its whole text) names another work or an actor's own series, "the All of Us Are Dead star joins
    the second season" names a person of the show and that other work's season."""
    for match in _ALIASES.finditer(text):
        after = text[match.end() : match.end() + 80]
        before = text[max(0, match.start() - 60) : match.start()]
        if item and _PERSON_AFTER.match(after) and _persons_work(item):
            continue
        bound = _MARKER_AFTER.match(after)
        if (
            bound is not None
            and (show_context or not bound.group("gap"))
            # "'All of Us Are Dead' Star Cho Yi-hyun Joins Season 2 of 'Night Shift Diaries'"
            and not _OF_ANOTHER_WORK.match(text, match.end() + bound.end())
            # "All of Us Are Dead webtoon gets a sequel": the webtoon's.
            and not _WEBTOON.match(after)
            # "'지금 우리 학교는'의 조이현이 드라마 '캠퍼스 미스터리' 시즌2에": the other title's season.
            and not (bound.group("gap") and _QUOTED_TITLE.search(bound.group("gap")))
        ):
            return _quote(text, match.start(), match.end() + bound.end(), pad=0)
        bound = _MARKER_BEFORE.search(before)
        if bound is not None and (show_context or not bound.group("gap")):
            return _quote(text, match.start() - (len(before) - bound.start()), match.end(), pad=0)
    return None


_SUMMARY_SENTENCE = re.compile(r"\s(?<=[.!?]\s)\s*")
# The headline's show, referred to again in the summary.
_THE_SHOW = re.compile(
    r"\bthe\s+show\b|\bzombie\s+(?:hit|drama|series|show|thriller|sequel)\b|\bthe\s+(?:k-?drama|hit)\b|"
    r"\bnetflix['’]s\s+(?:korean\s+)?(?:hit|zombie)|이\s*작품|좀비\s*(?:드라마|시리즈|물)",
    re.I,
)


_RECORD_TITLE = re.compile(rf"\s*['‘\"“]?(?:{_ALIASES.pattern})['’\"”]?(?:\s*\(\S+\))?\s*", re.I)
# "Season 2 added 22.6 million views ...": a summary sentence about the season, under the show's name.
_OPENS_WITH_SEASON_TWO = re.compile(
    r"\s*(?:as\s+for\s+)?(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:season\s*(?:2|two)|second\s+season|sequel)\b(?!\s+of\b)|"
    r"\s*시즌\s*2",
    re.I,
)
_HANGUL_IN = re.compile(r"[가-힣]")
_KOREAN_SEASON_TWO = re.compile(r"시즌\s*2(?!\d)|두\s*번째\s*시즌")
_NEW_SEASON = re.compile(r"\b(?:the\s+)?new\s+season\b|새\s*시즌", re.I)


def _persons_work(text: str) -> bool:
    return _other_title(text) or _PERSONS_OWN_WORK.search(text) is not None


_PERSON_AFTER = re.compile(
    r"['’\"”]?\s+(?:stars?|actors?|actress(?:es)?|alum\w*|lead|cast\s+members?)(?:['’]s?)?\b", re.I
)
# "The All of Us Are Dead actor's romance series": a work of the actor's own.
_PERSONS_OWN_WORK = re.compile(
    r"\b(?:actor|actress|star)['’]s\s+(?:new\s+|next\s+|other\s+|latest\s+|upcoming\s+)?(?:\w+\s+)?"
    r"(?:series|drama|show|film|movie)\b|\b(?:his|her|their)\s+(?:new|next|other|latest|upcoming)\s+"
    r"(?:\w+\s+)?(?:series|drama|show|film|movie)\b|\b(?:new|next|other|latest|upcoming)\s+"
    r"(?:\w+\s+)?(?:drama|film|movie)\b",
    re.I,
)


# "renewed the drama for a third season after the second, which premiered in March"
_THE_SECOND_WHICH = re.compile(r"\bthe\s+second(?:\s+season)?,?\s+which\b", re.I)
_THIRD_SEASON_AFTER = re.compile(
    r"(?:\s+\S+){0,4}?\s+(?:for\s+)?(?:a\s+|its\s+)?(?:third\s+season|season\s*(?:3|three))\b|\S{0,2}\s*시즌\s*3",
    re.I,
)
_SEASON_THREE = Folded(
    re.compile(r"\bseason\s*(?:3|three)\b|\bthird\s+season\b|시즌\s*3(?!\d)|세\s*번째\s*시즌", re.I)
)
_SEASON_TWO_NAMED = re.compile(
    r"season\s*(?:2|two)(?!\d)|second\s+season|\bS2\b|\bS0?2E\d|\b2x\d\d|\bsophomore\b|\bthe\s+second,|시즌\s*2(?!\d)|두\s*번째\s*시즌|지우학\s*2|학교는\s*2|dead\s*2\b",
    re.I,
)


_SAID_BEFORE = re.compile(
    r"\b(?:is|are|was|were|says?|said|calls?|called|tells?|told)\s+(?:\w+\s+){0,2}$", re.I
)


def _other_work(text: str) -> bool:
    """Whether the item names a work that is not this show (a quoted title of another, or a film)."""
    return _FILM.search(text) is not None or _other_title(text)


def _other_title(text: str) -> bool:
    """Whether the text quotes the title of a work that is not this show."""
    # A title is a few words; a longer quote is someone speaking ("'love to show what happens ...'"),
    # and so is what a Korean headline quotes in double quotes, with any term it quotes inside.
    text = _KOREAN_SPEECH.sub(" ", text)
    return any(
        _ALIASES.search(m.group(1)) is None
        and len(m.group(1).split()) <= 6
        and not _SPEECH.match(m.group(0))
        and not _CHARACTERS.search(m.group(1))  # "'Thank you, On-jo'": a caption to a character
        and not _SPOKEN_WORDS.search(m.group(1))  # "'Bigger and bloodier'": titles capitalise their words
        and not (m.start() == 0 and text.startswith(":", m.end()))  # "'...': the director on ..."
        and not _SAID_BEFORE.search(
            text, max(0, m.start() - 24), m.start()
        )  # "Says ... Is 'Up to the Audience'"
        for m in _QUOTED.finditer(text)
    )


def _relevance(title: str, summary: str) -> tuple[bool, float, list[str]]:
    text = f"{title}\n{summary}"
    season_three = _SEASON_THREE.search(text)
    if season_three is not None and not _SEASON_TWO_NAMED.search(text):
        # "Season 3 Officially Ordered": its renewal words are the third season's.
        return False, 0.85, [f"not relevant: {season_three.group(0)!r} and no word of season 2"]
    # The show's makers or its characters are as much its context as "Netflix" or "zombie".
    show_context = _SHOW_CONTEXT.search(text) is not None or (
        _CREW.search(text) is not None and not _other_title(text)
    )
    bound = _bound_alias(title, show_context=show_context, item=text)
    if bound is not None:
        return True, 0.95, [f"relevant (R1, title): {bound!r} names the show with a season-2 marker"]
    bound = _bound_alias(summary, show_context=show_context, item=text)
    if bound is not None:
        return True, 0.85, [f"relevant (R1, summary): {bound!r} names the show with a season-2 marker"]
    if _RECORD_TITLE.fullmatch(title) and _ANY_MARKER.search(summary) and not _FILM.search(summary):
        # A listing titled with the show's name alone (an episode guide, a catalogue page): its
        # "Season 2" and "S02E01" are this show's.
        return True, 0.85, ["relevant (R1, record): a page titled with the show's name that names season 2"]
    title_alias = _ALIASES.search(title)
    # "All of Us Are Dead webtoon gets a sequel", "웹툰 '지금 우리 학교는' 주동근 작가, 새 웹툰 연재": the
    # headline is about the webtoon.
    webtoon_title = title_alias is not None and bool(
        _WEBTOON.match(title, title_alias.end())
        or _WEBTOON_BEFORE.search(title, max(0, title_alias.start() - 12), title_alias.start())
    )
    if title_alias is not None and not _FILM.search(title) and not _other_title(text) and not webtoon_title:
        # ("on film and TV" in a summary is no film's title; a headline about a film is.)
        # A Korean headline quotes every other title it names: "'지우학' 공개 4주년, 시즌2는 지금…"
        # names one show and its season 2.
        korean_marker = _ANY_MARKER.search(title) if _HANGUL_IN.search(title) else None
        korean_title_names_show = _HANGUL_IN.search(title) is not None
        if korean_marker is not None:
            return True, 0.8, [f"relevant (R1, headline): the show and {korean_marker.group(0)!r}"]
        # "All of Us Are Dead stars in talks to return for season 2" over a summary naming its cast.
        title_marker = _ANY_MARKER.search(title)
        if title_marker is not None and (
            len(set(_CAST.findall(summary))) >= 2
            or _CREW.search(summary)
            or (_CHARACTERS.search(summary) and _ANY_MARKER.search(summary))  # "the outbreak at Hyosan High"
        ):
            why = f"relevant (R1, headline): the show and {title_marker.group(0)!r}, its world named below"
            return True, 0.8, [why]
        # "'All of Us Are Dead' Returns on the 29th" over "Netflix's zombie hit comes back for season 2":
        # the headline names the show, the summary says which season of it.
        for sentence in _SUMMARY_SENTENCE.split(summary):
            marker = _ANY_MARKER.search(sentence) or _NEW_SEASON.search(sentence)
            if korean_title_names_show and _KOREAN_SEASON_TWO.search(sentence):
                # "'지금 우리 학교는' 시즌3 제작 확정" over "지난 4월 공개된 시즌2가 ...": a Korean headline
                # quotes the show, and the summary's "시즌2" is its season 2.
                why = "relevant (R1, headline and summary): the show, and '시즌2' of it"
                return True, 0.8, [why]
            if _OPENS_WITH_SEASON_TWO.match(sentence):
                why = f"relevant (R1, headline and summary): the show, then {sentence[:30]!r}"
                return True, 0.8, [why]
            # The show's makers or its cast speaking of "the new season" speak of this show's.
            if marker is not None and (
                _THE_SHOW.search(sentence) or _CREW.search(sentence) or len(set(_CAST.findall(sentence))) >= 2
            ):
                why = f"relevant (R1, headline and summary): the show, and {marker.group(0)!r} of it"
                return True, 0.8, [why]
    cast = {" ".join(m.group(0).lower().split()) for m in _CAST.finditer(text)}
    characters = _CHARACTERS.search(text)
    marker = _ANY_MARKER.search(text)
    # Another work named beside a character ("who played Su-hyeok in ...") is that work's season.
    if (
        marker is not None
        and not _other_work(text)
        and (characters is not None or (len(cast) >= 2 and _ZOMBIE.search(text)))
    ):
        context = f"character {characters.group(0)!r}" if characters else f"cast {sorted(cast)} and 'zombie'"
        return True, 0.7, [f"relevant (R2): {context} with season-2 marker {marker.group(0)!r}"]
    crew = _CREW.search(text)
    if (
        marker is not None
        and crew is not None
        and (re.search(r"netflix|넷플릭스|zombie|좀비", text, re.I) or _ALIASES.search(text))
        and not webtoon_title
        and not _other_work(text)
        and not _FILM.search(text)
    ):
        return True, 0.7, [f"relevant (R2): {crew.group(0)!r} of the show with {marker.group(0)!r}"]
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


def _negated(text: str, start: int, end: int) -> bool:
    # A negation's scope ends at a comma: "With filming yet to start, the sequel could hit Netflix",
    # and at a Korean reason or contrast: "촬영도 아직 안 했으니까 ... 2024년쯤 공개할 듯".
    before = _SCOPE_END.split(text[max(0, start - 40) : start])[-1]
    if _NEGATION_BEFORE.search(before):
        # "doesn't arrive on Netflix until January 29th" says when it does.
        return not _UNTIL_AFTER.match(text, end)
    return bool(_NEGATION_AFTER.match(text[end : end + 44]))


_SCOPE_END = re.compile(r", |: |(?:니까|니깐|는데|지만)(?<=[가-힣]..)\s+")
_UNTIL_AFTER = re.compile(r"[^.;,]{0,25}?\buntil\b", re.I)


def mention_text_between(anchor: re.Match[str], mention: DateMention) -> str:
    """The words between an anchor and a date, a weekday written before the date left out
    ("arrives Friday, March 13")."""
    return _WEEKDAY_BEFORE.sub("", anchor.string[anchor.end() : mention.start])


_WEEKDAY_BEFORE = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s*$")


def _distance(mention: DateMention, anchor: re.Match[str], language: str) -> int:
    """How far an anchor word is from a date, in the direction the language binds them: a Korean time
    adverb precedes its verb ("26일 공개된다"), English names the date after the verb or just before
    the noun ("premieres on Feb. 26", "a 2027 release")."""
    if anchor.start() >= mention.end:
        gap = anchor.start() - mention.end
        if language == "ko":
            return gap
        if gap > 12 or "," in anchor.string[mention.end : anchor.start()]:
            return 10_000  # only "a 2027 release", "February premiere date"; not "2024, with a release"
        # The noun the date is an adjective of ("confirmed an early 2027 window") binds closest.
        return 0 if gap <= 1 else gap + 6
    gap = mention.start - anchor.end()
    if language == "ko":
        return gap * 2 + 10
    return gap + 40 if ", " in mention_text_between(anchor, mention) else gap


# "공개일", "release date", "공개 시기": the release as a noun. A day next to it is when something was
# said about the release ("넷플릭스는 10일 공개일을 발표"), not the release; only a verb dates it.
_NOMINAL_RELEASE = re.compile(
    r"^(?:일|\s*(?:시기|시점|일정|날짜|보도|여부|계획))|^\s*(?:date|window|plans?|schedule|timing)\b", re.I
)
# Words that put a date ahead: "will", "ahead of its November 13 debut".
_WILL = Folded(
    re.compile(r"\bwill\b|\bahead\s+of\b|\b(?:days?|weeks?|hours?|months?)\s+before\s+(?:the|its)\b", re.I)
)
# A premiere told in the present is still to come: "which premieres on January 23".
_PRESENT_RELEASE = Folded(
    re.compile(
        r"\b(?:premieres|arrives|returns|lands|drops|debuts|launches|hits)\b|공개된다|공개한다|찾아온다|돌아온다|선보인다",
        re.I,
    )
)
# A shoot described as under way or done in a modifier of the show, which a guess about something else
# leaves alone.
_GIVEN = {
    # "Production on the sequel, which Netflix confirmed back in June 2022, could begin ...".
    # "지난 2022년 6월 넷플릭스가 시즌2 제작을 공식 발표한 '지금 우리 학교는'이 ... 촬영에 들어갈 것으로
    # 전해졌다": the renewal describes the show; only the shoot is reported.
    "renewed": Folded(
        re.compile(
            r"\b(?:which|that)\s+(?:it|netflix|the\s+streamer)\s+(?:has\s+)?(?:ordered|renewed|greenlit|confirmed)\b|"
            r"\b(?:netflix|the\s+streamer),\s+which\s+(?:has\s+)?(?:already\s+)?(?:renewed|ordered|greenlit)\s+\S+|"
            r"\b(?:with|after)\s+(?:netflix|the\s+streamer)\s+having\s+(?:renewed|ordered|greenlit)\b|"
            r"\b(?:after|following)\s+(?:the\s+|its\s+)?(?:season\s*(?:2|two)\s+)?renewal\b|"
            r"제작(?:을|이)?\s*(?:공식\s*)?(?:발표|확정|공식화)(?:한|된|지은|했던|됐던)\s",
            re.I,
        )
    ),
    # "지난달 20일 첫 티저를 공개한 '지우학2'가 ... 공개된다는 소문": the teaser describes the season.
    # "넷플릭스가 앞서 올해 1분기 공개를 확정한 '지우학2'는 ... 3월 공개가 유력".
    # "내년 1월 29일 공개를 앞둔 '지우학2'에 이어 시즌3 제작이 논의되는 것으로 알려졌다": the day is given.
    "date_announced": Folded(
        re.compile(
            r"공개(?:를|가)?\s*확정(?:한|된|지은)\s|\d\s*일\s*공개(?:를|가)?\s*앞둔\s(?!것)|"
            r"\bahead\s+of\s+(?:its|the)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}"
            r"(?:st|nd|rd|th)?\s+(?:premiere|release|debut|launch)\b",
            re.I,
        )
    ),
    # "시즌2 공개 3주 만에 가진 인터뷰에서 시즌3에 대한 바람을": the season is out, only the wish is not.
    "released": Folded(
        re.compile(
            r"(?:시즌\s*2|속편|후속\s*시즌)\S{0,2}\s*공개\s*(?:\d+\s*주|\d+\s*일|하루|이틀|사흘|나흘|닷새)\s*(?:만에|째)"
        )
    ),
    "trailer": Folded(
        re.compile(
            r"(?:티저|예고편|포스터|스틸)\S{0,2}\s*(?:영상을?\s*)?(?:을|를)?\s*(?:공개한|선보인)\s|"
            # "Netflix released the teaser on Friday, and a deleted post suggested ...".
            r"\b(?:released|dropped|unveiled|debuted)\s+(?:the|a|its)\s+(?:[\w-]+\s+){0,2}?(?:teaser|trailer|poster)\b",
            re.I,
        )
    ),
    # "출연진 명단에 이름을 올린 류하준에게 관심이 쏠린다": the casting describes who the remark is about.
    "cast_announced": Folded(
        re.compile(
            r"출연진\s*명단에\s*(?:이름을\s*)?올린|출연(?:을|이)?\s*확정(?:한|된|지은)\s|합류를?\s*확정(?:한|지은)\s"
        )
    ),
    "in_production": Folded(
        re.compile(
            r"(?:현재|한창)\s*촬영\s*중인|촬영이\s*한창인|촬영을\s*(?:진행|이어가고\s*있)\s*(?:중인|는)|"
            # "크랭크인한 '지우학2', 공개는 내년 상반기 전망": the shoot begun describes the season
            # guessed at.
            r"크랭크인한\s+(?!뒤|후)|촬영(?:을|에)?\s*(?:시작한|들어간|돌입한)\s+(?!뒤|후)|"
            # "The Netflix sequel, which began shooting last October, is reportedly in its final weeks".
            r"\b(?:which|that)\s+(?:began|started|has\s+been)\s+(?:shooting|filming|production)\b",
            re.I,
        )
    ),
    # "촬영 마친 '지우학2', 하반기 공개 가능성": the wrap describes the season the guess is about.
    "wrapped": Folded(
        re.compile(
            r"촬영을?\s*(?:모두\s*)?(?:마친|끝낸)\s+(?!뒤|후)|크랭크업한\s+(?!뒤|후)|촬영을?\s*(?:모두\s*)?마치고\s+(?:곧장\s+|바로\s+)?후반\s*작업|"
            # "The sequel, which wrapped filming in December, may be lined up ...".
            r"\b(?:which|that)\s+(?:has\s+|had\s+)?(?:wrapped|finished)\s+(?:filming|shooting|production)\b",
            re.I,
        )
    ),
}
_FOOTAGE_JUST_BEFORE = Folded(
    re.compile(
        rf"(?:{_TRAILER_WORDS.pattern})\W*(?:\w*|(?:(?:is|are|was|could|will|would|may|might|said|set|expected|due|"
        r"tipped|rumou?red|to|be|now)\s+){1,4})\s*$",
        re.I,
    )
)
# What a release verb may have put out besides the season: footage, and pictures of it.
_FOOTAGE_OBJECT = Folded(
    re.compile(
        rf"{_TRAILER_WORDS.pattern}|\bimages?\b|\bphotos?\b|\bpictures?\b|\bkey\s+art\b|\bartwork\b|사진|이미지|"
        # "dropped the date without warning": the news was released, not the season.
        r"\bthe\s+(?:premiere\s+|release\s+)?date\b|\bthe\s+news\b|\ban?\s+announcement\b",
        re.I,
    )
)
_RELEASE_SCAN = Bilingual(_RELEASE_WORDS)
_TODAY = re.compile(r"오늘")
_LATER_TODAY = re.compile(r"공개된다|공개될\s*예정|공개\s*예정|공개한다")
_OTHER_SCAN = Bilingual(_OTHER_ANCHORS)
_PAST_SCAN = Bilingual(_PAST_RELEASE)
# A premiere still to come, in a verb: "premieres", "will arrive", "공개된다".
_COMING_SCAN = Bilingual(
    re.compile(
        f"{_FUTURE.pattern}|{_PRESENT_RELEASE.pattern}|"
        r"\b(?:streams|comes|is\s+(?:coming|set|slated|due))\b|공개\s*확정|공개",
        re.I,
    )
)
_FUTURE_SCAN = Bilingual(_FUTURE)
_RECEPTION_SCAN = Bilingual(_RECEPTION)
_TRAILER_SCAN = Bilingual(_TRAILER_WORDS)
_STATUS_SCAN = {status: Bilingual(pattern) for status, pattern in _STATUS_PATTERNS.items()}
_DAY_WORDS = frozenset({"weekday", "rel_day", "ko_bare_d", "en_bare_d"})


_ADNOMINAL = re.compile(r"(?:된|한|인|은)(?=\s)")
_PARTICLE_SPACE = re.compile(r"[가-힣](?:이|가|은|는|을|를|에서|에|의|으로|로)(?=\s)")
# What a released thing may be when it is the show: "공개된 시즌2는", "공개된 작품".
_THE_WORK = re.compile(
    _SEASON_TWO.pattern + "|" + _ALIASES.pattern + r"|작품|시리즈|드라마|시즌|에피소드|회차", re.I
)


_SINCE_RELEASE = re.compile(r"(?:된|한)\s*지\s")
# The end of a quoted caption: "'2026년 상반기 공개'라는 문구".
_CAPTION_END = re.compile(r"\s*(?:예정|확정)?\s*['’\"”](?:이라는|라는|란|이란)")


def _another_thing_made_public(text: str, end: int) -> bool:
    """Whether the noun a Korean adnominal release word ("공개된", "공개한") describes, from ``end``
    on, is footage or something else made public ("화보 인터뷰", "라인업"), not the show."""
    head = _PARTICLE_SPACE.search(text, end, end + 40)
    phrase = text[end : head.end() if head else end + 40]
    return _TRAILER_WORDS.search(phrase) is not None or _THE_WORK.search(phrase) is None


def _release_of_footage(text: str, release: re.Match[str], language: str) -> bool:
    """Whether a release word tells of a teaser or poster coming out rather than the season: its
    subject (Korean: "티저 영상이 ... 공개될") or object ("dropped the first teaser") is footage (or, in
    Korean, another thing made public: "출연진을 20일 공개했다")."""
    if language == "ko":
        if _CAPTION_END.match(text, release.end()) or _SINCE_RELEASE.match(text, release.end()):
            # "'2026년 상반기 공개'라는 문구로 끝나": the footage's own words about the season;
            # "공개된 지 닷새 만에": the time since the season came out.
            return False
        adnominal = _ADNOMINAL.match(text, release.end())
        if adnominal is not None:
            # "지난 17일 공개된 '지우학2' 메인 예고편이": the noun the verb describes comes after it;
            # footage, or something else that was made public ("10일 공개한 ... 라인업에"), not the show.
            return _another_thing_made_public(text, adnominal.end())
        before = text[: release.start()]
        footage = [m.end() for m in _TRAILER_WORDS.finditer(before)]
        # "시즌2 출연진을 20일 공개했다": the object made public is the cast, not the season.
        footage += [m.end() for m in _OTHER_OBJECT.finditer(before)]
        season = [m.end() for m in _SEASON_TWO.finditer(before)]
        season += [m.end() for m in _ALIASES.finditer(before)]
        return bool(footage) and max(footage) > max(season, default=-1)
    after = text[release.end() : release.end() + 30].split(",")[0]  # "its premiere, giving a first look"
    before = text[max(0, release.start() - 30) : release.start()]
    that = max((m.end() for m in _THAT.finditer(text, 0, release.start())), default=0)
    return bool(
        _FOOTAGE_OBJECT.search(after)
        or _FOOTAGE_JUST_BEFORE.search(before)
        or _FOOTAGE_SUBJECT.match(text, 0, release.start())
        # "announced that a first look at the zombie sequel is coming on July 14"
        or (that and _FOOTAGE_SUBJECT.match(text, that, release.start()))
        # "the teaser trailer for season 2, which Netflix released Tuesday"
        or _FOOTAGE_WHICH.search(text, max(0, release.start() - 120), release.start())
    )


_THAT = re.compile(r"\bthat\s+", re.I)


_OTHER_OBJECT = re.compile(
    r"(?:출연진|라인업|캐스팅|명단|배역|일정|공개일|현장|세트장?|사진|이미지|모습|영상)(?:을|를|이|가)\s"
)
# "The first teaser for the K-zombie sequel debuted Sunday": the subject is footage.
_FOOTAGE_SUBJECT = re.compile(
    rf"\s*(?:the|a|an|its|netflix['’]s)?\s*(?:[\w-]+\s+){{0,2}}?(?:{_TRAILER_WORDS.pattern})"
    r"(?:\s+(?:for|of|from|at)\s+(?:(?!\bahead\s+of\b|\bbefore\b)[^,;]){0,60}?)?"
    r"(?:\s+(?:could|will|would|may|might|is|are|is\s+(?:set|expected|due)\s+to))?,?\s*$",
    re.I,
)


_FOOTAGE_WHICH = Folded(
    re.compile(
        rf"(?:{_TRAILER_WORDS.pattern})\s+(?:for|of)\s+[^,;]{{0,60}},\s+which\s+(?:netflix|the\s+streamer|it)\s+$",
        re.I,
    )
)
_EARLIER_PLAN = Folded(
    re.compile(
        r"\b(?:previously|originally|initially|formerly|once)\s+(?:\w+\s+){0,3}?(?:on\s+|for\s+)?$|\binstead\s+of\s+$|"
        r"(?:당초|기존|원래)\s*(?:(?!\S*에서\s)\S+\s+){0,2}?$",
        re.I,
    )
)
# "from Feb. 26 to March 19", "from its Nov. 13 slot to Jan. 29"
_CHANGED_FROM = re.compile(r"^\s*에서\s|^,?\s+(?:(?:slot|date|premiere|release|debut)\s+)?to\s+", re.I)
_FROM_BEFORE = re.compile(
    r"\bfrom\s+(?:(?:its|the|a)\s+)?(?:(?:original|planned|earlier|previous)\s+)?$", re.I
)


# "올해 공개가 점쳐졌던 시즌2": a window guessed before, which the sentence then moves on from.
_GUESSED_BEFORE = re.compile(
    r"\s*\S{0,4}\s*(?:공개|방영)?\S{0,2}\s*(?:점쳐졌던|예상됐던|예정이었던|목표였던|거론됐던|유력했던)"
)


def _superseded(text: str, mention: DateMention) -> bool:
    """A date the premiere moved away from: "previously set for Feb. 26", "당초 2월 26일에서 3월 19일로",
    "from Feb. 26 to March 19"."""
    # A match may begin with the space before its words (" this year"): the plan ends before it.
    start = (
        mention.start
        + len(text[mention.start : mention.end])
        - len(text[mention.start : mention.end].lstrip())
    )
    before = text[max(0, start - 40) : start]
    if _EARLIER_PLAN.search(before):
        return True
    after = text[mention.end : mention.end + 16]
    if after.lstrip().startswith(("에서", "→", "->", "⇒")) or _GUESSED_BEFORE.match(after):
        return True
    return bool(_CHANGED_FROM.match(after)) and bool(_FROM_BEFORE.search(before))


# "Netflix's weekly chart released on November 17": something else that came out that day.
_OTHER_RELEASED_BEFORE = re.compile(
    r"\b(?:chart|ranking|rankings|list|report|data|figures|numbers|statement|results?)\s+(?:was\s+|were\s+)?$",
    re.I,
)
# A schedule's line: the day, a colon, the season.
_LISTED_ON_BEFORE = re.compile(
    rf"(?:^\s*|,\s*|\band\s+|:\s*)['‘\"“]?(?:{_ALIASES.pattern})['’\"”]?\s*(?:season\s*(?:2|two)|S2)['’\"”]?\s+(?:on\s+)?$",
    re.I,
)
# A headline that is the season, then when: "All of Us Are Dead season 2 in December, per insiders".
_SEASON_IN_BEFORE = re.compile(
    rf"\s*['‘\"“]?(?:{_ALIASES.pattern})['’\"”]?\s*(?:season\s*(?:2|two)|S2)['’\"”]?\s+(?:(?:in|on)\s+)?",
    re.I,
)
_LISTED_BEFORE = re.compile(
    rf"(?:{_ALIASES.pattern})['’\"”]?\s*(?:season\s*(?:2|two)|S2\b|시즌\s*2|2\b)['’\"”]?\s*\(\s*$", re.I
)
_LISTED_AS = re.compile(
    rf"\s*(?:\([월화수목금토일]\))?\s*(?:(?:[:–—-]|에는|에)\s*(?:넷플릭스\s*|netflix(?:['’]s)?\s+)?['\"“‘]?(?:{_ALIASES.pattern})['’\"”]?\s*"
    r"(?:season\s*(?:2|two)|S2\b|시즌\s*2|2\b)|"
    # "3월 12일 '지금 우리 학교는' 시즌2를 시작으로": a slate listed by date
    rf"['\"“‘]?(?:{_ALIASES.pattern})['’\"”]?\s*(?:시즌\s*2|2)\S{{0,2}}\s*(?:시작으로|공개|출격))",
    re.I,
)


_ITS_BEFORE = re.compile(r"\bits\s+(?:[\w-]+\s+){0,2}$", re.I)
_RENEWAL_TALK = re.compile(r"\brenew\w*|\border\w*|\bgreen-?l\w+|제작\s*(?:확정|여부)", re.I)
_RANGE_AFTER = re.compile(r"\s*[~∼〜–-]\s*\d")
_RANGE_BEFORE = re.compile(r"\d\s*일?\s*[~∼〜–-]\s*$")
_DEBUT_BEFORE = re.compile(r"\b(?:debut|premiere|release|launch|bow)\s+(?:(?:in|on|last)\s+)?$", re.I)
_DEBUT_AFTER = re.compile(r"\s*(?:debut|premiere|release|launch|bow)\b", re.I)


_OTHER_SEASON = Folded(
    re.compile(
        rf"(?:season\s*(?:2|two)|second\s+season)\s+of\s+(?!['\"“‘]?(?:{_ALIASES.pattern}|netflix|the\b|its\b|this\b))"
        r"['\"“‘]?(?-i:[A-Z])",
        re.I,
    )
)


def _quoted_label(text: str, match: re.Match[str]) -> bool:
    """The words are a quoted label ("showing the season as 'Now Streaming'"), not said of the season."""
    return bool(
        _QUOTE_OPENS.search(text, max(0, match.start() - 2), match.start())
        and _QUOTE_CLOSES.match(text, match.end(), match.end() + 2)
    )


_QUOTE_OPENS = re.compile(r"['‘\"“]\s*$")
_QUOTE_CLOSES = re.compile(r"\s*['’\"”]")


# "based on season one's turnaround we think late 2026": season 1 as the ground of a guess at season 2.
_ON_THE_BASIS = re.compile(
    r"\b(?:based\s+on|given|judging\s+(?:by|from)|going\s+by)\s+(?:[\w'’]+\s+){0,4}?(?:first\s+season|season\s*(?:1|one))",
    re.I,
)
_PUT_OFF_AFTER = re.compile(
    r"\s*(?:이|가|은|는|일정이?|시기가?)?\s*(?:연기|미뤄|미룬|지연|보류|무기한)|"
    # "크랭크인 임박", "촬영을 앞둔": the shoot is about to begin.
    r"\s*(?:을|를|이|가)?\s*(?:임박|앞둔|앞두고|앞뒀|코앞|초읽기|카운트다운|눈앞)|"
    # "촬영 시작 전", "before filming starts": the shoot is still to begin.
    r"\s*전(?!부터|에\s*(?:이미|벌써))|"
    r"\s+(?:has\s+been\s+|was\s+|is\s+)?(?:delayed|postponed|pushed\s+back|put\s+on\s+hold)\b",
    re.I,
)
# "the first trailer will debut", "a first look at the zombie sequel is coming on July 14".
_WILL_AFTER = re.compile(
    r"(?:\s+(?:for|of|at|from)\s+[^,;.]{0,40}?)?"
    r"\s+(?:will|is\s+(?:set|due|scheduled|expected|slated)\s+to|(?:is\s+)?coming\s+(?:soon|next|on|this|in))\b",
    re.I,
)
_BEFORE = re.compile(r"\b(?:before|until|till)\s+(?:the\s+)?$", re.I)
_FUTURE_AUXILIARY = r"\b(?:to|will|would|plans\s+to|set\s+to|going\s+to|expected\s+to)\s+"
_TO_ANNOUNCE = re.compile(_FUTURE_AUXILIARY + "$", re.I)
# "the streamer is said to be targeting 2027": the premiere's target; "Filming Reportedly Targeting
# 2024" is the shoot's.
_TARGET_BY = re.compile(
    r"\b(?:streamer|netflix|season(?:\s*(?:2|two))?|sequel|series|show)['’]?\s+(?:(?:is|was|are|has|have|had|been|be|now|"
    r"reportedly|also|already|said|to|quietly|still|may|might|could|would|will)\s+){0,4}$",
    re.I,
)
_DATE_TO_BE_ANNOUNCED = re.compile(
    r"(?:일|\s*(?:날짜|일정|시기))\s*(?:을|를)?\s*(?:\S+\s+)?(?:발표할|공지할|알릴|밝힐|발표\s*예정|공개할\s*예정)"
)
_ANNOUNCE_BEFORE = re.compile(
    _FUTURE_AUXILIARY + r"(?:announce|reveal|unveil|share)\s+(?:the\s+|its\s+)?$", re.I
)
_REPORT_CALLED_FALSE = Folded(
    re.compile(
        r"\b(?:den(?:y|ies|ied|ying)|dismiss(?:es|ed|ing)?|shoots?\s+down|shot\s+down|debunk\w*|refut\w*|quash\w*)\b"
        r"[^.;]{0,80}?\b(?:reports?|rumou?rs?|talk|claims?|speculation|leak\w*)\b|"
        r"\b(?:reports?|rumou?rs?|talk|claims?|speculation)\b[^.;]{0,80}?\b(?:is|are|was|were)\s+"
        r"(?:not\s+true|false|untrue|baseless|groundless|inaccurate)\b|"
        r"\b(?:reports?|rumou?rs?|talk|claims?)\b[^.;]{0,80}?\bas\s+(?:false|baseless|untrue|groundless)\b|"
        r"\b(?:date|premiere|release)\b[^.;]{0,40}?\b(?:is|was|are|were)\s+(?:not\s+true|false|untrue|baseless|groundless)\b",
        re.I,
    )
)
_CALLED_FALSE = re.compile(
    r"(?:\S{0,2}설\S{0,2}|\S{0,3}\s?(?:것이)?(?:다는|라는)\s*(?:일부\s*)?(?:매체의?\s*)?(?:보도|소문|이야기|루머)\S{0,2})\s*(?:에\s*대해\s*)?"
    r"(?:\S+\s+){0,12}?[\"'“‘]?\s*(?:사실\s*무근|사실\s*(?:이\s*)?아니|사실\s*아냐|부인|일축|선\s*을?\s*그|"
    r"(?:확정|결정)된\s*(?:것이?|게|바)\s*없)"
)


def _release_date_mentions(
    clause: Clause, mentions: list[DateMention], sentence_has_release: Callable[[int], bool], language: str
) -> list[DateMention]:
    """The dates among a clause's ``mentions`` that belong to the season's premiere."""
    text = clause.text
    if not mentions:
        return []
    said = list(_RELEASE_SCAN.finditer(text, clause.script))
    releases = [
        m
        for m in said
        if not _negated(text, m.start(), m.end())
        and not _release_of_footage(text, m, "ko" if clause.script[0] else language)
        and not _OTHER_RELEASED_BEFORE.search(text, max(0, m.start() - 30), m.start())
        and not (
            m.group(0)[:6].lower() == "target"
            and not _TARGET_BY.search(text, max(0, m.start() - 60), m.start())
        )
    ]
    # "이달 중 공개일을 발표할 예정", "will announce the release date in May": the date of the
    # announcement, not of the premiere.
    releases = [
        m
        for m in releases
        if not _DATE_TO_BE_ANNOUNCED.match(text, m.end())
        and not _ANNOUNCE_BEFORE.search(text, max(0, m.start() - 30), m.start())
    ]
    # "12월 공개설 사실무근": a premiere rumour the item calls false names no premiere.
    called_false = [m for m in releases if _CALLED_FALSE.match(text, m.end())]
    releases = [m for m in releases if m not in called_false]
    # "연내 공개 어려울 듯": the clause speaks of the release only to say it is not coming then.
    denied_release = bool(called_false) or (
        len(releases) < len(said) and any(_negated(text, m.start(), m.end()) for m in said)
    )
    verbal = [
        m
        for m in releases
        if not _NOMINAL_RELEASE.match(text[m.end() :]) and m.group(0).lower() not in ("window", "due")
    ]
    others = list(_OTHER_SCAN.finditer(text, clause.script))
    kept: list[DateMention] = []
    for mention in mentions:
        segment = _segment_around(text, mention.start)
        if any(0 <= c.start() - mention.end <= 12 for c in called_false):
            continue  # "내년 1월 공개된다는 보도에 대해 ... 확정된 것이 없다": the date of the false report
        if _REPORT_CALLED_FALSE.search(segment):
            continue  # "Netflix denies reports that the season premieres in December": no premiere named
        if (
            _SEASON_ONE.search(segment)
            and not _SEASON_TWO.search(segment)
            and not _ON_THE_BASIS.search(segment)
        ):
            continue
        if (
            _ITS_BEFORE.search(text, max(0, mention.start - 30), mention.start)
            and (_DEBUT_AFTER.match(text, mention.end) or mention.kind == "m_attr")
            and (_RENEWAL_TALK.search(text) or _SEASON_ONE.search(text))
            and not _SEASON_TWO.search(text)
        ):
            continue  # "has yet to renew the drama despite its January debut": the show's first season
        if _superseded(text, mention):
            continue
        bound = _lower_bound(text, mention)
        if not bound and _BEFORE_YEAR.match(text, mention.start):
            continue  # "before 2028" alone bounds nothing the premiere is said to be in
        if bound:
            kept.append(mention)  # "won't be out until 2027 at the earliest": the earliest it comes
            continue
        if mention.kind in _DAY_WORDS | {"ko_d"} and _RANGE_END_BEFORE.search(
            text, max(0, mention.start - 8), mention.start
        ):
            continue  # "16~22일 1580만 시청수": the end of a week counted, not a premiere
        if _ASKED_AFTER.match(text, mention.end):
            continue  # "올해 안에 공개되느냐는 질문에는": what someone was asked, not what anyone said
        if _NOT_THEN_AFTER.match(text, mention.end):
            continue  # "올해 안엔 못 본다": the time it will not come out
        if _WAITING_SINCE.search(text, max(0, mention.start - 60), mention.start):
            continue  # "waiting for a return since early 2022": how long, not when
        if mention.kind == "ko_bare_d" and (
            _REPORT_DAY_AFTER.match(text, mention.end) or _ANNOUNCER_BEFORE.search(text, 0, mention.start)
        ):
            continue
        if (
            mention.precision == "day"
            and _AT_CLAUSE_HEAD.fullmatch(text, 0, mention.start)
            and _REPORT_DAY_AFTER_EN.match(text, mention.end)
        ):
            continue  # "On June 8 KST, the streamer confirmed the renewal, ...": the day of the news
        if (
            _LISTED_AS.match(text, mention.end)
            or (
                text.startswith(")", mention.end)
                and _LISTED_BEFORE.search(text, max(0, mention.start - 60), mention.start)
            )
            or (
                clause.in_title
                and not clause.script[0]
                and _SEASON_IN_BEFORE.fullmatch(text, 0, mention.start) is not None
            )
            or (
                # a round-up's "..., and All of Us Are Dead Season 2 on January 29"
                mention.precision == "day"
                and _LISTED_ON_BEFORE.search(text, max(0, mention.start - 50), mention.start) is not None
                and not _OTHER_SCAN.search(text[: mention.start], clause.script)
            )
        ):
            kept.append(mention)  # a schedule's "March 19: All of Us Are Dead Season 2", "... S2 (Jan. 29)"
            continue
        if _RELEASE_IS.search(text, max(0, mention.start - 24), mention.start):
            kept.append(mention)  # "새 공개일은 다음 달 13일", "the new release date is March 3"
            continue
        if (
            _MOVED_TO.match(text, mention.end)
            and sentence_has_release(clause.sentence)
            and not _OTHER_SCAN.search(text[: mention.start], clause.script)
        ):
            kept.append(mention)  # "공개일을 11월 13일에서 12월 4일로 변경": where the premiere went
            continue
        anchors = verbal if mention.kind in _DAY_WORDS else releases
        if mention.kind in _DAY_WORDS and not anchors:
            continue
        if not anchors:
            # "..., but fans are betting on early 2027": a window in a clause of a sentence about the
            # release, when nothing else in the clause claims it.
            if (
                not others
                and not denied_release
                and mention.precision != "day"
                and sentence_has_release(clause.sentence)
            ):
                kept.append(mention)
            continue
        nearest_release = min(_distance(mention, m, language) for m in anchors)
        nearest_other = min((_distance(mention, m, language) for m in others), default=10_000)
        if nearest_other < nearest_release:
            continue
        dateline = _DATELINE_BEFORE.match(text[: mention.start]) and text.startswith(",", mention.end)
        if (mention.kind in _DAY_WORDS or dateline) and nearest_release >= 10_000:
            continue  # "gathered on Tuesday ... ahead of its Feb. 13 debut": no release word reaches it
        if (
            language == "ko"
            and _OTHER_TOPIC_SEGMENT.search(segment)
            and not _RELEASE_SCAN.search(segment, clause.script)
        ):
            continue  # "촬영은 3월 시작되며, 공개는 ...": the shoot's month, not the premiere's
        if mention.kind == "ko_bare_d" and nearest_release > 16:
            continue
        kept.append(mention)
    return kept


def _happened(mention: DateMention, published: datetime | None) -> bool:
    """Whether the day or window lies wholly before publication."""
    if published is None:
        return False
    if mention.precision == "day":
        return mention.value < published.date().isoformat()
    if mention.precision == "month":
        return mention.value < f"{published.year}-{published.month:02d}"
    return mention.value[:4] < str(published.year)


# Days and months named without a year take it from the tense: they cannot tell a plan from a report.
_YEAR_FROM_TENSE = frozenset(
    {"md", "dm", "ko_md", "m_rel", "m_attr", "ko_m", "ko_d", "ko_bare_d", "en_bare_d", "weekday", "holiday"}
)


def _ahead(mention: DateMention, published: datetime | None, *, tense_given: bool = False) -> bool:
    """Whether the day or window starts after publication: a plan, not a report. A date whose year
    came from the verb's tense is not judged again, unless ``tense_given`` says the verb is a
    present that tells what is to come ("Cameras roll in April")."""
    if published is None or (mention.kind in _YEAR_FROM_TENSE and not tense_given):
        return False
    today = published.date()
    value = mention.value
    if mention.precision == "day":
        return value > today.isoformat()
    if mention.precision == "month":
        return value > f"{today.year}-{today.month:02d}"
    year = int(value[:4])
    if year != today.year:
        return year > today.year
    if mention.precision == "quarter":
        return int(value[-1]) > (today.month - 1) // 3 + 1
    if mention.precision == "half":
        return value.endswith("H2") and today.month <= 6
    return False


# A record that says what it describes first ("Season 2 of the Korean zombie drama. Episode 1 aired ...").
_SEASON_TWO_RECORD = re.compile(r"\s*(?:season\s*(?:2|two)\s+of\b|시즌\s*2(?:는|은)?\s)", re.I)
_SHOW_REFERENCE = re.compile(
    r"\bit\b|\bits\b|\bthe\s+(?:[\w-]+\s+){0,3}?(?:show|series|drama|hit)\b|"
    + _ALIASES.pattern
    + r"|"
    + _SEASON_ONE.pattern,
    re.I,
)


# "when it launched": a pronoun after the season-2 words may point back at the show as a whole.
_APPOSITIVE_OF_THE_SHOW = re.compile(rf"(?:{_ALIASES.pattern})[\"”'’]?,[\"”'’]?\s+(?:the|a|an)\s", re.I)
_PRONOUN_REFERENCE = re.compile(r"\bit\b|\bits\b|\bthe\s+(?:show|series|drama|hit)\b", re.I)
_THE_SEASON = re.compile(r"\b(?:the|this|the\s+new)\s+season\b|이번\s*시즌|새\s*시즌", re.I)


# What else a Korean "공개된" may be said of, right before it.
_OTHER_THING_PUBLIC = re.compile(
    r"(?:라인업|출연진|캐스팅|명단|포스터|예고편|티저|스틸\S*|영상|사진|이미지|모습|얼굴|일정|공개일|날짜|현장)"
    r"\s*(?:이|가|은|는)?\s*(?:(?:처음|취재진에게|언론에|언론에게|일반에)\S*\s*)?(?:(?:지난\s*)?\d+일\s*|어제\s*|오늘\s*)?$|"
    # "The full list of returning actors is out": the subject is what came out.
    r"\b(?:list|line-?up|details|schedule|cast|poster|trailer|teaser|images|photos|stills|footage)\b"
    r"(?:\s+(?!season|series|show|sequel)\S+){0,5}\s*$",
    re.I,
)
# "On January 28, the cast gathered ...": the day a sentence opens with is when it happened.
_DATELINE_BEFORE = re.compile(r"^\s*on\s*$", re.I)
_INDIRECT_QUESTION = re.compile(
    r"\b(?:about|on|over|as\s+to)\s+(?:when|whether|if)\b[^.;]*$|\bwhether\b[^.;]*$", re.I
)
# Words for actors, which a sentence about the makers lacks.
_PERFORMERS = re.compile(
    r"\bnewcomers?\b|\bactors?\b|\bactress\w*|\bensemble\b|\bcast\b|\bstars?\b|배우|신예|신인|출연진", re.I
)
_CREW_ONLY = re.compile(_CREW.pattern + r"|감독|작가|\bdirector\b|\bwriter\b|\bcreator\b", re.I)
_WAITING_SINCE = re.compile(r"\bwait\w*\b[^.,;]{0,45}\bsince\s+$", re.I)
# "공개일은 ...", "release date is ...": what follows is the premiere's date.
_RELEASE_IS = re.compile(
    r"(?:공개일|공개\s*날짜|공개\s*시기|공개|방영일|release\s+date|premiere\s+date|new\s+date)\s*(?:은|는|이|가|is|:|will\s+be)\s*(?:now\s+)?\S{0,4}$",
    re.I,
)
# A Korean clause whose topic is the shoot ("촬영은", "크랭크인은").
_OTHER_TOPIC_SEGMENT = re.compile(r"(?:촬영|크랭크인|크랭크업|제작|캐스팅)\S{0,3}(?:은|는)\s")
# "12월 4일로 변경": the day a premiere moved to.
_MOVED_TO = re.compile(
    r"(?:로|으로)\s*(?:\S+\s+)?(?:변경|연기|미뤄|미뤘|미룬|옮겨|옮긴|조정|앞당|늦춰|늦췄|늦춘|늦추|바뀌|바꿨|바꾼|바꾸|바꿔)"
)
# "16일 넷플릭스에 따르면": the day of a report, told with its source.
# "넷플릭스가 21일 ... 발표하며": a day right after the one who announced is the day they did.
_ANNOUNCER_BEFORE = re.compile(r"(?:넷플릭스|측|관계자|소속사|제작사|감독|배우)\S{0,2}\s*$")
_AT_CLAUSE_HEAD = re.compile(r"\s*(?:on\s+)?", re.I)
_REPORT_DAY_AFTER_EN = re.compile(
    r"(?:\s+(?:KST|PT|PST|PDT|ET|EST|EDT|GMT|UTC|local\s+time))?,\s+(?:the\s+streamer|netflix|the\s+company|"
    r"the\s+platform|(?:its|the\s+show['’]s|the\s+series['’])\s+(?:agency|producers?|makers))\s+"
    r"(?:officially\s+)?(?:confirmed|announced|said|revealed|unveiled|told|shared|posted)\b",
    re.I,
)
_REPORT_DAY_AFTER = re.compile(r"\s*(?:\S+에\s*)?따르면|\s*(?:\S+(?:은|는|이|가)\s+)?(?:밝혔|발표했|전했)")


def _long_gone(mention: DateMention, published: datetime | None) -> bool:
    return published is not None and mention.value < (published - timedelta(days=365)).date().isoformat()


def _days_before(mention: DateMention, published: datetime | None) -> int:
    """How many days before publication a day lies (negative after it; large when unknown)."""
    if published is None or mention.precision != "day":
        return 1 << 30
    return (published.date() - date.fromisoformat(mention.value)).days


def _lately(mention: DateMention, published: datetime | None) -> bool:
    """Whether a day lies in the weeks before publication (a season's charts are news for weeks)."""
    if published is None or mention.precision != "day":
        return False
    return timedelta(0) <= published.date() - date.fromisoformat(mention.value) <= timedelta(days=60)


# The show as the subject ("'지금 우리 학교는'이"), or as the owner of the season after it ("'지금 우리
# 학교는'의 시즌2는"): either way a release before it is the show's.
def _show_did_it(text: str, at: int) -> bool:
    """ "'지금 우리 학교는'이 공개 6일 만에 1위에 오르면서 시즌2에 대한 관심이": the show is the subject of
    what happened at ``at``, and season 2 comes only after it."""
    show = next((m for m in _ALIASES.finditer(text, 0, at)), None)
    return (
        show is not None
        and _SHOW_AS_SUBJECT.match(text, show.end()) is not None
        and not _SEASON_TWO.search(text, 0, at)
    )


_PRONOUN_OBJECT = re.compile(
    r"\b(?:dropped|released|unveiled|debuted|shared|posted|put\s+out)\s+(?:it|them)\b", re.I
)
_RELEASE_NOUN_TITLE = re.compile(r"premiere|release\s+date|공개일|공개\s*확정|\bdate\b", re.I)
_SHOW_AS_SUBJECT = re.compile(r"['’\"”]?(?:이|가|은|는)\s")
_SUBJECT_PARTICLE = re.compile(r"['’\"”]?(?:이|가|은|는|의)\s")


_UNVEILED = re.compile(r"베일")
_SEASON_ONE_JUST_BEFORE = re.compile(
    r"(?:시즌\s*1|첫\s*시즌|전작|(?:season\s*(?:1|one)|first\s+season)(?:['’]s)?)\s*(?:\S+\s*)?$", re.I
)

_SEASON_ONE_NEXT = re.compile(r"\S*\s*(?:시즌\s*1(?!\d)|첫\s*시즌|season\s*(?:1|one)\b)", re.I)


def _season_two_release(
    segment: str, clause: str, title_says_season_two: bool, at: int | None = None
) -> bool:
    """A premiere that happened is season 2's when its own words say so ("the sequel premiered ..."),
    when the last season the clause names before it is season 2 ("The second season, which premiered
    last Friday, ..."), or when its clause names no show at all and the headline is about season 2
    ("Airdate: 2027-01-29")."""
    if at is not None and _SEASON_ONE_NEXT.match(clause, at):
        return False  # "2022년 시즌1 공개 이후 4년여 만의 후속편": the date is season 1's own
    if at is not None:
        # "지난 1월 공개돼 ... 오른 '지금 우리 학교는'이 두 번째 시즌 제작을", "3년 전 공개된 '지금
        # 우리 학교는'의 시즌2는": the release describes the show; its season 2 comes after.
        show = _ALIASES.search(clause, at)
        if (
            show is not None
            and _SUBJECT_PARTICLE.match(clause, show.end())
            and not _SEASON_TWO.search(clause, at, show.start())
        ):
            return False
        # 'a second season of "All of Us Are Dead," the drama that ... after its January debut'
        second = max((m.end() for m in _SEASON_TWO.finditer(clause, 0, at)), default=-1)
        if second >= 0 and _APPOSITIVE_OF_THE_SHOW.search(clause, second, at):
            return False
    if _SEASON_TWO.search(segment):
        return True
    if at is not None and _THE_SECOND_WHICH.search(clause, max(0, at - 40), at):
        return True  # "a third season after the second, which premiered in March"
    if at is not None and _SINCE_IT.match(clause) and not _SEASON_ONE.search(clause):
        # "Since it premiered on January 29, the second season has logged ...": the subject after.
        main = _SEGMENT_END.search(clause, at)
        if main is not None and _SEASON_TWO.search(clause, main.end(), main.end() + 24) is not None:
            return True
    if at is not None:
        before = clause[:at]
        second = max((m.end() for m in _SEASON_TWO.finditer(before)), default=-1)
        if title_says_season_two:  # "The season, which premiered ..." under a season-2 headline
            second = max(second, max((m.end() for m in _THE_SEASON.finditer(before)), default=-1))
        first = max((m.end() for m in _SEASON_ONE.finditer(before)), default=-1)
        if second > first and _PRONOUN_REFERENCE.search(before, second) is None:
            return True
    if title_says_season_two and _THE_SEASON.search(clause) and not _SEASON_ONE.search(clause):
        return True  # "Since its March 19 debut, the season has ..." under a season-2 headline
    return title_says_season_two and _SHOW_REFERENCE.search(clause) is None


_SINCE_IT = re.compile(r"\s*(?:since|after|following)\s+(?:it|its)\b", re.I)
_WHOLE_SHOOT = re.compile(
    r"모든\s*촬영|전체\s*촬영(?!\S*\s+(?:\S+\s+){0,3}?(?:까지|이어|계속|남))|\ball\s+(?:filming|shooting)\b|\bentire\b|"
    r"\bcast\s+and\s+crew\b|쫑파티|크랭크업\s*(?:기념|파티)|\bwrap\s+party\b",
    re.I,
)
_ACTOR_AS_SUBJECT = re.compile(rf"(?:{_CAST.pattern})\s*(?:이|가|은|는)\s", re.I)
_ACTOR_FINISHES = re.compile(
    rf"(?:{_CAST.pattern})\s+(?:has\s+|have\s+)?(?:finish|wrap|complet|end)\w*", re.I
)


# "지난달 크랭크업한 '지금 우리 학교는' 시즌2": the wrap describes the season, whoever the sentence is about.
_WRAP_OF_THE_SEASON = re.compile(
    rf"\S*(?:한|된|난|친)\s+(?:넷플릭스\s+)?['‘\"“]?(?:{_ALIASES.pattern})", re.I
)


# "Yoon Chan Young, Park Ji Hu ... Bid Farewell As 'All of Us Are Dead' Season 2 Wraps Filming".
_SEASON_AS_SUBJECT = re.compile(
    rf"(?:{_SEASON_TWO.pattern})['’\"”]?\s+(?:has\s+|have\s+|officially\s+|finally\s+)*$", re.I
)

_AGENCY = re.compile(r"소속사|\b(?:his|her|their|the\s+actor['’]s|the\s+actress['’]s)\s+agency\b", re.I)
_WRAP_VERB = re.compile(r"wrap|finish|complet|end", re.I)


def _one_actors_part(text: str, wrap_at: int) -> bool:
    """A wrap said of one actor ("로몬, 촬영 마쳐", "his scenes", "윤찬영이 ... 끝냈다"), not the shoot."""
    if (
        _WHOLE_SHOOT.search(text)
        or _WRAP_OF_THE_SEASON.match(text, wrap_at)
        or (
            _WRAP_VERB.match(text, wrap_at) and _SEASON_AS_SUBJECT.search(text, max(0, wrap_at - 40), wrap_at)
        )
    ):
        return False
    return bool(
        _PART_ONLY.search(_segment_around(text, wrap_at))  # "..., Netflix Reveals Surprise Cameo" is apart
        or _AGENCY.search(text, 0, wrap_at)  # "소속사는 ... 마지막 촬영 현장 사진을": an actor's agency
        or _ACTOR_SUBJECT.search(text)
        or _ACTOR_AS_SUBJECT.search(text[:wrap_at])
        or _ACTOR_FINISHES.search(text)
    )


# Where one part of a sentence ends: a comma, or a quote closed by "라며" (one remark, then another).
_SEGMENT_END = re.compile(r", (?!20\d\d\b)|[\"”'’](?:라며|라고|며|면서)\s")


def _without_season_one(clause: Clause) -> Clause:
    """The clause with the later parts that speak of season 1 blanked out ("Netflix renewed the series
    on June 6th, months after the first season dropped"), offsets kept. Unchanged when season 1 is in
    the first part: then it is what the whole clause is about ("The first season, released in ...")."""
    text = clause.text
    if _SEASON_ONE.search(text) is None or _SEASON_TWO.search(text) is not None:
        return clause
    first = _SEGMENT_END.search(text)
    if _SEASON_ONE.search(text, 0, first.start() if first else len(text)):
        return clause
    kept, start = [], 0
    for boundary in [*_SEGMENT_END.finditer(text), None]:
        end = boundary.start() if boundary else len(text)
        part = text[start:end]
        # "..., and we'd guess a 2024 release given the scale of the first season": a guess at season 2.
        blank = _SEASON_ONE.search(part) is not None and _ON_THE_BASIS.search(part) is None
        kept.append(" " * len(part) if blank else part)
        if boundary:
            kept.append(boundary.group(0))
            start = boundary.end()
    return replace(clause, text="".join(kept))


def _segment_around(text: str, start: int) -> str:
    left = 0
    for boundary in _SEGMENT_END.finditer(text, 0, start):
        left = boundary.start() + 1
    right = _SEGMENT_END.search(text, start)
    return text[left : right.start() if right else len(text)]


def _told_as_past_day(mention: DateMention, told_past: set[DateMention], published: datetime | None) -> bool:
    """A day in a clause told in the past ("premiered today", "지난 12일 공개된") that is not after
    publication: an "Airdate: 2027-03-12" listed in December is still to come."""
    if mention not in told_past or mention.precision != "day":
        return False
    return published is None or mention.value <= published.date().isoformat()


def _mentions_by_tense(
    clause: Clause, published: datetime | None
) -> tuple[list[DateMention], set[DateMention]]:
    """The clause's dates, each read in the tense of the verb nearest to it: in "it will make a second
    season of the series, which set a record when it launched in January" January is past."""
    text = clause.text
    if not has_candidates(text):
        return [], set()  # no date at all: the verbs' tenses do not matter
    past = [m.start() for m in _PAST_SCAN.finditer(text, clause.script)]
    will = [m.start() for m in _WILL.finditer(text)] + [m.start() for m in _PRESENT_RELEASE.finditer(text)]
    if not past:
        found = find_mentions(text, published, "future", prechecked=True)
        # No verb at all ("to mark the February 13 release"): the date alone says when it lies.
        if (
            any(m.precision == "day" and m.kind in _YEAR_FROM_TENSE for m in found)
            and clause.hedge is None
            and _COMING_SCAN.search(text, clause.script) is None
        ):
            found = find_mentions(text, published, None, prechecked=True)
        return found, set()
    as_past = find_mentions(text, published, "past", prechecked=True)
    if not will:
        return as_past, set(as_past)
    as_future = {(m.start, m.end): m for m in find_mentions(text, published, "future", prechecked=True)}
    chosen: list[DateMention] = []
    told_past: set[DateMention] = set()
    for mention in as_past:
        nearest_past = min(abs(mention.start - at) for at in past)
        nearest_will = min(abs(mention.start - at) for at in will)
        future = as_future.get((mention.start, mention.end))
        if nearest_past < nearest_will or future is None:
            chosen.append(mention)
            told_past.add(mention)
        else:
            chosen.append(future)
    return chosen, told_past


def planned(
    clause: Clause, mentions: list[DateMention], published: datetime | None, until: int | None = None
) -> bool:
    """Whether a clause tells of something still to come: future words, or a date after publication.
    In English the future comes before the verb it governs ("filming will begin"), so with ``until``
    (the end of the development's words) only the words up to there count: "cameras are still rolling
    and will be for weeks" is going on now. Korean puts it after ("촬영을 시작할 예정")."""
    text = clause.text
    start = 0
    if until is not None and not clause.script[0]:
        if _SET_FOR_AFTER.match(text, until):
            return True  # "First Look Set for September 20 Event"
        text = text[:until]
        # "Netflix will debut a first look at season 2, which wrapped filming in May": a relative
        # clause has its own tense.
        start = max((m.start() for m in _RELATIVE.finditer(text)), default=0)
    return (
        _FUTURE_SCAN.search(text[start:], clause.script) is not None
        or any(
            _ahead(m, published)
            for m in mentions
            if m.start >= start
            and (
                m.start < len(text)
                or not (
                    _LASTS_UNTIL.search(clause.text, 0, m.start)
                    or _LASTS_UNTIL_START.match(clause.text, m.start)  # "continues into 2026": how long
                    or _ANOTHER_VERB.search(clause.text, len(text), m.start)
                )
            )
            and not _UNTIL_KO.match(clause.text, m.end)
        )
        or any(
            _COMING_BEFORE.search(clause.text, max(0, m.start - 12), m.start)
            for m in mentions
            if m.kind in _YEAR_FROM_TENSE and m.start >= start
        )
        or (
            until is not None
            and not clause.script[0]
            and _PRESENT_START.search(text) is not None
            and any(
                _ahead(m, published, tense_given=True)
                for m in mentions
                if m.kind in _YEAR_FROM_TENSE and 0 <= m.start - until <= 16
            )
        )
    )


# "Cameras roll in April", "Filming begins in May" (told in March): a present that schedules.
_PRESENT_START = re.compile(
    r"\b(?:begins|starts|rolls?|kicks\s+off|commences|gets\s+under\s*way|wraps|ends|finishes)\s*$", re.I
)


def _lower_bound(text: str, mention: DateMention) -> bool:
    """ "won't be out until 2027", "won't arrive before 2028": the earliest the premiere can come, a
    window the item gives without anyone having set it."""
    return (
        _UNTIL_WORD.match(text, mention.start) is not None
        or _UNTIL_WORD.search(text, max(0, mention.start - 8), mention.start) is not None
    ) and _NOT_UNTIL.search(text, max(0, mention.start - 50), mention.start) is not None


_BEFORE_WORD = re.compile(r"\bbefore\b", re.I)
_BEFORE_YEAR = re.compile(r"before\s+20\d\d\b", re.I)
_UNTIL_WORD = re.compile(r"\b(?:until|till|before)\b", re.I)
_NOT_UNTIL = re.compile(
    r"(?:n['’]t|\bnot)\s+(?:be\s+)?(?:out|arriv\w*|premier\w*|releas\w*|land\w*|drop\w*|coming|return\w*|"
    r"on\s+netflix)\s+(?:\S+\s+){0,3}?(?:(?:until|till|before)\s+(?:at\s+least\s+)?)?$",
    re.I,
)
_RANGE_END_BEFORE = re.compile(r"\d\s*[~～–-]\s*$")
_ASKED_AFTER = re.compile(r"[^.?!]{0,16}?(?:느냐|냐|는지|을지|ㄹ지)는?\s*(?:질문|물음)")
_NOT_THEN_AFTER = re.compile(
    r"\s*(?:안|중|내)?(?:에는|엔|에|는)?\s*(?:못\s*(?:본다|봐|보|만나)|안\s*(?:나온다|나와)|나오지\s*않|공개되지\s*않|공개가?\s*어렵)"
)
# "공개 일주일을 앞두고 포스터를 공개했다": the future is the premiere's, not the poster's.
_AHEAD_OF_EVENT = re.compile(r"앞두고|앞둔|앞둬|\bahead\s+of\b|\bbefore\s+(?:the|its)\b", re.I)
# "production is still under way and is scheduled to finish early next year": the date is the other verb's.
_ANOTHER_VERB = re.compile(r"\band\s+(?:is|are|will|would|should|could|may|might|was|were)\b", re.I)
# "오는 3월 첫 촬영에 들어간다": a day or month said to be coming is ahead, whatever the tense says.
_COMING_BEFORE = re.compile(r"(?:오는|다가오는)\s*$|\b(?:this\s+coming|upcoming)\s+$", re.I)
_SET_FOR_AFTER = re.compile(r"\s+(?:is\s+|are\s+)?(?:set|slated|scheduled|due)\s+(?:for|to)\b", re.I)
_RELATIVE = re.compile(r",\s+(?:which|who)\s+(?!will\b|is\s+set\b|is\s+due\b)", re.I)


# "filming is under way and set to continue into next year": how long it goes on, not when it starts.
_UNTIL_KO = re.compile(r"\s*까지")
_LASTS_UNTIL = re.compile(r"\b(?:into|until|till|through|throughout)\s+(?:the\s+)?$", re.I)
_LASTS_UNTIL_START = re.compile(r"(?:into|until|till|through|throughout)\b", re.I)


def _about_someone_else(denial: str, evidence: list[Clause]) -> bool:
    """A denial naming people other than those the cast news names leaves that news standing."""
    people = known_people()
    denied = people.named_in(denial)
    named = frozenset().union(*(people.named_in(clause.text) for clause in evidence))
    return bool(denied and named) and not denied & named


def _analyse(
    title: str, summary: str, published: datetime | None, language: str
) -> tuple[str, list[str], list[DateMention]]:
    parts = clauses(title, summary)
    taken, beyond_denial = read_denials(parts)
    found: dict[str, tuple[str, list[Clause]]] = {}
    from_day: set[str] = set()
    hedges: list[str] = []
    mentions: list[DateMention] = []
    release_said: dict[int, bool] = {}
    # Developments taken as given by a sentence that guesses something else: a denial that names
    # nothing answers the guess, not them.
    presupposed: set[str] = set()
    # Developments the summary tells as still to come ("이달 중 촬영을 마칠 예정"), by status.
    plans: dict[str, Clause] = {}

    def sentence_has_release(sentence: int) -> bool:
        if sentence not in release_said:
            release_said[sentence] = any(
                _RELEASE_SCAN.search(c.text, c.script) is not None for c in parts if c.sentence == sentence
            )
        return release_said[sentence]

    def about_release(sentence: int) -> bool:
        """The sentence, the one before it or the headline speaks of the premiere: "When will it
        land? ... Our best guess is early 2026" under "Release Date Prediction"."""
        return (
            sentence_has_release(sentence)
            or (sentence > 0 and sentence_has_release(sentence - 1))
            or any(sentence_has_release(c.sentence) for c in parts[:1] if c.in_title)
        )

    names_season_two = [c for c in parts if _SEASON_TWO.search(c.text)]
    sentence_season_two = {c.sentence for c in names_season_two}
    # Sentences that state something of season 2: "so we'd be shocked if a second season wasn't
    # ordered" names it only in a guess, and the charts beside it are the first season's.
    sentence_states_season_two = {c.sentence for c in names_season_two if c.hedge is None and not c.question}
    title_season_two = (
        _SEASON_TWO.search(title) is not None
        or _bound_alias(title, show_context=True) is not None
        or _SEASON_TWO_RECORD.match(summary) is not None
        or (_RECORD_TITLE.fullmatch(title) is not None and _ANY_MARKER.search(summary) is not None)
    )
    # "All of Us Are Dead Ending Explained: Will There Be a Season 2?" explains the first season.
    title_markers = [c for c in parts if c.in_title and (c in names_season_two or _ANY_MARKER.search(c.text))]
    title_states_season_two = title_season_two and (
        not title_markers or any(not c.question for c in title_markers)
    )
    # "'All of Us Are Dead' returns for second season" over "the series landed on Netflix on Friday":
    # a premiere in the days before is the one the headline announces.
    title_release = title_states_season_two and any(
        _RELEASE_SCAN.search(c.text, c.script)
        for c in parts
        if c.in_title and not c.question and c.hedge is None
    )
    # A headline about how season 2 is doing: a premiere weeks before it is that season's.
    title_reception = title_season_two and _RECEPTION_SCAN.search(title) is not None
    # "'지우학2' 티저 떴다" over "드디어 베일을 벗었다.": what came out, untold, is the headline's footage.
    title_footage = _TRAILER_SCAN.search(title) is not None and _RELEASE_NOUN_TITLE.search(title) is None

    def note(status: str, why: str, clause: Clause) -> None:
        found.setdefault(status, (why, []))[1].append(clause)

    # A headline that names other works and neither this show nor season 2 is about them: only the
    # sentences that name this show speak of it.
    title_of_others = (_other_title(title) or _ANOTHER_SEASON.search(title) is not None) and not (
        _ALIASES.search(title) or _SEASON_TWO.search(title)
    )
    # "내년 한국 라인업 발표…'지우학2'는 빠져": a slate the show is left out of dates the other titles.
    left_out = any(
        (c.sentence in sentence_season_two or _ALIASES.search(c.text)) and _LEFT_OUT.search(c.text)
        for c in parts
    )
    naming_the_show = (
        {c.sentence for c in parts if _ALIASES.search(c.text)} | sentence_season_two
        if title_of_others or left_out
        else set()
    )
    for clause in parts:
        if title_of_others and clause.sentence not in naming_the_show:
            continue
        if left_out and clause.sentence not in naming_the_show and _A_SLATE.search(clause.text):
            continue
        if _OTHER_SEASON.search(clause.text) and not _ALIASES.search(clause.text):
            continue  # "34 originals this year, including the second season of Sweet Home"
        if _CORRECTION_SCAN.search(clause.text, clause.script):
            continue  # "An earlier version of this article said filming had wrapped": what was wrong
        clause = _without_season_one(clause)
        text = clause.text
        claim = clause.hedge is not None or clause.question
        if claim:
            hedges.append(
                f"rumor: {clause.hedge!r} hedges {text[:80]!r}"
                if clause.hedge
                else f"rumor: a question, {text[:80]!r}"
            )
        in_clause: list[DateMention] = []
        told_past: set[DateMention] = set()
        if may_hold_date(text):
            in_clause, told_past = _mentions_by_tense(clause, published)
            today = published.date().isoformat() if published else ""
            if title_reception and any(m.kind == "weekday" and m.value > today for m in in_clause):
                # A review's "Premiering on Friday": the Friday that has passed.
                past = {(m.start, m.end): m for m in find_mentions(text, published, "past", prechecked=True)}
                in_clause = [past.get((m.start, m.end), m) if m.kind == "weekday" else m for m in in_clause]
            if left_out:
                # "missing from Netflix Korea's 2025 slate": the slate's year, not the season's.
                in_clause = [m for m in in_clause if not _of_the_slate(text, m)]
            # "공개 첫 주(5월 4일~10일)": the days a chart counts, not a premiere.
            in_clause = [
                m
                for m in in_clause
                if not _RANGE_AFTER.match(text, m.end) and not _RANGE_BEFORE.search(text, 0, m.start)
            ]
        # A guess may lean on the question before it or the headline; a fact names its release itself.
        dated = _release_date_mentions(
            clause, in_clause, about_release if claim else sentence_has_release, language
        )
        if _SEASON_ONE.search(text) is not None and not _SEASON_TWO.search(text):
            # A guess at season 2 beside season 1 ("given season 1's ..., 2027"); not the day season 1
            # came out ("The first season, released in January, ...").
            mentions.extend(m for m in dated if m not in told_past and not _happened(m, published))
            continue
        about_trailer = _TRAILER_SCAN.search(text, clause.script) is not None
        if (
            dated
            and title_footage
            and _PRONOUN_OBJECT.search(text)
            and not _SEASON_TWO.search(text)
            and not _ALIASES.search(text)
        ):
            dated = []  # "Netflix dropped it on Tuesday" under a trailer's headline: the trailer's day
        for mention in dated:
            if claim and _long_gone(mention, published):
                continue  # a guess is about a premiere to come, not one a year gone ("the 2022 debut")
            if _happened(mention, published) or _told_as_past_day(mention, told_past, published):
                if _RENEWAL_TALK.search(text, 0, mention.start) and _DEBUT_BEFORE.search(
                    text, max(0, mention.start - 30), mention.start
                ):
                    continue  # "ordered a second season following its debut in January": season 1's
                if not _season_two_release(
                    _segment_around(text, mention.start), text, title_season_two, mention.start
                ) and not (
                    (title_reception or (title_release and _days_before(mention, published) <= 7))
                    and _lately(mention, published)
                    and not _SEASON_ONE.search(text)
                ):
                    continue  # season 1's premiere
                mentions.append(mention)
                if not claim and not about_trailer:
                    note("released", f"released: premiered {mention.value} in {text[:80]!r}", clause)
                continue
            mentions.append(mention)
            if not claim and not (
                _lower_bound(text, mention)
                and _BEFORE_WORD.search(text, max(0, mention.start - 8), mention.end)
            ):
                note("date_announced", f"date_announced: premiere {mention.value} in {text[:80]!r}", clause)
                if mention.precision == "day" and "date_announced" not in from_day:
                    from_day.add("date_announced")
        if claim:
            # "현재 촬영 중인 ... 시즌2가 연말 공개될 가능성": the shoot is given, only the date guessed.
            for status, given_pattern in _GIVEN.items():
                given = given_pattern.search(text) if clause.hedge else None
                if given is not None and text.find(clause.hedge or "", given.end()) > 0:
                    note(status, f"{status}: {given.group(0)!r} is stated before the guess", clause)
                    presupposed.add(status)
            continue
        low = folded(text)
        if ("which" in low or "renew" in low or "제작" in low) and _GIVEN["renewed"].search(text):
            # "Netflix, which renewed the series in June 2022, has not commented on the report": the
            # renewal is background the denial does not reach.
            presupposed.add("renewed")
        season_two_here = clause.sentence in sentence_season_two or title_season_two
        developments: list[str] = []
        for status, pattern in _STATUS_SCAN.items():
            if status == "released" and (
                about_trailer
                or not season_two_here
                or (
                    title_footage
                    and not clause.in_title
                    and not _SEASON_TWO.search(text)
                    and not _ALIASES.search(text)
                )
            ):
                continue
            for match in pattern.finditer(text, clause.script):
                if _negated(text, match.start(), match.end()) or _quoted_label(text, match):
                    continue
                if status == "trailer" and _WILL_AFTER.match(text, match.end()):
                    continue  # "the first trailer will debut during the live event"
                if (
                    status in _PLANNABLE
                    and planned(clause, in_clause, published, match.end())
                    and not (status in _GIVEN and _GIVEN[status].search(text))
                ):
                    if not clause.in_title and not _AHEAD_OF_EVENT.search(text):
                        plans.setdefault(status, clause)
                    continue
                if status == "cast_announced" and (
                    # "the cast reunited for the first script reading": a gathering, not a casting.
                    (_REUNION.match(match.group(0)) and (_READING.search(title) or _READING.search(summary)))
                    # "특별출연 분량 촬영을 모두 마쳤다": one actor's part wrapping, not a casting.
                    or (
                        _CAMEO.fullmatch(match.group(0))
                        and _STATUS_SCAN["wrapped"].search(text, clause.script) is not None
                    )
                    or _CAST_LATER.search(text)
                    or _EXTRAS.search(text)
                    or _CASTING_UNDER_WAY.match(text, match.start())
                    or _WISH_BEFORE.search(text, max(0, match.start() - 24), match.start())
                    or _ABOUT_BEFORE.search(text, max(0, match.start() - 24), match.start())
                ):
                    continue
                if status == "in_production" and (
                    _PUT_OFF_AFTER.match(text, match.end())
                    or (
                        _BEFORE.search(text, max(0, match.start() - 16), match.start())
                        and not match.group(0).lower().endswith("ed")
                    )
                ):
                    continue  # "크랭크인 연기", "before cameras roll": the shoot has not begun
                if status == "date_announced" and _TO_ANNOUNCE.search(
                    text, max(0, match.start() - 20), match.start()
                ):
                    continue  # "Netflix to announce release date at Tudum": an announcement to come
                if (
                    status == "cast_announced"
                    and "line" in match.group(0).lower()
                    and (_SLATE.search(text) or _SLATE_LINEUP.search(text))
                ):
                    continue  # "the 25-strong lineup includes new series": titles, not actors
                if _INDIRECT_QUESTION.search(text, 0, match.start()):
                    continue  # "nothing to confirm about when the series will return"
                if (
                    status == "cast_announced"
                    and _CREW_ONLY.search(text)
                    and not _CAST.search(text)
                    and not _PERFORMERS.search(text)
                ):
                    continue  # "이재규 감독과 천성일 작가가 다시 뭉친다": the makers, not the cast
                if (
                    status == "released"
                    and clause.in_title
                    and _UNVEILED.match(match.group(0))
                    and _TRAILER_SCAN.search(summary) is not None
                ):
                    continue  # "'투둠'서 베일 벗은 '지우학2'" over "첫 영상이 공개됐다": the footage unveiled
                if (
                    status == "released"
                    and match.group(0).endswith(("공개된", "공개한"))
                    and _another_thing_made_public(text, match.end())
                ):
                    continue  # "13일 공개된 화보 인터뷰에서": the interview came out, not the season
                if status == "released" and _SEASON_ONE_JUST_BEFORE.search(
                    text, max(0, match.start() - 12), match.start()
                ):
                    continue  # "2022년 시즌1 공개 이후 4년여 만의 후속편": season 1's release
                if status == "released" and _TODAY.match(match.group(0)) and _LATER_TODAY.search(summary):
                    continue  # "오늘 공개" over "29일 오후 5시 ... 공개된다": announced for later today
                if status == "renewed" and _THIRD_SEASON_AFTER.match(text, match.end()):
                    continue  # "renewed the drama for a third season": the next season's renewal
                if (
                    status == "released"
                    and _RENEWAL_TALK.search(text, 0, match.start())
                    and not _THE_SECOND_WHICH.search(text, 0, match.start())
                ):
                    continue  # "ordered a second season of the thriller, which ... after its January debut"
                if status == "released" and _OTHER_THING_PUBLIC.search(text[: match.start()]):
                    continue  # "라인업이 공개된 가운데": the line-up came out, not the season
                if status == "released" and not _season_two_release(
                    _segment_around(text, match.start()), text, title_season_two, match.start()
                ):
                    continue
                developments.append(status)
                if status == "wrapped" and _one_actors_part(text, match.start()):
                    why = f"in_production: one actor's part, not the season: {text[:80]!r}"
                    note("in_production", why, clause)
                    break
                note(status, f"{status}: {match.group(0)!r} in {text[:80]!r}", clause)
                break
        reception = None
        if clause.sentence in sentence_states_season_two:
            # "A thriller tops the box office, and All of Us Are Dead returns ...": another clause's
            # subject topped the chart.
            if (
                clause in names_season_two
                or _ALIASES.search(text)
                or not any(c.sentence == clause.sentence and c is not clause for c in names_season_two)
            ):
                reception = _RECEPTION_SCAN.search(text, clause.script)
        elif clause.in_title and title_states_season_two:
            # "S2E08 'Graduation' — Ending Explained": the headline's season, after a dash.
            reception = _EPISODE_TALK.search(text)
        if (
            reception is not None
            and not about_trailer
            and not set(developments) - {"released"}
            and not _SEASON_ONE.search(text, 0, reception.start())  # "after the first season topped ..."
            and not _show_did_it(text, reception.start())
            and not _praises_the_show(text, reception.end())
        ):
            why = f"released: {reception.group(0)!r} tells how the season is doing: {text[:80]!r}"
            note("released", why, clause)
    if title_season_two and _REVIEW_TAG.match(title) and not _TRAILER_WORDS.search(title):
        note("released", f"released: a review of the season: {title[:80]!r}", parts[0])
    _headline_of_a_claim(found, parts, hedges, plans)
    _wrap_still_to_come(found, published, hedges)
    _announcement_video(found)
    _reunion_on_set(found)
    for status in list(found):
        evidence = found[status][1]
        denial = taken.get(status)
        if denial is None and status == "date_announced" and status in from_day:
            denial = taken.get("day")
        confirmed = any(_CONFIRMED.search(clause.text) for clause in evidence)
        general = (
            "*" in taken
            and status != "released"
            and status not in presupposed
            and not all(parts.index(clause) in beyond_denial for clause in evidence)
        )
        if denial is None and general and not confirmed:
            denial = taken["*"]
        if denial is not None and confirmed and status in _TOPIC_OF and not _TOPIC_OF[status].search(denial):
            # "Netflix Korea confirmed cameras are rolling. ... our best guess is late 2025, but Netflix
            # hasn't committed to anything": a denial naming nothing is of the guess beside it.
            denial = None
        if denial is not None and status == "cast_announced" and _about_someone_else(denial, evidence):
            denial = None  # "named Park Ji-hu as a lead" beside "no comment on whether Lomon returns"
        if denial is not None:
            hedges.insert(0, f"rumor: {status} is not confirmed: {denial}")
            del found[status]
    if found:
        best = min(found, key=_PRECEDENCE.__getitem__)
        return best, [found[best][0], *hedges[:1]], mentions
    if hedges:
        return "rumor", hedges[:1], mentions
    return "rumor", [NO_DEVELOPMENT], mentions


# "글로벌 흥행을 기록한 '지금 우리 학교는'이 시즌2로 돌아온다": the success describes the show, whose
# season 2 the sentence is about.
# ("전 세계적인 흥행을 거둔 넷플릭스 '지금 우리 학교는'이": the streamer may come between.)
_ADNOMINAL_BEFORE_NAME = re.compile(
    r"\S{0,6}(?:한|된|인|던|운|은|둔|친|낸|린|킨|른)\s*(?:넷플릭스\s*(?:시리즈|오리지널)?\s*)?['‘\"“]?\s*$"
)


def _praises_the_show(text: str, after: int) -> bool:
    name = _ALIASES.search(text, after, after + 24)
    return (
        name is not None
        and _ADNOMINAL_BEFORE_NAME.search(text, after, name.start()) is not None
        and not _SEASON_TWO.search(text, after, name.start())
    )


def _announcement_video(found: dict[str, tuple[str, list[Clause]]]) -> None:
    """A headline announcing the renewal, with a video and no shoot reported: nothing of season 2 has
    been filmed yet, so the video is how the renewal was announced, not footage of the season."""
    if "trailer" not in found or "renewed" not in found or found.keys() & {"in_production", "wrapped"}:
        return
    renewal = found["renewed"][1]
    announced_with = any(c in renewal for c in found["trailer"][1])  # "공식 영상을 통해 제작 소식을 알렸고"
    if (announced_with or any(c.in_title for c in renewal)) and not any(
        _BACKGROUND_YEAR.search(c.text) for c in renewal
    ):
        del found["trailer"]


def _reunion_on_set(found: dict[str, tuple[str, list[Clause]]]) -> None:
    """The cast "reuniting" as the shoot begins is how the shoot is told, not a casting announcement."""
    if "cast_announced" not in found or "in_production" not in found:
        return
    if all(_REUNION.search(c.text) and not _CAST_NEWS.search(c.text) for c in found["cast_announced"][1]):
        del found["cast_announced"]


_CAMEO = re.compile(r"특별\s*출연|카메오|cameo", re.I)
_READING = re.compile(r"\b(?:table|script)\s+read(?:ing)?s?\b|대본\s*리딩|리딩", re.I)
_REUNION = re.compile(r"다시\s*뭉|\breunit(?:e|es|ed|ing)\b|\bback\s+together\b", re.I)
# Words of casting itself, beside which a reunion is the cast news.
_CAST_NEWS = re.compile(
    r"캐스팅|출연\s*확정|합류|새로\s*(?:출연|합류)|신예|\bnew\s+(?:faces?|cast)|\bjoin|\bnewcomers?\b", re.I
)


# "Sweet Home season 3 premieres Friday": a headline about a season no one would call this show's.
_ANOTHER_SEASON = Folded(re.compile(r"\bseason\s*(?:[13-9]|1\d|one|three|four|five)\b|시즌\s*[13-9]", re.I))
_A_SLATE = re.compile(
    r"라인업|신작|\d+\s*편|\bslate\b|\bline-?up\b|\btitles\b|\boriginals\b|\b\d+\s+(?:new\s+)?(?:korean\s+)?(?:series|shows|dramas)\b",
    re.I,
)


def _of_the_slate(text: str, mention: DateMention) -> bool:
    """A date right before a slate ("2025 slate", "올해 라인업") or told of it ("titles Netflix unveiled
    for this year")."""
    return bool(
        _A_SLATE.search(text, mention.end, mention.end + 16)
        or _A_SLATE.search(text, max(0, mention.start - 40), mention.start)
    )


_LEFT_OUT = Folded(
    re.compile(
        r"포함되지\s*않|포함\s*안\s*(?:돼|됐|되)|빠져(?!들)|빠졌|제외(?:됐|돼|되었|된)|명단에\s*없|이름(?:이|은)?\s*없|"
        r"\bnot\s+(?:included|among\s+(?:them|the)|on\s+(?:the|its)\s+(?:list|slate|line-?up))\b|"
        r"\bleft\s+(?:off|out\s+of)\b|\b(?:missing|absent)\s+from\b|\bomit(?:s|ted)\b|\bexclud(?:es|ed)\b",
        re.I,
    )
)


# "renewed in 2022", "2022년 제작 확정": a renewal told as history.
_BACKGROUND_YEAR = re.compile(
    r"\b(?:in|back\s+in|since)\s+20\d\d\b|20\d\d년|\bafter\s+(?:its|the)\s+renewal\b", re.I
)


# "[리뷰]", "Review:": a review of the season is written about a season that is out.
_REVIEW_TAG = re.compile(
    r"^\s*[\[(【<]?\s*(?:첫\s*)?(?:리뷰|review|TV\s+review|stream\s+it\s+or\s+skip\s+it)\s*[\])】>:|]", re.I
)
# What a development is about, to find the summary's version of a headline's claim.
_TOPIC_OF = {
    **{status: Bilingual(pattern) for status, pattern in DENIAL_TOPICS.items() if status != "day"},
    "date_announced": Bilingual(
        re.compile(f"{DENIAL_TOPICS['date_announced'].pattern}|{_RELEASE_WORDS.pattern}", re.I)
    ),
}


def _wrap_still_to_come(
    found: dict[str, tuple[str, list[Clause]]], published: datetime | None, hedges: list[str]
) -> None:
    """ "'지우학2' 촬영 마무리 중…이달 크랭크업" over "막바지 촬영을 이어가고 있다": a headline's wrap dated
    this month or later, under a summary that tells the shoot as going on, is the wrap to come."""
    if "wrapped" not in found or "in_production" not in found or published is None:
        return
    wraps, shoots = found["wrapped"][1], found["in_production"][1]
    if not all(c.in_title for c in wraps) or all(c.in_title for c in shoots):
        return
    month = f"{published.year}-{published.month:02d}"
    for clause in wraps:
        mentions = find_mentions(clause.text, published, "future")
        if not mentions or any(_last_month(m) < month for m in mentions):
            return
    hedges.insert(0, f"not wrapped: the headline's wrap is still to come: {wraps[0].text[:80]!r}")
    del found["wrapped"]


def _last_month(mention: DateMention) -> str:
    """The last month a day or window reaches, as "YYYY-MM"."""
    value = mention.value
    if mention.precision in ("day", "month"):
        return value[:7]
    if mention.precision == "quarter":
        return f"{value[:4]}-{int(value[-1]) * 3:02d}"
    if mention.precision == "half":
        return f"{value[:4]}-{'06' if value.endswith('H1') else '12'}"
    return f"{value[:4]}-12"


_FANS_HOPING = re.compile(r"\b(?:fans|viewers|those)\s+(?:who\s+(?:are|were)\s+)?hoping\b", re.I)
_EXPLAINER_HEDGE = re.compile(r"what\s+we\s+know|everything\s+(?:we\s+know|to\s+know)", re.I)
_SHOOT_ENDING = re.compile(
    r"\b(?:to|will|would|could|should|may|might)\s+(?:wrap|finish|end|conclude|last|run)\b|마칠|마무리(?:할|될)|크랭크업|끝날|끝낼|종료(?:될|할)",
    re.I,
)


def _headline_of_a_claim(
    found: dict[str, tuple[str, list[Clause]]],
    parts: list[Clause],
    hedges: list[str],
    plans: dict[str, Clause],
) -> None:
    """A headline compresses the story under it: a development only the headline states ("이달 중순
    크랭크인"), which the summary tells on the same subject only as a claim ("촬영에 들어갈 예정인 것으로
    전해졌다") or as a plan ("오는 5월 촬영을 시작한다"), is that claim or plan. A headline that says the
    development is confirmed stands."""
    claims = [
        c
        for c in parts
        if not c.in_title
        and (c.hedge is not None or c.question)
        and not _CONFIRMED.search(c.text)
        # "Here's everything we know about the delay": a pointer to the explainer, not a claim
        and not (c.hedge is not None and _EXPLAINER_HEDGE.match(c.hedge))
        # "Fans hoping to return to Hyosan this year will have to wait": the fans' hope, not the news
        and not _FANS_HOPING.search(c.text)
    ]
    if not claims and not plans:
        return
    headline_confirms = any(_CONFIRMED.search(c.text) for c in parts if c.in_title)
    # "Netflix has confirmed that the second season will no longer premiere this year": the summary
    # confirms the headline's news, whatever it adds as a plan.
    confirmed = [c for c in parts if not c.in_title and c.hedge is None and _CONFIRMED.search(c.text)]
    for status in list(found):
        topic = _TOPIC_OF.get(status)
        evidence = found[status][1]
        if topic is None or not all(c.in_title for c in evidence):
            continue
        if headline_confirms or (
            # Confirmed words on when it comes (or no longer comes) are the date's news, future tense
            # and all; for a development, future words are a plan.
            status == "date_announced" and any(topic.search(c.text, c.script) for c in confirmed)
        ):
            continue
        if status in plans:
            hedges.insert(0, f"rumor: the headline's {status} is told as a plan: {plans[status].text[:80]!r}")
            del found[status]
            continue
        claim = next(
            (
                c
                for c in claims
                if topic.search(c.text, c.script)
                # "The shoot is expected to wrap by the end of the month": a guess at the end of a
                # shoot takes it as going on.
                and not (status == "in_production" and _SHOOT_ENDING.search(c.text))
            ),
            None,
        )
        if claim is not None:
            hedges.insert(0, f"rumor: the headline's {status} is told as a claim: {claim.text[:80]!r}")
            del found[status]


def classify_text(
    title: str, summary: str, published: datetime | None, language: str = "en"
) -> Classification:
    """Classify a title and plain-text summary published at ``published`` (aware, or None)."""
    relevant, confidence, reasons = _relevance(title, summary)
    if not relevant:
        return Classification(False, None, None, None, confidence, reasons)
    if language not in ("en", "ko"):
        language = "ko" if re.search(r"[가-힣]", title) else "en"
    status, status_reasons, mentions = _analyse(title, summary, published, language)
    timing = best_release(mentions)
    model = status_model.shipped()
    hedged = status == "rumor" and status_reasons != [NO_DEVELOPMENT]
    opinion = model.second_opinion(title, summary, status, hedged=hedged) if model is not None else None
    if opinion is not None:
        status_reasons = [
            *status_reasons,
            f"{opinion.status}: the learned model reads the wording as {opinion.status} "
            f"({opinion.probability:.2f}) and finds {status} unlikely ({opinion.rules_probability:.2f})",
        ]
        status = opinion.status
    if status == "rumor":
        confidence -= 0.1
    dates = [f"date: {timing.release_date or timing.release_window}"] if mentions else []
    return Classification(
        True,
        status,
        timing.release_date,
        timing.release_window,
        round(confidence, 2),
        [*reasons, *status_reasons, *dates],
    )


def classify(item: FeedItem) -> Classification:
    """Classify a normalised feed item (see the module docstring for the rules)."""
    return classify_text(item.title, item.summary, item.published, item.language)
