"""Test events of the messaging services: SQS, SNS (and its envelope inside SQS bodies)."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Optional, Union

from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed, b64, json_text

if TYPE_CHECKING:
    from lambda_events.types.sns import SNSEventDict, SNSMessageAttributeDict, SNSNotificationDict, SNSRecordDict
    from lambda_events.types.sqs import SQSAttributesDict, SQSEventDict, SQSMessageAttributeDict, SQSRecordDict

__all__ = ["sns_event", "sns_notification", "sqs_event"]

MessageBody = Union[str, Mapping[str, Any], Sequence[Any]]
"""A message as a test gives it: text is sent as it is, anything else as JSON text."""
AttributeValue = Union[str, int, Decimal, bytes]
"""A message attribute value: text (`String`), a number (`Number`) or bytes (`Binary`)."""


def _text(body: MessageBody) -> str:
    return body if isinstance(body, str) else json_text(body)


def sqs_event(
    *,
    bodies: Sequence[MessageBody] = ("Hello from SQS!",),
    queue: str = "orders",
    message_attributes: Optional[Mapping[str, AttributeValue]] = None,
    fifo: bool = False,
    message_group_id: str = "default",
    receive_count: int = 1,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> SQSEventDict:
    """An SQS event with one message per body (a mapping or list body is sent as JSON text).

    `message_attributes` are given to every message. A FIFO queue (`fifo=True`, or a queue name ending in
    `.fifo`) adds sequence numbers, the message group and content-based deduplication ids.
    """
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    is_fifo = fifo or queue.endswith(".fifo")
    queue_name = queue if not is_fifo or queue.endswith(".fifo") else f"{queue}.fifo"
    sender = scene.principal_id()
    records: list[SQSRecordDict] = []
    for index, body in enumerate(bodies):
        text = _text(body)
        sent = scene.epoch_ms(index * 7 - 1000)
        system: SQSAttributesDict = {
            "ApproximateReceiveCount": str(receive_count),
            "SentTimestamp": str(sent),
            "SenderId": sender,
            "ApproximateFirstReceiveTimestamp": str(sent + scene.rng.randrange(1, 50)),
        }
        if is_fifo:
            system["SequenceNumber"] = scene.digits(20)
            system["MessageGroupId"] = message_group_id
            system["MessageDeduplicationId"] = hashlib.sha256(text.encode("utf-8")).hexdigest()
        record: SQSRecordDict = {
            "messageId": scene.uuid(),
            "receiptHandle": "AQEB" + scene.base64(144),
            "body": text,
            "attributes": system,
            "messageAttributes": {name: _sqs_attribute(value) for name, value in (message_attributes or {}).items()},
            "md5OfBody": hashlib.md5(text.encode("utf-8")).hexdigest(),
            "eventSource": "aws:sqs",
            "eventSourceARN": scene.arn("sqs", queue_name),
            "awsRegion": region,
        }
        if message_attributes:
            record["md5OfMessageAttributes"] = _sqs_attributes_md5(message_attributes)
        records.append(record)
    return {"Records": records}


def _sqs_attribute(value: AttributeValue) -> SQSMessageAttributeDict:
    attribute: SQSMessageAttributeDict
    if isinstance(value, bytes):
        attribute = {"dataType": "Binary", "binaryValue": b64(value)}
    elif isinstance(value, str):
        attribute = {"dataType": "String", "stringValue": value}
    else:
        attribute = {"dataType": "Number", "stringValue": str(value)}
    attribute["stringListValues"] = []
    attribute["binaryListValues"] = []
    return attribute


def _sqs_attributes_md5(attributes: Mapping[str, AttributeValue]) -> str:
    """The digest SQS computes over message attributes: each, sorted by name, as length-prefixed name, data
    type, transport type (1 text, 2 binary) and value."""
    digest = hashlib.md5()

    def add(data: bytes) -> None:
        digest.update(len(data).to_bytes(4, "big") + data)

    for name in sorted(attributes):
        value = attributes[name]
        add(name.encode("utf-8"))
        add(_sqs_attribute(value)["dataType"].encode("utf-8"))
        if isinstance(value, bytes):
            digest.update(b"\x02")
            add(value)
        else:
            digest.update(b"\x01")
            add(str(value).encode("utf-8"))
    return digest.hexdigest()


SNSAttributeValue = Union[str, int, Decimal, bytes, Sequence[str]]
"""An SNS message attribute value: text, a number, bytes, or a list of strings (`String.Array`)."""


def _sns_attribute(value: SNSAttributeValue) -> SNSMessageAttributeDict:
    if isinstance(value, bytes):
        return {"Type": "Binary", "Value": b64(value)}
    if isinstance(value, str):
        return {"Type": "String", "Value": value}
    if isinstance(value, (int, Decimal)):
        return {"Type": "Number", "Value": str(value)}
    return {"Type": "String.Array", "Value": json_text(list(value))}


def sns_event(
    *,
    messages: Sequence[MessageBody] = ("Hello from SNS!",),
    topic: str = "notifications",
    subject: Optional[str] = None,
    message_attributes: Optional[Mapping[str, SNSAttributeValue]] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> SNSEventDict:
    """An SNS event with one record per message (SNS itself sends one; a mapping or list is sent as JSON)."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    topic_arn = scene.arn("sns", topic)
    subscription_arn = f"{topic_arn}:{scene.uuid()}"
    records: list[SNSRecordDict] = []
    for index, message in enumerate(messages):
        records.append(
            {
                "EventVersion": "1.0",
                "EventSubscriptionArn": subscription_arn,
                "EventSource": "aws:sns",
                "Sns": {
                    "Type": "Notification",
                    "MessageId": scene.uuid(),
                    "TopicArn": topic_arn,
                    "Subject": subject,
                    "Message": _text(message),
                    "Timestamp": scene.iso(index - 500),
                    "SignatureVersion": "1",
                    "Signature": scene.base64(256),
                    "SigningCertUrl": _signing_cert_url(scene),
                    "UnsubscribeUrl": _unsubscribe_url(scene, subscription_arn),
                    "MessageAttributes": {
                        name: _sns_attribute(value) for name, value in (message_attributes or {}).items()
                    },
                },
            }
        )
    return {"Records": records}


def sns_notification(
    *,
    message: MessageBody = "Hello from SNS!",
    topic: str = "notifications",
    subject: Optional[str] = None,
    message_attributes: Optional[Mapping[str, SNSAttributeValue]] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> SNSNotificationDict:
    """The JSON envelope SNS delivers to an SQS queue without raw message delivery: pass it as a body to
    `sqs_event` (`sqs_event(bodies=[sns_notification(message=...)])`). A topic whose name ends in `.fifo`
    gives a FIFO notification (a sequence number, no signature)."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    topic_arn = scene.arn("sns", topic)
    notification: SNSNotificationDict = {
        "Type": "Notification",
        "MessageId": scene.uuid(),
        "TopicArn": topic_arn,
        "Message": _text(message),
        "Timestamp": scene.iso(-500),
        "UnsubscribeURL": _unsubscribe_url(scene, f"{topic_arn}:{scene.uuid()}"),
    }
    if subject is not None:
        notification["Subject"] = subject
    if topic.endswith(".fifo"):
        notification["SequenceNumber"] = scene.digits(20)
    else:
        notification["SignatureVersion"] = "1"
        notification["Signature"] = scene.base64(256)
        notification["SigningCertURL"] = _signing_cert_url(scene)
    if message_attributes:
        notification["MessageAttributes"] = {name: _sns_attribute(value) for name, value in message_attributes.items()}
    return notification


def _signing_cert_url(scene: Scenario) -> str:
    return f"https://sns.{scene.region}.amazonaws.com/SimpleNotificationService-{scene.hex(32)}.pem"


def _unsubscribe_url(scene: Scenario, subscription_arn: str) -> str:
    return f"https://sns.{scene.region}.amazonaws.com/?Action=Unsubscribe&SubscriptionArn={subscription_arn}"
