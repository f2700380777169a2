"""The layers of design.md, proved from the imports of every module."""

from __future__ import annotations

import ast
from pathlib import Path

import nationalreport

PACKAGE = Path(nationalreport.__file__).parent

#: What each layer may import from the package (besides itself and the shared modules).
ALLOWED: dict[str, set[str]] = {
    "template": set(),
    "report": {"template"},
    "validation": {"template", "report"},
    "storage": {"template", "report"},
    "export": {"validation", "template", "report", "storage"},
    "signing": {"export", "report", "storage"},
    "cli": {"export", "signing", "storage", "validation", "template", "report", "ui"},
    "ui": {"export", "signing", "storage", "validation", "template", "report"},
}
SHARED = {"resources", "formats", "__init__", "data"}
QT = ("PySide6", "shiboken6", "PyQt5", "PyQt6")


def imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def _is_module(name: str) -> bool:
    return (PACKAGE / name).is_dir() or (PACKAGE / f"{name}.py").is_file()


def test_layers_import_only_what_design_md_allows() -> None:
    for layer, allowed in ALLOWED.items():
        folder = PACKAGE / layer
        for path in folder.rglob("*.py"):
            for name in imports(path):
                parts = name.split(".")
                if parts[0] != "nationalreport" or len(parts) < 2:
                    continue
                target = parts[1]
                if target in SHARED or target == layer or not _is_module(target):
                    continue  # a name the package itself defines (__version__...) is shared
                assert target in allowed, f"{path.relative_to(PACKAGE)} imports {name}"


def test_no_qt_below_the_window() -> None:
    for path in PACKAGE.rglob("*.py"):
        if "ui" in path.relative_to(PACKAGE).parts:
            continue
        for name in imports(path):
            assert not name.startswith(QT), f"{path.relative_to(PACKAGE)} imports {name}"
