"""Check the package at run time on the interpreter running this script, without pytest.

pytest runs on the development Python only; this script is what `make runtime-matrix` runs on every other
CPython it finds (3.9 to 3.13), because the types are created differently there: from `typing_extensions`
below 3.12, from `typing` alone from 3.12 on. It checks that

- `import lambda_events` loads no submodule, and one name loads only its source's module;
- one service module of `lambda_events.eventbridge.aws` loads no other;
- from Python 3.12 on, using a type does not import `typing_extensions`;
- every public name can be loaded;
- every fixture in `tests/events/` matches its type under this interpreter's TypedDict machinery.

It prints one line per check and exits 1 on the first failure.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def loaded_after(code: str) -> list[str]:
    """The `lambda_events` submodules and `typing_extensions` loaded by `code` in a fresh interpreter."""
    probe = (
        f"{code}\nimport json, sys\nprint(json.dumps(sorted(m for m in sys.modules"
        " if m.startswith('lambda_events.') or m == 'typing_extensions')))"
    )
    output = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    loaded: list[str] = json.loads(output)
    return loaded


def submodules_loaded_by(code: str) -> list[str]:
    """The `lambda_events` submodules loaded by `code` in a fresh interpreter."""
    return [name for name in loaded_after(code) if name != "typing_extensions"]


def fail(message: str) -> None:
    """Report a failed check and stop."""
    print(f"FAIL: {message}")
    raise SystemExit(1)


def main() -> None:
    """Run every check."""
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    print(f"Python {sys.version.split()[0]} at {sys.executable}")

    after_import = submodules_loaded_by("import lambda_events")
    if after_import:
        fail(f"import lambda_events loaded {after_import}")
    print("ok: import lambda_events loads no submodule")

    after_one = loaded_after("from lambda_events import SQSEventDict")
    type_modules = [name for name in after_one if name.startswith("lambda_events.types.")]
    if type_modules != ["lambda_events.types.sqs"]:
        fail(f"from lambda_events import SQSEventDict loaded {type_modules}")
    if sys.version_info >= (3, 12) and "typing_extensions" in after_one:
        fail(f"Python {version} imported typing_extensions for SQSEventDict")
    print("ok: one name loads only its source" + (", without typing_extensions" if sys.version_info >= (3, 12) else ""))

    after_service = loaded_after("import lambda_events.eventbridge.aws.cloudtrail")
    service_modules = [name for name in after_service if name.startswith("lambda_events.eventbridge.aws.")]
    if service_modules != ["lambda_events.eventbridge.aws.cloudtrail"]:
        fail(f"import lambda_events.eventbridge.aws.cloudtrail loaded {service_modules}")
    if sys.version_info >= (3, 12) and "typing_extensions" in after_service:
        fail(f"Python {version} imported typing_extensions for an EventBridge service module")
    print("ok: one EventBridge service module loads no other")

    import lambda_events

    for name in lambda_events.__all__:
        getattr(lambda_events, name)
    print(f"ok: all {len(lambda_events.__all__)} public names load")

    from tests.fixture_catalog import all_fixtures

    fixtures = all_fixtures()
    for fixture in fixtures:
        problems = lambda_events.find_event_problems(fixture.event(), fixture.expected_type)
        if problems:
            fail(f"{fixture.name} does not match {fixture.type_name}: {[str(problem) for problem in problems]}")
    print(f"ok: all {len(fixtures)} fixtures match their types")


if __name__ == "__main__":
    main()
