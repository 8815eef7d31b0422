"""A poll of 500 feeds that all answer 304, through the real FeedFetcher, against a bare httpx loop.

Run: .venv/bin/python -m bench.poll [--feeds 500] [--concurrency 50]

The server is aiohttp on 127.0.0.1 in its own thread (so it does not share the client's event
loop); the fetcher runs with allow_private=True, since the target is loopback. Both sides send the
same ETag and run the same number of requests at once. Target: the 500-feed poll under 10 s on
2 cores; the ratio shows what the guard, redirect handling and streaming cost over plain httpx.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import threading
import time
from collections.abc import Iterator

import httpx
from aiohttp import web

from bot.tracker.fetch import FeedFetcher, default_client
from bot.tracker.poll import fetch_source
from bot.tracker.sources import Source

ETAG = '"v1"'


def _serve(ready: threading.Event, port_box: list[int], stop: threading.Event) -> None:
    async def feed(request: web.Request) -> web.Response:
        if request.headers.get("If-None-Match") == ETAG:
            return web.Response(status=304, headers={"ETag": ETAG})
        return web.Response(body=b"<rss version='2.0'><channel></channel></rss>", headers={"ETag": ETAG})

    async def run() -> None:
        app = web.Application()
        app.router.add_get("/feeds/{n}", feed)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0, backlog=1024)
        await site.start()
        port_box.append(site._server.sockets[0].getsockname()[1])  # type: ignore[union-attr]
        ready.set()
        await asyncio.to_thread(stop.wait)
        await runner.cleanup()

    asyncio.run(run())


@contextlib.contextmanager
def feeds_answering_304() -> Iterator[str]:
    """A local feed server in its own thread (so it doesn't share the measured event loop);
    yields its base URL and stops it afterwards."""
    ready, stop, port_box = threading.Event(), threading.Event(), []
    server = threading.Thread(target=_serve, args=(ready, port_box, stop), daemon=True)
    server.start()
    ready.wait(10)
    try:
        yield f"http://127.0.0.1:{port_box[0]}"
    finally:
        stop.set()
        server.join(5)


async def _bounded(concurrency: int, jobs: list) -> list:
    gate = asyncio.Semaphore(concurrency)

    async def one(job):
        async with gate:
            return await job()

    return await asyncio.gather(*(one(job) for job in jobs))


async def with_fetcher(base: str, feeds: int, concurrency: int) -> tuple[float, int]:
    sources = [
        Source(id=f"f{n}", kind="rss", url=f"{base}/feeds/{n}", interval=3600, language="en")
        for n in range(feeds)
    ]
    async with FeedFetcher(default_client(allow_private=True), allow_private=True) as fetcher:
        start = time.perf_counter()
        results = await _bounded(
            concurrency, [lambda s=s: fetch_source(fetcher, s, etag=ETAG) for s in sources]
        )
        elapsed = time.perf_counter() - start
        await fetcher.client.aclose()
    return elapsed, sum(r.not_modified for r in results)


async def bare_httpx(base: str, feeds: int, concurrency: int) -> tuple[float, int]:
    async with httpx.AsyncClient(
        limits=httpx.Limits(max_connections=50, max_keepalive_connections=20)
    ) as client:
        start = time.perf_counter()
        responses = await _bounded(
            concurrency,
            [
                lambda n=n: client.get(f"{base}/feeds/{n}", headers={"If-None-Match": ETAG})
                for n in range(feeds)
            ],
        )
        elapsed = time.perf_counter() - start
    return elapsed, sum(r.status_code == 304 for r in responses)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=500)
    parser.add_argument("--concurrency", type=int, default=50)
    args = parser.parse_args()
    with feeds_answering_304() as base:
        asyncio.run(bare_httpx(base, 20, 5))  # warm-up: imports, first connections
        # Alternate the two and keep each one's best of three, so neither gains from running second.
        bare_runs, real_runs = [], []
        for _ in range(3):
            bare_runs.append(asyncio.run(bare_httpx(base, args.feeds, args.concurrency)))
            real_runs.append(asyncio.run(with_fetcher(base, args.feeds, args.concurrency)))
        bare, bare_ok = min(bare_runs)
        real, real_ok = min(real_runs)
    print(f"feeds: {args.feeds}, concurrency: {args.concurrency}")
    print(f"bare httpx loop:        {bare:.2f} s ({bare_ok} x 304), best of 3")
    print(f"FeedFetcher + poll:     {real:.2f} s ({real_ok} x 304), best of 3; target < 10 s")
    print(f"ratio fetcher/bare:     {real / bare:.2f}x")


if __name__ == "__main__":
    main()
