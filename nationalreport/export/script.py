"""Text in any script on the page: a font per character, bidi order, Arabic shaping.

reportlab draws a string in one font, left to right, unshaped. That is right for
English, French, Spanish and Russian in Noto Sans, and wrong for the other two UN
languages: Noto Naskh Arabic and Droid Sans Fallback (Chinese) have no Latin letters or
parentheses, Arabic is written right to left with its letters joined, and reportlab
ignores ``shaping=True`` without ``rlbidi`` (reference/signing-and-pdf.md, section 3).
So every text goes through ``Script``:

1. each character gets a font: the font of its script (Arabic, CJK) in the weight of
   the style, else the style's own font, else the first font of the chain that has it
   (``fonts.chain``); a space or punctuation mark keeps the font before it if that font
   has it, so that an Arabic phrase is one run;
2. the line is put in visual order (``bidi``), runs of one font and level formed;
3. an Arabic run is shaped by HarfBuzz in logical order with its direction, which
   joins the letters, forms lam-alef and places the marks; its glyphs are drawn with
   their HarfBuzz positions (``TJ`` adjustments, text rise for marks) under keys whose
   ToUnicode entry is the run's own characters (``fonts.glyph_key``);
4. the line is written as one PDF text object.

Text whose every character is in the style's font, with nothing right to left, skips
all this (one run): an English report costs what it cost before.
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from nationalreport.export import bidi, fonts
from nationalreport.export.wrap import (
    Measure,
    Styled,
    break_tokens,
    paragraphs,
    tokens,
    trim,
    wrap_paragraph,
)

#: ``(text, font)``: a piece of a line in the style of one font (regular, bold...).
Span = tuple[str, str]
#: Text alignment names, as reportlab's tables use them.
LEFT, RIGHT, CENTER = "LEFT", "RIGHT", "CENTER"
_CACHE_LIMIT = 50_000
#: Stroke width of bold drawn with a regular face, in thousandths of the font size.
FAKE_BOLD = 30.0


def _num(value: float) -> str:
    """A coordinate for a content stream: at most three decimals, no trailing zeros."""
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def script_of(char: str) -> str | None:
    """``"arabic"``, ``"cjk"`` or ``None`` (Latin, Cyrillic, digits, punctuation...)."""
    code = ord(char)
    if code < 0x0600:
        return None
    if code <= 0x08FF or 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF:
        return "arabic"
    if (0x2E80 <= code <= 0x9FFF or 0xAC00 <= code <= 0xD7AF or 0x1100 <= code <= 0x11FF
            or 0xF900 <= code <= 0xFAFF or 0xFE30 <= code <= 0xFE4F
            or 0xFF00 <= code <= 0xFFEF or 0x20000 <= code <= 0x3FFFF):
        return "cjk"
    return None


def _mirrored(char: str, font: str) -> str:
    """What a right-to-left run shows for ``char``: a bracket's mirror image.

    The mirrored glyph is drawn under a key whose ToUnicode entry is ``char`` itself,
    so that "(note)" is extracted as "(note)", not as ")note(".
    """
    mirror = bidi.mirror(char)
    if mirror == char:
        return char
    from reportlab.pdfbase.pdfmetrics import (  # type: ignore[import-untyped,unused-ignore]
        getFont,
    )

    gid = getFont(font).face.charToGlyph.get(ord(mirror))
    return mirror if gid is None else chr(fonts.glyph_key(font, gid, char))


def _joins_neighbour(char: str) -> bool:
    """Spaces and punctuation, which may take the font of the character before them."""
    return unicodedata.category(char)[0] in "ZP"


@dataclass(frozen=True, slots=True)
class Run:
    """Glyphs of one font, left to right; widths in thousandths of the font size."""

    font: str
    #: What reportlab shows: characters, or glyph keys for a shaped run.
    text: str
    width: float
    #: Shaped runs: for each glyph ``(x offset, y offset, advance)`` in thousandths of
    #: the run's own size; ``None`` if plain.
    glyphs: tuple[tuple[float, float, float], ...] | None = None
    fake_bold: bool = False
    #: The run's size relative to the line's (``fonts.SCALE``); ``width`` includes it.
    scale: float = 1.0


@dataclass(frozen=True, slots=True)
class Line:
    """A laid-out line: its runs left to right and its width (thousandths of the size)."""

    runs: tuple[Run, ...]
    width: float

    def points(self, size: float) -> float:
        return self.width * size / 1000


class Script:
    """How one export draws and measures text: its language's direction and fonts."""

    def __init__(self, language: str) -> None:
        fonts.register()
        self.language = language
        self.rtl = language == "ar"
        self._lines: dict[tuple[Span, ...], Line] = {}
        self._measures: dict[tuple[str, float], Measure] = {}
        self._plain: dict[str, frozenset[str]] = {}
        self._bodies: dict[tuple[tuple[Span, ...], float], str] = {}
        self._body_doc: Any = None
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ measuring

    def plain(self, text: str, font: str) -> bool:
        """Whether ``text`` is drawn as is in ``font``: one run, no bidi, no fallback."""
        if text.isascii() and font != fonts.SYMBOLS:
            return True
        chars = self._plain.get(font)
        if chars is None:
            chars = self._plain[font] = frozenset(
                {chr(code) for code in fonts.coverage(font)
                 if script_of(chr(code)) is None and chr(code) not in bidi.CONTROLS}
                | {"\n"})  # a cell's line break
        return set(text) <= chars and not bidi.has_rtl(text)

    def line(self, spans: Sequence[Span]) -> Line:
        """The laid-out line of ``spans`` (cached: tables repeat their cells)."""
        key = tuple(spans)
        found = self._lines.get(key)
        if found is None:
            found = self._layout(key)
            with self._lock:
                if len(self._lines) > _CACHE_LIMIT:
                    self._lines.clear()
                self._lines[key] = found
        return found

    def width(self, text: str, font: str, size: float) -> float:
        if self.plain(text, font):
            from reportlab.pdfbase.pdfmetrics import (  # type: ignore[import-untyped,unused-ignore]
                stringWidth,
            )

            return float(stringWidth(text, font, size))
        return self.line(((text, font),)).points(size)

    def measure(self, font: str, size: float) -> Measure:
        """A cached width function for text styled ``font`` at ``size``."""
        key = (font, size)
        found = self._measures.get(key)
        if found is None:
            cache: dict[str, float] = {}

            def measure(text: str) -> float:
                got = cache.get(text)
                if got is None:
                    got = cache[text] = self.width(text, font, size)
                return got

            found = self._measures[key] = measure
        return found

    # ------------------------------------------------------------------ wrapping

    def wrap(self, text: str, width: float, font: str, size: float) -> list[str]:
        """``text`` in lines no wider than ``width``, each keeping its paragraph's direction."""
        measure = self.measure(font, size)
        lines: list[str] = []
        for paragraph in paragraphs(text):
            broken = wrap_paragraph(paragraph, width, measure)
            lines.extend(bidi.mark_lines(paragraph, broken, self.rtl))
        return trim(lines)

    def wrap_spans(self, spans: Sequence[Span], width: float, size: float) -> list[list[Span]]:
        """Styled text (a bold number, then the question) in lines of spans.

        Hard line breaks are kept; each line keeps its paragraph's direction, as ``wrap``
        does.
        """
        groups: list[list[Styled]] = [[]]
        for text, font in spans:
            for number, paragraph in enumerate(paragraphs(text)):
                if number:
                    groups.append([])
                groups[-1].extend((word, sep, font) for word, sep in tokens(paragraph, ""))

        def measure(text: str, font: str) -> float:
            return self.measure(font, size)(text)

        out: list[list[Span]] = []
        for group in groups:
            rtl = bidi.paragraph_rtl(" ".join(word for word, _, _ in group), self.rtl)
            for line in break_tokens(group, width, measure) if group else [[]]:
                line_spans: list[Span] = []
                for at, (word, sep, font) in enumerate(line):
                    piece = sep + word if at else word
                    if line_spans and line_spans[-1][1] == font:
                        line_spans[-1] = (line_spans[-1][0] + piece, font)
                    else:
                        line_spans.append((piece, font))
                plain = "".join(text for text, _ in line_spans)
                if plain and bidi.paragraph_rtl(plain, self.rtl) != rtl:
                    line_spans.insert(0, (bidi.RLM if rtl else bidi.LRM, line_spans[0][1]))
                out.append(line_spans)
        while len(out) > 1 and not out[-1]:
            out.pop()
        return out

    # ------------------------------------------------------------------ layout

    def _font_for(self, char: str, role: str, before: str | None) -> str:
        script = script_of(char)
        code = ord(char)
        if script is None and before is not None and _joins_neighbour(char) \
                and code in fonts.coverage(before):
            return before
        candidates = fonts.chain(role, script)
        for name in candidates:
            if code in fonts.coverage(name):
                return name
        return candidates[0]

    def _layout(self, spans: tuple[Span, ...]) -> Line:
        text = "".join(part for part, _ in spans)
        if len(spans) == 1 and self.plain(text, spans[0][1]):
            return self._plain_line(text, spans[0][1])
        roles = [font for part, font in spans for _ in part]
        chosen: list[str] = []
        before: str | None = None
        for char, role in zip(text, roles, strict=True):
            before = self._font_for(char, role, before)
            chosen.append(before)
        rtl = bidi.paragraph_rtl(text, self.rtl)
        if rtl or bidi.has_rtl(text):
            order = bidi.visual_levels(text, rtl)
        else:
            order = [(index, 0) for index in range(len(text))]
        groups: list[tuple[str, int, str, list[int]]] = []  # font, level, role, indices
        for index, level in order:
            if text[index] in bidi.CONTROLS:
                continue
            font, role = chosen[index], roles[index]
            if groups and groups[-1][0] == font and groups[-1][1] == level \
                    and groups[-1][2] == role:
                groups[-1][3].append(index)
            else:
                groups.append((font, level, role, [index]))
        runs = tuple(self._run(text, font, level, role, indices)
                     for font, level, role, indices in groups)
        return Line(runs, sum(run.width for run in runs))

    def _plain_line(self, text: str, font: str) -> Line:
        from reportlab.pdfbase.pdfmetrics import (  # type: ignore[import-untyped,unused-ignore]
            stringWidth,
        )

        width = float(stringWidth(text, font, 1000))
        return Line((Run(font, text, width),), width)

    def _run(self, text: str, font: str, level: int, role: str, indices: list[int]) -> Run:
        rtl = level % 2 == 1
        fake_bold = fonts.is_bold(role) and font in fonts.NO_BOLD
        if font in fonts.SHAPED:
            logical = "".join(text[i] for i in (reversed(indices) if rtl else indices))
            return self._shaped(logical, font, rtl, fake_bold)
        from reportlab.pdfbase.pdfmetrics import (  # type: ignore[import-untyped,unused-ignore]
            stringWidth,
        )

        fonts.ensure(font)
        if rtl:
            shown = "".join(_mirrored(text[i], font) for i in indices)
        else:
            shown = "".join(text[i] for i in indices)
        scale = fonts.SCALE.get(font, 1.0)
        return Run(font, shown, float(stringWidth(shown, font, 1000)) * scale, None, fake_bold,
                   scale)

    def _shaped(self, logical: str, font: str, rtl: bool, fake_bold: bool) -> Run:
        """HarfBuzz's glyphs for ``logical`` (one font, one direction), left to right.

        Each cluster's characters go to the ToUnicode entry of its first glyph that
        advances (the base letter; its marks map to nothing). A right-to-left cluster's
        characters are stored reversed, since text extractors reverse right-to-left
        text character by character (pdftotext, pdf.js): "إِ" then comes out as written.
        """
        import uharfbuzz  # type: ignore[import-untyped,unused-ignore]

        hb = fonts.hb_font(font)
        scale = 1000 / hb.face.upem
        buffer = uharfbuzz.Buffer()
        buffer.add_str(logical)
        buffer.direction = "rtl" if rtl else "ltr"
        buffer.guess_segment_properties()
        uharfbuzz.shape(hb, buffer, {})
        infos, positions = buffer.glyph_infos, buffer.glyph_positions
        starts = sorted({info.cluster for info in infos})
        ends = {start: (starts[n + 1] if n + 1 < len(starts) else len(logical))
                for n, start in enumerate(starts)}
        carrier: dict[int, int] = {}
        for n, (info, pos) in enumerate(zip(infos, positions, strict=True)):
            if info.cluster not in carrier and pos.x_advance:
                carrier[info.cluster] = n
        for n, info in enumerate(infos):
            carrier.setdefault(info.cluster, n)
        keys: list[str] = []
        glyphs: list[tuple[float, float, float]] = []
        for n, (info, pos) in enumerate(zip(infos, positions, strict=True)):
            cluster = info.cluster
            chars = logical[cluster:ends[cluster]] if carrier[cluster] == n else ""
            if rtl and len(chars) > 1:
                chars = chars[::-1]
            keys.append(chr(fonts.glyph_key(font, info.codepoint, chars)))
            glyphs.append((pos.x_offset * scale, pos.y_offset * scale, pos.x_advance * scale))
        scale_of_font = fonts.SCALE.get(font, 1.0)
        width = sum(advance for _, _, advance in glyphs) * scale_of_font
        return Run(font, "".join(keys), width, tuple(glyphs), fake_bold, scale_of_font)

    # ------------------------------------------------------------------ drawing

    def draw(self, canv: Any, x: float, y: float, text: str | Sequence[Span], font: str,
             size: float, align: str = LEFT) -> float:
        """Draw a line at baseline ``y``; ``x`` is its left, right or centre.

        ``text`` is a string in ``font`` or a list of spans. Returns the line's width.
        The fill colour is the canvas's.
        """
        spans: tuple[Span, ...] = ((text, font),) if isinstance(text, str) else tuple(text)
        line = self.line(spans)
        width = line.points(size)
        if align == RIGHT:
            x -= width
        elif align in (CENTER, "CENTRE"):
            x -= width / 2
        if not any(run.text for run in line.runs):
            return width
        # The operators after the position depend on the line, the size and the
        # document's font subsets only: a table repeats its cells, so they are kept.
        doc = canv._doc
        if self._body_doc is not doc:
            self._bodies.clear()
            self._body_doc = doc
        body = self._bodies.get((spans, size))
        if body is None:
            body = self._bodies[(spans, size)] = self.operators(canv, line, size)
            if len(self._bodies) > _CACHE_LIMIT:
                self._bodies.clear()
        ops = f"BT 1 0 0 1 {_num(x)} {_num(y)} Tm {body} ET"
        if any(run.fake_bold for run in line.runs):
            canv.saveState()
            canv.setStrokeColor(canv._fillColorObj)
            canv.setLineWidth(size * FAKE_BOLD / 1000)
            canv._code.append(ops)
            canv.restoreState()
        else:
            canv._code.append(ops)
        return width

    @staticmethod
    def operators(canv: Any, line: Line, size: float) -> str:
        """The operators that draw ``line`` inside a text object, after its ``Tm``."""
        from reportlab.pdfbase.pdfmetrics import (  # type: ignore[import-untyped,unused-ignore]
            getFont,
        )

        doc, escape = canv._doc, canv._escape
        out: list[str] = []
        current = None
        mode = 0
        for run in line.runs:
            font = getFont(run.font)
            want = 2 if run.fake_bold else 0
            if want != mode:
                out.append(f"{want} Tr")
                mode = want
            run_size = size * run.scale
            if run.glyphs is None:
                for subset, chunk in font.splitString(run.text, doc):
                    selected = f"{font.getSubsetInternalName(subset, doc)} {_num(run_size)} Tf"
                    if selected != current:
                        out.append(selected)
                        current = selected
                    out.append(f"({escape(chunk)}) Tj")
                continue
            current = _shaped_operators(out, run, font, current, run_size, doc, escape)
        if mode:
            out.append("0 Tr")
        return " ".join(out)


def _shaped_operators(out: list[str], run: Run, font: Any, current: str | None, size: float,
                      doc: Any, escape: Any) -> str | None:
    """Append the operators of a shaped run: each glyph where HarfBuzz puts it.

    Positions are in thousandths of the font size: ``TJ`` numbers move the glyphs
    along the line, text rise (``Ts``) lifts or lowers the marks. ``current`` is the
    font selection (``Tf``) in force; returns the one in force after the run.
    """
    assert run.glyphs is not None
    pen = 0.0  # where the glyphs so far put the PDF's current point
    goal = 0.0  # HarfBuzz's pen
    rise = 0.0
    array: list[str] = []
    for key, (dx, dy, advance) in zip(run.text, run.glyphs, strict=True):
        ((subset, code),) = font.splitString(key, doc)
        selected = f"{font.getSubsetInternalName(subset, doc)} {_num(size)} Tf"
        if selected != current or dy != rise:
            if array:
                out.append(f"[{' '.join(array)}] TJ")
                array = []
            if selected != current:
                out.append(selected)
                current = selected
            if dy != rise:
                out.append(f"{_num(dy * size / 1000)} Ts")
                rise = dy
        shift = pen - (goal + dx)
        if abs(shift) > 0.01:
            array.append(_num(shift))
        array.append(f"({escape(code)})")
        pen = goal + dx + font.face.charWidths.get(ord(key), 0)
        goal += advance
    shift = pen - goal
    if abs(shift) > 0.01:
        array.append(_num(shift))
    if array:
        out.append(f"[{' '.join(array)}] TJ")
    if rise:
        out.append("0 Ts")
    return current
