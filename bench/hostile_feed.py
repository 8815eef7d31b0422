"""The longest event-loop pause while one feed is read, benign vs hostile, on the loop vs in the reader.

Run: .venv/bin/python -m bench.hostile_feed [--kb 2000]

A ticker task on the loop records the longest gap between its wake-ups while a feed is parsed and
classified: a benign feed read on the loop is the baseline; a hostile one (item summaries of
unclosed tags, ``<a <a <a ...``, the worst case for HTML-to-text) is read on the loop and through
``FeedReader`` (a worker process). Ratios are against the baseline measured in the same run: the
reader's pause should stay near the baseline whatever the feed holds.
"""

from __future__ import annotations

import argparse
import asyncio
import time

from bot.tracker.offload import FeedReader, read_feed

TICK = 0.001


def _feed(summary: str, items: int) -> bytes:
    entries = "".join(
        f"<item><guid>{n}</guid><title>All of Us Are Dead season 2 news {n}</title>"
        f"<description><![CDATA[{summary}]]></description></item>"
        for n in range(items)
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{entries}</channel></rss>'.encode()
    )


async def _worst_pause(read) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    worst = 0.0
    stop = asyncio.Event()

    async def ticker() -> None:
        nonlocal worst
        last = time.perf_counter()
        while not stop.is_set():
            await asyncio.sleep(TICK)
            now = time.perf_counter()
            worst = max(worst, now - last)
            last = now

    task = asyncio.create_task(ticker())
    await asyncio.sleep(0.05)
    started = time.perf_counter()
    await read()
    took = time.perf_counter() - started
    stop.set()
    await task
    return worst, took


async def main(kb: int) -> None:
    items = 50
    per_item = kb * 1024 // items
    benign = _feed("Season 2 is filming in Seoul. " * (per_item // 30), items)
    hostile = _feed("<a " * (per_item // 3), items)
    reader = FeedReader(budget=60)
    await reader.run(read_feed, benign, "warm", "en", None)  # start the worker outside the measurement

    async def on_loop(body: bytes):  # type: ignore[no-untyped-def]
        return read_feed(body, "bench", "en", None)

    async def in_reader(body: bytes):  # type: ignore[no-untyped-def]
        return await reader.read(body, source_id="bench", language="en", content_type=None)

    base, base_took = await _worst_pause(lambda: on_loop(benign))
    print(f"feeds of {kb} KB, {items} items; worst loop pause (read time)")
    print(f"  benign, on the loop (baseline): {base * 1000:8.1f} ms ({base_took:.2f} s)")
    for label, read in (
        ("hostile, on the loop", lambda: on_loop(hostile)),
        ("benign, in the reader", lambda: in_reader(benign)),
        ("hostile, in the reader", lambda: in_reader(hostile)),
    ):
        pause, took = await _worst_pause(read)
        print(f"  {label:30}: {pause * 1000:8.1f} ms ({took:.2f} s), x{pause / base:.2f} of baseline")
    await reader.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kb", type=int, default=2000, help="feed size in KB (FEED_MAX_BYTES is 2 MB)")
    asyncio.run(main(parser.parse_args().kb))
