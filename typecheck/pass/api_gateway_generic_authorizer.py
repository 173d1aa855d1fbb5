"""Events generic over the authorizer context: what `requestContext.authorizer` is, bare and parameterised,
for REST APIs (and payload 1.0), HTTP APIs (payload 2.0) and WebSocket APIs; the factories, handler aliases,
guards and validation that take the parameterised types."""

from __future__ import annotations

from typing import Any, Optional, TypedDict

from typing_extensions import assert_type

from lambda_events import (
    APIGatewayCognitoAuthorizerContextDict,
    APIGatewayLambdaAuthorizerContextDict,
    APIGatewayProxyEventDict,
    APIGatewayProxyEventV2Dict,
    APIGatewayProxyHandler,
    APIGatewayProxyResponseDict,
    APIGatewayProxyResponseV2Dict,
    APIGatewayProxyV2Handler,
    APIGatewayV2AuthorizerDict,
    APIGatewayV2JWTAuthorizerDict,
    APIGatewayWebSocketEventDict,
    APIGatewayWebSocketHandler,
    LambdaContext,
    ValidationProblem,
    find_event_problems,
    get_header,
    is_api_gateway_event,
)
from lambda_events.testing import api_gateway_event, api_gateway_v2_event, api_gateway_websocket_event


class PetsContextDict(APIGatewayLambdaAuthorizerContextDict):
    """What the pets API's Lambda authorizer puts in `context`, with the two keys API Gateway adds."""

    tenantId: str
    """The caller's tenant."""
    quota: int
    """Requests left today."""


class HttpApiV1JWTContextDict(TypedDict):
    """An HTTP API payload 1.0 event's authorizer behind a JWT authorizer."""

    claims: dict[str, str]
    """The token's claims."""
    scopes: Optional[list[str]]
    """The token's scopes; `null` for an ID token."""


class SessionContextDict(TypedDict):
    """What an HTTP API's Lambda authorizer returns as `context`."""

    sessionId: str
    """The caller's session."""


SessionAuthorizerDict = TypedDict("SessionAuthorizerDict", {"lambda": SessionContextDict})
"""An HTTP API Lambda authorizer's block, its `lambda` key typed by our context."""


def rest_bare(event: APIGatewayProxyEventDict) -> None:
    context = event["requestContext"]
    if "authorizer" in context:
        assert_type(context["authorizer"], dict[str, Any])
    assert_type(context.get("authorizer"), Optional[dict[str, Any]])


def rest_lambda_authorizer(event: APIGatewayProxyEventDict[PetsContextDict]) -> str:
    context = event["requestContext"]
    if "authorizer" in context:
        assert_type(context["authorizer"], PetsContextDict)
        assert_type(context["authorizer"]["quota"], int)
        return context["authorizer"]["tenantId"]
    return context["identity"]["sourceIp"]


def rest_cognito(event: APIGatewayProxyEventDict[APIGatewayCognitoAuthorizerContextDict]) -> Optional[str]:
    authorizer = event["requestContext"].get("authorizer")
    assert_type(authorizer, Optional[APIGatewayCognitoAuthorizerContextDict])
    return None if authorizer is None else authorizer["claims"].get("cognito:username")


def http_api_payload_1_0(event: APIGatewayProxyEventDict[HttpApiV1JWTContextDict]) -> list[str]:
    context = event["requestContext"]
    if "authorizer" in context:
        assert_type(context["authorizer"]["scopes"], Optional[list[str]])
        return context["authorizer"]["scopes"] or []
    return []


def http_api_bare(event: APIGatewayProxyEventV2Dict) -> None:
    context = event["requestContext"]
    if "authorizer" in context:
        authorizer = context["authorizer"]
        assert_type(authorizer, APIGatewayV2AuthorizerDict)
        if "lambda" in authorizer:
            assert_type(authorizer["lambda"], dict[str, Any])


def http_api_jwt(event: APIGatewayProxyEventV2Dict[APIGatewayV2JWTAuthorizerDict]) -> None:
    context = event["requestContext"]
    if "authorizer" in context:
        assert_type(context["authorizer"]["jwt"]["claims"], dict[str, str])


def http_api_lambda(event: APIGatewayProxyEventV2Dict[SessionAuthorizerDict]) -> str:
    context = event["requestContext"]
    if "authorizer" in context:
        assert_type(context["authorizer"]["lambda"], SessionContextDict)
        return context["authorizer"]["lambda"]["sessionId"]
    return ""


def websocket(event: APIGatewayWebSocketEventDict[PetsContextDict], bare: APIGatewayWebSocketEventDict) -> None:
    context = event["requestContext"]
    if "authorizer" in context:
        assert_type(context["authorizer"], PetsContextDict)
    assert_type(bare["requestContext"].get("authorizer"), Optional[dict[str, Any]])


def pets_handler(event: APIGatewayProxyEventDict[PetsContextDict], context: LambdaContext) -> APIGatewayProxyResponseDict:
    """A handler that the generic alias describes, and that reads a header with the HTTP helpers."""
    return {"statusCode": 200, "body": get_header(event, "accept", "*/*")}


def session_handler(
    event: APIGatewayProxyEventV2Dict[SessionAuthorizerDict], context: LambdaContext
) -> APIGatewayProxyResponseV2Dict:
    return {"statusCode": 200, "body": http_api_lambda(event)}


def rooms_handler(event: APIGatewayWebSocketEventDict[PetsContextDict], context: LambdaContext) -> None:
    websocket(event, api_gateway_websocket_event(event_type="CONNECT"))


PETS: APIGatewayProxyHandler[PetsContextDict] = pets_handler
SESSIONS: APIGatewayProxyV2Handler[SessionAuthorizerDict] = session_handler
ROOMS: APIGatewayWebSocketHandler[PetsContextDict] = rooms_handler


def factories(pets: PetsContextDict, session: SessionAuthorizerDict) -> None:
    assert_type(api_gateway_event(), APIGatewayProxyEventDict)
    assert_type(api_gateway_event(authorizer=pets), APIGatewayProxyEventDict[PetsContextDict])
    assert_type(api_gateway_v2_event(), APIGatewayProxyEventV2Dict)
    assert_type(api_gateway_v2_event(authorizer=session), APIGatewayProxyEventV2Dict[SessionAuthorizerDict])
    assert_type(api_gateway_websocket_event(), APIGatewayWebSocketEventDict)
    assert_type(api_gateway_websocket_event(authorizer=pets), APIGatewayWebSocketEventDict[PetsContextDict])
    cognito: APIGatewayProxyEventDict[APIGatewayCognitoAuthorizerContextDict] = api_gateway_event(
        authorizer={"claims": {"sub": "7b3c1f0e", "cognito:username": "alice"}}
    )
    rest_cognito(cognito)


def guards_and_validation(event: object) -> None:
    if is_api_gateway_event(event):
        assert_type(event, APIGatewayProxyEventDict)
    assert_type(find_event_problems(event, APIGatewayProxyEventDict[PetsContextDict]), list[ValidationProblem])
