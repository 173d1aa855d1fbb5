"""Every public name has a docstring, and so has every key of every TypedDict.

Docstrings of keys are the string literal right under the key (PEP 257's attribute docstrings, which
editors show on hover). Keys that are not identifiers (`detail-type`) live in a functional TypedDict; the
string literal right under that assignment must name each of them in backquotes.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE_DIR = Path(__file__).resolve().parent.parent / "src" / "lambda_events"
MODULES = sorted(path for path in PACKAGE_DIR.rglob("*.py") if path.name != "__init__.py")
TYPE_MODULES = [
    path for path in MODULES if path.parent.name == "types" or path.parent == PACKAGE_DIR / "eventbridge" / "aws"
]


def docstring_after(body: list[ast.stmt], index: int) -> str | None:
    """The string literal statement following `body[index]`, if there is one."""
    if index + 1 < len(body):
        following = body[index + 1]
        if isinstance(following, ast.Expr) and isinstance(following.value, ast.Constant):
            if isinstance(following.value.value, str):
                return following.value.value
    return None


def typeddict_classes(tree: ast.Module) -> Iterator[ast.ClassDef]:
    """Class-based TypedDicts: classes whose bases include TypedDict or another class of this module."""
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and not any(
            isinstance(base, ast.Name) and base.id == "NamedTuple" for base in node.bases
        ):
            if any(isinstance(stmt, ast.AnnAssign) for stmt in node.body) and not any(
                isinstance(stmt, ast.FunctionDef) for stmt in node.body
            ):
                yield node


def module_id(path: Path) -> str:
    return str(path.relative_to(PACKAGE_DIR))


@pytest.mark.parametrize("path", TYPE_MODULES, ids=module_id)
def test_every_typeddict_key_has_a_docstring(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    missing: list[str] = []
    for cls in typeddict_classes(tree):
        if ast.get_docstring(cls) is None:
            missing.append(cls.name)
        for index, stmt in enumerate(cls.body):
            if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
                if not (docstring_after(cls.body, index) or "").strip():
                    missing.append(f"{cls.name}.{stmt.target.id}")
    assert missing == []


@pytest.mark.parametrize("path", TYPE_MODULES, ids=module_id)
def test_functional_typeddict_keys_are_documented(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    missing: list[str] = []
    for index, stmt in enumerate(tree.body):
        if not (isinstance(stmt, ast.Assign) and isinstance(stmt.value, ast.Call)):
            continue
        call = stmt.value
        if not (isinstance(call.func, ast.Name) and call.func.id == "TypedDict"):
            continue
        fields = call.args[1]
        assert isinstance(fields, ast.Dict)
        doc = docstring_after(tree.body, index) or ""
        for key in fields.keys:
            assert isinstance(key, ast.Constant) and isinstance(key.value, str)
            if f"`{key.value}`" not in doc:
                missing.append(f"{ast.unparse(stmt.targets[0])}[{key.value!r}]")
    assert missing == []


@pytest.mark.parametrize("path", MODULES, ids=module_id)
def test_every_public_name_has_a_docstring(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    assert ast.get_docstring(tree), f"{module_id(path)} has no module docstring"
    missing: list[str] = []
    for index, node in enumerate(tree.body):
        if isinstance(node, (ast.ClassDef, ast.FunctionDef)) and not node.name.startswith("_"):
            if ast.get_docstring(node) is None:
                missing.append(node.name)
            if isinstance(node, ast.ClassDef):
                methods = [member for member in node.body if isinstance(member, ast.FunctionDef)]
                for method in methods:
                    if not method.name.startswith("_") and ast.get_docstring(method) is None:
                        missing.append(f"{node.name}.{method.name}")
        elif isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            name = node.targets[0].id
            if not name.startswith("_") and name != "__all__" and name.upper() != name:
                if docstring_after(tree.body, index) is None:
                    missing.append(name)
    assert missing == []
