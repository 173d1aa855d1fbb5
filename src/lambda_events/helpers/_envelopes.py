"""Recognising the documents one service delivers inside another's message: an SNS notification in an SQS
body, an S3 event notification (or S3's test message) in an SQS body or an SNS message."""

from __future__ import annotations

from typing import Any, Optional

from lambda_events.helpers._decoding import json_object
from lambda_events.helpers._describe import kind, preview
from lambda_events.helpers.errors import EventDecodeError

# The keys besides `Type` every SNS notification carries (`SNSNotificationDict`'s required keys), all strings.
_SNS_NOTIFICATION_KEYS = ("MessageId", "TopicArn", "Message", "Timestamp", "UnsubscribeURL")


def sns_notification(text: str, where: str) -> dict[str, Any]:
    """Parse `text` as the JSON envelope of an SNS notification, checking that it really is one."""
    return checked_sns_notification(json_object(text, where), where)


def checked_sns_notification(document: dict[str, Any], where: str) -> dict[str, Any]:
    """`document`, an already parsed JSON object, if it is the envelope of an SNS notification."""
    if document.get("Type") != "Notification":
        # A cross-account subscription also delivers `SubscriptionConfirmation` messages to the queue.
        found = f"{preview(document['Type'])}, not 'Notification'" if "Type" in document else "missing"
        raise EventDecodeError(where, f"not an SNS notification: Type is {found}")
    for key in _SNS_NOTIFICATION_KEYS:
        if not isinstance(document.get(key), str):
            problem = "missing" if key not in document else f"{kind(document[key])}, not a string"
            raise EventDecodeError(where, f"not an SNS notification: {key} is {problem}")
    return document


def s3_event_or_test(text: str, where: str) -> Optional[dict[str, Any]]:
    """Parse `text` as an S3 event notification; `None` for the `s3:TestEvent` message S3 sends when a
    notification configuration is saved (it has no `Records`)."""
    document = json_object(text, where)
    if isinstance(document.get("Records"), list):
        return document
    if document.get("Event") == "s3:TestEvent":
        return None
    raise EventDecodeError(where, "not an S3 event notification: no Records list and not an s3:TestEvent message")
