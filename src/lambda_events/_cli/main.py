"""The `lambda-events` command-line tool.

- `lambda-events sources`: every source identifier `detect_event_source` knows, with the type of its events.
- `lambda-events sample SOURCE [--seed N] [--at TIME]`: one realistic event of that source, made by
  `lambda_events.testing` (the same one on every run given both the seed and the time); SOURCE may also name
  an AWS service's EventBridge event factory (`ec2_instance_state_change_event`).
- `lambda-events inspect [FILE...|-] [--type NAME] [--json] [--no-redact] [--problems-only]`: detect which
  source sent each event (JSON, from files, globs or standard input), check it strictly against its type (or
  `NAME`, a type or source id) and print `valid` or every problem with its JSON path, then its nested
  payloads decoded (redacted unless `--no-redact`). With no FILE it inspects every sample event bundled
  with the package. `--json` prints one JSON document. Input and decompression are bounded (`--max-size`,
  `--max-decoded`, `--max-decoded-total`).

Exit status: 0 when everything is valid, 1 when an event has problems, 2 on bad input (unreadable file, not
JSON, unknown type or source, unrecognised event without `--type`, wrong arguments), 3 when the tool itself
fails (output cannot be written, an internal error), each with a one-line error on standard error; 141 (as
if killed by SIGPIPE) when the reader of the output goes away; 130 when interrupted (Ctrl-C).
"""

from __future__ import annotations

import argparse
import sys
import typing
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any, BinaryIO, NoReturn, Optional, TextIO, Union, cast

import lambda_events
from lambda_events._cli.budget import DEFAULT_MAX_DECODED_PER_EVENT, DEFAULT_MAX_DECODED_PER_RUN
from lambda_events._cli.inspect_command import inspect
from lambda_events._cli.output import print_json
from lambda_events._cli.reading import DEFAULT_MAX_INPUT_SIZE
from lambda_events._cli.usage import UsageError, unknown
from lambda_events.helpers.detection import EVENT_SOURCE_TYPE_NAMES

if TYPE_CHECKING:
    from lambda_events.helpers.detection import EventSource

__all__ = ["main"]

EXIT_BAD_INPUT = 2
"""Exit status for bad input: arguments, files, event text."""
EXIT_FAILURE = 3
"""Exit status when the tool itself fails: its output cannot be written, or an internal error."""
EXIT_INTERRUPTED = 128 + 2
"""Exit status when interrupted (Ctrl-C), as if killed by SIGINT."""
EXIT_BROKEN_PIPE = 128 + 13
"""Exit status when the reader of the output went away, as if killed by SIGPIPE (what shells report)."""


class _OneLineArgumentParser(argparse.ArgumentParser):
    """An argument parser whose errors are one line and raise `UsageError` instead of exiting."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _version() -> str:
    """The installed distribution's version (`unknown` when run from a source tree that is not installed)."""
    from importlib import metadata

    try:
        return metadata.version("lambda-events")
    except metadata.PackageNotFoundError:
        return "unknown"


def _size(text: str) -> int:
    """A size in bytes, given as a whole number of at least 1."""
    try:
        size = int(text)
    except ValueError:
        size = 0
    if size < 1:
        raise argparse.ArgumentTypeError(f"expected a number of bytes (at least 1), got {text!r}")
    return size


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the tool."""
    parser = _OneLineArgumentParser(prog="lambda-events", description="Check, decode and make AWS Lambda events.")
    parser.add_argument("--version", action="version", version=f"lambda-events {_version()}")
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
    inspect_parser = commands.add_parser("inspect", help="detect, check and decode events")
    inspect_parser.add_argument(
        "files", nargs="*", metavar="FILE", help="JSON event files or globs, - for standard input; none: the samples"
    )
    inspect_parser.add_argument(
        "--type", dest="type_name", metavar="NAME", help="check against this type or source (SQSEventDict, sqs)"
    )
    inspect_parser.add_argument("--json", action="store_true", help="print one JSON document")
    inspect_parser.add_argument("--no-redact", dest="redact", action="store_false", help="show secrets")
    inspect_parser.add_argument(
        "-q", "--quiet", "--problems-only", dest="problems_only", action="store_true",
        help="print only the events with problems, and only their problems",
    )
    limits = (
        ("--max-size", DEFAULT_MAX_INPUT_SIZE, "read at most this many bytes of each event"),
        ("--max-decoded", DEFAULT_MAX_DECODED_PER_EVENT, "decompress at most this many bytes per event"),
        ("--max-decoded-total", DEFAULT_MAX_DECODED_PER_RUN, "decompress at most this many bytes in all"),
    )
    for flag, default, meaning in limits:
        inspect_parser.add_argument(flag, type=_size, default=default, metavar="BYTES", help=f"{meaning} ({default})")
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

    try:
        if source in FACTORY_MODULES:
            event: object = eventbridge_aws_event(source, seed=seed, at=at)
        elif source in SAMPLE_FACTORIES:
            event = sample_event(cast("EventSource", source), seed=seed, at=at)
        else:
            raise unknown("source", source, [*SAMPLE_FACTORIES, *FACTORY_MODULES])
    except (OverflowError, ValueError) as error:
        raise UsageError(f"cannot make a {source} event at {at}: {error}") from None
    print_json(event, out)
    return 0


def run(argv: list[str], stdin: Optional[BinaryIO], out: TextIO) -> int:
    """Run the tool; return its exit status. `stdin` is standard input as bytes (`None` when it is closed).
    Raises `UsageError` on bad input."""
    arguments = build_parser().parse_args(argv)
    if arguments.command == "sources":
        return list_sources(out)
    if arguments.command == "sample":
        return print_sample(arguments.source, arguments.seed, arguments.at, out)
    return inspect(arguments, stdin, out)


def main(argv: Optional[list[str]] = None) -> int:
    """Entry point of the `lambda-events` script: never a traceback, a one-line error and its exit status."""
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if callable(reconfigure):
        # A decoded payload may hold a lone surrogate ("\ud800" in JSON): print it escaped, not fail on it.
        reconfigure(errors="backslashreplace")
    stdin = sys.stdin.buffer if sys.stdin is not None else None
    try:
        status = run(sys.argv[1:] if argv is None else argv, stdin, sys.stdout)
        sys.stdout.flush()
        return status
    except UsageError as error:
        return _fail(f"error: {error}", EXIT_BAD_INPUT)
    except SystemExit as exit:  # --version, --help
        return exit.code if isinstance(exit.code, int) else 0
    except BrokenPipeError:
        # The reader went away (`lambda-events sources | head -1`): stop quietly, as if killed by SIGPIPE.
        _drop_output()
        return EXIT_BROKEN_PIPE
    except OSError as error:  # reading errors are `UsageError`s: this one is writing the output
        _drop_output()
        return _fail(f"error: cannot write the output: {error.strerror or error}", EXIT_FAILURE)
    except RecursionError:
        return _fail("error: the input is nested too deeply to inspect", EXIT_BAD_INPUT)
    except KeyboardInterrupt:
        return _fail("interrupted", EXIT_INTERRUPTED)
    except Exception as error:  # noqa: BLE001 - the last resort: one line, not a traceback
        return _fail(f"internal error: {type(error).__name__}: {error}", EXIT_FAILURE)


def _fail(message: str, status: int) -> int:
    """Print `lambda-events: <message>` as one line on standard error; return `status`."""
    line = " ".join(message.split())
    try:
        print(f"lambda-events: {line}", file=sys.stderr)
    except (OSError, ValueError):
        pass  # standard error is gone too: the exit status still tells
    return status


def _drop_output() -> None:
    """Send what is left in standard output's buffer nowhere, so Python's flush at exit cannot fail again."""
    import os

    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):
        pass
