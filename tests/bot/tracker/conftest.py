"""A tiny HTTP server on 127.0.0.1 for fetch and CLI tests (never the internet)."""

from __future__ import annotations

import gzip
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    gzip: bool = False


@dataclass
class LocalServer:
    base: str
    routes: dict[str, Route]
    requests: list[tuple[str, dict[str, str]]]

    def url(self, path: str) -> str:
        return self.base + path


def _handler(server: LocalServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            server.requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
            route = server.routes.get(self.path, Route(status=404, body=b"missing"))
            body = gzip.compress(route.body) if route.gzip else route.body
            self.send_response(route.status)
            for name, value in route.headers.items():
                self.send_header(name, value)
            if route.gzip:
                self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            return

    return Handler


@pytest.fixture
def local_server() -> Iterator[LocalServer]:
    """An http.server on an ephemeral 127.0.0.1 port; add routes to ``.routes``."""
    state = LocalServer(base="", routes={}, requests=[])
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    state.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


RSS_TEMPLATE = (
    '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
    "<title>{title}</title>{items}</channel></rss>"
)


def rss(*items: tuple[str, str, str], title: str = "Test feed") -> bytes:
    """An RSS 2.0 body from (guid, title, description) triples."""
    body = "".join(
        f"<item><guid>{guid}</guid><title>{t}</title><link>https://news.example.com/{guid}</link>"
        f"<description>{d}</description><pubDate>Wed, 23 Jul 2025 10:00:00 GMT</pubDate></item>"
        for guid, t, d in items
    )
    return RSS_TEMPLATE.format(title=title, items=body).encode()


@pytest.fixture
def make_rss() -> Callable[..., bytes]:
    return rss
