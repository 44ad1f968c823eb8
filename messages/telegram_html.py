"""Checks that text is HTML Telegram accepts, so a bad tag fails in tests, not in a chat."""

from __future__ import annotations

import re
from html.parser import HTMLParser

ALLOWED_TAGS = frozenset(
    {
        "b",
        "strong",
        "i",
        "em",
        "u",
        "ins",
        "s",
        "strike",
        "del",
        "a",
        "code",
        "pre",
        "tg-spoiler",
        "span",
        "blockquote",
        "tg-emoji",
    }
)
_BARE_AMPERSAND = re.compile(r"&(?!(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);)")
_TELEGRAM_ENTITIES = frozenset({"lt", "gt", "amp", "quot"})
_NAMED_ENTITY = re.compile(r"&([a-zA-Z]+);")


class _Checker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.stack: list[str] = []
        self.problems: list[str] = []
        self.visible: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            self.problems.append(f"tag <{tag}> is not allowed")
        if tag == "span" and ("class", "tg-spoiler") not in attrs:
            self.problems.append('<span> needs class="tg-spoiler"')
        if tag == "a" and not any(name == "href" for name, _ in attrs):
            self.problems.append("<a> needs href")
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> does not close the open tag")
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if "<" in data or ">" in data:
            self.problems.append("stray angle bracket")
        self.visible.append(data)

    def handle_entityref(self, name: str) -> None:
        self.visible.append("x")

    def handle_charref(self, name: str) -> None:
        self.visible.append("x")


def html_problems(text: str) -> list[str]:
    """Every reason Telegram would refuse `text` with parse_mode=HTML (empty list = fine)."""
    checker = _Checker()
    checker.feed(text)
    checker.close()
    problems = list(checker.problems)
    if checker.stack:
        problems.append(f"unclosed tags: {', '.join(checker.stack)}")
    if _BARE_AMPERSAND.search(text):
        problems.append("bare '&' (write &amp;)")
    for name in _NAMED_ENTITY.findall(text):
        if name not in _TELEGRAM_ENTITIES:
            problems.append(f"entity &{name}; is not one Telegram knows")
    return problems


def visible_length(text: str) -> int:
    """Characters the user sees, which is what Telegram's 4,096 limit counts."""
    checker = _Checker()
    checker.feed(text)
    checker.close()
    return sum(len(part) for part in checker.visible)
