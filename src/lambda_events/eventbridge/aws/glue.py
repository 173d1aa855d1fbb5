"""AWS Glue events (`source` `aws.glue`): job runs that ended, and crawler runs.

Authority: the AWS Glue Developer Guide ("Automating AWS Glue with EventBridge": `Glue Job State Change`
and `Glue Crawler State Change`, their states and examples).
"""

from typing import Literal

from lambda_events._eventbridge_envelope import EventBridgeEnvelopeDict
from lambda_events._typing import NotRequired, TypedDict

__all__ = [
    "GlueCrawlerStateChangeDetailDict",
    "GlueCrawlerStateChangeEventDict",
    "GlueJobRunState",
    "GlueJobRunStatusDetailDict",
    "GlueJobRunStatusEventDict",
    "GlueJobStateChangeDetailDict",
    "GlueJobStateChangeEventDict",
    "GlueNotificationConditionDict",
]

EVENTS = {
    "GlueJobStateChangeEventDict": ("aws.glue", "Glue Job State Change"),
    "GlueCrawlerStateChangeEventDict": ("aws.glue", "Glue Crawler State Change"),
    "GlueJobRunStatusEventDict": ("aws.glue", "Glue Job Run Status"),
}
"""The events of this module, alias name → (`source`, `detail-type`): the registry
`scripts/generate_eventbridge.py` reads."""

GlueJobRunState = Literal["SUCCEEDED", "FAILED", "TIMEOUT", "STOPPED"]
"""The end states a `Glue Job State Change` reports: the four the Glue Developer Guide lists."""


class GlueJobStateChangeDetailDict(TypedDict):
    """The `detail` of `Glue Job State Change`: a job run ended."""

    jobName: str
    """The job's name."""
    severity: Literal["INFO", "WARN", "ERROR"]
    """`INFO` for a success, `ERROR` for a failure or timeout, `WARN` for a stop."""
    state: GlueJobRunState
    """How the run ended."""
    jobRunId: str
    """The run's id (`jr_` and 64 hex digits)."""
    message: str
    """The outcome in words (the exception of a failed run)."""


_GlueCrawlerStateChangeHyphenatedKeys = TypedDict(
    "_GlueCrawlerStateChangeHyphenatedKeys",
    {"runningTime (sec)": NotRequired[str]},
)
"""The key of the detail whose name is not a Python identifier.

- `runningTime (sec)`: `Succeeded`: how long the crawl ran, in seconds, as text.
"""


class GlueCrawlerStateChangeDetailDict(_GlueCrawlerStateChangeHyphenatedKeys):
    """The `detail` of `Glue Crawler State Change`: a crawler started, succeeded or failed; the counts are
    text. `runningTime (sec)` is documented on the base above."""

    accountId: str
    """The account that owns the crawler."""
    crawlerName: str
    """The crawler's name."""
    state: Literal["Started", "Succeeded", "Failed"]
    """What happened: the three states the Glue Developer Guide lists."""
    message: NotRequired[str]
    """The state in words (`Crawler Started`, `Crawler Succeeded`)."""
    startTime: NotRequired[str]
    """`Started`: when the crawl started, ISO 8601."""
    completionDate: NotRequired[str]
    """`Succeeded`: when the crawl ended, ISO 8601."""
    errorMessage: NotRequired[str]
    """`Failed`: why."""
    warningMessage: NotRequired[str]
    """`Succeeded`: a warning, or `N/A`."""
    cloudWatchLogLink: NotRequired[str]
    """A console link to the crawl's log."""
    tablesCreated: NotRequired[str]
    """`Succeeded`: tables created."""
    tablesUpdated: NotRequired[str]
    """`Succeeded`: tables updated."""
    tablesDeleted: NotRequired[str]
    """`Succeeded`: tables deleted."""
    partitionsCreated: NotRequired[str]
    """`Succeeded`: partitions created."""
    partitionsUpdated: NotRequired[str]
    """`Succeeded`: partitions updated."""
    partitionsDeleted: NotRequired[str]
    """`Succeeded`: partitions deleted."""


_GlueJobStateChangeRouting = TypedDict(
    "_GlueJobStateChangeRouting",
    {"detail-type": Literal["Glue Job State Change"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `Glue Job State Change`.
"""


class GlueJobStateChangeEventDict(_GlueJobStateChangeRouting, EventBridgeEnvelopeDict):
    """A job run succeeded, failed, timed out or was stopped; `resources` is empty."""

    source: Literal["aws.glue"]
    """Always `aws.glue`."""
    detail: GlueJobStateChangeDetailDict
    """The event's data."""


_GlueCrawlerStateChangeRouting = TypedDict(
    "_GlueCrawlerStateChangeRouting",
    {"detail-type": Literal["Glue Crawler State Change"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `Glue Crawler State Change`.
"""


class GlueCrawlerStateChangeEventDict(_GlueCrawlerStateChangeRouting, EventBridgeEnvelopeDict):
    """A crawler run started, succeeded or failed; `resources` is empty."""

    source: Literal["aws.glue"]
    """Always `aws.glue`."""
    detail: GlueCrawlerStateChangeDetailDict
    """The event's data."""


# --- Glue Job Run Status ------------------------------------------------------------------------------------


class GlueNotificationConditionDict(TypedDict):
    """When Glue reports a run that takes long."""

    NotifyDelayAfter: int
    """Minutes after the run starts before Glue sends a delay notification."""


class GlueJobRunStatusDetailDict(TypedDict):
    """The `detail` of `Glue Job Run Status`: a run is still `STARTING`, `RUNNING` or `STOPPING` after its job's
    notification delay (`NotifyDelayAfter`)."""

    jobName: str
    """The job's name."""
    severity: Literal["INFO", "WARN", "ERROR"]
    """`INFO`."""
    notificationCondition: GlueNotificationConditionDict
    """The delay that triggered the notification."""
    state: Literal["STARTING", "RUNNING", "STOPPING"]
    """The state the run is still in."""
    jobRunId: str
    """The run's id."""
    message: str
    """The state in words."""
    startedOn: str
    """When the run started, ISO 8601."""


_GlueJobRunStatusRouting = TypedDict(
    "_GlueJobRunStatusRouting",
    {"detail-type": Literal["Glue Job Run Status"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `Glue Job Run Status`.
"""


class GlueJobRunStatusEventDict(_GlueJobRunStatusRouting, EventBridgeEnvelopeDict):
    """A job run has been running longer than its notification delay; `resources` is empty."""

    source: Literal["aws.glue"]
    """Always `aws.glue`."""
    detail: GlueJobRunStatusDetailDict
    """The event's data."""
