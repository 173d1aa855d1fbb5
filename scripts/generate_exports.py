"""Write the lazy re-export block of `src/lambda_events/__init__.py` from the modules' `__all__`.

Every module under `lambda_events/types/` and `lambda_events/helpers/` declares its public names in a
literal `__all__`. This script reads them (without importing anything) and rewrites the part of
`__init__.py` between the markers: static imports for type checkers and editors, the `__all__` list, and the
name-to-module table that the module `__getattr__` uses to import a source's module on first use.

Usage: `python scripts/generate_exports.py` rewrites the file; `--check` exits 1 if it is out of date.
Two names exported by two modules are an error.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent.parent / "src" / "lambda_events"
INIT_FILE = PACKAGE_DIR / "__init__.py"
EXPORTING_PACKAGES = ("types", "helpers")
BEGIN_MARKER = "# --- begin generated exports (scripts/generate_exports.py) ---\n"
END_MARKER = "# --- end generated exports ---\n"


def module_exports(path: Path) -> list[str]:
    """Return the names in the literal `__all__` of the module at `path` (empty when it has none)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "__all__" for target in node.targets
        ):
            names = ast.literal_eval(node.value)
            if not isinstance(names, list) or not all(isinstance(name, str) for name in names):
                raise SystemExit(f"{path}: __all__ must be a literal list of strings")
            return list(names)
    return []


def collect_exports() -> dict[str, str]:
    """Map every exported name to the dotted name of the module that defines it."""
    module_of: dict[str, str] = {}
    for package in EXPORTING_PACKAGES:
        for path in sorted((PACKAGE_DIR / package).glob("*.py")):
            if path.name.startswith("_"):
                continue
            module_name = f"lambda_events.{package}.{path.stem}"
            for name in module_exports(path):
                if name in module_of:
                    raise SystemExit(f"{name} is exported by both {module_of[name]} and {module_name}")
                module_of[name] = module_name
    return dict(sorted(module_of.items()))


def render_block(module_of: dict[str, str]) -> str:
    """Render the generated part of `__init__.py`."""
    lines = [BEGIN_MARKER, "if TYPE_CHECKING:\n"]
    by_module: dict[str, list[str]] = {}
    for name, module_name in module_of.items():
        by_module.setdefault(module_name, []).append(name)
    for module_name, names in sorted(by_module.items()):
        lines.append(f"    from {module_name} import (\n")
        lines.extend(f"        {name} as {name},\n" for name in names)
        lines.append("    )\n")
    lines.append("\n__all__ = [\n")
    lines.extend(f'    "{name}",\n' for name in module_of)
    lines.append("]\n\n_MODULE_OF = {\n")
    lines.extend(f'    "{name}": "{module_name}",\n' for name, module_name in module_of.items())
    lines.append("}\n")
    lines.append(END_MARKER)
    return "".join(lines)


def regenerate(text: str, block: str) -> str:
    """Return `text` with the part between the markers replaced by `block`."""
    start = text.index(BEGIN_MARKER)
    end = text.index(END_MARKER) + len(END_MARKER)
    return text[:start] + block + text[end:]


def main(argv: list[str]) -> int:
    """Rewrite `__init__.py`, or with `--check` report whether it is current."""
    current = INIT_FILE.read_text(encoding="utf-8")
    wanted = regenerate(current, render_block(collect_exports()))
    if "--check" in argv:
        if wanted != current:
            print(f"{INIT_FILE} is out of date: run `python scripts/generate_exports.py`", file=sys.stderr)
            return 1
        return 0
    if wanted != current:
        INIT_FILE.write_text(wanted, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
