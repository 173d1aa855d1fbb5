"""The unions of the operations sources reject events that mix their variants.

Each case takes a real fixture, moves it into a shape AWS never sends (a key of another variant, a variant's
key missing, a value outside a documented set), and checks the strict checker reports it where it is. When the
changed event is closer to another variant of a union, the checker reports that variant's discriminator.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from lambda_events import AWSConfigInvokingEventDict, find_event_problems
from tests.fixture_catalog import fixture_named

Mutation = Callable[[Any], None]


def add_old_properties_to_create(event: Any) -> None:
    event["OldResourceProperties"] = dict(event["ResourceProperties"])


def drop_physical_id_from_delete(event: Any) -> None:
    del event["PhysicalResourceId"]


def give_schema_1_task_a_bucket_name(event: Any) -> None:
    event["tasks"][0]["s3Bucket"] = event["tasks"][0].pop("s3BucketArn").split(":::")[-1]


def give_schema_1_job_user_arguments(event: Any) -> None:
    event["job"]["userArguments"] = {"k1": "v1"}


def add_head_context_to_get_object(event: Any) -> None:
    event["headObjectContext"] = {"inputS3Url": event["getObjectContext"]["inputS3Url"]}


def drop_function_arn_from_lambda_action(event: Any) -> None:
    del event["Records"][0]["ses"]["receipt"]["action"]["functionArn"]


def give_thing_event_a_group_key(event: Any) -> None:
    event["thingGroupName"] = "MyRootThingGroup"


def give_api_event_a_function(event: Any) -> None:
    event["function"] = "getClaims"


def unknown_alarm_state(event: Any) -> None:
    event["alarmData"]["state"]["value"] = "CRITICAL"


def mix_alarm_configurations(event: Any) -> None:
    event["alarmData"]["configuration"]["alarmRule"] = "ALARM(other)"


def non_text_s3_eventbridge_reason(event: Any) -> None:
    event["detail"]["reason"] = 42  # the set of reasons is open (a new API name passes), but it is text


def scheduled_event_with_detail(event: Any) -> None:
    event["detail"] = {"instance-id": "i-0123456789abcdef0"}


CASES: list[tuple[str, Mutation, str]] = [
    ("cloudformationCustomResourceCreate.json", add_old_properties_to_create, "$.OldResourceProperties"),
    ("cloudformationCustomResourceDelete.json", drop_physical_id_from_delete, "$.RequestType"),
    ("s3BatchOperationEventSchemaV1.json", give_schema_1_task_a_bucket_name, "$.invocationSchemaVersion"),
    ("s3BatchOperationEventSchemaV1.json", give_schema_1_job_user_arguments, "$.job.userArguments"),
    ("s3ObjectEventIAMUser.json", add_head_context_to_get_object, "$.headObjectContext"),
    ("sesEvent.json", drop_function_arn_from_lambda_action, "$.Records[0].ses.receipt.action"),
    ("iotRegistryEventsThingEvent.json", give_thing_event_a_group_key, "$.thingGroupName"),
    ("bedrockAgentEvent.json", give_api_event_a_function, "$.function"),
    ("cloudWatchAlarmEventSingleMetric.json", unknown_alarm_state, "$.alarmData.state.value"),
    ("cloudWatchAlarmEventSingleMetric.json", mix_alarm_configurations, "$.alarmData.configuration.alarmRule"),
    ("s3EventBridgeNotificationObjectCreatedEvent.json", non_text_s3_eventbridge_reason, "$.detail.reason"),
    ("eventBridgeScheduledEvent.json", scheduled_event_with_detail, '$.detail["instance-id"]'),
]


@pytest.mark.parametrize(("name", "mutate", "path"), CASES, ids=[f"{name}-{m.__name__}" for name, m, _ in CASES])
def test_mixed_variant_is_reported_where_it_is(name: str, mutate: Mutation, path: str) -> None:
    fixture = fixture_named(name)
    event = fixture.event()
    assert find_event_problems(event, fixture.expected_type) == []
    mutate(event)
    problems = find_event_problems(event, fixture.expected_type)
    assert path in {problem.path for problem in problems}, problems


@pytest.mark.parametrize(
    ("name", "message_type"),
    [
        ("awsConfigRuleConfigurationChanged.json", "ConfigurationItemChangeNotification"),
        ("awsConfigRuleOversizedConfiguration.json", "OversizedConfigurationItemChangeNotification"),
        ("awsConfigRuleScheduled.json", "ScheduledNotification"),
    ],
)
def test_config_invoking_events_match_the_union_only_with_their_message_type(name: str, message_type: str) -> None:
    invoking_event = json.loads(fixture_named(name).event()["invokingEvent"])
    assert invoking_event["messageType"] == message_type
    assert find_event_problems(invoking_event, AWSConfigInvokingEventDict) == []
    invoking_event["messageType"] = "ConfigurationSnapshotDeliveryCompleted"
    problems = find_event_problems(invoking_event, AWSConfigInvokingEventDict)
    assert "$.messageType" in {problem.path for problem in problems}
