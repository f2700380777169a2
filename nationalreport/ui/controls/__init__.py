"""One control class per answer kind, chosen by a registry of ranked testers.

Importing this package registers every control; ``create_control(question, lang)``
returns the best fit, or the visible placeholder for a kind no control supports.
"""

from nationalreport.ui.controls import (  # noqa: F401 - imported to register the controls
    attachment,
    choice,
    contact,
    counts,
    multichoice,
    numbers,
    placeholder,
    retention,
    table,
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
)

__all__ = [
    "NOT_FIT",
    "AnswerControl",
    "Field",
    "control_class",
    "create_control",
    "kind_is",
    "register",
]
