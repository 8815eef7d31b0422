"""Tests for bot/tracker/dedupe.py."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.tracker.dedupe import StoryFacts, find_duplicate, normalise_title, same_story

DAY = datetime(2026, 2, 20, tzinfo=UTC)


def _facts(
    title: str, status: str = "wrapped", when: datetime = DAY, window: str | None = None
) -> StoryFacts:
    return StoryFacts(title, status, None, window, when)


def test_near_identical_titles_from_two_outlets_are_one_story() -> None:
    """The same headline with an outlet suffix and different punctuation is the same story."""
    a = _facts("All of Us Are Dead Season 2 Wraps Filming - Soompi")
    b = _facts(
        "'All of Us Are Dead' season 2 wraps filming | What's on Netflix", when=DAY + timedelta(hours=5)
    )
    assert normalise_title(a.title) == "all of us are dead season 2 wraps filming"
    assert same_story(a, b)


def test_different_status_date_or_time_are_different_stories() -> None:
    """Same words but another status, another window, or a week apart: not the same story."""
    base = _facts("All of Us Are Dead season 2 wraps filming")
    assert not same_story(base, _facts(base.title, status="trailer"))
    assert not same_story(_facts(base.title, window="2027-H1"), _facts(base.title, window="2027-H2"))
    assert not same_story(base, _facts(base.title, when=DAY + timedelta(days=7)))


def test_unrelated_titles_are_not_merged() -> None:
    """Two different headlines with the same status stay separate."""
    assert not same_story(
        _facts("All of Us Are Dead season 2 wraps filming"), _facts("Park Ji-hu shares photos from the set")
    )


def test_find_duplicate_returns_the_earlier_item() -> None:
    """find_duplicate names the earlier story a new item repeats."""
    earlier = [("a", _facts("Squid Game news")), ("b", _facts("All of Us Are Dead season 2 wraps filming!"))]
    match = find_duplicate(_facts("All of Us Are Dead season 2 wraps filming"), earlier, lambda pair: pair[1])
    assert match is not None and match[0] == "b"


def test_the_index_decides_as_the_linear_search_does() -> None:
    """Random stories from a small vocabulary (many near-duplicates): same answer, entry for entry."""
    import random
    from datetime import UTC, datetime, timedelta

    from bot.tracker.dedupe import (
        StoryFacts,
        StoryIndex,
        distinctive_words,
        normalise_title,
        same_event,
        same_story,
    )

    rng = random.Random(7)
    words = [
        "All",
        "of",
        "Us",
        "Are",
        "Dead",
        "season",
        "2",
        "filming",
        "begins",
        "wraps",
        "Netflix",
        "지금",
        "우리",
    ]
    start = datetime(2026, 1, 1, tzinfo=UTC)

    def facts() -> StoryFacts:
        title = " ".join(rng.choice(words) for _ in range(rng.randint(3, 7)))
        if rng.random() < 0.3:
            title += rng.choice([" - Soompi", " | Variety", "!"])
        return StoryFacts(
            title,
            rng.choice(["filming", "renewed", None]),
            rng.choice([None, "2027-03-15"]),
            None,
            rng.choice([None, start + timedelta(days=rng.randint(0, 10))]),
        )

    earlier = [facts() for _ in range(400)]
    index: StoryIndex[StoryFacts] = StoryIndex(lambda f: f)
    for entry in earlier:
        index.add(entry)
    found = 0
    for _ in range(400):
        candidate = facts()
        # The index compares only titles sharing a distinctive word (or the very same title).
        own = distinctive_words(normalise_title(candidate.title))
        comparable = [
            f
            for f in earlier
            if own & distinctive_words(normalise_title(f.title))
            or normalise_title(f.title) == normalise_title(candidate.title)
        ]
        expected = next((f for f in comparable if same_story(candidate, f)), None)
        if expected is None:  # then the earliest report of the same event, whatever its wording
            dated = sorted((f for f in earlier if f.published is not None), key=lambda f: f.published)
            expected = next((f for f in dated if same_event(candidate, f)), None)
        assert index.find(candidate) is expected
        found += expected is not None
    assert found > 20  # the vocabulary makes real matches, so the comparison means something


def _report(  # type: ignore[no-untyped-def]
    title: str, status: str | None, day: int, release_date: str | None = None, window: str | None = None
):
    from datetime import UTC, datetime

    from bot.tracker.dedupe import StoryFacts

    return StoryFacts(title, status, release_date, window, datetime(2026, 5, day, 9, tzinfo=UTC))


def test_one_event_in_two_languages_is_one_story() -> None:
    from bot.tracker.dedupe import StoryIndex

    pairs = [
        (
            _report("Netflix renews All of Us Are Dead for a second season - Variety", "renewed", 1),
            _report("넷플릭스, '지금 우리 학교는' 시즌2 제작 확정 - 연합뉴스", "renewed", 2),
        ),
        (
            _report("All of Us Are Dead season 2 begins filming - Soompi", "in_production", 3),
            _report("'지우학' 시즌2 크랭크인…박지후·윤찬영 돌아온다 - 스포츠조선", "in_production", 3),
        ),
        (
            _report(
                "All of Us Are Dead season 2 premieres March 15, 2027 - Netflix",
                "date_announced",
                9,
                "2027-03-15",
            ),
            _report(
                "'지금 우리 학교는' 시즌2, 2027년 3월 15일 공개 - 뉴스1", "date_announced", 10, "2027-03-15"
            ),
        ),
    ]
    for english, korean in pairs:
        index: StoryIndex = StoryIndex(lambda f: f)
        index.add(english)
        assert index.find(korean) is english, korean.title


def test_near_misses_stay_apart() -> None:
    from bot.tracker.dedupe import StoryIndex

    misses = [
        # Two dates announced: the second is a change, not a repeat.
        (
            _report(
                "All of Us Are Dead season 2 premieres March 15 - Netflix", "date_announced", 9, "2027-03-15"
            ),
            _report("'지금 우리 학교는' 시즌2, 4월 2일 공개 - 뉴스1", "date_announced", 10, "2027-04-02"),
        ),
        # A teaser poster and a trailer on the same day: trailers match by title only.
        (
            _report("All of Us Are Dead season 2 teaser poster revealed", "trailer", 5),
            _report("'지금 우리 학교는' 시즌2 메인 예고편 공개", "trailer", 5),
        ),
        # A rumour and its confirmation: the confirmation is news of its own.
        (
            _report("All of Us Are Dead season 2 reportedly renewed", "rumor", 1),
            _report("넷플릭스, '지금 우리 학교는' 시즌2 제작 확정", "renewed", 2),
        ),
        # Netflix answering reports that guessed a premiere is news of its own.
        (
            _report("[단독] '지우학2' 내년 상반기 크랭크인…2027년 공개 목표", "rumor", 20, None, "2027"),
            _report(
                "Netflix responds to reports on All of Us Are Dead season 2 filming schedule", "rumor", 21
            ),
        ),
        # The same kind of development weeks apart.
        (
            _report("All of Us Are Dead season 2 begins filming", "in_production", 1),
            _report("'지우학' 시즌2 크랭크인", "in_production", 20),
        ),
    ]
    for first, second in misses:
        index: StoryIndex = StoryIndex(lambda f: f)
        index.add(first)
        assert index.find(second) is None, second.title


def test_reports_compared_by_what_they_say() -> None:
    """Cast news naming no one joins the report that names the cast; a report of a premiere without
    its date joins the one with it; rumours about the same thing in two languages are one story."""
    from bot.tracker.dedupe import StoryIndex

    pairs = [
        (
            _report("박지후·윤찬영·조이현·로몬, '지우학2' 출연 확정 - 뉴스엔", "cast_announced", 4),
            _report("'지금 우리 학교는2' 출연진 공개…원년 멤버 총출동 - 스포츠조선", "cast_announced", 4),
        ),
        (
            _report("'지우학2' 오늘 공개…5년 만의 귀환 - 뉴시스", "released", 29, "2026-05-29"),
            _report("All of Us Are Dead season 2 is now streaming on Netflix - Forbes", "released", 29),
        ),
        (
            _report("[단독] '지우학2' 4월 첫 촬영 예정 - 스타뉴스", "rumor", 10),
            _report("All of Us Are Dead season 2 reportedly set to start filming in April", "rumor", 11),
        ),
        (
            _report("로몬, '지우학2' 촬영 마쳐…수혁과 작별 - 텐아시아", "in_production", 12),
            _report(
                "Lomon finishes filming his part in 'All of Us Are Dead 2' - Koreaboo", "in_production", 12
            ),
        ),
        (
            _report("'지우학2' 퍼스트룩 공개…무너진 교실 - 조이뉴스24", "trailer", 14),
            _report("First look at All of Us Are Dead season 2 revealed - Collider", "trailer", 14),
        ),
        (
            _report("Netflix weighing a second All of Us Are Dead season, sources say", "rumor", 16),
            _report("넷플릭스, '지우학' 시즌2 제작 논의 중 - 스포츠투데이", "rumor", 17),
        ),
        (
            _report(
                "Lomon bids farewell to Su-hyeok as his All of Us Are Dead 2 shoot ends", "in_production", 18
            ),
            _report("로몬 개인 촬영 종료…'지우학2'는 막바지 촬영 중 - 스포츠투데이", "in_production", 18),
        ),
        # Rumours with the same guess at the premiere, whatever their words.
        (
            _report("'지우학2', 내년 하반기 공개 전망 - 조이뉴스24", "rumor", 21, None, "2027-H2"),
            _report(
                "All of Us Are Dead season 2 could hit Netflix in late 2027, report says",
                "rumor",
                22,
                None,
                "2027-H2",
            ),
        ),
        # The director quoted in both languages.
        (
            _report(
                "이재규 감독 \"'지금 우리 학교는' 시즌2? 하고 싶은 이야기 많아\" - 스포츠조선", "rumor", 23
            ),
            _report(
                "'All of Us Are Dead' director Lee Jae-kyoo opens up about a possible season 2", "rumor", 23
            ),
        ),
        # Footage whose headline doesn't say which kind joins the report that does.
        (
            _report("All of Us Are Dead season 2 drops its first teaser - Soompi", "trailer", 20),
            _report("다시 열린 효산고…'지우학2' 베일 벗었다 - 스포츠경향", "trailer", 20),
        ),
    ]
    for first, second in pairs:
        index: StoryIndex = StoryIndex(lambda f: f)
        index.add(first)
        assert index.find(second) is first, second.title


# Events whose writer grouped what other writers, for the same shape of news, keep apart; the corpus
# README says which rounds read them which way. stories-29 joins a Korean scoop on the filming
# schedule with Netflix's same-day answer in its own words ("촬영 일정 확정된 바 없다"), which
# stories-23 keeps apart: the rules follow stories-23, so the pairs are not counted either way.
# stories-38 joins a Korean exclusive (the cast, the premiere day) with the official confirmation a day
# later, which its own brief and the other writers keep apart: the confirmation is announced as an
# update of the rumour, not folded into it.
_CONTESTED_EVENTS = {"stories-29.jsonl": {"E06"}, "stories-38.jsonl": {"E09", "E23"}}
# A round scored at the end of a session and not yet tuned on: its first score is kept in
# scores.json; the session that tunes on it takes it out of this set.
_NOT_YET_TUNED: set[str] = set()


def test_story_rounds_merge_each_event_in_both_languages() -> None:
    """Every story round, scored as ingest runs: no false merge, and at least 95 % of the English and
    Korean reports of one event merged (each round's first score, before tuning, is in scores.json)."""
    from bot.tracker.evaluation import load_events, score_stories

    rounds = sorted((Path(__file__).parent / "corpus" / "blind").glob("stories-*.jsonl"))
    assert rounds
    for path in (p for p in rounds if p.name not in _NOT_YET_TUNED):
        records = load_events(path)
        assert score_stories(records).false_merges == 0, path.name
        contested = _CONTESTED_EVENTS.get(path.name, set())
        result = score_stories([(item, event) for item, event in records if event not in contested])
        assert result.cross_language_recall >= 0.95, path.name


def test_footage_reported_as_the_date_is_the_footage_release() -> None:
    """Some outlets lead with the trailer, others with the premiere date it shows: one release."""
    from bot.tracker.dedupe import StoryIndex

    index: StoryIndex = StoryIndex(lambda f: f)
    first = _report(
        "'지우학2' 메인 예고편 공개…살아남은 자들 - 일간스포츠", "date_announced", 16, "2026-06-04"
    )
    index.add(first)
    assert (
        index.find(_report("All of Us Are Dead season 2 official trailer - Screen Rant", "trailer", 16))
        is first
    )
    assert (
        index.find(_report("'지우학2' 첫 영상 공개 - 뉴시스", "trailer", 16)) is first
    )  # a video: the trailer


def _may(day: int):  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    return datetime(2026, 5, day, 9, tzinfo=UTC)


def _facts_of(*args):  # type: ignore[no-untyped-def]
    from bot.tracker.dedupe import StoryFacts

    return StoryFacts(*args)


def test_what_they_say_keeps_near_misses_apart() -> None:
    """A teaser and a poster the same day, one actor's last day and another's, an actor's last day
    and the shoot starting, the premiere and its charts a week later: each its own story."""
    from bot.tracker.dedupe import StoryIndex

    misses = [
        (
            _report("All of Us Are Dead season 2 drops first teaser - Soompi", "trailer", 5),
            _report("'지금 우리 학교는' 시즌2 메인 포스터 공개 - 뉴시스", "trailer", 5),
        ),
        (
            _report("로몬, '지우학2' 촬영 마쳐…수혁과 작별 - 텐아시아", "in_production", 12),
            _report("윤찬영, '지우학2' 마지막 촬영…청산이 고마웠다 - 뉴스엔", "in_production", 13),
        ),
        (
            _report("Lomon finishes filming his part in 'All of Us Are Dead 2'", "in_production", 12),
            _report("'지우학' 시즌2 크랭크인 - 스포츠조선", "in_production", 12),
        ),
        (
            _report("'지우학2' 오늘 공개 - 뉴시스", "released", 1, "2026-05-01"),
            _report("'지우학2' 2주 연속 글로벌 1위 - 스포츠동아", "released", 8, "2026-05-01"),
        ),
        (
            _report("Lee Yoo-mi in talks to join All of Us Are Dead season 2", "rumor", 3),
            _report("[단독] 로몬, 새 드라마 합류 검토 - 스타뉴스", "rumor", 3),
        ),
        (  # the premiere and the reviews the next day
            _report("All of Us Are Dead season 2 is now streaming - Collider", "released", 9, "2026-05-09"),
            _report("[리뷰] '지우학2', 더 커진 세계 - 씨네21", "released", 10),
        ),
        (  # a poster and the teaser the same day, each announced with the premiere date
            _report(
                "'지우학2' 티저 포스터 공개…6월 4일 공개 - 스포츠조선", "date_announced", 20, "2026-06-04"
            ),
            _report(
                "All of Us Are Dead 2 teaser sets June 4 premiere - Variety",
                "date_announced",
                20,
                "2026-06-04",
            ),
        ),
        (  # a reported date and Netflix's answer that nothing is set, the same day
            _facts_of("'지우학2' 12월 공개 가닥 - 엑스포츠뉴스", "rumor", None, "2026-12", _may(8)),
            _facts_of("넷플릭스 \"'지우학2' 공개 시기 확정된 바 없어\" - OSEN", "rumor", None, None, _may(8)),
        ),
    ]
    for first, second in misses:
        index: StoryIndex = StoryIndex(lambda f: f)
        index.add(first)
        assert index.find(second) is None, second.title


def test_people_are_found_in_either_script() -> None:
    """Hangul with particles, romanised with or without hyphens; a character stands for their actor."""
    from bot.tracker.people import known_people

    people = known_people()
    assert people.named_in("로몬이 지난 12일 촬영을 마쳤다") == {"lomon"}
    assert people.named_in("Park Jihu and Cho Yi-hyun") == {"park-ji-hu", "cho-yi-hyun"}
    assert people.named_in("남라의 붉은 눈") == people.named_in("Nam-ra's red eyes") == {"cho-yi-hyun"}
    assert people.named_in("Netflix renews the zombie drama") == frozenset()


def test_a_development_confirms_the_rumour_it_answers() -> None:
    """The same subject, the same people when both name some, a date inside the rumoured window."""
    from datetime import UTC, datetime

    from bot.tracker.dedupe import StoryFacts, confirms

    def fact(title: str, status: str, day: int, date: str | None = None, window: str | None = None):  # type: ignore[no-untyped-def]
        return StoryFacts(title, status, date, window, datetime(2026, 5, day, tzinfo=UTC))

    filming = fact("All of Us Are Dead season 2 reportedly begins filming in April", "rumor", 1)
    assert confirms(filming, fact("'지우학' 시즌2 크랭크인", "in_production", 20))
    assert not confirms(filming, fact("All of Us Are Dead season 2 teaser", "trailer", 20))
    earlier = StoryFacts(
        "'지우학' 시즌2 크랭크인", "in_production", None, None, datetime(2026, 4, 1, tzinfo=UTC)
    )
    assert not confirms(filming, earlier)  # a development before the rumour does not confirm it
    cast = fact("Lee Yoo-mi in talks to join All of Us Are Dead season 2", "rumor", 1)
    assert confirms(cast, fact("이유미, '지우학2' 출연 확정", "cast_announced", 9))
    assert not confirms(cast, fact("로몬, '지우학2' 출연 확정", "cast_announced", 9))
    window = fact("All of Us Are Dead season 2 release expected early 2027", "rumor", 1, window="2027-H1")
    assert confirms(window, fact("Season 2 premieres March 12, 2027", "date_announced", 9, "2027-03-12"))
    assert not confirms(window, fact("Season 2 premieres Oct 1, 2027", "date_announced", 9, "2027-10-01"))


def test_a_review_column_is_reception_not_the_premiere() -> None:
    from bot.tracker.dedupe import StoryIndex

    premiere = _report("All of Us Are Dead season 2 is now streaming on Netflix", "released", 7, "2026-05-07")
    review = _report("Stream It Or Skip It: 'All of Us Are Dead' Season 2 on Netflix", "released", 7)
    index: StoryIndex = StoryIndex(lambda f: f)
    index.add(premiere)
    assert index.find(review) is None


def test_an_answer_that_follows_reports_is_news_of_its_own() -> None:
    """Netflix's answer told as coming after the reports is apart from them; an answer in the same
    report ("in talks ... Netflix: nothing decided") stays that report."""
    from bot.tracker.dedupe import StoryIndex

    talks = _facts_of(
        "Lomon in talks to return for All of Us Are Dead 2, per reports",
        "rumor",
        None,
        None,
        _may(3),
        "Lomon is said to be reviewing an offer to reprise Su-hyeok.",
    )
    answer = _facts_of(
        "넷플릭스 \"'지우학2' 캐스팅 확정된 바 없어\"",
        "rumor",
        None,
        None,
        _may(4),
        '넷플릭스 측은 "정해진 것은 없다"고 밝혔다. 전날 일부 매체는 로몬의 합류 소식을 전했다.',
    )
    same_report = _facts_of(
        "로몬 '지우학2' 합류 논의…넷플릭스 \"확정된 바 없어\"",
        "rumor",
        None,
        None,
        _may(3),
        "로몬이 '지금 우리 학교는' 시즌2 출연을 검토 중이다. 넷플릭스는 정해진 것이 없다고 밝혔다.",
    )
    index: StoryIndex = StoryIndex(lambda f: f)
    index.add(talks)
    assert index.find(answer) is None
    assert index.find(same_report) is talks


def test_a_last_day_and_a_divided_reception_read_from_either_language() -> None:
    """ "촬영 마침표" is one actor's last day like "finishes filming his scenes"; "호불호" is how the
    season is judged, like a review."""
    from bot.tracker.dedupe import StoryIndex

    last_day = _report("로몬, '지우학2' 촬영 마침표…수혁과 작별 - 스타뉴스", "in_production", 12)
    assert last_day.filming_stage == "part"
    index: StoryIndex = StoryIndex(lambda f: f)
    index.add(last_day)
    assert index.find(
        _report("Lomon finishes filming his scenes for All of Us Are Dead 2", "in_production", 12)
    )
    verdicts = _report('\'지우학2\' 호불호…"액션은 압도적" vs "전개가 늘어진다"', "released", 13)
    assert verdicts.reception == "review"


def test_the_same_days_reports_of_a_date_told_more_or_less_closely_are_one() -> None:
    """ "January" and "January 30" on one day agree; a week apart, or windows that do not nest, do not."""
    from bot.tracker.dedupe import StoryIndex

    month = _report("넷플릭스 \"'지우학2' 내년 1월 공개 가닥\"", "rumor", 3, None, "2027-01")
    half = _report("All of Us Are Dead season 2 could land early next year", "rumor", 3, None, "2027-H1")
    other_half = _report("All of Us Are Dead season 2 could land late next year", "rumor", 3, None, "2027-H2")
    later = _report("All of Us Are Dead season 2 could land early next year", "rumor", 10, None, "2027-H1")
    index: StoryIndex = StoryIndex(lambda f: f)
    index.add(month)
    assert index.find(half) is month
    assert index.find(other_half) is None
    assert index.find(later) is None


def test_footage_named_together_an_also_and_reactions_after_the_night() -> None:
    """A trailer-and-poster release is one with the trailer's reports; "X도" adds people to the same
    casting news; mixed reactions days later are reception, the night's reactions the premiere."""
    from bot.tracker.dedupe import StoryIndex

    both = _report("'지우학2' 메인 예고편·포스터 공개 - 뉴스1", "trailer", 15)
    assert both.footage == "poster+trailer"
    index: StoryIndex = StoryIndex(lambda f: f)
    index.add(both)
    assert index.find(_report("All of Us Are Dead season 2 trailer is here - IGN", "trailer", 15)) is both
    assert index.find(_report("All of Us Are Dead season 2 teaser drops - IGN", "trailer", 15)) is None

    first = _report("[단독] 박지후·윤찬영, '지우학2' 합류", "rumor", 20)
    also = _report("조이현·로몬도 '지우학2' 출연 긍정 검토", "rumor", 20)
    other = _report("조이현·로몬, '지우학2' 출연 긍정 검토", "rumor", 20)
    index = StoryIndex(lambda f: f)
    index.add(first)
    assert index.find(also) is first
    assert index.find(other) is None

    assert _report("'지우학2' 엇갈린 반응…\"몰입감 여전\"", "released", 8).reception == "review"
    assert _report("'지우학2' 베일 벗었다…공개 직후 반응 엇갈려", "released", 5).reception is None


def test_one_more_actor_in_the_same_cast_announcement() -> None:
    """ "귀남도 돌아온다" adds an actor to the day's cast news, and so does an outlet leading with one
    actor of the line-up within hours; another actor's own news the next day stays apart."""
    from bot.tracker.dedupe import StoryIndex

    cast = _report("박지후·윤찬영 다시 뭉친다…'지금 우리 학교는2' 출연 확정", "cast_announced", 6)
    index: StoryIndex = StoryIndex(lambda f: f)
    index.add(cast)
    assert index.find(_report("귀남도 돌아온다…유인수, '지우학' 시즌2 합류", "cast_announced", 6)) is cast
    assert index.find(_report("유인수, '지우학' 시즌2 합류 확정", "cast_announced", 6)) is cast
    assert index.find(_report("유인수, '지우학' 시즌2 합류", "cast_announced", 7)) is None


def test_a_premiere_announced_for_later_today_is_the_premiere_story() -> None:
    """ "오늘 오후 5시 공개된다" that morning joins the premiere's reports, not the date announced the
    day before at the press conference."""
    from datetime import UTC, datetime

    from bot.tracker.classify import classify
    from bot.tracker.dedupe import StoryIndex, facts_of
    from bot.tracker.items import FeedItem

    def facts(title: str, summary: str, day: int, hour: int, language: str):  # type: ignore[no-untyped-def]
        when = datetime(2026, 10, day, hour, tzinfo=UTC)
        item = FeedItem("test", title, title, summary, "https://example.com/a", when, language)
        return facts_of(item, classify(item))

    press = facts(
        "'지우학2' 제작발표회", "'지금 우리 학교는' 시즌2가 오는 2일 공개된다고 밝혔다.", 1, 6, "ko"
    )
    night = facts(
        "All of Us Are Dead season 2 is now streaming", "The season is out now on Netflix.", 2, 9, "en"
    )
    morning = facts(
        "'지금 우리 학교는' 시즌2 오늘 공개", "시즌2가 2일 오후 5시 전 세계에 공개된다.", 2, 0, "ko"
    )
    assert (press.status, morning.status) == ("date_announced", "released")
    index: StoryIndex = StoryIndex(lambda f: f)
    index.add(press)
    index.add(night)
    assert index.find(morning) is night


def test_stills_released_the_day_of_a_slate_are_their_own_story() -> None:
    """A headline about stills that names no date is the stills' news, even with the slate's year
    in its summary; footage whose headline sets the date is one release with the date."""
    from bot.tracker.dedupe import StoryIndex

    slate = _report(
        "넷플릭스, 내년 라인업 공개…'지우학2' 2027년 공개 확정", "date_announced", 4, None, "2027"
    )
    stills = _report("온조·남라 재회…'지우학2' 첫 스틸 공개", "date_announced", 4, None, "2027")
    teaser = _report("'지우학2' 티저 공개…2027년 공개 확정", "date_announced", 4, None, "2027")
    index: StoryIndex = StoryIndex(lambda f: f)
    index.add(slate)
    assert index.find(stills) is None
    assert index.find(teaser) is slate


def test_an_answer_to_reports_in_either_language_and_a_critics_score() -> None:
    """An answer "following reports" (or "보도에 대해") is apart from the reports; a critics' score is
    the reviews' story, not the charts'."""
    from bot.tracker.dedupe import StoryIndex

    report = _facts_of(
        "All of Us Are Dead season 2 reportedly to start filming in spring",
        "rumor",
        None,
        None,
        _may(3),
        "Korean outlets say cameras will roll in the spring.",
    )
    answers = [
        _facts_of(
            "Netflix Responds To All of Us Are Dead Season 2 Filming Reports",
            "rumor",
            None,
            None,
            _may(4),
            "Following reports that filming would begin in spring, Netflix said nothing has been set.",
        ),
        _facts_of(
            "넷플릭스 \"'지우학2' 촬영 일정 확정된 바 없다\"",
            "rumor",
            None,
            None,
            _may(4),
            '넷플릭스는 시즌2 촬영 관련 보도에 대해 "정해진 것은 없다"고 밝혔다.',
        ),
    ]
    index: StoryIndex = StoryIndex(lambda f: f)
    index.add(report)
    for answer in answers:
        assert index.find(answer) is None

    review = _report("'All of Us Are Dead' season 2 review: louder, emptier", "released", 9)
    score = _report("All of Us Are Dead season 2 hits 88% on Rotten Tomatoes", "released", 10)
    chart = _report("All of Us Are Dead season 2 is No. 1 in 70 countries", "released", 10)
    index = StoryIndex(lambda f: f)
    index.add(review)
    assert index.find(score) is review
    assert index.find(chart) is None


def test_reviews_over_a_few_days_are_one_story() -> None:
    """The critics' verdicts arrive over days: one story, still apart from the charts."""
    from bot.tracker.dedupe import StoryIndex

    first = _report("'All of Us Are Dead' season 2 review: bigger, bloodier", "released", 7, "2026-05-06")
    later = _report("[리뷰] '지우학2', 학교 밖으로 나간 좀비물", "released", 9)
    index: StoryIndex = StoryIndex(lambda f: f)
    index.add(first)
    assert index.find(later) is first


def test_netflix_answering_in_its_own_words_is_apart_from_the_report() -> None:
    """A headline that is Netflix's own answer ("넷플릭스 측 \"...\"", "Netflix Says ...", "Netflix:") is
    news of its own beside the report it answers, and one story with the other answers."""
    from bot.tracker.dedupe import StoryIndex

    report = _facts_of(
        "[단독] '지우학2' 내년 초 크랭크인…주역들 합류 유력",
        "rumor",
        None,
        None,
        _may(3),
        "'지금 우리 학교는' 시즌2가 내년 초 촬영에 돌입할 예정인 것으로 알려졌다.",
    )
    korean_answer = _facts_of(
        "넷플릭스 측 \"'지우학2' 촬영 일정 확정된 바 없어\"",
        "rumor",
        None,
        None,
        _may(3),
        '넷플릭스 관계자는 "시즌2 촬영 일정은 정해지지 않았다"고 밝혔다.',
    )
    english_answer = _facts_of(
        "Netflix: 'All of Us Are Dead' season 2 filming schedule not set",
        "rumor",
        None,
        None,
        _may(4),
        "The streamer said the shooting schedule has not been finalised.",
    )
    index: StoryIndex = StoryIndex(lambda f: f)
    index.add(report)
    assert index.find(korean_answer) is None
    index.add(korean_answer)
    assert index.find(english_answer) is korean_answer


def test_an_agencys_answer_and_a_guess_told_as_a_claim() -> None:
    """An agency's own words answer like a response to reports; a headline telling a guessed premiere
    as a claim is the rumour's story whatever its summary recalls, but an official date is not."""
    from bot.tracker.dedupe import StoryIndex, same_event

    agency_ko = _facts_of(
        "조이현, '지우학2' 출연하나…소속사 \"제안 받고 검토 중\"", "rumor", None, None, _may(5)
    )
    agency_en = _facts_of(
        "Cho Yi-hyun's agency responds to reports of All of Us Are Dead 2 offer", "rumor", None, None, _may(5)
    )
    assert same_event(agency_ko, agency_en)

    talks_ko = _facts_of("'지우학' 시즌2 나오나…넷플릭스·제작사 논의 착수", "rumor", None, None, _may(7))
    talks_en = _facts_of(
        "Netflix reportedly in talks for a second season of All of Us Are Dead",
        "rumor",
        None,
        None,
        _may(8) + timedelta(hours=10),
    )
    assert same_event(talks_ko, talks_en)

    rumour = _facts_of("'지우학2' 내년 3월 공개 가닥", "rumor", None, "2027-03", _may(10))
    claim = _facts_of(
        "All of Us Are Dead 2 could premiere in March 2027, report says", "wrapped", None, "2027-03", _may(10)
    )
    official = _facts_of(
        "Netflix dates All of Us Are Dead 2 for March 2027", "date_announced", None, "2027-03", _may(11)
    )
    index: StoryIndex = StoryIndex(lambda f: f)
    index.add(rumour)
    assert index.find(claim) is rumour
    assert index.find(official) is None


def test_one_answer_told_with_or_without_the_guess_it_answers() -> None:
    """Netflix's answer to the day's reports is one story in either language, whether the outlet
    repeats the guessed window or not; the report it answers stays apart."""
    from bot.tracker.dedupe import StoryIndex

    report = _facts_of(
        "\"'지우학2' 하반기 공개 가닥\" - 스포츠서울",
        "rumor",
        None,
        "2026-H2",
        _may(3),
        "업계에 따르면 '지금 우리 학교는' 시즌2가 하반기 공개될 것으로 전해졌다.",
    )
    answer_ko = _facts_of(
        "넷플릭스 \"'지우학2' 공개 시기 미정\" - 뉴스엔",
        "rumor",
        None,
        "2026-H2",
        _may(3) + timedelta(hours=5),
        "넷플릭스 측은 '지금 우리 학교는' 시즌2 하반기 공개 보도에 대해 "
        '"공개 시기는 정해지지 않았다"고 밝혔다.',
    )
    answer_en = _facts_of(
        "Netflix responds to All of Us Are Dead season 2 release reports - Koreaboo",
        "rumor",
        None,
        None,
        _may(3) + timedelta(hours=9),
        "Netflix said the release schedule for the sequel has not been decided.",
    )
    index: StoryIndex = StoryIndex(lambda f: f)
    index.add(report)
    assert index.find(answer_ko) is None
    index.add(answer_ko)
    assert index.find(answer_en) is answer_ko


def test_one_partys_answers_and_a_claim_over_a_recalled_renewal() -> None:
    """The production company answering the day's reports is one story whichever point each outlet
    leads with; a claimed headline whose summary recalls the renewal is the rumour on its subject,
    while the renewal itself, years before, stays apart."""
    from bot.tracker.dedupe import StoryIndex

    casting = _facts_of(
        "'지우학2' 측 \"출연 논의 중…확정된 바 없어\" - 뉴스엔",
        "rumor",
        None,
        None,
        _may(5),
        "제작사 필름몬스터 측은 5일 캐스팅은 논의 중이라고 밝혔다. 앞서 한 매체는 세 배우의 합류를 보도했다.",
    )
    schedule = _facts_of(
        "필름몬스터 \"'지우학2' 촬영 일정 미정\" - 스타뉴스",
        "rumor",
        None,
        None,
        _may(5) + timedelta(hours=2),
        "촬영이 내년 2월 시작된다는 보도에 대해 제작사가 입장을 밝혔다.",
    )
    index: StoryIndex = StoryIndex(lambda f: f)
    index.add(casting)
    assert index.find(schedule) is casting

    rumour = _facts_of("'지우학2' 내년 초 크랭크인 목표 - 스포츠동아", "rumor", None, "2026", _may(12))
    claim = _facts_of(
        "All of Us Are Dead Season 2 Reportedly Eyeing Early 2025 Shoot - Screen Rant",
        "renewed",
        None,
        None,
        _may(12) + timedelta(hours=12),
        "Netflix, which renewed the series in June 2022, has not commented on the report.",
    )
    renewal = _facts_of(
        "Netflix renews All of Us Are Dead for season 2 - Variety", "renewed", None, None, _may(13)
    )
    index = StoryIndex(lambda f: f)
    index.add(rumour)
    assert index.find(claim) is rumour
    assert index.find(renewal) is None


def test_an_agencys_answer_is_apart_from_the_report_it_answers() -> None:
    """A casting report and, the same day, the actor's side answering it ("박지후 측 \\"...\\"", "her agency
    says") are two stories; the answer in two languages is one."""
    from bot.tracker.dedupe import StoryIndex

    report = _facts_of(
        "[단독] 윤찬영·박지후, '지우학2' 합류 가닥",
        "rumor",
        None,
        None,
        _may(19),
        "19일 방송가에 따르면 윤찬영과 박지후는 시즌2에 출연할 예정인 것으로 알려졌다.",
    )
    recalled = _facts_of(
        "Yoon Chan Young And Park Ji Hoo Reportedly Returning For All Of Us Are Dead Season 2",
        "renewed",
        None,
        None,
        _may(19) + timedelta(hours=8),
        "A media outlet reported that the two will return. Netflix renewed the series in June 2022.",
    )
    answer_ko = _facts_of(
        "박지후 측 \"'지우학2' 출연 긍정 검토 중\" [공식]",
        "rumor",
        None,
        None,
        _may(19) + timedelta(hours=4),
        '박지후 소속사 측이 시즌2 출연설에 대해 "긍정적으로 검토 중"이라고 밝혔다. '
        '윤찬영 측도 "확정된 바 없다"고 했다.',
    )
    answer_en = _facts_of(
        "Park Ji-hu's agency says she is 'positively reviewing' All of Us Are Dead 2 offer",
        "rumor",
        None,
        None,
        _may(20),
        "Park Ji-hu's agency responded Monday to reports that she will return; Yoon Chan-young's side said "
        "nothing is confirmed.",
    )
    index: StoryIndex = StoryIndex(lambda f: f)
    index.add(report)
    assert index.find(recalled) is report
    assert index.find(answer_ko) is None
    index.add(answer_ko)
    assert index.find(answer_en) is answer_ko


def test_a_newcomers_casting_report_and_her_agencys_answer() -> None:
    """Reports that a newcomer the dataset does not know is in talks are one story by what they are
    about (casting); her side's answer, quoted in single quotes or told a day later, is another."""
    from bot.tracker.dedupe import StoryIndex

    scoop = _facts_of("[단독] 신예 한서윤, '지우학2' 주인공 낙점 - 스포츠동아", "rumor", None, None, _may(13))
    wire = _facts_of(
        "Newcomer Han Seo-yoon in talks to lead All of Us Are Dead sequel",
        "rumor",
        None,
        None,
        _may(14),
        "She is in talks to play a transfer student, a Korean daily reported.",
    )
    answer_ko = _facts_of(
        "한서윤 측 '지우학2 출연 제안받고 긍정 검토 중' - 마이데일리",
        "rumor",
        None,
        None,
        _may(13) + timedelta(hours=3),
        "배우 한서윤 측이 시즌2 출연설에 입장을 밝혔다. 소속사는 긍정적으로 검토 중이라고 말했다.",
    )
    answer_en = _facts_of(
        "Han Seo-yoon's agency says actress 'positively reviewing' All of Us Are Dead 2 offer",
        "rumor",
        None,
        None,
        _may(14) + timedelta(hours=8),
        "Responding to Monday's report, her agency said nothing has been finalized.",
    )
    index: StoryIndex = StoryIndex(lambda f: f)
    index.add(scoop)
    assert index.find(wire) is scoop
    assert index.find(answer_ko) is None
    index.add(answer_ko)
    assert index.find(answer_en) is answer_ko


def test_a_newcomer_named_in_hangul_and_in_a_romanised_spelling_is_one_person() -> None:
    """Reports about a newcomer the dataset does not know join by the sound of her name (서윤, Seo-yoon,
    Seo Yoon) when nothing else they say overlaps; another newcomer's news stays apart."""
    from bot.tracker.dedupe import StoryIndex
    from bot.tracker.people import newcomers

    assert newcomers("신예 한서윤, '지우학2' 간다") == newcomers("Newcomer Han Seo-yoon") == {"soyun"}
    assert newcomers("Rookie Han Seo Yoon") == {"soyun"}
    assert newcomers("이번에 공개된 '지우학2'") == frozenset()  # no name beside 신예/배우/측

    korean = _facts_of(
        "[단독] 신예 한서윤, '지우학2' 간다 - 스포츠동아", "cast_announced", None, None, _may(13)
    )
    english = _facts_of(
        "Han Seo-yoon lands All of Us Are Dead 2 - K-Screen Wire", "cast_announced", None, None, _may(13)
    )
    other = _facts_of("신예 강민재, '지우학2' 간다 - 뉴스엔", "cast_announced", None, None, _may(13))
    assert newcomers(other.title) == {"minje"}
    index: StoryIndex = StoryIndex(lambda f: f)
    index.add(korean)
    assert index.find(english) is korean
    assert index.find(other) is None


def test_a_second_newcomer_the_next_day_is_news_of_its_own() -> None:
    """The day after one newcomer's casting, another's: a report recalling the first ("윤서아 이어",
    "a day after fellow newcomer Yoon Seo-ah") is about the second, and a given name the dataset knows
    for a character ("Min-jae") after another surname is someone else."""
    from bot.tracker.dedupe import StoryIndex
    from bot.tracker.people import known_people, newcomers

    assert known_people().named_in("Rookie actor Kang Min-jae") == frozenset()
    assert known_people().named_in("신예 강민재가 합류한다") == frozenset()
    assert newcomers("신예 윤서아가 합류한다") == newcomers("Newcomer Yoon Seo-ah") == {"soa"}
    assert newcomers("배우 장명수가 출연한다") == newcomers("Jang Myung-soo") == {"myongsu"}
    first = _facts_of(
        "신예 윤서아, '지우학2' 합류 - 스타뉴스",
        "cast_announced",
        None,
        None,
        _may(10),
        "신예 윤서아가 '지금 우리 학교는' 시즌2에 합류한다.",
    )
    second_ko = _facts_of(
        "신예 윤서아 이어 강민재도…두 번째 새 얼굴 - 뉴스1",
        "cast_announced",
        None,
        None,
        _may(11),
        "신인 배우 강민재가 '지금 우리 학교는' 시즌2에 출연한다. 전날 윤서아에 이어 두 번째 신예 캐스팅이다.",
    )
    second_en = _facts_of(
        "Newcomer Kang Min-jae joins 'All of Us Are Dead 2' - The Korea Times",
        "cast_announced",
        None,
        None,
        _may(11),
        "Rookie actor Kang Min-jae has been cast, Netflix said, a day after fellow newcomer Yoon Seo-ah.",
    )
    index: StoryIndex = StoryIndex(lambda f: f)
    index.add(first)
    assert index.find(second_ko) is None
    index.add(second_ko)
    assert index.find(second_en) is second_ko


def test_a_newcomers_casting_and_a_known_actors_cameo_days_later_are_two_stories() -> None:
    """A newcomer cast, and two days later an actor the dataset knows confirmed for a cameo: two
    castings. A report two days later naming the newcomer beside the star she faces is the first."""
    from bot.tracker.dedupe import StoryIndex, same_event

    newcomer = _facts_of(
        "신예 문하율, '지금 우리 학교는2' 전격 합류 - 스포츠월드",
        "cast_announced",
        None,
        None,
        _may(10),
        "신인 배우 문하율이 넷플릭스 '지금 우리 학교는' 시즌2에 캐스팅됐다.",
    )
    cameo = _facts_of(
        "Lee Yoo-mi Confirmed For 'All of Us Are Dead' Season 2 Cameo - Soompi",
        "cast_announced",
        None,
        None,
        _may(12),
        "Her agency says Lee Yoo-mi will make a special appearance in the second season.",
    )
    follow_up = _facts_of(
        "'지우학2' 합류 문하율, 박지후와 대립각 - 뉴스엔",
        "cast_announced",
        None,
        None,
        _may(12),
        "'지금 우리 학교는' 시즌2 출연을 확정한 문하율이 온조 역 박지후와 대립한다.",
    )
    index: StoryIndex = StoryIndex(lambda f: f)
    index.add(newcomer)
    assert index.find(cameo) is None
    assert same_event(follow_up, newcomer)


def test_a_headline_naming_no_footage_joins_the_date_report_by_its_summarys_footage() -> None:
    """At a fan event Netflix shows the first video and a window: one outlet leads with the window,
    another with "베일 벗은 '지우학2'" over a summary telling of the first video. One release."""
    from bot.tracker.dedupe import StoryIndex

    dated = _facts_of(
        "First Footage From All of Us Are Dead Season 2 Revealed at Netflix's Fan Event - Collider",
        "date_announced",
        None,
        "2026",
        _may(10),
        "Netflix closed its fan event with a teaser and confirmed the season arrives later this year.",
    )
    unveiled = _facts_of(
        "팬 행사서 베일 벗은 '지우학2'…더 독해진 생존기 - 머니투데이",
        "trailer",
        None,
        None,
        _may(10),
        "넷플릭스 팬 행사에서 '지금 우리 학교는' 시즌2의 첫 영상이 공개됐다.",
    )
    index: StoryIndex = StoryIndex(lambda f: f)
    index.add(dated)
    assert index.find(unveiled) is dated


def test_a_known_name_in_another_spelling_and_a_name_that_starts_a_summary() -> None:
    """ "Lee Jae-kyu" is the director the dataset spells Lee Jae-kyoo; a headline ending in "Go" does
    not make the name that starts the summary someone else's."""
    from bot.tracker.dedupe import StoryIndex
    from bot.tracker.people import known_people

    director = known_people().named_in("Lee Jae-kyoo")
    assert director
    assert known_people().named_in("Lee Jae-kyu said so") == director
    assert known_people().named_in("Where Season 2 Could Go\nLee Jae-kyoo says") == director
    interview = _facts_of(
        "이재규 감독 \"'지우학2' 대본 쓰는 중…내후년 촬영 희망\" - 스포츠경향",
        "rumor",
        None,
        None,
        _may(10),
        "이재규 감독이 인터뷰에서 시즌2 대본을 쓰고 있다고 말했다.",
    )
    told_in_english = _facts_of(
        "All of Us Are Dead Director Opens Up About Where Season 2 Could Go",
        "rumor",
        None,
        None,
        _may(11),
        "Lee Jae-kyu says he is writing the second season and would like to shoot in two years.",
    )
    index: StoryIndex = StoryIndex(lambda f: f)
    index.add(interview)
    assert index.find(told_in_english) is interview


def test_an_answer_that_names_the_rumoured_month_joins_the_report_it_answers() -> None:
    """넷플릭스 "공개일 미정"…9월설에 신중: the answer says which report it answers, so it is that
    story; an answer that names no guess stays news of its own."""
    from bot.tracker.dedupe import StoryIndex

    scoop = _facts_of(
        "[단독] '지우학2', 9월 공개 유력 - 스포츠서울",
        "rumor",
        None,
        "2026-09",
        _may(10),
        "업계에 따르면 '지금 우리 학교는' 시즌2가 오는 9월 공개를 목표로 하고 있는 것으로 전해졌다.",
    )
    naming = _facts_of(
        "넷플릭스 \"'지우학2' 공개일 미정\"…9월설에 선 긋기 - 뉴스엔",
        "rumor",
        None,
        "2026-09",
        _may(10),
        '넷플릭스 측은 9월 공개설에 대해 "공개 시기는 정해지지 않았다"고 밝혔다.',
    )
    plain = _facts_of(
        "넷플릭스 \"'지우학2' 공개 시기 확정된 바 없다\" - 뉴스1",
        "rumor",
        None,
        None,
        _may(10),
        '넷플릭스 측은 "공개 시기는 정해지지 않았다"고 밝혔다.',
    )
    index: StoryIndex = StoryIndex(lambda f: f)
    index.add(scoop)
    assert index.find(naming) is scoop
    assert index.find(plain) is None


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Netflix addresses reports of a December release for All of Us Are Dead 2 - Screen Rant",
            "Netflix said the premiere date has not been set, after Korean outlets pointed to December.",
        ),
        (
            "All of Us Are Dead season 2: Netflix silent on December premiere rumours - Express",
            "A Netflix spokesperson said there is nothing to announce about the sequel's premiere yet.",
        ),
        (
            "넷플릭스 측 \"'지우학2' 12월 공개 보도, 확정된 바 없어\" - 티브이데일리",
            '넷플릭스 측은 시즌2의 12월 공개 보도에 대해 "공개 시점은 정해진 바 없다"고 했다.',
        ),
    ],
)
def test_an_answer_naming_the_guess_in_either_language_joins_the_report(title: str, summary: str) -> None:
    """An answer whose headline says which report it answers (by its guess, in English or Korean) is
    that report's story, told in the other language."""
    from bot.tracker.dedupe import StoryIndex, script_of

    korean = _facts_of(
        "'지우학2' 12월 공개 가닥 - 일간스포츠",
        "rumor",
        None,
        "2026-12",
        _may(11),
        "방송가에 따르면 '지금 우리 학교는' 시즌2가 12월 공개를 목표로 후반 작업 중이다.",
    )
    english = _facts_of(
        "All of Us Are Dead season 2 eyes December bow, local media say - Koreaboo",
        "rumor",
        None,
        "2026-12",
        _may(11),
        "Korean outlets report the zombie sequel is aiming for a December launch on Netflix.",
    )
    answer = _facts_of(title, "rumor", None, "2026-12", _may(12), summary)
    report = english if script_of(title) == "ko" else korean
    index: StoryIndex = StoryIndex(lambda f: f)
    index.add(report)
    assert answer.answer
    assert index.find(answer) is report


def test_a_guess_told_with_the_answer_to_it_joins_a_closer_guess_of_the_same_days() -> None:
    """ "연말 공개 관측…넷플릭스 '정해진 것 없어'" tells the outlets' guess and Netflix's answer: it is
    the story of the guess, which another outlet tells more closely ("12월 공개 가닥"). An answer that
    tells no guess of its own stays apart from them."""
    from bot.tracker.dedupe import StoryIndex

    closer = _facts_of(
        "'지우학2', 12월 공개 가닥 - 일간스포츠",
        "rumor",
        None,
        "2026-12",
        _may(11),
        "방송가에 따르면 '지금 우리 학교는' 시즌2가 12월 공개를 목표로 후반 작업 중이다.",
    )
    told_with_answer = _facts_of(
        "'지우학2' 연말 공개 관측…넷플릭스 \"정해진 것 없어\" - 헤럴드경제",
        "rumor",
        None,
        "2026-H2",
        _may(12),
        "'지금 우리 학교는' 시즌2가 연말 공개될 것이라는 관측이 나온다. "
        '넷플릭스 측은 "정해진 것은 없다"고 했다.',
    )
    bare_answer = _facts_of(
        "넷플릭스 \"'지우학2' 공개 시점 정해진 것 없어\" - 뉴스1",
        "rumor",
        None,
        None,
        _may(12),
        '넷플릭스 측은 "공개 시점은 정해진 것이 없다"고 했다.',
    )
    index: StoryIndex = StoryIndex(lambda f: f)
    index.add(closer)
    assert index.find(told_with_answer) is closer
    assert index.find(bare_answer) is None


def test_a_rumour_relaying_a_report_hours_later_is_that_story_but_one_before_it_is_not() -> None:
    """An English site relays a Korean exclusive hours later as "reportedly": one story. A rumour told
    before the development is confirmed stays its own story, so the confirmation is an update."""
    from datetime import timedelta

    from bot.tracker.dedupe import StoryIndex

    exclusive = _facts_of(
        "[단독] '지우학2' 오늘 첫 촬영…효산고 문 다시 연다 - 일간스포츠",
        "in_production",
        None,
        None,
        _may(10),
        "'지금 우리 학교는' 시즌2가 10일 경기도에서 첫 촬영에 돌입했다.",
    )
    relayed = _facts_of(
        "All of Us Are Dead season 2 has reportedly begun shooting - Dexerto",
        "rumor",
        None,
        None,
        _may(10) + timedelta(hours=3),
        "Cameras reportedly started rolling on Sunday, according to an exclusive from Ilgan Sports.",
    )
    index: StoryIndex = StoryIndex(lambda f: f)
    index.add(exclusive)
    assert index.find(relayed) is exclusive

    earlier_rumour = _facts_of(
        "All of Us Are Dead season 2 could start filming this week - Dexerto",
        "rumor",
        None,
        None,
        _may(9),
        "Sources say cameras may roll as early as Sunday.",
    )
    index = StoryIndex(lambda f: f)
    index.add(earlier_rumour)
    assert index.find(exclusive) is None


def test_a_weekend_guide_naming_the_premiere_day_two_days_on_is_the_premiere() -> None:
    """Out on Friday; Sunday's streaming guide says so with the same day: one premiere. A chart report
    the same Sunday is how the season is doing, news of its own."""
    from bot.tracker.dedupe import StoryIndex

    premiere = _facts_of(
        "'지우학2' 오늘 공개…다시 열린 효산고 - 뉴스엔",
        "released",
        "2026-05-08",
        None,
        _may(8),
        "'지금 우리 학교는' 시즌2가 8일 오후 5시 공개됐다.",
    )
    guide = _facts_of(
        "What to stream this weekend: All of Us Are Dead season 2 and more - Decider",
        "released",
        "2026-05-08",
        None,
        _may(10),
        "Netflix's zombie sequel landed on May 8.",
    )
    charts = _facts_of(
        "All of Us Are Dead season 2 tops Netflix's global chart - Variety",
        "released",
        "2026-05-08",
        None,
        _may(10),
        "The sequel, out since May 8, hit No. 1 in 60 countries.",
    )
    index: StoryIndex = StoryIndex(lambda f: f)
    index.add(premiere)
    assert index.find(guide) is premiere
    assert index.find(charts) is None


def test_answers_part_wraps_and_slates_told_in_other_words() -> None:
    """Netflix "stated" is Netflix answering; "분량 촬영 마치고" is one actor's part; two reports of the
    season left off the year's slate are one story."""
    from datetime import timedelta

    from bot.tracker.dedupe import same_event

    stated = _facts_of(
        "Netflix Responds To Reports Of 'All Of Us Are Dead' Season 2 Talks",
        "rumor",
        None,
        None,
        _may(9),
        'Following reports, Netflix stated on May 9, "Nothing has been decided."',
    )
    answered = _facts_of(
        "넷플릭스 측 \"'지우학' 시즌2, 확정된 바 없다\" - 뉴스엔",
        "rumor",
        None,
        None,
        _may(9),
        '넷플릭스 관계자는 9일 "확정된 바 없다"고 밝혔다.',
    )
    assert same_event(stated, answered)
    part_en = _facts_of(
        "Yoon Chan-young wraps his 'All of Us Are Dead 2' scenes - Soompi",
        "in_production",
        None,
        None,
        _may(9),
        "His agency said he finished filming his part; the rest of the cast keeps shooting.",
    )
    part_ko = _facts_of(
        "윤찬영, '지우학2' 분량 촬영 마치고 차기작으로 - 텐아시아",
        "in_production",
        None,
        None,
        _may(9),
        "윤찬영이 자신의 분량 촬영을 마쳤다. 박지후, 조이현 등은 촬영을 이어간다.",
    )
    assert part_ko.filming_stage == "part"
    assert same_event(part_en, part_ko)
    left_out_ko = _facts_of(
        "넷플릭스 2027 라인업 발표…'지우학2'는 없었다 - 조이뉴스24",
        "rumor",
        None,
        None,
        _may(9),
        "넷플릭스가 내년 라인업을 공개했지만 '지금 우리 학교는' 시즌2는 명단에 없었다.",
    )
    left_out_en = _facts_of(
        "All of Us Are Dead season 2 missing from Netflix's 2027 Korean slate - Dexerto",
        "rumor",
        None,
        None,
        _may(9) + timedelta(days=1),
        "Netflix unveiled its Korean lineup without the zombie sequel.",
    )
    assert same_event(left_out_ko, left_out_en)


def test_the_first_weekends_rankings_and_the_weekly_top_ten_are_two_chart_stories() -> None:
    """FlixPatrol's rankings over the first weekend, then Netflix's weekly Top 10 with its views: two
    chart reports a day or two apart. "You-bin" and 유빈 sound alike; a Korean guess at the window and an
    English site's relay of it a day and a half later nest, so they are one rumour."""
    from datetime import timedelta

    from bot.tracker.dedupe import same_event
    from bot.tracker.people import newcomers

    weekend = _facts_of(
        "'지우학2', 공개 사흘 만에 한국 1위 - 스포츠동아",
        "released",
        None,
        None,
        _may(11),
        "플릭스패트롤에 따르면 10일 기준 60개국에서 톱10에 진입했다.",
    )
    weekly = _facts_of(
        "All of Us Are Dead 2 Debuts at No. 1 on Netflix's Global Top 10 - Variety",
        "released",
        None,
        None,
        _may(12),
        "The season racked up 9.4 million views in its first three days.",
    )
    assert not same_event(weekend, weekly)
    assert newcomers("Newcomer Han You-bin") == newcomers("신예 한유빈이 합류")
    guess_ko = _facts_of(
        "'지우학2' 이달 말 촬영 마무리 전망…내년 하반기 공개 유력",
        "rumor",
        None,
        "2027-H2",
        _may(12),
        "업계에 따르면 공개는 내년 하반기가 유력하다는 관측이다.",
    )
    relay_en = _facts_of(
        "All of Us Are Dead Season 2 Reportedly Nearing the End of Filming",
        "rumor",
        None,
        "2027",
        _may(12) + timedelta(hours=36),
        "Korean reports suggest the shoot could wrap soon; we'd expect 2027.",
    )
    assert same_event(relay_en, guess_ko)


def test_a_first_look_revealed_in_the_slate_is_the_slates_news() -> None:
    """Netflix's line-up dates the season to this year and shows a first still: an English headline
    leading with the still "in Netflix Korea Slate" is the same story as the Korean slate report."""
    from bot.tracker.dedupe import same_event

    slate = _facts_of(
        "넷플릭스 2027 라인업 공개…'지우학2' 올해 온다 - 한국일보",
        "date_announced",
        None,
        "2027",
        _may(10),
        "넷플릭스가 라인업을 발표했다. '지금 우리 학교는' 시즌2가 올해 공개작으로 이름을 올렸다.",
    )
    first_look = _facts_of(
        "'All of Us Are Dead' Season 2 First Look Revealed in Netflix Korea Slate - Variety",
        "date_announced",
        None,
        "2027",
        _may(10),
        "Netflix unveiled a first-look image as part of its Korean lineup, confirming a return this year.",
    )
    assert same_event(slate, first_look)
