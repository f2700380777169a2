"""Colours and the style sheet of the window, in one place.

Colours were chosen for contrast (text on its background at least 7:1, WCAG AAA),
and never carry meaning alone: every problem also has an icon and a word
("Error:", "Advisory:"). Widgets say what they are with a ``role`` or ``problem``
property and the sheet styles them; no widget sets a colour itself.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

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
SOURCE_BORDER = "#8a8a8a"
#: Scripts with no italic of their own (a slanted Arabic or Chinese text is hard to read).
NO_ITALIC = frozenset({"ar", "zh"})
RIGHT_TO_LEFT = frozenset({"ar"})


def sheet(language: str = "en") -> str:
    """The style sheet for the window in ``language``.

    Accents on the start side of a frame move to the right for Arabic, and notes
    that Latin scripts set in italics are upright in Arabic and Chinese.
    """
    start = "right" if language in RIGHT_TO_LEFT else "left"
    slant = "normal" if language in NO_ITALIC else "italic"
    return f"""
QLabel[role="section-title"] {{ font-size: 15pt; font-weight: bold; }}
QGroupBox {{ font-weight: bold; }}
QGroupBox QLabel, QGroupBox QPushButton, QGroupBox QListWidget, QGroupBox QComboBox,
QGroupBox QSpinBox {{ font-weight: normal; }}
QLabel[role="number"] {{ font-weight: bold; }}
QLabel[role="source"] {{
    color: #333333; border: 1px solid {SOURCE_BORDER}; border-radius: 3px;
    padding: 0px 4px; font-size: 8.5pt;
}}
QLabel[role="help"] {{ color: #333333; background: #eef3f8; padding: 4px 6px; }}
QLabel[role="skip-note"] {{ color: {MUTED_TEXT}; font-style: {slant}; }}
QLabel[role="review-note"] {{ color: #1f3f73; }}
QLabel[role="placeholder"] {{ color: {ERROR_TEXT}; border: 1px dashed {ERROR_TEXT}; padding: 4px; }}
QLabel[role="muted"] {{ color: {MUTED_TEXT}; }}
QFrame[role="problems"][severity="error"] {{
    background: {ERROR_BACKGROUND}; border-{start}: 3px solid {ERROR_ICON};
}}
QFrame[role="problems"][severity="advisory"] {{
    background: {ADVISORY_BACKGROUND}; border-{start}: 3px solid {ADVISORY_ICON};
}}
QLabel[severity="error"] {{ color: {ERROR_TEXT}; }}
QLabel[severity="advisory"] {{ color: {ADVISORY_TEXT}; }}
QLineEdit[problem="error"], QPlainTextEdit[problem="error"], QTableView[problem="error"] {{
    border: 2px solid {ERROR_ICON};
}}
QLineEdit[problem="advisory"], QPlainTextEdit[problem="advisory"],
QTableView[problem="advisory"] {{
    border: 2px solid {ADVISORY_ICON};
}}
QLabel[role="verdict"] {{ font-size: 11pt; font-weight: bold; }}
QLabel[role="verdict"][outcome="good"] {{ color: {GOOD_TEXT}; }}
QLabel[role="verdict"][outcome="doubt"] {{ color: {ADVISORY_TEXT}; }}
QLabel[role="verdict"][outcome="bad"] {{ color: {ERROR_TEXT}; }}
QFrame[role="banner"] {{ background: {ADVISORY_BACKGROUND}; border: 1px solid {ADVISORY_ICON}; }}
"""


SHEET = sheet()


def set_property(widget: QWidget, name: str, value: str) -> None:
    """Set a styling property and have the style sheet apply it at once."""
    if (widget.property(name) or "") == value:
        return
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
