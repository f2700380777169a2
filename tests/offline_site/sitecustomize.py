"""Imported by every Python started with this folder first on PYTHONPATH: no network at all.

The tests run the real ``nationalreport`` command in child processes with this folder
on their path. Every way out of the machine is refused (sockets of any family but a
local AF_UNIX pair, connections, datagrams, name lookups), and each attempt is also
written to the file named by ``NATIONALREPORT_TEST_NETLOG``, because a refusal raised
deep inside a library may be caught and turned into a polite message there. The file
also gets one "guarded" line per process, which proves the guard was loaded at all.

With ``NATIONALREPORT_TEST_LOGFILE`` set, every logging record of every logger, at every
level (DEBUG included, propagating or not), is written there with its traceback, so
that a test can look for a secret in what any library logged.
"""

from __future__ import annotations

import logging
import os
import socket
import sys
import traceback
from typing import Any

_NETLOG = os.environ.get("NATIONALREPORT_TEST_NETLOG")
_LOGFILE = os.environ.get("NATIONALREPORT_TEST_LOGFILE")


class NetworkRefused(Exception):
    """This process tried to reach the network."""


def _note(line: str) -> None:
    if _NETLOG:
        with open(_NETLOG, "a", encoding="utf-8") as handle:
            handle.write(f"{line} pid={os.getpid()} argv={sys.argv!r}\n")


def _refuse(what: str) -> Any:
    def refused(*args: Any, **kwargs: Any) -> Any:
        _note(f"refused {what}")
        raise NetworkRefused(f"network access attempted: {what}")

    return refused


def _guard() -> None:
    real_init = socket.socket.__init__

    def init(self: socket.socket, family: Any = -1, type: Any = -1, proto: Any = -1,
             fileno: Any = None) -> None:
        real_init(self, family, type, proto, fileno)
        # socketpair() wraps an AF_UNIX pair (asyncio wakes its loop with one): not a network.
        if self.family != socket.AF_UNIX or fileno is None:
            self.close()
            _refuse(f"socket({self.family!r})")()

    socket.socket.__init__ = init  # type: ignore[method-assign]
    for name in ("connect", "connect_ex", "sendto", "sendmsg"):
        setattr(socket.socket, name, _refuse(f"socket.{name}"))
    for name in ("create_connection", "create_server", "getaddrinfo", "gethostbyname",
                 "gethostbyname_ex", "gethostbyaddr", "getnameinfo"):
        setattr(socket, name, _refuse(f"socket.{name}"))
    _note("guarded")


def _record_every_log() -> None:
    assert _LOGFILE is not None
    real_handle = logging.Logger.handle
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")

    def handle(self: logging.Logger, record: logging.LogRecord) -> None:
        try:
            text = formatter.format(record)
        except Exception:  # a record whose arguments do not format is still recorded
            text = f"{record.name} {record.msg!r} {record.args!r}"
        if record.exc_info and record.exc_info[1] is not None:
            text += "\n" + "".join(traceback.format_exception(record.exc_info[1]))
        with open(_LOGFILE, "a", encoding="utf-8") as out:
            out.write(text + "\n")
        real_handle(self, record)

    logging.Logger.isEnabledFor = lambda self, level: True  # type: ignore[method-assign]
    logging.Logger.handle = handle  # type: ignore[method-assign]


_guard()
if _LOGFILE:
    _record_every_log()
