"""The compiled fast check and jsonschema always agree on what is valid."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from nationalreport.template import default_template_id
from nationalreport.validation.schema import CompiledSchema, load_schema

SCHEMA = load_schema(default_template_id())
WITH_FAST = CompiledSchema(SCHEMA)
PURE = CompiledSchema(SCHEMA, fast=False)
NUMBERS = sorted(SCHEMA["properties"]["answers"]["properties"])

strings = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["yes", "no", "developing", "a@b.org", "a@b", "+254 20 1", "2026-02-30",
                     "2026-01-01", "https://x.org", "USD", "usd", "ext. 12", "a b@c.d"]),
)
values = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 3000) | st.floats(allow_nan=False) | strings,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
        st.sampled_from(["name", "email", "telephone", "selected", "other", "years",
                         "indefinitely", "title", "link", "year", "men", "women", "x"]),
        inner, max_size=4),
    max_leaves=12,
)


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(NUMBERS), values)
def test_fast_and_pure_validation_agree(number: str, value: Any) -> None:
    assert WITH_FAST.fast is not None and WITH_FAST.fast.available
    fast = list(WITH_FAST.answer_problems(number, value))
    pure = list(PURE.answer_problems(number, value))
    assert fast == pure
