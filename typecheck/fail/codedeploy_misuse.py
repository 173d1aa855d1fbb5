"""Misuses of the CodeDeploy hook type that both checkers must reject."""

from lambda_events import CodeDeployLifecycleHookEventDict


def ids_are_spelt_exactly(event: CodeDeployLifecycleHookEventDict) -> str:
    return event["DeploymentID"]  # expect-error: mypy[no-any-return,typeddict-item] pyright[reportGeneralTypeIssues,reportUnknownVariableType]


def both_ids_are_required() -> CodeDeployLifecycleHookEventDict:
    return {"DeploymentId": "d-ABCDEF123"}  # expect-error: mypy[typeddict-item] pyright[reportReturnType]
