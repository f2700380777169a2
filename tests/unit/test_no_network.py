"""No code path opens a network socket, and the guards that say so really catch one.

The autouse ``no_network`` guard (tests/conftest.py) refuses sockets in this process;
``tests/offline_site/sitecustomize.py`` does the same in child processes. Both are
tested here against real attempts, including one that a library swallows.
"""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import textwrap
import urllib.request
from pathlib import Path

import pytest

from nationalreport.cli.main import main
from tests.conftest import NetworkGuard, NetworkUsed, OfflineProcesses

ROOT = Path(__file__).resolve().parents[2]


def test_the_guard_refuses_every_way_out(no_network: NetworkGuard) -> None:
    attempts = [
        lambda: socket.create_connection(("192.0.2.1", 80), timeout=0.01),
        lambda: socket.getaddrinfo("example.org", 443),
        lambda: socket.gethostbyname("example.org"),
        lambda: socket.socket(socket.AF_INET, socket.SOCK_STREAM),
        lambda: socket.socket(socket.AF_INET6, socket.SOCK_DGRAM),
        lambda: urllib.request.urlopen("http://192.0.2.1/", timeout=0.01),
    ]
    for attempt in attempts:
        with pytest.raises(NetworkUsed):
            attempt()
    assert len(no_network.attempts) == len(attempts)
    no_network.attempts.clear()  # all refused on purpose: the teardown must not fail


def test_a_local_socket_pair_is_not_a_network(no_network: NetworkGuard) -> None:
    async def nothing() -> int:
        return 1

    assert asyncio.run(nothing()) == 1  # the event loop wakes itself through a socketpair
    left, right = socket.socketpair()
    with left, right:
        left.sendall(b"x")
        assert right.recv(1) == b"x"
    assert no_network.attempts == []


def test_a_swallowed_attempt_still_fails_the_test(tmp_path: Path) -> None:
    (tmp_path / "conftest.py").write_text("from tests.conftest import no_network  # noqa: F401\n")
    (tmp_path / "test_inner.py").write_text(textwrap.dedent("""
        import socket

        def test_swallows_the_refusal():
            try:
                socket.create_connection(("192.0.2.1", 80), timeout=0.01)
            except Exception:
                pass  # a library that turns the refusal into "server unreachable"

        def test_stays_offline():
            assert socket.gethostname()
    """))
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTEST_ADDOPTS": ""}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:xdist",
         "-W", "error", "--rootdir", str(tmp_path), str(tmp_path)],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stdout + done.stderr
    # Both calls pass; the one that swallowed the refusal errors at teardown.
    assert "2 passed, 1 error" in done.stdout, done.stdout
    assert "ERROR at teardown of test_swallows_the_refusal" in done.stdout
    assert "network access attempted (and the refusal was caught)" in done.stdout


def test_a_child_process_is_refused_the_network(offline: OfflineProcesses) -> None:
    code = textwrap.dedent("""
        import asyncio, socket, urllib.request
        caught = []
        for attempt in (
            lambda: socket.create_connection(("192.0.2.1", 80), timeout=0.01),
            lambda: socket.getaddrinfo("example.org", 443),
            lambda: socket.socket(socket.AF_INET, socket.SOCK_DGRAM),
            lambda: urllib.request.urlopen("http://example.org/", timeout=0.01),
        ):
            try:
                attempt()
            except Exception as exc:
                caught.append(type(exc).__name__)
        async def nothing():
            return "loop ok"
        print(" ".join(caught), asyncio.run(nothing()))
    """)
    done = subprocess.run([sys.executable, "-c", code], env=offline.env, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["NetworkRefused"] * 4 + ["loop", "ok"]
    assert offline.guarded() == 1
    refused = offline.refused()
    assert len(refused) == 4 and all("refused socket" in line for line in refused)


def test_the_whole_engine_runs_with_sockets_forbidden(
    tmp_path: Path, no_network: NetworkGuard, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = tmp_path / "d.json"
    assert main(["new", "--state", "PER", "--cycle", "2026", "--language", "es",
                 "-o", str(draft)]) == 0
    assert main(["validate", str(draft), "--format", "json"]) == 0
    assert main(["templates"]) == 0
    capsys.readouterr()
    assert no_network.attempts == []
