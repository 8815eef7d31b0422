"""Feed links and names into markdown through one renderer: nothing a feed writes can break out."""

from __future__ import annotations

import pytest

from bot.links import masked_link, plain_label, safe_url


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.example/a b)c", "https://news.example/a%20b%29c"),
        ("https://news.example/x?q=(1)", "https://news.example/x?q=%281%29"),
        ("https://뉴스.example/기사", "https://%EB%89%B4%EC%8A%A4.example/%EA%B8%B0%EC%82%AC"),
        ("javascript:alert(1)", None),
        ("//news.example/relative", None),
        ("https://news.example/" + "a" * 3000, None),
        (None, None),
    ],
)
def test_safe_url(url: str | None, expected: str | None) -> None:
    assert safe_url(url) == expected


def test_a_masked_link_cannot_be_closed_early_or_ping() -> None:
    rendered = masked_link("Evil](https://phish.example) @everyone **bold**", "https://ok.example/a)b")
    assert rendered is not None
    label, _, url = rendered.partition("](")
    assert url == "https://ok.example/a%29b)"
    assert "](" not in label[1:] and "(" not in label and ")" not in label
    assert "@everyone" not in label  # escaped: @\u200beveryone
    assert "\\*\\*bold\\*\\*" in label


def test_no_safe_url_no_link() -> None:
    assert masked_link("Blog", "javascript:alert(1)") is None
    assert plain_label("", 10) == "source"
