"""Words shared by several parts of the window: when things happened, and counts.

Drafts and the journal record UTC times (``2026-05-04T09:30:00Z``); people read
"today at 11:30" or "Monday, 4 May 2026 at 11:30" in their local time, written the way
the interface language writes dates: Qt's own CLDR formats, in the locale of
``language.LOCALES`` (the window has them loaded already; Babel's would cost the
start-up a tenth of a second on an old laptop). Counts
are Qt numerus translations (``tr("%n error(s)", "", n)``): each language has its own
plural forms, and English says "1 error" and "2 errors", never "1 error(s)".
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt

from nationalreport.template import Question, localized
from nationalreport.ui import language

#: Unicode directional marks: first-strong and left-to-right isolates, their end, and
#: the right-to-left mark (invisible; they only order the letters around them).
FSI, LRI, PDI, RLM = "\u2068", "\u2066", "\u2069", "\u200f"


def local(stamp: str) -> QDateTime | None:
    """The local date and time of a UTC stamp, or ``None`` if it cannot be read."""
    moment = QDateTime.fromString(stamp, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return None
    return moment.toLocalTime()


def describe(stamp: str | None) -> str:
    """``today at 11:30``, ``yesterday at 18:02`` or ``4 May 2026 at 11:30``."""
    moment = local(stamp) if stamp else None
    if moment is None:
        return QCoreApplication.translate("timestamps", "at an unknown time")
    where = language.locale()
    time = where.toString(moment.time(), QLocale.FormatType.ShortFormat)
    day = moment.date()
    today = QDate.currentDate()
    if day == today:
        return QCoreApplication.translate("timestamps", "today at {time}").format(time=time)
    if day == today.addDays(-1):
        return QCoreApplication.translate("timestamps", "yesterday at {time}").format(time=time)
    date = where.toString(day, QLocale.FormatType.LongFormat)
    return QCoreApplication.translate("timestamps", "{date} at {time}").format(date=date,
                                                                              time=time)


def number(value: int) -> str:
    """A whole number as the interface language writes it."""
    return QLocale().toString(value)


def place(question: Question, tail: Sequence[str], lang: str) -> str:
    """Words for the part of an answer at ``tail``: "(e) E-mail", "Row 3, Year", or ""."""
    if not tail:
        return ""
    key = tail[0]
    for contact in question.contact_fields:
        if contact.key == key:
            label = localized(contact.label, lang)
            return numbered(contact.number, label)
    for count in question.counts:
        if count.key == key:
            return numbered(count.number, localized(count.label, lang))
    if key.isdigit():
        row = int(key) + 1
        column = next((c for c in question.columns if len(tail) > 1 and c.key == tail[1]), None)
        if column is None:
            return QCoreApplication.translate("wording", "Row {row}").format(row=number(row))
        return QCoreApplication.translate("wording", "Row {row}, {column}").format(
            row=number(row), column=localized(column.label, lang))
    words = {
        "other": QCoreApplication.translate("wording", "Other"),
        "years": QCoreApplication.translate("wording", "Years"),
        "note": QCoreApplication.translate("wording", "Note"),
    }
    return words.get(key, "")


def numbered(label_number: str | None, label: str) -> str:
    """"(e) E-mail": a field's own letter or number before its label."""
    return f"({label_number}) {label}" if label_number else label


def with_place(place_words: str, message: str) -> str:
    """A problem's message after the part of the answer it is about."""
    if not place_words:
        return isolate(message)
    return QCoreApplication.translate("wording", "{place}: {message}",
                                      "where a problem is, then the problem").format(
        place=isolate(place_words), message=isolate(message))


def isolate(text: str) -> str:
    """A piece of text put inside a sentence, kept in its own direction in Arabic.

    An English template text or file path in an Arabic sentence would otherwise have
    its punctuation and slashes moved to the wrong end; left-to-right languages are
    untouched.
    """
    return f"{FSI}{text}{PDI}" if text and language.is_right_to_left() else text


def left_to_right(text: str) -> str:
    """A question number ("1.1.a") or a file path in a sentence: always left to right."""
    return f"{LRI}{text}{PDI}" if text and language.is_right_to_left() else text


def path_text(path: object) -> str:
    """A file path as shown in the window."""
    return left_to_right(str(path))


def lines(*parts: str) -> str:
    """Lines of one list entry; in Arabic each starts right to left, whatever it holds."""
    if language.is_right_to_left():
        return "\n".join(RLM + part for part in parts)
    return "\n".join(parts)
