"""LoreIndex: ranking of real queries, typos, hangul, garbage, autocomplete defaults and lookups."""

from __future__ import annotations

import random
import string

import pytest

from bot.lore.models import Character
from bot.lore.search import AUTOCOMPLETE_LIMIT, CLOSEST_MIN_SCORE, MIN_SCORE, LoreIndex, normalize


@pytest.mark.parametrize(
    ("query", "kind", "entry_id"),
    [
        ("온조", "character", "nam-on-jo"),
        ("남온조", "character", "nam-on-jo"),
        ("onjo", "character", "nam-on-jo"),
        ("On-jo", "character", "nam-on-jo"),
        ("On Jo", "character", "nam-on-jo"),
        ("Nam On-jo", "character", "nam-on-jo"),
        ("NAM ONJO", "character", "nam-on-jo"),
        ("nam ra", "character", "choi-nam-ra"),
        ("남라", "character", "choi-nam-ra"),
        ("halfbie", "variant", "halfbie"),
        ("hambie", "variant", "halfbie"),
        ("halfbies", "variant", "halfbie"),
        ("절비", "variant", "halfbie"),
        ("mimic", "variant", "mimics"),
        ("cheongsan", "character", "lee-cheong-san"),
        ("청산", "character", "lee-cheong-san"),
        ("su hyuk", "character", "lee-su-hyeok"),
        ("gwinam", "character", "yoon-gwi-nam"),
        ("Lomon", "cast", "lomon"),
        ("park solomon", "cast", "lomon"),
        ("Park Ji-hoo", "cast", "park-ji-hu"),
        ("We Are All Dead", "show", "all-of-us-are-dead"),
        ("지금 우리 학교는", "show", "all-of-us-are-dead"),
        ("jonas virus", "variant", "jonas-virus"),
        ("class 2-5", "location", "classroom-2-5"),
        ("ep 3", "episode", "s1-episode-3"),
        ("Hyosan High", "location", "hyosan-high-school"),
        ("Seoul", "location", "seoul"),
        ("port city", "location", "walled-port-city"),
        ("renewal", "timeline", "2022-06-renewal"),
        ("Nám On-jó", "character", "nam-on-jo"),  # diacritics do not hide a name
        ("Nam On-jo\u0301", "character", "nam-on-jo"),
    ],
)
def test_query_finds_expected_top_hit(real_index: LoreIndex, query: str, kind: str, entry_id: str) -> None:
    """Names, romanization variants, hangul and aliases find the intended entry first."""
    hits = real_index.search(query)
    assert hits, f"no hit for {query!r}"
    assert (hits[0].kind, hits[0].id) == (kind, entry_id)


@pytest.mark.parametrize(
    ("typo", "entry_id"),
    [
        ("cheongsn", "lee-cheong-san"),
        ("chungsan", "lee-cheong-san"),
        ("gwinan", "yoon-gwi-nam"),
        ("soohyeok", "lee-su-hyeok"),
        ("hyoryng", "seo-hyo-ryung"),
        ("byeongchann", "lee-byeong-chan"),
        ("namraa", "choi-nam-ra"),
        ("nayon", "lee-na-yeon"),
        ("daesuu", "yang-dae-su"),
    ],
)
def test_typos_find_the_character(real_index: LoreIndex, typo: str, entry_id: str) -> None:
    """A dropped, doubled or changed letter still ranks the intended character first."""
    hits = real_index.search(typo, kinds=("character",))
    assert hits
    assert hits[0].id == entry_id


def test_hangul_given_name_is_found_only_by_hangul(real_index: LoreIndex) -> None:
    """The hangul given name is derived from the full hangul name and carries the hangul label."""
    (hit, *_) = real_index.search("수혁")
    assert hit.id == "lee-su-hyeok"
    assert hit.label_ko == "이수혁"
    assert hit.label == "Lee Su-hyeok"


def test_prefix_typing_offers_all_matching_characters(real_index: LoreIndex) -> None:
    """Typing the family name "nam" offers the three Nams, and a mistranslation is not among them."""
    ids = [h.id for h in real_index.autocomplete("character", "nam")[:3]]
    assert set(ids) == {"nam-on-jo", "choi-nam-ra", "nam-so-ju"}


GARBAGE = [
    "ㅋㅋㅋ",
    "ㅎㅎㅎㅎ",
    "@everyone",
    "@here",
    "<@&1>",
    "<@123456789012345678>",
    "<#123456789012345678>",
    "🧟‍♂️🧟‍♀️🔥",
    "",
    "   ",
    "!!!???",
    "\x00\x01\x02",
    "zzzzqqqxx",
    "a" * 5000,
]


@pytest.mark.parametrize("query", GARBAGE)
def test_garbage_returns_no_hit(real_index: LoreIndex, query: str) -> None:
    """Jamo, mentions, emoji, control characters and junk give no hit and raise nothing."""
    assert real_index.search(query) == []
    assert real_index.autocomplete("character", query) == [] or not query.strip()
    assert all(h.score < MIN_SCORE for h in real_index.closest("character", query))


def test_random_strings_stay_below_threshold(real_index: LoreIndex) -> None:
    """200 random 100-character strings never reach the search threshold."""
    rng = random.Random(1234)
    alphabet = string.printable + "가나다라마바사ㅋㅎ🧟éü"
    for _ in range(200):
        query = "".join(rng.choice(alphabet) for _ in range(100))
        assert real_index.search(query) == [], query


def test_scores_are_best_first_and_bounded(real_index: LoreIndex) -> None:
    """Hits come sorted by score, within 0..100, and respect the limit."""
    hits = real_index.search("lee", limit=5)
    assert len(hits) == 5
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True)
    assert all(MIN_SCORE <= s <= 100 for s in scores)


def test_kinds_filter(real_index: LoreIndex) -> None:
    """`kinds` restricts the search: "park" in cast finds actors only."""
    hits = real_index.search("park", kinds=("cast",))
    assert hits
    assert {h.kind for h in hits} == {"cast"}


def test_unknown_kind_is_an_error(real_index: LoreIndex) -> None:
    """A misspelt kind is a programming error, reported with the valid kinds."""
    with pytest.raises(ValueError, match="kinds are"):
        real_index.autocomplete("charakter", "onjo")


def test_empty_autocomplete_lists_main_characters_first(real_index: LoreIndex) -> None:
    """With nothing typed, the main season-1 characters come first, then the rest, max 25."""
    hits = real_index.autocomplete("character", "")
    assert len(hits) == AUTOCOMPLETE_LIMIT
    assert hits[0].id == "nam-on-jo"
    billing = [real_index.dataset.character(h.id).billing for h in hits]
    assert billing == sorted(billing, key=["main", "supporting", "minor"].index)
    first_nine = {h.id for h in hits[:9]}
    assert {"lee-cheong-san", "choi-nam-ra", "lee-su-hyeok"} <= first_nine


def test_autocomplete_never_exceeds_discord_limit(real_index: LoreIndex) -> None:
    """Discord accepts at most 25 choices with names of at most 100 characters."""
    for kind in real_index.kinds:
        for query in ("", "a", "e", "lee"):
            hits = real_index.autocomplete(kind, query, limit=100)
            assert len(hits) <= AUTOCOMPLETE_LIMIT
            assert all(len(h.label) <= 100 for h in hits)


def test_get_by_id_name_alias_and_hangul(real_index: LoreIndex) -> None:
    """get() accepts an id or any exact name (case, spacing and hyphens aside)."""
    for text in ("nam-on-jo", "Nam On-jo", "nam onjo", "남온조", "On-jo"):
        entry = real_index.get("character", text)
        assert isinstance(entry, Character)
        assert entry.id == "nam-on-jo"
    assert real_index.get("character", "Nam Onj") is None
    assert real_index.get("cast", "nam-on-jo") is None


def test_closest_suggests_near_misses(real_index: LoreIndex) -> None:
    """closest() offers "did you mean" entries above its lower threshold, best first."""
    hits = real_index.closest("character", "cheongsam", n=3)
    assert hits[0].id == "lee-cheong-san"
    assert len(hits) <= 3
    assert all(h.score >= CLOSEST_MIN_SCORE for h in hits)


def test_normalize_folds_case_accents_punctuation_and_mentions() -> None:
    """normalize() keeps letters, digits and hangul syllables only."""
    assert normalize("Nam On-jo!") == "namonjo"
    assert normalize("Ça va") == "cava"
    assert normalize("ＯＮＪＯ") == "onjo"  # full-width letters from East Asian keyboards
    assert normalize("<@&1> @everyone 온조") == "온조"
    assert normalize("🧟") == ""


def test_one_character_is_a_prefix(real_index: LoreIndex) -> None:
    """The first typed syllable or letter already offers the names that start with it."""
    ids = {h.id for h in real_index.autocomplete("character", "남")}
    assert {"nam-on-jo", "choi-nam-ra"} <= ids
    first = real_index.autocomplete("character", "n")
    assert first[0].id in {"nam-on-jo", "choi-nam-ra", "nam-so-ju"}
    assert real_index.autocomplete("character", "ㅋ") == []
