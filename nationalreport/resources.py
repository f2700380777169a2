"""The one place that knows where bundled files live.

Schemas and resources sit in the top-level ``schemas/`` and ``resources/`` folders of
the source tree and are installed as ``nationalreport.data.schemas`` and
``nationalreport.data.resources``; everything else asks this module for them, so a
source checkout, an installed wheel and a frozen application all behave alike.
"""

from __future__ import annotations

import json
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

SCHEMAS = "nationalreport.data.schemas"
RESOURCES = "nationalreport.data.resources"


def schema_file(name: str) -> Traversable:
    """A file in ``schemas/``."""
    return resources.files(SCHEMAS).joinpath(name)


def resource_file(*parts: str) -> Traversable:
    """A file in ``resources/`` (``resource_file("templates", "x.json")``)."""
    node = resources.files(RESOURCES)
    for part in parts:
        node = node.joinpath(part)
    return node


def resource_dir(*parts: str) -> Traversable:
    """A folder in ``resources/``."""
    return resource_file(*parts)


def load_json(node: Traversable) -> Any:
    """Parse a bundled JSON file."""
    with node.open("rb") as handle:
        return json.load(handle)
