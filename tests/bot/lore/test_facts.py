"""The shipped dataset agrees with the researched facts its sources support.

If one of these fails after a data edit, check the entry's sources before changing the test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.lore.models import SEED_DOCUMENTS, Actor, Character, Dataset, Location, TimelineEvent, Variant
from bot.lore.search import LoreIndex, normalize

# actor id -> character id, for every main and supporting role of season 1 in the sources.
SEASON1_ROLES = {
    "park-ji-hu": "nam-on-jo",
    "yoon-chan-young": "lee-cheong-san",
    "cho-yi-hyun": "choi-nam-ra",
    "lomon": "lee-su-hyeok",
    "yoo-in-soo": "yoon-gwi-nam",
    "lee-yoo-mi": "lee-na-yeon",
    "kim-byung-chul": "lee-byeong-chan",
    "lee-kyu-hyung": "song-jae-ik",
    "jeon-bae-soo": "nam-so-ju",
    "ham-sung-min": "han-gyeong-su",
    "lim-jae-hyuk": "yang-dae-su",
    "kim-bo-yoon": "seo-hyo-ryung",
    "son-sang-yeon": "jang-woo-jin",
    "lee-eun-saem": "park-mi-jin",
    "ha-seung-ri": "jang-ha-ri",
    "kim-jin-young": "kim-ji-min",
    "kim-joo-ah": "yoon-i-sak",
    "jin-ho-eun": "jung-min-jae",
    "yang-han-yeol": "yoo-jun-seong",
    "lee-sang-hee": "park-sun-hwa",
    "oh-hye-soo": "min-eun-ji",
    "lee-min-goo": "lee-jin-su",
    "jung-yi-seo": "kim-hyeon-ju",
    "lee-chae-eun": "hee-soo",
    # Named only by a Korean interview (reported), which also gives the hangul 준영.
    "ahn-seung-gyun": "joon-yeong",
}

# character id -> (outcome, episode) where the sources give them; None = episode not sourced.
FATES = {
    "nam-on-jo": ("survives", None),
    "lee-cheong-san": ("dies", 11),
    "choi-nam-ra": ("halfbie", 6),
    "lee-su-hyeok": ("survives", None),
    "yoon-gwi-nam": ("dies", 11),
    "lee-na-yeon": ("dies", None),
    "lee-byeong-chan": ("dies", None),
    "song-jae-ik": ("survives", None),
    "nam-so-ju": ("dies", 11),
    "han-gyeong-su": ("turns", 3),
    "yang-dae-su": ("survives", None),
    "seo-hyo-ryung": ("survives", None),
    "jang-woo-jin": ("dies", 12),
    "park-mi-jin": ("survives", None),
    "jang-ha-ri": ("survives", None),
    "kim-ji-min": ("dies", 10),
    "yoon-i-sak": ("dies", 2),
    "jung-min-jae": ("turns", 11),
    "yoo-jun-seong": ("dies", 10),
    "park-sun-hwa": ("dies", 3),
    "min-eun-ji": ("halfbie", None),
    "joon-yeong": ("dies", 11),
}

SEASON2_RETURNING = {
    "park-ji-hu": "nam-on-jo",
    "yoon-chan-young": "lee-cheong-san",
    "cho-yi-hyun": "choi-nam-ra",
    "lomon": "lee-su-hyeok",
}
SEASON2_NEW = {
    "lee-min-jae": "yong-ma-ru",
    "kim-si-eun": "so-ju-ran",
    "yoon-ga-i": "lee-jong-a",
    "roh-jae-won": "han-du-seok",
}

# Entries that only the seed documents support (the season-2 review, and one claim of the 2024 article).
SEED_ONLY = {
    ("variant", "listeners"),
    ("variant", "climbers"),
    ("variant", "mimics"),
    ("location", "walled-port-city"),
    ("location", "rooftop-triage-gardens"),
    ("location", "blackout-subways"),
    ("location", "flooded-tunnels"),
    ("location", "quarantined-stadium"),
    ("timeline", "2024-04-agency-lists-season-2"),
}
SEED_ARCS = {"nam-on-jo", "lee-su-hyeok", "choi-nam-ra"}
MISTRANSLATIONS = ("We Are All Dead", "We're All Dead")


def test_release_episodes_and_runtime(real_dataset: Dataset) -> None:
    """Season 1: released 2022-01-28 with 12 episodes of 53–72 minutes."""
    season1 = real_dataset.show.seasons[0]
    assert season1.number == 1
    assert season1.release_date == dt.date(2022, 1, 28)
    assert season1.episodes == 12
    assert season1.runtime_min == (53, 72)
    episodes = real_dataset.of("episode")
    assert [e.name for e in episodes] == [f"Episode {n}" for n in range(1, 13)]


def test_ids(real_dataset: Dataset) -> None:
    """IMDb, TMDB and Netflix ids match the ones public sources list."""
    ids = real_dataset.show.ids
    assert (ids.imdb, ids.tmdb_tv, ids.netflix) == ("tt14169960", 99966, 81237994)


def test_directors_and_writer(real_dataset: Dataset) -> None:
    """Lee Jae-kyoo and Kim Nam-su direct; Chun Sung-il writes and is NOT a director (seed 000's error)."""
    show = real_dataset.show
    for season in show.seasons:
        assert season.directors == ("Lee Jae-kyoo", "Kim Nam-su")
        assert season.writers == ("Chun Sung-il",)
    directors = {c.name for c in show.credits if c.role == "director"}
    assert directors == {"Lee Jae-kyoo", "Kim Nam-su"}
    assert {c.name for c in show.credits if c.role == "writer"} == {"Chun Sung-il"}
    for _kind, entry in real_dataset:
        text = f"{entry.summary.en} {entry.description.en if entry.description else ''}".lower()
        assert "director chun" not in text, entry.id


def test_production_and_webtoon(real_dataset: Dataset) -> None:
    """Film Monster and Kim Jong-hak Production; based on Joo Dong-geun's Naver webtoon (2009–2011)."""
    show = real_dataset.show
    assert show.seasons[0].production == ("Film Monster", "Kim Jong-hak Production")
    assert show.based_on.author == "Joo Dong-geun"
    assert show.based_on.platform.en == "Naver Webtoon"
    assert show.based_on.years == "2009–2011"
    location = real_dataset.get("location", show.filming_location or "")
    assert isinstance(location, Location)
    assert "Sunghee Girls' High School" in location.name


def test_titles_and_mistranslations_only_as_aliases(real_dataset: Dataset) -> None:
    """Real titles are set; "We Are All Dead" and "We're All Dead" appear only as search aliases."""
    show = real_dataset.show
    titles = show.titles
    assert titles.english == "All of Us Are Dead"
    assert titles.hangul == "지금 우리 학교는"
    assert titles.romanized == "Jigeum Uri Hakgyoneun"
    assert titles.literal == "Now at Our School"
    wrong = {normalize(t) for t in MISTRANSLATIONS}
    assert wrong <= {normalize(a) for a in show.aliases}
    for _kind, entry in real_dataset:
        assert normalize(entry.name) not in wrong
        text = f"{entry.summary.en} {entry.description.en if entry.description else ''}"
        assert "we are all dead" not in text.lower()
    assert not wrong & {normalize(t) for t in titles.model_dump().values()}


@pytest.mark.parametrize(("actor_id", "character_id"), sorted(SEASON1_ROLES.items()))
def test_actor_character_pairs(real_dataset: Dataset, actor_id: str, character_id: str) -> None:
    """Every main and supporting season-1 role pairs the right actor and character both ways."""
    character = real_dataset.character(character_id)
    assert character.actor == actor_id
    assert character.season == 1
    actor = real_dataset.actor(actor_id)
    assert (character_id, 1) in {(r.character, r.season) for r in actor.roles}


def test_at_least_24_season1_characters(real_dataset: Dataset) -> None:
    """The dataset holds every sourced season-1 character (24 or more)."""
    season1 = [c for c in real_dataset.characters if c.season == 1]
    assert len(season1) >= 24
    joon_yeong = real_dataset.character("joon-yeong")
    assert joon_yeong.actor == "ahn-seung-gyun"
    assert real_dataset.actor("ahn-seung-gyun").is_only_reported


@pytest.mark.parametrize(("character_id", "expected"), sorted(FATES.items()))
def test_fates_and_death_episodes(real_dataset: Dataset, character_id: str, expected: tuple) -> None:
    """Fates and death episodes match where sourced; unverified episodes stay null with a note."""
    fate = real_dataset.character(character_id).fate
    assert fate is not None
    assert (fate.outcome, fate.episode) == expected
    assert fate.spoiler == "season1"
    if character_id in {"lee-na-yeon", "lee-byeong-chan"}:
        assert fate.note and "unverified" in fate.note.en


def test_spoilers_stay_out_of_open_character_text(real_dataset: Dataset) -> None:
    """Summaries and descriptions shown openly never mention deaths, turning or halfbies."""
    words = ("dies", "died", "death", "killed", "sacrific", "turns", "halfbie", "bitten", "zombie")
    for character in real_dataset.characters:
        if character.spoiler != "none":
            continue
        text = f"{character.summary.en} {character.description.en if character.description else ''}".lower()
        assert not any(w in text for w in words), character.id
        korean = f"{character.summary.ko} {character.description.ko if character.description else ''}"
        korean_words = ("죽", "사망", "희생", "감염", "절비", "좀비", "물린")
        assert not any(w in korean for w in korean_words), character.id


def test_season2_cast_as_netflix_announced(real_dataset: Dataset) -> None:
    """July 2025: four returning actors and four new ones, each with their season-2 role."""
    for actor_id, character_id in (SEASON2_RETURNING | SEASON2_NEW).items():
        actor = real_dataset.actor(actor_id)
        assert (character_id, 2) in {(r.character, r.season) for r in actor.roles}, actor_id
        assert any(s.status == "confirmed" for s in actor.sources)
    for character_id in SEASON2_NEW.values():
        character = real_dataset.character(character_id)
        assert character.season == 2
        assert character.evidence == "confirmed"
    assert "University" in real_dataset.character("yong-ma-ru").summary.en.title()
    assert "National Intelligence Service" in real_dataset.character("han-du-seok").summary.en
    assert "국가정보원" in real_dataset.character("han-du-seok").summary.ko


def test_unknown_and_reported_only_cast(real_dataset: Dataset) -> None:
    """Ahn Seung-gyun's role is known only from one Korean interview; Ahn Dong-goo is reported only
    and not in Netflix's list, and no Korean source gives his hangul name."""
    seung_gyun = real_dataset.actor("ahn-seung-gyun")
    assert [r.character for r in seung_gyun.roles] == ["joon-yeong"]
    assert "only a Korean interview" in seung_gyun.summary.en
    dong_goo = real_dataset.actor("ahn-dong-goo")
    assert isinstance(dong_goo, Actor)
    assert dong_goo.is_only_reported
    assert [(r.character, r.season) for r in dong_goo.roles] == [(None, 2)]
    assert "not in Netflix" in dong_goo.summary.en
    assert (dong_goo.hangul, dong_goo.name_ko) == ("not-found", None)


def test_halfbies(real_dataset: Dataset) -> None:
    """Gwi-nam, Nam-ra and Eun-ji are the known halfbies; "hambie" and the Korean terms are aliases."""
    halfbie = real_dataset.get("variant", "halfbie")
    assert isinstance(halfbie, Variant)
    assert set(halfbie.members) == {"yoon-gwi-nam", "choi-nam-ra", "min-eun-ji"}
    assert {"hambie", "반감염자"} <= {normalize(a) for a in halfbie.aliases}
    assert halfbie.name_ko == "절비"
    evolved = real_dataset.get("variant", "evolved-zombies")
    assert evolved is not None
    assert evolved.evidence == "reported"


def test_seed_only_content_is_exactly_the_expected_set(real_dataset: Dataset) -> None:
    """Listeners, Climbers, Mimics, the walled port city ... are seed-only, and nothing else is."""
    seed_only = {(kind, e.id) for kind, e in real_dataset if e.is_unconfirmed}
    assert seed_only == SEED_ONLY
    for kind, entry_id in SEED_ONLY - {("timeline", "2024-04-agency-lists-season-2")}:
        entry = real_dataset.get(kind, entry_id)
        assert entry is not None
        assert (entry.season, entry.spoiler) == (2, "season2")
    seed_arcs = {c.id for c in real_dataset.characters for a in c.arcs if a.evidence == "seed"}
    assert seed_arcs == SEED_ARCS


def test_season2_review_is_never_stated_as_fact(real_dataset: Dataset) -> None:
    """Everything citing the season-2 review is seed-only or also backed by a real source."""
    for _kind, entry in real_dataset:
        cites_review = any(s.seed == "season2-review" for s in entry.sources)
        if cites_review:
            assert entry.is_unconfirmed, entry.id


def test_only_the_review_and_the_2024_article_are_cited_as_seed(real_dataset: Dataset) -> None:
    """The sloppy seed article (wrong director, wrong title) is not a seed kind, so nothing cites it."""
    assert set(SEED_DOCUMENTS) == {"season2-review", "season2-article-2024"}
    for _kind, entry in real_dataset:
        sources = list(entry.sources)
        if isinstance(entry, Character):
            sources += [s for a in entry.arcs for s in a.sources]
        assert {s.seed for s in sources if s.seed} <= set(SEED_DOCUMENTS), entry.id


def test_season2_timeline(real_dataset: Dataset) -> None:
    """Renewal and the July 2025 cast announcement are confirmed; failed forecasts are marked."""
    events = {e.id: e for e in real_dataset.of("timeline") if isinstance(e, TimelineEvent)}
    assert (events["2022-06-renewal"].date, events["2022-06-renewal"].status) == ("2022-06-06", "confirmed")
    announcement = events["2025-07-netflix-announces-cast"]
    assert (announcement.date, announcement.status) == ("2025-07-22", "confirmed")
    assert events["2022-06-writer-returns"].outcome == "did-not-happen"
    assert events["2024-late-2025-forecast"].outcome == "superseded"
    assert events["2025-04-wrong-release-claims"].outcome == "wrong"
    assert events["2026-01-wrap-expected"].status == "rumour"
    assert real_dataset.show.seasons[1].release_date is None


def test_seoul_is_the_confirmed_season2_setting(real_dataset: Dataset, real_index: LoreIndex) -> None:
    """Seoul is a confirmed season-2 location and the top hit for its name."""
    seoul = real_index.get("location", "Seoul")
    assert seoul is not None
    assert (seoul.season, seoul.evidence) == (2, "confirmed")
