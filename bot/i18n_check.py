"""The catalogs and the code agree: ``python -m bot.i18n_check`` (run by ``make lint``).

Fails when the code uses a message (``tr``, ``trn``, ``N_``, ``locale_str``/``_``) that a catalog of
``bot.i18n.LANGUAGES`` lacks or leaves empty, or when a catalog holds a message no code uses. Messages
are found with Babel's extractor, the one ``make catalog`` uses to update the catalogs.
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.extract import extract_from_dir

from bot.i18n import LANGUAGES, catalog

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ("bot", "cogs")
# Exceptions whose first argument is a catalog message (``bot.i18n.Translatable``) count as markers.
KEYWORDS = {
    "tr": (2,),
    "trn": (2, 3),
    "N_": None,
    "_": None,
    "locale_str": None,
    "UserFacingError": None,
    "Translatable": None,
    "phrase": None,
}


def used_messages() -> tuple[set[str], set[str]]:
    """(singular messages, plural messages by singular id) the code uses."""
    singular: set[str] = set()
    plural: set[str] = set()
    for folder in SOURCES:
        for _file, _line, message, _comments, _context in extract_from_dir(
            ROOT / folder, method_map=[("**.py", "python")], keywords=KEYWORDS
        ):
            if isinstance(message, tuple):
                plural.add(message[0])
            elif message:
                singular.add(message)
    return singular, plural


def problems() -> list[str]:
    singular, plural = used_messages()
    found: list[str] = []
    for language in LANGUAGES:
        book = catalog(language)
        for message in sorted(singular - set(book.messages)):
            found.append(f"{language}: missing {message!r}")
        for message in sorted(plural - set(book.plurals)):
            found.append(f"{language}: missing plural {message!r}")
        for message in sorted(set(book.messages) - singular):
            found.append(f"{language}: unused {message!r}")
        for message in sorted(set(book.plurals) - plural):
            found.append(f"{language}: unused plural {message!r}")
    return found


def main() -> None:
    found = problems()
    for line in found:
        print(line)
    if found:
        sys.exit(f"{len(found)} catalog problems (update bot/locales/*/LC_MESSAGES/hyosan.po)")
    print(f"catalogs complete: {', '.join(LANGUAGES)}")


if __name__ == "__main__":
    main()
