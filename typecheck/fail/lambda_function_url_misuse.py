"""Misuses of the Lambda function URL types that both checkers must reject."""

from lambda_events import LambdaFunctionUrlEventDict, LambdaFunctionUrlIAMDict, LambdaFunctionUrlResponseDict


def route_key_is_always_default(event: LambdaFunctionUrlEventDict) -> None:
    event["requestContext"]["routeKey"] = "GET /orders"  # expect-error: mypy[typeddict-item] pyright[reportGeneralTypeIssues]


def cognito_identity_may_be_null(iam: LambdaFunctionUrlIAMDict) -> str:
    return iam["cognitoIdentity"]["identityId"]  # expect-error: mypy[index] pyright[reportOptionalSubscript,reportUnknownVariableType]


def status_code_is_an_int() -> LambdaFunctionUrlResponseDict:
    return {"statusCode": "201", "body": "created"}  # expect-error: mypy[typeddict-item] pyright[reportReturnType]
