"""AWS services' EventBridge events (`lambda_events.eventbridge`): the registries, detection and guards, the
factories, the fixtures and the console's samples, the import cost. Every test runs over every registered
event type, so a new service module is covered by adding its registry, factories and fixtures."""

from __future__ import annotations

import copy
import importlib
import json
import re
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Literal, get_args, get_origin

import pytest

import lambda_events.eventbridge as eventbridge
from lambda_events import detect_event_source, find_event_problems
from lambda_events._typing import get_type_hints
from lambda_events.testing.eventbridge_aws import FACTORY_MODULES, eventbridge_aws_event
from scripts.generate_eventbridge import RegisteredEvent, collect_events, main
from scripts.runtime_check import submodules_loaded_by
from tests.fixture_catalog import EVENTBRIDGE_AWS_FOLDER, SHARED_EVENTS_DIR, Fixture, all_fixtures

EVENTS = collect_events()
AWS_FIXTURES = [fixture for fixture in all_fixtures() if fixture.folder.startswith(f"{EVENTBRIDGE_AWS_FOLDER}/")]
SAMPLES_FILE = SHARED_EVENTS_DIR / "eventbridge-aws" / "AWSSampleEvents.json"
SAMPLE_ORIGIN = "shared/events/eventbridge-aws/AWSSampleEvents.json"
_SAMPLE_INDEX = re.compile(r"^(?:derived from )?shared/events/eventbridge-aws/AWSSampleEvents\.json\[(\d+)\]")
AT = datetime(2024, 5, 17, 9, 30, tzinfo=timezone.utc)

# What importing a service module may load besides itself: the packages above it and the shared envelope.
_SHARED_MODULES = {
    "lambda_events._typing",
    "lambda_events._eventbridge_envelope",
    "lambda_events.eventbridge",
    "lambda_events.eventbridge.aws",
}
# Services whose details embed a CloudTrail record.
_USES_CLOUDTRAIL: set[str] = set()


def event_id(event: RegisteredEvent) -> str:
    return event.alias


def alias_type(event: RegisteredEvent) -> Any:
    """The event type an entry of the registry names."""
    return getattr(importlib.import_module(event.module), event.alias)


@pytest.mark.parametrize("event", EVENTS, ids=event_id)
def test_registry_matches_the_literals_of_the_type(event: RegisteredEvent) -> None:
    hints: dict[str, object] = get_type_hints(alias_type(event))
    assert get_origin(hints["detail-type"]) is Literal
    assert get_args(hints["detail-type"]) == (event.detail_type,)
    if event.source is None:
        assert hints["source"] is str
    else:
        assert get_origin(hints["source"]) is Literal
        assert get_args(hints["source"]) == (event.source,)


@pytest.mark.parametrize("event", EVENTS, ids=event_id)
def test_every_module_exports_its_events_and_details(event: RegisteredEvent) -> None:
    module = importlib.import_module(event.module)
    detail_type: object = get_type_hints(alias_type(event))["detail"]
    detail_class = get_origin(detail_type) or detail_type
    assert event.alias in module.__all__
    assert getattr(detail_class, "__name__", None) in module.__all__, f"{event.alias}: its detail type is not exported"


@pytest.mark.parametrize("event", EVENTS, ids=event_id)
def test_every_event_type_has_a_fixture(event: RegisteredEvent) -> None:
    assert [fixture for fixture in AWS_FIXTURES if fixture.type_name == event.alias], event.alias


@pytest.mark.parametrize("fixture", AWS_FIXTURES, ids=lambda fixture: fixture.name)
def test_fixture_is_recognised_as_its_type_and_only_its_type(fixture: Fixture) -> None:
    event = fixture.event()
    assert eventbridge.eventbridge_detail_type(event) == fixture.type_name
    assert detect_event_source(event) == "eventbridge"
    passing = [registered.alias for registered in EVENTS if getattr(eventbridge, registered.guard)(event)]
    assert passing == [fixture.type_name]


@pytest.mark.parametrize("factory", sorted(FACTORY_MODULES), ids=str)
def test_factory_makes_a_valid_event_of_its_type(factory: str) -> None:
    event = eventbridge_aws_event(factory, seed=7, at=AT)
    registered = next(registered for registered in EVENTS if registered.factory == factory)
    assert eventbridge.eventbridge_detail_type(event) == registered.alias
    assert find_event_problems(event, alias_type(registered)) == []
    assert event == eventbridge_aws_event(factory, seed=7, at=AT), "the same seed and time give the same event"
    assert event != eventbridge_aws_event(factory, seed=8, at=AT), "another seed gives other ids"
    assert detect_event_source(event) == "eventbridge"


def test_an_unknown_factory_name_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="factory: 'ec2_event' is not an EventBridge event factory"):
        eventbridge_aws_event("ec2_event")


@pytest.mark.parametrize(
    "value",
    [
        None,
        "EC2 Instance State-change Notification",
        [],
        {},
        {"source": "aws.ec2"},
        {"detail-type": "EC2 Instance State-change Notification"},
        {"source": ["aws.ec2"], "detail-type": "EC2 Instance State-change Notification"},
        {"source": "aws.ec2", "detail-type": {"unhashable": []}},
        {"source": "aws.ec2", "detail-type": "Something Else"},
        {"source": "com.example", "detail-type": "EC2 Instance State-change Notification"},
    ],
)
def test_unknown_or_malformed_events_are_not_recognised(value: object) -> None:
    assert eventbridge.eventbridge_detail_type(value) is None
    assert not any(getattr(eventbridge, registered.guard)(value) for registered in EVENTS)


def test_the_lookup_reads_only_the_two_keys_and_changes_nothing() -> None:
    event = {"source": "aws.ec2", "detail-type": "EC2 Instance State-change Notification"}
    before = copy.deepcopy(event)
    assert eventbridge.eventbridge_detail_type(event) == "EC2InstanceStateChangeEventDict"
    assert event == before


def test_guards_and_lookup_are_exported() -> None:
    public = ["EVENTBRIDGE_EVENT_TYPES", "eventbridge_detail_type", "eventbridge_type"]
    assert sorted(eventbridge.__all__) == sorted([*public, *(event.guard for event in EVENTS)])


@pytest.mark.parametrize("event", EVENTS, ids=event_id)
def test_each_name_loads_its_type(event: RegisteredEvent) -> None:
    assert eventbridge.EVENTBRIDGE_EVENT_TYPES[event.alias] == event.module
    assert eventbridge.eventbridge_type(event.alias) is alias_type(event)


@pytest.mark.parametrize("name", ["EC2InstanceStateChangeDetailDict", "SQSEventDict", "", None, ["x"]])
def test_an_unregistered_name_is_a_lookup_error(name: Any) -> None:
    with pytest.raises(LookupError, match="is not a registered EventBridge event type"):
        eventbridge.eventbridge_type(name)


@pytest.mark.skipif(not SAMPLES_FILE.is_file(), reason="../shared/events is not beside this checkout")
def test_every_sample_of_a_registered_pair_is_a_fixture() -> None:
    """Each console sample whose pair is registered is copied unchanged, or covered by fixtures derived from
    it that say what they replaced; no fixture claims a sample of another pair."""
    samples: list[dict[str, Any]] = json.loads(SAMPLES_FILE.read_text(encoding="utf-8"))
    by_pair = {(event.source, event.detail_type): event.alias for event in EVENTS}
    covering: dict[int, list[Fixture]] = {}
    for fixture in AWS_FIXTURES:
        match = _SAMPLE_INDEX.match(fixture.origin)
        if match is not None:
            covering.setdefault(int(match.group(1)), []).append(fixture)
    uncovered: list[str] = []
    for index, sample in enumerate(samples):
        alias = by_pair.get((sample["source"], sample["detail-type"])) or by_pair.get((None, sample["detail-type"]))
        fixtures = covering.pop(index, [])
        if alias is None:
            assert fixtures == [], f"sample {index} is of no registered pair"
            continue
        if not fixtures:
            uncovered.append(f"{index} ({sample['detail-type']})")
        for fixture in fixtures:
            assert fixture.type_name == alias, fixture.name
            if fixture.origin == f"{SAMPLE_ORIGIN}[{index}]":
                assert fixture.raw() == sample, f"{fixture.name} is not the sample unchanged"
            else:
                reason = fixture.origin.split(":", 1)[1] if ":" in fixture.origin else ""
                assert len(reason.strip()) > 20, f"{fixture.name}: say what was replaced and why"
    assert uncovered == []
    assert covering == {}, "fixtures name samples that do not exist"


@pytest.mark.parametrize("service", sorted({event.service for event in EVENTS}))
def test_importing_one_service_module_loads_only_that_module(service: str) -> None:
    module = f"lambda_events.eventbridge.aws.{service}"
    allowed = {*_SHARED_MODULES, module}
    if service in _USES_CLOUDTRAIL:
        allowed.add("lambda_events.eventbridge.aws.cloudtrail")
    assert set(submodules_loaded_by(f"import {module}")) - allowed == set()


def test_the_lookup_and_guards_load_no_event_type() -> None:
    loaded = submodules_loaded_by(
        "import lambda_events.eventbridge as eb\n"
        "eb.is_ec2_instance_state_change_event({'source': 'aws.ec2', 'detail-type': 'EC2 Instance State-change Notification'})"
    )
    assert loaded == ["lambda_events.eventbridge"]


def test_generated_files_are_current() -> None:
    assert main(["--check"]) == 0


def test_every_service_module_is_rendered_on_an_eventbridge_page() -> None:
    docs = Path(__file__).resolve().parent.parent / "docs" / "eventbridge"
    rendered = "\n".join(page.read_text(encoding="utf-8") for page in docs.glob("*.md"))
    missing = [event.module for event in EVENTS if f"::: {event.module}\n" not in rendered]
    assert sorted(set(missing)) == []
