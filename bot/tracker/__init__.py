"""Release tracker core: sources, safe fetching, parsing, classification and story de-duplication.

Nothing here imports discord or touches the database: storage, scheduling and delivery are
built on top of this API.

- ``sources``: ``Source`` and ``load_sources`` (``data/feeds.yaml``).
- ``urlguard``: ``check_feed_url`` refuses URLs that are not public http(s).
- ``fetch``: ``FeedFetcher`` (conditional GET, redirects re-checked, size and time caps).
- ``limits``: ``TVmazeLimiter`` and the hourly floor for TVmaze sources.
- ``health``: ``SourceHealth`` with exponential backoff and disable-after-N, as pure functions.
- ``parse`` / ``tvmaze``: bodies -> ``FeedItem`` (``items``).
- ``dates`` / ``classify``: is an item season-2 news, which status, which date or window.
- ``dedupe``: the same story from two sources.
- ``poll``: one poll of one source (fetch + parse), for the scheduler.
- ``cli``: ``tracker classify`` and ``tracker preview``.
"""
