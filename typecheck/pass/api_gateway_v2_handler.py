"""An HTTP API (payload 2.0) handler: reads a cookie and the JWT claims, sets a cookie in the response."""

from __future__ import annotations

import json

from lambda_events import APIGatewayProxyEventV2Dict, APIGatewayProxyResponseV2Dict


def session_id(event: APIGatewayProxyEventV2Dict) -> str | None:
    """The value of the `session` cookie, if the request has one."""
    for cookie in event.get("cookies", []):
        name, _, value = cookie.partition("=")
        if name == "session":
            return value
    return None


def handler(event: APIGatewayProxyEventV2Dict, context: object) -> APIGatewayProxyResponseV2Dict:
    """Return the caller's profile from the JWT claims; refuse tokens without the `profile` scope."""
    authorizer = event["requestContext"].get("authorizer")
    if authorizer is None or "jwt" not in authorizer:
        return {"statusCode": 401, "body": "missing token"}
    claims = authorizer["jwt"]["claims"]
    scopes = authorizer["jwt"].get("scopes") or []
    if "profile" not in scopes and claims.get("token_use") != "id":
        return {"statusCode": 403, "body": "scope profile required"}
    response: APIGatewayProxyResponseV2Dict = {
        "statusCode": 200,
        "headers": {"content-type": "application/json"},
        "body": json.dumps({"sub": claims["sub"], "email": claims.get("email"), "route": event["routeKey"]}),
    }
    if session_id(event) is None:
        response["cookies"] = [f"session={event['requestContext']['requestId']}; Secure; HttpOnly"]
    return response
