"""Template and schema never disagree: the committed schema is what the template gives."""

from __future__ import annotations

import json

from jsonschema import Draft202012Validator

from nationalreport import resources
from nationalreport.template import Template, available_templates, load_template
from nationalreport.template.schema_gen import build_schema, schema_bytes


def test_committed_schemas_are_generated_from_their_templates() -> None:
    for template_id in available_templates():
        committed = resources.schema_file(f"{template_id}.schema.json").read_bytes()
        generated = schema_bytes(load_template(template_id))
        assert committed == generated, (
            f"schemas/{template_id}.schema.json is stale: run "
            "'python -m nationalreport.template.schema_gen'"
        )


def test_schema_is_draft_2020_12_with_the_shared_shapes(template: Template) -> None:
    schema = json.loads(resources.schema_file(f"{template.id}.schema.json").read_bytes())
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)
    for shape in ("contact", "lawRow", "assistanceRow", "multichoice", "counts", "retention"):
        assert shape in schema["$defs"], shape


def test_every_question_has_a_schema_and_nothing_else_does(template: Template) -> None:
    schema = build_schema(template)
    assert set(schema["properties"]["answers"]["properties"]) == set(template.numbers)
    assert schema["properties"]["answers"]["additionalProperties"] is False


def test_choice_options_in_the_schema_are_the_templates(template: Template) -> None:
    schema = build_schema(template)
    answers = schema["properties"]["answers"]["properties"]
    for question in template:
        part = answers[question.number]
        if question.kind == "choice":
            if "enum" in part:
                assert part["enum"] == list(question.option_codes)
            else:
                name = part["$ref"].rsplit("/", 1)[-1]
                assert schema["$defs"][name]["enum"] == list(question.option_codes)
        if question.kind == "multichoice":
            items = part["properties"]["selected"]["items"]["enum"]
            assert items == list(question.option_codes)
