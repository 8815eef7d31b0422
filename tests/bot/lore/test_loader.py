"""Loader validation: every rule has a broken dataset that must fail with file, entry and line named."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from bot.lore.loader import DatasetError, load_dataset

SRC = "[{ref: 'https://example.org/a', status: confirmed}]"

VALID_FILES: dict[str, str] = {
    "show.yaml": f"""
        - id: the-show
          name: All of Us Are Dead
          name_ko: 지금 우리 학교는
          aliases: [We Are All Dead]
          summary: {{en: A zombie series., ko: 요약}}
          season: 1
          titles: {{english: All of Us Are Dead, hangul: 지금 우리 학교는, romanized: Jigeum Uri Hakgyoneun,
                   literal: Now at Our School}}
          ids: {{imdb: tt14169960, tmdb_tv: 99966, netflix: 81237994,
                wikipedia: 'https://en.wikipedia.org/wiki/All_of_Us_Are_Dead'}}
          genre: {{en: horror, ko: 호러}}
          based_on: {{title: Now at Our School, title_ko: 지금 우리 학교는, author: Joo Dong-geun,
                     author_ko: 주동근, platform: {{en: Naver Webtoon, ko: 네이버 웹툰}},
                     years: 2009–2011, sources: {SRC}}}
          seasons:
            - {{number: 1, status: released, release_date: 2022-01-28, episodes: 12, sources: {SRC}}}
          filming_location: school
          sources: {SRC}
        """,
    "characters.yaml": f"""
        - id: nam-on-jo
          name: Nam On-jo
          hangul: full
          name_ko: 남온조
          aliases: [On-jo]
          summary: {{en: A student., ko: 요약}}
          season: 1
          billing: main
          actor: park-ji-hu
          sources: {SRC}

        - id: lee-cheong-san
          name: Lee Cheong-san
          hangul: not-found
          summary: {{en: Her neighbour., ko: 요약}}
          season: 1
          billing: main
          actor: yoon-chan-young
          relations:
            - {{character: nam-on-jo, kind: {{en: childhood friend, ko: 소꿉친구}}}}
          fate: {{outcome: dies, episode: 11, text: {{en: He dies., ko: 죽는다.}}}}
          sources: {SRC}
        """,
    "cast.yaml": f"""
        - id: park-ji-hu
          name: Park Ji-hu
          hangul: not-found
          summary: {{en: Plays On-jo., ko: 요약}}
          season: 1
          roles: [{{character: nam-on-jo, season: 1}}]
          sources: {SRC}

        - id: yoon-chan-young
          name: Yoon Chan-young
          hangul: not-found
          summary: {{en: Plays Cheong-san., ko: 요약}}
          season: 1
          roles: [{{character: lee-cheong-san, season: 1}}]
          sources: {SRC}
        """,
    "variants.yaml": f"""
        - id: halfbie
          name: Halfbies
          name_ko: 절비
          aliases: [hambie]
          summary: {{en: Half infected., ko: 요약}}
          season: 1
          members: [nam-on-jo]
          sources: {SRC}
        """,
    "locations.yaml": f"""
        - id: school
          name: Hyosan High School
          name_ko: 효산고등학교
          summary: {{en: The school., ko: 요약}}
          season: 1
          category: school
          sources: {SRC}

        - id: science-lab
          name: Science lab
          name_ko: 과학실
          summary: {{en: The lab., ko: 요약}}
          season: 1
          category: room
          part_of: school
          sources: {SRC}
        """,
    "episodes.yaml": f"""
        - id: s1-episode-1
          name: Episode 1
          name_ko: 1화
          summary: {{en: It starts., ko: 요약}}
          season: 1
          number: 1
          sources: {SRC}
        """,
    "timeline.yaml": f"""
        - id: renewal
          name: Renewal
          name_ko: 제작 확정
          summary: {{en: Netflix renews the show., ko: 요약}}
          season: 2
          date: 2022-06-06
          status: confirmed
          sources: {SRC}
        """,
}


def write_dataset(root: Path, **overrides: str | None) -> Path:
    """Write the valid dataset to `root`, replacing files by keyword (show_yaml=...; None deletes)."""
    root.mkdir(parents=True, exist_ok=True)
    for name, text in VALID_FILES.items():
        key = name.replace(".", "_")
        content = overrides.get(key, text)
        if content is None:
            continue
        (root / name).write_text(textwrap.dedent(content).lstrip("\n"), encoding="utf-8")
    return root


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A directory holding the small valid dataset."""
    return write_dataset(tmp_path / "data")


def _problems(tmp_path: Path, **overrides: str | None) -> DatasetError:
    root = write_dataset(tmp_path / "data", **overrides)
    with pytest.raises(DatasetError) as caught:
        load_dataset(root)
    return caught.value


def _one_character(body: str) -> str:
    """characters.yaml with the valid On-jo and Cheong-san plus `body` appended (line 22 onwards)."""
    return textwrap.dedent(VALID_FILES["characters.yaml"]) + textwrap.dedent(body)


def _line_of(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")


def test_valid_small_dataset_loads(data_dir: Path) -> None:
    """The fixture dataset is valid, so every negative test below breaks exactly one rule."""
    dataset = load_dataset(data_dir)
    assert dataset.character("lee-cheong-san").actor == "yoon-chan-young"
    assert dataset.show.ids.imdb == "tt14169960"


def test_real_dataset_loads_without_problems() -> None:
    """The project's data/ directory validates (the bot refuses to start otherwise)."""
    dataset = load_dataset()
    assert len(dataset.characters) >= 24


def test_yaml_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    """A YAML syntax error is reported with the file and the line of the problem."""
    broken = "- id: a\n  name: A\n  aliases: [unclosed\n  summary: x\n"
    error = _problems(tmp_path, variants_yaml=broken)
    (problem,) = error.problems
    assert problem.file.endswith("variants.yaml")
    assert problem.line == 4
    assert "YAML syntax error" in str(error)
    assert "variants.yaml:4" in str(error)


def test_missing_file_is_reported(tmp_path: Path) -> None:
    """A kind's file that does not exist is a problem, not an empty kind."""
    error = _problems(tmp_path, episodes_yaml=None)
    assert any(p.file.endswith("episodes.yaml") and "missing file" in p.message for p in error.problems)


def test_empty_file_is_reported(tmp_path: Path) -> None:
    """An empty file is reported with what was expected."""
    error = _problems(tmp_path, timeline_yaml="# nothing yet\n")
    assert "expected a YAML list of timeline entries" in str(error)


def test_top_level_mapping_is_rejected(tmp_path: Path) -> None:
    """The top of each file must be a list of entries."""
    error = _problems(tmp_path, timeline_yaml="id: renewal\nname: x\n")
    assert "timeline.yaml:1" in str(error)
    assert "expected a YAML list" in str(error)


def test_unknown_field_names_file_entry_line_and_allowed_fields(tmp_path: Path) -> None:
    """A misspelt key is an error naming the entry, its line and the fields that are allowed."""
    text = _one_character(
        f"""
        - id: yoon-i-sak
          name: Yoon I-sak
          hangul: not-found
          summary: {{en: Her best friend., ko: 요약}}
          season: 1
          billing: supporting
          colour: red
          sources: {SRC}
        """
    )
    error = _problems(tmp_path, characters_yaml=text)
    (problem,) = error.problems
    path = tmp_path / "data" / "characters.yaml"
    assert problem.entry == "yoon-i-sak"
    assert problem.line == _line_of(path, "colour: red")
    assert "unknown field 'colour'" in problem.message
    assert "billing" in problem.message  # the allowed fields are listed
    assert f"characters.yaml:{problem.line}: entry 'yoon-i-sak'" in str(error)


def test_unknown_nested_field_is_located(tmp_path: Path) -> None:
    """An unknown key inside a nested mapping (a source) is reported at its own line."""
    text = _one_character(
        """
        - id: yoon-i-sak
          name: Yoon I-sak
          hangul: not-found
          summary: {en: Her best friend., ko: 요약}
          season: 1
          billing: supporting
          sources:
            - ref: https://example.org/b
              status: confirmed
              url: https://example.org/c
        """
    )
    error = _problems(tmp_path, characters_yaml=text)
    (problem,) = error.problems
    assert problem.line == _line_of(tmp_path / "data" / "characters.yaml", "url: https")
    assert "sources[0].url" in problem.message


def test_duplicate_id_within_a_kind(tmp_path: Path) -> None:
    """Two entries with one id in the same file: the second is reported, pointing at the first."""
    text = _one_character(
        f"""
        - id: nam-on-jo
          name: Nam On-jo again
          hangul: not-found
          summary: {{en: Copy., ko: 요약}}
          season: 1
          billing: main
          sources: {SRC}
        """
    )
    error = _problems(tmp_path, characters_yaml=text)
    (problem,) = error.problems
    assert problem.entry == "nam-on-jo"
    assert "duplicate id" in problem.message
    assert problem.line == _line_of(tmp_path / "data" / "characters.yaml", "Nam On-jo again") - 1
    assert "characters.yaml:1" in problem.message  # where the first one is


def test_duplicate_id_across_kinds(tmp_path: Path) -> None:
    """Ids are unique across kinds: a location may not reuse a character's id."""
    locations = textwrap.dedent(VALID_FILES["locations.yaml"]) + textwrap.dedent(
        f"""
        - id: nam-on-jo
          name: On-jo's house
          name_ko: 온조네 집
          summary: {{en: A flat., ko: 요약}}
          season: 1
          category: area
          sources: {SRC}
        """
    )
    error = _problems(tmp_path, locations_yaml=locations)
    (problem,) = error.problems
    assert problem.file.endswith("locations.yaml")
    assert "duplicate id" in problem.message
    assert "character" in problem.message


def test_dangling_actor_reference(tmp_path: Path) -> None:
    """A character whose actor is not in cast.yaml is reported at the actor line."""
    text = _one_character(
        f"""
        - id: yoon-i-sak
          name: Yoon I-sak
          hangul: not-found
          summary: {{en: Her best friend., ko: 요약}}
          season: 1
          billing: supporting
          actor: kim-nobody
          sources: {SRC}
        """
    )
    error = _problems(tmp_path, characters_yaml=text)
    (problem,) = error.problems
    assert problem.entry == "yoon-i-sak"
    assert problem.line == _line_of(tmp_path / "data" / "characters.yaml", "actor: kim-nobody")
    assert "unknown cast 'kim-nobody'" in problem.message


def test_dangling_relation(tmp_path: Path) -> None:
    """A relation to an unknown character is reported with the relation's path."""
    text = _one_character(
        f"""
        - id: yoon-i-sak
          name: Yoon I-sak
          hangul: not-found
          summary: {{en: Her best friend., ko: 요약}}
          season: 1
          billing: supporting
          relations:
            - {{character: nam-on-jo, kind: {{en: best friend, ko: 절친}}}}
            - {{character: nobody-at-all, kind: {{en: rival, ko: 라이벌}}}}
          sources: {SRC}
        """
    )
    error = _problems(tmp_path, characters_yaml=text)
    (problem,) = error.problems
    assert "relations[1].character" in problem.message
    assert "unknown character 'nobody-at-all'" in problem.message
    assert problem.line == _line_of(tmp_path / "data" / "characters.yaml", "nobody-at-all")


def test_dangling_cast_role(tmp_path: Path) -> None:
    """A cast role naming an unknown character is reported in cast.yaml."""
    cast = textwrap.dedent(VALID_FILES["cast.yaml"]) + textwrap.dedent(
        f"""
        - id: kim-joo-ah
          name: Kim Joo-ah
          hangul: not-found
          summary: {{en: Plays I-sak., ko: 요약}}
          season: 1
          roles: [{{character: yoon-i-sak, season: 1}}]
          sources: {SRC}
        """
    )
    error = _problems(tmp_path, cast_yaml=cast)
    (problem,) = error.problems
    assert problem.file.endswith("cast.yaml")
    assert problem.entry == "kim-joo-ah"
    assert "unknown character 'yoon-i-sak'" in problem.message


def test_actor_and_role_must_agree(tmp_path: Path) -> None:
    """A role claimed by an actor the character does not name is a contradiction."""
    cast = textwrap.dedent(VALID_FILES["cast.yaml"]).replace(
        "roles: [{character: lee-cheong-san, season: 1}]", "roles: [{character: nam-on-jo, season: 1}]"
    )
    error = _problems(tmp_path, cast_yaml=cast)
    messages = [p.message for p in error.problems]
    assert any("names actor 'park-ji-hu'" in m for m in messages)
    assert any("has no role for this character" in m for m in messages)


def test_dangling_variant_member_and_location_parent(tmp_path: Path) -> None:
    """Variant members and a location's part_of must name existing entries."""
    variants = VALID_FILES["variants.yaml"].replace("members: [nam-on-jo]", "members: [ghost]")
    locations = VALID_FILES["locations.yaml"].replace("part_of: school", "part_of: nowhere")
    error = _problems(tmp_path, variants_yaml=variants, locations_yaml=locations)
    text = str(error)
    assert "unknown character 'ghost'" in text
    assert "unknown location 'nowhere'" in text


def test_entry_without_sources(tmp_path: Path) -> None:
    """An entry with no sources key is rejected with what a source looks like."""
    text = _one_character(
        """
        - id: yoon-i-sak
          name: Yoon I-sak
          hangul: not-found
          summary: {en: Her best friend., ko: 요약}
          season: 1
          billing: supporting
        """
    )
    error = _problems(tmp_path, characters_yaml=text)
    (problem,) = error.problems
    assert problem.entry == "yoon-i-sak"
    assert "has no 'sources'" in problem.message
    assert "{ref, status, note?}" in problem.message


def test_entry_with_empty_sources(tmp_path: Path) -> None:
    """An empty sources list is as bad as none."""
    text = _one_character(
        """
        - id: yoon-i-sak
          name: Yoon I-sak
          hangul: not-found
          summary: {en: Her best friend., ko: 요약}
          season: 1
          billing: supporting
          sources: []
        """
    )
    error = _problems(tmp_path, characters_yaml=text)
    assert "empty 'sources'" in str(error)


@pytest.mark.parametrize(
    ("field", "value", "limit"),
    [
        ("name", "N" * 101, 100),
        ("summary.en", "S" * 301, 300),
        ("summary.ko", "요" * 301, 300),
        ("description.en", "D" * 2001, 2000),
    ],
)
def test_over_long_field(tmp_path: Path, field: str, value: str, limit: int) -> None:
    """Fields longer than an embed allows are rejected with the length and the limit."""
    base = {
        "name": "Yoon I-sak",
        "summary.en": "Her best friend.",
        "summary.ko": "온조의 절친.",
        "description.en": "More.",
    }
    base[field] = value
    key = field.split(".")[-1]
    text = _one_character(
        f"""
        - id: yoon-i-sak
          name: {base["name"]}
          hangul: not-found
          summary:
            en: {base["summary.en"]}
            ko: {base["summary.ko"]}
          description:
            en: {base["description.en"]}
            ko: 설명.
          season: 1
          billing: supporting
          sources: {SRC}
        """
    )
    error = _problems(tmp_path, characters_yaml=text)
    (problem,) = error.problems
    assert f"field '{field}' is too long: {len(value)} characters, at most {limit}" in problem.message
    assert problem.line == _line_of(tmp_path / "data" / "characters.yaml", f"{key}: {value[:5]}")


def test_missing_korean_names_file_entry_and_field(tmp_path: Path) -> None:
    """A text without its Korean, or with English pasted as the Korean, fails naming the field."""
    text = _one_character(
        f"""
        - id: yoon-i-sak
          name: Yoon I-sak
          hangul: not-found
          summary: {{en: Her best friend.}}
          season: 1
          billing: supporting
          relations:
            - {{character: nam-on-jo, kind: {{en: best friend, ko: best friend}}}}
          sources: {SRC}
        """
    )
    error = _problems(tmp_path, characters_yaml=text)
    path = tmp_path / "data" / "characters.yaml"
    first, second = error.problems
    assert first.entry == second.entry == "yoon-i-sak"
    assert "missing required field 'summary.ko'" in first.message
    assert first.line == _line_of(path, "summary: {en: Her best friend.}")
    assert "relations[0].kind.ko" in second.message and "no hangul" in second.message


def test_korean_name_or_hangul_status_is_required(tmp_path: Path) -> None:
    """A place needs its Korean name; a person says whether a Korean source gives the hangul."""
    locations = VALID_FILES["locations.yaml"].replace("          name_ko: 과학실\n", "")
    characters = VALID_FILES["characters.yaml"].replace("          hangul: full\n", "")
    error = _problems(tmp_path, locations_yaml=locations, characters_yaml=characters)
    text = str(error)
    assert "entry 'science-lab': missing required field 'name_ko'" in text
    assert "entry 'nam-on-jo': missing required field 'hangul'" in text


def test_hangul_not_found_cannot_carry_a_name(tmp_path: Path) -> None:
    """`hangul: not-found` with a name_ko, or `full` without one, contradicts itself."""
    characters = VALID_FILES["characters.yaml"].replace("hangul: full", "hangul: not-found")
    characters = characters.replace(
        "          hangul: not-found\n          summary: {en: Her",
        "          hangul: given-name\n          summary: {en: Her",
    )
    error = _problems(tmp_path, characters_yaml=characters)
    text = str(error)
    assert "entry 'nam-on-jo'" in text and "'not-found' but 'name_ko' is set" in text
    assert "entry 'lee-cheong-san'" in text and "'given-name' but 'name_ko' is missing" in text


@pytest.mark.parametrize(
    "ref",
    [
        "https://www.slashfilm.com/787399/...",
        "https://pinkvilla.com/...all-of-us-are-dead-1399795",
        "https://example.org/cut…",
    ],
)
def test_shortened_link_is_rejected(tmp_path: Path, ref: str) -> None:
    """A link shortened with "..." or "…" leads nowhere and fails; an outlet without a link is fine."""
    text = _one_character(
        f"""
        - id: yoon-i-sak
          name: Yoon I-sak
          hangul: not-found
          summary: {{en: Her best friend., ko: 온조의 절친.}}
          season: 1
          billing: supporting
          sources: [{{ref: '{ref}', status: reported}}, {{outlet: Cineplay, status: reported}}]
        """
    )
    error = _problems(tmp_path, characters_yaml=text)
    (problem,) = error.problems
    assert "sources[0]" in problem.message and "shortened" in problem.message


def test_over_long_alias(tmp_path: Path) -> None:
    """One alias over 100 characters (an autocomplete choice name) is located by its index."""
    text = _one_character(
        f"""
        - id: yoon-i-sak
          name: Yoon I-sak
          hangul: not-found
          aliases: [Isak, {"x" * 120}]
          summary: {{en: Her best friend., ko: 요약}}
          season: 1
          billing: supporting
          sources: {SRC}
        """
    )
    error = _problems(tmp_path, characters_yaml=text)
    assert "field 'aliases[1]' is too long: 120 characters, at most 100" in str(error)


def test_entry_text_must_fit_one_embed(tmp_path: Path) -> None:
    """Summary, description and reveals together may not exceed what one embed can hold."""
    reveals = "\n".join(f"    - {{text: {{en: {'r' * 1000}, ko: 공개}}}}" for _ in range(4))
    text = (
        _one_character(
            f"""
        - id: yoon-i-sak
          name: Yoon I-sak
          hangul: not-found
          summary: {{en: Her best friend., ko: 요약}}
          description: {{en: {"d" * 2000}, ko: 설명}}
          season: 1
          billing: supporting
          sources: {SRC}
          reveals:
        """
        )
        + reveals
        + "\n"
    )
    error = _problems(tmp_path, characters_yaml=text)
    assert "fit one Discord embed" in str(error)


def test_duplicate_mapping_key(tmp_path: Path) -> None:
    """A key given twice in one entry is reported (safe_load would silently keep the last)."""
    text = _one_character(
        f"""
        - id: yoon-i-sak
          name: Yoon I-sak
          hangul: not-found
          summary: {{en: Her best friend., ko: 요약}}
          summary: {{en: Another summary., ko: 요약}}
          season: 1
          billing: supporting
          sources: {SRC}
        """
    )
    error = _problems(tmp_path, characters_yaml=text)
    assert "key 'summary' appears twice" in str(error)
    assert error.problems[0].line == _line_of(tmp_path / "data" / "characters.yaml", "Another summary")


def test_python_tags_are_not_constructed(tmp_path: Path) -> None:
    """Only safe_load semantics: a python/object tag is a YAML error, never executed."""
    text = "- !!python/object/apply:os.system ['echo hacked']\n"
    error = _problems(tmp_path, episodes_yaml=text)
    assert "episodes.yaml:1" in str(error)
    assert "YAML" in str(error)


def test_seed_document_cannot_be_confirmed(tmp_path: Path) -> None:
    """A seed document ref with status confirmed is rejected: seeds are never facts."""
    text = _one_character(
        """
        - id: yoon-i-sak
          name: Yoon I-sak
          hangul: not-found
          summary: {en: Her best friend., ko: 요약}
          season: 1
          billing: supporting
          sources: [{seed: season2-review, status: confirmed}]
        """
    )
    error = _problems(tmp_path, characters_yaml=text)
    assert "can only have status 'seed'" in str(error)


def test_bad_source_ref_and_status(tmp_path: Path) -> None:
    """Refs must be complete https addresses, and web pages cannot carry status seed."""
    text = _one_character(
        """
        - id: yoon-i-sak
          name: Yoon I-sak
          hangul: not-found
          summary: {en: Her best friend., ko: 요약}
          season: 1
          billing: supporting
          sources: [{ref: 'http://example.org', status: reported}, {ref: 'https://a.org', status: seed}]
        """
    )
    error = _problems(tmp_path, characters_yaml=text)
    text_out = str(error)
    assert "ref must be a complete https:// address" in text_out
    assert "status 'seed' is only for seed documents" in text_out


def test_bad_timeline_date(tmp_path: Path) -> None:
    """A timeline date must be a real YYYY, YYYY-MM or YYYY-MM-DD."""
    text = VALID_FILES["timeline.yaml"].replace("date: 2022-06-06", "date: 2022-13")
    error = _problems(tmp_path, timeline_yaml=text)
    assert "not a real date" in str(error)


def test_every_problem_is_listed_at_once(tmp_path: Path) -> None:
    """Problems in several files are reported together, not one per run."""
    variants = VALID_FILES["variants.yaml"].replace("members: [nam-on-jo]", "members: [ghost]")
    error = _problems(
        tmp_path,
        episodes_yaml=None,
        variants_yaml=variants,
        timeline_yaml=VALID_FILES["timeline.yaml"].replace(
            "status: confirmed\n", "status: confirmed\n          x: 1\n"
        ),
    )
    files = {Path(p.file).name for p in error.problems}
    assert files == {"episodes.yaml", "variants.yaml", "timeline.yaml"}
    assert "3 problem(s)" in str(error)
    assert "unknown field 'x'" in str(error)
