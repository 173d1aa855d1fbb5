"""Misuses of the test-event factories that both checkers must reject: wrong argument types, values outside
a closed set, a factory's event used as another source's event, and a change to a frozen test context."""

from lambda_events import S3EventDict, SNSEventDict, SQSEventDict, redact
from lambda_events.testing import (
    alb_event,
    api_gateway_event,
    cloudformation_event,
    cognito_pre_sign_up_event,
    dynamodb_event,
    kinesis_event,
    lambda_context,
    s3_event,
    sns_event,
    sqs_event,
)


def handle_notification(event: SNSEventDict, context: object) -> None:
    """A handler of SNS events."""


def queue_name_is_text() -> SQSEventDict:
    return sqs_event(bodies=["hello"], queue=7)  # expect-error: mypy[arg-type] pyright[reportArgumentType]


def seed_is_a_number_or_a_random() -> SQSEventDict:
    return sqs_event(seed="1")  # expect-error: mypy[arg-type] pyright[reportArgumentType]


def s3_event_names_are_a_closed_set() -> S3EventDict:
    return s3_event(keys=["a.txt"], event_name="ObjectCreated:Upload")  # expect-error: mypy[arg-type] pyright[reportArgumentType]


def http_methods_are_a_closed_set() -> None:
    api_gateway_event(method="FETCH")  # expect-error: mypy[arg-type] pyright[reportArgumentType]


def shards_are_numbered() -> None:
    kinesis_event(data=[b"x"], shard="shardId-000000000000")  # expect-error: mypy[arg-type] pyright[reportArgumentType]


def images_are_a_list_of_items() -> None:
    dynamodb_event(new_images={"id": "1"})  # expect-error: mypy[arg-type] pyright[reportArgumentType]


def a_create_request_has_no_old_properties() -> None:
    cloudformation_event(request_type="Create", old_properties={"Size": "1"})  # expect-error: mypy[call-overload] pyright[reportArgumentType,reportCallIssue]


def trigger_sources_belong_to_their_trigger() -> None:
    cognito_pre_sign_up_event(trigger_source="PostConfirmation_ConfirmSignUp")  # expect-error: mypy[arg-type] pyright[reportArgumentType]


def an_sqs_event_is_not_an_sns_event() -> None:
    handle_notification(sqs_event(), None)  # expect-error: mypy[arg-type] pyright[reportArgumentType]


def an_sns_event_is_not_an_s3_event() -> S3EventDict:
    return sns_event(messages=["hi"])  # expect-error: mypy[return-value] pyright[reportReturnType]


def a_create_request_has_no_physical_id() -> str:
    return cloudformation_event()["PhysicalResourceId"]  # expect-error: mypy[no-any-return,typeddict-item] pyright[reportGeneralTypeIssues,reportUnknownVariableType]


def single_value_alb_events_have_no_multi_value_headers() -> None:
    print(alb_event(multi_value=False)["multiValueHeaders"])  # expect-error: mypy[typeddict-item] pyright[reportGeneralTypeIssues,reportUnknownArgumentType]


def redaction_keeps_the_type() -> None:
    print(redact(sqs_event())["Records"][0]["Sns"])  # expect-error: mypy[typeddict-item] pyright[reportGeneralTypeIssues,reportUnknownArgumentType]


def memory_is_given_in_megabytes() -> None:
    lambda_context(memory_mb="128")  # expect-error: mypy[arg-type] pyright[reportArgumentType]


def a_test_context_cannot_be_changed() -> None:
    lambda_context().remaining_millis = 0  # expect-error: mypy[misc] pyright[reportAttributeAccessIssue]


def a_test_context_is_not_an_event() -> SQSEventDict:
    return lambda_context()  # expect-error: mypy[return-value] pyright[reportReturnType]
