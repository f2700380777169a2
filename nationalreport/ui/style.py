"""Colours and looks of the window, in one place.

Colours were chosen for contrast (text on its background at least 7:1, WCAG AAA),
and never carry meaning alone: every problem also has an icon and a word
("Error:", "Advisory:"). Widgets say what they are with a ``role``, ``severity``,
``problem`` or ``outcome`` property, set through ``set_property``, which gives them
the look that ``LOOKS`` holds for it; no widget sets a colour itself.

The looks are fonts and palettes, and a few painted frames, rather than an
application style sheet: with any style sheet installed, Qt styles every widget of
the program through its slower style-sheet engine, which took about a third of the
time to build a page. Only an input with a problem gets a style sheet of its own,
for its coloured border.
"""

from __future__ import annotations

from PySide6.QtCore import QChildEvent, QEvent, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QWidget,
)

ERROR_TEXT = "#8a1212"
ERROR_BACKGROUND = "#fdecec"
ERROR_ICON = "#c62828"
ADVISORY_TEXT = "#5a4100"
ADVISORY_BACKGROUND = "#fff4cc"
ADVISORY_ICON = "#f2b600"
COMPLETE_ICON = "#2e7d32"
GOOD_TEXT = "#1b5e20"
PROGRESS_ICON = "#1f5fa8"
MUTED_TEXT = "#555555"
NOTE_TEXT = "#333333"
HELP_BACKGROUND = "#eef3f8"
REVIEW_TEXT = "#1f3f73"
SOURCE_BORDER = "#8a8a8a"
#: Scripts with no italic of their own (a slanted Arabic or Chinese text is hard to read).
NO_ITALIC = frozenset({"ar", "zh"})
RIGHT_TO_LEFT = frozenset({"ar"})
#: The properties that carry a look, in the order their looks are laid over each other.
PROPERTIES = ("role", "severity", "problem", "outcome")


class Look:
    """What one property value changes: text, font, margins and a painted frame.

    ``None`` leaves a part as the widget inherits it. ``edge`` is the width of a bar on
    the side where lines start (left, or right in Arabic) instead of a whole border.
    """

    __slots__ = ("background", "bold", "border", "color", "dashed", "edge", "italic",
                 "margins", "points", "radius")

    def __init__(self, *, color: str | None = None, background: str | None = None,
                 bold: bool | None = None, italic: bool | None = None,
                 points: float | None = None, margins: tuple[int, int, int, int] | None = None,
                 border: str | None = None, radius: float = 0.0, dashed: bool = False,
                 edge: int = 0) -> None:
        self.color = color
        self.background = background
        self.bold = bold
        self.italic = italic
        self.points = points
        self.margins = margins
        self.border = border
        self.radius = radius
        self.dashed = dashed
        self.edge = edge


#: (property, value) -> look; ("severity", …) applies to a text and ("problems", …) to the
#: frame that lists an answer's problems.
LOOKS: dict[tuple[str, str], Look] = {
    ("role", "section-title"): Look(points=15, bold=True),
    ("role", "number"): Look(bold=True),
    ("role", "source"): Look(color=NOTE_TEXT, points=8.5, margins=(5, 1, 5, 1),
                             border=SOURCE_BORDER, radius=3),
    ("role", "help"): Look(color=NOTE_TEXT, background=HELP_BACKGROUND, margins=(6, 4, 6, 4)),
    ("role", "skip-note"): Look(color=MUTED_TEXT, italic=True),
    ("role", "review-note"): Look(color=REVIEW_TEXT),
    ("role", "placeholder"): Look(color=ERROR_TEXT, border=ERROR_TEXT, dashed=True,
                                  margins=(5, 5, 5, 5)),
    ("role", "muted"): Look(color=MUTED_TEXT),
    ("role", "verdict"): Look(points=11, bold=True),
    ("role", "banner"): Look(background=ADVISORY_BACKGROUND, border=ADVISORY_ICON),
    ("severity", "error"): Look(color=ERROR_TEXT),
    ("severity", "advisory"): Look(color=ADVISORY_TEXT),
    ("problems", "error"): Look(background=ERROR_BACKGROUND, border=ERROR_ICON, edge=3),
    ("problems", "advisory"): Look(background=ADVISORY_BACKGROUND, border=ADVISORY_ICON, edge=3),
    ("outcome", "good"): Look(color=GOOD_TEXT),
    ("outcome", "doubt"): Look(color=ADVISORY_TEXT),
    ("outcome", "bad"): Look(color=ERROR_TEXT),
}
#: The border of an input with a problem, for the kinds of input that show one.
PROBLEM_BORDERS = {"error": ERROR_ICON, "advisory": ADVISORY_ICON}
BORDERED_INPUTS: tuple[type[QWidget], ...] = (QLineEdit, QPlainTextEdit, QTableView)


class _Current:
    language = "en"


def use_language(language: str) -> None:
    """Looks made from now on suit ``language`` (pages are rebuilt when it changes)."""
    _Current.language = language


def looks_of(widget: QWidget) -> list[Look]:
    """The looks ``widget``'s properties call for, the later laid over the earlier."""
    found = []
    role = widget.property("role") or ""
    for name in PROPERTIES:
        value = widget.property(name) or ""
        if not value:
            continue
        key = ("problems", value) if name == "severity" and role == "problems" else (name, value)
        look = LOOKS.get(key)
        if look is not None:
            found.append(look)
    return found


def set_property(widget: QWidget, name: str, value: str) -> None:
    """Say what ``widget`` is or shows (e.g. ``role``, ``"muted"``) and give it that look."""
    if (widget.property(name) or "") == value:
        return
    widget.setProperty(name, value)
    if name == "problem":
        _problem_border(widget, value)
    else:
        restyle(widget)


def restyle(widget: QWidget) -> None:
    """Give ``widget`` the font, colours and margins of its properties (and nothing else)."""
    looks = looks_of(widget)
    font = QFont()  # an empty font and palette inherit everything from the parent
    palette = QPalette()
    background = False
    margins = (0, 0, 0, 0)
    for look in looks:
        if look.bold is not None:
            font.setBold(look.bold)
        if look.italic is not None:
            font.setItalic(look.italic and _Current.language not in NO_ITALIC)
        if look.points is not None:
            font.setPointSizeF(look.points)
        if look.color is not None:
            palette.setColor(QPalette.ColorRole.WindowText, QColor(look.color))
        if look.background is not None:
            palette.setColor(QPalette.ColorRole.Window, QColor(look.background))
            background = look.border is None  # a framed look paints its own background
        if look.margins is not None:
            margins = look.margins
    if not any(look.bold is not None for look in looks) and isinstance(
            widget.parentWidget(), GroupBox):
        font.setBold(False)  # not the group's bold title
    widget.setFont(font)
    widget.setPalette(palette)
    widget.setAutoFillBackground(background)
    if isinstance(widget, QLabel):  # frames keep the margins their layouts set
        widget.setContentsMargins(*margins)
    widget.update()


def _problem_border(widget: QWidget, severity: str) -> None:
    """A coloured border around an input with a problem: a style sheet for this input only."""
    kind = next((kind for kind in BORDERED_INPUTS if isinstance(widget, kind)), None)
    colour = PROBLEM_BORDERS.get(severity)
    if kind is None:
        return
    widget.setStyleSheet(
        f"{kind.__name__} {{ border: 2px solid {colour}; }}" if colour else "")


def paint_frame(widget: QWidget) -> None:
    """Paint the background and border that ``widget``'s looks call for, under its contents."""
    looks = [look for look in looks_of(widget) if look.border is not None]
    if not looks:
        return
    look = looks[-1]
    painter = QPainter(widget)
    rect = widget.rect()
    if look.background is not None:
        painter.fillRect(rect, QColor(look.background))
    border = QColor(look.border)
    if look.edge:
        x = rect.right() - look.edge + 1 if widget.isRightToLeft() else rect.left()
        painter.fillRect(QRect(x, rect.top(), look.edge, rect.height()), border)
    else:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, look.radius > 0)
        painter.setPen(QPen(border, 1, Qt.PenStyle.DashLine if look.dashed
                            else Qt.PenStyle.SolidLine))
        box = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5)
        if look.radius:
            painter.drawRoundedRect(box, look.radius, look.radius)
        else:
            painter.drawRect(box)
    painter.end()


class Label(QLabel):
    """A label that paints the frame of its role (a source tag, a placeholder notice)."""

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        paint_frame(self)
        super().paintEvent(event)


class Frame(QFrame):
    """A frame that paints the background and border of its role and severity."""

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        paint_frame(self)
        super().paintEvent(event)


class GroupBox(QGroupBox):
    """A group box with a bold title over contents in the normal weight."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        font = QFont()
        font.setBold(True)
        self.setFont(font)

    def childEvent(self, event: QChildEvent) -> None:  # noqa: N802 - Qt API
        child = event.child()
        if event.type() == QEvent.Type.ChildPolished and isinstance(child, QWidget):
            if looks_of(child):
                restyle(child)
            else:
                font = child.font()
                font.setBold(False)
                child.setFont(font)
        super().childEvent(event)
