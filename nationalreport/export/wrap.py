"""Fast greedy line breaking for table cells and paragraphs.

A 200-row table has thousands of cells; a reportlab ``Paragraph`` per cell costs about
ten times what a pre-broken string costs, and a plain string needs no markup escaping.
Cells are therefore broken into lines here, once, with measured word widths, and handed
to reportlab as ``"line\\nline"``. Words wider than the cell (web links, long codes)
are broken between characters.

Chinese (and Japanese, Korean) is written without spaces: a line may break between any
two ideographs, except that closing punctuation (，。、）》...) never starts a line and
opening punctuation (（《“...) never ends one; lines are joined there without a space.
Arabic breaks at spaces like Latin; its words are measured shaped (``script``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

Measure = Callable[[str], float]

#: Ideographs, kana, CJK punctuation, full-width forms, Hangul syllables.
_CJK = re.compile("[\u1100-\u11ff\u2e80-\u303f\u3040-\u9fff\uac00-\ud7af\uf900-\ufaff"
                  "\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003ffff]")
#: Never at the start of a line (closing punctuation, small marks).
NO_START = frozenset("、。，．：；？！）》」』】〕〉〗〙〛｝］〞〟ー々〻ゝゞヽヾ・･"
                     "…‥—–％‰℃°’”),.:;!?]}%")
#: Never at the end of a line (opening punctuation).
NO_END = frozenset("（《「『【〔〈〖〘〚｛［〝‘“([{")
#: White space a line may break at: any but the no-break spaces (French "Note\u00a0:",
#: Babel's "1\u202f234").
_NO_BREAK = ("\u00a0", "\u2007", "\u202f")
_BREAKABLE = re.compile("[^\\S\u00a0\u2007\u202f]+")


def words_of(paragraph: str) -> list[str]:
    """The paragraph's words: split at white space, but not at a no-break space."""
    if not any(space in paragraph for space in _NO_BREAK):
        return paragraph.split()
    return [word for word in _BREAKABLE.split(paragraph) if word]

#: A word of a line, and what separates it from the word before ("" between ideographs).
Token = tuple[str, str]
#: The width of a word in a given font ("" for the one font of ``wrap``).
TokenMeasure = Callable[[str, str], float]

def measurer(font: str, size: float) -> Measure:
    """A cached width function for one font and size (single font: see ``script``)."""
    from reportlab.pdfbase.pdfmetrics import (  # type: ignore[import-untyped,unused-ignore]
        stringWidth,
    )

    cache: dict[str, float] = {}

    def width(text: str) -> float:
        found = cache.get(text)
        if found is None:
            found = cache[text] = stringWidth(text, font, size)
        return found

    return width


def has_cjk(text: str) -> bool:
    return _CJK.search(text) is not None


def _cjk_atoms(word: str) -> list[str]:
    """A space-free word cut where a line may break: around each ideograph."""
    atoms: list[str] = []
    latin = ""
    for char in word:
        if _CJK.match(char):
            if latin:
                atoms.append(latin)
                latin = ""
            atoms.append(char)
        else:
            latin += char
    if latin:
        atoms.append(latin)
    glued: list[str] = []
    for atom in atoms:
        if glued and (atom[0] in NO_START or glued[-1][-1] in NO_END):
            glued[-1] += atom
        else:
            glued.append(atom)
    return glued


def tokens(paragraph: str, lead: str = " ") -> list[Token]:
    """The words of one paragraph (no line break in it), with their break rules.

    ``lead`` separates the first word from what comes before it on the line (another
    span); a paragraph that starts with white space keeps that character.
    """
    out: list[Token] = []
    if paragraph[:1].isspace():
        lead = paragraph[0]
    for word in words_of(paragraph):
        sep = lead if not out else " "
        if _CJK.search(word) is None:
            out.append((word, sep))
            continue
        atoms = _cjk_atoms(word)
        out.append((atoms[0], sep))
        out.extend((atom, "") for atom in atoms[1:])
    return out


def _break_word(word: str, width: float, measure: Measure) -> list[str]:
    pieces: list[str] = []
    current = ""
    for char in word:
        if current and measure(current + char) > width:
            pieces.append(current)
            current = char
        else:
            current += char
    if current:
        pieces.append(current)
    return pieces


#: A word with its separator and the font it is measured (and drawn) in.
Styled = tuple[str, str, str]


def _in_font(measure: TokenMeasure, font: str, text: str) -> float:
    return measure(text, font)


def break_tokens(words: list[Styled], width: float,
                 measure: TokenMeasure) -> list[list[Styled]]:
    """``words`` in lines no wider than ``width`` (one empty line if there are none).

    A word wider than the line is broken between characters.
    """
    lines: list[list[Styled]] = []
    current: list[Styled] = []
    used = 0.0
    for word, sep, font in words:
        w = measure(word, font)
        if w > width:
            if current:
                lines.append(current)
            pieces = _break_word(word, width, functools.partial(_in_font, measure, font))
            lines.extend([(piece, sep, font)] for piece in pieces[:-1])
            current, used = [(pieces[-1], sep, font)], measure(pieces[-1], font)
            continue
        gap = measure(sep, font) if current and sep else 0.0
        if current and used + gap + w > width:
            lines.append(current)
            current, used = [(word, sep, font)], w
        else:
            used += gap + w
            current.append((word, sep, font))
    lines.append(current)
    return lines


def join(line: list[Styled]) -> str:
    """One line's text: words joined by their separators (none at the line's start)."""
    if len(line) == 1:
        return line[0][0]
    return "".join((sep + word if at else word) for at, (word, sep, _) in enumerate(line))


def paragraphs(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def wrap_paragraph(paragraph: str, width: float, measure: Measure) -> list[str]:
    """One paragraph broken into lines (``[""]`` if it is blank)."""
    if _CJK.search(paragraph):
        styled = [(word, sep, "") for word, sep in tokens(paragraph)]
        return [join(line) for line in break_tokens(styled, width,
                                                     lambda text, _: measure(text))]
    # Words between spaces (the common case, kept lean: tables have thousands of cells).
    words = words_of(paragraph)
    if not words:
        return [""]
    lines: list[str] = []
    space = measure(" ")
    current: list[str] = []
    used = 0.0
    for word in words:
        w = measure(word)
        if w > width:
            if current:
                lines.append(" ".join(current))
            pieces = _break_word(word, width, measure)
            lines.extend(pieces[:-1])
            current, used = [pieces[-1]], measure(pieces[-1])
            continue
        if current and used + space + w > width:
            lines.append(" ".join(current))
            current, used = [word], w
        else:
            used += (space if current else 0.0) + w
            current.append(word)
    lines.append(" ".join(current))
    return lines


def trim(lines: list[str]) -> list[str]:
    """Trailing blank lines say nothing on paper."""
    while len(lines) > 1 and not lines[-1]:
        lines.pop()
    return lines


def wrap(text: str, width: float, measure: Measure) -> list[str]:
    """``text`` broken into lines no wider than ``width`` (hard line breaks kept)."""
    lines: list[str] = []
    for paragraph in paragraphs(text):
        lines.extend(wrap_paragraph(paragraph, width, measure))
    return trim(lines)


def chunks(lines: list[str], size: int) -> list[list[str]]:
    """``lines`` in groups of at most ``size``, so a long answer can break across pages."""
    return [lines[i:i + size] for i in range(0, len(lines), size)] or [[]]
