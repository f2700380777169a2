"""Every input that once crashed, hung or was refused unclearly, and hand-made hostile files.

``corpus/expected.json`` lists each file of ``corpus/<target>/``: the outcome it must
have now, and what it is (``fuzzing:`` or ``atheris:`` when a fuzzer found it, with
what went wrong before the program was mended; ``hand-made:`` otherwise). A .p7s or
JSON is checked beside the file named under ``beside`` (``""``: none beside it).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import OfflineProcesses
from tests.fuzz import targets
from tests.fuzz.targets import Seeds

ROOT = Path(__file__).resolve().parents[2]
CORPUS = Path(__file__).parent / "corpus"
EXPECTED: dict[str, dict[str, Any]] = json.loads((CORPUS / "expected.json").read_text("utf-8"))


def run(seeds: Seeds, key: str) -> str:
    target = key.split("/")[0]
    entry = EXPECTED[key]
    data = (CORPUS / key).read_bytes()
    if "beside" in entry:
        beside = (CORPUS / target / entry["beside"]).read_bytes() if entry["beside"] else b""
        return {"p7s": targets.p7s, "json": targets.signed_json}[target](seeds, data, beside)
    return targets.TARGETS[target](seeds, data)


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_corpus_file_has_its_clear_outcome(seeds: Seeds, key: str) -> None:
    assert run(seeds, key) == EXPECTED[key]["outcome"]


def test_every_corpus_file_is_listed_and_every_listed_file_is_there() -> None:
    on_disk = {str(p.relative_to(CORPUS)) for p in CORPUS.glob("*/*") if p.is_file()}
    beside = {f"{k.split('/')[0]}/{e['beside']}" for k, e in EXPECTED.items() if e.get("beside")}
    assert on_disk == set(EXPECTED) | beside
    assert set(targets.TARGETS) >= {key.split("/")[0] for key in EXPECTED}
    for entry in EXPECTED.values():
        assert entry["what"].split(":")[0] in ("fuzzing", "atheris", "hand-made")


def test_corpus_holds_the_hand_made_hostile_files() -> None:
    """An empty file, one byte, JSON null, a PDF that is only a header, a .p7s of zeros, a
    .p12 of random bytes: the first inputs anyone should try."""
    assert (CORPUS / "draft" / "empty.json").read_bytes() == b""
    assert len((CORPUS / "draft" / "one-byte.json").read_bytes()) == 1
    assert (CORPUS / "draft" / "null.json").read_bytes() == b"null"
    assert (CORPUS / "pdf" / "header-only.pdf").read_bytes().strip() == b"%PDF-1.7"
    assert set((CORPUS / "p7s" / "zeros.p7s").read_bytes()) == {0}
    assert len(set((CORPUS / "p12" / "random.p12").read_bytes())) > 100


@pytest.mark.parametrize("target", ["pdf", "draft", "p12"])
def test_corpus_replays_within_a_memory_limit(seeds: Seeds, offline: OfflineProcesses,
                                              target: str) -> None:
    """The decompression bomb, the 5000-digit number, the 4 GB length and the rest, in a
    process whose address space is capped at 1 GB: refused early, not expanded."""
    files = sorted(str(CORPUS / k) for k, e in EXPECTED.items()
                   if k.startswith(f"{target}/") and "beside" not in e)
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "fuzz.py"), target, "--seeds",
         str(seeds.folder), "--max-mb", "1024", "--replay", *files],
        capture_output=True, text=True, timeout=120, env=offline.env, cwd=ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = dict(line.split(": ", 1) for line in done.stdout.splitlines())
    for name in files:
        key = str(Path(name).relative_to(CORPUS))
        assert lines[name] == EXPECTED[key]["outcome"], key
    assert offline.refused() == []


def test_oversized_signature_and_json_are_refused_before_reading(seeds: Seeds,
                                                                 tmp_path: Path) -> None:
    """Sizes are checked on the file system first: a sparse 5 GB file costs nothing."""
    from nationalreport.signing import UnreadableFile, verify

    json_path = tmp_path / "report.json"
    json_path.write_bytes(seeds.read("signed.json"))
    p7s = tmp_path / "report.json.p7s"
    with open(p7s, "wb") as handle:
        handle.truncate(5 * 1024**3)
    with pytest.raises(UnreadableFile, match=r"signature file .* is too large"):
        verify(json_path)
    p7s.write_bytes(seeds.read("signed.json.p7s"))
    with open(json_path, "r+b") as handle:
        handle.truncate(64 * 1024**2)
    with pytest.raises(UnreadableFile, match="too large to be a submission"):
        verify(json_path)
    assert os.path.getsize(json_path) == 64 * 1024**2


@pytest.mark.parametrize(("key", "code"), [
    ("pdf/qpdf-prints.pdf", 2), ("pdf/root-assertion.pdf", 2), ("p7s/digest-oid.p7s", 2),
])
def test_the_verify_command_says_one_line_about_a_hostile_file(
        offline: OfflineProcesses, tmp_path: Path, key: str, code: int) -> None:
    """The real command in its own process, where nothing but its line may reach stderr
    (qpdf's warnings, logged by pikepdf, once did; pyHanko's exceptions once escaped)."""
    target, name = key.split("/")
    path = tmp_path / name
    path.write_bytes((CORPUS / key).read_bytes())
    beside = EXPECTED[key].get("beside")
    if beside:
        path = tmp_path / "report.json"
        path.write_bytes((CORPUS / target / beside).read_bytes())
        path.with_name("report.json.p7s").write_bytes((CORPUS / key).read_bytes())
    done = subprocess.run([sys.executable, "-m", "nationalreport", "verify", str(path)],
                          capture_output=True, text=True, timeout=120, env=offline.env,
                          cwd=tmp_path)
    assert done.returncode == code, done.stderr
    assert done.stdout == ""
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("nationalreport: "), done.stderr
    assert targets.unclear_reason(lines[0], tmp_path) is None, lines[0]
