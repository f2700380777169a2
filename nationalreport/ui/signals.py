"""Emitting Qt signals from Python without wearing out ``True``.

PySide6 6.12 on Python 3.11 returns ``True`` from ``SignalInstance.emit()`` without
taking a reference to it, so every emit from Python code takes one reference from
``True``; after a few thousand (an hour of typing) the interpreter aborts with
"bool_dealloc: deallocating True or False". (On Python 3.12 and later ``True`` is
immortal and nothing happens.) Every signal this package emits goes through
``emit()``, which checks once whether the running PySide has the fault and gives the
reference back if so. Signals that Qt emits itself are not affected.
"""

from __future__ import annotations

import functools
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance


class _Probe(QObject):
    ping = Signal()


@functools.cache
def emit_takes_a_reference() -> bool:
    """Whether ``SignalInstance.emit`` takes a reference to ``True`` it never gave back."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.ping.emit()
    return sys.getrefcount(True) <= before - 8


def emit(signal: SignalInstance, *args: Any) -> None:
    """``signal.emit(*args)``, with the reference to ``True`` given back where needed."""
    signal.emit(*args)
    if emit_takes_a_reference():
        import ctypes  # loaded on the first emit that needs it, not at start-up

        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
