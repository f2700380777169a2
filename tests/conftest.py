"""Shared test set-up: no network, no real user folders, Qt offscreen."""

from __future__ import annotations

import os
import socket
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class NetworkUsed(AssertionError):
    """A code path tried to reach the network."""


class NetworkGuard:
    """Refuses every way out of the machine in this process, and remembers each attempt.

    Raising is not enough: a library that catches broad exceptions (an HTTP client
    turning the refusal into "server unreachable") would hide the attempt, so the
    ``no_network`` fixture also fails the test at teardown when ``attempts`` is not
    empty. Only a local AF_UNIX pair may be made (asyncio wakes its event loop with one).
    """

    FUNCTIONS = ("create_connection", "create_server", "getaddrinfo", "gethostbyname",
                 "gethostbyname_ex", "gethostbyaddr", "getnameinfo")
    METHODS = ("connect", "connect_ex", "sendto", "sendmsg")

    def __init__(self) -> None:
        self.attempts: list[str] = []

    def refuse(self, what: str) -> Callable[..., Any]:
        def refused(*args: Any, **kwargs: Any) -> Any:
            self.attempts.append(f"{what}{args!r}")
            raise NetworkUsed(f"network access attempted: {what}{args!r}")

        return refused

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        for name in self.FUNCTIONS:
            monkeypatch.setattr(socket, name, self.refuse(f"socket.{name}"))
        for name in self.METHODS:
            monkeypatch.setattr(socket.socket, name, self.refuse(f"socket.socket.{name}"))
        real_init = socket.socket.__init__
        refuse = self.refuse

        def init(sock: socket.socket, family: Any = -1, type: Any = -1, proto: Any = -1,
                 fileno: Any = None) -> None:
            real_init(sock, family, type, proto, fileno)
            if sock.family != socket.AF_UNIX or fileno is None:
                sock.close()
                refuse(f"socket.socket({sock.family!r})")()

        monkeypatch.setattr(socket.socket, "__init__", init)


@pytest.fixture(autouse=True)
def no_network(request: pytest.FixtureRequest,
               monkeypatch: pytest.MonkeyPatch) -> Iterator[NetworkGuard]:
    """Fail any test whose code tries to reach the network (loopback tests opt out)."""
    guard = NetworkGuard()
    if request.node.get_closest_marker("loopback"):
        yield guard
        return
    guard.install(monkeypatch)
    yield guard
    if guard.attempts:
        pytest.fail("network access attempted (and the refusal was caught): "
                    + "; ".join(guard.attempts), pytrace=False)


@dataclass
class OfflineProcesses:
    """How to start child Pythons that cannot reach the network, and what they tried.

    ``env`` puts ``tests/offline_site`` (a ``sitecustomize``) first on PYTHONPATH; each
    child notes "guarded" when it starts and "refused ..." for each attempt, and writes
    every log record of every logger, DEBUG included, to ``logfile``.
    """

    env: dict[str, str]
    netlog: Path
    logfile: Path

    def lines(self) -> list[str]:
        return self.netlog.read_text("utf-8").splitlines() if self.netlog.exists() else []

    def guarded(self) -> int:
        return sum(1 for line in self.lines() if line.startswith("guarded "))

    def refused(self) -> list[str]:
        return [line for line in self.lines() if line.startswith("refused ")]

    def logged(self) -> str:
        return self.logfile.read_text("utf-8") if self.logfile.exists() else ""

    @property
    def command(self) -> list[str]:
        """The installed ``nationalreport`` command (``python -m nationalreport`` without it)."""
        script = Path(sys.executable).with_name("nationalreport")
        return [str(script)] if script.is_file() else [sys.executable, "-m", "nationalreport"]


@pytest.fixture
def offline(tmp_path_factory: pytest.TempPathFactory, user_data: Path) -> OfflineProcesses:
    """An environment for child processes with no network, in this test's user data folder."""
    folder = tmp_path_factory.mktemp("offline")
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "NATIONALREPORT_DATA_DIR": str(user_data),
           "NATIONALREPORT_TEST_NETLOG": str(folder / "net.log"),
           "NATIONALREPORT_TEST_LOGFILE": str(folder / "logging.log"),
           "PYTHONPATH": os.pathsep.join([str(Path(__file__).parent / "offline_site"),
                                          str(root)])}
    return OfflineProcesses(env, folder / "net.log", folder / "logging.log")


@pytest.fixture(autouse=True)
def user_data(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the user data folder (journal, identities) at a fresh temporary folder."""
    folder = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("NATIONALREPORT_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def template() -> Any:
    from nationalreport.template import default_template_id, load_template

    return load_template(default_template_id())


@pytest.fixture
def report(template: Any) -> Iterator[Any]:
    from nationalreport.report import Report

    yield Report.new("KEN", 2026, "en", template)


@pytest.fixture
def full_report(template: Any) -> Any:
    from nationalreport.report.sample import sample_report

    return sample_report(template, rows=5)
