"""Testing a handler with typed test events (`lambda_events.testing`) and a context double of your own."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from lambda_events import EventDecodeError, LambdaContext, SQSBatchResponseDict, SQSEventDict, decode_sqs_json, sqs_batch_response
from lambda_events.testing import sqs_event


def handler(event: SQSEventDict, context: LambdaContext) -> SQSBatchResponseDict:
    """The function under test: report the messages whose body is not JSON."""
    failed: list[str] = []
    for record in event["Records"]:
        try:
            decode_sqs_json(record)
        except EventDecodeError:
            failed.append(record["messageId"])
    return sqs_batch_response(failed)


@dataclass(frozen=True)
class NoCognitoIdentity:
    """What `context.identity` holds for calls not made through the AWS Mobile SDK."""

    cognito_identity_id: Optional[str] = None
    cognito_identity_pool_id: Optional[str] = None


@dataclass(frozen=True)
class FakeContext:
    """A context double: it has what `LambdaContext` describes, so the checkers accept it as one."""

    aws_request_id: str = "8f5e2c3a-0f1b-4d2e-9c7a-1b2c3d4e5f60"
    log_group_name: str = "/aws/lambda/orders"
    log_stream_name: str = "2024/05/21/[$LATEST]0123456789abcdef0123456789abcdef"
    function_name: str = "orders"
    function_version: str = "$LATEST"
    memory_limit_in_mb: str = "256"
    invoked_function_arn: str = "arn:aws:lambda:us-east-1:123456789012:function:orders"
    identity: NoCognitoIdentity = field(default_factory=NoCognitoIdentity)
    client_context: None = None
    tenant_id: Optional[str] = None

    def get_remaining_time_in_millis(self) -> int:
        """Plenty of time."""
        return 60_000


def test_only_the_bad_message_is_retried() -> None:
    """A pytest test: the factory builds a valid SQS event (ids, ARNs, timestamps) from what matters here."""
    event = sqs_event(bodies=[{"order": 7}, "not JSON"], queue="orders", seed=1)
    assert handler(event, FakeContext()) == {"batchItemFailures": [{"itemIdentifier": event["Records"][1]["messageId"]}]}
