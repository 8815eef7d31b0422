"""Reading an uploaded trivia file from Discord's CDN, within the import size limit.

The attachment's declared size is checked before this is called; the body is streamed and cut at
the limit all the same, since a declared size is only a claim. The tracker's fetcher does exactly
that (plus address checks and a time limit), so it serves here too.
"""

from __future__ import annotations

from bot.tracker.fetch import BodyTooLargeError, FeedFetcher, FetchError

DOWNLOAD_TIMEOUT = 20.0


class FileTooLargeError(Exception):
    """The file turned out larger than the limit while it was read."""


class DownloadError(Exception):
    """Discord's CDN did not give the file; the message says why."""


async def download_attachment(url: str, *, limit: int, allow_private: bool) -> bytes:
    """The file's bytes; FileTooLargeError past `limit`, DownloadError when the CDN fails."""
    fetcher = FeedFetcher(allow_private=allow_private, max_bytes=limit, timeout=DOWNLOAD_TIMEOUT)
    try:
        return (await fetcher.fetch(url)).body
    except BodyTooLargeError:
        raise FileTooLargeError from None
    except FetchError as error:
        raise DownloadError(error.reason) from None
    finally:
        await fetcher.aclose()
