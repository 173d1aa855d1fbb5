"""The `lambda-events` command-line tool.

`lambda-events inspect [FILE|-] --type NAME` checks one event (JSON, from a file or standard input) strictly
against one of our types and prints `valid` or every problem with its JSON path. With no FILE it checks every
sample event bundled with the package against its own type. Exit status: 0 when everything is valid, 1 when
an event has problems, 2 on bad input (unreadable file, not JSON, unknown type name, wrong arguments).
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from importlib import resources
from typing import NoReturn, TextIO

import lambda_events
from lambda_events.helpers.validation import find_event_problems

__all__ = ["main"]

SAMPLES_PACKAGE = "lambda_events.samples"


class UsageError(Exception):
    """Bad input: reported as one line on standard error, with exit status 2."""


class _OneLineArgumentParser(argparse.ArgumentParser):
    """An argument parser whose errors are one line and raise `UsageError` instead of exiting."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def type_names() -> list[str]:
    """Every public type an event or response can be checked against."""
    return [name for name in lambda_events.__all__ if name.endswith("Dict")]


def resolve_type(name: str) -> object:
    """The public type called `name`, or `UsageError` with the closest names."""
    names = type_names()
    if name not in names:
        close = difflib.get_close_matches(name, names, n=3)
        hint = f" (did you mean {', '.join(close)}?)" if close else ""
        raise UsageError(f"unknown type name {name!r}{hint}")
    return getattr(lambda_events, name)


def read_event(source: str, stdin: TextIO) -> object:
    """Parse the JSON document in the file `source` (`-` for standard input)."""
    label = "standard input" if source == "-" else source
    try:
        if source == "-":
            text = stdin.read()
        else:
            with open(source, encoding="utf-8") as file:
                text = file.read()
    except (OSError, UnicodeDecodeError) as error:
        raise UsageError(f"cannot read {label}: {getattr(error, 'strerror', None) or error}") from error
    try:
        return json.loads(text)
    except ValueError as error:
        raise UsageError(f"{label} is not valid JSON: {error}") from error


def report(event: object, expected_type: object, out: TextIO, prefix: str = "") -> bool:
    """Print `valid` or every problem of `event`; return whether it was valid."""
    problems = find_event_problems(event, expected_type)
    if not problems:
        print(f"{prefix}valid", file=out)
        return True
    for problem in problems:
        print(f"{prefix}{problem}", file=out)
    return False


def inspect_samples(out: TextIO) -> bool:
    """Check every bundled sample against the type its file is named after."""
    all_valid = True
    samples = sorted(
        (entry for entry in resources.files(SAMPLES_PACKAGE).iterdir() if entry.name.endswith(".json")),
        key=lambda entry: entry.name,
    )
    for sample in samples:
        type_name = sample.name[: -len(".json")]
        event = json.loads(sample.read_text(encoding="utf-8"))
        all_valid &= report(event, resolve_type(type_name), out, prefix=f"{type_name} (bundled sample): ")
    return all_valid


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the tool."""
    parser = _OneLineArgumentParser(prog="lambda-events", description="Check AWS Lambda events against their types.")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_OneLineArgumentParser)
    inspect = commands.add_parser("inspect", help="check an event strictly against its type")
    inspect.add_argument("file", nargs="?", help="a JSON event file, or - for standard input; omit to check the bundled samples")
    inspect.add_argument("--type", dest="type_name", metavar="NAME", help="the type to check against (SQSEventDict, ...)")
    return parser


def run(argv: list[str], stdin: TextIO, out: TextIO) -> int:
    """Run the tool; return its exit status. Raises `UsageError` on bad input."""
    arguments = build_parser().parse_args(argv)
    if arguments.file is None:
        if arguments.type_name is not None:
            raise UsageError("--type needs a FILE (or - for standard input)")
        return 0 if inspect_samples(out) else 1
    if arguments.type_name is None:
        raise UsageError("--type NAME is required with a FILE")
    expected_type = resolve_type(arguments.type_name)
    return 0 if report(read_event(arguments.file, stdin), expected_type, out) else 1


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `lambda-events` script."""
    try:
        return run(sys.argv[1:] if argv is None else argv, sys.stdin, sys.stdout)
    except UsageError as error:
        print(f"lambda-events: error: {error}", file=sys.stderr)
        return 2
