"""Small icons drawn in code: problem severities and section states.

Each icon differs in shape as well as colour (a circle, a triangle, a tick), so the
states can be told apart without colour; they are drawn at twice their size so
they stay sharp on high-DPI screens. No image files to ship or to find.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from nationalreport.ui import style

SCALE = 2


def _canvas(size: int) -> tuple[QPixmap, QPainter]:
    pixmap = QPixmap(size * SCALE, size * SCALE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(SCALE, SCALE)
    return pixmap, painter


def _finish(pixmap: QPixmap, painter: QPainter) -> QPixmap:
    painter.end()
    pixmap.setDevicePixelRatio(SCALE)
    return pixmap


def _mark(painter: QPainter, rect: QRectF, text: str, colour: QColor) -> None:
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(rect.height() * 0.75))
    painter.setFont(font)
    painter.setPen(colour)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)


@functools.cache
def error_pixmap(size: int = 16) -> QPixmap:
    """A red disc with an exclamation mark."""
    pixmap, painter = _canvas(size)
    rect = QRectF(1, 1, size - 2, size - 2)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(style.ERROR_ICON))
    painter.drawEllipse(rect)
    _mark(painter, rect, "!", QColor("white"))
    return _finish(pixmap, painter)


@functools.cache
def advisory_pixmap(size: int = 16) -> QPixmap:
    """An amber triangle with an exclamation mark."""
    pixmap, painter = _canvas(size)
    triangle = QPolygonF([QPointF(size / 2, 1), QPointF(size - 1, size - 1.5),
                          QPointF(1, size - 1.5)])
    painter.setPen(QPen(QColor(style.ADVISORY_TEXT), 1))
    painter.setBrush(QColor(style.ADVISORY_ICON))
    painter.drawPolygon(triangle)
    _mark(painter, QRectF(0, size * 0.25, size, size * 0.75), "!", QColor(style.ADVISORY_TEXT))
    return _finish(pixmap, painter)


@functools.cache
def _state_pixmap(state: str, size: int = 16) -> QPixmap:
    if state == "errors":
        return error_pixmap(size)
    if state == "advisories":
        return advisory_pixmap(size)
    pixmap, painter = _canvas(size)
    rect = QRectF(2, 2, size - 4, size - 4)
    if state == "complete":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(style.COMPLETE_ICON))
        painter.drawEllipse(rect)
        tick = QPainterPath(QPointF(size * 0.3, size * 0.52))
        tick.lineTo(size * 0.45, size * 0.68)
        tick.lineTo(size * 0.72, size * 0.36)
        painter.setPen(QPen(QColor("white"), 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(tick)
    elif state == "review":
        painter.setPen(QPen(QColor(style.PROGRESS_ICON), 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(2.5, 1.5, size - 5, size - 3))
        for y in (0.35, 0.55, 0.75):
            painter.drawLine(QPointF(size * 0.32, size * y), QPointF(size * 0.68, size * y))
    elif state == "in_progress":
        painter.setPen(QPen(QColor(style.PROGRESS_ICON), 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(rect)
        painter.setBrush(QColor(style.PROGRESS_ICON))
        painter.drawPie(rect, 90 * 16, 180 * 16)
    else:
        painter.setPen(QPen(QColor(style.MUTED_TEXT), 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(rect)
    return _finish(pixmap, painter)


def state_icon(state: str) -> QIcon:
    """The icon of a state: not_started, in_progress, complete, errors, advisories, review."""
    return QIcon(_state_pixmap(state))
