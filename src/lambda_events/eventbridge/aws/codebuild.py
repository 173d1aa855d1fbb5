"""AWS CodeBuild events (`source` `aws.codebuild`): build state changes and build phase changes.

Authority: the CodeBuild User Guide ("Build notifications input format reference": the detail keys, the
build statuses and `additional-information`).
"""

from typing import Any, Literal

from lambda_events._eventbridge_envelope import EventBridgeEnvelopeDict
from lambda_events._typing import NotRequired, TypedDict

__all__ = [
    "CodeBuildBuildPhaseChangeDetailDict",
    "CodeBuildBuildPhaseChangeEventDict",
    "CodeBuildBuildStateChangeDetailDict",
    "CodeBuildBuildStateChangeEventDict",
    "CodeBuildBuildStatus",
]

EVENTS = {
    "CodeBuildBuildStateChangeEventDict": ("aws.codebuild", "CodeBuild Build State Change"),
    "CodeBuildBuildPhaseChangeEventDict": ("aws.codebuild", "CodeBuild Build Phase Change"),
}
"""The events of this module, alias name → (`source`, `detail-type`): the registry
`scripts/generate_eventbridge.py` reads."""

CodeBuildBuildStatus = Literal["IN_PROGRESS", "SUCCEEDED", "FAILED", "STOPPED"]
"""A build's status in a `CodeBuild Build State Change`: the values the CodeBuild User Guide lists."""

_CodeBuildBuildStateChangeHyphenatedKeys = TypedDict(
    "_CodeBuildBuildStateChangeHyphenatedKeys",
    {
        "build-status": CodeBuildBuildStatus,
        "project-name": str,
        "build-id": str,
        "current-phase": str,
        "current-phase-context": str,
        "additional-information": NotRequired[dict[str, Any]],
    },
)
"""The keys of the detail, whose names are not Python identifiers.

- `build-status`: the status the build entered.
- `project-name`: the build project's name.
- `build-id`: the build's ARN.
- `current-phase`: the phase the build is in (`SUBMITTED`, `COMPLETED`...).
- `current-phase-context`: messages about the phase, as JSON text (`[]`, or `[": "]`).
- `additional-information`: the build as `BatchGetBuilds` describes it (`artifact`, `environment`,
  `timeout-in-minutes`, `build-complete`, `initiator`, `build-start-time`, `source`, `source-version`,
  `logs`, `phases`...), with keys in kebab case.
"""


class CodeBuildBuildStateChangeDetailDict(_CodeBuildBuildStateChangeHyphenatedKeys):
    """The `detail` of `CodeBuild Build State Change`; its keys are documented on the base above, but for
    `version`."""

    version: str
    """The detail format version, `1`."""


_CodeBuildBuildPhaseChangeHyphenatedKeys = TypedDict(
    "_CodeBuildBuildPhaseChangeHyphenatedKeys",
    {
        "completed-phase": str,
        "project-name": str,
        "build-id": str,
        "completed-phase-context": str,
        "completed-phase-status": str,
        "completed-phase-duration-seconds": str,
        "completed-phase-start": str,
        "completed-phase-end": str,
        "additional-information": NotRequired[dict[str, Any]],
    },
)
"""The keys of the detail, whose names are not Python identifiers.

- `completed-phase`: the phase that ended (`SUBMITTED`, `QUEUED`, `PROVISIONING`, `DOWNLOAD_SOURCE`,
  `INSTALL`, `PRE_BUILD`, `BUILD`, `POST_BUILD`, `UPLOAD_ARTIFACTS`, `FINALIZING`).
- `project-name`: the build project's name.
- `build-id`: the build's ARN.
- `completed-phase-context`: messages about the phase, as JSON text.
- `completed-phase-status`: how the phase ended (`SUCCEEDED`, `FAILED`, `FAULT`, `TIMED_OUT`, `STOPPED`,
  `CLIENT_ERROR`).
- `completed-phase-duration-seconds`: how long it took, as text (`4.0`).
- `completed-phase-start`: when it started (`Jul 13, 2017 8:48:32 PM`).
- `completed-phase-end`: when it ended, in the same format.
- `additional-information`: the build as `BatchGetBuilds` describes it, with keys in kebab case.
"""


class CodeBuildBuildPhaseChangeDetailDict(_CodeBuildBuildPhaseChangeHyphenatedKeys):
    """The `detail` of `CodeBuild Build Phase Change`; its keys are documented on the base above, but for
    `version`."""

    version: str
    """The detail format version, `1`."""


_CodeBuildBuildStateChangeRouting = TypedDict(
    "_CodeBuildBuildStateChangeRouting",
    {"detail-type": Literal["CodeBuild Build State Change"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `CodeBuild Build State Change`.
"""


class CodeBuildBuildStateChangeEventDict(_CodeBuildBuildStateChangeRouting, EventBridgeEnvelopeDict):
    """A build started, succeeded, failed or was stopped; `resources` holds the build's ARN."""

    source: Literal["aws.codebuild"]
    """Always `aws.codebuild`."""
    detail: CodeBuildBuildStateChangeDetailDict
    """The event's data."""


_CodeBuildBuildPhaseChangeRouting = TypedDict(
    "_CodeBuildBuildPhaseChangeRouting",
    {"detail-type": Literal["CodeBuild Build Phase Change"]},
)
"""The key naming the event's kind, which is not a Python identifier.

- `detail-type`: always `CodeBuild Build Phase Change`.
"""


class CodeBuildBuildPhaseChangeEventDict(_CodeBuildBuildPhaseChangeRouting, EventBridgeEnvelopeDict):
    """A phase of a build ended; `resources` holds the build's ARN."""

    source: Literal["aws.codebuild"]
    """Always `aws.codebuild`."""
    detail: CodeBuildBuildPhaseChangeDetailDict
    """The event's data."""
