"""How `lambda-events inspect` prints its findings: lines for people, or one JSON document for programs."""

from __future__ import annotations

import json
from typing import Any, TextIO

from lambda_events._cli.inspect import Inspection

__all__ = ["document", "print_json", "print_text"]

TEXT_VALUE_LIMIT = 200
"""Decoded values longer than this many characters are shortened in the text output (`--json` has them all)."""


def print_text(label: str, inspection: Inspection, out: TextIO) -> None:
    """A heading (`<label>: <type> (source <source>): valid`, or the number of problems), then one indented line
    per problem (`$.path: message`) and per decoded payload (`$.path [kind]: value`)."""
    source = f"source {inspection.source}" if inspection.source is not None else "source not recognised"
    count = len(inspection.problems)
    verdict = "valid" if inspection.valid else f"{count} problem{'' if count == 1 else 's'}"
    print(f"{label}: {inspection.type_name} ({source}): {verdict}", file=out)
    for problem in inspection.problems:
        print(f"  {problem}", file=out)
    for payload in inspection.decoded:
        text = json.dumps(payload.value, ensure_ascii=False)
        if len(text) > TEXT_VALUE_LIMIT:
            text = f"{text[: TEXT_VALUE_LIMIT - 4]} ..."
        print(f"  {payload.path} [{payload.kind}]: {text}", file=out)


def document(label: str, inspection: Inspection) -> dict[str, Any]:
    """The findings as a JSON object: file, source, type, valid, problems and decoded payloads."""
    return {
        "file": label,
        "source": inspection.source,
        "type": inspection.type_name,
        "valid": inspection.valid,
        "problems": [{"path": problem.path, "message": problem.message} for problem in inspection.problems],
        "decoded": [
            {"path": payload.path, "kind": payload.kind, "value": payload.value} for payload in inspection.decoded
        ],
    }


def print_json(value: Any, out: TextIO) -> None:
    """One JSON document, indented."""
    print(json.dumps(value, indent=2, ensure_ascii=False), file=out)
