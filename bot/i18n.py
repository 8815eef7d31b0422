"""Every string a member or moderator sees comes from one message catalog per language.

Catalogs are gettext files, ``bot/locales/<language>/LC_MESSAGES/hyosan.po``, read with Babel on first
use. A message id is the English text as the code writes it; the English catalog repeats it, the
Korean one translates it. Placeholders are named (``{name}``) so a translation can order them as its
grammar wants. Adding a language is adding a catalog (and its name to ``LANGUAGES``).

In the code:
  ``tr(language, "text {x}", x=...)``            a message
  ``trn(language, "{n} question", "{n} questions", n)``  a message with a number (``{n}`` is set)
  ``N_("text")``                                 marks text defined at import time, translated later
  ``trc(language, "lore", "show")``, ``NC_("lore", "show")``  the same with a context, for words that
                                                 mean different things in different places
  ``phrase("text {x}", x=...)``                  a message worded later, in the reader's language
  ``locale_str`` (imported as ``_`` in cogs)      command names, descriptions and choices, which reach
                                                 Discord through ``HyosanTranslator``
``python -m bot.i18n_check`` (part of ``make lint``) fails on a message the code uses that a catalog
lacks, and on a catalog entry no code uses.
"""

from __future__ import annotations

import gettext
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import discord
from babel.messages.pofile import read_po
from babel.numbers import format_decimal
from discord import app_commands

LANGUAGES = ("en", "ko")
DEFAULT_LANGUAGE = "en"
LOCALES = Path(__file__).parent / "locales"
DOMAIN = "hyosan"


@dataclass(frozen=True, slots=True)
class Catalog:
    language: str
    messages: dict[str, str]
    plurals: dict[str, tuple[str, ...]]  # by singular id
    plural_index: Callable[[int], int]


def catalog_path(language: str) -> Path:
    return LOCALES / language / "LC_MESSAGES" / f"{DOMAIN}.po"


@lru_cache(maxsize=len(LANGUAGES))
def catalog(language: str) -> Catalog:
    with catalog_path(language).open("rb") as file:
        po = read_po(file, locale=language, domain=DOMAIN)
    messages: dict[str, str] = {}
    plurals: dict[str, tuple[str, ...]] = {}
    for message in po:
        if not message.id:
            continue  # the header
        if isinstance(message.id, str):
            if message.string:
                messages[_key(message.context, message.id)] = str(message.string)
            continue
        forms = tuple(message.string) if isinstance(message.string, (tuple, list)) else ()
        if forms and all(forms):
            plurals[message.id[0]] = forms
    return Catalog(language, messages, plurals, gettext.c2py(po.plural_expr))


def _key(context: str | None, message: str) -> str:
    """A message's key in a catalog: gettext joins a context and the message with EOT."""
    return f"{context}\x04{message}" if context else message


def language_of(locale: discord.Locale | str | None) -> str:
    """The catalog for a Discord locale: Korean for ko, English for everything else."""
    return "ko" if str(locale or "").startswith("ko") else DEFAULT_LANGUAGE


def is_korean(locale: discord.Locale | str | None) -> bool:
    return language_of(locale) == "ko"


def _format(text: str, params: dict[str, object]) -> str:
    return text.format(**params) if params else text


def tr(language: discord.Locale | str | None, message: str, /, **params: object) -> str:
    """``message`` in ``language`` (a language code or a Discord locale), placeholders filled in."""
    language = (
        language_of(language) if not (isinstance(language, str) and language in LANGUAGES) else language
    )
    text = catalog(language).messages.get(message) or message
    return _format(text, params)


def trn(
    language: discord.Locale | str | None, singular: str, plural: str, n: int, /, **params: object
) -> str:
    """The form of a message for the number ``n`` (English: one/other; Korean: one form)."""
    language = (
        language_of(language) if not (isinstance(language, str) and language in LANGUAGES) else language
    )
    book = catalog(language)
    forms = book.plurals.get(singular)
    text = forms[min(book.plural_index(n), len(forms) - 1)] if forms else (singular if n == 1 else plural)
    return _format(text, {"n": number(language, n), **params})


def trc(language: discord.Locale | str | None, context: str, message: str, /, **params: object) -> str:
    """``tr`` for a message whose words mean something else elsewhere ("show" the command, "show"
    the kind of entry): ``context`` tells the two apart in the catalogs."""
    language = (
        language_of(language) if not (isinstance(language, str) and language in LANGUAGES) else language
    )
    text = catalog(language).messages.get(_key(context, message)) or message
    return _format(text, params)


def NC_(context: str, message: str) -> str:  # noqa: N802 - the gettext convention
    """Marks a message with a context, translated later with ``trc(language, context, message)``."""
    del context
    return message


class Words:
    """A table of words (key -> English message, marked with ``NC_(context, ...)``), in any language."""

    def __init__(self, context: str, table: dict[str, str]) -> None:
        self.context = context
        self.table = table
        self._by_language: dict[str, dict[str, str]] = {}

    def __call__(self, language: discord.Locale | str | None) -> dict[str, str]:
        code = (
            language_of(language) if not (isinstance(language, str) and language in LANGUAGES) else language
        )
        if code not in self._by_language:
            self._by_language[code] = {
                key: trc(code, self.context, message) if message else ""
                for key, message in self.table.items()
            }
        return self._by_language[code]


def N_(message: str) -> str:  # noqa: N802 - the gettext convention for "translate later"
    """Marks a message defined at import time; ``tr`` translates it where it is shown."""
    return message


def number(language: str, value: int | float) -> str:
    """A number as the language writes it (1,234 in both; Babel knows the rest)."""
    return format_decimal(value, locale=language)


class HyosanTranslator(app_commands.Translator):
    """Command names, descriptions and choices for Discord, from the same catalogs."""

    async def translate(
        self,
        string: app_commands.locale_str,
        locale: discord.Locale,
        context: app_commands.TranslationContextTypes,
    ) -> str | None:
        language = language_of(locale)
        if language == DEFAULT_LANGUAGE:
            return None
        return catalog(language).messages.get(string.message)


class Translatable(Exception):  # noqa: N818 - a mixin for errors, not an error itself
    """An exception whose message is a catalog message: each reader gets it in their language.

    ``str(error)`` is the English text (for logs); ``error.text(language)`` the reader's. A parameter
    that is itself ``Translatable`` is rendered in the same language."""

    def __init__(self, message: str = "", /, **params: object) -> None:
        self.message = message
        self.params = params
        super().__init__(_format(message, {k: str(v) for k, v in params.items()}) if message else "")

    def text(self, language: discord.Locale | str | None) -> str:
        if not self.message:
            return str(self)
        params = {k: v.text(language) if isinstance(v, Translatable) else v for k, v in self.params.items()}
        return tr(language, self.message, **params)


@dataclass(frozen=True, slots=True)
class Phrase:
    """A catalog message with its parameters, made where the facts are and worded where it is shown
    (a service explains; the cog says it in the reader's language)."""

    message: str
    params: tuple[tuple[str, object], ...] = ()

    def text(self, language: discord.Locale | str | None) -> str:
        params = {k: v.text(language) if isinstance(v, Phrase | Translatable) else v for k, v in self.params}
        return tr(language, self.message, **params)

    def __str__(self) -> str:
        return self.text(DEFAULT_LANGUAGE)


def phrase(message: str, /, **params: object) -> Phrase:
    """A ``Phrase``: ``phrase("sent (message {id})", id=...)``."""
    return Phrase(message, tuple(params.items()))


def say(value: Phrase | Translatable | str, language: discord.Locale | str | None) -> str:
    """A phrase or translatable error worded in ``language``; plain text as it is."""
    return value.text(language) if isinstance(value, Phrase | Translatable) else value
