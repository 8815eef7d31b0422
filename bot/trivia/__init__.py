"""Trivia core: questions, answer matching, the game engine, file formats, built-in packs.

Nothing here imports discord: the cog renders and drives these objects. Entry points:

- ``bot.trivia.engine.TriviaSession`` / ``ChannelSessions``: the game, one session per channel.
- ``bot.trivia.matching.answer_matches``: typed answers.
- ``bot.trivia.formats.load_pack`` / ``dump_pack``: Red-DiscordBot lists, our YAML, CSV.
- ``bot.trivia.packs.builtin_questions``: the read-only packs in data/trivia.
- ``bot.trivia.bank.QuestionBank``: a server's question bank in the database (storage side).
- ``bot.trivia.cli.main``: ``python -m bot trivia ...``.
"""
