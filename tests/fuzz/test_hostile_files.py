"""Property tests: valid files, mutated, never crash a loader, hang it or get an unclear refusal.

Each test starts from a real file (the sample report's draft, a PDF and JSON signed
with the test PKI, its .p12) and applies one to four blind or structured mutations
(``tests/fuzz/mutate.py``) chosen by Hypothesis; the loader must accept the result
or refuse it with the program's own error in one plain sentence, within
``TIME_LIMIT`` seconds and without printing anything (``tests/fuzz/targets.py``).
Examples are derandomised and no database is kept, so a run in CI is the same every
time; ``tools/fuzz.py`` searches much further, guided by coverage.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from tests.fuzz import targets
from tests.fuzz.mutate import FORMATS, mutate
from tests.fuzz.targets import Seeds


def fuzz_settings(examples: int) -> settings:
    """For CI: a fixed number of examples, the same ones every run (derandomised, no
    database), and no deadline: ``targets.TIME_LIMIT`` (10 s) bounds each input instead,
    generous for a slow CI machine, yet a hang still fails."""
    return settings(max_examples=examples, deadline=None, derandomize=True, database=None,
                    print_blob=False,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.function_scoped_fixture])


#: The numbers a mutation's choices are taken from, in order (then zeros).
choices = st.lists(st.integers(0, 2**32 - 1), min_size=4, max_size=48)


def picker(numbers: list[int]) -> Callable[[int], int]:
    """``pick(n)`` answering from ``numbers`` in turn: a failing example shrinks well."""
    stream: Iterator[int] = iter(numbers)

    def pick(n: int) -> int:
        return next(stream, 0) % n if n > 0 else 0

    return pick


def mutated(seeds: Seeds, target: str, seed_index: int, numbers: list[int]) -> bytes:
    names = targets.SEED_FILES.get(target, targets.SEED_FILES["pdf"])
    seed = seeds.read(names[seed_index % len(names)])
    return mutate(seed, FORMATS[target], picker(numbers))


def run(seeds: Seeds, target: str, data: bytes) -> str:
    outcome = targets.TARGETS[target](seeds, data)
    event(outcome)
    return outcome


@fuzz_settings(150)
@given(numbers=choices)
def test_mutated_drafts_open_or_are_refused_plainly(seeds: Seeds, numbers: list[int]) -> None:
    outcome = run(seeds, "draft", mutated(seeds, "draft", 0, numbers))
    assert outcome == "loaded" or outcome.startswith("refused: ")


@fuzz_settings(60)
@given(numbers=choices)
def test_mutated_drafts_moving_to_a_newer_template(seeds: Seeds, numbers: list[int],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The migration path, which no bundled template takes yet: every draft is moved as if
    a newer template had renumbered two questions."""
    from nationalreport.storage import StorageError, files
    from nationalreport.template import default_template_id, load_template

    template = load_template(default_template_id())
    monkeypatch.setattr(files, "template_for",
                        lambda template_id, name: (template, {"1.1": "1.2", "3.1": "99.9"}))
    data = mutated(seeds, "draft", 0, numbers)

    def load() -> str:
        try:
            report = files.report_from_bytes(data, "draft.json")
        except StorageError as exc:
            return targets.refused(exc)
        files.draft_bytes(report)
        return "loaded"

    outcome = targets.guarded(load)
    event(outcome)
    assert outcome == "loaded" or outcome.startswith("refused: ")


@fuzz_settings(60)
@given(numbers=choices)
def test_mutated_journal_entries_are_recovered_skipped_or_refused(seeds: Seeds,
                                                                   numbers: list[int]) -> None:
    outcome = run(seeds, "journal", mutated(seeds, "journal", 0, numbers))
    assert outcome in ("recovered", "ignored") or outcome.startswith("refused: ")


@fuzz_settings(80)
@given(numbers=choices)
def test_mutated_signed_pdfs_verify_or_are_refused_plainly(seeds: Seeds,
                                                            numbers: list[int]) -> None:
    outcome = run(seeds, "pdf", mutated(seeds, "pdf", 0, numbers))
    assert outcome.startswith(("verified: ", "refused: "))


@fuzz_settings(100)
@given(numbers=choices)
def test_mutated_p7s_files_verify_or_are_refused_plainly(seeds: Seeds,
                                                          numbers: list[int]) -> None:
    outcome = run(seeds, "p7s", mutated(seeds, "p7s", 0, numbers))
    assert outcome.startswith(("verified: ", "refused: "))


@fuzz_settings(40)
@given(numbers=choices)
def test_a_changed_json_never_verifies_against_its_p7s(seeds: Seeds, numbers: list[int]) -> None:
    data = mutated(seeds, "json", 0, numbers)
    outcome = run(seeds, "json", data)
    if data != seeds.read("signed.json"):
        assert outcome != "verified: ok"
    assert outcome.startswith(("verified: ", "refused: "))


@fuzz_settings(120)
@given(seed_index=st.integers(0, 2), numbers=choices)
def test_mutated_key_files_open_or_are_refused_plainly(seeds: Seeds, seed_index: int,
                                                        numbers: list[int]) -> None:
    outcome = run(seeds, "p12", mutated(seeds, "p12", seed_index, numbers))
    assert outcome == "opened" or outcome.startswith("refused: ")


@fuzz_settings(20)
@given(numbers=choices)
def test_verify_command_exits_0_1_or_2_with_one_clear_line(seeds: Seeds,
                                                           numbers: list[int]) -> None:
    outcome = run(seeds, "cli", mutated(seeds, "cli", 0, numbers))
    assert outcome in ("exit 0", "exit 1", "exit 2")


# ----------------------------------------------------------------------------- the oracle


@pytest.mark.parametrize("target", sorted(targets.SEED_FILES))
def test_every_seed_is_accepted_as_it_is(seeds: Seeds, target: str) -> None:
    """The mutations start from files the loaders accept; else the tests above prove little."""
    for name in targets.SEED_FILES[target]:
        outcome = targets.TARGETS[target](seeds, seeds.read(name))
        assert outcome in ("loaded", "recovered", "verified: ok", "opened"), (name, outcome)


@pytest.mark.parametrize("message", [
    "draft.json is not valid JSON ('NoneType' object has no attribute 'get')",
    "first line\nsecond line",
    "x" * 1000,
    "is a damaged PDF (Unexpected token in hex string: b'g')",
    "template '\x00\x00'",
    "",
])
def test_the_oracle_calls_these_messages_unclear(message: str) -> None:
    with pytest.raises(targets.Unclear):
        targets.refused(ValueError(message))


def test_the_oracle_calls_a_plain_sentence_clear() -> None:
    assert targets.refused(ValueError("draft.json is empty")) == "refused: ValueError"


def test_the_oracle_reports_a_crash_a_hang_and_printed_output(seeds: Seeds) -> None:
    import sys
    import time

    def crash() -> str:
        found: dict[str, str] = {}
        return found["missing"]

    def hang() -> str:
        time.sleep(5)
        return "done"

    def chatty() -> str:
        print("a library's warning", file=sys.stderr)
        return "done"

    with pytest.raises(targets.Unclear, match="crash: KeyError"):
        targets.guarded(crash)
    saved = targets.TIME_LIMIT
    targets.TIME_LIMIT = 0.2
    try:
        with pytest.raises(targets.Unclear, match="hang"):
            targets.guarded(hang)
    finally:
        targets.TIME_LIMIT = saved
    with pytest.raises(targets.Unclear, match="printed to the terminal"):
        targets.guarded(chatty)


@pytest.mark.parametrize(("key", "value"), [
    ("answers", ["1.1", "yes"]), ("changed", "2026-01-01"), ("orphans", [1, 2, 3]),
])
def test_a_draft_of_the_wrong_shape_is_refused_plainly_when_moved(
        seeds: Seeds, monkeypatch: pytest.MonkeyPatch, key: str, value: object) -> None:
    """Before: "could not be moved to template ...: 'list' object has no attribute 'items'"."""
    import json

    from nationalreport.storage import MigrationFailed, files
    from nationalreport.template import default_template_id, load_template

    template = load_template(default_template_id())
    monkeypatch.setattr(files, "template_for",
                        lambda template_id, name: (template, {"1.1": "1.2"}))
    document = json.loads(seeds.read("draft.json"))
    document[key] = value
    with pytest.raises(MigrationFailed) as raised:
        files.report_from_bytes(json.dumps(document).encode(), "draft.json")
    assert str(raised.value) == (f"draft.json could not be moved to template {template.id}: "
                                 f"its '{key}' are not a list of numbered entries; the file is "
                                 "unchanged")


def test_a_journal_entry_of_this_computer_with_a_huge_pid_is_skipped(seeds: Seeds) -> None:
    import json
    import socket

    entry = json.loads(seeds.read("journal.json"))
    entry.update(host=socket.gethostname(), pid=2**63)
    assert targets.journal(seeds, json.dumps(entry).encode()) in ("ignored", "recovered")
