"""In-memory fuzzy search over the lore dataset, built once at start-up.

Kinds (the `kind` of a `Hit` and the names `kinds=` accepts) are the dataset kinds:
"character", "cast", "variant", "location", "episode", "show", "timeline".

Every name, hangul name, alias and id of an entry becomes a *key*, normalized once here so a query
costs one normalization plus C-level rapidfuzz work. Normalization folds case, width and diacritics
and drops spaces, hyphens, punctuation, emoji and Discord mentions, so "On-jo", "on jo" and "ONJO"
are the same key. Hangul is kept as syllables (never decomposed to jamo): "온조" matches 남온조 as a
whole word, and typed jamo such as "ㅋㅋㅋ" match nothing.

Scores run from 0 to 100:
  100        the query equals a key;
  80..100    the query is a prefix of a key (longer coverage of the key scores higher);
  otherwise  rapidfuzz's normalized Indel similarity (`fuzz.ratio`), for typos, from 3 characters up.
`search` and `autocomplete` return only hits scoring at least `MIN_SCORE`; `closest` (for "did you
mean") goes down to `CLOSEST_MIN_SCORE`. Garbage input returns no hit and never raises.
"""

from __future__ import annotations

import bisect
import logging
import re
import unicodedata
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from bot.lore.models import KINDS, Character, Dataset, Entry

log = logging.getLogger(__name__)

MIN_SCORE = 72.0
CLOSEST_MIN_SCORE = 50.0
# Discord sends at most 100 characters of a focused option; longer input is not a name.
MAX_QUERY_CHARS = 100
AUTOCOMPLETE_LIMIT = 25
# Short queries only match by prefix: a fuzzy ratio between two 2-letter strings means nothing.
FUZZY_MIN_CHARS = 3

_MENTION_RE = re.compile(r"<(?:@[!&]?|#|a?:\w+:)\d*>|@(?:everyone|here)\b", re.IGNORECASE)
_BILLING_RANK = {"main": 0, "supporting": 1, "minor": 2}
_HANGUL_SYLLABLES = re.compile(r"^[\uac00-\ud7a3]+$")


@dataclass(frozen=True, slots=True)
class Hit:
    """One search result: enough to render an autocomplete choice and fetch the entry."""

    kind: str
    id: str
    label: str
    label_ko: str | None
    score: float


def normalize(text: str) -> str:
    """The comparable form of a name or query: lower case, no accents, no spaces or punctuation."""
    # Slice before the cache so a pasted wall of text cannot pin megabytes in it.
    return _normalize(text[: MAX_QUERY_CHARS * 2])


@lru_cache(maxsize=4096)
def _normalize(text: str) -> str:
    text = _MENTION_RE.sub(" ", text)
    text = unicodedata.normalize("NFKD", text.casefold())
    # Dropping combining marks strips accents; NFC then rebuilds hangul syllables that NFKD split.
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = unicodedata.normalize("NFC", text)
    return "".join(ch for ch in text if ch.isalnum())


def _names_of(entry: Entry) -> Iterable[str]:
    yield entry.name
    yield entry.id
    if entry.name_ko:
        yield entry.name_ko
        # Korean names are family name + given name; fans call characters by the given name alone.
        ko = entry.name_ko
        if isinstance(entry, Character) and len(ko) == 3 and _HANGUL_SYLLABLES.match(ko):
            yield ko[1:]
    yield from entry.aliases


@dataclass(frozen=True, slots=True)
class _KindIndex:
    """The keys of one kind, in the shapes each match step needs."""

    entries: tuple[Entry, ...]
    priority: tuple[int, ...]  # lower first, for ties and the empty-query list
    keys: tuple[str, ...]  # fuzzy candidates
    key_owner: tuple[int, ...]  # entry index of keys[i]
    sorted_keys: tuple[str, ...]  # for prefix ranges by bisect
    sorted_owner: tuple[int, ...]
    exact: dict[str, tuple[int, ...]]
    by_id: dict[str, int]
    default_order: tuple[int, ...]


def _build_kind(kind: str, entries: tuple[Entry, ...]) -> _KindIndex:
    keys: list[str] = []
    owner: list[int] = []
    exact: dict[str, list[int]] = {}
    for i, entry in enumerate(entries):
        seen: set[str] = set()
        for name in _names_of(entry):
            key = normalize(name)
            if not key or key in seen:
                continue
            seen.add(key)
            keys.append(key)
            owner.append(i)
            exact.setdefault(key, []).append(i)
    order = sorted(zip(keys, owner, strict=True))
    if kind == "character":
        priority = tuple(
            _BILLING_RANK[e.billing] * 1000 + e.season * 100 + i if isinstance(e, Character) else i
            for i, e in enumerate(entries)
        )
    else:
        priority = tuple(range(len(entries)))
    return _KindIndex(
        entries=entries,
        priority=priority,
        keys=tuple(keys),
        key_owner=tuple(owner),
        sorted_keys=tuple(k for k, _ in order),
        sorted_owner=tuple(o for _, o in order),
        exact={k: tuple(v) for k, v in exact.items()},
        by_id={e.id: i for i, e in enumerate(entries)},
        default_order=tuple(sorted(range(len(entries)), key=lambda i: priority[i])),
    )


class LoreIndex:
    """Fuzzy lookup of dataset entries by any of their names; build once, query from any task."""

    def __init__(self, dataset: Dataset) -> None:
        self.dataset = dataset
        self._kinds = {kind: _build_kind(kind, dataset.of(kind)) for kind in KINDS}
        log.info(
            "lore index: %d entries, %d keys",
            sum(len(k.entries) for k in self._kinds.values()),
            sum(len(k.keys) for k in self._kinds.values()),
        )

    @property
    def kinds(self) -> tuple[str, ...]:
        """The kinds this index knows."""
        return tuple(self._kinds)

    def _kind(self, kind: str) -> _KindIndex:
        try:
            return self._kinds[kind]
        except KeyError:
            raise ValueError(f"unknown kind {kind!r}; kinds are {', '.join(self._kinds)}") from None

    @staticmethod
    def _hit(kind: str, entry: Entry, score: float) -> Hit:
        return Hit(kind, entry.id, entry.name, entry.name_ko, round(score, 2))

    def _scores(self, index: _KindIndex, query: str, cutoff: float) -> dict[int, float]:
        """Best score per entry index for a normalized, non-empty query."""
        best: dict[int, float] = {}
        for i in index.exact.get(query, ()):
            best[i] = 100.0
        # Even one character is a useful prefix while typing (남 -> 남온조, 남라; n -> Nam On-jo).
        if query:
            lo = bisect.bisect_left(index.sorted_keys, query)
            for pos in range(lo, len(index.sorted_keys)):
                key = index.sorted_keys[pos]
                if not key.startswith(query):
                    break
                score = 80.0 + 20.0 * len(query) / len(key)
                owner = index.sorted_owner[pos]
                if score > best.get(owner, 0.0):
                    best[owner] = score
        if len(query) >= FUZZY_MIN_CHARS:
            for _key, score, pos in process.extract(
                query, index.keys, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None
            ):
                owner = index.key_owner[pos]
                if score > best.get(owner, 0.0):
                    best[owner] = score
        return {i: s for i, s in best.items() if s >= cutoff}

    def _ranked(self, kinds: Iterable[str], query: str, cutoff: float, limit: int) -> list[Hit]:
        if limit <= 0:
            return []
        key = normalize(query)
        if not key:
            return []
        scored: list[tuple[float, int, str, Entry]] = []
        for kind in kinds:
            index = self._kind(kind)
            for i, score in self._scores(index, key, cutoff).items():
                scored.append((score, index.priority[i], kind, index.entries[i]))
        scored.sort(key=lambda t: (-t[0], t[1]))
        return [self._hit(kind, entry, score) for score, _, kind, entry in scored[:limit]]

    def search(self, query: str, kinds: Collection[str] | None = None, limit: int = 25) -> list[Hit]:
        """Entries whose names match `query`, best first, scoring at least `MIN_SCORE`."""
        return self._ranked(self._kinds if kinds is None else kinds, query, MIN_SCORE, limit)

    def autocomplete(self, kind: str, query: str, limit: int = AUTOCOMPLETE_LIMIT) -> list[Hit]:
        """Choices for a slash-command option of `kind`; an empty query lists the main entries first.

        Hits for the empty query carry score 0.0 (nothing was matched).
        """
        index = self._kind(kind)
        limit = min(limit, AUTOCOMPLETE_LIMIT)
        if not query.strip():
            return [self._hit(kind, index.entries[i], 0.0) for i in index.default_order[: max(limit, 0)]]
        return self._ranked((kind,), query, MIN_SCORE, limit)

    def get(self, kind: str, id_or_exact_name: str) -> Entry | None:
        """The entry with this id, or else whose name/alias equals the text after normalization."""
        index = self._kind(kind)
        i = index.by_id.get(id_or_exact_name.strip())
        if i is not None:
            return index.entries[i]
        owners = index.exact.get(normalize(id_or_exact_name), ())
        if not owners:
            return None
        return index.entries[min(owners, key=lambda o: index.priority[o])]

    def closest(self, kind: str, query: str, n: int = 3) -> list[Hit]:
        """Up to `n` near misses for a "did you mean" answer, scoring at least `CLOSEST_MIN_SCORE`."""
        return self._ranked((kind,), query, CLOSEST_MIN_SCORE, n)
