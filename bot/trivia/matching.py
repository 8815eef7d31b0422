"""Typed-answer matching: forgiving about form, strict about numbers.

A reply matches when, after normalisation (NFKC, casefold, diacritics and punctuation dropped, spacing
ignored, number words read as numbers; hangul kept as is), any accepted answer

1. equals the reply (spacing ignored: "Cheong-san" == "cheongsan" == "Cheong san"),
2. is one word found as a word of the reply (Red-DiscordBot's rule: "it was Gwi-nam" for "Gwinam"
   also works through rule 3),
3. is several words found inside the reply (Red's rule for answers with a space),
4. or, for answers of at least ``FUZZY_MIN_CHARS`` letters and no digits, is within the rapidfuzz
   ``FUZZY_THRESHOLD`` of the reply or of a same-length run of its words (typos such as "Cheongsna").

Numbers compare by value: "12", "12.0", "twelve" and "1,2"-free "1,200" / "one thousand two hundred"
are the same; they are never fuzzy-matched ("2021" is not "2022").
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from rapidfuzz import fuzz

log = logging.getLogger(__name__)

FUZZY_THRESHOLD = 85.0
FUZZY_MIN_CHARS = 5

#: What Red-DiscordBot turns a YAML boolean answer into, plus YAML 1.1's one-letter spelling.
RED_TRUE_ANSWERS: tuple[str, ...] = ("True", "Yes", "On", "Y")
RED_FALSE_ANSWERS: tuple[str, ...] = ("False", "No", "Off", "N")

_APOSTROPHES = dict.fromkeys(map(ord, "'’‘`´ʼ"), None)
# A thousands separator inside a number must not split it into two words.
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_TOKEN = re.compile(r"\d+(?:\.\d+)?|[^\W\d_]+")

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}


def _strip_diacritics(text: str) -> str:
    # NFD splits "é" into "e" + a combining mark; NFC afterwards re-joins hangul jamo into syllables.
    decomposed = unicodedata.normalize("NFD", text)
    kept = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return unicodedata.normalize("NFC", kept)


def _canonical_number(token: str) -> str:
    try:
        value = Decimal(token)
    except InvalidOperation:
        return token
    return format(value.normalize(), "f")


def _read_number_words(tokens: list[str]) -> list[str]:
    """Replace runs of English number words by their value ("twenty four" -> "24")."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        if tokens[i] not in _UNITS and tokens[i] not in _TENS:
            out.append(tokens[i])
            i += 1
            continue
        total = current = 0
        after_tens = False
        j = i
        while j < len(tokens):
            word = tokens[j]
            if word in _UNITS and (current % 100 == 0 or (after_tens and _UNITS[word] < 10)):
                current += _UNITS[word]
                after_tens = False
            elif word in _TENS and current % 100 == 0:
                current += _TENS[word]
                after_tens = True
            elif word == "hundred" and 0 < current < 100:
                current *= 100
                after_tens = False
            elif word in _SCALES and word != "hundred" and current > 0:
                total += current * _SCALES[word]
                current = 0
                after_tens = False
            elif (
                word == "and"
                and current > 0
                and current % 100 == 0
                and j + 1 < len(tokens)
                and (tokens[j + 1] in _UNITS or tokens[j + 1] in _TENS)
            ):
                pass
            else:
                break
            j += 1
        out.append(str(total + current))
        i = j
    return out


@lru_cache(maxsize=8192)
def normalise(text: str) -> tuple[str, ...]:
    """The words of ``text`` as matching sees them (cached: answers are normalised once per round)."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    folded = _strip_diacritics(folded).translate(_APOSTROPHES)
    folded = _THOUSANDS.sub("", folded)
    tokens = [_canonical_number(t) if t[0].isdigit() else t for t in _TOKEN.findall(folded)]
    return tuple(_read_number_words(tokens))


def _contains_run(haystack: tuple[str, ...], needle: tuple[str, ...]) -> bool:
    n = len(needle)
    return any(haystack[i : i + n] == needle for i in range(len(haystack) - n + 1))


def _fuzzy(reply: tuple[str, ...], answer: tuple[str, ...], threshold: float) -> bool:
    compact = "".join(answer)
    if len(compact) < FUZZY_MIN_CHARS or any(ch.isdigit() for ch in compact):
        return False
    if fuzz.ratio("".join(reply), compact, score_cutoff=threshold):
        return True
    n = len(answer)
    # Windows one word longer or shorter catch "lee cheong san" against "Lee Cheong-san".
    for size in {max(1, n - 1), n, n + 1}:
        for i in range(len(reply) - size + 1):
            if fuzz.ratio("".join(reply[i : i + size]), compact, score_cutoff=threshold):
                return True
    return False


def answer_matches(reply: str, accepted: Sequence[str], *, threshold: float = FUZZY_THRESHOLD) -> bool:
    """Whether a typed ``reply`` is right for a question whose accepted answers are ``accepted``."""
    words = normalise(reply)
    compact_reply = "".join(words)
    for answer in accepted:
        answer_words = normalise(answer)
        if not answer_words:
            # An answer made only of punctuation ("?!") can still be typed exactly.
            if reply.strip().casefold() == answer.strip().casefold():
                return True
            continue
        if not words:
            continue
        compact = "".join(answer_words)
        if compact == compact_reply:
            return True
        if len(answer_words) == 1:
            if compact in words:
                return True
        elif _contains_run(words, answer_words) or compact in compact_reply:
            return True
        if _fuzzy(words, answer_words, threshold):
            return True
    return False


def same_answer(a: str, b: str) -> bool:
    """Whether two answers are the same once normalised (used to find duplicates and clashes)."""
    left, right = normalise(a), normalise(b)
    if not left or not right:
        return a.strip().casefold() == b.strip().casefold()
    return "".join(left) == "".join(right)


def red_boolean_answers(value: bool) -> tuple[str, ...]:
    """The answers a YAML boolean stands for in a Red-DiscordBot list."""
    return RED_TRUE_ANSWERS if value else RED_FALSE_ANSWERS
