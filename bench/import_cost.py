"""Import cost over a bare interpreter: ours against Powertools' data classes and aws-lambda-typing.

Each figure is measured inside a fresh interpreter (the interpreter's own start-up is excluded: the clock
starts after it), as the median of at least 15 fresh processes, the variants interleaved, with bytecode
caches in place as in a deployed function. Creating any TypedDict needs `typing`, whose own import is most of
the cost of one source from a bare interpreter: the rows marked "typing loaded" show what we add on top. Our rows are also
measured on every other CPython that `make runtime-matrix` set up (`.venv-3.X`), because from Python 3.12 on
the types need no `typing_extensions`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from _harness import Measurement, Section, compare_commands, format_seconds, machine_label

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = 21

# A label starting with "typing loaded:" is measured in an interpreter that imported `typing` before the
# clock started: what the statement itself adds wherever something else already needed `typing`.
TYPING_LOADED = "typing loaded: "
OURS = [
    ("import lambda_events", "import lambda_events"),
    ("from lambda_events import SQSEventDict", "from lambda_events import SQSEventDict"),
    (f"{TYPING_LOADED}from lambda_events import SQSEventDict", "from lambda_events import SQSEventDict"),
    ("import typing (the floor of any TypedDict)", "import typing"),
    (
        "every type of lambda_events",
        "import lambda_events as m\nfor n in m.__all__:\n    n.endswith('Dict') and getattr(m, n)",
    ),
    (
        "every helper of lambda_events",
        "import lambda_events as m\nfor n in m.__all__:\n    n.endswith('Dict') or getattr(m, n)",
    ),
]
OTHERS = [
    ("Powertools: from ...data_classes import SQSEvent", "from aws_lambda_powertools.utilities.data_classes import SQSEvent"),
    ("aws-lambda-typing: from ...events import SQSEvent", "from aws_lambda_typing.events import SQSEvent"),
    ("typing_extensions alone", "import typing_extensions"),
]


def timed(interpreter: str, label: str, statements: str) -> list[str]:
    """A command that prints how long `statements` took in a fresh `interpreter`."""
    setup = "import typing\n" if label.startswith(TYPING_LOADED) else ""
    code = f"{setup}import time\n_start = time.perf_counter()\n{statements}\nprint(time.perf_counter() - _start)"
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


def table(rows: list[tuple[str, list[Measurement]]]) -> str:
    """One Markdown table of every interpreter's rows."""
    lines = ["| Python | import | median over a bare interpreter |", "|---|---|---:|"]
    for version, measurements in rows:
        lines += [f"| {version} | `{m.label}` | {format_seconds(m.seconds)} |" for m in measurements]
    return "\n".join(lines) + "\n"


def main() -> Section:
    """Measure every variant; return the Markdown section."""
    running = f"{sys.version_info.major}.{sys.version_info.minor}"
    here = compare_commands(
        [(label, timed(sys.executable, label, code)) for label, code in OURS + OTHERS], rounds=ROUNDS
    )
    rows = [(running, here)]
    for version, interpreter in other_interpreters():
        rows.append((version, compare_commands([(label, timed(interpreter, label, code)) for label, code in OURS], rounds=ROUNDS)))
    powertools = next(m for m in here if m.label.startswith("Powertools"))
    ours_one = next(m for m in here if m.label.startswith("from lambda_events import"))
    return Section(
        "### Import cost\n\n"
        f"Median of {ROUNDS} fresh interpreters each, start-up excluded. Measured with {machine_label()}.\n\n"
        + table(rows)
        + f"\nOne source of ours costs {ours_one.seconds / powertools.seconds:.2f}x Powertools' SQS data class "
        f"import on Python {running}.\n",
        [("import one source: Powertools / ours", powertools.seconds / ours_one.seconds)],
    )


if __name__ == "__main__":
    print(main().markdown)
