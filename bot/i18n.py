"""Korean for command names, descriptions and choices, served through discord.py's Translator.

discord.py asks the translator for every `locale_str` when it syncs commands; a string with no
Korean entry stays English. Keys are the English strings exactly as written in the cogs, so a
renamed command shows up in `tests/bot/test_i18n.py` as an untranslated string.
"""

from __future__ import annotations

import discord
from discord import app_commands

KOREAN: dict[str, str] = {
    # /character, /cast, /variant, /location, /episode, /search, /about, /release
    "character": "캐릭터",
    "Look up a character of All of Us Are Dead": "지금 우리 학교는 등장인물을 찾아봅니다",
    "cast": "출연진",
    "The cast, or one actor and their roles": "출연진 전체 또는 배우 한 명과 배역",
    "actor": "배우",
    "An actor's name (English or hangul)": "배우 이름 (영어 또는 한글)",
    "variant": "변종",
    "Look up a kind of zombie (infected, halfbies, season 2 variants)": (
        "좀비 종류를 찾아봅니다 (감염자, 절비, 시즌2 변종)"
    ),
    "location": "장소",
    "Look up a place from the show": "작품 속 장소를 찾아봅니다",
    "episode": "에피소드",
    "What happens in an episode of season 1": "시즌1 에피소드 내용",
    "number": "번호",
    "Episode number, 1 to 12": "에피소드 번호 (1~12)",
    "search": "검색",
    "Search characters, cast, zombies, places and episodes": "캐릭터, 출연진, 좀비, 장소, 에피소드 검색",
    "query": "검색어",
    "What to look for (English or hangul)": "찾을 내용 (영어 또는 한글)",
    "about": "정보",
    "About the show and this bot": "작품과 이 봇에 대하여",
    "release": "공개일",
    "Season 2: what is known about its release": "시즌2 공개 소식과 일정",
    "name": "이름",
    "A name in English or hangul": "영어 또는 한글 이름",
    # /help
    "help": "도움말",
    "What Hyosan can do": "효산 봇 사용법",
    # /settings
    "settings": "설정",
    "Server settings for Hyosan": "효산 봇 서버 설정",
    "spoilers": "스포일러",
    "How much of the story to show without spoiler tags": "스포일러 태그 없이 보여줄 범위",
    "level": "범위",
    "none: hide all spoilers; season1: show season 1 openly; all: show everything": (
        "none: 모두 가리기, season1: 시즌1 공개, all: 모두 공개"
    ),
    "Hide all spoilers": "모든 스포일러 가리기",
    "Show season 1 openly": "시즌1 내용 공개",
    "Show everything": "모두 공개",
}


class HyosanTranslator(app_commands.Translator):
    async def translate(
        self,
        string: app_commands.locale_str,
        locale: discord.Locale,
        context: app_commands.TranslationContextTypes,
    ) -> str | None:
        if locale is discord.Locale.korean:
            return KOREAN.get(string.message)
        return None


def is_korean(locale: discord.Locale | str | None) -> bool:
    return str(locale or "").startswith("ko")
