"""Trivia files: Red lists, our YAML and CSV round trips, and every bad input with its line."""

from __future__ import annotations

import pytest
import yaml

from bot.trivia.formats import ImportProblems, TriviaFormat, detect_format, dump_pack, load_pack
from bot.trivia.models import Difficulty, Limits, Origin

RED_LIST = """\
AUTHOR: A Hyosan fan
DESCRIPTION: Questions about the show
CONFIG:
  max_score: 5
  delay: 12
  timeout: 30
  reveal_answer: false
  use_spoilers: true
  bot_plays: false
  payout_multiplier: 1.5
  shiny_new_key: kept
How many episodes does season 1 have?:
- 12
- twelve
Is Hyosan a fictional city?:
- yes
In which year was the show released?:
- 2022
What is the virus called?:
- Jonas virus
- Jonas
How many hours were viewed in the first week, in millions?:
- 124.79
Who plays Nam On-jo?:
- Park Ji-hu
- 박지후
Is the show a comedy?:
- false
"""


def red_meaning(doc: dict) -> dict:
    """What Red makes of a list: answers as strings, booleans spelled out, duplicates dropped."""
    out = {}
    for key, value in doc.items():
        if key in ("AUTHOR", "DESCRIPTION", "CONFIG"):
            out[key] = value
            continue
        answers: list[str] = []
        for answer in value:
            if isinstance(answer, bool):
                answers += ["True", "Yes", "On"] if answer else ["False", "No", "Off"]
            else:
                answers.append(str(answer))
        out[key] = list(dict.fromkeys(answers))
    return out


def problems_of(
    data: bytes | str, filename: str = "list.yaml", **kwargs: object
) -> list[tuple[int | None, str]]:
    raw = data.encode() if isinstance(data, str) else data
    with pytest.raises(ImportProblems) as info:
        load_pack(raw, filename, **kwargs)  # type: ignore[arg-type]
    return [(p.line, p.said()) for p in info.value.problems]


# -- Red-DiscordBot lists ------------------------------------------------------------------------


def test_red_list_round_trips_unchanged_in_meaning() -> None:
    """A Red list with metadata, CONFIG, numbers and booleans comes back meaning the same to Red."""
    pack = load_pack(RED_LIST.encode(), "hyosan.yaml")
    assert pack.author == "A Hyosan fan" and pack.description == "Questions about the show"
    assert pack.config.max_score == 5 and pack.config.delay == 12.0 and pack.config.reveal_answer is False
    assert pack.config.extra == {"shiny_new_key": "kept"}
    assert all(q.origin is Origin.RED_IMPORT for q in pack.questions)
    exported = dump_pack(pack, TriviaFormat.RED)
    assert red_meaning(yaml.safe_load(exported)) == red_meaning(yaml.safe_load(RED_LIST))
    again = load_pack(exported, "hyosan.yaml")
    assert [q.answers for q in again.questions] == [q.answers for q in pack.questions]


def test_red_booleans_and_numbers_become_answers() -> None:
    """YAML true is accepted as True/Yes/On/Y and a number as its text, as Red does."""
    pack = load_pack(RED_LIST.encode(), "hyosan.yaml")
    by_text = {q.text: q for q in pack.questions}
    assert by_text["Is Hyosan a fictional city?"].answers == ("True", "Yes", "On", "Y")
    assert by_text["Is the show a comedy?"].answers == ("False", "No", "Off", "N")
    assert by_text["How many hours were viewed in the first week, in millions?"].answers == ("124.79",)


def test_red_config_becomes_session_settings() -> None:
    """delay sets the seconds, max_score the winning count, timeout can shorten the idle rule."""
    pack = load_pack(RED_LIST.encode(), "hyosan.yaml")
    settings = pack.config.session_settings(default_seconds=20, default_idle_rounds=2)
    assert (settings.seconds, settings.win_at_correct, settings.reveal_answer) == (12.0, 5, False)
    assert settings.idle_rounds == 2 and settings.use_spoilers


def test_red_import_generates_wrong_options_of_the_same_kind() -> None:
    """Wrong options come from other answers of the list: numbers for numbers, never a right answer."""
    pack = load_pack(RED_LIST.encode(), "hyosan.yaml")
    by_text = {q.text: q for q in pack.questions}
    year = by_text["In which year was the show released?"]
    assert len(year.wrong) == 3 and all(w.isdigit() and w != "2022" for w in year.wrong)
    virus = by_text["What is the virus called?"]
    assert len(virus.wrong) == 3 and not {"Jonas virus", "Jonas"} & set(virus.wrong)
    assert load_pack(RED_LIST.encode(), "hyosan.yaml") == pack  # seeded: the same every time


def test_short_red_list_stays_typed_only() -> None:
    """With too few other answers to choose from, questions are typed only."""
    pack = load_pack(b"Who plays On-jo?:\n- Park Ji-hu\nWho plays Nam-ra?:\n- Cho Yi-hyun\n", "two.yaml")
    assert all(q.typed_only for q in pack.questions)
    assert pack.questions[0].category == "two"


def test_red_list_with_long_questions_and_answers_imports() -> None:
    """Real Red lists have questions near 500 characters and answers near 600: they fit the limits."""
    question = "Which team " + "x" * 490 + "?"
    answer = "a" * 600
    pack = load_pack(yaml.safe_dump({question: [answer]}).encode(), "long.yaml")
    assert pack.questions[0].answers == (answer,)


def test_red_repeated_question_with_same_answers_is_read_once() -> None:
    """Red's own lists repeat a question with the same answers; that is harmless."""
    pack = load_pack(b"Q1?:\n- A\nQ2?:\n- B\nQ1?:\n- A\n", "r.yaml")
    assert [q.text for q in pack.questions] == ["Q1?", "Q2?"]


def test_red_repeated_question_with_other_answers_keeps_the_later_ones_with_a_note() -> None:
    """As in Red (YAML keeps a repeated key's last value) the later answers win; a note names both lines."""
    text = b"Q1?:\n- A\nQ2?:\n- B\nQ1?:\n- C\n- D\n"
    pack = load_pack(text, "r.yaml")
    assert [(q.text, q.answers) for q in pack.questions] == [("Q1?", ("C", "D")), ("Q2?", ("B",))]
    assert pack.notes == (
        "line 5: question 'Q1?' repeats line 1 with other answers; as in Red, the later answers are kept",
    )
    assert red_meaning(yaml.safe_load(dump_pack(pack, TriviaFormat.RED))) == red_meaning(yaml.safe_load(text))


# Shaped like the lists Red ships (data/lists/*.yaml): $schema, AUTHOR, multi-line questions with
# their own lettered choices, quoted yes/no strings beside YAML booleans, signed and decimal numbers.
RED_SHIPPED_STYLE = """$schema: https://schema.discord.red/trivia.json
AUTHOR: Hyosan moderators
CONFIG:
  delay: 25
  reveal_answer: true
  timeout: 120
"Which floor is the science lab on?\\nA) First\\nB) Second\\nC) Third\\nD) Fourth":
- B
- Second
"Is On-jo's father a firefighter? (answer Yes or No)":
- "Yes"
Was season 1 filmed in 2020?:
- yes
- on
How many students reach the rooftop at the end of episode 3? (roughly):
- 6
- six
What is the temperature the zombies slow down at, in °C (a guess)?:
- -1.5
- 0.5
How many million hours were watched in its first 28 days?:
- 474.26
What's the name of the "half" zombies?:
- Halfbies
- 'Halfbie'
- "hambie: the fans' word"
"""


def test_red_shipped_style_list_round_trips_unchanged_in_meaning() -> None:
    """A list shaped like Red's own (schema, multi-line keys, quoted yes, booleans, decimals) survives."""
    pack = load_pack(RED_SHIPPED_STYLE.encode(), "lab.yaml")
    assert pack.extra == {"$schema": "https://schema.discord.red/trivia.json"}
    assert pack.config.timeout == 120.0 and pack.config.delay == 25.0
    by_text = {q.text: q for q in pack.questions}
    assert by_text["Is On-jo's father a firefighter? (answer Yes or No)"].answers == ("Yes",)
    assert by_text["Was season 1 filmed in 2020?"].answers == ("True", "Yes", "On", "Y")
    exported = dump_pack(pack, TriviaFormat.RED)
    assert red_meaning(yaml.safe_load(exported)) == red_meaning(yaml.safe_load(RED_SHIPPED_STYLE))
    again = load_pack(exported, "lab.yaml")
    assert [(q.text, q.answers) for q in again.questions] == [(q.text, q.answers) for q in pack.questions]
    assert dump_pack(again, TriviaFormat.RED) == exported


def test_red_case_variants_are_distinct_questions() -> None:
    """Red keeps questions that differ only in case as two; so do we."""
    pack = load_pack(b"What is D.VA's name?:\n- Hana\nWhat is D.Va's name?:\n- Hana\n", "r.yaml")
    assert len(pack.questions) == 2


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        ("Q?: just text\n", 1, "not a list"),
        ("Q?:\n- [nested]\n", 2, "not a text value"),
        ("Q?:\n- null\n", 2, "not a text value"),
        ("CONFIG:\n  delay: 2\nQ?:\n- A\n", 2, "delay in CONFIG"),
        ("CONFIG:\n  max_score: -1\nQ?:\n- A\n", 2, "max_score in CONFIG"),
        ("CONFIG:\n  bot_plays: maybe\nQ?:\n- A\n", 2, "bot_plays in CONFIG"),
        ("Q?: []\n", 1, "no answer"),
        ("true:\n- A\n", 1, "not a text value"),
    ],
)
def test_red_bad_input_names_the_line(text: str, line: int, fragment: str) -> None:
    """Each Red-list mistake is one problem on the right line."""
    found = problems_of(text)
    assert any(ln == line and fragment in msg for ln, msg in found), found


# -- our YAML ------------------------------------------------------------------------------------

NATIVE = """\
format: hyosan-trivia/1
name: mine
author: Mod
description: Our questions
config: {delay: 15}
questions:
- question: Who plays Nam On-jo?
  answers: [Park Ji-hu, 박지후]
  wrong: [Cho Yi-hyun, Lee Yoo-mi, Kim Bo-yoon]
  category: cast
  difficulty: easy
  ref: park-ji-hu
- question: "Is <@123> pinged? **bold** @everyone"
  answers: ["<@&1>", "@here"]
  category: safety
  source: https://example.org/a
"""


def test_native_yaml_round_trips() -> None:
    """Our YAML exports to itself: same questions, metadata and config."""
    pack = load_pack(NATIVE.encode(), "mine.yaml")
    assert pack.questions[0].difficulty is Difficulty.EASY and pack.questions[0].ref == "park-ji-hu"
    again = load_pack(dump_pack(pack, TriviaFormat.NATIVE), "mine.yaml")
    assert again == pack


def test_mentions_and_markdown_are_kept_as_text() -> None:
    """Import neither strips nor changes mention strings or markdown (the UI never pings)."""
    question = load_pack(NATIVE.encode(), "mine.yaml").questions[1]
    assert question.text == "Is <@123> pinged? **bold** @everyone"
    assert question.answers == ("<@&1>", "@here")
    assert question.typed_only


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        ("questions:\n- question: Q?\n  answers: [A]\n  wrong: [B, C]\n", 2, "2 wrong options"),
        ("questions:\n- question: Q?\n  answers: [A]\n  difficulty: extreme\n", 2, "difficulty 'extreme'"),
        ("questions:\n- question: Q?\n  answer: [A]\n", 3, "unknown field 'answer'"),
        ("questions:\n- question: Q?\n  answers: [A]\n  wrong: [A, B, C]\n", 2, "also an accepted answer"),
        (
            "questions:\n- question: Q?\n  answers: [A]\n- question: q\n  answers: [B]\n",
            4,
            "duplicate question",
        ),
    ],
)
def test_native_bad_input_names_the_line(text: str, line: int, fragment: str) -> None:
    """Each mistake in our YAML is reported on its line."""
    found = problems_of(text)
    assert any(ln == line and fragment in msg for ln, msg in found), found


# -- CSV -----------------------------------------------------------------------------------------

CSV = """\
question,answers,wrong,category,difficulty
Who plays Nam On-jo?,Park Ji-hu | 박지후,Cho Yi-hyun | Lee Yoo-mi | Kim Bo-yoon,cast,easy
"A question, with a comma?",A \\| pipe | B,,misc,hard
"""


def test_csv_round_trips() -> None:
    """A CSV export reads back to the same questions, pipes and commas included."""
    pack = load_pack(CSV.encode(), "bank.csv")
    assert pack.questions[1].answers == ("A | pipe", "B")
    again = load_pack(dump_pack(pack, TriviaFormat.CSV), "bank.csv")
    assert again.questions == pack.questions


def test_csv_missing_column_is_named() -> None:
    """A header without the answers column is one problem on line 1."""
    assert problems_of("question,wrong\nQ?,A\n", "bank.csv") == [
        (
            1,
            "the header has no 'answers' column (columns: question, answers, wrong, category, "
            "difficulty, ref, source, key)",
        )
    ]


def test_csv_short_row_is_named_with_its_line() -> None:
    """A row with a missing field is reported on its own line, counting a multi-line cell."""
    text = 'question,answers,category\n"Two\nlines?",A,x\nQ?,B\n'
    assert problems_of(text, "bank.csv") == [(4, "the row has 2 fields; the header has 3")]


# -- every format: size, syntax, bombs, counts, lengths -----------------------------------------


def test_malformed_yaml_names_the_line() -> None:
    """A YAML syntax error is reported with its line."""
    found = problems_of("Q?:\n- A\nR?: [unclosed\n")
    assert len(found) == 1 and found[0][0] is not None and "YAML syntax error" in found[0][1]


def test_yaml_bomb_is_refused_quickly() -> None:
    """Anchors and aliases that would expand to billions of values are refused as a bomb."""
    levels = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 9):
        prev, name = chr(ord("a") + i - 1), chr(ord("a") + i)
        levels.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 10) + "]")
    found = problems_of("\n".join(levels) + "\n")
    assert len(found) == 1 and "YAML bomb" in found[0][1]


def test_recursive_alias_is_refused() -> None:
    """An alias inside its own anchor is a problem, not an endless loop."""
    found = problems_of("q: &a [*a]\n")
    assert found and ("refers to itself" in found[0][1] or "YAML" in found[0][1])


def test_ten_megabyte_file_is_refused_before_parsing() -> None:
    """A 10 MB file is one problem about its size (it is not even valid YAML)."""
    found = problems_of(b"[" * 10_000_000)
    assert found == [(None, "the file is 10,000,000 bytes; the limit is 1,048,576 bytes")]


@pytest.mark.parametrize("fmt", ["red", "native", "csv"])
def test_fifty_thousand_questions_give_one_problem(fmt: str) -> None:
    """50,000 questions are one clear problem, not 50,000 (the size limit raised to let them in)."""
    n = 50_000
    if fmt == "red":
        data, name = "".join(f"q{i}: [a]\n" for i in range(n)), "big.yaml"
    elif fmt == "native":
        data = "questions:\n" + "".join(f"- {{question: q{i}, answers: [a]}}\n" for i in range(n))
        name = "big.yaml"
    else:
        data, name = "question,answers\n" + "".join(f"q{i},a\n" for i in range(n)), "big.csv"
    found = problems_of(data, name, limits=Limits(file_bytes=10_000_000))
    assert len(found) == 1 and "50,000 questions" in found[0][1] and "5,000" in found[0][1]


@pytest.mark.parametrize("name", ["long.yaml", "long.csv"])
def test_question_of_two_thousand_characters_is_named(name: str) -> None:
    """A 2,000-character question is refused with its line and both lengths."""
    long_q = "Q" * 2000
    if name.endswith(".csv"):
        text, line = f"question,answers\nshort?,a\n{long_q},b\n", 3
    else:
        # A key over 1,024 characters needs YAML's explicit "? key" form, as safe_dump writes it.
        text, line = f"short?:\n- a\n? {long_q}\n: - b\n", 3
    assert problems_of(text, name) == [(line, "question is 2,000 characters long; the limit is 1,000")]


def test_answer_longer_than_the_limit_is_named() -> None:
    """An answer over 1,000 characters is refused on its question's line."""
    found = problems_of("Q?:\n- " + "a" * 1001 + "\n")
    assert found == [(1, "an answer is 1,001 characters long; the limit is 1,000")]


def test_limits_are_configurable() -> None:
    """A server with a lower question limit gets that limit in the message."""
    found = problems_of("a?: [x]\nb?: [y]\nc?: [z]\n", limits=Limits(questions_per_server=2))
    assert found == [(None, "the file has 3 questions; a server can hold at most 2")]


def test_invalid_utf8_names_the_line() -> None:
    """A byte that is not UTF-8 is reported on its line."""
    assert problems_of(b"a?: [x]\nb?: [\xff]\n") == [(2, "the file is not UTF-8 text")]


def test_empty_file_is_a_problem() -> None:
    """An empty file has nothing to import."""
    assert problems_of(b"") == [(None, "the file is empty")]


def test_detect_format() -> None:
    """CSV by extension, our YAML by its shape, anything else a Red list."""
    assert detect_format("x.csv", CSV.encode()) is TriviaFormat.CSV
    assert detect_format("x.yaml", NATIVE.encode()) is TriviaFormat.NATIVE
    assert detect_format("x.yml", RED_LIST.encode()) is TriviaFormat.RED
    assert detect_format("x.txt", CSV.encode()) is TriviaFormat.CSV
