"""Testing a handler with typed test events and a context (`lambda_events.testing`)."""

from __future__ import annotations

from lambda_events import (
    EventDecodeError,
    LambdaContext,
    SQSBatchResponseDict,
    SQSEventDict,
    decode_sqs_json,
    sqs_batch_response,
)
from lambda_events.testing import lambda_context, sqs_event

SAFETY_MARGIN_MS = 2_000
"""Leave the remaining messages to a retry when less time than this is left."""


def handler(event: SQSEventDict, context: LambdaContext) -> SQSBatchResponseDict:
    """The function under test: report the messages whose
    body is not JSON, and those it had no time for."""
    failed: list[str] = []
    for record in event["Records"]:
        if context.get_remaining_time_in_millis() < SAFETY_MARGIN_MS:
            failed.append(record["messageId"])
            continue
        try:
            decode_sqs_json(record)
        except EventDecodeError:
            failed.append(record["messageId"])
    return sqs_batch_response(failed)


def test_only_the_bad_message_is_retried() -> None:
    """A pytest test: the factories build a valid SQS event (ids, ARNs,
    timestamps) and a context from what matters here; the context's time
    left is fixed, so the outcome never depends on the test's speed."""
    event = sqs_event(bodies=[{"order": 7}, "not JSON"], queue="orders", seed=1)
    context = lambda_context(function_name="orders", remaining_millis=30_000, seed=1)
    assert handler(event, context) == {
        "batchItemFailures": [{"itemIdentifier": event["Records"][1]["messageId"]}]
    }


def test_messages_are_left_for_a_retry_near_the_timeout() -> None:
    """The same context with little time left: every message goes back to the queue."""
    event = sqs_event(bodies=[{"order": 7}, {"order": 8}], queue="orders", seed=1)
    late = lambda_context(function_name="orders", remaining_millis=500, seed=1)
    assert handler(event, late) == {
        "batchItemFailures": [{"itemIdentifier": r["messageId"]} for r in event["Records"]]
    }
