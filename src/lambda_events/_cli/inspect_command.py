"""The `lambda-events inspect` command: reads each event (files, globs, standard input, or the bundled samples),
inspects it within the decompression budgets, and prints the findings."""

from __future__ import annotations

import argparse
import glob
import os
from importlib import resources
from typing import BinaryIO, NamedTuple, Optional, TextIO

from lambda_events._cli.budget import Budget
from lambda_events._cli.inspect import Inspection, UndetectedSourceError, inspect_event
from lambda_events._cli.json_text import JSONTextError, parse_json
from lambda_events._cli.output import document, print_json, print_summary, print_text
from lambda_events._cli.reading import ReadError, read_file, read_stream
from lambda_events._cli.usage import UsageError, resolve_type

__all__ = ["SAMPLES_PACKAGE", "bundled_samples", "expand_files", "inspect"]

SAMPLES_PACKAGE = "lambda_events.samples"


class _Event(NamedTuple):
    """An event to inspect: its label in the output, its text, and the type to check it against."""

    label: str
    text: str
    type_name: Optional[str]


def bundled_samples() -> list[tuple[str, str]]:
    """Every bundled sample event's file name (`SQSEventDict.json`) and text, sorted by name."""
    entries = sorted(
        (entry for entry in resources.files(SAMPLES_PACKAGE).iterdir() if entry.name.endswith(".json")),
        key=lambda entry: entry.name,
    )
    return [(entry.name, entry.read_text(encoding="utf-8")) for entry in entries]


def expand_files(names: list[str]) -> list[str]:
    """The files named: each name as given when it exists (or is `-`), else the files its glob pattern
    matches, sorted; `UsageError` for a pattern that matches nothing."""
    files: list[str] = []
    for name in names:
        if name == "-" or os.path.lexists(name) or not any(character in name for character in "*?["):
            files.append(name)
            continue
        matches = sorted(glob.glob(name, recursive=True))
        if not matches:
            raise UsageError(f"no file matches {name!r}")
        files.extend(matches)
    return files


def _events(arguments: argparse.Namespace, stdin: Optional[BinaryIO]) -> list[_Event]:
    """The events to inspect, read within `--max-size`; `UsageError` when one cannot be read."""
    if not arguments.files:
        if arguments.type_name is not None:
            raise UsageError("--type needs a FILE (or - for standard input)")
        return [_Event(f"{name} (bundled sample)", text, name[: -len(".json")]) for name, text in bundled_samples()]
    type_name = resolve_type(arguments.type_name) if arguments.type_name is not None else None
    events: list[_Event] = []
    for name in expand_files(arguments.files):
        try:
            text = read_stream(stdin, arguments.max_size) if name == "-" else read_file(name, arguments.max_size)
        except ReadError as error:
            raise UsageError(str(error)) from None
        events.append(_Event("standard input" if name == "-" else name, text, type_name))
    return events


def _inspect_one(event: _Event, budget: Budget, redacted: bool) -> Inspection:
    """The findings about one event, decompressing at most what `budget` allows; `UsageError` when its text
    is not JSON (or nests too deep) or its source is not recognised and no type is given."""
    try:
        parsed = parse_json(event.text)
    except JSONTextError as error:
        raise UsageError(f"{event.label}: {error}") from None
    try:
        return inspect_event(
            parsed.value, event.type_name, budget, duplicates=parsed.duplicates, redacted=redacted
        )
    except UndetectedSourceError as error:
        raise UsageError(f"cannot tell which service sent {event.label}: {error}; pass --type NAME") from None


def inspect(arguments: argparse.Namespace, stdin: Optional[BinaryIO], out: TextIO) -> int:
    """The `inspect` command; its exit status (0 every event valid, 1 one has problems)."""
    events = _events(arguments, stdin)
    run_budget = Budget(arguments.max_decoded_total)
    findings: list[tuple[str, Inspection]] = []
    for event in events:
        budget = Budget(min(arguments.max_decoded, run_budget.left))
        findings.append((event.label, _inspect_one(event, budget, arguments.redact)))
        run_budget.spend(budget.limit - budget.left)
    shown = [(label, found) for label, found in findings if not (arguments.problems_only and found.valid)]
    if arguments.json:
        documents = [document(label, inspection) for label, inspection in shown]
        single = len(arguments.files) == 1 and len(events) == 1
        print_json(documents[0] if single and documents else documents, out)
    else:
        for label, inspection in shown:
            if len(events) > 1 and arguments.files:
                print_summary(label, inspection, out)
            else:
                print_text(label, inspection, out, payloads=not arguments.problems_only)
    return 0 if all(inspection.valid for _, inspection in findings) else 1
