"""Powertools' `apigw_authorizer_request_websocket.py`: a WebSocket API `$connect` authorizer that allows
every route of the API to connections carrying the expected `HeaderAuth1` header.

Differences:
- The event is an `APIGatewayAuthorizerWebSocketEventDict` (Powertools reuses its REST `REQUEST` event class;
  a WebSocket authorizer's event has a WebSocket request context).
- `event.headers.get("HeaderAuth1")` is `get_header(event, "HeaderAuth1")`: Powertools' headers compare names
  without regard to case, and so does `get_header`.
- `event.parsed_arn` is `parse_api_gateway_route_arn(event["methodArn"])`.
- Powertools' `APIGatewayAuthorizerResponseWebSocket` has no counterpart here yet: the policy its
  `allow_all_routes()` makes (every route key of the API's stage, `<api>/<stage>/*`) is written as the
  response itself. `APIGatewayAuthorizerResponse` would not do: its resources are `<stage>/<method>/<path>`,
  which a WebSocket route (`<stage>/$connect`) never matches.
"""

from __future__ import annotations

from lambda_events import (
    APIGatewayAuthorizerResponseDict,
    APIGatewayAuthorizerWebSocketEventDict,
    LambdaContext,
    get_header,
    parse_api_gateway_route_arn,
)


def lambda_handler(event: APIGatewayAuthorizerWebSocketEventDict, context: LambdaContext) -> APIGatewayAuthorizerResponseDict:
    """Allow every route to a connection with the right header; an empty policy for the others."""
    # Simple auth check (replace with your actual auth logic)
    is_authorized = get_header(event, "HeaderAuth1") == "headerValue1"

    if not is_authorized:
        return {"principalId": "", "policyDocument": {"Version": "2012-10-17", "Statement": []}}

    arn = parse_api_gateway_route_arn(event["methodArn"])

    policy: APIGatewayAuthorizerResponseDict = {
        "principalId": "user",
        "context": {"user": "example"},
        "policyDocument": {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Action": "execute-api:Invoke",
                    "Effect": "Allow",
                    "Resource": [
                        f"arn:{arn.partition}:execute-api:{arn.region}:{arn.aws_account_id}:{arn.api_id}/{arn.stage}/*"
                    ],
                }
            ],
        },
    }

    return policy
