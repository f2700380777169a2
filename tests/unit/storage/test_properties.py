"""Property tests: any valid report survives save and load; no bytes crash the loader."""

from __future__ import annotations

import string
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nationalreport.report import Report
from nationalreport.storage import StorageError, load_draft, report_from_bytes, save_draft
from nationalreport.template import Question, default_template_id, load_template
from nationalreport.validation import validate

TEMPLATE = load_template(default_template_id())
QUESTIONS = list(TEMPLATE)

text = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1,
               max_size=40).filter(lambda s: s.strip() != "")
emails = st.builds(lambda a, b: f"{a}@{b}.org", st.text(string.ascii_lowercase, min_size=1,
                                                        max_size=8),
                   st.text(string.ascii_lowercase, min_size=1, max_size=8))
dates = st.dates().map(lambda d: d.isoformat()).filter(lambda s: len(s) == 10)
counts = st.integers(min_value=0, max_value=10**6)


def cell(kind: str, options: tuple[str, ...]) -> st.SearchStrategy[Any]:
    return {
        "text": text,
        "multiline": text,
        "count": counts,
        "number": st.integers(min_value=0, max_value=10**9),
        "date": dates,
        "year": st.integers(min_value=1900, max_value=2100),
        "url": text.map(lambda s: "https://example.org/" + "".join(c for c in s if c.isalnum())),
        "currency": st.sampled_from(["USD", "EUR", "KES", "XOF"]),
        "choice": st.sampled_from(options or ("x",)),
    }[kind]


def answer(question: Question) -> st.SearchStrategy[Any]:
    kind = question.kind
    if kind == "choice":
        return st.sampled_from(question.option_codes)
    if kind in ("text", "multiline", "count", "number", "date", "year"):
        return cell(kind, ())
    if kind == "multichoice":
        return st.fixed_dictionaries(
            {"selected": st.lists(st.sampled_from(question.option_codes), min_size=1,
                                  unique=True)},
            optional={"other": text},
        )
    if kind == "contact":
        fields: dict[str, st.SearchStrategy[Any]] = {}
        for f in question.contact_fields:
            fields[f.key] = (st.sampled_from([o.code for o in f.options]) if f.kind == "choice"
                             else emails if f.kind == "email"
                             else st.just("+254 20 2724040") if f.kind == "telephone" else text)
        required = {"name": fields.pop("name")} if "name" in fields else {}
        return st.fixed_dictionaries(required, optional=fields)
    if kind == "counts":
        return st.fixed_dictionaries({c.key: counts for c in question.counts})
    if kind == "table":
        row = st.fixed_dictionaries(
            {}, optional={c.key: cell(c.kind, tuple(o.code for o in c.options))
                          for c in question.columns})
        return st.lists(row.filter(bool), min_size=1, max_size=4)
    if kind == "retention":
        return st.one_of(st.just({"indefinitely": True}),
                         st.builds(lambda y: {"years": y}, st.integers(0, 100)))
    if kind == "attachment":
        return st.builds(lambda n, h, s: {"filename": n + ".pdf", "sha256": h, "size": s},
                         st.text(string.ascii_letters, min_size=1, max_size=10),
                         st.text("0123456789abcdef", min_size=64, max_size=64), counts)
    raise AssertionError(kind)


@st.composite
def reports(draw: st.DrawFn) -> Report:
    report = Report.new(draw(st.sampled_from(["KEN", "FRA", "PER", "VAT", "PSE"])),
                        draw(st.integers(2000, 2100)), draw(st.sampled_from(["en", "fr", "es"])),
                        TEMPLATE)
    chosen = draw(st.lists(st.sampled_from(QUESTIONS), max_size=25, unique_by=lambda q: q.number))
    for question in chosen:
        report.set_answer(question.number, draw(answer(question)), when="2026-01-01T00:00:00Z")
    return report


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reports())
def test_any_valid_report_survives_save_and_load(report: Report) -> None:
    assert not [p for p in validate(report) if p.is_error and p.code not in (
        "contact_reach", "telephone_invalid")]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "d.json"
        save_draft(report, path)
        loaded = load_draft(path)
    assert loaded.answers == report.answers
    assert loaded.changed == report.changed
    assert loaded.to_draft() == report.to_draft()


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_random_bytes_never_crash_the_loader(data: bytes) -> None:
    try:
        report_from_bytes(data, "fuzz.json")
    except StorageError as exc:
        assert "\n" not in str(exc)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner,
                                                                max_size=4),
    max_leaves=20,
)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from(
    ["format", "format_version", "template", "state", "cycle", "language", "answers",
     "changed", "review", "orphans"]), json_values))
def test_random_envelopes_never_crash_the_loader(document: dict[str, Any]) -> None:
    import json

    base = {"format": "nationalreport/draft", "format_version": 1,
            "template": TEMPLATE.id, "state": {"code": "KEN", "name": "Kenya"},
            "cycle": 2026, "language": "en", "answers": {}}
    data = json.dumps(base | document).encode()
    try:
        report = report_from_bytes(data, "fuzz.json")
    except StorageError:
        return
    validate(report)
