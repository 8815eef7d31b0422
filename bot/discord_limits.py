"""Discord's limits, in one place: https://discord.com/developers/docs/resources/message#embed-object-embed-limits
and the interaction, component and message references beside it."""

from __future__ import annotations

EMBED_TITLE = 256
EMBED_DESCRIPTION = 4096
EMBED_FIELDS = 25
FIELD_NAME = 256
FIELD_VALUE = 1024
FOOTER = 2048
EMBED_TOTAL = 6000
EMBED_URL = 2048
CONTENT = 2000  # message content
CHOICE_NAME = 100  # autocomplete choice name and value
CHOICES = 25  # autocomplete choices per answer
BUTTON_LABEL = 80
INTERACTION_DEADLINE = 3.0  # seconds to the first response
