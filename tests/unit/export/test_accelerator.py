"""The PDF is written with reportlab's C accelerator, as ``reportlab[accel]`` installs it.

Without it reportlab formats every number and escapes every string of the page
content in Python, and a full report's export takes about a third longer.
"""

from __future__ import annotations

from reportlab.lib import rl_accel


def test_reportlab_formats_numbers_and_escapes_text_in_c() -> None:
    for name in ("fp_str", "escapePDF", "instanceStringWidthTTF"):
        assert name in rl_accel._c_funcs, f"{name} is done in Python: is rl_accel installed?"
    assert rl_accel.fp_str(1.5, 0.25) == "1.5 .25"
    assert rl_accel.escapePDF("(a\\b)") == "\\(a\\\\b\\)"
