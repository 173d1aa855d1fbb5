"""Write every list of sources and names from the tables they come from.

Two sources of truth: the registry `src/lambda_events/_sources.py` (a row per event source and per types
module) and the literal `__all__` of every public module of `lambda_events.types` and `lambda_events.helpers`.
This script reads them without importing the package's modules (the registry is plain data) and writes, between
`begin generated` / `end generated` markers or as whole generated files:

- `lambda_events/__init__.py`: the compact name-to-module table the lazy `__getattr__` reads;
- the stubs type checkers and editors read (`lambda_events/__init__.pyi`, a `.pyi` beside every types module and
  every public helper module): see `scripts/generate_stubs.py`;
- `lambda_events/helpers/detection.py`: `EventSource`, `EVENT_SOURCE_TYPE_NAMES` and the `is_<source>_event`
  guards;
- each types module: its sources' handler aliases;
- `lambda_events/testing/__init__.py`: the re-exports of the factories;
- the README's and the docs' tables of sources, the docs navigation, and each source page's table of source
  ids, guards, handler aliases and factories.

Usage: `python scripts/generate_exports.py` rewrites what is stale; `--check` exits 1 and names the stale files.
A name exported by two modules, or a registry row whose module, type or factory does not exist, is an error.
"""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE_DIR = ROOT / "src" / "lambda_events"
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from lambda_events._sources import MODULES, SOURCES, Source  # noqa: E402  (plain data: creates no TypedDict)
from scripts.generate_stubs import wanted_stubs  # noqa: E402

EXPORTING_PACKAGES = ("types", "helpers")
INIT_FILE = PACKAGE_DIR / "__init__.py"
DETECTION_FILE = PACKAGE_DIR / "helpers" / "detection.py"
TESTING_INIT_FILE = PACKAGE_DIR / "testing" / "__init__.py"
GUARD_NARROWING_FILE = ROOT / "typecheck" / "pass" / "guard_narrowing.py"
README_FILE = ROOT / "README.md"
STUBTEST_ALLOWLIST_FILE = ROOT / "typecheck" / "stubtest_allowlist.txt"
DOCS_INDEX_FILE = ROOT / "docs" / "sources" / "index.md"
MKDOCS_FILE = ROOT / "mkdocs.yml"
GENERATED = "(scripts/generate_exports.py)"
MAX_LINE = 120  # the longest line generated code may have, as in the hand-written code


def begin(region: str, comment: str = "#") -> str:
    """The line that opens a generated region."""
    return f"{comment} --- begin generated {region} {GENERATED} ---\n"


def end(region: str, comment: str = "#") -> str:
    """The line that closes a generated region."""
    return f"{comment} --- end generated {region} ---\n"


def html_markers(region: str) -> tuple[str, str]:
    """A region's markers in Markdown (HTML comments)."""
    return f"<!-- begin generated {region} {GENERATED} -->\n", f"<!-- end generated {region} -->\n"


def replace_region(text: str, markers: tuple[str, str], body: str, path: Path) -> str:
    """`text` with what lies between the two marker lines replaced by `body`."""
    opening, closing = markers
    if opening not in text or closing not in text:
        raise SystemExit(f"{path}: markers of a generated region are missing: {opening.strip()}")
    start = text.index(opening) + len(opening)
    return text[:start] + body + text[text.index(closing, start) :]


# --- Reading the modules ------------------------------------------------------------------------------------


def module_exports(path: Path) -> list[str]:
    """The names in the literal `__all__` of the module at `path`, `+=` extensions included."""
    names: list[str] = []
    for node in ast.parse(path.read_text(encoding="utf-8"), filename=str(path)).body:
        target = node.targets[0] if isinstance(node, ast.Assign) and len(node.targets) == 1 else None
        if isinstance(node, ast.AugAssign):
            target = node.target
        if isinstance(target, ast.Name) and target.id == "__all__":
            value = ast.literal_eval(node.value)  # type: ignore[attr-defined]
            if not isinstance(value, list) or not all(isinstance(name, str) for name in value):
                raise SystemExit(f"{path}: __all__ must be a literal list of strings")
            names.extend(value)
    return names


def collect_exports() -> dict[str, str]:
    """Map every public name of `lambda_events` to the dotted name of the module that defines it."""
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
    return dict(sorted(module_of.items(), key=lambda item: item[0]))


def check_registry(module_of: dict[str, str]) -> None:
    """Fail on a registry row that names what does not exist."""
    modules = {module.name for module in MODULES}
    ids = [source.id for source in SOURCES]
    if len(set(ids)) != len(ids):
        raise SystemExit("_sources.py: a source id appears twice")
    for source in SOURCES:
        if source.module not in modules:
            raise SystemExit(f"_sources.py: {source.id}: module {source.module!r} has no MODULES row")
        if not (source.id == source.module or source.id.startswith(source.module + "_")):
            raise SystemExit(f"_sources.py: {source.id}: a source id is its module's name or starts with it")
        if module_of.get(source.event) != f"lambda_events.types.{source.module}":
            raise SystemExit(f"_sources.py: {source.id}: {source.event} is not exported by types.{source.module}")
        factories = module_exports(PACKAGE_DIR / "testing" / f"{source.module}.py")
        if source.factory not in factories:
            raise SystemExit(f"_sources.py: {source.id}: testing.{source.module} does not export {source.factory}")
    for module in MODULES:
        for name in module.root_types:
            if module_of.get(name) != f"lambda_events.types.{module.name}":
                raise SystemExit(f"_sources.py: {module.name}: root type {name} is not exported by that module")


# --- The package root ---------------------------------------------------------------------------------------


def by_module(module_of: dict[str, str]) -> dict[str, list[str]]:
    """The exported names grouped by their module, both sorted."""
    grouped: dict[str, list[str]] = {}
    for name, module_name in module_of.items():
        grouped.setdefault(module_name, []).append(name)
    return dict(sorted(grouped.items()))


def render_runtime_table(module_of: dict[str, str]) -> str:
    """The compact table of `__init__.py`: each module's names, space-separated, one string per module."""
    lines = ["_NAMES_BY_MODULE = (\n"]
    for module_name, names in by_module(module_of).items():
        short = module_name.removeprefix("lambda_events.")
        lines.append(f'    ("{short}", "{" ".join(names)}"),\n')
    lines.append(")\n")
    return "".join(lines)


# --- Detection ------------------------------------------------------------------------------------------------


def render_source_ids() -> str:
    """`EventSource`, `EVENT_SOURCE_TYPE_NAMES` and the type-checking imports the guards need."""
    lines = ["if TYPE_CHECKING:\n"]
    for module in MODULES:
        events = sorted({source.event for source in SOURCES if source.module == module.name})
        if events:
            lines.append(f"    from lambda_events.types.{module.name} import {', '.join(events)}\n")
    lines.append("\n__all__ = [\n")
    names = ["EVENT_SOURCE_TYPE_NAMES", "EventSource", "detect_event_source"] + [guard(s) for s in SOURCES]
    lines.extend(f'    "{name}",\n' for name in sorted(names))
    lines.append("]\n\nEventSource = Literal[\n")
    lines.extend(f'    "{source.id}",\n' for source in SOURCES)
    lines.append("]\n")
    lines.append('"""One id per kind of event a Lambda function receives; `EVENT_SOURCE_TYPE_NAMES` gives its type."""\n')
    lines.append("\nEVENT_SOURCE_TYPE_NAMES: Mapping[EventSource, str] = MappingProxyType(\n    {\n")
    lines.extend(f'        "{source.id}": "{source.event}",\n' for source in SOURCES)
    lines.append("    }\n)\n")
    lines.append('"""The name, in `lambda_events`, of the type of each source\'s event (read-only)."""\n')
    return "".join(lines)


def guard(source: Source) -> str:
    """The name of a source's type guard."""
    return f"is_{source.id}_event"


def render_guards() -> str:
    """One `TypeIs` guard per source: detection's answer compared with that source."""
    titles = {module.name: module.title for module in MODULES}
    chunks = []
    for source in SOURCES:
        chunks.append(
            f"def {guard(source)}(event: object) -> TypeIs[{source.event}]:\n"
            f'    """Whether `event` is a `{source.event}` ({titles[source.module]}, source `"{source.id}"`)."""\n'
            f'    return detect_event_source(event) == "{source.id}"\n'
        )
    return "\n\n".join(chunks)


def render_guard_narrowing() -> str:
    """`typecheck/pass/guard_narrowing.py`'s body: each guard narrows an `object` to its source's type."""
    events = sorted({source.event for source in SOURCES})
    lines = ["from lambda_events import (\n"]
    lines.extend(f"    {name},\n" for name in sorted([*events, *(guard(source) for source in SOURCES)]))
    lines.append(")\n\n\ndef every_guard_narrows(event: object) -> None:\n")
    for source in SOURCES:
        lines.append(f"    if {guard(source)}(event):\n        assert_type(event, {source.event})\n")
    return "".join(lines)


# --- Handler aliases, in each types module ----------------------------------------------------------------


# The generic types of `typing` a handler's return annotation may use.
TYPING_NAMES = ("Any", "Optional", "Union", "Mapping", "Sequence")


def render_handlers(module: str, module_of: dict[str, str]) -> str:
    """The handler aliases of the sources a types module types, with the imports they need (a return type of
    another module is imported for the type checkers only)."""
    sources = [source for source in SOURCES if source.module == module]
    foreign: dict[str, set[str]] = {}
    for source in sources:
        for name in re.findall(r'"(\w+)"', source.returns):
            if module_of[name] != f"lambda_events.types.{module}":
                foreign.setdefault(module_of[name], set()).add(name)
    used = {name for source in sources for name in TYPING_NAMES if re.search(rf"\b{name}\b", source.returns)}
    lines = [
        f"from typing import {', '.join(sorted({'TYPE_CHECKING', 'Callable'} | used))}\n",
        "\n",
        "if TYPE_CHECKING:\n",
        "    from lambda_events.types.context import LambdaContext\n",
    ]
    for other, names in sorted(foreign.items()):
        lines.append(f"    from {other} import {', '.join(sorted(names))}\n")
    lines.append("\n")
    for source in sources:
        # A generic event is named unquoted, parameterised, so that the alias is generic at run time too (the
        # types module defines the event above the generated region).
        event = f"{source.event}[{source.event_parameter}]" if source.event_parameter else f'"{source.event}"'
        alias = f'{source.handler} = Callable[[{event}, "LambdaContext"], {source.returns}]\n'
        if len(alias) > MAX_LINE:
            alias = f'{source.handler} = Callable[\n    [{event}, "LambdaContext"],\n    {source.returns},\n]\n'
        lines.append(alias)
        lines.append(f'"""{source.handler_doc}"""\n\n')
    lines.append("__all__ += [" + ", ".join(f'"{source.handler}"' for source in sources) + "]\n")
    return "".join(lines)


# --- The factories --------------------------------------------------------------------------------------------


def render_testing_exports() -> str:
    """The re-exports of `lambda_events.testing`: every public name of its per-source modules and helpers."""
    lines = []
    exported: list[str] = []
    for path in sorted((PACKAGE_DIR / "testing").glob("*.py")):
        if path.name.startswith("_"):
            continue
        names = sorted(module_exports(path))
        exported.extend(names)
        if names:
            lines.append(f"from lambda_events.testing.{path.stem} import (\n")
            lines.extend(f"    {name} as {name},\n" for name in names)
            lines.append(")\n")
    lines.append("\n__all__ = [\n")
    lines.extend(f'    "{name}",\n' for name in sorted(exported))
    lines.append("]\n")
    return "".join(lines)


# --- Documentation tables -----------------------------------------------------------------------------------


def groups() -> dict[str, list[str]]:
    """The docs groups, in registry order, with their modules."""
    grouped: dict[str, list[str]] = {}
    for module in MODULES:
        grouped.setdefault(module.group, []).append(module.name)
    return grouped


def code_list(names: Iterable[str]) -> str:
    """Names as a comma-separated list of code spans."""
    return ", ".join(f"`{name}`" for name in names)


def render_readme_table(module_of: dict[str, str]) -> str:
    """The README's table of sources, after a line counting the modules, the kinds of event and the types."""
    types = [name for name, module in module_of.items() if module.startswith("lambda_events.types.")]
    lines = [
        f"{len(MODULES)} source modules, {len(SOURCES)} kinds of event, {len(types)} public types "
        "(TypedDicts, their unions and `Literal`s, handler aliases).\n\n",
        "| source | root types |\n",
        "|---|---|\n",
    ]
    for module in MODULES:
        lines.append(f"| [{module.title}](docs/sources/{module.name}.md) | {code_list(module.root_types)} |\n")
    return "".join(lines)


def render_docs_index() -> str:
    """The docs' index of source pages, by group."""
    by_name = {module.name: module for module in MODULES}
    lines = []
    for group, names in groups().items():
        lines.append(f"\n## {group}\n\n| source | root types |\n|---|---|\n")
        for name in names:
            module = by_name[name]
            lines.append(f"| [{module.title}]({name}.md) | {code_list(module.root_types)} |\n")
    return "".join(lines) + "\n"


def render_nav() -> str:
    """The source pages in the docs navigation, by group."""
    by_name = {module.name: module for module in MODULES}
    lines = []
    for group, names in groups().items():
        lines.append(f'      - "{group}":\n')
        lines.extend(f'          - "{by_name[name].title}": sources/{name}.md\n' for name in names)
    return "".join(lines)


def render_source_tools(module: str) -> str:
    """A source page's table: each source id of the module with its type, guard, handler alias and factory."""
    lines = [
        "## Detection, handler aliases and test events\n\n",
        "| source id | type | type guard | handler alias | test event |\n",
        "|---|---|---|---|---|\n",
    ]
    for source in SOURCES:
        if source.module != module:
            continue
        lines.append(
            f"| `{source.id}` | `{source.event}` "
            f"| [`{guard(source)}`][lambda_events.helpers.detection.{guard(source)}] "
            f"| [`{source.handler}`][lambda_events.types.{module}.{source.handler}] "
            f"| [`{source.factory}`][lambda_events.testing.{module}.{source.factory}] |\n"
        )
    return "".join(lines)


# --- Putting it together --------------------------------------------------------------------------------------


def wanted_files() -> dict[Path, str]:
    """Every generated file's wanted text, keyed by path."""
    module_of = collect_exports()
    check_registry(module_of)
    files: dict[Path, str] = {}

    def region(path: Path, markers: tuple[str, str], body: str) -> None:
        if not path.exists():
            raise SystemExit(f"{path.relative_to(ROOT)} is missing: a registry row needs it (docs/contributing.md)")
        current = files.get(path, path.read_text(encoding="utf-8"))
        files[path] = replace_region(current, markers, body, path)

    region(INIT_FILE, (begin("name table"), end("name table")), render_runtime_table(module_of))
    types_modules = [f"lambda_events.types.{module.name}" for module in MODULES]
    files.update(wanted_stubs(PACKAGE_DIR, types_modules, module_of, STUBTEST_ALLOWLIST_FILE))
    region(DETECTION_FILE, (begin("source ids"), end("source ids")), render_source_ids())
    region(DETECTION_FILE, (begin("guards"), end("guards")), "\n\n" + render_guards() + "\n\n")
    for module in MODULES:
        path = PACKAGE_DIR / "types" / f"{module.name}.py"
        region(path, (begin("handler aliases"), end("handler aliases")), render_handlers(module.name, module_of))
        page = ROOT / "docs" / "sources" / f"{module.name}.md"
        region(page, html_markers("source tools"), render_source_tools(module.name))
    region(GUARD_NARROWING_FILE, (begin("guard checks"), end("guard checks")), render_guard_narrowing())
    region(TESTING_INIT_FILE, (begin("factory exports"), end("factory exports")), render_testing_exports())
    region(README_FILE, html_markers("sources table"), render_readme_table(module_of))
    region(DOCS_INDEX_FILE, html_markers("sources index"), render_docs_index())
    region(MKDOCS_FILE, (begin("source pages"), end("source pages")), render_nav())
    return files


def stale_files(write: bool) -> list[Path]:
    """The generated files that differ from what they should be; with `write`, rewrite them."""
    stale = []
    for path, wanted in wanted_files().items():
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current != wanted:
            stale.append(path)
            if write:
                path.write_text(wanted, encoding="utf-8")
    return stale


def main(argv: list[str]) -> int:
    """Rewrite the generated files, or with `--check` report those that are stale.

    Rewriting runs until nothing changes: the guards written into `detection.py` are themselves exports that
    the package's name tables list.
    """
    if "--check" not in argv:
        for _ in range(3):
            if not stale_files(write=True):
                return 0
        raise SystemExit("generated files did not settle after three passes")
    stale = stale_files(write=False)
    if stale:
        names = ", ".join(str(path.relative_to(ROOT)) for path in stale)
        print(f"generated files are out of date: {names}; run `make exports`", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
