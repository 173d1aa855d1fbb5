"""An HTTP API (payload format 2.0) route behind a Lambda
authorizer: the `lambda` context it returned, typed."""

from __future__ import annotations

from typing import Literal, TypedDict

from lambda_events import (
    APIGatewayProxyEventV2Dict,
    APIGatewayProxyResponseV2Dict,
    LambdaContext,
    api_gateway_proxy_response_v2,
    json_body,
)


class SessionContextDict(TypedDict):
    """The `context` our Lambda authorizer returns with `isAuthorized`."""

    userId: str
    """The signed-in user."""
    plan: Literal["free", "pro"]
    """The user's plan."""
    teams: list[str]
    """The teams the user belongs to."""


# `lambda` is a keyword: the functional syntax declares the key.
SessionAuthorizerDict = TypedDict("SessionAuthorizerDict", {"lambda": SessionContextDict})
"""`requestContext.authorizer` of the routes behind that authorizer."""


def handler(
    event: APIGatewayProxyEventV2Dict[SessionAuthorizerDict], context: LambdaContext
) -> APIGatewayProxyResponseV2Dict:
    """Exports are for the pro plan; everyone else gets their teams."""
    authorizer = event["requestContext"].get("authorizer")
    if authorizer is None:  # a route deployed without the authorizer
        return api_gateway_proxy_response_v2(json_body({"error": "no session"}), status_code=401)
    session = authorizer["lambda"]
    if event["routeKey"] == "GET /export" and session["plan"] != "pro":
        return api_gateway_proxy_response_v2(json_body({"error": "pro plan only"}), status_code=403)
    answer = {"user": session["userId"], "teams": session["teams"]}
    return api_gateway_proxy_response_v2(json_body(answer))
