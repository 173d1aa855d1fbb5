"""AWS IoT rule actions: the factories of `lambda_events.testing.iot_rule`
and the types of `lambda_events.types.iot_rule`."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import lambda_events
from lambda_events import (
    EventDecodeError,
    decode_iot_rule_original_payload,
    decode_iot_rule_original_payload_json,
    find_event_problems,
)
from lambda_events import testing as factories
from lambda_events._typing import TypedDict
from tests.support import Case, factory_test, json_objects, names

CASES = [
    Case(
        factories.iot_rule_error_action_event,
        {
            "payload": st.binary(max_size=32) | json_objects, "rule": names,
            "topic": st.lists(names, min_size=1, max_size=3).map("/".join), "client_id": st.none() | names,
            "failed_actions": st.lists(st.sampled_from(["S3Action", "LambdaAction", "SqsAction"]), min_size=1),
        },
        "iot_rule_error_action",
    ),
]

test_factories_make_valid_events = factory_test(CASES)


@given(payload=st.binary(max_size=64), document=json_objects)
def test_the_original_payload_decodes_back(payload: bytes, document: dict[str, Any]) -> None:
    assert decode_iot_rule_original_payload(factories.iot_rule_error_action_event(payload=payload)) == payload
    event = factories.iot_rule_error_action_event(payload=document)
    assert decode_iot_rule_original_payload_json(event) == document


class TelemetryDict(TypedDict):
    """A rule's selected fields."""

    temperature: float


def test_a_rule_event_is_the_statement_output_of_any_shape() -> None:
    telemetry = lambda_events.IoTRuleEventDict[TelemetryDict]
    assert find_event_problems({"temperature": 21.5}, telemetry) == []
    assert [problem.path for problem in find_event_problems({"temperature": "hot"}, telemetry)] == ["$.temperature"]
    assert find_event_problems({"anything": [1, 2]}, lambda_events.IoTRuleEventDict) == []


def test_bad_payloads_and_arguments_are_named() -> None:
    with pytest.raises(EventDecodeError, match="base64OriginalPayload"):
        decode_iot_rule_original_payload({"base64OriginalPayload": "not base64!"})
    with pytest.raises(EventDecodeError, match="base64OriginalPayload"):
        decode_iot_rule_original_payload_json({"base64OriginalPayload": "AAEC"})
    with pytest.raises(ValueError, match="failed_actions"):
        factories.iot_rule_error_action_event(failed_actions=[])
