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
    # /trivia (cogs/trivia) and /settings trivia_role, builtin_trivia
    "trivia": "퀴즈",
    "Play and curate trivia": "퀴즈를 하고 문제를 관리합니다",
    "start": "시작",
    "Start a trivia game in this channel": "이 채널에서 퀴즈 게임을 시작합니다",
    "category": "분류",
    "questions": "문제수",
    "mode": "방식",
    "seconds": "초",
    "Only questions of this category": "이 분류의 문제만",
    "How many questions (default 10)": "문제 수 (기본 10)",
    "Answer with buttons or by typing": "버튼으로 또는 직접 입력해서 답하기",
    "Seconds per question (default 20)": "문제당 초 (기본 20)",
    "buttons (multiple choice)": "버튼 (객관식)",
    "typed (write the answer)": "입력 (주관식)",
    "stop": "중지",
    "Stop the trivia game in this channel": "이 채널의 퀴즈 게임을 멈춥니다",
    "leaderboard": "순위",
    "This server's best trivia players": "이 서버의 퀴즈 순위",
    "period": "기간",
    "all time, last 30 days or last 7 days": "전체, 최근 30일 또는 최근 7일",
    "all time": "전체",
    "last 30 days": "최근 30일",
    "last 7 days": "최근 7일",
    "stats": "기록",
    "Trivia stats of a member (you by default)": "멤버의 퀴즈 기록 (기본: 나)",
    "member": "멤버",
    "Whose stats to show": "누구의 기록을 볼지",
    "add": "추가",
    "Add a question to this server's bank": "이 서버 문제 은행에 문제를 추가합니다",
    "edit": "수정",
    "Edit a question of this server's bank": "이 서버 문제 은행의 문제를 수정합니다",
    "id": "번호",
    "The question's number, from /trivia list": "문제 번호 (/trivia list 참고)",
    "remove": "삭제",
    "Remove a question from this server's bank": "이 서버 문제 은행에서 문제를 삭제합니다",
    "list": "목록",
    "List this server's questions": "이 서버의 문제 목록",
    "categories": "분류목록",
    "Trivia categories and how many questions each has": "퀴즈 분류와 분류별 문제 수",
    "import": "가져오기",
    "Import questions from a file (Red list, YAML or CSV)": (
        "파일에서 문제를 가져옵니다 (Red 목록, YAML, CSV)"
    ),
    "file": "파일",
    "replace": "교체",
    "A Red-DiscordBot trivia list, a Hyosan YAML file or a CSV with a header": (
        "Red-DiscordBot 퀴즈 목록, 효산 YAML 또는 머리글이 있는 CSV"
    ),
    "Category for a Red list's questions (default: the file name)": "Red 목록 문제의 분류 (기본: 파일 이름)",
    "Replace this server's questions in the file's categories": "파일에 있는 분류의 기존 문제를 교체",
    "export": "내보내기",
    "Export this server's questions as a file": "이 서버의 문제를 파일로 내보냅니다",
    "format": "형식",
    "File format (default: the one the category was imported in, else Hyosan YAML)": (
        "파일 형식 (기본: 가져온 형식, 없으면 효산 YAML)"
    ),
    "Red-DiscordBot list (YAML)": "Red-DiscordBot 목록 (YAML)",
    "Hyosan YAML": "효산 YAML",
    "CSV": "CSV",
    "suggest": "제안",
    "Suggest a question for this server's trivia": "이 서버 퀴즈에 문제를 제안합니다",
    "review": "검토",
    "Review suggested questions": "제안된 문제를 검토합니다",
    "trivia_role": "퀴즈역할",
    "The role whose members may curate trivia questions": "퀴즈 문제를 관리할 수 있는 역할",
    "role": "역할",
    "Trivia moderators; leave empty to keep trivia to Manage Server only": (
        "퀴즈 관리자 역할 (비우면 서버 관리 권한만)"
    ),
    "builtin_trivia": "기본퀴즈",
    "Use Hyosan's built-in trivia questions in games": "게임에 효산 기본 퀴즈 문제를 사용합니다",
    "enabled": "사용",
    "on: mix built-in questions into games; off: only this server's": (
        "켜기: 기본 문제 포함, 끄기: 이 서버 문제만"
    ),
    # /settings log_channel (delivery notices)
    "log_channel": "로그채널",
    "Where Hyosan reports problems, such as a news channel it can no longer post in": (
        "효산 봇이 문제를 알릴 채널 (예: 더 이상 소식을 올릴 수 없는 채널)"
    ),
    "The channel for Hyosan's notices": "효산 봇 알림을 받을 채널",
    # /subscribe, /unsubscribe, /subscriptions, /news (cogs/news)
    "subscribe": "구독",
    "Announce season 2 news in a channel": "채널에 시즌2 소식을 알립니다",
    "channel": "채널",
    "The channel that gets the announcements": "소식을 받을 채널",
    "statuses": "상태",
    "Only these statuses, comma-separated (default: all)": "이 상태만 받기, 쉼표로 구분 (기본: 전체)",
    "language": "언어",
    "Only news in this language (default: any)": "이 언어의 소식만 받기 (기본: 전체)",
    "ping_role": "알림역할",
    "A role to ping with each announcement (default: no ping)": "소식마다 멘션할 역할 (기본: 멘션 없음)",
    "English": "영어",
    "Korean": "한국어",
    "unsubscribe": "구독취소",
    "Stop news announcements in a channel": "채널의 소식 알림을 멈춥니다",
    "The channel that should stop getting news": "소식 알림을 멈출 채널",
    "subscriptions": "구독목록",
    "Which channels get news announcements": "소식 알림을 받는 채널 목록",
    "news": "소식",
    "Season 2 news tracker": "시즌2 소식 추적",
    "feeds": "피드",
    "This server's own news feeds": "이 서버의 뉴스 피드",
    "Follow a news feed (RSS or Atom) in this server": "이 서버에서 뉴스 피드(RSS 또는 Atom)를 구독합니다",
    "url": "주소",
    "The feed's address (http or https)": "피드 주소 (http 또는 https)",
    "The feed's language": "피드의 언어",
    "Stop following one of this server's feeds": "이 서버의 피드 구독을 멈춥니다",
    "feed": "피드항목",
    "The feed to remove": "삭제할 피드",
    "This server's own feeds and their health": "이 서버의 피드와 상태",
    "sources": "출처",
    "Where the news comes from, and how each source is doing": "소식 출처와 각 출처의 상태",
    "check": "확인",
    "Poll every news source now": "모든 소식 출처를 지금 확인합니다",
    "latest": "최신",
    "The most recent news items the tracker collected": "추적기가 모은 최신 소식",
    "everything": "전체",
    "Also show items that were not about season 2": "시즌2와 관계없는 항목도 보기",
    "explain": "설명",
    "Why an item was or was not announced here": "어떤 소식이 여기에 알려졌거나 알려지지 않은 이유",
    "item": "항목",
    "A recent item (type part of its title)": "최근 항목 (제목 일부를 입력)",
    "confirmed_only": "확정소식만",
    "Only confirmed developments, no rumours (default: rumours too, labelled)": (
        "확정된 소식만 받기, 루머 제외 (기본: 루머도 표시해서 받기)"
    ),
    # /privacy
    "privacy": "개인정보",
    "What Hyosan stores about you, and deleting it": "효산이 저장한 내 정보 보기와 삭제",
    "show": "보기",
    "See what Hyosan stores about you": "효산이 저장한 내 정보를 봅니다",
    "delete": "삭제",
    "Delete what Hyosan stores about you (asks first)": "효산이 저장한 내 정보를 삭제합니다 (먼저 확인)",
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
