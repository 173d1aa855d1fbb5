"""AWS Trusted Advisor events (`source` `aws.trustedadvisor`): a check's result for one resource changed.

Authority: the AWS Support User Guide, "Monitoring AWS Trusted Advisor check results with Amazon
EventBridge" (EventBridge receives these in `us-east-1` only); `resources` is empty.
"""

from typing import Literal, Optional

from lambda_events._eventbridge_envelope import EventBridgeEnvelopeDict
from lambda_events._typing import TypedDict

__all__ = [
    "TrustedAdvisorCheckItemRefreshDetailDict",
    "TrustedAdvisorCheckItemRefreshEventDict",
]

EVENTS = {
    "TrustedAdvisorCheckItemRefreshEventDict": (
        "aws.trustedadvisor",
        "Trusted Advisor Check Item Refresh Notification",
    ),
}
"""The events of this module, alias name → (`source`, `detail-type`): the registry
`scripts/generate_eventbridge.py` reads."""

# --- Trusted Advisor Check Item Refresh Notification ---------------------------------------------------------------

_TrustedAdvisorCheckItemRefreshHyphenatedKeys = TypedDict(
    "_TrustedAdvisorCheckItemRefreshHyphenatedKeys",
    {"check-name": str, "check-item-detail": dict[str, Optional[str]]},
)
"""The keys of the detail whose names are not Python identifiers.

- `check-name`: the check's name (`Low Utilization Amazon EC2 Instances`).
- `check-item-detail`: the item's columns as the check's report shows them, by column name (`Region`,
  `Estimated Monthly Savings`); the columns depend on the check, and a column without a value is `null`.
"""


class TrustedAdvisorCheckItemRefreshDetailDict(_TrustedAdvisorCheckItemRefreshHyphenatedKeys):
    """The `detail` of `Trusted Advisor Check Item Refresh Notification`; hyphenated keys are documented on
    the base."""

    status: str
    """The item's new status: `OK`, `WARN` or `ERROR` (the console's samples also show `INFO`)."""
    resource_id: str
    """The ARN of the resource the item is about; empty when the item is not about one resource."""
    uuid: str
    """A unique id of this notification."""


_TrustedAdvisorCheckItemRefreshRouting = TypedDict(
    "_TrustedAdvisorCheckItemRefreshRouting",
    {"detail-type": Literal["Trusted Advisor Check Item Refresh Notification"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `Trusted Advisor Check Item Refresh Notification`.
"""


class TrustedAdvisorCheckItemRefreshEventDict(_TrustedAdvisorCheckItemRefreshRouting, EventBridgeEnvelopeDict):
    """Trusted Advisor sends it when a refreshed check changes the status of one of the items (resources) it
    checks."""

    source: Literal["aws.trustedadvisor"]
    """Always `aws.trustedadvisor`."""
    detail: TrustedAdvisorCheckItemRefreshDetailDict
    """The check, the item and its new status."""
