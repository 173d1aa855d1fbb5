"""Test events of Amazon SES receipt rules that invoke a function."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Optional

from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed

if TYPE_CHECKING:
    from lambda_events.types.ses import SESEventDict

__all__ = ["ses_event"]


def ses_event(
    *,
    sender: str = "jane.doe@example.com",
    recipients: Sequence[str] = ("orders@example.org",),
    subject: str = "Order 1234",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> SESEventDict:
    """The event of a receipt rule's Lambda action for an email from `sender` to `recipients` that passed every
    check."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    date = scene.now.strftime("%a, %d %b %Y %H:%M:%S +0000")
    message_id = f"<{scene.uuid()}@example.com>"
    to = ", ".join(recipients)
    return {
        "Records": [
            {
                "eventVersion": "1.0",
                "eventSource": "aws:ses",
                "ses": {
                    "mail": {
                        "timestamp": scene.iso(-600),
                        "source": sender,
                        "messageId": scene.lower_id(20),
                        "destination": list(recipients),
                        "headersTruncated": False,
                        "headers": [
                            {"name": "Return-Path", "value": f"<{sender}>"},
                            {"name": "From", "value": sender},
                            {"name": "Date", "value": date},
                            {"name": "To", "value": to},
                            {"name": "Message-ID", "value": message_id},
                            {"name": "Subject", "value": subject},
                            {"name": "MIME-Version", "value": "1.0"},
                            {"name": "Content-Type", "value": "text/plain; charset=UTF-8"},
                        ],
                        "commonHeaders": {
                            "returnPath": sender,
                            "from": [sender],
                            "date": date,
                            "to": list(recipients),
                            "messageId": message_id,
                            "subject": subject,
                        },
                    },
                    "receipt": {
                        "timestamp": scene.iso(),
                        "processingTimeMillis": 600,
                        "recipients": list(recipients),
                        "spamVerdict": {"status": "PASS"},
                        "virusVerdict": {"status": "PASS"},
                        "spfVerdict": {"status": "PASS"},
                        "dkimVerdict": {"status": "PASS"},
                        "dmarcVerdict": {"status": "PASS"},
                        "action": {
                            "type": "Lambda",
                            "functionArn": scene.arn("lambda", "function:example-email-handler"),
                            "invocationType": "Event",
                        },
                    },
                },
            }
        ]
    }
