"""Misuses of the API Gateway Lambda authorizer types that both checkers must reject."""

from lambda_events import (
    APIGatewayAuthorizerResponseDict,
    APIGatewayAuthorizerResponseV2Dict,
    APIGatewayAuthorizerTokenEventDict,
)


def response_without_policy() -> APIGatewayAuthorizerResponseDict:
    return {"principalId": "user-1234"}  # expect-error


def effect_is_allow_or_deny(response: APIGatewayAuthorizerResponseDict) -> None:
    response["policyDocument"]["Statement"][0]["Effect"] = "Permit"  # expect-error


def context_values_are_scalars(response: APIGatewayAuthorizerResponseDict) -> None:
    response["context"] = {"groups": ["admins"]}  # expect-error


def token_event_has_no_headers(event: APIGatewayAuthorizerTokenEventDict) -> dict[str, str]:
    return event["headers"]  # expect-error


def simple_response_needs_a_bool() -> APIGatewayAuthorizerResponseV2Dict:
    return {"isAuthorized": "yes"}  # expect-error
