"""Import cost over a bare interpreter: ours against Powertools' data classes and aws-lambda-typing.

Each figure is measured inside a fresh interpreter (the interpreter's own start-up is excluded: the clock,
CPU time of the process, starts after it), as the median of at least 15 fresh processes, the variants
interleaved, with bytecode caches in place as in a deployed function. Creating any TypedDict needs
`typing`, whose own import is most of the cost of one source from a bare interpreter: the rows marked
"typing loaded" show what we add on top. Our rows and aws-lambda-typing's (a pure-Python package, put on
`PYTHONPATH` for the other interpreters) are measured on every CPython that `make runtime-matrix` set up
(`.venv-3.X`), because from Python 3.12 on our types need no `typing_extensions`: one table per Python.
A last table imports the package from a fresh copy without `__pycache__` and with bytecode writing off, as
a Lambda zip shipped without bytecode does at every cold start, next to an empty package (the import
system's own cost of compiling any source module).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from _harness import Measurement, Section, compare_commands, format_seconds, machine_label

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = 21

def modules_of(package: str) -> list[str]:
    """The dotted names of the public modules of `lambda_events.<package>` in this checkout."""
    directory = ROOT / "src" / "lambda_events" / package
    return [f"lambda_events.{package}.{path.stem}" for path in sorted(directory.glob("*.py")) if not path.stem.startswith("_")]


# A label starting with "typing loaded:" is measured in an interpreter that imported `typing` before the
# clock started: what the statement itself adds wherever something else already needed `typing`.
TYPING_LOADED = "typing loaded: "
OURS = [
    ("import lambda_events", "import lambda_events"),
    ("from lambda_events import SQSEventDict", "from lambda_events import SQSEventDict"),
    (f"{TYPING_LOADED}from lambda_events import SQSEventDict", "from lambda_events import SQSEventDict"),
    ("import typing (the floor of any TypedDict)", "import typing"),
    ("every module of lambda_events.types", "\n".join(f"import {name}" for name in modules_of("types"))),
    ("every module of lambda_events.helpers", "\n".join(f"import {name}" for name in modules_of("helpers"))),
]
ALTERNATIVE = ("aws-lambda-typing: from ...events import SQSEvent", "from aws_lambda_typing.events import SQSEvent")
OTHERS = [
    ("Powertools: from ...data_classes import SQSEvent", "from aws_lambda_powertools.utilities.data_classes import SQSEvent"),
    ALTERNATIVE,
    ("typing_extensions alone", "import typing_extensions"),
]


def timed(interpreter: str, label: str, statements: str) -> list[str]:
    """A command that prints how long `statements` took in a fresh `interpreter`."""
    setup = "import typing\n" if label.startswith(TYPING_LOADED) else ""
    code = f"{setup}import time\n_start = time.process_time()\n{statements}\nprint(time.process_time() - _start)"
    return [interpreter, "-c", code]


def other_interpreters() -> list[tuple[str, str]]:
    """(version, python) of each `.venv-3.X` that exists, besides the one running this script."""
    running = f"{sys.version_info.major}.{sys.version_info.minor}"
    found = []
    for venv in sorted(ROOT.glob(".venv-3.*"), key=lambda path: int(path.name.split(".")[-1])):
        version = venv.name.removeprefix(".venv-")
        if version != running and (venv / "bin" / "python").exists():
            found.append((version, str(venv / "bin" / "python")))
    return found


def table(version: str, measurements: list[Measurement]) -> str:
    """The Markdown table of one interpreter's rows."""
    lines = [f"#### Python {version}", "", "| import | median over a bare interpreter |", "|---|---:|"]
    lines += [f"| `{m.label}` | {format_seconds(m.seconds)} |" for m in measurements]
    return "\n".join(lines) + "\n"


def without_bytecode(interpreters: list[tuple[str, str]], scratch: Path) -> str:
    """`import lambda_events` from a fresh copy with no `__pycache__`, bytecode writing off, per Python."""
    copy = scratch / "fresh"
    shutil.copytree(ROOT / "src" / "lambda_events", copy / "lambda_events", ignore=shutil.ignore_patterns("__pycache__"))
    empty = scratch / "empty" / "lambda_events"
    empty.mkdir(parents=True)
    (empty / "__init__.py").write_text('"""An empty package."""\n', encoding="utf-8")
    lines = ["| Python | import, no `__pycache__` | median |", "|---|---|---:|"]
    for version, interpreter in interpreters:
        command = timed(interpreter, "", "import lambda_events")
        rows = [("lambda_events", copy), ("an empty package (the floor)", empty.parent)]
        for label, path in rows:
            (measurement,) = compare_commands(
                [(label, command)], rounds=ROUNDS, environment={"PYTHONDONTWRITEBYTECODE": "1", "PYTHONPATH": str(path)}
            )
            lines.append(f"| {version} | `import lambda_events`: {label} | {format_seconds(measurement.seconds)} |")
    return "\n".join(lines) + "\n"


def main() -> Section:
    """Measure every variant; return the Markdown section."""
    import aws_lambda_typing

    running = f"{sys.version_info.major}.{sys.version_info.minor}"
    here = compare_commands(
        [(label, timed(sys.executable, label, code)) for label, code in OURS + OTHERS], rounds=ROUNDS
    )
    sections = [table(running, here)]
    interpreters = [(running, sys.executable), *other_interpreters()]
    with tempfile.TemporaryDirectory() as temporary:
        scratch = Path(temporary)
        alternative = scratch / "alternative"
        shutil.copytree(Path(aws_lambda_typing.__file__).parent, alternative / "aws_lambda_typing")
        for version, interpreter in interpreters[1:]:
            ours = compare_commands([(label, timed(interpreter, label, code)) for label, code in OURS], rounds=ROUNDS)
            label, code = ALTERNATIVE
            (theirs,) = compare_commands(
                [(label, timed(interpreter, label, code))], rounds=ROUNDS, environment={"PYTHONPATH": str(alternative)}
            )
            sections.append(table(version, [*ours, theirs]))
        by_version = sorted(interpreters, key=lambda pair: tuple(int(part) for part in pair[0].split(".")))
        sections.append(without_bytecode(by_version, scratch))
    powertools = next(m for m in here if m.label.startswith("Powertools"))
    ours_one = next(m for m in here if m.label.startswith("from lambda_events import"))
    return Section(
        "### Import cost\n\n"
        f"CPU time, median of {ROUNDS} fresh interpreters each, start-up excluded. Measured with {machine_label()}.\n\n"
        + "\n".join(sections)
        + f"\nOne source of ours costs {ours_one.seconds / powertools.seconds:.2f}x Powertools' SQS data class "
        f"import on Python {running}.\n",
        [("import one source: Powertools / ours", powertools.seconds / ours_one.seconds)],
    )


if __name__ == "__main__":
    print(main().markdown)
