"""AWS CodePipeline events (`source` `aws.codepipeline`): pipeline, stage and action execution state changes.

Authority: the CodePipeline User Guide ("Monitoring CodePipeline events": the detail-types, their states,
and the example events). The console's samples send `version` as text for the pipeline and stage events;
the documentation shows a number.
"""

from typing import Any, Literal, Union

from lambda_events._eventbridge_envelope import EventBridgeEnvelopeDict
from lambda_events._typing import NotRequired, TypedDict

__all__ = [
    "CodePipelineActionExecutionStateChangeDetailDict",
    "CodePipelineActionExecutionStateChangeEventDict",
    "CodePipelineActionTypeDict",
    "CodePipelineExecutionResultDict",
    "CodePipelineExecutionTriggerDict",
    "CodePipelinePipelineExecutionStateChangeDetailDict",
    "CodePipelinePipelineExecutionStateChangeEventDict",
    "CodePipelineStageExecutionStateChangeDetailDict",
    "CodePipelineStageExecutionStateChangeEventDict",
]

EVENTS = {
    "CodePipelinePipelineExecutionStateChangeEventDict": ("aws.codepipeline", "CodePipeline Pipeline Execution State Change"),
    "CodePipelineStageExecutionStateChangeEventDict": ("aws.codepipeline", "CodePipeline Stage Execution State Change"),
    "CodePipelineActionExecutionStateChangeEventDict": ("aws.codepipeline", "CodePipeline Action Execution State Change"),
}
"""The events of this module, alias name → (`source`, `detail-type`): the registry
`scripts/generate_eventbridge.py` reads."""

_CodePipelineExecutionTriggerHyphenatedKeys = TypedDict(
    "_CodePipelineExecutionTriggerHyphenatedKeys",
    {"trigger-type": str, "trigger-detail": NotRequired[str]},
)
"""The keys of an execution's trigger, whose names are not Python identifiers.

- `trigger-type`: what started the execution (`StartPipelineExecution`, `Webhook`, `PutActionRevision`,
  `CloudWatchEvent`, `CreatePipeline`, `PollForSourceChanges`, `WebhookV2`, `ManualRollback`,
  `AutomatedRollback`).
- `trigger-detail`: who or what (the caller's ARN, the webhook's ARN, the source revision).
"""


class CodePipelineExecutionTriggerDict(_CodePipelineExecutionTriggerHyphenatedKeys):
    """What started a pipeline execution; the keys are documented on the base above."""


_CodePipelineExecutionResultHyphenatedKeys = TypedDict(
    "_CodePipelineExecutionResultHyphenatedKeys",
    {
        "external-execution-url": NotRequired[str],
        "external-execution-summary": NotRequired[str],
        "external-execution-id": NotRequired[str],
        "error-code": NotRequired[str],
    },
)
"""The keys of an action's result, whose names are not Python identifiers.

- `external-execution-url`: a link to the action's run in its provider (a CodeBuild build, a deployment).
- `external-execution-summary`: the run's outcome in words (a commit message, an error).
- `external-execution-id`: the run's id in its provider.
- `error-code`: a failed action's error (`JobFailed`, `ConfigurationError`).
"""


class CodePipelineExecutionResultDict(_CodePipelineExecutionResultHyphenatedKeys):
    """The outcome of an action; the keys are documented on the base above."""


class CodePipelineActionTypeDict(TypedDict):
    """The kind of action."""

    owner: str
    """`AWS`, `ThirdParty` or `Custom`."""
    category: str
    """`Source`, `Build`, `Test`, `Deploy`, `Approval`, `Invoke` or `Compute`."""
    provider: str
    """The service or integration (`CodeBuild`, `CodeDeploy`, `S3`, `Lambda`, `Manual`)."""
    version: Union[float, str]
    """The action type's version: a number (`1`) in the console's samples, text (`"1"`) in the
    documentation's."""


_CodePipelinePipelineExecutionStateChangeHyphenatedKeys = TypedDict(
    "_CodePipelinePipelineExecutionStateChangeHyphenatedKeys",
    {
        "execution-id": str,
        "start-time": NotRequired[str],
        "execution-trigger": NotRequired[CodePipelineExecutionTriggerDict],
        "pipeline-execution-attempt": NotRequired[float],
    },
)
"""The keys of the detail whose names are not Python identifiers.

- `execution-id`: the pipeline execution's id.
- `start-time`: when the execution started, ISO 8601.
- `execution-trigger`: what started the execution (on `STARTED`).
- `pipeline-execution-attempt`: the attempt number of the execution (retries count up).
"""


class CodePipelinePipelineExecutionStateChangeDetailDict(_CodePipelinePipelineExecutionStateChangeHyphenatedKeys):
    """The `detail` of `CodePipeline Pipeline Execution State Change`; hyphenated keys are documented on the
    base above."""

    pipeline: str
    """The pipeline's name."""
    version: Union[float, str]
    """The pipeline structure's version: a number (`1`, `1.0`) in the documentation, text (`"1"`) in the
    console's samples."""
    state: Literal["CANCELED", "FAILED", "RESUMED", "STARTED", "STOPPED", "STOPPING", "SUCCEEDED", "SUPERSEDED"]
    """The state the execution entered: the values the CodePipeline User Guide lists."""


_CodePipelineStageExecutionStateChangeHyphenatedKeys = TypedDict(
    "_CodePipelineStageExecutionStateChangeHyphenatedKeys",
    {
        "execution-id": str,
        "start-time": NotRequired[str],
        "stage-execution-attempt": NotRequired[float],
        "pipeline-execution-attempt": NotRequired[float],
    },
)
"""The keys of the detail whose names are not Python identifiers.

- `execution-id`: the pipeline execution's id.
- `start-time`: when the stage execution started, ISO 8601.
- `stage-execution-attempt`: the attempt number of the stage (retries count up).
- `pipeline-execution-attempt`: the attempt number of the pipeline execution.
"""


class CodePipelineStageExecutionStateChangeDetailDict(_CodePipelineStageExecutionStateChangeHyphenatedKeys):
    """The `detail` of `CodePipeline Stage Execution State Change`; hyphenated keys are documented on the
    base above."""

    pipeline: str
    """The pipeline's name."""
    version: Union[float, str]
    """The pipeline structure's version: a number or, in older events, text."""
    stage: str
    """The stage's name."""
    state: Literal["CANCELED", "FAILED", "RESUMED", "STARTED", "STOPPED", "STOPPING", "SUCCEEDED"]
    """The state the stage entered: the values the CodePipeline User Guide lists."""


_CodePipelineActionExecutionStateChangeHyphenatedKeys = TypedDict(
    "_CodePipelineActionExecutionStateChangeHyphenatedKeys",
    {
        "execution-id": str,
        "start-time": NotRequired[str],
        "execution-result": NotRequired[CodePipelineExecutionResultDict],
        "input-artifacts": NotRequired[list[dict[str, Any]]],
        "output-artifacts": NotRequired[list[dict[str, Any]]],
        "action-execution-id": NotRequired[str],
        "stage-execution-attempt": NotRequired[float],
        "pipeline-execution-attempt": NotRequired[float],
    },
)
"""The keys of the detail whose names are not Python identifiers.

- `execution-id`: the pipeline execution's id.
- `start-time`: when the action started, ISO 8601.
- `execution-result`: the outcome, once the action ended.
- `input-artifacts`: the artifacts the action read (`name`, `s3location` with `bucket` and `key`).
- `output-artifacts`: the artifacts the action wrote.
- `action-execution-id`: the action execution's id.
- `stage-execution-attempt`: the attempt number of the stage.
- `pipeline-execution-attempt`: the attempt number of the pipeline execution.
"""


class CodePipelineActionExecutionStateChangeDetailDict(_CodePipelineActionExecutionStateChangeHyphenatedKeys):
    """The `detail` of `CodePipeline Action Execution State Change`; hyphenated keys are documented on the
    base above."""

    pipeline: str
    """The pipeline's name."""
    version: Union[float, str]
    """The pipeline structure's version: a number or, in older events, text."""
    stage: str
    """The stage's name."""
    action: str
    """The action's name."""
    state: Literal["ABANDONED", "CANCELED", "FAILED", "STARTED", "SUCCEEDED"]
    """The state the action entered: the values the CodePipeline User Guide lists."""
    type: CodePipelineActionTypeDict
    """The kind of action."""
    region: NotRequired[str]
    """The Region the action runs in (cross-Region actions)."""


_CodePipelinePipelineExecutionStateChangeRouting = TypedDict(
    "_CodePipelinePipelineExecutionStateChangeRouting",
    {"detail-type": Literal["CodePipeline Pipeline Execution State Change"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `CodePipeline Pipeline Execution State Change`.
"""


class CodePipelinePipelineExecutionStateChangeEventDict(_CodePipelinePipelineExecutionStateChangeRouting, EventBridgeEnvelopeDict):
    """A pipeline execution changed state; `resources` holds the pipeline's ARN."""

    source: Literal["aws.codepipeline"]
    """Always `aws.codepipeline`."""
    detail: CodePipelinePipelineExecutionStateChangeDetailDict
    """The event's data."""


_CodePipelineStageExecutionStateChangeRouting = TypedDict(
    "_CodePipelineStageExecutionStateChangeRouting",
    {"detail-type": Literal["CodePipeline Stage Execution State Change"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `CodePipeline Stage Execution State Change`.
"""


class CodePipelineStageExecutionStateChangeEventDict(_CodePipelineStageExecutionStateChangeRouting, EventBridgeEnvelopeDict):
    """A stage of a pipeline execution changed state."""

    source: Literal["aws.codepipeline"]
    """Always `aws.codepipeline`."""
    detail: CodePipelineStageExecutionStateChangeDetailDict
    """The event's data."""


_CodePipelineActionExecutionStateChangeRouting = TypedDict(
    "_CodePipelineActionExecutionStateChangeRouting",
    {"detail-type": Literal["CodePipeline Action Execution State Change"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `CodePipeline Action Execution State Change`.
"""


class CodePipelineActionExecutionStateChangeEventDict(_CodePipelineActionExecutionStateChangeRouting, EventBridgeEnvelopeDict):
    """An action of a pipeline execution changed state."""

    source: Literal["aws.codepipeline"]
    """Always `aws.codepipeline`."""
    detail: CodePipelineActionExecutionStateChangeDetailDict
    """The event's data."""
