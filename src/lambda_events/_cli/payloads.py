"""The nested payloads of an event, decoded for `lambda-events inspect`: base64 record data (gzip too), JSON
bodies and messages, SNS notifications and S3 events inside SQS messages, CloudWatch Logs documents, and
DynamoDB images as plain values. Each comes with the JSON path of the string it was decoded from.

It reads malformed events without failing: what cannot be decoded is reported as an `error` payload.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any, Callable

from lambda_events._cli.budget import Budget
from lambda_events._sources import SOURCES
from lambda_events._cli.payload_values import Decoded, base64_payload, classify, json_payload, jsonable
from lambda_events.helpers._decoding import is_list, is_object
from lambda_events.helpers.aws_config import decode_config_invoking_event, decode_config_rule_parameters
from lambda_events.helpers.cloudwatch_logs import decode_cloudwatch_logs
from lambda_events.helpers.dynamodb import deserialize_dynamodb_image
from lambda_events.helpers.errors import EventDecodeError
from lambda_events.helpers.http import decode_body
from lambda_events.helpers.kafka import decode_kafka_headers
from lambda_events.helpers.sqs import decode_sqs_sns_message

__all__ = ["decoded_payloads"]


def decoded_payloads(event: Any, source: str, budget: Budget) -> list[Decoded]:
    """Every nested payload of `event`, an event of `source` (a `detect_event_source` identifier), decompressing
    no more than `budget` allows."""
    decoder = _DECODERS.get(source)
    return list(decoder(event, budget)) if decoder is not None and is_object(event) else []


def _items(value: Any, path: str) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """The objects of a list, with their paths."""
    if is_list(value):
        for index, item in enumerate(value):
            if is_object(item):
                yield f"{path}[{index}]", item


def _inner(mapping: Mapping[str, Any], *keys: str) -> Mapping[str, Any]:
    """The object at `keys` below `mapping`, or an empty one when a step is missing or not an object."""
    for key in keys:
        value = mapping.get(key)
        mapping = value if is_object(value) else {}
    return mapping


def _message(path: str, message: Any) -> Iterator[Decoded]:
    """An SNS message: an S3 event, other JSON, or plain text (not shown)."""
    for found in json_payload(path, message):
        value = found.value
        if is_object(value) and value.get("Event") == "s3:TestEvent":
            yield found._replace(kind="s3 test event")
        elif is_object(value) and _is_s3_event(value):
            yield found._replace(kind="s3 event")
        else:
            yield found


def _is_s3_event(value: Mapping[str, Any]) -> bool:
    records = value.get("Records")
    first = records[0] if is_list(records) and records else None
    return is_object(first) and first.get("eventSource") == "aws:s3"


def _sqs(event: Mapping[str, Any], budget: Budget) -> Iterator[Decoded]:
    for path, record in _items(event.get("Records"), "$.Records"):
        body_path = f"{path}.body"
        try:
            notification = decode_sqs_sns_message(record)
        except EventDecodeError:
            yield from _message(body_path, record.get("body"))
        else:
            yield Decoded(body_path, "sns notification", dict(notification))
            yield from _message(f"{body_path}.Message", notification["Message"])


def _sns(event: Mapping[str, Any], budget: Budget) -> Iterator[Decoded]:
    for path, record in _items(event.get("Records"), "$.Records"):
        yield from _message(f"{path}.Sns.Message", _inner(record, "Sns").get("Message"))


def _kinesis(event: Mapping[str, Any], budget: Budget) -> Iterator[Decoded]:
    for path, record in _items(event.get("Records"), "$.Records"):
        yield from base64_payload(f"{path}.kinesis.data", _inner(record, "kinesis").get("data"), budget)


def _firehose(event: Mapping[str, Any], budget: Budget) -> Iterator[Decoded]:
    for path, record in _items(event.get("records"), "$.records"):
        key = "data" if "data" in record or "kafkaRecordValue" not in record else "kafkaRecordValue"
        yield from base64_payload(f"{path}.{key}", record.get(key), budget)


def _cloudwatch_logs(event: Mapping[str, Any], budget: Budget) -> Iterator[Decoded]:
    if budget.left == 0:
        yield Decoded("$.awslogs.data", "error", budget.refuse())
        return
    try:
        document = dict(decode_cloudwatch_logs(event, max_size=budget.left))
    except EventDecodeError as error:
        yield Decoded("$.awslogs.data", "error", budget.refuse() if "max_size" in error.problem else str(error))
    else:
        budget.spend(len(json.dumps(document)))  # about the size of the decompressed document
        yield Decoded("$.awslogs.data", "cloudwatch logs", document)


def _dynamodb(event: Mapping[str, Any], budget: Budget) -> Iterator[Decoded]:
    for path, record in _items(event.get("Records"), "$.Records"):
        change = _inner(record, "dynamodb")
        for key in ("Keys", "NewImage", "OldImage"):
            if key in change:
                try:
                    image = jsonable(deserialize_dynamodb_image(change[key]))
                except EventDecodeError as error:
                    yield Decoded(f"{path}.dynamodb.{key}", "error", str(error))
                else:
                    yield Decoded(f"{path}.dynamodb.{key}", "dynamodb image", image)


def _kafka(event: Mapping[str, Any], budget: Budget) -> Iterator[Decoded]:
    for partition, records in _inner(event, "records").items():
        for path, record in _items(records, f"$.records[{json.dumps(partition)}]"):
            if record.get("key") is not None:
                yield from base64_payload(f"{path}.key", record["key"], budget)
            yield from base64_payload(f"{path}.value", record.get("value"), budget)
            if record.get("headers"):
                try:
                    pairs = [[name, _bytes_or_text(value)] for name, value in decode_kafka_headers(record)]
                except EventDecodeError as error:
                    yield Decoded(f"{path}.headers", "error", str(error))
                else:
                    yield Decoded(f"{path}.headers", "kafka headers", pairs)


def _bytes_or_text(value: bytes) -> Any:
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        return jsonable(value)


def _activemq(event: Mapping[str, Any], budget: Budget) -> Iterator[Decoded]:
    for path, message in _items(event.get("messages"), "$.messages"):
        yield from base64_payload(f"{path}.data", message.get("data"), budget)


def _rabbitmq(event: Mapping[str, Any], budget: Budget) -> Iterator[Decoded]:
    for queue, messages in _inner(event, "rmqMessagesByQueue").items():
        for path, message in _items(messages, f"$.rmqMessagesByQueue[{json.dumps(queue)}]"):
            yield from base64_payload(f"{path}.data", message.get("data"), budget)


def _http(event: Mapping[str, Any], budget: Budget) -> Iterator[Decoded]:
    """A request body: base64 (binary media) decoded, JSON parsed."""
    body = event.get("body")
    if not isinstance(body, str) or not body:
        return
    if event.get("isBase64Encoded") is True or event.get("is_base64_encoded") is True:
        try:
            yield from classify("$.body", decode_body(event), budget, "base64 ")
        except EventDecodeError as error:
            yield Decoded("$.body", "error", str(error))
    else:
        yield from json_payload("$.body", body)


def _aws_config(event: Mapping[str, Any], budget: Budget) -> Iterator[Decoded]:
    decoders: dict[str, Callable[[Mapping[str, Any]], Mapping[str, Any]]] = {
        "invokingEvent": decode_config_invoking_event,
        "ruleParameters": decode_config_rule_parameters,
    }
    for key, decode in decoders.items():
        if key in event:
            try:
                yield Decoded(f"$.{key}", "json", dict(decode(event)))
            except EventDecodeError as error:
                yield Decoded(f"$.{key}", "error", str(error))


def _codepipeline(event: Mapping[str, Any], budget: Budget) -> Iterator[Decoded]:
    configuration = _inner(event, "CodePipeline.job", "data", "actionConfiguration", "configuration")
    path = '$["CodePipeline.job"].data.actionConfiguration.configuration.UserParameters'
    yield from json_payload(path, configuration.get("UserParameters"))


def _cloudwatch_alarm(event: Mapping[str, Any], budget: Budget) -> Iterator[Decoded]:
    for key in ("state", "previousState"):
        yield from json_payload(f"$.alarmData.{key}.reasonData", _inner(event, "alarmData", key).get("reasonData"))


# The decoders by the name a registry row gives (`Source.decoder`).
_DECODERS_BY_NAME: dict[str, Callable[[Mapping[str, Any], Budget], Iterator[Decoded]]] = {
    "sqs": _sqs,
    "sns": _sns,
    "kinesis": _kinesis,
    "firehose": _firehose,
    "cloudwatch_logs": _cloudwatch_logs,
    "dynamodb": _dynamodb,
    "kafka": _kafka,
    "amazon_mq_activemq": _activemq,
    "amazon_mq_rabbitmq": _rabbitmq,
    "http": _http,
    "aws_config": _aws_config,
    "codepipeline": _codepipeline,
    "cloudwatch_alarm": _cloudwatch_alarm,
}

_DECODERS = {source.id: _DECODERS_BY_NAME[source.decoder] for source in SOURCES if source.decoder is not None}
"""Each source id's payload decoder, from the registry."""
