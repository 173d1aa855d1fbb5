"""The `lambda-events` command-line tool.

- `lambda-events sources`: every source identifier `detect_event_source` knows, with the type of its events.
- `lambda-events sample SOURCE [--seed N] [--at TIME]`: one realistic event of that source, made by
  `lambda_events.testing` (the same one on every run given both the seed and the time); SOURCE may also name
  an AWS service's EventBridge event factory (`ec2_instance_state_change_event`).
- `lambda-events inspect [FILE|-] [--type NAME] [--json] [--no-redact]`: detect which source sent an event
  (JSON, from a file or standard input), check it strictly against its type (or `NAME`) and print `valid` or
  every problem with its JSON path (an AWS service's EventBridge event is checked against its registered type,
`detail` included), then its nested payloads decoded (redacted unless `--no-redact`). With
  no FILE it inspects every sample event bundled with the package. `--json` prints one JSON document.

Exit status: 0 when everything is valid, 1 when an event has problems, 2 on bad input (unreadable file, not
JSON, unknown type or source, unrecognised event without `--type`, wrong arguments), with a one-line error.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import sys
import typing
from datetime import datetime, timezone
from importlib import resources
from typing import TYPE_CHECKING, Any, NoReturn, Optional, TextIO, Union, cast

import lambda_events
from lambda_events._cli.inspect import Inspection, UndetectedSourceError, inspect_event
from lambda_events._cli.output import document, print_json, print_text
from lambda_events.eventbridge import EVENTBRIDGE_EVENT_TYPES
from lambda_events.helpers.detection import EVENT_SOURCE_TYPE_NAMES

if TYPE_CHECKING:
    from lambda_events.helpers.detection import EventSource

__all__ = ["main"]

SAMPLES_PACKAGE = "lambda_events.samples"


class UsageError(Exception):
    """Bad input: reported as one line on standard error, with exit status 2."""


class _OneLineArgumentParser(argparse.ArgumentParser):
    """An argument parser whose errors are one line and raise `UsageError` instead of exiting."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _unknown(what: str, name: str, known: list[str]) -> UsageError:
    close = difflib.get_close_matches(name, known, n=3)
    hint = f" (did you mean {', '.join(close)}?)" if close else ""
    return UsageError(f"unknown {what} {name!r}{hint}")


def type_names() -> list[str]:
    """Every public type an event or response can be checked against, then every AWS service's EventBridge
    event type."""
    return [*(name for name in lambda_events.__all__ if name.endswith("Dict")), *EVENTBRIDGE_EVENT_TYPES]


def resolve_type(name: str) -> str:
    """`name` if it is a public type, or `UsageError` with the closest names."""
    if name not in type_names():
        raise _unknown("type name", name, type_names())
    return name


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


def bundled_samples() -> list[tuple[str, Any]]:
    """Every bundled sample event, by file name (`SQSEventDict.json`), sorted."""
    entries = sorted(
        (entry for entry in resources.files(SAMPLES_PACKAGE).iterdir() if entry.name.endswith(".json")),
        key=lambda entry: entry.name,
    )
    return [(entry.name, json.loads(entry.read_text(encoding="utf-8"))) for entry in entries]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the tool."""
    parser = _OneLineArgumentParser(prog="lambda-events", description="Check, decode and make AWS Lambda events.")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_OneLineArgumentParser)
    commands.add_parser("sources", help="list every event source with its type")
    sample = commands.add_parser("sample", help="print a realistic event of a source, as JSON")
    sample.add_argument(
        "source",
        metavar="SOURCE",
        help="a source identifier (see `lambda-events sources`) or an EventBridge event factory (ec2_instance_state_change_event)",
    )
    sample.add_argument("--seed", type=int, help="the seed of the event's random ids")
    sample.add_argument("--at", type=_timestamp, metavar="TIME", help="when the event happens (ISO 8601; default: now)")
    inspect = commands.add_parser("inspect", help="detect, check and decode an event")
    inspect.add_argument("file", nargs="?", help="a JSON event file, - for standard input; none: the bundled samples")
    inspect.add_argument("--type", dest="type_name", metavar="NAME", help="check against this type (SQSEventDict...)")
    inspect.add_argument("--json", action="store_true", help="print one JSON document")
    inspect.add_argument("--no-redact", dest="redact", action="store_false", help="show secrets in decoded payloads")
    return parser


def list_sources(out: TextIO) -> int:
    """Print every source identifier with its event type (and the types a union of them stands for)."""
    width = max(map(len, EVENT_SOURCE_TYPE_NAMES))
    for source, type_name in EVENT_SOURCE_TYPE_NAMES.items():
        event_type = getattr(lambda_events, type_name)
        members: tuple[Any, ...] = typing.get_args(event_type) if typing.get_origin(event_type) is Union else ()
        union = f" = {' | '.join(member.__name__ for member in members)}" if members else ""
        print(f"{source.ljust(width)}  {type_name}{union}", file=out)
    return 0


def _timestamp(text: str) -> datetime:
    """An ISO 8601 time (`2024-05-17T09:30:00Z`); without an offset it is taken as UTC."""
    try:
        moment = datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith(("Z", "z")) else text)
    except ValueError:
        message = f"expected an ISO 8601 time such as 2024-05-17T09:30:00Z, got {text!r}"
        raise argparse.ArgumentTypeError(message) from None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=timezone.utc)


def print_sample(source: str, seed: Optional[int], at: Optional[datetime], out: TextIO) -> int:
    """Print one event of `source` made by its factory, or by the EventBridge event factory of that name, as
    JSON (the same one for the same seed and time)."""
    # Only this command needs the factories.
    from lambda_events.testing import SAMPLE_FACTORIES, sample_event
    from lambda_events.testing.eventbridge_aws import FACTORY_MODULES, eventbridge_aws_event

    if source in FACTORY_MODULES:
        print_json(eventbridge_aws_event(source, seed=seed, at=at), out)
    elif source in SAMPLE_FACTORIES:
        print_json(sample_event(cast("EventSource", source), seed=seed, at=at), out)
    else:
        raise _unknown("source", source, [*SAMPLE_FACTORIES, *FACTORY_MODULES])
    return 0


def inspect_one(label: str, event: Any, type_name: Optional[str], redacted: bool) -> Inspection:
    """The findings about one event; `UsageError` when its source is not recognised and no type is given."""
    try:
        return inspect_event(event, type_name, redacted=redacted)
    except UndetectedSourceError:
        raise UsageError(f"cannot tell which service sent {label}: pass --type NAME") from None


def inspect(arguments: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    """The `inspect` command: one event (a file or standard input), or every bundled sample."""
    events: list[tuple[str, Any, Optional[str]]]
    if arguments.file is None:
        if arguments.type_name is not None:
            raise UsageError("--type needs a FILE (or - for standard input)")
        events = [
            (f"{name} (bundled sample)", event, resolve_type(name[: -len(".json")]))
            for name, event in bundled_samples()
        ]
    else:
        type_name = resolve_type(arguments.type_name) if arguments.type_name is not None else None
        label = "standard input" if arguments.file == "-" else arguments.file
        events = [(label, read_event(arguments.file, stdin), type_name)]
    findings = [(label, inspect_one(label, event, type_name, arguments.redact)) for label, event, type_name in events]
    if arguments.json:
        documents = [document(label, inspection) for label, inspection in findings]
        print_json(documents if arguments.file is None else documents[0], out)
    else:
        for label, inspection in findings:
            print_text(label, inspection, out)
    return 0 if all(inspection.valid for _, inspection in findings) else 1


def run(argv: list[str], stdin: TextIO, out: TextIO) -> int:
    """Run the tool; return its exit status. Raises `UsageError` on bad input."""
    arguments = build_parser().parse_args(argv)
    if arguments.command == "sources":
        return list_sources(out)
    if arguments.command == "sample":
        return print_sample(arguments.source, arguments.seed, arguments.at, out)
    return inspect(arguments, stdin, out)


def main(argv: Optional[list[str]] = None) -> int:
    """Entry point of the `lambda-events` script."""
    try:
        return run(sys.argv[1:] if argv is None else argv, sys.stdin, sys.stdout)
    except UsageError as error:
        print(f"lambda-events: error: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # The reader went away (`lambda-events sample sqs | head`): stop quietly, and keep Python's exit-time
        # flush of standard output from failing again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
