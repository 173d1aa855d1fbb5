"""Misuses of the API Gateway Lambda authorizer types that both checkers must reject."""

from lambda_events import (
    APIGatewayAuthorizerResponseDict,
    APIGatewayAuthorizerResponseV2Dict,
    APIGatewayAuthorizerTokenEventDict,
)


def response_without_policy() -> APIGatewayAuthorizerResponseDict:
    return {"principalId": "user-1234"}  # expect-error: mypy[typeddict-item] pyright[reportReturnType]


def effect_is_allow_or_deny(response: APIGatewayAuthorizerResponseDict) -> None:
    response["policyDocument"]["Statement"][0]["Effect"] = "Permit"  # expect-error: mypy[typeddict-item] pyright[reportGeneralTypeIssues]


def context_values_are_scalars(response: APIGatewayAuthorizerResponseDict) -> None:
    response["context"] = {"groups": ["admins"]}  # expect-error: mypy[dict-item] pyright[reportGeneralTypeIssues]


def token_event_has_no_headers(event: APIGatewayAuthorizerTokenEventDict) -> dict[str, str]:
    return event["headers"]  # expect-error: mypy[no-any-return,typeddict-item] pyright[reportGeneralTypeIssues,reportUnknownVariableType]


def simple_response_needs_a_bool() -> APIGatewayAuthorizerResponseV2Dict:
    return {"isAuthorized": "yes"}  # expect-error: mypy[typeddict-item] pyright[reportReturnType]
