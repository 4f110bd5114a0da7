"""Architecture rules of the model layer that a refactor must not break."""

from __future__ import annotations

import ast
from pathlib import Path

import assistant

PACKAGE = Path(assistant.__file__).resolve().parent


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_only_the_client_module_imports_openai():
    importers = {
        p.relative_to(PACKAGE).as_posix() for p in PACKAGE.rglob("*.py") if "openai" in _imports(p)
    }
    assert importers == {"llm/client.py"}


def test_grounding_does_not_depend_on_the_model_layer():
    assert not any("llm" in line for line in (PACKAGE / "grounding.py").read_text().splitlines()
                   if line.startswith(("import", "from")))  # fmt: skip
