"""News: from a source poll to outbox rows, on top of ``bot.tracker``.

- ``models``: the shapes cogs and the delivery worker receive (``StoryView``, ``Subscription``...).
- ``sources``: the source registry (built-ins from feeds.yaml, guild feeds) and source health.
- ``ingest``: a poll's items -> stored items -> stories (deduplicated) -> outbox rows.
- ``stories`` / ``subscriptions`` / ``outbox``: repositories; ``outbox`` is the contract with
  ``bot.delivery`` (``enqueue_story``, ``outbox_nonce``), with ``subscriptions.disable_subscription``
  and ``stories.story_for_delivery``.
- ``scheduler``: an APScheduler job per source, elected by an advisory lock on PostgreSQL.
- ``explain``: why an item was or was not announced in a server.
- ``service``: ``NewsService``, created with the bot (``Hyosan.news``) and started in its ``setup_hook``.
"""
