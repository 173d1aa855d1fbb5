"""Test events of Amazon SNS, and the SNS notification envelope found inside SQS bodies."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Optional, Union

from lambda_events.testing._scenario import (
    DEFAULT_ACCOUNT,
    DEFAULT_REGION,
    MessageBody,
    Scenario,
    Seed,
    b64,
    json_text,
    message_text,
)

if TYPE_CHECKING:
    from lambda_events.types.sns import SNSEventDict, SNSMessageAttributeDict, SNSNotificationDict, SNSRecordDict

__all__ = ["sns_event", "sns_notification"]


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
                    "Message": message_text(message),
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
        "Message": message_text(message),
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
