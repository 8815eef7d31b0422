"""Discord's size limits, in characters: the one definition every layer uses.

Kept free of discord imports so pure modules (the trivia engine) can use them too.
"""

EMBED_TITLE = 256
EMBED_DESCRIPTION = 4096
EMBED_FIELDS = 25
FIELD_NAME = 256
FIELD_VALUE = 1024
FOOTER = 2048
EMBED_TOTAL = 6000
CONTENT = 2000
CHOICE_NAME = 100
BUTTON_LABEL = 80
