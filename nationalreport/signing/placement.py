"""Where the visible signature block goes: bottom right of the last page, if that is empty.

The last page of an export may be full to its bottom margin; drawing the block over
answers would spoil the official document. So the last page's content stream is
read (pikepdf), every painted path, text line and placed object is turned into a
rough box in page space, and the block is placed bottom right only if none of them
touches it. Otherwise the caller appends a signature page. Text width is not
measured: a line is assumed to run to the right edge, which errs on the safe side.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from typing import Any

#: The block: width and height in points, and its distance from the page's right and bottom
#: edges (the export's own margins: 46 pt sides, 56 pt bottom, footer line below that).
BLOCK_W, BLOCK_H, RIGHT, BOTTOM, TOP = 270.0, 74.0, 46.0, 60.0, 70.0

Box = tuple[float, float, float, float]
Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
PAINT = {"S", "s", "f", "F", "f*", "B", "B*", "b", "b*"}
SHOW = {"Tj", "TJ", "'", '"'}


def _mul(m: Matrix, n: Matrix) -> Matrix:
    """m × n (PDF row-vector convention: a point is transformed by m, then by n)."""
    a, b, c, d, e, f = m
    A, B, C, D, E, F = n  # noqa: N806
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D,
            e * A + f * C + E, e * B + f * D + F)


def _apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


@dataclass(frozen=True)
class Spot:
    """Where the block goes: on the last page, or on a new page after it."""

    box: Box
    new_page: bool
    page_size: tuple[float, float]


class _Tracker:
    """Just enough of the PDF graphics state to know where things are drawn."""

    def __init__(self, right_edge: float) -> None:
        self.right_edge = right_edge
        self.ctm: Matrix = IDENTITY
        self.stack: list[Matrix] = []
        self.tm: Matrix = IDENTITY
        self.tlm: Matrix = IDENTITY
        self.leading = 0.0
        self.size = 10.0
        self.path: list[tuple[float, float]] = []
        self.boxes: list[Box] = []

    def _points_box(self, points: list[tuple[float, float]]) -> None:
        if points:
            xs, ys = [p[0] for p in points], [p[1] for p in points]
            self.boxes.append((min(xs), min(ys), max(xs), max(ys)))

    def _text(self) -> None:
        m = _mul(self.tm, self.ctm)
        x, y = _apply(m, 0, 0)
        scale = abs(m[3]) or 1.0
        self.boxes.append((x, y - 0.3 * self.size * scale, self.right_edge,
                           y + self.size * scale))

    def _next_line(self, tx: float = 0.0, ty: float | None = None) -> None:
        self.tlm = _mul((1, 0, 0, 1, tx, -self.leading if ty is None else ty), self.tlm)
        self.tm = self.tlm

    def op(self, name: str, args: list[float]) -> None:
        if name == "q":
            self.stack.append(self.ctm)
        elif name == "Q" and self.stack:
            self.ctm = self.stack.pop()
        elif name == "cm" and len(args) == 6:
            self.ctm = _mul(tuple(args), self.ctm)  # type: ignore[arg-type]
        elif name == "BT":
            self.tm = self.tlm = IDENTITY
        elif name == "Tm" and len(args) == 6:
            self.tm = self.tlm = tuple(args)  # type: ignore[assignment]
        elif name in ("Td", "TD") and len(args) == 2:
            if name == "TD":
                self.leading = -args[1]
            self._next_line(args[0], args[1])
        elif name == "T*":
            self._next_line()
        elif name == "TL" and args:
            self.leading = args[0]
        elif name == "Tf" and len(args) >= 1:
            self.size = args[-1]
        elif name in SHOW:
            if name in ("'", '"'):
                self._next_line()
            self._text()
        elif name in ("m", "l") and len(args) == 2:
            self.path.append(_apply(self.ctm, args[0], args[1]))
        elif name in ("c", "v", "y"):
            self.path.extend(_apply(self.ctm, args[i], args[i + 1])
                             for i in range(0, len(args) - 1, 2))
        elif name == "re" and len(args) == 4:
            x, y, w, h = args
            self.path.extend(_apply(self.ctm, px, py)
                             for px, py in ((x, y), (x + w, y), (x, y + h), (x + w, y + h)))
        elif name in PAINT:
            self._points_box(self.path)
            self.path = []
        elif name == "n":
            self.path = []
        elif name in ("Do", "BI", "sh"):
            self._points_box([_apply(self.ctm, px, py) for px, py in ((0, 0), (1, 0), (0, 1),
                                                                      (1, 1))])


def _numbers(operands: Any) -> list[float]:
    out = []
    for value in operands:
        try:
            out.append(float(value))
        except (TypeError, ValueError):
            out.append(0.0)
    return out


def _overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def find_spot(pdf: bytes) -> Spot:
    """The block's box: bottom right of the last page if free, else on a new page."""
    import pikepdf

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            with pikepdf.open(io.BytesIO(pdf)) as document:
                page = document.pages[-1]
                media = [float(v) for v in page.mediabox]
                width, height = media[2] - media[0], media[3] - media[1]
                tracker = _Tracker(media[2])
                for instruction in pikepdf.parse_content_stream(page):
                    if isinstance(instruction, pikepdf.ContentStreamInlineImage):
                        tracker.op("BI", [])
                        continue
                    tracker.op(str(instruction.operator), _numbers(instruction.operands))
                boxes = list(tracker.boxes)
        except (pikepdf.PdfError, IndexError) as exc:
            raise ValueError(f"not a readable PDF: {exc}") from None
    x2 = media[2] - RIGHT
    block = (x2 - BLOCK_W, media[1] + BOTTOM, x2, media[1] + BOTTOM + BLOCK_H)
    margin = (block[0] - 4, block[1] - 4, block[2] + 4, block[3] + 4)
    if not any(_overlaps(margin, b) for b in boxes):
        return Spot(block, False, (width, height))
    top = media[1] + height - TOP
    return Spot((x2 - BLOCK_W, top - BLOCK_H, x2, top), True, (width, height))
