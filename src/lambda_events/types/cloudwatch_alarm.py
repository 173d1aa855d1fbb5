"""Amazon CloudWatch alarms: the event an alarm's Lambda action sends when the alarm changes state (metric
alarms on one metric or on metric math, and composite alarms), and the decoded `reasonData` of its states."""

from typing import Literal, Union, final

from lambda_events._typing import NotRequired, TypedDict

__all__ = [
    "CloudWatchAlarmActionsSuppressedBy",
    "CloudWatchAlarmCompositeConfigurationDict",
    "CloudWatchAlarmCompositeReasonDataDict",
    "CloudWatchAlarmConfigurationDict",
    "CloudWatchAlarmDataDict",
    "CloudWatchAlarmEvaluatedDatapointDict",
    "CloudWatchAlarmEventDict",
    "CloudWatchAlarmMetricConfigurationDict",
    "CloudWatchAlarmMetricDataQueryDict",
    "CloudWatchAlarmMetricDict",
    "CloudWatchAlarmMetricReasonDataDict",
    "CloudWatchAlarmMetricStatDict",
    "CloudWatchAlarmStateDict",
    "CloudWatchAlarmStateValue",
    "CloudWatchAlarmTriggeringAlarmDict",
    "CloudWatchAlarmTriggeringAlarmStateDict",
]

CloudWatchAlarmStateValue = Literal["OK", "ALARM", "INSUFFICIENT_DATA"]
"""The states an alarm can be in."""

CloudWatchAlarmActionsSuppressedBy = Literal["WaitPeriod", "ExtensionPeriod", "Alarm"]
"""Why a composite alarm's actions were suppressed: its suppressor alarm's wait or extension period, or the
suppressor alarm being in `ALARM`."""


class CloudWatchAlarmStateDict(TypedDict):
    """A state of the alarm, with why it was entered."""

    value: CloudWatchAlarmStateValue
    """The state."""
    reason: str
    """Why the alarm entered the state, in words."""
    reasonData: NotRequired[str]
    """The data behind `reason`, as a JSON string: a `CloudWatchAlarmMetricReasonDataDict` for metric alarms, a
    `CloudWatchAlarmCompositeReasonDataDict` for composite alarms. Absent when the state was set with
    `SetAlarmState` without reason data."""
    timestamp: str
    """When the alarm entered the state (`2023-08-04T12:56:46.138+0000`)."""
    actionsSuppressedBy: NotRequired[CloudWatchAlarmActionsSuppressedBy]
    """Composite alarms with a suppressor only: why the alarm's actions were suppressed in this state."""
    actionsSuppressedReason: NotRequired[str]
    """Composite alarms with a suppressor only: the suppression, in words."""


class CloudWatchAlarmMetricDict(TypedDict):
    """The metric a query reads."""

    namespace: str
    """The metric's namespace (`AWS/Lambda`)."""
    name: str
    """The metric's name (`Invocations`)."""
    dimensions: dict[str, str]
    """The metric's dimensions, by name; may be empty."""


class CloudWatchAlarmMetricStatDict(TypedDict):
    """A metric with the statistic and period to read it with."""

    metric: CloudWatchAlarmMetricDict
    """The metric."""
    period: int
    """The period of each datapoint, in seconds."""
    stat: str
    """The statistic (`Average`, `Sum`, `SampleCount`, `p99`)."""
    unit: NotRequired[str]
    """The unit the alarm filters the metric's data by, when it sets one (`Percent`)."""


class CloudWatchAlarmMetricDataQueryDict(TypedDict):
    """One query of a metric alarm: a metric (`metricStat`) or a math expression over other queries."""

    id: str
    """The query's id, which expressions use to refer to it (`m1`, `e1`)."""
    metricStat: NotRequired[CloudWatchAlarmMetricStatDict]
    """The metric and statistic; present for metric queries."""
    expression: NotRequired[str]
    """The math expression (`m1/m2`, `ANOMALY_DETECTION_BAND(m1, 2)`); present for expression queries."""
    label: NotRequired[str]
    """A human-readable label, when the query has one."""
    returnData: bool
    """`true` for the query whose result the alarm evaluates; `false` for its inputs."""


@final
class CloudWatchAlarmMetricConfigurationDict(TypedDict):
    """The configuration of a metric alarm: one metric, or metric math over several."""

    description: NotRequired[str]
    """The alarm's description, when it has one."""
    metrics: list[CloudWatchAlarmMetricDataQueryDict]
    """The alarm's queries: one for an alarm on a single metric, several for metric math."""


@final
class CloudWatchAlarmCompositeConfigurationDict(TypedDict):
    """The configuration of a composite alarm."""

    description: NotRequired[str]
    """The alarm's description, when it has one."""
    alarmRule: str
    """The rule over other alarms' states (`ALARM(CPU) OR ALARM(Network)`)."""
    actionsSuppressor: NotRequired[str]
    """The name (or ARN) of the alarm that suppresses this one's actions, when one is set."""
    actionsSuppressorWaitPeriod: NotRequired[int]
    """Seconds the alarm waits for the suppressor to enter `ALARM` before acting; with `actionsSuppressor`."""
    actionsSuppressorExtensionPeriod: NotRequired[int]
    """Seconds actions stay suppressed after the suppressor leaves `ALARM`; with `actionsSuppressor`."""


CloudWatchAlarmConfigurationDict = Union[
    CloudWatchAlarmMetricConfigurationDict, CloudWatchAlarmCompositeConfigurationDict
]
"""A metric or a composite alarm's configuration; test `"metrics" in configuration` to tell them apart (both
are final, so type checkers narrow on that test)."""


class CloudWatchAlarmDataDict(TypedDict):
    """The alarm and its change of state."""

    alarmName: str
    """The alarm's name."""
    state: CloudWatchAlarmStateDict
    """The state the alarm entered."""
    previousState: CloudWatchAlarmStateDict
    """The state the alarm left."""
    configuration: CloudWatchAlarmConfigurationDict
    """The alarm's configuration."""


class CloudWatchAlarmEventDict(TypedDict):
    """The event an alarm's Lambda action sends (asynchronously) when the alarm changes state."""

    source: Literal["aws.cloudwatch"]
    """Always `aws.cloudwatch`."""
    alarmArn: str
    """The alarm's ARN."""
    accountId: str
    """The id of the account that owns the alarm."""
    time: str
    """When the alarm changed state (`2023-08-04T12:56:46.138+0000`)."""
    region: str
    """The alarm's Region."""
    alarmData: CloudWatchAlarmDataDict
    """The alarm and its change of state."""


class CloudWatchAlarmEvaluatedDatapointDict(TypedDict):
    """One datapoint the alarm evaluated."""

    timestamp: str
    """The start of the datapoint's period."""
    sampleCount: NotRequired[float]
    """How many samples the datapoint aggregates; absent for a missing datapoint."""
    value: NotRequired[float]
    """The datapoint's value; absent for a missing datapoint."""


class CloudWatchAlarmMetricReasonDataDict(TypedDict):
    """The decoded `reasonData` of a metric alarm's state."""

    version: str
    """The version of this format, `1.0`."""
    queryDate: str
    """When CloudWatch queried the metric."""
    startDate: str
    """The start of the evaluated range."""
    statistic: NotRequired[str]
    """The statistic the alarm evaluates (`Average`, `SampleCount`)."""
    unit: NotRequired[str]
    """The metric's unit, when the alarm sets one."""
    period: int
    """The period of each datapoint, in seconds."""
    recentDatapoints: list[float]
    """The most recent datapoints' values; may be empty."""
    threshold: float
    """The alarm's threshold."""
    evaluatedDatapoints: NotRequired[list[CloudWatchAlarmEvaluatedDatapointDict]]
    """The datapoints that decided the state, newest first."""


class CloudWatchAlarmTriggeringAlarmStateDict(TypedDict):
    """The state of an alarm that triggered a composite alarm."""

    value: CloudWatchAlarmStateValue
    """Its state."""
    timestamp: str
    """When it entered the state."""


class CloudWatchAlarmTriggeringAlarmDict(TypedDict):
    """An alarm whose state change triggered the composite alarm."""

    arn: str
    """The alarm's ARN."""
    state: CloudWatchAlarmTriggeringAlarmStateDict
    """Its state."""


class CloudWatchAlarmCompositeReasonDataDict(TypedDict):
    """The decoded `reasonData` of a composite alarm's state."""

    triggeringAlarms: list[CloudWatchAlarmTriggeringAlarmDict]
    """The alarms whose states made the rule evaluate as it did."""


# --- begin generated handler aliases (scripts/generate_exports.py) ---
from typing import Callable, TYPE_CHECKING

if TYPE_CHECKING:
    from lambda_events.types.context import LambdaContext

CloudWatchAlarmHandler = Callable[["CloudWatchAlarmEventDict", "LambdaContext"], object]
"""A CloudWatch alarm's Lambda action; the alarm invokes it asynchronously and ignores what it returns."""

__all__ += ["CloudWatchAlarmHandler"]
# --- end generated handler aliases ---
