"""How `lambda-events inspect` prints its findings: lines for people, or one JSON document for programs."""

from __future__ import annotations

import json
from typing import Any, TextIO

from lambda_events._cli.inspect import Inspection

__all__ = ["document", "print_json", "print_summary", "print_text"]

TEXT_VALUE_LIMIT = 200
"""Decoded values longer than this many characters are shortened in the text output (`--json` has them all)."""


def print_summary(label: str, inspection: Inspection, out: TextIO) -> None:
    """One line: `<label>: <type> (source <source>): valid`, or the number of problems. The source part is left
    out when detection does not know the event (it was checked against the type given)."""
    source = f" (source {inspection.source})" if inspection.source is not None else ""
    count = len(inspection.problems)
    verdict = "valid" if inspection.valid else f"{count} problem{'' if count == 1 else 's'}"
    print(f"{label}: {inspection.type_name}{source}: {verdict}", file=out)


def print_text(label: str, inspection: Inspection, out: TextIO, *, payloads: bool = True) -> None:
    """The summary line, then one indented line per problem (`$.path: message`), the source the event fits
    better if there is one, and (unless `payloads` is false) per decoded payload (`$.path [kind]: value`)."""
    print_summary(label, inspection, out)
    for problem in inspection.problems:
        print(f"  {problem}", file=out)
    if inspection.closest is not None:
        print(f"  detection may have followed a mistyped marker: {inspection.closest}", file=out)
    for payload in inspection.decoded if payloads else ():
        text = json.dumps(payload.value, ensure_ascii=False)
        if len(text) > TEXT_VALUE_LIMIT:
            text = f"{text[: TEXT_VALUE_LIMIT - 4]} ..."
        print(f"  {payload.path} [{payload.kind}]: {text}", file=out)


def document(label: str, inspection: Inspection) -> dict[str, Any]:
    """The findings as a JSON object: file, source, type, valid, problems, the source the event fits better
    (`closest`, or null) and decoded payloads."""
    closest = inspection.closest
    return {
        "file": label,
        "source": inspection.source,
        "type": inspection.type_name,
        "valid": inspection.valid,
        "problems": [{"path": problem.path, "message": problem.message} for problem in inspection.problems],
        "closest": None
        if closest is None
        else {"source": closest.source, "type": closest.type_name, "problems": len(closest.problems)},
        "decoded": [
            {"path": payload.path, "kind": payload.kind, "value": payload.value} for payload in inspection.decoded
        ],
    }


def print_json(value: Any, out: TextIO) -> None:
    """One JSON document, indented."""
    print(json.dumps(value, indent=2, ensure_ascii=False), file=out)
