"""AWS Config rules: the factories of `lambda_events.testing.aws_config`
and the types of `lambda_events.types.aws_config`."""

from __future__ import annotations

import typing
from typing import Any

import pytest
from hypothesis import strategies as st

import lambda_events
from lambda_events import (
    find_event_problems,
)
from lambda_events import testing as factories
from lambda_events.testing import aws_config as aws_config_factories
from tests.support import (
    AT,
    Case,
    factory_test,
    json_objects,
    names,
)

CASES = [
    Case(
        factories.aws_config_event,
        {
            "message_type": st.sampled_from(typing.get_args(aws_config_factories.ConfigMessageType)),
            "resource_id": names, "configuration": st.none() | json_objects,
            "rule_parameters": st.none() | json_objects,
        },
        "aws_config",
    ),
]

test_factories_make_valid_events = factory_test(CASES)


@pytest.mark.parametrize(
    ("message_type", "type_name"),
    [
        ("ConfigurationItemChangeNotification", "AWSConfigConfigurationItemChangeNotificationDict"),
        ("OversizedConfigurationItemChangeNotification", "AWSConfigOversizedConfigurationItemChangeNotificationDict"),
        ("ScheduledNotification", "AWSConfigScheduledNotificationDict"),
    ],
)
def test_config_invoking_events_pass_the_strict_check(message_type: Any, type_name: str) -> None:
    event = factories.aws_config_event(message_type=message_type, seed=1, at=AT)
    invoking = lambda_events.decode_config_invoking_event(event)
    assert find_event_problems(invoking, getattr(lambda_events, type_name)) == []
    assert invoking["messageType"] == message_type
