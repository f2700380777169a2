"""Coverage-guided fuzzing of the program's loaders with atheris (libFuzzer), one target each.

    python tools/fuzz.py draft -atheris_runs=100000          # a long run by hand
    python tools/fuzz.py pdf -max_total_time=600 -timeout=10
    python tools/fuzz.py p12 --replay crash-1a2b3c            # run files once, no fuzzing
    python tools/fuzz.py p7s --replay x.p7s --beside x.json   # a .p7s with its own JSON
    python tools/fuzz.py --list

Targets (tests/fuzz/targets.py): draft, journal (drafts and autosave entries),
pdf, p7s, json (``verify`` on a signed PDF, a .p7s beside its JSON, a JSON beside its
.p7s), cli (``nationalreport verify`` on a PDF) and p12 (a key file opened as a key
source). Each input must be accepted or refused with the program's own error in one
plain sentence; anything else is a crash, written by libFuzzer as ``crash-<sha1>``
under ``--artifacts`` (default: the seed folder's ``crashes/``). Once the program is
mended, put the file into ``tests/fuzz/corpus/<target>/`` and list it, with the
outcome it must now have, in ``tests/fuzz/corpus/expected.json``; the test suite
replays every file there. A .p7s (or JSON) is checked against the seeds' JSON (or
.p7s): keep that file beside it and name it under ``"beside"``.

The valid seeds (a sample draft, a PDF and JSON signed with a throwaway PKI, its
.p12) are made in ``--seeds`` (default: a folder in the temporary directory, kept
between runs). Half the mutations are libFuzzer's own, half the structured ones of
``tests/fuzz/mutate.py``. Memory is bounded with ``RLIMIT_AS`` (``--max-mb``) and
libFuzzer's ``-rss_limit_mb``; time per input with libFuzzer's ``-timeout``.
"""

from __future__ import annotations

import argparse
import importlib
import os
import random
import resource
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.fuzz import mutate, targets  # noqa: E402

#: The packages each target's inputs run through, instrumented for coverage, and the
#: modules imported (under instrumentation) before fuzzing starts.
_SIGNING = ["nationalreport", "pyhanko", "pyhanko_certvalidator", "asn1crypto"]
INSTRUMENT: dict[str, tuple[list[str], list[str]]] = {
    "draft": (["nationalreport", "json"], ["nationalreport.storage"]),
    "journal": (["nationalreport", "json"], ["nationalreport.storage"]),
    "pdf": (_SIGNING, ["nationalreport.signing.verify", "nationalreport.signing._verify_pdf"]),
    "cli": (_SIGNING, ["nationalreport.cli.main", "nationalreport.signing._verify_pdf"]),
    "p7s": (_SIGNING, ["nationalreport.signing.verify", "nationalreport.signing._verify_cms"]),
    "json": (_SIGNING, ["nationalreport.signing.verify", "nationalreport.signing._verify_cms"]),
    "p12": (["nationalreport", "asn1crypto"], ["nationalreport.signing.keys",
                                               "nationalreport.signing._p12"]),
}
DEFAULTS = {"-timeout": "20", "-rss_limit_mb": "2048", "-max_len": "131072"}


def _arguments(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(
        description="Coverage-guided fuzzing of one loader (other options go to libFuzzer).")
    parser.add_argument("target", nargs="?", choices=sorted(targets.TARGETS))
    parser.add_argument("--list", action="store_true", help="list the targets")
    parser.add_argument("--seeds", type=Path,
                        default=Path(tempfile.gettempdir()) / "nationalreport-fuzz-seeds",
                        help="folder of the valid seed files (made when missing)")
    parser.add_argument("--artifacts", type=Path, help="where crashing inputs are written")
    parser.add_argument("--corpus", type=Path,
                        help="where new interesting inputs are kept (default: in --seeds)")
    parser.add_argument("--max-mb", type=int, default=3072,
                        help="address-space limit of this process, in MB (0: none)")
    parser.add_argument("--own-code-only", action="store_true",
                        help="instrument only nationalreport (starts in a second instead of "
                        "ten; for short runs)")
    parser.add_argument("--replay", nargs="+", type=Path, metavar="FILE",
                        help="run these files through the target once, without fuzzing")
    parser.add_argument("--beside", type=Path, metavar="FILE",
                        help="with --replay of p7s or json: the JSON or .p7s to check each "
                        "file with (default: the seeds')")
    return parser.parse_known_args(argv)


def _limit_memory(megabytes: int) -> None:
    """Cap the address space, so that an input claiming gigabytes fails instead of swapping."""
    if megabytes > 0:
        limit = megabytes * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _corpus(seeds: targets.Seeds, target: str, found: Path | None) -> list[str]:
    """Corpus folders: a writable one for new finds, the seeds, and the checked-in corpus."""
    found = found or seeds.folder / "corpus" / target
    start = seeds.folder / "start" / target
    for folder in (found, start):
        folder.mkdir(parents=True, exist_ok=True)
    for name in targets.SEED_FILES.get(target, targets.SEED_FILES["pdf"]):
        (start / name).write_bytes(seeds.read(name))
    folders = [str(found), str(start)]
    checked_in = ROOT / "tests" / "fuzz" / "corpus" / target
    if checked_in.is_dir():
        folders.append(str(checked_in))
    return folders


def replay(target: str, seeds: targets.Seeds, files: list[Path],
           beside: Path | None = None) -> int:
    """Run each file once; 1 if any is not accepted or clearly refused."""
    run = targets.TARGETS[target]
    if beside is not None:
        other = beside.read_bytes()
        pair = {"p7s": targets.p7s, "json": targets.signed_json}[target]

        def run(seeds: targets.Seeds, data: bytes) -> str:
            return pair(seeds, data, other)

    failed = 0
    for path in files:
        try:
            print(f"{path}: {run(seeds, path.read_bytes())}")
        except targets.Unclear as exc:
            failed += 1
            print(f"{path}: UNCLEAR: {exc}")
    return 1 if failed else 0


def instrument(target: str, own_code_only: bool) -> None:
    """Import the target's code with coverage instrumentation (before anything else does)."""
    import atheris  # type: ignore[import-untyped,unused-ignore]

    packages, modules = INSTRUMENT[target]
    if own_code_only:
        packages = ["nationalreport"]
    with atheris.instrument_imports(include=packages):
        for module in modules:
            importlib.import_module(module)


def fuzz(target: str, seeds: targets.Seeds, artifacts: Path, found: Path | None,
         rest: list[str]) -> None:
    import atheris  # type: ignore[import-untyped,unused-ignore]

    run = targets.TARGETS[target]
    kind = mutate.FORMATS[target]
    targets.TIMER = False  # libFuzzer's -timeout owns SIGALRM here

    def one_input(data: bytes) -> None:
        run(seeds, data)

    def mutator(data: bytes, max_size: int, seed: int) -> bytes:
        rng = random.Random(seed)
        if rng.randrange(2):
            result: bytes = atheris.Mutate(data, max_size)
            return result
        return mutate.mutate(data, kind, rng.randrange)[:max_size]

    artifacts.mkdir(parents=True, exist_ok=True)
    options = dict(DEFAULTS, **{"-artifact_prefix": f"{artifacts}{os.sep}"})
    given = {arg.split("=", 1)[0] for arg in rest if arg.startswith("-")}
    argv = [sys.argv[0], *(f"{k}={v}" for k, v in options.items() if k not in given),
            *_corpus(seeds, target, found), *rest]
    atheris.Setup(argv, one_input, custom_mutator=mutator)
    atheris.Fuzz()


def main(argv: list[str] | None = None) -> int:
    args, rest = _arguments(sys.argv[1:] if argv is None else argv)
    if args.list or not args.target:
        print("\n".join(sorted(targets.TARGETS)))
        return 0
    if not args.replay:
        instrument(args.target, args.own_code_only)
    seeds = targets.make_seeds(args.seeds)
    _limit_memory(args.max_mb)
    if args.replay:
        return replay(args.target, seeds, args.replay, args.beside)
    fuzz(args.target, seeds, args.artifacts or seeds.folder / "crashes", args.corpus, rest)
    return 0


if __name__ == "__main__":
    sys.exit(main())
