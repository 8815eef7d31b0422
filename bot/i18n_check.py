"""The catalogs and the code agree: ``python -m bot.i18n_check`` (run by ``make lint``).

Fails when the code uses a message (``tr``, ``trn``, ``N_``, ``locale_str``/``_``) that a catalog of
``bot.i18n.LANGUAGES`` lacks or leaves empty, or when a catalog holds a message no code uses. Messages
are found with Babel's extractor, the one ``make catalog`` uses to update the catalogs.
"""

from __future__ import annotations

import ast
import contextlib
import io
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
    "trc": ((2, "c"), 3),
    "NC_": ((1, "c"), 2),
}


def used_messages() -> tuple[set[str], set[str]]:
    """(singular messages, plural messages by singular id) the code uses."""
    singular: set[str] = set()
    plural: set[str] = set()
    for folder in SOURCES:
        # Babel writes a warning to stderr for every f-string in a marked call, parameters included;
        # f_string_messages() reports the ones that matter: an f-string as the message itself.
        with contextlib.redirect_stderr(io.StringIO()):
            found = list(extract_from_dir(ROOT / folder, method_map=[("**.py", "python")], keywords=KEYWORDS))
        for _file, _line, message, _comments, context in found:
            if isinstance(message, tuple):
                plural.add(message[0])
            elif message:
                singular.add(f"{context}\x04{message}" if context else message)
    return singular, plural


def _message_is_f_string(call: ast.Call) -> bool:
    function = call.func
    name = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")
    if name not in KEYWORDS:
        return False
    spec = KEYWORDS[name] or (1,)
    position = spec[-1] - 1 if isinstance(spec[0], tuple) else spec[0] - 1
    return len(call.args) > position and isinstance(call.args[position], ast.JoinedStr)


def f_string_messages() -> list[str]:
    """Marked calls whose message is an f-string: it can't be looked up in a catalog."""
    found = []
    for folder in SOURCES:
        for path in sorted((ROOT / folder).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            for node in ast.walk(tree):
                if isinstance(node, ast.Call) and _message_is_f_string(node):
                    where = path.relative_to(ROOT)
                    found.append(f"{where}:{node.lineno}: an f-string as a message; use named placeholders")
    return found


def problems() -> list[str]:
    singular, plural = used_messages()
    found: list[str] = f_string_messages()
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


def fill_english() -> int:
    """English is the language the code is written in: its catalog repeats each message id."""
    from babel.messages.pofile import read_po, write_po

    from bot.i18n import DEFAULT_LANGUAGE, catalog_path

    path = catalog_path(DEFAULT_LANGUAGE)
    with path.open("rb") as file:
        po = read_po(file, locale=DEFAULT_LANGUAGE, domain="hyosan")
    filled = 0
    for message in po:
        text = message.string
        done = bool(text) if isinstance(text, str) else bool(text) and all(text or ())
        if message.id and not done:
            message.string = message.id
            filled += 1
    with path.open("wb") as file:
        write_po(file, po, no_location=True, omit_header=False)
    return filled


def main() -> None:
    if "--fill-english" in sys.argv:
        print(f"filled {fill_english()} English messages")
        return
    found = problems()
    for line in found:
        print(line)
    if found:
        sys.exit(f"{len(found)} catalog problems (update bot/locales/*/LC_MESSAGES/hyosan.po)")
    print(f"catalogs complete: {', '.join(LANGUAGES)}")


if __name__ == "__main__":
    main()
