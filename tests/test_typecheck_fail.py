"""Code in `typecheck/fail/` must be rejected by both mypy and pyright, on exactly the marked lines, with
exactly the marked error codes.

A line that must be reported ends with `# expect-error: mypy[CODES] pyright[RULES]` (comma-separated). Each
checker must report every marked line with those codes and nothing else, which proves the types are precise
(not `Any` in disguise) and that the misuse itself is the error, not something next to it.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FAIL_DIR = ROOT / "typecheck" / "fail"
FAIL_FILES = sorted(FAIL_DIR.glob("*.py"))
BIN_DIR = Path(sys.executable).parent
MARKER = re.compile(r"# expect-error: mypy\[(?P<mypy>[\w,-]+)\] pyright\[(?P<pyright>\w[\w,]*)\]$")
MYPY_ERROR = re.compile(r"^(?P<file>[^:]+\.py):(?P<line>\d+): error: .*\[(?P<code>[\w-]+)\]$")

Locations = set[tuple[str, int, str]]
"""(file name, line number, error code) triples."""


def expected_errors(checker: str) -> Locations:
    """Every (file name, line number, code) a marker expects from `checker` (`mypy` or `pyright`)."""
    expected: Locations = set()
    for path in FAIL_FILES:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            found = MARKER.search(line.rstrip())
            if found:
                expected.update((path.name, number, code) for code in found[checker].split(","))
            else:
                assert "expect-error" not in line, f"{path.name}:{number}: malformed marker"
    return expected


def mypy_errors() -> Locations:
    """Lines mypy --strict reports as errors."""
    result = subprocess.run(
        [str(BIN_DIR / "mypy"), "--strict", "--no-incremental", *map(str, FAIL_FILES)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    found = {
        (Path(match["file"]).name, int(match["line"]), match["code"])
        for match in map(MYPY_ERROR.match, result.stdout.splitlines())
        if match
    }
    assert found or result.returncode == 0, result.stdout + result.stderr
    reported = [line for line in result.stdout.splitlines() if ": error: " in line]
    assert len(reported) == len([line for line in reported if MYPY_ERROR.match(line)]), "an error without a code"
    return found


def pyright_errors() -> Locations:
    """Lines pyright (strict, from pyproject.toml) reports as errors."""
    result = subprocess.run(
        [str(BIN_DIR / "pyright"), "--outputjson", *map(str, FAIL_FILES)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    report = json.loads(result.stdout)
    return {
        (Path(diagnostic["file"]).name, diagnostic["range"]["start"]["line"] + 1, diagnostic.get("rule", "none"))
        for diagnostic in report["generalDiagnostics"]
        if diagnostic["severity"] == "error"
    }


def test_there_are_failing_cases_for_every_source() -> None:
    assert len(FAIL_FILES) >= 4
    marked_files = {name for name, _, _ in expected_errors("mypy")}
    assert marked_files == {path.name for path in FAIL_FILES}


@pytest.mark.parametrize(("name", "checker"), [("mypy", mypy_errors), ("pyright", pyright_errors)], ids=["mypy", "pyright"])
def test_checker_reports_exactly_the_marked_lines_and_codes(name: str, checker: Callable[[], Locations]) -> None:
    found = checker()
    expected = expected_errors(name)
    assert sorted(expected - found) == [], "marked errors the checker did not report"
    assert sorted(found - expected) == [], "errors the checker reported without a marker"
