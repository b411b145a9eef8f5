"""No module of the worker binds one top-level name twice by accident.

Why a test: the event rules keep many small word sets at module level, and a second ``_HELD = …``
written far below the first silently replaces it for every rule that read the first (pyflakes does
not flag a rebinding). A name built on itself (``NO_SUBJECT = NO_SUBJECT | …``) is deliberate.
"""

import ast
from collections import Counter
from pathlib import Path

import pytest

WORKER = Path(__file__).resolve().parents[2] / "worker"


def _rebound(tree: ast.Module) -> list[str]:
    counts: Counter[str] = Counter()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            used = {n.id for n in ast.walk(node.value) if isinstance(n, ast.Name)}
            counts.update(t.id for t in node.targets if isinstance(t, ast.Name) and t.id not in used)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            counts[node.name] += 1
            if isinstance(node, ast.ClassDef):
                methods = Counter(m.name for m in node.body if isinstance(m, (ast.FunctionDef, ast.AsyncFunctionDef)))
                counts.update(f"{node.name}.{m}" for m, k in methods.items() if k > 1)
    return sorted(name for name, k in counts.items() if k > 1 or "." in name)


@pytest.mark.parametrize("path", sorted(WORKER.rglob("*.py")), ids=lambda p: str(p.relative_to(WORKER)))
def test_no_top_level_name_is_bound_twice(path):
    assert _rebound(ast.parse(path.read_text("utf-8"))) == []


def test_the_check_sees_a_second_binding_and_lets_a_name_built_on_itself_be():
    assert _rebound(ast.parse("A = 1\nB = 2\nA = 3\nB = B | {4}\nclass C:\n    def f(self): pass\n    def f(self): pass\n")) \
        == ["A", "C.f"]
