"""Check the package as it would be published: the sdist and the wheel that `python -m build` wrote.

`make package` builds both into `dist/`, runs `twine check --strict` on them (the README renders on the
package index), then runs this script with the folder as its argument. It checks that:

- there is one sdist and one wheel, of the version written in `src/lambda_events/_version.py`;
- each carries the MIT `LICENSE`; the sdist also `README.md` and `CHANGELOG.md`; the wheel `py.typed`, every
  generated stub (`.pyi`: what type checkers read) and the bundled sample events;
- the README each publishes (its long description) links and shows images only by absolute `https://`
  addresses: on the package index a path relative to the repository leads nowhere;
- the wheel installs into a new, empty virtual environment (with its dependencies, and nothing of this
  checkout), where `import lambda_events` reports the version and the demo, `lambda-events inspect` on
  the bundled samples, succeeds and checks every sample.

Exit status 0 when every check passes, 1 with every problem listed otherwise.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tarfile
import tempfile
import venv
import zipfile
from email.parser import HeaderParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VERSION_FILE = ROOT / "src" / "lambda_events" / "_version.py"
PACKAGE = ROOT / "src" / "lambda_events"
SAMPLES = PACKAGE / "samples"

PRINT_VERSION_AND_PLACE = (
    "import lambda_events, lambda_events._version as v; print(v.__version__, lambda_events.__file__)"
)
"""What the new environment runs to tell the installed version and where the package was imported from."""

# A Markdown link or image target: `[text](target)` or `![alt](target)`.
LINK_TARGET = re.compile(r"\]\(([^)\s]+)[^)]*\)")


def written_version() -> str:
    """The version in `_version.py`, read as text (the script checks the package, it does not import it)."""
    match = re.search(r'^__version__ = "([^"]+)"$', VERSION_FILE.read_text(encoding="utf-8"), flags=re.MULTILINE)
    if match is None:
        raise SystemExit(f"check_package: no __version__ line in {VERSION_FILE}")
    return match.group(1)


def metadata_problems(where: str, metadata: str, version: str) -> list[str]:
    """The problems of one core metadata file (a wheel's METADATA or an sdist's PKG-INFO)."""
    message = HeaderParser().parsestr(metadata)
    problems: list[str] = []
    if message["Version"] != version:
        problems.append(f"{where}: version {message['Version']}, but _version.py says {version}")
    if message["License-Expression"] != "MIT":
        problems.append(f"{where}: license {message['License-Expression']!r}, not MIT")
    description = message.get_payload()
    if not isinstance(description, str) or "# lambda-events" not in description:
        problems.append(f"{where}: the README is not its long description")
        return problems
    for target in LINK_TARGET.findall(description):
        if not target.startswith("https://"):
            problems.append(f"{where}: the published README links to {target!r}, which the package index lacks")
    return problems


def wheel_problems(wheel: Path, version: str) -> list[str]:
    """The problems of the wheel's contents and metadata."""
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        dist_info = f"lambda_events-{version}.dist-info"
        problems = metadata_problems(wheel.name, archive.read(f"{dist_info}/METADATA").decode(), version)
        required = [f"{dist_info}/licenses/LICENSE", "lambda_events/py.typed", "lambda_events/_version.py"]
        required += [f"lambda_events/samples/{sample.name}" for sample in SAMPLES.glob("*.json")]
        required += [f"lambda_events/{stub.relative_to(PACKAGE).as_posix()}" for stub in sorted(PACKAGE.rglob("*.pyi"))]
    return problems + [f"{wheel.name}: {name} is missing" for name in required if name not in names]


def sdist_problems(sdist: Path, version: str) -> list[str]:
    """The problems of the sdist's contents and metadata."""
    top = f"lambda_events-{version}"
    with tarfile.open(sdist) as archive:
        names = set(archive.getnames())
        pkg_info = archive.extractfile(f"{top}/PKG-INFO")
        problems = metadata_problems(sdist.name, pkg_info.read().decode() if pkg_info else "", version)
    required = ["LICENSE", "README.md", "CHANGELOG.md", "pyproject.toml", "src/lambda_events/_version.py"]
    return problems + [f"{sdist.name}: {name} is missing" for name in required if f"{top}/{name}" not in names]


def installed_problems(wheel: Path, version: str) -> list[str]:
    """Install the wheel into a new virtual environment and run the demo there, outside this checkout."""
    with tempfile.TemporaryDirectory(prefix="lambda-events-wheel-") as folder:
        environment = Path(folder) / "venv"
        venv.create(environment, with_pip=True)
        python = environment / "bin" / "python"
        install = subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(wheel)],
            capture_output=True,
            text=True,
        )
        if install.returncode != 0:
            return [f"{wheel.name} does not install into a new environment:\n{install.stderr}"]
        problems: list[str] = []
        probe = subprocess.run(
            [str(python), "-c", PRINT_VERSION_AND_PLACE],
            capture_output=True,
            text=True,
            cwd=folder,
        )
        installed_version, _, location = probe.stdout.strip().partition(" ")
        if probe.returncode != 0 or installed_version != version:
            problems.append(f"the installed package reports {probe.stdout.strip() or probe.stderr.strip()!r}")
        elif not location.startswith(str(environment)):
            problems.append(f"the package was imported from {location}, not from the new environment")
        demo = subprocess.run(
            [str(environment / "bin" / "lambda-events"), "inspect"], capture_output=True, text=True, cwd=folder
        )
        samples = sorted(sample.name for sample in SAMPLES.glob("*.json"))
        unchecked = [name for name in samples if name not in demo.stdout]
        if demo.returncode != 0:
            output = demo.stdout + demo.stderr
            problems.append(f"`lambda-events inspect` from the wheel exited {demo.returncode}:\n{output}")
        elif unchecked:
            problems.append(f"`lambda-events inspect` from the wheel did not check {', '.join(unchecked)}")
    return problems


def main() -> int:
    """Check the one sdist and the one wheel in the folder given as the only argument."""
    if len(sys.argv) != 2:
        print("usage: check_package.py DIST_FOLDER", file=sys.stderr)
        return 1
    dist = Path(sys.argv[1])
    version = written_version()
    wheels, sdists = sorted(dist.glob("*.whl")), sorted(dist.glob("*.tar.gz"))
    if len(wheels) != 1 or len(sdists) != 1:
        print(f"check_package: expected one wheel and one sdist in {dist}, found {wheels + sdists}", file=sys.stderr)
        return 1
    problems = wheel_problems(wheels[0], version) + sdist_problems(sdists[0], version)
    problems += installed_problems(wheels[0], version)
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"check_package: {wheels[0].name} and {sdists[0].name}: {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
