"""Type-check the package's `.py` files themselves, strictly, with mypy and pyright.

A type checker reads a `.pyi` in place of the `.py` beside it, and the package ships generated stubs
(scripts/generate_stubs.py): `mypy src` checks those stubs, not the helpers' code, and pyright resolves every
import to them. So this script copies `src/lambda_events` without its stubs into `build/implementation/` and
checks the copy, with the options of `pyproject.toml` (strict, unreachable code reported, unnecessary
`type: ignore` reported): each implementation as it imports the others'. The stubs and the code users write
are checked by `make typecheck`'s other steps; `make stubtest` checks that the stubs agree with the runtime.

Usage: `python scripts/check_implementation.py [VERSION ...]` checks as each Python version given (default:
the running one). Exit status 0 when both checkers find nothing for every version, 1 otherwise.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "lambda_events"
COPY = ROOT / "build" / "implementation"
BIN = Path(sys.executable).parent

MYPY_CONFIG = "[mypy]\nstrict = True\nwarn_unreachable = True\n"
"""The options of `[tool.mypy]` in pyproject.toml that concern the package (not its file list or path)."""


def pyright_config(version: str) -> str:
    """The options of `[tool.pyright]` in pyproject.toml, for the copy, as Python `version`."""
    return json.dumps(
        {
            "include": ["lambda_events"],
            "typeCheckingMode": "strict",
            "pythonVersion": version,
            "reportUnnecessaryTypeIgnoreComment": True,
            "venvPath": str(ROOT),
            "venv": ".venv",
        },
        indent=2,
    )


def copy_without_stubs() -> None:
    """`build/implementation/lambda_events`: the package's files, its `.pyi` stubs left out."""
    target = COPY / "lambda_events"
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(PACKAGE, target, ignore=shutil.ignore_patterns("*.pyi", "__pycache__"))
    (COPY / "mypy.ini").write_text(MYPY_CONFIG, encoding="utf-8")


def check(version: str) -> bool:
    """Run both checkers on the copy as Python `version`; whether both passed."""
    print(f"check_implementation: the .py files as Python {version}", flush=True)
    mypy = [str(BIN / "mypy"), "--config-file", "mypy.ini", "--python-version", version, "lambda_events"]
    (COPY / "pyrightconfig.json").write_text(pyright_config(version), encoding="utf-8")
    pyright = [str(BIN / "pyright"), "--project", "pyrightconfig.json"]
    return all([subprocess.run(command, cwd=COPY, check=False).returncode == 0 for command in (mypy, pyright)])


def main(versions: list[str]) -> int:
    """Check the copy as each version; 0 when every check passed."""
    copy_without_stubs()
    results = [check(version) for version in versions or [f"{sys.version_info.major}.{sys.version_info.minor}"]]
    return 0 if all(results) else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
