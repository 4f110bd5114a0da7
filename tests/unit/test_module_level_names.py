"""A module-level name bound twice, the second time without reading the first, silently replaces
it: every use reads the second value. ruff does not flag it, and it happened twice (session 39: a
second _CHECK_LETTER in boundaries replaced the glued check letter and cost a blind identifier;
session 40: a second _LATIN_BRACKET in person_th_frames had switched off the attendance-line
nickname rule since it was written). Rebinding that wraps or extends the first value
(``_plate = gate_all(_plate)``, ``_WORDS = _WORDS | _MORE``) reads it, and is fine."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "assistant"


def _bindings(node: ast.stmt) -> list[tuple[str, ast.AST | None]]:
    """(name, value) for each module-level name the statement binds."""
    if isinstance(node, ast.Assign):
        return [(t.id, node.value) for t in node.targets if isinstance(t, ast.Name)]
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
        return [(node.target.id, node.value)]
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return [(node.name, None)]
    return []


def _reads(value: ast.AST | None, name: str) -> bool:
    return value is not None and any(isinstance(n, ast.Name) and n.id == name for n in ast.walk(value))


def replaced_names(source: str) -> list[str]:
    """Names bound again at module level by a value that does not read the earlier one."""
    seen: set[str] = set()
    out: list[str] = []
    for node in ast.parse(source).body:
        for name, value in _bindings(node):
            if name in seen and not _reads(value, name):
                out.append(f"{name} (line {node.lineno})")
            seen.add(name)
    return out


def test_the_check_sees_a_replaced_constant_and_lets_a_wrapped_one_be():
    assert replaced_names("A = 1\nB = 2\nA = 3\n") == ["A (line 3)"]
    assert replaced_names("def f():\n    pass\nf = wrap(f)\nW = {1}\nW = W | {2}\n") == []


def test_no_module_of_the_package_replaces_a_name_it_defined():
    assert len(list(PACKAGE.rglob("*.py"))) > 50  # the package is where the test looks
    found = {
        str(path.relative_to(PACKAGE)): names
        for path in sorted(PACKAGE.rglob("*.py"))
        if (names := replaced_names(path.read_text(encoding="utf-8")))
    }
    assert found == {}
