"""An HTTP API (payload format 2.0) route protected by a JWT authorizer."""

from __future__ import annotations

from lambda_events import (
    APIGatewayProxyEventV2Dict,
    APIGatewayProxyResponseV2Dict,
    LambdaContext,
    api_gateway_proxy_response_v2,
    get_cookies,
    json_body,
)


def handler(
    event: APIGatewayProxyEventV2Dict, context: LambdaContext
) -> APIGatewayProxyResponseV2Dict:
    """Return the caller's claims and preferences; set a `theme` cookie on the first visit."""
    authorizer = event["requestContext"].get("authorizer")
    if authorizer is None or "jwt" not in authorizer:  # the authorizer context narrows on its key
        return api_gateway_proxy_response_v2(
            json_body({"error": "a JWT is required"}), status_code=401
        )
    claims = authorizer["jwt"]["claims"]
    scopes = authorizer["jwt"].get("scopes") or []  # null or absent when the token has no scope
    cookies = get_cookies(event)
    profile = {"claims": sorted(claims), "scopes": scopes, "theme": cookies.get("theme", "light")}
    new_cookies = None if "theme" in cookies else ["theme=light; Path=/; Secure; HttpOnly"]
    return api_gateway_proxy_response_v2(json_body(profile), cookies=new_cookies)
