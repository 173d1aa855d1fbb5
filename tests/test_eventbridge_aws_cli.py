"""`lambda-events sample` makes AWS services' EventBridge events by factory name, and `inspect` checks a
recognised one against its registered type, `detail` included."""

from __future__ import annotations

import copy
import io
import json
from typing import Any

import pytest

from lambda_events._cli.main import run
from lambda_events._cli.usage import UsageError
from lambda_events.testing.eventbridge_aws import FACTORY_MODULES
from tests.fixture_catalog import fixture_named


def run_here(*args: str, stdin: str = "") -> tuple[int, str]:
    """Run the tool in this process: exit status and standard output."""
    out = io.StringIO()
    status = run(list(args), io.BytesIO(stdin.encode()), out)
    return status, out.getvalue()


def inspect_json(event: Any, *args: str) -> dict[str, Any]:
    """The `--json` document `inspect -` prints for `event`."""
    _, out = run_here("inspect", "-", "--json", *args, stdin=json.dumps(event))
    document: dict[str, Any] = json.loads(out)
    return document


@pytest.mark.parametrize("factory", sorted(FACTORY_MODULES))
def test_sample_by_factory_name_is_recognised_and_valid(factory: str) -> None:
    status, out = run_here("sample", factory, "--seed", "3", "--at", "2024-05-17T09:30:00Z")
    assert status == 0
    assert run_here("sample", factory, "--seed", "3", "--at", "2024-05-17T09:30:00Z")[1] == out
    document = inspect_json(json.loads(out))
    assert document["source"] == "eventbridge"
    assert document["type"].endswith("EventDict") and document["type"] != "EventBridgeEventDict"
    assert document["valid"] is True


def test_inspect_checks_the_detail_of_a_recognised_event() -> None:
    event = copy.deepcopy(fixture_named("ec2-instance-state-change-notification-157.json").raw())
    assert inspect_json(event)["type"] == "EC2InstanceStateChangeEventDict"
    event["detail"]["state"] = "asleep"
    event["detail"]["surprise"] = 1
    document = inspect_json(event)
    assert document["valid"] is False
    assert {problem["path"] for problem in document["problems"]} == {"$.detail.state", "$.detail.surprise"}


def test_type_names_an_eventbridge_event_type() -> None:
    event = fixture_named("ecs-task-state-change-188.json").raw()
    assert inspect_json(event, "--type", "ECSTaskStateChangeEventDict")["valid"] is True
    assert inspect_json(event, "--type", "EC2InstanceStateChangeEventDict")["valid"] is False


def test_an_unknown_factory_name_suggests_the_close_ones() -> None:
    with pytest.raises(UsageError, match="did you mean ec2_instance_state_change_event"):
        run_here("sample", "ec2_instance_state_change")
