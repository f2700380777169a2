"""The ODA reporting template as data: sections, questions, numbering, sources, skip rules.

Nothing here knows about widgets, files of a report or validation: a template is read
once from ``resources/templates/<id>.json`` into frozen objects that every other layer
reads.
"""

from nationalreport.template.loader import (
    TemplateError,
    available_templates,
    default_template_id,
    load_template,
    load_template_file,
)
from nationalreport.template.model import (
    Check,
    Column,
    ContactField,
    CountField,
    Option,
    Question,
    Section,
    SkipRule,
    Template,
    localized,
)

__all__ = [
    "Check",
    "Column",
    "ContactField",
    "CountField",
    "Option",
    "Question",
    "Section",
    "SkipRule",
    "Template",
    "TemplateError",
    "available_templates",
    "default_template_id",
    "load_template",
    "load_template_file",
    "localized",
]
