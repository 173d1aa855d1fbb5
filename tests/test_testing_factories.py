"""`lambda_events.testing`: every factory's output passes the strict check for its type across many argument
combinations (hypothesis), is recognised as its source, round-trips through the decoders, is deterministic
given a seed and a time, names its resources in the partition of its Region; `lambda_context` makes a context
that satisfies `LambdaContext`; and the runtime package never loads the testing package."""

from __future__ import annotations

import ast
import dataclasses
import hashlib
import json
import random
import re
import typing
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from datetime import datetime, timezone
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import lambda_events
from scripts.runtime_check import submodules_loaded_by
from lambda_events import (
    EVENT_SOURCE_TYPE_NAMES,
    EventSource,
    LambdaCognitoIdentity,
    LambdaContext,
    detect_event_source,
    find_event_problems,
)
from lambda_events import testing as factories
from lambda_events.testing import SAMPLE_FACTORIES, cognito_messages, operations, sample_event
from scripts.generate_exports import collect_exports

SOURCES: tuple[EventSource, ...] = typing.get_args(EventSource)
AT = datetime(2024, 5, 17, 9, 30, 15, 250000, tzinfo=timezone.utc)

# --- strategies -------------------------------------------------------------------------------------------

texts = st.text(max_size=40)
names = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_", min_size=1, max_size=16)
header_names = names.filter(lambda name: name.lower() not in ("cookie", "content-type"))
field_values = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=24)
fields = st.none() | st.dictionaries(
    header_names, field_values | st.lists(field_values, min_size=1, max_size=3), max_size=4
)
json_scalars = st.none() | st.booleans() | st.integers(-(2**53), 2**53) | texts
json_values = st.recursive(
    json_scalars, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts, inner, max_size=3), max_leaves=8
)
json_objects = st.dictionaries(texts, json_values, max_size=4)
payloads = st.binary(max_size=64) | texts | json_objects
bodies = st.none() | st.binary(max_size=64) | texts | json_objects
regions = st.sampled_from(["us-east-1", "eu-west-3", "ap-southeast-2", "cn-north-1", "us-gov-west-1"])
accounts = st.from_regex(r"\A[0-9]{12}\Z")
times = st.datetimes(min_value=datetime(2001, 1, 1), max_value=datetime(2099, 12, 31), timezones=st.just(timezone.utc))
seeds = st.integers(0, 2**64) | st.none()
methods = st.sampled_from(["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"])
paths = st.lists(names, max_size=4).map(lambda parts: "/" + "/".join(parts))
commaless_values = field_values.filter(lambda value: "," not in value)
string_maps = st.none() | st.dictionaries(names, texts, max_size=3)
dynamodb_scalars = (
    texts
    | st.integers(-(10**30), 10**30)
    | st.decimals(min_value=-(10**9), max_value=10**9, places=4, allow_nan=False, allow_infinity=False)
    | st.binary(max_size=16)
    | st.booleans()
    | st.none()
    | st.frozensets(texts, min_size=1, max_size=3)
    | st.frozensets(st.integers(-1000, 1000), min_size=1, max_size=3)
    | st.frozensets(st.binary(max_size=8), min_size=1, max_size=3)
)
dynamodb_values = st.recursive(
    dynamodb_scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts, inner, max_size=3),
    max_leaves=8,
)


def _item(key: str, rest: dict[str, Any]) -> dict[str, Any]:
    return {"id": key, **rest}


def _lambda_authorizer(context: dict[str, Any]) -> dict[str, Any]:
    return {"lambda": context}


items = st.builds(_item, texts, st.dictionaries(names, dynamodb_values, max_size=4))
agent_values = texts | st.integers() | st.booleans() | st.floats(allow_nan=False)
challenge_results = st.fixed_dictionaries(
    {"challengeName": st.sampled_from(["SRP_A", "CUSTOM_CHALLENGE"]), "challengeResult": st.booleans()}
)


@dataclass(frozen=True)
class Case:
    """A factory, strategies for its own arguments, and the source its events must be detected as."""

    factory: Callable[..., Any]
    arguments: Mapping[str, st.SearchStrategy[Any]]
    source: EventSource

    @property
    def name(self) -> str:
        return f"{self.factory.__name__}-{self.source}"


CASES = [
    Case(
        factories.sqs_event,
        {
            "bodies": st.lists(texts | json_objects, min_size=1, max_size=4), "queue": names,
            "message_attributes": st.none() | st.dictionaries(names, texts | st.integers() | st.binary(), max_size=3),
            "fifo": st.booleans(), "receive_count": st.integers(1, 10),
        },
        "sqs",
    ),
    Case(
        factories.sns_event,
        {
            "messages": st.lists(texts | json_objects, min_size=1, max_size=2), "topic": names,
            "subject": st.none() | texts,
            "message_attributes": (
                st.none() | st.dictionaries(names, texts | st.integers() | st.binary() | st.lists(texts), max_size=3)
            ),
        },
        "sns",
    ),
    Case(
        factories.s3_event,
        {
            "keys": st.lists(texts.filter(bool), min_size=1, max_size=3), "bucket": names,
            "event_name": st.sampled_from(typing.get_args(lambda_events.S3EventName)), "size": st.integers(0, 2 ** 40),
            "version_id": st.none() | names,
        },
        "s3",
    ),
    Case(
        factories.s3_batch_operation_event,
        {
            "keys": st.lists(texts, min_size=1, max_size=2), "bucket": names, "schema_version": st.just("1.0"),
        },
        "s3_batch_operation",
    ),
    Case(
        factories.s3_batch_operation_event,
        {
            "keys": st.lists(texts, min_size=1, max_size=2), "schema_version": st.just("2.0"),
            "user_arguments": string_maps,
        },
        "s3_batch_operation",
    ),
    Case(
        factories.s3_object_lambda_event,
        {
            "operation": st.sampled_from(["GetObject", "HeadObject", "ListObjects", "ListObjectsV2"]), "key": texts,
            "access_point": names, "payload": st.none() | texts,
        },
        "s3_object_lambda",
    ),
    Case(
        factories.eventbridge_event,
        {
            "detail": json_objects, "detail_type": texts, "source": names, "resources": st.lists(names, max_size=2),
        },
        "eventbridge",
    ),
    Case(factories.scheduled_event, {"rule": names}, "scheduled"),
    Case(
        factories.s3_eventbridge_event,
        {
            "key": texts, "bucket": names, "size": st.integers(0, 2 ** 40),
            "detail_type": st.sampled_from(typing.get_args(lambda_events.S3EventBridgeDetailType)),
        },
        "s3_eventbridge",
    ),
    Case(
        factories.kinesis_event,
        {
            "data": st.lists(payloads, min_size=1, max_size=4), "stream": names, "partition_key": st.none() | names,
            "shard": st.integers(0, 999),
        },
        "kinesis_stream",
    ),
    Case(
        factories.kinesis_time_window_event,
        {
            "data": st.lists(payloads, max_size=3), "state": st.none() | json_objects, "final": st.booleans(),
            "window_seconds": st.integers(1, 900),
        },
        "kinesis_stream_time_window",
    ),
    Case(
        factories.firehose_event,
        {
            "data": st.lists(payloads, min_size=1, max_size=4), "delivery_stream": names,
            "source_stream": st.none() | names,
        },
        "kinesis_firehose",
    ),
    Case(
        factories.cloudwatch_logs_event,
        {
            "messages": st.lists(texts, max_size=4), "log_group": names, "log_stream": st.none() | names,
            "filter_name": names,
        },
        "cloudwatch_logs",
    ),
    Case(
        factories.kafka_event,
        {
            "values": st.lists(payloads, min_size=1, max_size=3), "topic": names, "partition": st.integers(0, 99),
            "keys": st.none() | st.lists(st.none() | st.binary(max_size=8), max_size=3),
            "headers": st.lists(st.tuples(names, st.binary(max_size=8) | texts), max_size=3),
            "self_managed": st.booleans(),
        },
        "kafka",
    ),
    Case(
        factories.dynamodb_stream_event,
        {
            "new_images": st.lists(items, min_size=1, max_size=3), "old_images": st.lists(items, max_size=3),
            "ttl_expired": st.booleans(),
        },
        "dynamodb_stream",
    ),
    Case(
        factories.dynamodb_stream_event,
        {
            "old_images": st.lists(items, min_size=1, max_size=3), "ttl_expired": st.booleans(),
        },
        "dynamodb_stream",
    ),
    Case(
        factories.dynamodb_time_window_event,
        {
            "new_images": st.lists(items, min_size=1, max_size=2), "state": st.none() | json_objects,
            "final": st.booleans(),
        },
        "dynamodb_stream_time_window",
    ),
    Case(
        factories.documentdb_event,
        {
            "documents": st.lists(json_objects, min_size=1, max_size=3),
            "operation": st.sampled_from(["insert", "update", "replace", "delete"]), "database": names,
            "collection": names,
        },
        "documentdb",
    ),
    Case(
        factories.activemq_event,
        {
            "messages": st.lists(payloads, min_size=1, max_size=3), "queue": names, "properties": string_maps,
        },
        "activemq",
    ),
    Case(
        factories.rabbitmq_event,
        {
            "messages": st.lists(payloads, min_size=1, max_size=3), "queue": names, "virtual_host": names,
            "headers": string_maps, "content_type": st.none() | names,
        },
        "rabbitmq",
    ),
    Case(
        factories.api_gateway_proxy_event,
        {
            "method": methods, "path": paths, "body": bodies, "headers": fields, "query": fields,
            "path_parameters": string_maps, "stage_variables": string_maps, "stage": names,
            "authorizer": st.none() | json_objects,
        },
        "apigw_rest",
    ),
    Case(
        factories.api_gateway_proxy_event_v2,
        {
            "method": methods, "path": paths, "body": bodies, "headers": fields, "query": fields,
            "cookies": st.lists(names, max_size=2), "path_parameters": string_maps, "stage_variables": string_maps,
            "stage": st.just("$default") | names, "authorizer": st.none() | st.builds(_lambda_authorizer, json_objects),
        },
        "apigw_http",
    ),
    Case(
        factories.api_gateway_websocket_event,
        {
            "event_type": st.sampled_from(["CONNECT", "MESSAGE", "DISCONNECT"]), "body": bodies, "query": fields,
            "route_key": st.none() | names,
        },
        "apigw_websocket",
    ),
    Case(
        factories.alb_event,
        {
            "method": methods, "path": paths, "body": bodies, "headers": fields, "query": fields,
            "multi_value": st.booleans(),
        },
        "alb",
    ),
    Case(
        factories.function_url_event,
        {
            "method": methods, "path": paths, "body": bodies, "headers": fields, "query": fields,
            "cookies": st.lists(names, max_size=2), "iam": st.booleans(),
        },
        "function_url",
    ),
    Case(
        factories.vpc_lattice_event,
        {
            "method": methods, "path": paths, "body": bodies, "headers": fields, "query": fields,
        },
        "vpc_lattice_v1",
    ),
    Case(
        factories.vpc_lattice_event_v2,
        {
            "method": methods, "path": paths, "body": bodies, "headers": fields, "query": fields,
        },
        "vpc_lattice_v2",
    ),
    Case(
        factories.api_gateway_token_authorizer_event,
        {
            "token": st.none() | texts, "method": methods, "path": paths,
        },
        "apigw_rest_authorizer_token",
    ),
    Case(
        factories.api_gateway_request_authorizer_event,
        {
            "token": st.none() | texts, "method": methods, "path": paths, "headers": fields, "query": fields,
            "path_parameters": string_maps,
        },
        "apigw_rest_authorizer_request",
    ),
    Case(
        factories.api_gateway_authorizer_event_v2,
        {
            "token": st.none() | texts, "method": methods, "path": paths, "headers": fields, "query": fields,
            "cookies": st.lists(names, max_size=2),
        },
        "apigw_http_authorizer",
    ),
    Case(
        factories.api_gateway_websocket_authorizer_event,
        {
            "token": st.none() | texts, "query": fields,
        },
        "apigw_websocket_authorizer",
    ),
    Case(
        factories.transfer_family_authorizer_event,
        {
            "username": names, "password": st.none() | texts,
            "protocol": st.sampled_from(["SFTP", "FTPS", "FTP", "AS2"]), "key_authentication": st.booleans(),
        },
        "transfer_family_authorizer",
    ),
    Case(
        factories.cloudfront_request_event,
        {
            "uri": paths, "method": methods, "headers": fields, "query": fields,
            "event_type": st.sampled_from(["viewer-request", "origin-request"]),
        },
        "cloudfront_request",
    ),
    Case(
        factories.cloudfront_response_event,
        {
            "status": st.integers(100, 599), "response_headers": fields,
            "event_type": st.sampled_from(["viewer-response", "origin-response"]),
        },
        "cloudfront_response",
    ),
    Case(
        factories.ses_event,
        {
            "sender": names, "recipients": st.lists(names, min_size=1, max_size=3), "subject": texts,
        },
        "ses",
    ),
    Case(
        factories.appsync_resolver_event,
        {
            "field_name": names, "arguments": st.none() | json_objects, "parent_type": names,
            "source": st.none() | json_objects, "selection": st.lists(names, max_size=3),
            "identity": st.none() | st.builds(factories.appsync_cognito_identity, groups=st.lists(names, max_size=2)),
        },
        "appsync_resolver",
    ),
    Case(
        factories.appsync_batch_resolver_event,
        {
            "sources": st.lists(json_objects, min_size=1, max_size=3), "field_name": names,
        },
        "appsync_batch_resolver",
    ),
    Case(
        factories.appsync_resolver_template_event,
        {
            "field_name": names, "type_name": names, "arguments": st.none() | json_objects,
        },
        "appsync_resolver_template",
    ),
    Case(
        factories.appsync_authorizer_event,
        {
            "token": texts, "query": texts, "variables": st.none() | json_objects, "operation_name": st.none() | names,
        },
        "appsync_authorizer",
    ),
    Case(
        factories.appsync_events_event,
        {
            "channel": st.lists(names, min_size=1, max_size=3).map("/".join),
            "operation": st.sampled_from(["PUBLISH", "SUBSCRIBE"]), "payloads": st.lists(json_values, max_size=3),
        },
        "appsync_events",
    ),
    Case(
        factories.cloudformation_custom_resource_event,
        {
            "request_type": st.sampled_from(["Create", "Update", "Delete"]), "properties": st.none() | json_objects,
            "resource_type": names, "logical_id": names,
        },
        "cloudformation_custom_resource",
    ),
    Case(
        factories.codepipeline_job_event,
        {
            "user_parameters": st.none() | texts | json_objects, "input_artifacts": st.lists(names, max_size=2),
            "output_artifacts": st.lists(names, max_size=2), "kms_key": st.none() | names,
            "continuation_token": st.none() | names,
        },
        "codepipeline_job",
    ),
    Case(factories.codedeploy_lifecycle_hook_event, {"deployment_id": st.none() | names}, "codedeploy_lifecycle_hook"),
    Case(
        factories.config_rule_event,
        {
            "message_type": st.sampled_from(typing.get_args(operations.ConfigMessageType)),
            "resource_id": names, "configuration": st.none() | json_objects,
            "rule_parameters": st.none() | json_objects,
        },
        "config_rule",
    ),
    Case(
        factories.secrets_manager_rotation_event,
        {
            "step": st.sampled_from(["createSecret", "setSecret", "testSecret", "finishSecret"]), "secret": names,
            "rotation_token": st.booleans(),
        },
        "secrets_manager_rotation",
    ),
    Case(
        factories.cloudwatch_alarm_event,
        {
            "alarm": names, "state": st.sampled_from(["OK", "ALARM", "INSUFFICIENT_DATA"]),
            "previous_state": st.sampled_from(["OK", "ALARM", "INSUFFICIENT_DATA"]),
            "threshold": st.floats(-1000000000.0, 1000000000.0), "dimensions": string_maps,
            "composite_rule": st.none() | texts,
        },
        "cloudwatch_alarm",
    ),
    Case(
        factories.cloudwatch_custom_widget_event,
        {
            "params": st.none() | json_objects, "describe": st.booleans(), "title": texts,
        },
        "cloudwatch_custom_widget",
    ),
    Case(
        factories.iot_registry_event,
        {
            "thing": names, "operation": st.sampled_from(["CREATED", "UPDATED", "DELETED"]), "attributes": string_maps,
            "thing_type": st.none() | names,
        },
        "iot_registry",
    ),
    Case(
        factories.bedrock_agent_api_event,
        {
            "api_path": paths, "method": methods,
            "parameters": st.none() | st.dictionaries(names, agent_values, max_size=3),
            "body": st.none() | st.dictionaries(names, texts, max_size=3), "input_text": texts,
        },
        "bedrock_agent",
    ),
    Case(
        factories.bedrock_agent_function_event,
        {
            "function": names, "parameters": st.none() | st.dictionaries(names, texts | st.integers(), max_size=3),
        },
        "bedrock_agent",
    ),
    Case(
        factories.lex_v2_event,
        {
            "intent": names, "slots": st.none() | st.dictionaries(names, st.none() | texts, max_size=3),
            "invocation_source": st.sampled_from(["DialogCodeHook", "FulfillmentCodeHook"]),
        },
        "lex_v2",
    ),
    Case(
        factories.connect_contact_flow_event,
        {
            "attributes": string_maps, "parameters": string_maps,
            "channel": st.sampled_from(["VOICE", "CHAT", "TASK", "EMAIL"]), "queue": st.none() | names,
        },
        "connect_contact_flow",
    ),
    Case(
        factories.cognito_pre_sign_up_event,
        {
            "trigger_source": (
                st.sampled_from(["PreSignUp_SignUp", "PreSignUp_AdminCreateUser", "PreSignUp_ExternalProvider"])
            ),
            "user_name": st.none() | names, "user_attributes": string_maps, "validation_data": string_maps,
            "client_metadata": string_maps,
        },
        "cognito_pre_sign_up",
    ),
    Case(
        factories.cognito_post_confirmation_event,
        {
            "user_attributes": string_maps, "client_metadata": string_maps,
        },
        "cognito_post_confirmation",
    ),
    Case(factories.cognito_pre_authentication_event, {"validation_data": string_maps}, "cognito_pre_authentication"),
    Case(
        factories.cognito_post_authentication_event,
        {
            "new_device_used": st.booleans(),
        },
        "cognito_post_authentication",
    ),
    Case(
        factories.cognito_define_auth_challenge_event,
        {
            "session": st.lists(challenge_results, max_size=3),
        },
        "cognito_define_auth_challenge",
    ),
    Case(
        factories.cognito_create_auth_challenge_event,
        {
            "challenge_name": st.sampled_from(["CUSTOM_CHALLENGE", "SMS_MFA"]),
        },
        "cognito_create_auth_challenge",
    ),
    Case(
        factories.cognito_verify_auth_challenge_response_event,
        {
            "answer": texts, "expected": string_maps,
        },
        "cognito_verify_auth_challenge_response",
    ),
    Case(
        factories.cognito_pre_token_generation_event,
        {
            "groups": st.lists(names, max_size=3), "client_metadata": string_maps,
        },
        "cognito_pre_token_generation",
    ),
    Case(
        factories.cognito_pre_token_generation_v2_event,
        {
            "groups": st.lists(names, max_size=3), "scopes": st.lists(names, max_size=3),
            "version": st.sampled_from(["2", "3"]),
        },
        "cognito_pre_token_generation_v2",
    ),
    Case(
        factories.cognito_pre_token_generation_client_credentials_event,
        {
            "scopes": st.lists(names, max_size=3), "client_metadata": string_maps,
        },
        "cognito_pre_token_generation_client_credentials",
    ),
    Case(
        factories.cognito_user_migration_event,
        {
            "trigger_source": st.sampled_from(["UserMigration_Authentication", "UserMigration_ForgotPassword"]),
            "user_name": names, "password": st.none() | texts,
        },
        "cognito_user_migration",
    ),
    Case(
        factories.cognito_custom_message_event,
        {
            "trigger_source": st.sampled_from(typing.get_args(cognito_messages.CustomMessageSource)),
        },
        "cognito_custom_message",
    ),
    Case(
        factories.cognito_custom_email_sender_event,
        {
            "trigger_source": (
                st.sampled_from(["CustomEmailSender_SignUp", "CustomEmailSender_AccountTakeOverNotification"])
            ),
            "code": st.none() | texts,
        },
        "cognito_custom_email_sender",
    ),
    Case(factories.cognito_custom_sms_sender_event, {"code": st.none() | texts}, "cognito_custom_sms_sender"),
]


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_every_output_passes_the_strict_check(case: Case, data: st.DataObject) -> None:
    arguments = data.draw(st.fixed_dictionaries(dict(case.arguments)), label="arguments")
    context = data.draw(st.fixed_dictionaries({"region": regions, "account": accounts, "seed": seeds, "at": times}))
    event = case.factory(**arguments, **context)
    assert find_event_problems(event, getattr(lambda_events, EVENT_SOURCE_TYPE_NAMES[case.source])) == []
    assert detect_event_source(event) == case.source
    assert json.loads(json.dumps(event)) == event


@settings(max_examples=40, deadline=None)
@given(
    message=texts | json_objects,
    topic=names | names.map(lambda name: f"{name}.fifo"),
    subject=st.none() | texts,
    attributes=st.none() | st.dictionaries(names, texts | st.integers() | st.binary(), max_size=2),
    bucket=names,
    region=regions,
)
def test_envelopes_for_other_services_pass_the_strict_check(
    message: Any, topic: str, subject: str | None, attributes: dict[str, Any] | None, bucket: str, region: str
) -> None:
    notification = factories.sns_notification(
        message=message, topic=topic, subject=subject, message_attributes=attributes
    )
    assert find_event_problems(notification, lambda_events.SNSNotificationDict) == []
    assert ("SequenceNumber" in notification) == topic.endswith(".fifo") != ("Signature" in notification)
    test_event = factories.s3_test_event(bucket=bucket, region=region)
    assert find_event_problems(test_event, lambda_events.S3TestEventDict) == []


# --- every source, and every types module, has a factory ----------------------------------------------------


def test_every_source_has_a_sample_factory() -> None:
    assert set(SAMPLE_FACTORIES) == set(SOURCES)
    tested = {case.source for case in CASES}
    assert tested == set(SOURCES), f"sources without a property test: {set(SOURCES) - tested}"


def test_every_types_module_of_events_has_a_factory() -> None:
    """Every module of `lambda_events.types` that defines an event (`...EventDict`) has a factory."""
    module_of = collect_exports()
    covered = {module_of[EVENT_SOURCE_TYPE_NAMES[source]] for source in SOURCES}
    with_events = {
        module
        for name, module in module_of.items()
        if name.endswith("EventDict") and module.startswith("lambda_events.types.")
    }
    assert len(with_events) > 30
    assert with_events <= covered, f"types modules without a factory: {sorted(with_events - covered)}"


@pytest.mark.parametrize("source", SOURCES)
def test_samples_are_valid_and_recognised(source: EventSource) -> None:
    event = sample_event(source, seed=7, at=AT)
    assert find_event_problems(event, getattr(lambda_events, EVENT_SOURCE_TYPE_NAMES[source])) == []
    assert detect_event_source(event) == source


# --- determinism ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("source", SOURCES)
def test_same_seed_and_time_give_the_same_event(source: EventSource) -> None:
    first = sample_event(source, seed=42, at=AT)
    assert sample_event(source, seed=42, at=AT) == first
    assert sample_event(source, seed=random.Random(42), at=AT) == first
    assert sample_event(source, seed=43, at=AT) != first


def test_without_a_seed_ids_differ_and_a_shared_random_gives_a_series() -> None:
    assert factories.sqs_event()["Records"][0]["messageId"] != factories.sqs_event()["Records"][0]["messageId"]
    shared = random.Random(1)
    first, second = factories.sqs_event(seed=shared, at=AT), factories.sqs_event(seed=shared, at=AT)
    assert first["Records"][0]["messageId"] != second["Records"][0]["messageId"]
    replay = random.Random(1)
    assert factories.sqs_event(seed=replay, at=AT) == first


def test_a_naive_time_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        factories.sqs_event(at=datetime(2024, 1, 1))



def test_samples_share_no_state() -> None:
    """An event may hold what its factory was given (`eventbridge_event` holds its `detail`): changing one
    sample must not change the next."""
    first: Any = sample_event("eventbridge", seed=1, at=AT)
    first["detail"]["status"] = "CHANGED"
    second: Any = sample_event("eventbridge", seed=1, at=AT)
    queued: Any = sample_event("sqs", seed=1, at=AT)
    assert second["detail"]["status"] == "PLACED"
    assert '"status":"PLACED"' in queued["Records"][0]["body"]


_REQUIRED_ARGUMENTS: Mapping[str, Mapping[str, Any]] = {
    "eventbridge_event": {"detail": {"id": 1}},
    "dynamodb_stream_event": {"new_images": [{"id": "a"}]},
}
_NOT_EVENT_FACTORIES = {"SAMPLE_FACTORIES", "sample_event", "s3_notification_key", "FakeCognitoIdentity", "FakeLambdaContext"}


def _strings(value: object) -> list[str]:
    """Every string in a JSON-like value, those in JSON text included."""
    if isinstance(value, Mapping):
        return [text for item in typing.cast("Mapping[str, object]", value).values() for text in _strings(item)]
    if isinstance(value, list):
        return [text for item in typing.cast("list[object]", value) for text in _strings(item)]
    if isinstance(value, str) and value.startswith("{") and value.endswith("}"):
        try:
            return [value, *_strings(json.loads(value))]
        except ValueError:
            return [value]  # a placeholder such as `{####}`
    return [value] if isinstance(value, str) else []


@pytest.mark.parametrize(("region", "partition"), [("cn-north-1", "aws-cn"), ("us-gov-west-1", "aws-us-gov")])
def test_every_arn_is_in_the_partition_of_the_region(region: str, partition: str) -> None:
    partitions: dict[str, set[str]] = {}
    for name in sorted(set(factories.__all__) - _NOT_EVENT_FACTORIES):
        made = getattr(factories, name)(**_REQUIRED_ARGUMENTS.get(name, {}), region=region, seed=1, at=AT)
        texts = _strings(vars(made) if isinstance(made, factories.FakeLambdaContext) else made)
        partitions[name] = {found for text in texts for found in re.findall(r"\barn:([\w-]*):", text)}
    assert len([name for name, found in partitions.items() if found]) >= 30
    assert {name: found for name, found in partitions.items() if found - {partition}} == {}


@pytest.mark.parametrize(
    ("message_type", "type_name"),
    [
        ("ConfigurationItemChangeNotification", "AWSConfigConfigurationItemChangeNotificationDict"),
        ("OversizedConfigurationItemChangeNotification", "AWSConfigOversizedConfigurationItemChangeNotificationDict"),
        ("ScheduledNotification", "AWSConfigScheduledNotificationDict"),
    ],
)
def test_config_invoking_events_pass_the_strict_check(message_type: Any, type_name: str) -> None:
    event = factories.config_rule_event(message_type=message_type, seed=1, at=AT)
    invoking = lambda_events.decode_config_invoking_event(event)
    assert find_event_problems(invoking, getattr(lambda_events, type_name)) == []
    assert invoking["messageType"] == message_type

# --- round trips through the decoders -------------------------------------------------------------------


def _json_text(value: Any) -> str:
    """JSON text as the factories write it: compact, not ASCII-escaped."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def _as_bytes(payload: Any) -> bytes:
    if isinstance(payload, bytes):
        return payload
    return (payload if isinstance(payload, str) else _json_text(payload)).encode()


@settings(max_examples=60, deadline=None)
@given(data=st.lists(payloads, min_size=1, max_size=5), seed=seeds)
def test_kinesis_and_firehose_data_decode_back(data: list[Any], seed: int | None) -> None:
    kinesis = factories.kinesis_event(data=data, seed=seed)
    firehose = factories.firehose_event(data=data, seed=seed, source_stream="source")
    expected = [_as_bytes(payload) for payload in data]
    assert [lambda_events.decode_kinesis_data(record) for record in kinesis["Records"]] == expected
    assert [lambda_events.decode_firehose_data(record) for record in firehose["records"]] == expected
    numbers = [int(record["kinesis"]["sequenceNumber"]) for record in kinesis["Records"]]
    assert numbers == sorted(set(numbers))
    assert all(record["eventID"].endswith(":" + record["kinesis"]["sequenceNumber"]) for record in kinesis["Records"])


@settings(max_examples=60, deadline=None)
@given(messages=st.lists(texts, max_size=5), log_group=names, seed=seeds)
def test_cloudwatch_logs_decode_back_directly_and_through_streams(
    messages: list[str], log_group: str, seed: int | None
) -> None:
    document = lambda_events.decode_cloudwatch_logs(
        factories.cloudwatch_logs_event(messages=messages, log_group=log_group, seed=seed, at=AT)
    )
    assert [event["message"] for event in document["logEvents"]] == messages
    assert document["logGroup"] == log_group and document["messageType"] == "DATA_MESSAGE"
    assert all(event["timestamp"] <= int(AT.timestamp() * 1000) for event in document["logEvents"])
    data = factories.cloudwatch_logs_data(messages=messages, seed=seed, at=AT)
    record = factories.kinesis_event(data=[data], seed=seed)["Records"][0]
    from_kinesis = lambda_events.extract_cloudwatch_logs_from_kinesis_record(record)
    assert [event["message"] for event in from_kinesis["logEvents"]] == messages
    firehose_record = factories.firehose_event(data=[data], seed=seed)["records"][0]
    from_firehose = lambda_events.extract_cloudwatch_logs_from_firehose_record(firehose_record)
    assert [event["message"] for event in from_firehose["logEvents"]] == messages


@settings(max_examples=60, deadline=None)
@given(new=st.lists(items, min_size=1, max_size=3), old=st.lists(items, max_size=3))
def test_dynamodb_images_deserialize_back(new: list[dict[str, Any]], old: list[dict[str, Any]]) -> None:
    records = factories.dynamodb_stream_event(new_images=new, old_images=old, seed=1)["Records"]
    assert len(records) == max(len(new), len(old))
    for index, record in enumerate(records):
        change = record["dynamodb"]
        image = new[index] if index < len(new) else old[index]
        assert lambda_events.deserialize_dynamodb_image(change["Keys"]) == {"id": image["id"]}
        if index < len(new):
            assert "NewImage" in change
            assert lambda_events.deserialize_dynamodb_image(change["NewImage"]) == new[index]
        if index < len(old):
            assert "OldImage" in change
            assert lambda_events.deserialize_dynamodb_image(change["OldImage"]) == old[index]
        has_new, has_old = index < len(new), index < len(old)
        assert record["eventName"] == ("MODIFY" if has_new and has_old else "INSERT" if has_new else "REMOVE")
        assert ("NewImage" in change) == (index < len(new)) and ("OldImage" in change) == (index < len(old))
    view = "NEW_AND_OLD_IMAGES" if old else "NEW_IMAGE"
    assert {record["dynamodb"]["StreamViewType"] for record in records} == {view}


def test_dynamodb_event_names_follow_the_images_and_contradictions_are_refused() -> None:
    removed = factories.dynamodb_stream_event(old_images=[{"pk": "a", "n": 1}], key_names=["pk"], ttl_expired=True)
    record = removed["Records"][0]
    assert record["eventName"] == "REMOVE" and record.get("userIdentity", {}).get("type") == "Service"
    assert lambda_events.deserialize_dynamodb_image(record["dynamodb"]["Keys"]) == {"pk": "a"}
    keys_only = factories.dynamodb_stream_event(keys=[{"pk": "a"}], event_name="REMOVE")["Records"][0]["dynamodb"]
    assert keys_only["StreamViewType"] == "KEYS_ONLY" and "OldImage" not in keys_only
    with pytest.raises(ValueError, match="cannot have"):
        factories.dynamodb_stream_event(new_images=[{"pk": "a"}], event_name="REMOVE")
    with pytest.raises(ValueError, match="no key attribute sk"):
        factories.dynamodb_stream_event(new_images=[{"pk": "a"}], key_names=["pk", "sk"])
    with pytest.raises(ValueError, match="at least one"):
        factories.dynamodb_stream_event()


@settings(max_examples=60, deadline=None)
@given(
    values=st.lists(payloads, min_size=1, max_size=4),
    keys=st.lists(st.none() | st.binary(max_size=8), max_size=4),
    headers=st.lists(st.tuples(names, st.binary(max_size=8)), max_size=3),
)
def test_kafka_values_keys_and_headers_decode_back(
    values: list[Any], keys: list[bytes | None], headers: list[tuple[str, bytes]]
) -> None:
    event = factories.kafka_event(values=values, keys=keys, headers=headers, topic="orders", partition=3)
    records = event["records"]["orders-3"]
    assert [lambda_events.decode_kafka_value(record) for record in records] == [_as_bytes(value) for value in values]
    expected_keys = [keys[index] if index < len(keys) else None for index in range(len(values))]
    assert [lambda_events.decode_kafka_key(record) for record in records] == expected_keys
    assert all(lambda_events.decode_kafka_headers(record) == headers for record in records)
    first = records[0]["offset"]
    assert [record["offset"] for record in records] == list(range(first, first + len(values)))


@settings(max_examples=60, deadline=None)
@given(
    bodies=st.lists(texts | json_objects, min_size=1, max_size=4),
    attributes=st.dictionaries(names, texts, max_size=2),
)
def test_sqs_bodies_and_digests(bodies: list[Any], attributes: dict[str, str]) -> None:
    event = factories.sqs_event(
        bodies=bodies, message_attributes=attributes, queue="jobs", region="eu-west-1", account="111122223333"
    )
    for body, record in zip(bodies, event["Records"]):
        assert record["body"] == (body if isinstance(body, str) else _json_text(body))
        if not isinstance(body, str):
            assert lambda_events.decode_sqs_json(record) == body
        assert record["md5OfBody"] == hashlib.md5(record["body"].encode()).hexdigest()
        assert record["eventSourceARN"] == "arn:aws:sqs:eu-west-1:111122223333:jobs"
        system = record["attributes"]
        assert int(system["SentTimestamp"]) <= int(system["ApproximateFirstReceiveTimestamp"])


def test_sqs_message_attribute_digest_matches_the_published_examples() -> None:
    event = factories.sqs_event(
        message_attributes={"attribName1": "attribValue 1", "binaryAttribute": b"Hello binary world!"}
    )
    assert event["Records"][0].get("md5OfMessageAttributes") != factories.sqs_event()["Records"][0].get(
        "md5OfMessageAttributes"
    )
    single = factories.sqs_event(message_attributes={"attribName1": "attribValue 1"})["Records"][0]
    assert single.get("md5OfMessageAttributes") == "19e27d4e946b072f3f58da80d94fd778"
    binary = factories.sqs_event(message_attributes={"binaryAttribute": b"Hello binary world!"})["Records"][0]
    assert binary.get("md5OfMessageAttributes") == "31a92b15d92f8db860eda32aceb656c3"


def test_fifo_queues_get_group_sequence_and_deduplication() -> None:
    record = factories.sqs_event(bodies=["a"], queue="orders", fifo=True, message_group_id="g1")["Records"][0]
    assert record["eventSourceARN"].endswith(":orders.fifo")
    assert record["attributes"].get("MessageGroupId") == "g1"
    assert record["attributes"].get("MessageDeduplicationId") == hashlib.sha256(b"a").hexdigest()
    assert len(record["attributes"].get("SequenceNumber", "")) == 20


@settings(max_examples=60, deadline=None)
@given(message=texts | json_objects, keys=st.lists(texts.filter(bool), min_size=1, max_size=3))
def test_sns_and_s3_envelopes_inside_sqs_decode_back(message: Any, keys: list[str]) -> None:
    notification = factories.sns_notification(message=message, topic="alerts", subject="Hi")
    record = factories.sqs_event(bodies=[notification])["Records"][0]
    assert lambda_events.decode_sqs_sns_message(record) == notification
    s3 = factories.s3_event(keys=keys, bucket="uploads")
    through_sns = factories.sqs_event(bodies=[factories.sns_notification(message=s3)])["Records"][0]
    assert lambda_events.decode_sqs_sns_s3_event(through_sns) == s3
    assert lambda_events.decode_sqs_s3_event(factories.sqs_event(bodies=[s3])["Records"][0]) == s3
    test_message = factories.sqs_event(bodies=[factories.s3_test_event()])["Records"][0]
    assert lambda_events.decode_sqs_s3_event(test_message) is None
    assert [lambda_events.s3_object_key(record) for record in s3["Records"]] == keys
    sns = factories.sns_event(messages=[s3])["Records"][0]
    assert lambda_events.decode_sns_s3_event(sns) == s3


def test_s3_keys_are_encoded_as_s3_does() -> None:
    record = factories.s3_event(keys=["reports/2024 Q1/a+b é.csv"])["Records"][0]
    assert record["s3"]["object"]["key"] == "reports/2024+Q1/a%2Bb+%C3%A9.csv"
    removed = factories.s3_event(event_name="ObjectRemoved:Delete")["Records"][0]["s3"]["object"]
    assert "size" not in removed and "eTag" not in removed


@settings(max_examples=40, deadline=None)
@given(
    body=bodies,
    headers=st.dictionaries(header_names, st.lists(commaless_values, min_size=1, max_size=3), max_size=3),
    query=st.dictionaries(names, st.lists(commaless_values, min_size=1, max_size=3), max_size=3),
)
def test_http_bodies_headers_and_query_parameters_read_back(
    body: Any, headers: dict[str, list[str]], query: dict[str, list[str]]
) -> None:
    expected_body = b"" if body is None else _as_bytes(body)
    events: list[Any] = [
        factories.api_gateway_proxy_event(method="POST", body=body, headers=headers, query=query),
        factories.api_gateway_proxy_event_v2(method="POST", body=body, headers=headers, query=query),
        factories.alb_event(method="POST", body=body, headers=headers, query=query, multi_value=True),
        factories.function_url_event(method="POST", body=body, headers=headers, query=query),
        factories.vpc_lattice_event_v2(method="POST", body=body, headers=headers, query=query),
    ]
    for event in events:
        assert lambda_events.decode_body(event) == expected_body
        for name, values in query.items():
            assert lambda_events.get_multi_value_query_parameter(event, name) == values
        for name, values in headers.items():
            joined = lambda_events.get_multi_value_header(event, name)
            assert joined in (values, [",".join(values)])


def test_binary_bodies_are_base64_with_the_flag_and_json_bodies_get_a_content_type() -> None:
    binary = factories.api_gateway_proxy_event(method="POST", body=b"\x89PNG")
    assert binary["isBase64Encoded"] and binary["body"] == "iVBORw=="
    as_json = factories.api_gateway_proxy_event(method="POST", body={"a": 1})
    assert not as_json["isBase64Encoded"] and as_json["body"] == '{"a":1}'
    assert lambda_events.get_header(as_json, "content-type") == "application/json"
    empty = factories.api_gateway_proxy_event()
    assert empty["body"] is None and empty["queryStringParameters"] is None and empty["pathParameters"] is None


def test_http_api_and_function_url_cookies_leave_the_headers() -> None:
    for event in (
        factories.api_gateway_proxy_event_v2(headers={"Cookie": "a=1; b=2"}, cookies=["c=3"]),
        factories.function_url_event(headers={"Cookie": "a=1; b=2"}, cookies=["c=3"]),
    ):
        assert event.get("cookies") == ["c=3", "a=1", "b=2"] and "cookie" not in event["headers"]
        assert lambda_events.get_cookies(event) == {"a": "1", "b": "2", "c": "3"}


def test_other_nested_payloads_decode_back() -> None:
    config = factories.config_rule_event(rule_parameters={"maxAge": 30}, message_type="ScheduledNotification")
    assert lambda_events.decode_config_invoking_event(config)["messageType"] == "ScheduledNotification"
    assert lambda_events.decode_config_rule_parameters(config) == {"maxAge": 30}
    job = factories.codepipeline_job_event(user_parameters={"stage": "beta"})
    assert lambda_events.decode_codepipeline_user_parameters(job) == {"stage": "beta"}
    for message in factories.activemq_event(messages=[b"\x00bin", {"a": 1}])["messages"]:
        assert lambda_events.decode_mq_data(message) in (b"\x00bin", b'{"a":1}')
    rabbit = factories.rabbitmq_event(messages=["hello"], queue="q", virtual_host="/")
    assert lambda_events.decode_mq_text(rabbit["rmqMessagesByQueue"]["q::/"][0]) == "hello"
    assert lambda_events.decode_sns_json(factories.sns_event(messages=[{"n": 1}])["Records"][0]) == {"n": 1}


# --- realistic, consistent values ------------------------------------------------------------------------


def test_times_ids_and_arns_are_consistent_with_the_arguments() -> None:
    millis = int(AT.timestamp() * 1000)
    rest = factories.api_gateway_proxy_event(
        stage="prod", path="/orders", region="eu-west-1", account="111122223333", at=AT
    )
    context = rest["requestContext"]
    assert context["requestTimeEpoch"] == millis and context["requestTime"] == "17/May/2024:09:30:15 +0000"
    assert context["path"] == "/prod/orders" and context["domainName"].endswith(".execute-api.eu-west-1.amazonaws.com")
    assert factories.eventbridge_event(detail={"n": 1}, at=AT)["time"] == "2024-05-17T09:30:15Z"
    assert factories.sns_event(at=AT)["Records"][0]["Sns"]["Timestamp"] < "2024-05-17T09:30:15.250Z"
    kinesis = factories.kinesis_event(stream="clicks", region="cn-north-1", account="111122223333")
    assert kinesis["Records"][0]["eventSourceARN"] == "arn:aws-cn:kinesis:cn-north-1:111122223333:stream/clicks"
    message_id = factories.sqs_event()["Records"][0]["messageId"]
    assert len(message_id) == 36 and message_id[14] == "4"
    assert factories.sqs_event()["Records"][0]["receiptHandle"].startswith("AQEB")


def test_overloads_pick_the_variant() -> None:
    update = factories.cloudformation_custom_resource_event(request_type="Update", properties={"Size": 3, "On": True})
    assert update["RequestType"] == "Update" and update["OldResourceProperties"]["Size"] == "3"
    assert update["ResourceProperties"] == {"ServiceToken": update["ServiceToken"], "Size": "3", "On": "true"}
    assert "X-Amz-Signature=" in update["ResponseURL"]
    assert "multiValueHeaders" in factories.alb_event(multi_value=True)
    assert "headObjectContext" in factories.s3_object_lambda_event(operation="HeadObject")
    assert factories.s3_batch_operation_event(schema_version="2.0", user_arguments={"k": "v"})["job"].get(
        "userArguments"
    ) == {"k": "v"}


# --- the runtime package never loads the testing package ----------------------------------------------------


def test_the_runtime_package_never_imports_the_testing_package() -> None:
    package_dir = Path(lambda_events.__file__).parent
    modules = [
        f"lambda_events.{package}.{path.stem}"
        for package in ("types", "helpers")
        for path in sorted((package_dir / package).glob("*.py"))
    ]
    loaded = submodules_loaded_by(
        "import importlib, lambda_events\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "for name in lambda_events.__all__: getattr(lambda_events, name)\n"
        "import lambda_events.cli"
    )
    assert [name for name in loaded if name.startswith("lambda_events.testing")] == []


def test_the_testing_modules_import_no_type_at_run_time() -> None:
    """Factories annotate with our TypedDicts only under `TYPE_CHECKING`, as the helpers do."""
    for path in Path(factories.__file__).parent.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        runtime_imports = [
            node.module
            for node in tree.body
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("lambda_events.types")
        ]
        assert runtime_imports == [], path.name


# --- the context double -------------------------------------------------------------------------------------


def test_lambda_context_satisfies_the_protocol_and_names_the_function() -> None:
    context = factories.lambda_context(
        function_name="orders",
        version="7",
        qualifier="live",
        memory_mb=512,
        remaining_millis=1234,
        tenant_id="tenant-1",
        region="eu-west-1",
        account="210987654321",
        seed=1,
        at=AT,
    )
    as_protocol: LambdaContext = context
    assert isinstance(as_protocol, LambdaContext)
    assert isinstance(as_protocol.identity, LambdaCognitoIdentity)
    assert (as_protocol.identity.cognito_identity_id, as_protocol.client_context) == (None, None)
    assert (context.function_name, context.function_version, context.memory_limit_in_mb) == ("orders", "7", "512")
    assert context.log_group_name == "/aws/lambda/orders"
    assert re.fullmatch(r"2024/05/17/\[7\][0-9a-f]{32}", context.log_stream_name)
    assert context.invoked_function_arn == "arn:aws:lambda:eu-west-1:210987654321:function:orders:live"
    assert context.tenant_id == "tenant-1"
    assert uuid.UUID(context.aws_request_id).version == 4
    assert [context.get_remaining_time_in_millis() for _ in range(3)] == [1234, 1234, 1234]


def test_lambda_context_defaults_and_determinism() -> None:
    context = factories.lambda_context(seed=3, at=AT)
    assert context == factories.lambda_context(seed=3, at=AT)
    assert context.aws_request_id != factories.lambda_context(seed=4, at=AT).aws_request_id
    assert factories.lambda_context().aws_request_id != factories.lambda_context().aws_request_id
    assert context.invoked_function_arn == "arn:aws:lambda:us-east-1:123456789012:function:example-function"
    assert (context.function_version, context.memory_limit_in_mb) == ("$LATEST", "128")
    assert context.log_stream_name.startswith("2024/05/17/[$LATEST]")
    assert context.get_remaining_time_in_millis() == 3_000
    assert context.tenant_id is None


def test_a_lambda_context_is_frozen_and_replace_makes_a_late_one() -> None:
    context = factories.lambda_context(seed=1, at=AT)
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(context, "remaining_millis", 0)
    late = dataclasses.replace(context, remaining_millis=5)
    assert late.get_remaining_time_in_millis() == 5
    assert late.aws_request_id == context.aws_request_id
