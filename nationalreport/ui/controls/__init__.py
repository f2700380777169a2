"""One control class per answer kind, chosen by a registry of ranked testers.

Importing this package registers every control (the heavy ones by module name, loaded
when first needed); ``create_control(question, lang)`` returns the best fit, or the
visible placeholder for a kind no control supports.
"""

from nationalreport.ui.controls import (  # noqa: F401 - imported to register the controls
    choice,
    contact,
    counts,
    multichoice,
    numbers,
    placeholder,
    retention,
    text,
)
from nationalreport.ui.controls.base import (
    NOT_FIT,
    AnswerControl,
    Field,
    control_class,
    create_control,
    kind_is,
    register,
    register_module,
)

# Loaded when a page first shows one: a table (its view, model and delegates) and a file.
register_module(kind_is("table"), "nationalreport.ui.controls.table")
register_module(kind_is("attachment"), "nationalreport.ui.controls.attachment")

__all__ = [
    "NOT_FIT",
    "AnswerControl",
    "Field",
    "control_class",
    "create_control",
    "kind_is",
    "register",
    "register_module",
]
