"""Code in `typecheck/fail/` must be rejected by both mypy and pyright, on exactly the marked lines.

A line that must be reported ends with `# expect-error`. Each checker must report every marked line and no
other, which proves the types are precise (not `Any` in disguise) and that the misuse itself is the error.
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
MARKER = "# expect-error"
MYPY_ERROR = re.compile(r"^(?P<file>[^:]+\.py):(?P<line>\d+): error: ")

Locations = set[tuple[str, int]]


def expected_errors() -> Locations:
    """Every (file name, line number) marked with `# expect-error`."""
    return {
        (path.name, number)
        for path in FAIL_FILES
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if line.rstrip().endswith(MARKER)
    }


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
        (Path(match["file"]).name, int(match["line"]))
        for match in map(MYPY_ERROR.match, result.stdout.splitlines())
        if match
    }
    assert found or result.returncode == 0, result.stdout + result.stderr
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
        (Path(diagnostic["file"]).name, diagnostic["range"]["start"]["line"] + 1)
        for diagnostic in report["generalDiagnostics"]
        if diagnostic["severity"] == "error"
    }


def test_there_are_failing_cases_for_every_source() -> None:
    assert len(FAIL_FILES) >= 4
    marked_files = {name for name, _ in expected_errors()}
    assert marked_files == {path.name for path in FAIL_FILES}


@pytest.mark.parametrize("checker", [mypy_errors, pyright_errors], ids=["mypy", "pyright"])
def test_checker_reports_exactly_the_marked_lines(checker: Callable[[], Locations]) -> None:
    found = checker()
    expected = expected_errors()
    assert sorted(expected - found) == [], "marked lines the checker accepted"
    assert sorted(found - expected) == [], "lines the checker rejected without a marker"
