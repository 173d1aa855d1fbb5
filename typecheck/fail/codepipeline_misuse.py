"""Misuses of the CodePipeline job types that both checkers must reject."""

from lambda_events import CodePipelineArtifactDict, CodePipelineJobEventDict


def the_key_has_a_dot(event: CodePipelineJobEventDict) -> object:
    return event["CodePipeline"]  # expect-error: mypy[typeddict-item] pyright[reportGeneralTypeIssues,reportUnknownVariableType]


def revision_may_be_null(artifact: CodePipelineArtifactDict) -> str:
    return artifact["revision"].upper()  # expect-error: mypy[union-attr] pyright[reportOptionalMemberAccess]


def expiration_is_milliseconds(event: CodePipelineJobEventDict) -> str:
    return event["CodePipeline.job"]["data"]["artifactCredentials"]["expirationTime"]  # expect-error: mypy[return-value] pyright[reportReturnType,reportTypedDictNotRequiredAccess]
