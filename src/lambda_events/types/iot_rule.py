"""AWS IoT rules: the event of a rule whose action invokes a function (the rule's SQL query output), and the
message of a rule's error action when an action failed.

A rule's SQL statement (`SELECT temperature, topic() AS topic FROM 'sensors/+/telemetry'`) decides the event's
shape, so `IoTRuleEventDict` is generic: `IoTRuleEventDict[TelemetryDict]` is the `TelemetryDict` you declare
for your query; bare, it is a `dict[str, Any]`.
"""

from typing import TYPE_CHECKING, Annotated, Any

from lambda_events._typing import NotRequired, TypedDict

if TYPE_CHECKING:
    # The default (PEP 696) lets a bare `IoTRuleEventDict` mean "a JSON object of unknown shape" under strict
    # checkers; the runtime keeps the cheaper `typing.TypeVar`.
    from typing_extensions import TypeVar

    PayloadT = TypeVar("PayloadT", default=dict[str, Any])
else:
    from typing import TypeVar

    PayloadT = TypeVar("PayloadT")

__all__ = ["IoTRuleActionFailureDict", "IoTRuleErrorActionEventDict", "IoTRuleEventDict", "IoTRuleHandler"]

IoTRuleEventDict = Annotated[PayloadT, "the output of an AWS IoT rule's SQL statement"]
"""What a rule's Lambda action sends: the JSON object its SQL statement selects from the MQTT message (the
message itself for `SELECT *`), plus whatever the statement adds with functions such as `topic()`,
`clientid()` or `timestamp()`. Parameterise it with your own TypedDict of the selected fields."""

class IoTRuleActionFailureDict(TypedDict):
    """One action of the rule that failed."""

    failedAction: str
    """The kind of the action that failed (`S3Action`, `LambdaAction`, `DynamoDBv2Action`, ...)."""
    failedResource: str
    """The resource the action could not reach: the bucket, function, table, stream or topic name."""
    errorMessage: str
    """Why the action failed, as the target service reported it."""


class IoTRuleErrorActionEventDict(TypedDict):
    """The message a rule's error action sends (here, to a function) when one of the rule's actions failed
    (AWS IoT developer guide, "Error action message format")."""

    ruleName: str
    """The name of the rule whose action failed."""
    topic: str
    """The MQTT topic of the message the rule was processing."""
    cloudwatchTraceId: str
    """The id of the rule's trace in the AWS IoT logs in CloudWatch."""
    clientId: NotRequired[str]
    """The MQTT client id of the publisher; absent when the message had none (an HTTPS publish)."""
    base64OriginalPayload: str
    """The message's payload, base64-encoded (it may be binary)."""
    failures: list[IoTRuleActionFailureDict]
    """Each action that failed, with the reason."""


# --- begin generated handler aliases (scripts/generate_exports.py) ---
from typing import Callable, TYPE_CHECKING

if TYPE_CHECKING:
    from lambda_events.types.context import LambdaContext

IoTRuleErrorActionHandler = Callable[["IoTRuleErrorActionEventDict", "LambdaContext"], object]
"""A rule's error action; AWS IoT invokes it asynchronously and ignores what it returns."""

__all__ += ["IoTRuleErrorActionHandler"]
# --- end generated handler aliases ---

IoTRuleHandler = Callable[[PayloadT, "LambdaContext"], object]
"""A rule's Lambda action (`IoTRuleHandler[TelemetryDict]`); AWS IoT invokes it asynchronously and ignores
what it returns."""
