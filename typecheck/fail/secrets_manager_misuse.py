"""Misuses of the Secrets Manager rotation type that both checkers must reject."""

from lambda_events import SecretsManagerEventDict


def step_is_a_closed_set() -> SecretsManagerEventDict:
    return {"Step": "rotateSecret", "SecretId": "arn", "ClientRequestToken": "token"}  # expect-error: mypy[typeddict-item] pyright[reportReturnType]


def ids_are_spelt_exactly(event: SecretsManagerEventDict) -> str:
    return event["SecretARN"]  # expect-error: mypy[no-any-return,typeddict-item] pyright[reportGeneralTypeIssues,reportUnknownVariableType]
