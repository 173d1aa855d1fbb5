"""Amazon CloudWatch Synthetics events (`source` `aws.synthetics`): a canary changed state, and a canary run
failed or succeeded.

Authority: the CloudWatch User Guide, "Monitoring canary events with Amazon EventBridge"; `resources` is
empty.
"""

from typing import Any, Literal

from lambda_events._eventbridge_envelope import EventBridgeEnvelopeDict
from lambda_events._typing import TypedDict

__all__ = [
    "SyntheticsCanaryRunTimelineDict",
    "SyntheticsCanaryStatusChangeDetailDict",
    "SyntheticsCanaryStatusChangeEventDict",
    "SyntheticsCanaryTestRunFailureDetailDict",
    "SyntheticsCanaryTestRunFailureEventDict",
    "SyntheticsCanaryTestRunSuccessfulDetailDict",
    "SyntheticsCanaryTestRunSuccessfulEventDict",
]

EVENTS = {
    "SyntheticsCanaryStatusChangeEventDict": ("aws.synthetics", "Synthetics Canary Status Change"),
    "SyntheticsCanaryTestRunFailureEventDict": ("aws.synthetics", "Synthetics Canary TestRun Failure"),
    "SyntheticsCanaryTestRunSuccessfulEventDict": ("aws.synthetics", "Synthetics Canary TestRun Successful"),
}
"""The events of this module, alias name → (`source`, `detail-type`): the registry
`scripts/generate_eventbridge.py` reads."""

# --- Synthetics Canary Status Change -------------------------------------------------------------------------------

_SyntheticsCanaryHyphenatedKeys = TypedDict(
    "_SyntheticsCanaryHyphenatedKeys",
    {"account-id": str, "canary-id": str, "canary-name": str},
)
"""The keys of every canary event's detail whose names are not Python identifiers.

- `account-id`: the id of the account that owns the canary.
- `canary-id`: the canary's id.
- `canary-name`: the canary's name.
"""

_SyntheticsCanaryStatusChangeHyphenatedKeys = TypedDict(
    "_SyntheticsCanaryStatusChangeHyphenatedKeys",
    {
        "current-state": str,
        "previous-state": str,
        "source-location": str,
        "updated-on": float,
        "changed-config": dict[str, dict[str, Any]],
    },
)
"""The keys of the status change whose names are not Python identifiers.

- `current-state`: the canary's new state (`CREATING`, `READY`, `STARTING`, `RUNNING`, `UPDATING`, `STOPPING`,
  `STOPPED`, `ERROR`).
- `previous-state`: the state it left.
- `source-location`: where the change came from (`NULL` when not applicable).
- `updated-on`: when the canary changed, in seconds since the Unix epoch (with a fraction).
- `changed-config`: the settings that changed, by name (`executionArn`, `testCodeLayerVersionArn`), each
  with its `previous-value` and `current-value`; may be empty.
"""


class SyntheticsCanaryStatusChangeDetailDict(
    _SyntheticsCanaryHyphenatedKeys, _SyntheticsCanaryStatusChangeHyphenatedKeys
):
    """The `detail` of `Synthetics Canary Status Change`; hyphenated keys are documented on the bases."""

    message: str
    """What happened, in words (`Canary status has changed`)."""


_SyntheticsCanaryStatusChangeRouting = TypedDict(
    "_SyntheticsCanaryStatusChangeRouting",
    {"detail-type": Literal["Synthetics Canary Status Change"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `Synthetics Canary Status Change`.
"""


class SyntheticsCanaryStatusChangeEventDict(_SyntheticsCanaryStatusChangeRouting, EventBridgeEnvelopeDict):
    """Synthetics sends it when a canary changes state (created, started, stopped, updated, errored)."""

    source: Literal["aws.synthetics"]
    """Always `aws.synthetics`."""
    detail: SyntheticsCanaryStatusChangeDetailDict
    """The canary, its new and previous state, and what changed."""


# --- Synthetics Canary TestRun Failure -----------------------------------------------------------------------------

class SyntheticsCanaryRunTimelineDict(TypedDict):
    """When a canary run started and completed."""

    started: int
    """When it started, in seconds since the Unix epoch."""
    completed: int
    """When it completed, in seconds since the Unix epoch."""


_SyntheticsCanaryTestRunHyphenatedKeys = TypedDict(
    "_SyntheticsCanaryTestRunHyphenatedKeys",
    {
        "canary-run-id": str,
        "artifact-location": str,
        "test-run-status": Literal["PASSED", "FAILED"],
        "state-reason": str,
        "canary-run-timeline": SyntheticsCanaryRunTimelineDict,
    },
)
"""The keys of a canary run's result whose names are not Python identifiers.

- `canary-run-id`: the run's id.
- `artifact-location`: where the run's artifacts (screenshots, HAR files, logs) were stored, as bucket and
  key prefix.
- `test-run-status`: `PASSED` or `FAILED`.
- `state-reason`: why the run failed (`Error: net::ERR_NAME_NOT_RESOLVED`); the text `null` for a passed run.
- `canary-run-timeline`: when the run started and completed.
"""


class SyntheticsCanaryTestRunFailureDetailDict(_SyntheticsCanaryHyphenatedKeys, _SyntheticsCanaryTestRunHyphenatedKeys):
    """The `detail` of `Synthetics Canary TestRun Failure`; hyphenated keys are documented on the bases."""

    message: str
    """What happened, in words."""


_SyntheticsCanaryTestRunFailureRouting = TypedDict(
    "_SyntheticsCanaryTestRunFailureRouting",
    {"detail-type": Literal["Synthetics Canary TestRun Failure"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `Synthetics Canary TestRun Failure`.
"""


class SyntheticsCanaryTestRunFailureEventDict(_SyntheticsCanaryTestRunFailureRouting, EventBridgeEnvelopeDict):
    """Synthetics sends it when a run of a canary fails."""

    source: Literal["aws.synthetics"]
    """Always `aws.synthetics`."""
    detail: SyntheticsCanaryTestRunFailureDetailDict
    """The canary and the failed run."""


# --- Synthetics Canary TestRun Successful --------------------------------------------------------------------------

class SyntheticsCanaryTestRunSuccessfulDetailDict(
    
    _SyntheticsCanaryHyphenatedKeys, _SyntheticsCanaryTestRunHyphenatedKeys

):
    """The `detail` of `Synthetics Canary TestRun Successful`; hyphenated keys are documented on the bases."""

    message: str
    """What happened, in words."""


_SyntheticsCanaryTestRunSuccessfulRouting = TypedDict(
    "_SyntheticsCanaryTestRunSuccessfulRouting",
    {"detail-type": Literal["Synthetics Canary TestRun Successful"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `Synthetics Canary TestRun Successful`.
"""


class SyntheticsCanaryTestRunSuccessfulEventDict(_SyntheticsCanaryTestRunSuccessfulRouting, EventBridgeEnvelopeDict):
    """Synthetics sends it when a run of a canary passes."""

    source: Literal["aws.synthetics"]
    """Always `aws.synthetics`."""
    detail: SyntheticsCanaryTestRunSuccessfulDetailDict
    """The canary and the passed run."""
