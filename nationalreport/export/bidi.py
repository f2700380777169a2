"""Right-to-left text: paragraph direction, visual order and mirroring (Unicode bidi).

reportlab orders Arabic only with ``rlbidi``, which is not on PyPI; python-bidi's pure
Python algorithm (``bidi.algorithm``) is used instead. Its ``get_display`` mirrors
brackets, which the Rust ``bidi.get_display`` does not (reference/signing-and-pdf.md,
section 3), and its steps, run here one by one, also give each character's embedding
level, which the drawing needs: an odd-level run is right to left.

A line is reordered on its own, with the direction of the paragraph it comes from.
That direction is written into the line itself where the line alone would say
otherwise (a line of Latin words in an Arabic paragraph starts with an invisible
RIGHT-TO-LEFT MARK), so a cell's pre-broken lines keep it.
"""

from __future__ import annotations

import re
from unicodedata import bidirectional

from bidi import algorithm  # type: ignore[import-untyped,unused-ignore]
from bidi.mirror import MIRRORED  # type: ignore[import-untyped,unused-ignore]

LRM = "\u200e"
RLM = "\u200f"
#: Characters of right-to-left scripts and the controls that start right-to-left text.
_RTL = re.compile("[\u0590-\u08ff\u200f\u202b\u202e\u2067\ufb1d-\ufdff\ufe70-\ufefe"
                  "\U00010800-\U00010fff\U0001e800-\U0001efff]")
#: Controls that only steer the algorithm: never drawn.
CONTROLS = frozenset("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e"
                     "\u2066\u2067\u2068\u2069")


def has_rtl(text: str) -> bool:
    """Whether ``text`` holds right-to-left characters (it then needs reordering)."""
    return _RTL.search(text) is not None


def _first_strong(text: str) -> str | None:
    for char in text:
        kind = bidirectional(char)
        if kind == "L":
            return "L"
        if kind in ("R", "AL"):
            return "R"
    return None


def paragraph_rtl(text: str, document_rtl: bool) -> bool:
    """The direction of a paragraph of ``text`` in a document of the given direction.

    In a left-to-right document, the first strong character decides (Unicode rules P2
    and P3). In a right-to-left document a paragraph is right to left if it has any
    right-to-left character: Latin-only text (a name, an e-mail address, an English
    answer) stays left to right, and so does text with no letters at all (a telephone
    number, a date), which would otherwise come out with its groups reversed.
    """
    if document_rtl:
        return has_rtl(text)
    return _first_strong(text) == "R"


def mark_lines(paragraph: str, lines: list[str], document_rtl: bool) -> list[str]:
    """``lines`` of ``paragraph``, each starting with a mark where its direction differs."""
    if not document_rtl and not has_rtl(paragraph):
        return lines
    rtl = paragraph_rtl(paragraph, document_rtl)
    mark = RLM if rtl else LRM
    return [line if not line or paragraph_rtl(line, document_rtl) == rtl else mark + line
            for line in lines]


def visual_levels(text: str, rtl: bool) -> list[tuple[int, int]]:
    """``(logical index, embedding level)`` of each character, in visual order.

    Left to right on the page; the paragraph level is 1 if ``rtl``. Characters the
    algorithm drops (embedding controls) are left out.
    """
    storage = algorithm.get_empty_storage()
    base = 1 if rtl else 0
    storage["base_level"] = base
    storage["base_dir"] = ("L", "R")[base]
    algorithm.get_embedding_levels(text, storage)
    for index, char in enumerate(storage["chars"]):
        char["index"] = index
    algorithm.explicit_embed_and_overrides(storage)
    algorithm.resolve_weak_types(storage)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    algorithm.reorder_resolved_levels(storage, False)
    return [(int(char["index"]), int(char["level"])) for char in storage["chars"]]


def mirror(char: str) -> str:
    """The mirrored form of a bracket or similar character (itself if it has none)."""
    found: str = MIRRORED.get(char, char)
    return found


def display(text: str, rtl: bool | None = None) -> str:
    """``text`` in visual order, mirrored where right to left, controls removed.

    ``rtl`` is the paragraph direction (``None``: as ``paragraph_rtl`` finds it in a
    right-to-left document). The same as ``bidi.algorithm.get_display``, which the
    drawing code does not call since it needs the levels too.
    """
    if rtl is None:
        rtl = paragraph_rtl(text, True)
    out = []
    for index, level in visual_levels(text, rtl):
        char = text[index]
        if char in CONTROLS:
            continue
        out.append(mirror(char) if level % 2 else char)
    return "".join(out)
