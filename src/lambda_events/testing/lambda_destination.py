"""Test events of Lambda invocation records: asynchronous invocation records (sent to a function, or to
EventBridge) and the failure records of event source mappings (found in SQS, SNS or S3)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal, Optional

from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed
from lambda_events.testing.eventbridge import eventbridge_envelope

if TYPE_CHECKING:
    from lambda_events.types.lambda_destination import (
        EventSourceMappingFailureRecordDict,
        KinesisBatchInfoDict,
        LambdaDestinationCondition,
        LambdaDestinationEventBridgeEventDict,
        LambdaDestinationRecordDict,
        LambdaDestinationRequestContextDict,
    )

__all__ = ["event_source_mapping_failure_record", "lambda_destination_event", "lambda_destination_eventbridge_event"]

_CONDITIONS = ("Success", "RetriesExhausted", "EventAgeExceeded")
_FAILURE_SOURCES = ("kinesis", "dynamodb", "kafka")
_ERROR_MESSAGE = "Order order-1001 has no customer"


def _request_context(scene: Scenario, function: str, condition: str, attempts: int) -> LambdaDestinationRequestContextDict:
    return {
        "requestId": scene.uuid(),
        "functionArn": scene.arn("lambda", f"function:{function}:$LATEST"),
        "condition": condition,
        "approximateInvokeCount": attempts,
    }


def lambda_destination_event(
    *,
    condition: LambdaDestinationCondition = "Success",
    request_payload: Any = None,
    response_payload: Any = None,
    error_message: str = _ERROR_MESSAGE,
    function: str = "process-order",
    attempts: Optional[int] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> LambdaDestinationRecordDict[Any, Any]:
    """The record Lambda sends to a destination after an asynchronous invocation of `function` with
    `request_payload`: on `Success` it carries `response_payload`; on `RetriesExhausted` the error the last of
    `attempts` (default 3) raised; on `EventAgeExceeded` with no attempt, neither response key.

    Raises `ValueError` for an unknown `condition` or a negative `attempts`.
    """
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    return _record(scene, condition, request_payload, response_payload, error_message, function, attempts)


def _record(
    scene: Scenario,
    condition: LambdaDestinationCondition,
    request_payload: Any,
    response_payload: Any,
    error_message: str,
    function: str,
    attempts: Optional[int],
) -> LambdaDestinationRecordDict[Any, Any]:
    """The record of `lambda_destination_event`, in `scene`."""
    if condition not in _CONDITIONS:
        raise ValueError(f"condition must be one of {', '.join(_CONDITIONS)}, not {condition!r}")
    if attempts is not None and attempts < 0:
        raise ValueError(f"attempts must be 0 or more, not {attempts}")
    count = attempts if attempts is not None else {"Success": 1, "RetriesExhausted": 3, "EventAgeExceeded": 0}[condition]
    record: LambdaDestinationRecordDict[Any, Any] = {
        "version": "1.0",
        "timestamp": scene.iso(),
        "requestContext": _request_context(scene, function, condition, count),
        "requestPayload": {"orderId": "order-1001"} if request_payload is None else request_payload,
    }
    if count == 0:
        return record
    if condition == "Success":
        record["responseContext"] = {"statusCode": 200, "executedVersion": "$LATEST"}
        record["responsePayload"] = response_payload
    else:
        record["responseContext"] = {"statusCode": 200, "executedVersion": "$LATEST", "functionError": "Unhandled"}
        record["responsePayload"] = {
            "errorMessage": error_message,
            "errorType": "ValueError",
            "requestId": record["requestContext"]["requestId"],
            "stackTrace": ['  File "/var/task/handler.py", line 12, in handler\n    raise ValueError(message)\n'],
        }
    return record


def lambda_destination_eventbridge_event(
    *,
    condition: LambdaDestinationCondition = "Success",
    request_payload: Any = None,
    response_payload: Any = None,
    function: str = "process-order",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> LambdaDestinationEventBridgeEventDict:
    """An asynchronous invocation record sent to an EventBridge event bus (`source` `lambda`)."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    record = _record(scene, condition, request_payload, response_payload, _ERROR_MESSAGE, function, None)
    outcome = "Success" if condition == "Success" else "Failure"
    function_arn = record["requestContext"]["functionArn"].rsplit(":", 1)[0]
    detail_type = f"Lambda Function Invocation Result - {outcome}"
    return eventbridge_envelope(scene, scene.uuid(), detail_type, "lambda", [function_arn], record)


def event_source_mapping_failure_record(
    *,
    source: Literal["kinesis", "dynamodb", "kafka"] = "kinesis",
    batch_size: int = 100,
    function: str = "process-stream",
    payload: Optional[dict[str, Any]] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> EventSourceMappingFailureRecordDict:
    """The record an event source mapping of `source` sends to its on-failure destination after the retries
    of a batch ran out; `payload` (the batch's event) is what S3 and Kafka destinations receive as well.

    Raises `ValueError` for an unknown `source` or a `batch_size` below 1.
    """
    if source not in _FAILURE_SOURCES:
        raise ValueError(f"source must be one of {', '.join(_FAILURE_SOURCES)}, not {source!r}")
    if batch_size < 1:
        raise ValueError(f"batch_size must be 1 or more, not {batch_size}")
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    record: EventSourceMappingFailureRecordDict = {
        "version": "1.0",
        "timestamp": scene.iso(),
        "requestContext": _request_context(scene, function, "RetryAttemptsExhausted", 3),
        "responseContext": {"statusCode": 200, "executedVersion": "$LATEST", "functionError": "Unhandled"},
    }
    first, last = scene.digits(56), scene.digits(56)
    if source == "kafka":
        cluster = scene.arn("kafka", f"cluster/orders/{scene.uuid()}-1")
        record["KafkaBatchInfo"] = {
            "batchSize": 1,
            "eventSourceArn": cluster,
            "bootstrapServers": f"b-1.orders.{scene.lower_id(6)}.c2.kafka.{region}.amazonaws.com:9098",
            "payloadSize": 1162,
            "recordInfo": {"offset": scene.digits(6).lstrip("0") or "0", "timestamp": scene.iso(-900)},
        }
    else:
        if source == "kinesis":
            stream = scene.arn("kinesis", "stream/orders")
        else:
            stream = scene.arn("dynamodb", f"table/orders/stream/{scene.iso(-86_400_000, suffix='')}")
        info: KinesisBatchInfoDict = {
            "shardId": f"shardId-{scene.digits(12)}",
            "startSequenceNumber": min(first, last),
            "endSequenceNumber": max(first, last),
            "approximateArrivalOfFirstRecord": scene.iso(-1500),
            "approximateArrivalOfLastRecord": scene.iso(-900),
            "batchSize": batch_size,
            "streamArn": stream,
        }
        record["KinesisBatchInfo" if source == "kinesis" else "DDBStreamBatchInfo"] = info
    if payload is not None:
        record["payload"] = payload
    return record
