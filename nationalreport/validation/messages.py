"""Plain-words validation messages, in the official's language.

The catalogue is data (``resources/messages/<lang>.json``); a language that lacks a
message falls back to English, so a new message never shows as an id.
"""

from __future__ import annotations

import functools
import string
from collections.abc import Sequence
from typing import Any

from nationalreport import resources


@functools.lru_cache(maxsize=8)
def catalogue(language: str) -> dict[str, str]:
    node = resources.resource_file("messages", f"{language}.json")
    if not node.is_file():
        return {}
    data = resources.load_json(node)
    return {k: v for k, v in data.items() if not k.startswith("_")}


class _Lenient(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def message(code: str, language: str = "en", **params: Any) -> str:
    """The message ``code`` in ``language`` with its placeholders filled."""
    text = catalogue(language).get(code) or catalogue("en").get(code) or catalogue("en")["invalid"]
    return string.Formatter().vformat(text, (), _Lenient(params))


def join_words(items: Sequence[str], language: str = "en", conjunction: str = "and") -> str:
    """"a, b and c" in the message language."""
    items = list(items)
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    separator = message("list_separator", language)
    return message(f"list_{conjunction}", language, first=separator.join(items[:-1]),
                   last=items[-1])
