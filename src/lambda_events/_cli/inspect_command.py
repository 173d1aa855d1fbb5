"""The `lambda-events inspect` command: reads each event (files, globs, standard input, or the bundled samples),
inspects it within the decompression budgets, and prints the findings."""

from __future__ import annotations

import argparse
import glob
import os
from importlib import resources
from typing import BinaryIO, NamedTuple, Optional, TextIO, Union

from lambda_events._cli.budget import Budget
from lambda_events._cli.inspect import Inspection, UndetectedSourceError, inspect_event
from lambda_events._cli.json_text import JSONTextError, parse_json
from lambda_events._cli.output import document, print_json, print_summary, print_text
from lambda_events._cli.reading import ReadError, read_file, read_stream
from lambda_events._cli.usage import UsageError, resolve_type

__all__ = ["SAMPLES_PACKAGE", "bundled_sample_names", "expand_files", "inspect"]

SAMPLES_PACKAGE = "lambda_events.samples"


def bundled_sample_names() -> list[str]:
    """The file name of every bundled sample event (`SQSEventDict.json`), sorted."""
    entries = resources.files(SAMPLES_PACKAGE).iterdir()
    return sorted(entry.name for entry in entries if entry.name.endswith(".json"))


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


class _Target(NamedTuple):
    """An event to inspect."""

    label: str
    """How the output names it."""
    file: str
    """The file to read: a path, `-` for standard input, or the name of a bundled sample."""
    type_name: Optional[str]
    """The type to check it against (`None`: the detected source's)."""
    bundled: bool = False
    """Whether `file` names a bundled sample."""


def _targets(arguments: argparse.Namespace) -> list[_Target]:
    """The events to inspect: the files named, or every bundled sample."""
    if not arguments.files:
        if arguments.type_name is not None:
            raise UsageError("--type needs a FILE (or - for standard input)")
        return [
            _Target(f"{name} (bundled sample)", name, name[: -len(".json")], bundled=True)
            for name in bundled_sample_names()
        ]
    type_name = resolve_type(arguments.type_name) if arguments.type_name is not None else None
    return [
        _Target("standard input" if name == "-" else name, name, type_name) for name in expand_files(arguments.files)
    ]


def _inspect_one(
    target: _Target, stdin: Optional[BinaryIO], budget: Budget, arguments: argparse.Namespace
) -> Inspection:
    """The findings about one event, read within `--max-size` and decompressing at most what `budget` allows;
    `UsageError` when it cannot be read, its text is not JSON (or nests too deep), or its source is not
    recognised and no type is given."""
    label, file, type_name, bundled = target
    try:
        if bundled:
            text = resources.files(SAMPLES_PACKAGE).joinpath(file).read_text(encoding="utf-8")
        else:
            text = read_stream(stdin, arguments.max_size) if file == "-" else read_file(file, arguments.max_size)
        parsed = parse_json(text)
    except ReadError as error:
        raise UsageError(str(error)) from None
    except JSONTextError as error:
        raise UsageError(f"{label}: {error}") from None
    try:
        return inspect_event(
            parsed.value, type_name, budget, duplicates=parsed.duplicates, redacted=arguments.redact
        )
    except UndetectedSourceError as error:
        raise UsageError(f"cannot tell which service sent {label}: {error}; pass --type NAME") from None


def inspect(arguments: argparse.Namespace, stdin: Optional[BinaryIO], out: TextIO) -> int:
    """The `inspect` command; its exit status: 0 every event valid, 1 one has problems, 2 one could not be
    inspected. With one event, that one raises `UsageError`; with several, each that cannot be inspected gets
    its summary line (`<file>: not inspected: <why>`; in `--json`, a document with `error`) and the others are
    still inspected."""
    targets = _targets(arguments)
    several = len(targets) > 1 and bool(arguments.files)
    run_budget = Budget(arguments.max_decoded_total)
    findings: list[tuple[str, Union[Inspection, UsageError]]] = []
    for target in targets:
        budget = Budget(min(arguments.max_decoded, run_budget.left))
        try:
            findings.append((target.label, _inspect_one(target, stdin, budget, arguments)))
        except UsageError as error:
            if not several:
                raise
            findings.append((target.label, error))
        run_budget.spend(budget.limit - budget.left)
    _print(findings, arguments, several, out)
    if any(isinstance(found, UsageError) for _, found in findings):
        return 2
    return 0 if all(isinstance(found, Inspection) and found.valid for _, found in findings) else 1


def _print(
    findings: list[tuple[str, Union[Inspection, UsageError]]], arguments: argparse.Namespace, several: bool, out: TextIO
) -> None:
    shown = [
        (label, found)
        for label, found in findings
        if not (arguments.problems_only and isinstance(found, Inspection) and found.valid)
    ]
    if arguments.json:
        documents = [
            document(label, found) if isinstance(found, Inspection) else {"file": label, "error": str(found)}
            for label, found in shown
        ]
        print_json(documents if several or not arguments.files or not documents else documents[0], out)
        return
    for label, found in shown:
        if isinstance(found, UsageError):
            print(f"{label}: not inspected: {found}", file=out)
        elif several:
            print_summary(label, found, out)
        else:
            print_text(label, found, out, payloads=not arguments.problems_only)
