"""AWS CloudFormation custom resources and the AWS CDK provider framework: the factories of
`lambda_events.testing.cloudformation` and the types of `lambda_events.types.cloudformation`."""

from __future__ import annotations

from hypothesis import strategies as st

import lambda_events
from lambda_events import testing as factories
from tests.fixture_catalog import fixture_named
from tests.support import (
    Case,
    factory_test,
    json_objects,
    names,
)

REQUEST_TYPES = st.sampled_from(["Create", "Update", "Delete"])

CASES = [
    Case(
        factories.cloudformation_event,
        {
            "request_type": REQUEST_TYPES, "properties": st.none() | json_objects,
            "resource_type": names, "logical_id": names, "service_token": st.booleans(),
        },
        "cloudformation",
    ),
    Case(
        factories.cloudformation_cdk_on_event_event,
        {"request_type": REQUEST_TYPES, "properties": st.none() | json_objects, "logical_id": names},
        "cloudformation_cdk_on_event",
    ),
    Case(
        factories.cloudformation_cdk_is_complete_event,
        {
            "request_type": st.just("Create"), "properties": st.none() | json_objects,
            "data": st.none() | json_objects, "logical_id": names,
        },
        "cloudformation_cdk_is_complete",
    ),
    Case(
        factories.cloudformation_cdk_is_complete_event,
        {"request_type": REQUEST_TYPES, "data": json_objects},
        "cloudformation_cdk_is_complete",
    ),
]

test_factories_make_valid_events = factory_test(CASES)


def test_the_provider_framework_hides_the_response_url() -> None:
    on_event = factories.cloudformation_cdk_on_event_event(request_type="Update", seed=1)
    assert "ResponseURL" not in on_event and "ServiceToken" not in on_event
    assert on_event.get("PhysicalResourceId") and on_event.get("OldResourceProperties") is not None
    complete = factories.cloudformation_cdk_is_complete_event(data={"Arn": "x"}, seed=1)
    assert complete["PhysicalResourceId"] and complete.get("Data") == {"Arn": "x"}
    request = factories.cloudformation_event(service_token=False, seed=1)
    assert "ServiceToken" not in request and "ServiceToken" in request["ResourceProperties"]
    assert lambda_events.detect_event_source(request) == "cloudformation"


def test_an_update_whose_on_event_returned_only_the_id_reads_as_on_event() -> None:
    """The two requests are the same document then; detection names the first handler."""
    complete = factories.cloudformation_cdk_is_complete_event(request_type="Update", seed=1)
    assert lambda_events.detect_event_source(complete) == "cloudformation_cdk_on_event"
    assert lambda_events.find_event_problems(complete, lambda_events.CloudFormationCDKIsCompleteRequestDict) == []


def test_a_masked_response_url_is_the_provider_framework() -> None:
    event = fixture_named("cloudformationCdkOnEventCreate.json").event()
    event["ResponseURL"] = "..."
    assert lambda_events.detect_event_source(event) == "cloudformation_cdk_on_event"
    assert lambda_events.find_event_problems(event, lambda_events.CloudFormationCDKOnEventRequestDict) == []
