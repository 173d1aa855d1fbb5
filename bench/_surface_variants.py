"""Build alternative public surfaces of lambda-events in a temporary directory, for the static-cost bench.

Each builder receives a fresh copy of `src/lambda_events` (in `<site>/lambda_events`) and rewrites it into
one candidate design of the public surface; the package in `src/` is never touched. The candidates are the
ones issue 16 asks to compare: today's package, a root `__init__.pyi`, stubs for the helpers, a root that
re-exports only the types, per-source public modules, and one flat root stub.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

SOURCE = Path(__file__).resolve().parent.parent / "src" / "lambda_events"

# The public module each measured source would get in the per-source design, and the helper modules whose
# names it would carry besides its types.
PER_SOURCE_HELPERS: dict[str, tuple[str, ...]] = {
    "sqs": ("sqs", "batch_responses"),
    "sns": ("sns",),
    "s3": ("s3",),
    "api_gateway": ("http", "http_responses"),
    "api_gateway_v2": ("http", "http_responses"),
    "dynamodb": ("dynamodb", "batch_responses"),
    "kinesis": ("kinesis", "batch_responses"),
    "eventbridge": (),
    "cognito": (),
    "alb": ("http", "http_responses"),
}


def _generated_block(package: Path) -> tuple[None, list[str], dict[str, str]]:
    """The public names of the package and the module defining each, read from every public module's
    `__all__` under `types/` and `helpers/` (what the generated root exports), whatever the root's layout."""
    table: dict[str, str] = {}
    for folder in ("types", "helpers"):
        for module in sorted((package / folder).glob("*.py")):
            if module.stem.startswith("_"):
                continue
            for node in ast.parse(module.read_text(encoding="utf-8")).body:
                if _assigns_all(node):
                    value = node.value if isinstance(node, (ast.Assign, ast.AugAssign)) else None
                    names = ast.literal_eval(value) if value is not None else []
                    table.update(dict.fromkeys(names, f"lambda_events.{folder}.{module.stem}"))
    return None, sorted(table), table


def _assigns_all(node: ast.stmt) -> bool:
    """Whether a statement sets or extends `__all__` (`__all__ = [...]`, `__all__ += [...]`)."""
    if isinstance(node, ast.Assign):
        return any(isinstance(target, ast.Name) and target.id == "__all__" for target in node.targets)
    return isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name) and node.target.id == "__all__"


def _import_statements(table: dict[str, str], names: list[str]) -> str:
    """`from module import (name as name, ...)` statements for `names`, grouped by module."""
    by_module: dict[str, list[str]] = {}
    for name in names:
        by_module.setdefault(table[name], []).append(name)
    lines = []
    for module in sorted(by_module):
        members = "".join(f"    {name} as {name},\n" for name in sorted(by_module[module]))
        lines.append(f"from {module} import (\n{members})\n")
    return "".join(lines)


def _write_root_stub(package: Path, names: list[str], table: dict[str, str]) -> None:
    """A root `__init__.pyi` re-exporting `names` from their modules."""
    body = _import_statements(table, names)
    listing = "".join(f"    {name!r},\n" for name in names)
    (package / "__init__.pyi").write_text(f"{body}\n__all__ = [\n{listing}]\n", encoding="utf-8")


def compact_runtime_init(table: dict[str, str]) -> str:
    """The runtime `__init__.py` of the proposed design: one string per module, split on first use."""
    by_module: dict[str, list[str]] = {}
    for name, module in table.items():
        by_module.setdefault(module, []).append(name)
    rows = "".join(
        f"    {module.removeprefix('lambda_events.')!r}: {' '.join(sorted(names))!r},\n"
        for module, names in sorted(by_module.items())
    )
    return (
        '"""Every AWS Lambda event and response as a TypedDict, with thin runtime helpers."""\n\n'
        f"_NAMES_BY_MODULE = {{\n{rows}}}\n"
        "_MODULE_OF: dict = {}\n\n\n"
        "def __getattr__(name):\n"
        '    """Import the module that defines `name` on first use (PEP 562)."""\n'
        "    if not _MODULE_OF:\n"
        "        for module, names in _NAMES_BY_MODULE.items():\n"
        "            _MODULE_OF.update(dict.fromkeys(names.split(), module))\n"
        '    if name == "__all__":\n'
        "        value = sorted(_MODULE_OF)\n"
        "    elif name in _MODULE_OF:\n"
        '        value = getattr(__import__("lambda_events." + _MODULE_OF[name], fromlist=[name]), name)\n'
        "    else:\n"
        "        raise AttributeError(f\"module 'lambda_events' has no attribute {name!r}\")\n"
        "    globals()[name] = value\n"
        "    return value\n"
    )


def _is_type_name(table: dict[str, str], name: str) -> bool:
    return table[name].startswith("lambda_events.types.")


def today(package: Path) -> None:
    """a. The package as it is in this checkout (since issue 16: the flat root stub of f4, generated by
    `scripts/generate_stubs.py`, which grew out of `_flat_root` below)."""


def root_stub(package: Path) -> None:
    """b. A root `__init__.pyi` re-exporting every name; the runtime `__init__.py` a compact table."""
    _, names, table = _generated_block(package)
    _write_root_stub(package, names, table)
    (package / "__init__.py").write_text(compact_runtime_init(table), encoding="utf-8")


def root_stub_helper_stubs(package: Path) -> None:
    """c. b, plus a signatures-only `.pyi` (stubgen, no docstrings) beside every helper module."""
    root_stub(package)
    _stub_helpers(package)


def _stub_helpers(package: Path, *, docstrings: bool = False) -> None:
    helpers = package / "helpers"
    out = package.parent / "_stubgen"
    files = [str(path) for path in sorted(helpers.glob("*.py"))]
    options = ["--include-private", *(["--include-docstrings"] if docstrings else [])]
    subprocess.run(
        [str(Path(sys.executable).parent / "stubgen"), *options, "-o", str(out), *files],
        check=True,
        capture_output=True,
        cwd=package.parent,
    )
    for stub in out.rglob("*.pyi"):
        source = helpers / stub.with_suffix(".py").name
        (helpers / stub.name).write_text(_restore_private_aliases(stub.read_text(encoding="utf-8"), source))
    shutil.rmtree(out)


def _restore_private_aliases(stub: str, source: Path) -> str:
    """Put back the private type aliases (`_Effect = Literal[...]`) stubgen drops but signatures use."""
    defined = set(re.findall(r"^(\w+)\b", stub, flags=re.MULTILINE))
    aliases = [
        ast.unparse(node)
        for node in ast.parse(source.read_text(encoding="utf-8")).body
        if isinstance(node, ast.Assign)
        and isinstance(node.targets[0], ast.Name)
        and node.targets[0].id.startswith("_")
        and node.targets[0].id not in defined
        and re.search(rf"\b{node.targets[0].id}\b", stub)
    ]
    if not aliases:
        return stub
    lines = stub.splitlines()
    last_import = max((i for i, line in enumerate(lines) if line.startswith(("import ", "from "))), default=-1)
    aliases.insert(0, "from typing import Literal")
    return "\n".join([*lines[: last_import + 1], *aliases, *lines[last_import + 1 :]]) + "\n"


def types_only_root(package: Path) -> None:
    """d. A root `__init__.pyi` re-exporting only the types; helpers stay at `lambda_events.helpers...`."""
    _, names, table = _generated_block(package)
    _write_root_stub(package, [name for name in names if _is_type_name(table, name)], table)
    (package / "__init__.py").write_text(compact_runtime_init(table), encoding="utf-8")


def per_source_modules(package: Path) -> None:
    """e. `lambda_events.<source>` carries that source's types and helpers; the root exports nothing."""
    _, names, table = _generated_block(package)
    for source, helper_modules in PER_SOURCE_HELPERS.items():
        modules = {f"lambda_events.types.{source}", *(f"lambda_events.helpers.{m}" for m in helper_modules)}
        mine = [name for name in names if table[name] in modules]
        (package / f"{source}.py").write_text(_import_statements(table, mine), encoding="utf-8")
    (package / "__init__.py").write_text('"""Light root: import from lambda_events.<source>."""\n', encoding="utf-8")


def _flat_root(package: Path, *, docstrings: bool, helpers: bool) -> None:
    """A root `__init__.pyi` that defines every type itself (one module for the checkers), optionally
    re-exporting the helpers from their signatures-only stubs; `types/<module>.pyi` (and helper stubs)
    import the types from the root, so a type has one definition whichever path names it."""
    _, names, table = _generated_block(package)
    exported = names if helpers else [name for name in names if _is_type_name(table, name)]
    helper_imports = _import_statements(table, [name for name in exported if not _is_type_name(table, name)])
    listing = "".join(f"    {name!r},\n" for name in exported)
    text = _flatten_types(package, strip_docstrings=not docstrings)
    (package / "__init__.pyi").write_text(f"{text}\n{helper_imports}\n__all__ = [\n{listing}]\n", encoding="utf-8")
    (package / "__init__.py").write_text(compact_runtime_init(table), encoding="utf-8")
    for module in (package / "types").glob("*.py"):
        public = [name for name in names if table[name] == f"lambda_events.types.{module.stem}"]
        reexports = "".join(f"from lambda_events import {name} as {name}\n" for name in public)
        module.with_suffix(".pyi").write_text(reexports, encoding="utf-8")
    if helpers:
        _stub_helpers(package, docstrings=docstrings)
        for stub in (package / "helpers").glob("*.pyi"):
            text = re.sub(r"^from lambda_events\.types\.\w+ import", "from lambda_events import", stub.read_text(), flags=re.M)
            stub.write_text(text, encoding="utf-8")


def flat_types_stub(package: Path) -> None:
    """f1. One flat root `__init__.pyi` defining every type itself (no docstrings); helpers not exported."""
    _flat_root(package, docstrings=False, helpers=False)


def flat_types_stub_documented(package: Path) -> None:
    """f5. f1 keeping every docstring (editors show them on hover)."""
    _flat_root(package, docstrings=True, helpers=False)


def flat_stub_all_names(package: Path) -> None:
    """f2. f1, plus every helper name re-exported from signatures-only helper stubs: the full surface."""
    _flat_root(package, docstrings=False, helpers=True)


def flat_stub_with_docstrings(package: Path) -> None:
    """f4. f2 keeping every docstring, in the flat types and in the helper stubs."""
    _flat_root(package, docstrings=True, helpers=True)


def full_root_stripped_stubs(package: Path) -> None:
    """g. b (root `__init__.pyi` re-exporting every name), with a docstring-free `.pyi` beside every types
    module and a signatures-only `.pyi` beside every helper module. Editors still show the docstrings: they
    read them from the `.py` beside a stub that has none."""
    root_stub(package)
    _strip_type_modules(package)
    _stub_helpers(package)


def _root_through_shims(package: Path) -> None:
    """Root `__init__.pyi` importing every name from a tiny per-module shim stub, which imports it from its
    defining module. pyright parses and binds the direct imports of every file it binds, but not their
    imports until a name is looked up there: the root then costs it the shims, plus the modules used."""
    _, names, table = _generated_block(package)
    shims = package / "_shims"
    shims.mkdir()
    (shims / "__init__.pyi").write_text("", encoding="utf-8")
    by_module: dict[str, list[str]] = {}
    for name in names:
        by_module.setdefault(table[name], []).append(name)
    shim_of = {}
    for module, members in by_module.items():
        shim = module.removeprefix("lambda_events.").replace(".", "_")
        (shims / f"{shim}.pyi").write_text(_import_statements(table, members), encoding="utf-8")
        shim_of.update(dict.fromkeys(members, f"lambda_events._shims.{shim}"))
    listing = "".join(f"    {name!r},\n" for name in names)
    body = _import_statements(shim_of, names)
    (package / "__init__.pyi").write_text(f"{body}\n__all__ = [\n{listing}]\n", encoding="utf-8")
    (package / "__init__.py").write_text(compact_runtime_init(table), encoding="utf-8")


def shims_stripped_stubs(package: Path) -> None:
    """h. g, with the root importing through per-module shims (pyright parses only the modules used)."""
    _root_through_shims(package)
    _strip_type_modules(package)
    _stub_helpers(package)


def shims_documented_types(package: Path) -> None:
    """h2. The root through per-module shims; types stay the documented `.py`; helper stubs."""
    _root_through_shims(package)
    _stub_helpers(package)


def stripped_type_stubs(package: Path) -> None:
    """f3. d, with a docstring-free `.pyi` beside every types module (are docstrings a cost?)."""
    types_only_root(package)
    _strip_type_modules(package)


def _strip_type_modules(package: Path) -> None:
    for module in sorted((package / "types").glob("*.py")):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        _strip_docstrings(tree)
        module.with_suffix(".pyi").write_text(ast.unparse(tree) + "\n", encoding="utf-8")


def _strip_docstrings(tree: ast.AST) -> None:
    """Remove every string-literal statement (docstrings and attribute docstrings) from a module, in place."""
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list):
            kept = [
                statement
                for statement in body
                if not (
                    isinstance(statement, ast.Expr)
                    and isinstance(statement.value, ast.Constant)
                    and isinstance(statement.value.value, str)
                )
            ]
            setattr(node, "body", kept or [ast.Expr(ast.Constant(...))])


def _flatten_types(package: Path, *, strip_docstrings: bool) -> str:
    """Every type module (and the S3 detail-type literal) as one stub body, imports merged."""
    imported: dict[str, str] = {}
    statements: list[str] = []
    modules = [package / "_s3_detail_types.py", *sorted((package / "types").glob("*.py"))]
    for module in modules:
        if module.name == "__init__.py":
            continue
        tree = ast.parse(module.read_text(encoding="utf-8"))
        if strip_docstrings:
            _strip_docstrings(tree)
        for node in _stub_statements(tree.body):
            if isinstance(node, ast.ImportFrom):
                source = node.module or ""
                if source.startswith("lambda_events") and source != "lambda_events._typing":
                    continue
                for alias in node.names:
                    origin = "typing_extensions" if source in ("lambda_events._typing", "typing_extensions") else source
                    if alias.name != "TYPE_CHECKING" and imported.get(alias.name) != "typing_extensions":
                        imported[alias.name] = origin
            elif isinstance(node, ast.Import):
                statements.append(ast.unparse(node))
            elif _assigns_all(node):
                continue
            else:
                statements.append(ast.unparse(node))
    by_origin: dict[str, list[str]] = {}
    for name, origin in imported.items():
        by_origin.setdefault(origin, []).append(name)
    header = "".join(f"from {origin} import {', '.join(sorted(set(n)))}\n" for origin, n in sorted(by_origin.items()))
    return header + "\n" + "\n\n".join(statements) + "\n"


def _stub_statements(body: list[ast.stmt]) -> list[ast.stmt]:
    """Top-level statements as a checker sees them: `if TYPE_CHECKING:` blocks replaced by their body."""
    result: list[ast.stmt] = []
    for node in body:
        if isinstance(node, ast.If) and re.fullmatch(r"TYPE_CHECKING", ast.unparse(node.test)):
            result.extend(_stub_statements(node.body))
        else:
            result.append(node)
    return result


def folded_helper_stubs(package: Path) -> None:
    """i. This checkout's stubs with every helper stub's definitions moved into the root stub, and each helper
    stub reduced to `from lambda_events import X as X` lines: one module of ours for the checkers, whatever
    the handler imports (the types and helper names of the stubs do not collide, so nothing is renamed)."""
    root = package / "__init__.pyi"
    tree = ast.parse(root.read_text(encoding="utf-8"))
    kept = [node for node in tree.body if not (isinstance(node, ast.ImportFrom) and (node.module or "").startswith("lambda_events.helpers"))]
    imported = {alias.asname or alias.name for node in kept if isinstance(node, ast.ImportFrom) for alias in node.names}
    added_imports: list[ast.stmt] = []
    added: list[ast.stmt] = []
    for stub in sorted((package / "helpers").glob("*.pyi")):
        body = ast.parse(stub.read_text(encoding="utf-8")).body
        names: list[str] = []
        for node in body[1:] if body and isinstance(body[0], ast.Expr) else body:
            if _assigns_all(node):
                names = ast.literal_eval(node.value) if isinstance(node, ast.Assign) else []
            elif isinstance(node, ast.ImportFrom):
                fresh = [alias for alias in node.names if (alias.asname or alias.name) not in imported and node.module != "lambda_events"]
                if fresh:
                    added_imports.append(ast.ImportFrom(module=node.module, names=fresh, level=0))
                    imported.update(alias.asname or alias.name for alias in fresh)
            elif not isinstance(node, ast.Import):
                added.append(node)
        stub.write_text("".join(f"from lambda_events import {name} as {name}\n" for name in names), encoding="utf-8")
    docstring, rest = kept[:1], kept[1:]
    root.write_text(ast.unparse(ast.Module(body=[*docstring, *added_imports, *rest, *added], type_ignores=[])) + "\n", encoding="utf-8")


VARIANTS: dict[str, Callable[[Path], None]] = {
    "a. this checkout": today,
    "b. root __init__.pyi": root_stub,
    "c. b + helper stubs": root_stub_helper_stubs,
    "d. root exports types only": types_only_root,
    "e. per-source modules, light root": per_source_modules,
    "f1. flat types-only root stub": flat_types_stub,
    "f2. flat types + helper stubs root": flat_stub_all_names,
    "f5. f1 keeping docstrings": flat_types_stub_documented,
    "f3. d + docstring-free type stubs": stripped_type_stubs,
    "f4. f2 keeping docstrings": flat_stub_with_docstrings,
    "g. b + docstring-free type stubs + helper stubs": full_root_stripped_stubs,
    "h. g, root imports through per-module shims": shims_stripped_stubs,
    "h2. shims, documented .py types, helper stubs": shims_documented_types,
    "i. this checkout, helper signatures folded into the root stub": folded_helper_stubs,
}


def build(variant: str, site: Path) -> Path:
    """Copy `src/lambda_events` into `site` and rewrite it as `variant`; return the package directory. The
    checkout (and variant i, which rewrites its stubs) is copied with its generated stubs; every other variant
    starts from the `.py` files alone, as the package was before the stubs (variant a of the study, the
    package before the compact runtime table, is no longer reproduced)."""
    package = site / "lambda_events"
    ignored = ["__pycache__"] if VARIANTS[variant] in (today, folded_helper_stubs) else ["__pycache__", "*.pyi"]
    shutil.copytree(SOURCE, package, ignore=shutil.ignore_patterns(*ignored))
    VARIANTS[variant](package)
    return package
