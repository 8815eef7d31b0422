"""``NewsService.poll_all`` over 500 stored feeds that answer 304, against the tracker alone.

Run: .venv/bin/python -m bench.poll_service [--feeds 500]

The full path a scheduled poll takes: read the source row, conditional GET through the shared
FeedFetcher, record health and validators in the database (SQLite, one transaction per source).
The baseline, measured in the same run against the same server, is ``bench.poll.with_fetcher``:
the same fetches without any database work. Target: the 500-feed poll under 10 s on 2 cores.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import tempfile
import time
from pathlib import Path

import sqlalchemy as sa

from bench.poll import ETAG, feeds_answering_304, with_fetcher
from bot.config import Settings
from bot.news.service import POLL_CONCURRENCY, NewsService
from bot.storage.database import Database
from bot.storage.tables import news_sources


async def with_service(base: str, feeds: int, folder: Path) -> tuple[float, int]:
    db = Database(f"sqlite+aiosqlite:///{folder / 'bench.db'}")
    await db.migrate()
    empty = folder / "feeds.yaml"
    empty.write_text("sources: []\n")
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None, database_url=db.url, tracker_enabled=False, allow_private_feed_urls=True
    )
    async with db.begin() as conn:
        await conn.execute(sa.delete(news_sources))
        await conn.execute(
            sa.insert(news_sources),
            [
                {
                    "key": f"guild:1:{n}",
                    "guild_id": 1,
                    "kind": "rss",
                    "url": f"{base}/feeds/{n}",
                    "interval_s": 3600,
                    "etag": ETAG,
                    "baselined": True,
                }
                for n in range(feeds)
            ],
        )
    service = NewsService(db, settings, feeds_path=empty)
    await service.start()
    try:
        start = time.perf_counter()
        outcomes = await service.poll_all()
        elapsed = time.perf_counter() - start
    finally:
        await service.close()
        await db.close()
    return elapsed, sum(o.ok and o.not_modified for o in outcomes)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=500)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    with feeds_answering_304() as base:
        asyncio.run(with_fetcher(base, 20, 5))  # warm-up: imports, first connections
        fetch_runs, service_runs = [], []
        for run in range(3):
            fetch_runs.append(asyncio.run(with_fetcher(base, args.feeds, POLL_CONCURRENCY)))
            with tempfile.TemporaryDirectory() as folder:
                service_runs.append(asyncio.run(with_service(base, args.feeds, Path(folder))))
            print(f"run {run + 1}: fetcher {fetch_runs[-1][0]:.2f} s, service {service_runs[-1][0]:.2f} s")
        fetched, fetch_ok = min(fetch_runs)
        served, service_ok = min(service_runs)
    print(f"feeds: {args.feeds}, concurrency: {POLL_CONCURRENCY}")
    print(f"tracker only (FeedFetcher + poll):   {fetched:.2f} s ({fetch_ok} x 304), best of 3")
    print(
        f"NewsService.poll_all (+ database):   {served:.2f} s ({service_ok} x 304), best of 3; target < 10 s"
    )
    print(f"ratio service/tracker:               {served / fetched:.2f}x")


if __name__ == "__main__":
    main()
