"""Words shared by several parts of the window: when things happened, and counts.

Drafts and the journal record UTC times (``2026-05-04T09:30:00Z``); people read
"today at 11:30" or "4 May 2026 at 11:30" in their local time. Counts say "1 error"
and "2 errors", never "1 error(s)".
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt

from nationalreport.template import Question, localized


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
    locale = QLocale()
    time = locale.toString(moment.time(), QLocale.FormatType.ShortFormat)
    day = moment.date()
    today = QDate.currentDate()
    if day == today:
        return QCoreApplication.translate("timestamps", "today at {time}").format(time=time)
    if day == today.addDays(-1):
        return QCoreApplication.translate("timestamps", "yesterday at {time}").format(time=time)
    date = locale.toString(day, QLocale.FormatType.LongFormat)
    return QCoreApplication.translate("timestamps", "{date} at {time}").format(date=date,
                                                                              time=time)


def counted(count: int, one: str, many: str) -> str:
    """``one`` or ``many`` (already translated, with ``{n}``) for ``count``."""
    return (one if count == 1 else many).format(n=count)


def place(question: Question, tail: Sequence[str], language: str) -> str:
    """Words for the part of an answer at ``tail``: "(e) E-mail", "Row 3, Year", or ""."""
    if not tail:
        return ""
    key = tail[0]
    for contact in question.contact_fields:
        if contact.key == key:
            label = localized(contact.label, language)
            return f"({contact.number}) {label}" if contact.number else label
    for count in question.counts:
        if count.key == key:
            label = localized(count.label, language)
            return f"({count.number}) {label}" if count.number else label
    if key.isdigit():
        row = int(key) + 1
        column = next((c for c in question.columns if len(tail) > 1 and c.key == tail[1]), None)
        if column is None:
            return QCoreApplication.translate("wording", "Row {row}").format(row=row)
        return QCoreApplication.translate("wording", "Row {row}, {column}").format(
            row=row, column=localized(column.label, language))
    words = {
        "other": QCoreApplication.translate("wording", "Other"),
        "years": QCoreApplication.translate("wording", "Years"),
        "note": QCoreApplication.translate("wording", "Note"),
    }
    return words.get(key, "")
