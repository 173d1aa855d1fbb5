"""The fixture mappings: which type each sample event must satisfy.

Sample events live in `tests/events/<source>/`, one folder per module of `lambda_events.types`, each with a
`fixtures.json` that maps every file beside it to its root type. AWS services' EventBridge events live in
`tests/events/eventbridge_aws/<service>/`, one folder per module of `lambda_events.eventbridge.aws`, whose
types their mappings name. File names are unique across folders (they
keep the names they have in `../shared/events/`). `tests/events/untyped_shared.json` lists the files of
`../shared/events/` that are not fixtures, each with the reason. Each entry names the root type, where the file came from, and optionally:
- `exclude`: JSON paths of keys AWS never sends (another library's own additions), each with the reason;
  they are removed from a copy before checking, and must exist, so an exclusion cannot go stale.
- `embedded`: JSON paths of string values holding a JSON document, mapped to the type of that document
  (an SNS notification or S3 event inside an SQS body).
"""

from __future__ import annotations

import copy
import importlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import lambda_events

EVENTS_DIR = Path(__file__).parent / "events"
MAPPING_FILE_NAME = "fixtures.json"
EVENTBRIDGE_AWS_FOLDER = "eventbridge_aws"
UNTYPED_SHARED_FILE = EVENTS_DIR / "untyped_shared.json"
SHARED_EVENTS_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "events"

# The events whose headers, query string, cookies and body the HTTP helpers read: requests, then the
# REQUEST authorizers' events (which carry the request's headers and query string).
HTTP_EVENT_TYPES = frozenset(
    {
        "APIGatewayProxyEventDict",
        "APIGatewayProxyEventV2Dict",
        "APIGatewayWebSocketEventDict",
        "ALBEventDict",
        "LambdaFunctionUrlEventDict",
        "VPCLatticeEventDict",
        "VPCLatticeEventV2Dict",
        "APIGatewayAuthorizerRequestEventDict",
        "APIGatewayAuthorizerEventV2Dict",
        "APIGatewayAuthorizerWebSocketEventDict",
    }
)

_PATH_STEP = re.compile(r"\.([A-Za-z_][A-Za-z0-9_-]*)|\[(\d+)\]|\[\"([^\"]+)\"\]")


@dataclass(frozen=True)
class Fixture:
    """One sample event and what it must satisfy."""

    name: str
    folder: str
    type_name: str
    origin: str
    exclude: dict[str, str] = field(default_factory=dict[str, str])
    embedded: dict[str, str] = field(default_factory=dict[str, str])

    @property
    def path(self) -> Path:
        """Where the file is."""
        return EVENTS_DIR / self.folder / self.name

    @property
    def expected_type(self) -> object:
        """The type the event must satisfy: a name of `lambda_events`, or of the service module of
        `lambda_events.eventbridge.aws` for the folders of `eventbridge_aws/`."""
        if self.folder.startswith(f"{EVENTBRIDGE_AWS_FOLDER}/"):
            service = self.folder.split("/", 1)[1]
            return getattr(importlib.import_module(f"lambda_events.eventbridge.aws.{service}"), self.type_name)
        return getattr(lambda_events, self.type_name)

    def raw(self) -> Any:
        """The file's JSON, unchanged."""
        return json.loads(self.path.read_text(encoding="utf-8"))

    def event(self) -> Any:
        """The file's JSON with the excluded keys removed."""
        event = copy.deepcopy(self.raw())
        for json_path in self.exclude:
            parent, key = resolve_parent(event, json_path)
            del parent[key]
        return event


def untyped_shared() -> dict[str, str]:
    """Files of `../shared/events/` (`folder/name.json`) that are not fixtures, with the reason."""
    untyped: dict[str, str] = json.loads(UNTYPED_SHARED_FILE.read_text(encoding="utf-8"))
    return untyped


def mapping_files() -> list[Path]:
    """The `fixtures.json` of every folder: `tests/events/<source>/` and
    `tests/events/eventbridge_aws/<service>/`."""
    return sorted([*EVENTS_DIR.glob(f"*/{MAPPING_FILE_NAME}"), *EVENTS_DIR.glob(f"{EVENTBRIDGE_AWS_FOLDER}/*/{MAPPING_FILE_NAME}")])


def event_files() -> list[Path]:
    """Every event file of every folder (the mappings left out)."""
    return [
        path
        for folder in (mapping_file.parent for mapping_file in mapping_files())
        for path in sorted(folder.glob("*.json"))
        if path.name != MAPPING_FILE_NAME
    ]


def all_fixtures() -> list[Fixture]:
    """Every mapped fixture of every folder, sorted by file name."""
    fixtures: list[Fixture] = []
    for mapping_file in mapping_files():
        entries: dict[str, dict[str, Any]] = json.loads(mapping_file.read_text(encoding="utf-8"))
        fixtures.extend(
            Fixture(
                name=name,
                folder=mapping_file.parent.relative_to(EVENTS_DIR).as_posix(),
                type_name=entry["type"],
                origin=entry["origin"],
                exclude=entry.get("exclude", {}),
                embedded=entry.get("embedded", {}),
            )
            for name, entry in entries.items()
        )
    return sorted(fixtures, key=lambda fixture: fixture.name)


def fixture_named(name: str) -> Fixture:
    """The fixture whose file is called `name`, wherever its folder."""
    for fixture in all_fixtures():
        if fixture.name == name:
            return fixture
    raise LookupError(f"no fixture named {name}")


def event_named(name: str) -> dict[str, Any]:
    """The event of the fixture called `name` (excluded keys removed): a fresh copy the caller may change."""
    event: dict[str, Any] = fixture_named(name).event()
    return event


def events_of(*type_names: str) -> list[Any]:
    """The events of every fixture of the given types, in file-name order; there must be at least one."""
    events = [fixture.event() for fixture in all_fixtures() if fixture.type_name in type_names]
    assert events, f"no fixture of type {', '.join(type_names)}"
    return events


def items_of(key: str, *type_names: str) -> list[Any]:
    """The items under `key` in every event of the given types: the list's items (`Records`, `messages`), or
    the items of every list of a map of lists (Kafka's `records` by partition, RabbitMQ's messages by queue)."""
    items: list[Any] = []
    for event in events_of(*type_names):
        batch: Any = event[key]
        for batch_list in cast("dict[str, list[Any]]", batch).values() if isinstance(batch, dict) else [batch]:
            items.extend(batch_list)
    return items


def parse_json_path(json_path: str) -> list[str | int]:
    """Split `$.Records[0]["x-amz-id-2"]` into `["Records", 0, "x-amz-id-2"]`."""
    if not json_path.startswith("$"):
        raise ValueError(f"{json_path}: a path starts with $")
    steps: list[str | int] = []
    position = 1
    while position < len(json_path):
        match = _PATH_STEP.match(json_path, position)
        if match is None:
            raise ValueError(f"{json_path}: cannot parse at {json_path[position:]!r}")
        name, index, quoted = match.groups()
        steps.append(int(index) if index is not None else (name if name is not None else quoted))
        position = match.end()
    return steps


def resolve_parent(document: Any, json_path: str) -> tuple[Any, str | int]:
    """Return the container holding the value at `json_path`, and its key there; KeyError if absent."""
    *parents, last = parse_json_path(json_path)
    node = document
    for step in parents:
        node = node[step]
    if isinstance(last, str) and last not in node:
        raise KeyError(f"{json_path} does not exist")
    return node, last
