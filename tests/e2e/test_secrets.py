"""The real ``nationalreport`` command, and a SoftHSM2 token, never let a secret out.

The command runs in child processes that cannot reach the network and that record
every log record of every logger (tests/offline_site/sitecustomize.py). The secret
comes from the variable named by ``--passphrase-env`` or is typed at the prompt on a
terminal of the child's own (a pseudo-terminal, echo off as getpass sets it), and it
is looked for in the output, in what the terminal showed, in the logs and in every
file of the data and output folders. The token is made with tests/e2e/pki.py under a
distinctive PIN; the library paths are driven in this process too.
"""

from __future__ import annotations

import os
import pty
import re
import select
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from nationalreport.export.errors import LayoutFailed
from nationalreport.report import Report
from nationalreport.report.sample import sample_report
from nationalreport.signing import (
    ExportFailed,
    Pkcs11Token,
    TokenNotFound,
    WrongPin,
    sign,
)
from nationalreport.storage import save_draft
from tests.conftest import OfflineProcesses
from tests.e2e import pki as pki_module
from tests.leaks import (
    PIN,
    SECRET,
    WRONG,
    WRONG_PIN,
    KeyFiles,
    assert_nowhere,
    every_log_record,
    exception_texts,
    key_files,
)

LABEL = "SecretsToken"
PROMPT = re.compile(r"(?:Passphrase of [^\n]*|PIN of the token [^\n]*|Choose a passphrase "
                    r"for the new signing key|Repeat it): ")


@pytest.fixture(scope="module")
def keys(tmp_path_factory: pytest.TempPathFactory) -> KeyFiles:
    return key_files(tmp_path_factory.mktemp("keys"))


@pytest.fixture(scope="module")
def report() -> Report:
    return sample_report(rows=1)


@pytest.fixture(scope="module")
def draft(tmp_path_factory: pytest.TempPathFactory, report: Report) -> Path:
    path = tmp_path_factory.mktemp("draft") / "kenya.json"
    save_draft(report, path, backup=False)
    return path


@pytest.fixture(scope="module")
def token(keys: KeyFiles, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A SoftHSM2 token labelled ``LABEL`` under ``PIN``, holding the good signer's key."""
    import pkcs11

    library = pki_module.softhsm_library()
    if library is None:
        pytest.skip("SoftHSM2 (Debian softhsm2) and OpenSC's pkcs11-tool are needed for the "
                    "token tests")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pki_module, "TOKEN_PIN", PIN)
        patch.setattr(pki_module, "TOKEN_LABEL", LABEL)
        conf = pki_module.make_token(keys.pki, tmp_path_factory.mktemp("softhsm"), library)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOFTHSM2_CONF", str(conf))
        # SoftHSM2 reads its configuration when first initialised in a process: start afresh.
        pkcs11.unload(str(library))
        yield library
        pkcs11.unload(str(library))


# ----------------------------------------------------------------------------- the token, here


def _layout_fails(*args: object, **kwargs: object) -> Any:
    raise LayoutFailed("an answer is too large to print on a page (table 2.1.1)")


@dataclass
class TokenCase:
    """A token failure: which source, what it raises, and whether the export breaks."""

    source: Callable[[Path], Pkcs11Token]
    error: type[Exception]
    export_fails: bool = False


TOKEN_FAILURES = {
    "wrong PIN": TokenCase(lambda lib: Pkcs11Token(str(lib), LABEL, WRONG_PIN), WrongPin),
    "no such token": TokenCase(lambda lib: Pkcs11Token(str(lib), "Absent", PIN), TokenNotFound),
    "export fails with the session open": TokenCase(
        lambda lib: Pkcs11Token(str(lib), LABEL, PIN), ExportFailed, export_fails=True),
}


@pytest.mark.parametrize("case", TOKEN_FAILURES.values(), ids=TOKEN_FAILURES.keys())
def test_a_token_failure_shows_no_pin(token: Path, report: Report, tmp_path: Path,
                                      user_data: Path, monkeypatch: pytest.MonkeyPatch,
                                      case: TokenCase) -> None:
    if case.export_fails:
        monkeypatch.setattr("nationalreport.export.api.render", _layout_fails)
    source = case.source(token)
    with every_log_record() as logs, pytest.raises(case.error) as caught:
        sign(report, tmp_path / "out", source)
    assert_nowhere({"exception": exception_texts(caught.value), "logs": "\n".join(logs),
                    "source": repr(source)}, (tmp_path, user_data))
    assert not (tmp_path / "out").exists()


def test_a_token_signature_leaves_no_pin(token: Path, report: Report, tmp_path: Path,
                                         user_data: Path) -> None:
    with every_log_record() as logs:
        done = sign(report, tmp_path / "out", Pkcs11Token(str(token), LABEL, PIN))
    assert done.source == f"the token '{LABEL}'" and done.pdf.is_file()
    assert_nowhere({"result": f"{done!r} {done.to_text()}", "logs": "\n".join(logs)},
                   (tmp_path, user_data))


# ----------------------------------------------------------------------------- the command


def run_prompted(command: Sequence[str], env: dict[str, str], answers: Sequence[str],
                 timeout: float = 90) -> tuple[subprocess.CompletedProcess[str], str]:
    """Run ``command`` on a terminal of its own, typing one answer at each prompt.

    Returns the finished process and what its terminal showed. The child is in a new
    session, so getpass finds no ``/dev/tty`` and uses the terminal on standard input,
    prompting on standard error; both are watched for prompts. An answer is typed only
    once its prompt is shown, when echo is already off.
    """
    controller, terminal = pty.openpty()
    process = subprocess.Popen(list(command), stdin=terminal, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, env=env, start_new_session=True)
    os.close(terminal)
    assert process.stderr is not None
    err_fd = process.stderr.fileno()
    streams = {err_fd: b"", controller: b""}
    pending = list(answers)
    deadline = time.monotonic() + timeout
    try:
        while pending:
            ready, _, _ = select.select(list(streams), [], [], deadline - time.monotonic())
            assert ready, f"no prompt was shown: {streams}"
            for fd in ready:
                try:
                    chunk = os.read(fd, 4096)
                except OSError:  # the terminal closes with the child
                    chunk = b""
                if not chunk:
                    streams.pop(fd)
                    continue
                streams[fd] += chunk
            shown = b"".join(streams.values()).decode("utf-8", "replace")
            if not streams or process.poll() is not None:
                break
            while pending and len(PROMPT.findall(shown)) > len(answers) - len(pending):
                os.write(controller, pending.pop(0).encode() + b"\n")
        out, rest = process.communicate(timeout=max(1.0, deadline - time.monotonic()))
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        os.close(controller)
    err = streams.get(err_fd, b"") + rest
    seen = streams.get(controller, b"").decode("utf-8", "replace")
    assert not pending, f"prompts not answered: {len(pending)}; {err!r}"
    return (subprocess.CompletedProcess(list(command), process.returncode, out.decode(),
                                        err.decode()), seen)


def run_with_variable(command: Sequence[str], env: dict[str, str], secret: str
                      ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*command, "--passphrase-env", "NR_SECRET"],
                          env={**env, "NR_SECRET": secret}, capture_output=True, text=True,
                          timeout=90, stdin=subprocess.DEVNULL)


#: (id, sign arguments: {good} etc. name key files, the secret's name, exit status, words).
#: The damaged and expired key files and the output folder that cannot be made are run
#: through ``main`` in tests/unit/test_secrets.py, from a variable and at a prompt; here the
#: crash below is the failure that comes after the key was opened and the report rendered.
CLI_FAILURES = [
    ("wrong passphrase of a .p12", ["--p12", "{good}"], "WRONG", 2, "passphrase does not open"),
    ("wrong PIN", ["--pkcs11-lib", "{token}", "--token-label", LABEL], "WRONG_PIN", 2,
     "refused the PIN"),
]
SECRETS = {"SECRET": SECRET, "WRONG": WRONG, "PIN": PIN, "WRONG_PIN": WRONG_PIN}


def _sign_command(offline: OfflineProcesses, draft: Path, keys: KeyFiles, token: Path,
                  folder: Path, extra: list[str]) -> list[str]:
    arguments = [a.format(good=keys.good, token=token) for a in extra]
    return [*offline.command, "sign", str(draft), "--out-dir", str(folder / "out"), *arguments]


def _one_line(err: str) -> str:
    lines = [line for line in err.splitlines()
             if line and not line.startswith("advisory:") and not PROMPT.match(line)]
    assert len(lines) == 1 and lines[0].startswith("nationalreport: "), err
    return lines[0]


#: Every failure with the secret from a variable; the two typed ones also at the prompt.
CLI_RUNS = [("env", *case) for case in CLI_FAILURES] + [
    ("prompt", *case) for case in CLI_FAILURES if case[2] in ("WRONG", "WRONG_PIN")]


@pytest.mark.parametrize(("how", "extra", "which", "code", "words"),
                         [(run[0], *run[2:]) for run in CLI_RUNS],
                         ids=[f"{run[1]}, {run[0]}" for run in CLI_RUNS])
def test_the_command_fails_without_showing_the_secret(
        offline: OfflineProcesses, draft: Path, keys: KeyFiles, token: Path, tmp_path: Path,
        user_data: Path, how: str, extra: list[str], which: str, code: int, words: str) -> None:
    command = _sign_command(offline, draft, keys, token, tmp_path, extra)
    terminal = ""
    if how == "env":
        done = run_with_variable(command, offline.env, SECRETS[which])
    else:
        done, terminal = run_prompted(command, offline.env, [SECRETS[which]])
    assert done.returncode == code and words in _one_line(done.stderr), done.stderr
    assert offline.guarded() == 1 and offline.refused() == []
    assert_nowhere({"stdout": done.stdout, "stderr": done.stderr, "terminal": terminal,
                    "logs": offline.logged()}, (tmp_path, user_data))
    assert not (tmp_path / "out").exists()


def test_an_identity_made_and_used_at_the_prompt_shows_no_passphrase(
        offline: OfflineProcesses, draft: Path, tmp_path: Path, user_data: Path) -> None:
    made, terminal = run_prompted(
        [*offline.command, "identity", "create", "--name", "Amina Wanjiru", "--organization",
         "Ministry of Interior", "--state", "KEN", "--key", "ec"], offline.env, [SECRET, SECRET])
    assert made.returncode == 0, made.stderr
    assert "Choose a passphrase" in made.stderr + terminal and "Repeat it" in made.stderr + terminal
    refused, shown = run_prompted(
        [*offline.command, "sign", str(draft), "--out-dir", str(tmp_path / "out"),
         "--identity"], offline.env, [WRONG])
    assert refused.returncode == 2 and "passphrase does not open" in _one_line(refused.stderr)
    assert offline.guarded() == 2 and offline.refused() == []
    assert_nowhere({"stdout": made.stdout + refused.stdout, "stderr": made.stderr +
                    refused.stderr, "terminal": terminal + shown, "logs": offline.logged()},
                   (tmp_path, user_data))
    assert len(list((user_data / "identities").glob("*.p12"))) == 1


CRASH = textwrap.dedent("""
    import sys
    import nationalreport.signing.report_signing as signing
    from nationalreport.cli.main import main

    def broken(*args, **kwargs):
        raise RuntimeError("the signature could not be assembled")

    signing.sign_with_key = broken
    sys.exit(main(sys.argv[1:]))
""")


@pytest.mark.parametrize("debug", [False, True], ids=["one line", "traceback asked for"])
def test_a_crash_of_the_command_shows_no_secret(offline: OfflineProcesses, draft: Path,
                                                keys: KeyFiles, tmp_path: Path,
                                                user_data: Path, debug: bool) -> None:
    """One plain line; with NATIONALREPORT_DEBUG, Python's own traceback. No secret in either."""
    command = [sys.executable, "-c", CRASH, "sign", str(draft), "--out-dir",
               str(tmp_path / "out"), "--p12", str(keys.good)]
    env = {**offline.env, "NATIONALREPORT_DEBUG": "1"} if debug else offline.env
    done = run_with_variable(command, env, SECRET)
    if debug:
        assert done.returncode == 1 and "RuntimeError: the signature could not be assembled" in (
            done.stderr)
    else:
        assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
        assert "unexpected problem (RuntimeError)" in done.stderr
        assert "Traceback" not in done.stderr and "could not be assembled" not in done.stderr
    assert offline.guarded() == 1 and offline.refused() == []
    assert_nowhere({"stdout": done.stdout, "stderr": done.stderr, "logs": offline.logged()},
                   (tmp_path, user_data))
    assert not (tmp_path / "out").exists()


def test_a_token_signature_by_the_command_leaves_no_pin(
        offline: OfflineProcesses, draft: Path, token: Path, tmp_path: Path,
        user_data: Path) -> None:
    done, terminal = run_prompted(
        [*offline.command, "sign", str(draft), "--out-dir", str(tmp_path / "out"),
         "--pkcs11-lib", str(token), "--token-label", LABEL], offline.env, [PIN])
    assert done.returncode == 0, done.stderr
    assert f"the token '{LABEL}'" in done.stdout and (tmp_path / "out").is_dir()
    assert offline.guarded() == 1 and offline.refused() == []
    assert " DEBUG " in offline.logged()  # the child's log records are all captured
    assert_nowhere({"stdout": done.stdout, "stderr": done.stderr, "terminal": terminal,
                    "logs": offline.logged()}, (tmp_path, user_data))
