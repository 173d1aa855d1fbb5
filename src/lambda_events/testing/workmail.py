"""Test events of Amazon WorkMail email flow rules with a Run Lambda action."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Literal, Optional

from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed

if TYPE_CHECKING:
    from lambda_events.types.workmail import WorkMailEventDict

__all__ = ["workmail_event"]

_DIRECTIONS = ("INBOUND", "OUTBOUND")
_SUBJECT_LIMIT = 256


def workmail_event(
    *,
    sender: str = "jane@example.com",
    recipients: Sequence[str] = ("ops@example.com",),
    subject: str = "Order order-1001",
    direction: Literal["INBOUND", "OUTBOUND"] = "INBOUND",
    truncated: bool = False,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> WorkMailEventDict:
    """The summary a Run Lambda action sends for a message from `sender` to `recipients` (the subject cut to
    256 characters, as WorkMail does); `truncated` drops the recipients, as WorkMail does at the size limit.

    Raises `ValueError` for an unknown `direction` or an address without `@`.
    """
    if direction not in _DIRECTIONS:
        raise ValueError(f"direction must be one of {', '.join(_DIRECTIONS)}, not {direction!r}")
    for address in (sender, *recipients):
        if "@" not in address:
            raise ValueError(f"{address!r} is not an email address")
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    return {
        "summaryVersion": "2019-07-28",
        "envelope": {
            "mailFrom": {"address": sender},
            "recipients": [] if truncated else [{"address": address} for address in recipients],
        },
        "sender": {"address": sender},
        "subject": subject[:_SUBJECT_LIMIT],
        "messageId": scene.uuid(),
        "invocationId": scene.hex(32),
        "flowDirection": direction,
        "truncated": truncated,
    }
