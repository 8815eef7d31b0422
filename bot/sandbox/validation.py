"""Discord's message-body limits, answered the way Discord answers: 400 code 50035 with an error path.

A fake that accepts everything hides the bugs that real Discord would reject in production.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from bot.sandbox.models import iter_components

CONTENT_MAX = 2000
EMBEDS_MAX = 10
EMBED_TOTAL_MAX = 6000
EMBED_LIMITS = {"title": 256, "description": 4096}
FIELDS_MAX = 25
FIELD_NAME_MAX = 256
FIELD_VALUE_MAX = 1024
FOOTER_TEXT_MAX = 2048
AUTHOR_NAME_MAX = 256
ACTION_ROWS_MAX = 5
ROW_BUTTONS_MAX = 5
CUSTOM_ID_MAX = 100
BUTTON_LABEL_MAX = 80
SELECT_OPTIONS_MAX = 25
CHOICES_MAX = 25
CHOICE_NAME_MAX = 100

Path = tuple[str | int, ...]


class FormErrors:
    """Collects field errors into Discord's nested ``errors`` shape."""

    def __init__(self, prefix: Path = ()) -> None:
        self.items: list[tuple[Path, str, str]] = []
        self.prefix = prefix

    def add(self, path: Path, code: str, message: str) -> None:
        self.items.append(((*self.prefix, *path), code, message))

    def too_long(self, path: Path, value: Any, limit: int) -> None:
        if isinstance(value, str) and len(value) > limit:
            self.add(path, "BASE_TYPE_MAX_LENGTH", f"Must be {limit} or fewer in length.")

    def too_many(self, path: Path, items: Any, limit: int) -> None:
        if isinstance(items, list) and len(items) > limit:
            self.add(path, "BASE_TYPE_MAX_LENGTH", f"Must be {limit} or fewer in length.")

    def __bool__(self) -> bool:
        return bool(self.items)

    def to_errors(self) -> dict[str, Any]:
        tree: dict[str, Any] = {}
        for path, code, message in self.items:
            node = tree
            for part in path:
                node = node.setdefault(str(part), {})
            node.setdefault("_errors", []).append({"code": code, "message": message})
        return tree

    def paths(self) -> list[str]:
        return [".".join(str(p) for p in path) for path, _, _ in self.items]


def _embed_text_length(embed: dict[str, Any]) -> int:
    total = len(embed.get("title") or "") + len(embed.get("description") or "")
    for f in embed.get("fields") or []:
        total += len(f.get("name") or "") + len(f.get("value") or "")
    total += len((embed.get("footer") or {}).get("text") or "")
    total += len((embed.get("author") or {}).get("name") or "")
    return total


def check_embeds(errors: FormErrors, embeds: Any, base: Path = ("embeds",)) -> None:
    if not isinstance(embeds, list):
        return
    errors.too_many(base, embeds, EMBEDS_MAX)
    total = 0
    for i, embed in enumerate(embeds):
        if not isinstance(embed, dict):
            errors.add((*base, i), "MODEL_TYPE_CONVERT", "Only dictionaries may be used in a ModelType")
            continue
        for key, limit in EMBED_LIMITS.items():
            errors.too_long((*base, i, key), embed.get(key), limit)
        fields = embed.get("fields") or []
        errors.too_many((*base, i, "fields"), fields, FIELDS_MAX)
        for j, f in enumerate(fields):
            if not (f.get("name") or "").strip():
                errors.add((*base, i, "fields", j, "name"), "BASE_TYPE_REQUIRED", "This field is required")
            if not (f.get("value") or "").strip():
                errors.add((*base, i, "fields", j, "value"), "BASE_TYPE_REQUIRED", "This field is required")
            errors.too_long((*base, i, "fields", j, "name"), f.get("name"), FIELD_NAME_MAX)
            errors.too_long((*base, i, "fields", j, "value"), f.get("value"), FIELD_VALUE_MAX)
        errors.too_long(
            (*base, i, "footer", "text"), (embed.get("footer") or {}).get("text"), FOOTER_TEXT_MAX
        )
        errors.too_long(
            (*base, i, "author", "name"), (embed.get("author") or {}).get("name"), AUTHOR_NAME_MAX
        )
        total += _embed_text_length(embed)
    if total > EMBED_TOTAL_MAX:
        errors.add(base, "MAX_EMBED_SIZE_EXCEEDED", f"Embed size exceeds maximum size of {EMBED_TOTAL_MAX}")


def check_components(errors: FormErrors, components: Any, base: Path = ("components",)) -> None:
    if not isinstance(components, list):
        return
    top_rows = [c for c in components if isinstance(c, dict) and c.get("type") == 1]
    if len(top_rows) > ACTION_ROWS_MAX:
        errors.add(base, "BASE_TYPE_MAX_LENGTH", f"Must be {ACTION_ROWS_MAX} or fewer in length.")
    for i, row in enumerate(components):
        if not isinstance(row, dict):
            continue
        if row.get("type") == 1:
            children = row.get("components") or []
            buttons = [c for c in children if c.get("type") == 2]
            if len(buttons) > ROW_BUTTONS_MAX:
                errors.add(
                    (*base, i, "components"),
                    "BASE_TYPE_MAX_LENGTH",
                    f"Must be {ROW_BUTTONS_MAX} or fewer in length.",
                )
            if any(c.get("type") in (3, 5, 6, 7, 8) for c in children) and len(children) > 1:
                errors.add(
                    (*base, i, "components"),
                    "COMPONENT_LAYOUT_WIDTH_EXCEEDED",
                    "The specified component exceeds the maximum width",
                )
            for j, child in enumerate(children):
                _check_interactive(errors, child, (*base, i, "components", j))
    seen: set[str] = set()
    for component in iter_components(components):
        custom_id = component.get("custom_id")
        if isinstance(custom_id, str):
            if custom_id in seen:
                errors.add(base, "COMPONENT_CUSTOM_ID_DUPLICATED", "Component custom id cannot be duplicated")
            seen.add(custom_id)


def _check_interactive(errors: FormErrors, component: dict[str, Any], path: Path) -> None:
    kind = component.get("type")
    custom_id = component.get("custom_id")
    errors.too_long((*path, "custom_id"), custom_id, CUSTOM_ID_MAX)
    if kind == 2:
        errors.too_long((*path, "label"), component.get("label"), BUTTON_LABEL_MAX)
        style = component.get("style")
        if style == 5:
            if not component.get("url"):
                errors.add((*path, "url"), "BASE_TYPE_REQUIRED", "This field is required")
        elif style != 6 and not custom_id:
            errors.add((*path, "custom_id"), "BASE_TYPE_REQUIRED", "This field is required")
    elif kind in (3, 5, 6, 7, 8):
        if not custom_id:
            errors.add((*path, "custom_id"), "BASE_TYPE_REQUIRED", "This field is required")
        if kind == 3:
            options = component.get("options") or []
            errors.too_many((*path, "options"), options, SELECT_OPTIONS_MAX)
            if not options:
                errors.add((*path, "options"), "BASE_TYPE_MIN_LENGTH", "Must be 1 or more in length.")
            for k, option in enumerate(options):
                errors.too_long((*path, "options", k, "label"), option.get("label"), CHOICE_NAME_MAX)
                errors.too_long((*path, "options", k, "value"), option.get("value"), CHOICE_NAME_MAX)


def check_message_body(
    body: dict[str, Any],
    *,
    file_count: int = 0,
    editing: bool = False,
    existing_attachments: int = 0,
    prefix: Path = (),
) -> tuple[int, FormErrors] | None:
    """None if Discord would accept the body, else (code, errors): 50006 empty or 50035 invalid."""
    errors = FormErrors(prefix)
    content = body.get("content")
    if content is not None and not isinstance(content, str):
        errors.add(("content",), "BASE_TYPE_BAD_TYPE", "Must be a string.")
    errors.too_long(("content",), content, CONTENT_MAX)
    check_embeds(errors, body.get("embeds"))
    check_components(errors, body.get("components"))
    nonce = body.get("nonce")
    if isinstance(nonce, str) and len(nonce) > 25:
        errors.add(("nonce",), "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.")
    if errors:
        return 50035, errors
    if not editing:
        has_something = bool(
            (content or "").strip()
            or body.get("embeds")
            or body.get("components")
            or body.get("sticker_ids")
            or body.get("poll")
            or file_count
            or existing_attachments
        )
        if not has_something:
            return 50006, errors
    return None


def check_choices(choices: Any) -> FormErrors:
    errors = FormErrors()
    if not isinstance(choices, list):
        errors.add(("data", "choices"), "BASE_TYPE_BAD_TYPE", "Must be an array.")
        return errors
    errors.too_many(("data", "choices"), choices, CHOICES_MAX)
    for i, choice in enumerate(choices):
        name = choice.get("name") if isinstance(choice, dict) else None
        if not isinstance(name, str) or not 1 <= len(name) <= CHOICE_NAME_MAX:
            errors.add(
                ("data", "choices", i, "name"),
                "BASE_TYPE_BAD_LENGTH",
                f"Must be between 1 and {CHOICE_NAME_MAX} in length.",
            )
        value = choice.get("value") if isinstance(choice, dict) else None
        if isinstance(value, str) and len(value) > CHOICE_NAME_MAX:
            errors.add(
                ("data", "choices", i, "value"),
                "BASE_TYPE_BAD_LENGTH",
                f"Must be between 1 and {CHOICE_NAME_MAX} in length.",
            )
    return errors


def check_modal(data: Any) -> FormErrors:
    errors = FormErrors()
    if not isinstance(data, dict):
        errors.add(("data",), "BASE_TYPE_REQUIRED", "This field is required")
        return errors
    errors.too_long(("data", "title"), data.get("title"), 45)
    errors.too_long(("data", "custom_id"), data.get("custom_id"), CUSTOM_ID_MAX)
    components = data.get("components") or []
    if not 1 <= len(components) <= 5:
        errors.add(("data", "components"), "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 5 in length.")
    return errors


def joined(paths: Iterable[str]) -> str:
    return ", ".join(paths)
