"""`lambda_events.testing` as a whole: every source has a factory and a property test, events are deterministic given a seed
and a time and name their resources in the partition of their Region, the factories round-trip HTTP requests and other
nested payloads, `lambda_context` makes a context that satisfies `LambdaContext`, and the runtime package never loads the
testing package."""

from __future__ import annotations

import ast
import dataclasses
import json
import random
import re
import importlib
import typing
import uuid
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import lambda_events
from lambda_events import (
    EVENT_SOURCE_TYPE_NAMES,
    EventSource,
    LambdaCognitoIdentity,
    LambdaContext,
    detect_event_source,
    find_event_problems,
)
from lambda_events import testing as factories
from lambda_events.testing import SAMPLE_FACTORIES, sample_event
from scripts.generate_exports import collect_exports
from scripts.runtime_check import submodules_loaded_by
from tests.support import (
    AT,
    SOURCES,
    as_bytes,
    bodies,
    commaless_values,
    header_names,
    json_objects,
    names,
    regions,
    texts,
)

_REQUIRED_ARGUMENTS: Mapping[str, Mapping[str, Any]] = {
    "eventbridge_event": {"detail": {"id": 1}},
    "dynamodb_event": {"new_images": [{"id": "a"}]},
    "dynamodb_record": {"event_name": "INSERT", "new_image": {"id": "a"}},
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


def _source_test_modules() -> list[Any]:
    """The per-source test modules of `tests/sources/`."""
    folder = Path(__file__).parent / "sources"
    return [importlib.import_module(f"tests.sources.{path.stem}") for path in sorted(folder.glob("test_*.py"))]


def test_every_source_has_a_sample_factory() -> None:
    assert set(SAMPLE_FACTORIES) == set(SOURCES)
    tested = {case.source for module in _source_test_modules() for case in module.CASES}
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


@pytest.mark.parametrize(("region", "partition"), [("cn-north-1", "aws-cn"), ("us-gov-west-1", "aws-us-gov")])
def test_every_arn_is_in_the_partition_of_the_region(region: str, partition: str) -> None:
    partitions: dict[str, set[str]] = {}
    for name in sorted(set(factories.__all__) - _NOT_EVENT_FACTORIES):
        made = getattr(factories, name)(**_REQUIRED_ARGUMENTS.get(name, {}), region=region, seed=1, at=AT)
        texts = _strings(vars(made) if isinstance(made, factories.FakeLambdaContext) else made)
        partitions[name] = {found for text in texts for found in re.findall(r"\barn:([\w-]*):", text)}
    assert len([name for name, found in partitions.items() if found]) >= 30
    assert {name: found for name, found in partitions.items() if found - {partition}} == {}


@settings(max_examples=40, deadline=None)
@given(
    body=bodies,
    headers=st.dictionaries(header_names, st.lists(commaless_values, min_size=1, max_size=3), max_size=3).filter(
        lambda found: len({name.lower() for name in found}) == len(found)  # one header per name, in any case
    ),
    query=st.dictionaries(names, st.lists(commaless_values, min_size=1, max_size=3), max_size=3),
)
def test_http_bodies_headers_and_query_parameters_read_back(
    body: Any, headers: dict[str, list[str]], query: dict[str, list[str]]
) -> None:
    expected_body = b"" if body is None else as_bytes(body)
    events: list[Any] = [
        factories.api_gateway_event(method="POST", body=body, headers=headers, query=query),
        factories.api_gateway_v2_event(method="POST", body=body, headers=headers, query=query),
        factories.alb_event(method="POST", body=body, headers=headers, query=query, multi_value=True),
        factories.lambda_function_url_event(method="POST", body=body, headers=headers, query=query),
        factories.vpc_lattice_v2_event(method="POST", body=body, headers=headers, query=query),
    ]
    for event in events:
        assert lambda_events.decode_body(event) == expected_body
        for name, values in query.items():
            assert lambda_events.get_multi_value_query_parameter(event, name) == values
        for name, values in headers.items():
            joined = lambda_events.get_multi_value_header(event, name)
            assert joined in (values, [",".join(values)])


def test_binary_bodies_are_base64_with_the_flag_and_json_bodies_get_a_content_type() -> None:
    binary = factories.api_gateway_event(method="POST", body=b"\x89PNG")
    assert binary.get("isBase64Encoded") and binary["body"] == "iVBORw=="
    as_json = factories.api_gateway_event(method="POST", body={"a": 1})
    assert not as_json.get("isBase64Encoded") and as_json["body"] == '{"a":1}'
    assert lambda_events.get_header(as_json, "content-type") == "application/json"
    empty = factories.api_gateway_event()
    assert empty["body"] is None and empty["queryStringParameters"] is None and empty["pathParameters"] is None


def test_http_api_and_function_url_cookies_leave_the_headers() -> None:
    for event in (
        factories.api_gateway_v2_event(headers={"Cookie": "a=1; b=2"}, cookies=["c=3"]),
        factories.lambda_function_url_event(headers={"Cookie": "a=1; b=2"}, cookies=["c=3"]),
    ):
        assert event.get("cookies") == ["c=3", "a=1", "b=2"] and "cookie" not in event["headers"]
        assert lambda_events.get_cookies(event) == {"a": "1", "b": "2", "c": "3"}


def test_other_nested_payloads_decode_back() -> None:
    config = factories.aws_config_event(rule_parameters={"maxAge": 30}, message_type="ScheduledNotification")
    assert lambda_events.decode_config_invoking_event(config)["messageType"] == "ScheduledNotification"
    assert lambda_events.decode_config_rule_parameters(config) == {"maxAge": 30}
    job = factories.codepipeline_event(user_parameters={"stage": "beta"})
    assert lambda_events.decode_codepipeline_user_parameters(job) == {"stage": "beta"}
    for message in factories.amazon_mq_activemq_event(messages=[b"\x00bin", {"a": 1}])["messages"]:
        assert lambda_events.decode_mq_data(message) in (b"\x00bin", b'{"a":1}')
    rabbit = factories.amazon_mq_rabbitmq_event(messages=["hello"], queue="q", virtual_host="/")
    assert lambda_events.decode_mq_text(rabbit["rmqMessagesByQueue"]["q::/"][0]) == "hello"
    assert lambda_events.decode_sns_json(factories.sns_event(messages=[{"n": 1}])["Records"][0]) == {"n": 1}


def test_times_ids_and_arns_are_consistent_with_the_arguments() -> None:
    millis = int(AT.timestamp() * 1000)
    rest = factories.api_gateway_event(
        stage="prod", path="/orders", region="eu-west-1", account="111122223333", at=AT
    )
    context = rest["requestContext"]
    assert context.get("requestTimeEpoch") == millis and context.get("requestTime") == "17/May/2024:09:30:15 +0000"
    assert context["path"] == "/prod/orders"
    assert context.get("domainName", "").endswith(".execute-api.eu-west-1.amazonaws.com")
    assert factories.eventbridge_event(detail={"n": 1}, at=AT)["time"] == "2024-05-17T09:30:15Z"
    assert factories.sns_event(at=AT)["Records"][0]["Sns"]["Timestamp"] < "2024-05-17T09:30:15.250Z"
    kinesis = factories.kinesis_event(stream="clicks", region="cn-north-1", account="111122223333")
    assert kinesis["Records"][0]["eventSourceARN"] == "arn:aws-cn:kinesis:cn-north-1:111122223333:stream/clicks"
    message_id = factories.sqs_event()["Records"][0]["messageId"]
    assert len(message_id) == 36 and message_id[14] == "4"
    assert factories.sqs_event()["Records"][0]["receiptHandle"].startswith("AQEB")


def test_overloads_pick_the_variant() -> None:
    update = factories.cloudformation_event(request_type="Update", properties={"Size": 3, "On": True})
    assert update["RequestType"] == "Update" and update["OldResourceProperties"]["Size"] == "3"
    assert update["ResourceProperties"] == {"ServiceToken": update.get("ServiceToken"), "Size": "3", "On": "true"}
    assert "X-Amz-Signature=" in update["ResponseURL"]
    assert "multiValueHeaders" in factories.alb_event(multi_value=True)
    assert "headObjectContext" in factories.s3_object_lambda_event(operation="HeadObject")
    assert factories.s3_batch_operation_event(schema_version="2.0", user_arguments={"k": "v"})["job"].get(
        "userArguments"
    ) == {"k": "v"}


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
        "import lambda_events._cli.main"
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


_REQUEST_LINE_FACTORIES = [
    (factories.api_gateway_event, "path"),
    (factories.api_gateway_v2_event, "path"),
    (factories.lambda_function_url_event, "path"),
    (factories.alb_event, "path"),
    (factories.vpc_lattice_event, "path"),
    (factories.vpc_lattice_v2_event, "path"),
    (factories.cloudfront_request_event, "uri"),
    (factories.cloudfront_response_event, "uri"),
    (factories.api_gateway_authorizer_token_event, "path"),
    (factories.api_gateway_authorizer_request_event, "path"),
]


@pytest.mark.parametrize(("factory", "path_argument"), _REQUEST_LINE_FACTORIES, ids=lambda value: str(value))
def test_http_factories_refuse_a_request_line_no_service_sends(factory: Any, path_argument: str) -> None:
    for method in ["get", "Post", "GE T", "", "DÉLÈTE"]:
        expected = rf"^method must be an HTTP method in capitals \(GET, POST ...\), got {re.escape(repr(method))}"
        with pytest.raises(ValueError, match=expected):
            factory(method=method, seed=1)
    with pytest.raises(ValueError, match=rf"^{path_argument} must be a path starting with '/', got 'orders'"):
        factory(**{path_argument: "orders"}, seed=1)
    assert factory(method="PURGE", **{path_argument: "/orders"}, seed=1)
