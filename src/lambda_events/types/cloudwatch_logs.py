"""Amazon CloudWatch Logs subscriptions: the event a subscription filter sends, and the document it carries.

`awslogs.data` is base64 of gzip of a `CloudWatchLogsDecodedDataDict` JSON document. The same gzip-compressed
document is what a subscription writes into Kinesis data streams and Firehose streams.
"""

from typing import Literal

from lambda_events._typing import NotRequired, TypedDict

__all__ = [
    "CloudWatchLogsDataDict",
    "CloudWatchLogsDecodedDataDict",
    "CloudWatchLogsEventDict",
    "CloudWatchLogsLogEventDict",
]


class CloudWatchLogsDataDict(TypedDict):
    """The `awslogs` object of a CloudWatch Logs event."""

    data: str
    """Base64 of the gzip-compressed `CloudWatchLogsDecodedDataDict` JSON document."""


class CloudWatchLogsEventDict(TypedDict):
    """The event a CloudWatch Logs subscription filter sends to a Lambda function."""

    awslogs: CloudWatchLogsDataDict
    """The compressed, encoded log data."""


class CloudWatchLogsLogEventDict(TypedDict):
    """One log event that matched the subscription filter."""

    id: str
    """A unique id for the log event (a decimal string of about 56 digits); empty in control messages."""
    timestamp: int
    """When the event happened, in milliseconds since the Unix epoch."""
    message: str
    """The log line as ingested (or as transformed, for filters applied to transformed logs)."""
    extractedFields: NotRequired[dict[str, str]]
    """Present when the filter pattern names fields (`[ip, user, ...]` or JSON selectors): their values by name."""


class CloudWatchLogsDecodedDataDict(TypedDict):
    """The decoded subscription document: a batch of log events from one log stream, or a control message."""

    messageType: Literal["DATA_MESSAGE", "CONTROL_MESSAGE"]
    """`DATA_MESSAGE` for log data; `CONTROL_MESSAGE` when CloudWatch Logs only checks that the destination is
    reachable (skip it: its one log event is not from your logs)."""
    owner: str
    """The 12-digit id of the account that owns the log group (`CloudwatchLogs` in control messages)."""
    logGroup: str
    """The name of the log group the events come from; empty in control messages."""
    logStream: str
    """The name of the log stream the events come from; empty in control messages."""
    subscriptionFilters: list[str]
    """The names of the subscription filters that matched; empty in control messages."""
    logEvents: list[CloudWatchLogsLogEventDict]
    """The log events, in order."""
    policyLevel: NotRequired[str]
    """The level of the subscription policy that delivered the data: `ACCOUNT_LEVEL_POLICY` for an account-level
    subscription filter policy (from the CloudWatch Logs user guide; newer than every public catalogue)."""


# --- begin generated handler aliases (scripts/generate_exports.py) ---
from typing import Callable, TYPE_CHECKING

if TYPE_CHECKING:
    from lambda_events.types.context import LambdaContext

CloudWatchLogsHandler = Callable[["CloudWatchLogsEventDict", "LambdaContext"], object]
"""A CloudWatch Logs subscription; the service invokes it asynchronously and ignores what it returns."""

__all__ += ["CloudWatchLogsHandler"]
# --- end generated handler aliases ---
