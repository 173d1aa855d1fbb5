"""Unwrapping Lambda's invocation records from wherever a destination delivered them: a function (the record
itself), an SQS message, an SNS message (straight or inside an SQS message), an EventBridge event, or the
text of an S3 object."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, Union, cast, overload

from lambda_events.helpers._decoding import as_object, is_object, json_object, utf8_text
from lambda_events.helpers._envelopes import checked_sns_notification
from lambda_events.helpers._typed_json import typed_document, typed_form
from lambda_events.helpers.errors import EventDecodeError

if TYPE_CHECKING:
    from lambda_events.helpers.typed_json import JSONValue
    from lambda_events.types.lambda_destination import (
        EventSourceMappingFailureRecordDict,
        LambdaDestinationRecordDict,
    )

__all__ = ["decode_event_source_mapping_failure", "decode_lambda_destination_record"]

_RequestT = TypeVar("_RequestT")
_ResponseT = TypeVar("_ResponseT")
_BATCH_INFO_KEYS = ("KinesisBatchInfo", "DDBStreamBatchInfo", "KafkaBatchInfo")
_EVENTBRIDGE_DETAIL_TYPES = frozenset(
    {"Lambda Function Invocation Result - Success", "Lambda Function Invocation Result - Failure"}
)


def _unwrapped(value: object, where: str) -> tuple[Mapping[str, Any], str]:
    """The JSON object a destination delivered, and the path it was found at.

    `value` is the object itself; an EventBridge event (its `detail`); an SQS record (its `body`, itself
    possibly an SNS notification); an SNS record (`Sns.Message`); or JSON text (an S3 object's content).
    """
    if isinstance(value, (str, bytes)):
        text = utf8_text(value, where) if isinstance(value, bytes) else value
        return json_object(text, where), where
    found = as_object(value, where)
    if "requestContext" in found:
        return found, where
    detail_type = found.get("detail-type")
    if (isinstance(detail_type, str) and detail_type in _EVENTBRIDGE_DETAIL_TYPES) or ("detail" in found and "detail-type" in found):
        return as_object(found.get("detail"), f"{where}.detail"), f"{where}.detail"
    sns = found.get("Sns")
    if is_object(sns):
        return _unwrapped(_text(sns, "Message", f"{where}.Sns"), f"{where}.Sns.Message")
    if "body" in found:
        parsed = json_object(_text(found, "body", where), f"{where}.body")
        if parsed.get("Type") == "Notification":  # an SNS topic delivered the record to the queue
            notification = checked_sns_notification(parsed, f"{where}.body")
            return _unwrapped(notification["Message"], f"{where}.body.Message")
        return parsed, f"{where}.body"
    raise EventDecodeError(where, "not an invocation record, nor an SQS, SNS or EventBridge envelope of one")


def _text(container: Mapping[str, Any], key: str, where: str) -> str:
    value = container.get(key)
    if not isinstance(value, str):
        raise EventDecodeError(f"{where}.{key}", f"expected a string holding JSON, got {type(value).__name__}")
    return value


def _check_argument(value: object) -> None:
    """`TypeError` for an argument that is not a mapping, `str` or `bytes`."""
    if not isinstance(value, (Mapping, str, bytes)):
        raise TypeError(f"value must be a mapping, str or bytes, got {type(value).__name__}")


def _request_context(record: Mapping[str, Any], where: str) -> None:
    context = record.get("requestContext")
    if not is_object(context) or not isinstance(context.get("condition"), str):
        raise EventDecodeError(f"{where}.requestContext", "missing, or without a `condition` string")


@overload
def decode_lambda_destination_record(
    value: Union[Mapping[str, Any], str, bytes],
    *,
    as_json: Literal[False] = False,
    request_type: None = None,
    response_type: None = None,
) -> LambdaDestinationRecordDict[Any, Any]:
    """Untyped payloads, as before: `Any`."""


@overload
def decode_lambda_destination_record(
    value: Union[Mapping[str, Any], str, bytes], *, as_json: Literal[True]
) -> LambdaDestinationRecordDict[JSONValue, JSONValue]:
    """`as_json=True`: both payloads typed as `JSONValue`."""


@overload
def decode_lambda_destination_record(
    value: Union[Mapping[str, Any], str, bytes], *, request_type: type[_RequestT], response_type: type[_ResponseT]
) -> LambdaDestinationRecordDict[_RequestT, _ResponseT]:
    """Both payloads checked against TypedDicts."""


@overload
def decode_lambda_destination_record(
    value: Union[Mapping[str, Any], str, bytes], *, request_type: type[_RequestT]
) -> LambdaDestinationRecordDict[_RequestT, Any]:
    """The request payload checked against a TypedDict."""


@overload
def decode_lambda_destination_record(
    value: Union[Mapping[str, Any], str, bytes], *, response_type: type[_ResponseT]
) -> LambdaDestinationRecordDict[Any, _ResponseT]:
    """The response payload checked against a TypedDict."""


def decode_lambda_destination_record(
    value: Union[Mapping[str, Any], str, bytes],
    *,
    as_json: bool = False,
    request_type: object = None,
    response_type: object = None,
) -> LambdaDestinationRecordDict[Any, Any]:
    """The asynchronous invocation record in `value`, wherever a destination delivered it.

    `value` may be the record (a function destination), an EventBridge event (`source` `lambda`), an SQS
    record or SNS record holding it as JSON text (an SNS message delivered to a queue too), or JSON text.

    >>> body = '{"version": "1.0", "requestContext": {"condition": "Success"}, "requestPayload": {}}'
    >>> record = decode_lambda_destination_record({"body": body})
    >>> record["requestContext"]["condition"]
    'Success'

    Raises `EventDecodeError` naming the path when `value` holds no such record (not JSON, no
    `requestContext.condition`, no `requestPayload`), and `TypeError` when it is not a mapping, `str` or `bytes`.

    Typed forms: `as_json=True` types both payloads as `JSONValue`. `request_type=OrderDict` (a TypedDict)
    checks `requestPayload` against it, and `response_type=ReceiptDict` checks `responsePayload` when the
    function returned one (not when it raised, `responseContext.functionError`, nor when it returned `null`
    or never ran); a mismatch raises `EventDecodeError` naming the payload's path and every problem, and a
    `request_type` or `response_type` that is not a TypedDict class raises `TypeError`.
    """
    _check_argument(value)
    typed_form(request_type, as_json, "request_type")
    typed_form(response_type, as_json, "response_type")
    record, where = _unwrapped(value, "$")
    _request_context(record, where)
    if "requestPayload" not in record:
        raise EventDecodeError(where, "no `requestPayload`: not an asynchronous invocation record")
    typed_document(record["requestPayload"], f"{where}.requestPayload", request_type, False, "request_type")
    response = record.get("responsePayload")
    if response is not None and not _function_raised(record):
        typed_document(response, f"{where}.responsePayload", response_type, False, "response_type")
    return cast("LambdaDestinationRecordDict[Any, Any]", record)


def _function_raised(record: Mapping[str, Any]) -> bool:
    """Whether the record says the function raised (`responseContext.functionError`): its response payload is
    then the error, not what the function returns."""
    context = record.get("responseContext")
    return is_object(context) and context.get("functionError") is not None


def decode_event_source_mapping_failure(
    value: Union[Mapping[str, Any], str, bytes],
) -> EventSourceMappingFailureRecordDict:
    """The failure record an event source mapping sent to its on-failure destination, found in `value`: an
    SQS record or SNS record holding it (as JSON text), the text of the S3 object or Kafka record value that
    holds it, or the record itself.

    Raises `EventDecodeError` naming the path when `value` holds no such record (no `requestContext.condition`,
    or none of `KinesisBatchInfo`, `DDBStreamBatchInfo`, `KafkaBatchInfo`), and `TypeError` when it is not a
    mapping, `str` or `bytes`.
    """
    _check_argument(value)
    record, where = _unwrapped(value, "$")
    _request_context(record, where)
    if not any(key in record for key in _BATCH_INFO_KEYS):
        raise EventDecodeError(where, f"none of {', '.join(_BATCH_INFO_KEYS)}: not an event source mapping failure")
    return cast("EventSourceMappingFailureRecordDict", record)
