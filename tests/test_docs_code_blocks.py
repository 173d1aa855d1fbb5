"""Every Python code block written inline in the README and the documentation pages passes `mypy --strict`
and pyright strict, like the example files the pages include (`--8<--`), which `make typecheck` checks.

A block quoting another library's code as the "before" of a migration (it imports `aws_lambda_powertools` or
`aws_lambda_typing`, which are not our dependencies) is shown, not checked.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
BIN_DIR = Path(sys.executable).parent
FENCE = re.compile(r"^(?P<indent>[ \t]*)```python[^\n]*\n(?P<code>.*?)^(?P=indent)```", re.MULTILINE | re.DOTALL)
OTHER_LIBRARIES = re.compile(r"^\s*(from|import) (aws_lambda_powertools|aws_lambda_typing)\b", re.MULTILINE)


def code_blocks() -> list[tuple[str, str]]:
    """Every inline Python block of the pages: (a name for it, its code, dedented)."""
    blocks: list[tuple[str, str]] = []
    for page in PAGES:
        for number, match in enumerate(FENCE.finditer(page.read_text(encoding="utf-8")), start=1):
            code = textwrap.dedent(match["code"])
            if "--8<--" in code or OTHER_LIBRARIES.search(code):
                continue
            blocks.append((f"{page.relative_to(ROOT)}#{number}", code))
    return blocks


BLOCKS = code_blocks()


def _write(directory: Path) -> dict[str, str]:
    """Write each block as a module of `directory`; map module file names to block names."""
    names: dict[str, str] = {}
    for index, (name, code) in enumerate(BLOCKS):
        module = directory / f"block_{index:03d}.py"
        module.write_text(code, encoding="utf-8")
        names[module.name] = name
    return names


def test_there_are_blocks_to_check() -> None:
    assert any(name.startswith("README.md") for name, _ in BLOCKS)


def test_mypy_strict_accepts_every_block(tmp_path: Path) -> None:
    names = _write(tmp_path)
    result = subprocess.run(
        [str(BIN_DIR / "mypy"), "--strict", "--no-incremental", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    problems = [
        re.sub(r"^.*?(block_\d+\.py)", lambda found: names[str(found[1])], line)
        for line in result.stdout.splitlines()
        if ": error:" in line
    ]
    assert problems == []


def test_pyright_strict_accepts_every_block(tmp_path: Path) -> None:
    names = _write(tmp_path)
    config = {"typeCheckingMode": "strict", "pythonVersion": "3.11", "venvPath": str(ROOT), "venv": ".venv"}
    (tmp_path / "pyrightconfig.json").write_text(json.dumps(config), encoding="utf-8")
    result = subprocess.run(
        [str(BIN_DIR / "pyright"), "--outputjson", "--project", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    report = json.loads(result.stdout)
    problems = [
        f"{names[Path(item['file']).name]}:{item['range']['start']['line'] + 1}: {item['message']}"
        for item in report["generalDiagnostics"]
        if item["severity"] == "error"
    ]
    assert problems == []


@pytest.mark.parametrize("page", PAGES, ids=lambda page: str(page.relative_to(ROOT)))
def test_every_fence_is_closed(page: Path) -> None:
    assert page.read_text(encoding="utf-8").count("```") % 2 == 0
