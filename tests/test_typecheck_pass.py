"""Every public helper's return type is pinned in `typecheck/pass/` with `assert_type`, which both checkers
verify in `make typecheck`: a helper that started returning `Any` or a wider type would fail there."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

from typing_extensions import TypeGuard

import lambda_events
from scripts.generate_exports import collect_exports

PASS_DIR = Path(__file__).resolve().parent.parent / "typecheck" / "pass"


def _is_assert_type(node: ast.AST) -> TypeGuard[ast.Call]:
    """Whether `node` is a call of `assert_type`."""
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "assert_type"


def _names_called_in(node: ast.AST) -> set[str]:
    """The names of the functions called anywhere in `node`."""
    return {
        inner.func.id for inner in ast.walk(node) if isinstance(inner, ast.Call) and isinstance(inner.func, ast.Name)
    }


def _names_called_in_assert_type() -> set[str]:
    """The functions called inside the first argument of an `assert_type(...)` of `typecheck/pass/`, and the
    type guards of an `if` whose body starts with an `assert_type` (the narrowing they do is what is pinned)."""
    called: set[str] = set()
    for path in PASS_DIR.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if _is_assert_type(node):
                called |= _names_called_in(node.args[0])
            elif isinstance(node, ast.If) and isinstance(node.body[0], ast.Expr) and _is_assert_type(node.body[0].value):
                called |= _names_called_in(node.test)
    return called


def test_every_public_helper_function_has_its_return_type_pinned() -> None:
    functions = {
        name
        for name, module in collect_exports().items()
        if module.startswith("lambda_events.helpers.") and inspect.isfunction(getattr(lambda_events, name))
    }
    assert len(functions) > 100
    assert sorted(functions - _names_called_in_assert_type()) == []
