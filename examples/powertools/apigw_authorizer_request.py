"""Powertools' `apigw_authorizer_request.py`: a REST API `REQUEST` authorizer that allows every route of
the API to requests carrying the expected `HeaderAuth1` header.

Differences:
- `event.headers.get("HeaderAuth1")` is `get_header(event, "HeaderAuth1")`: Powertools' headers compare names
  without regard to case, and so does `get_header`.
- `event.parsed_arn` is `parse_api_gateway_route_arn(event["methodArn"])`.
"""

from __future__ import annotations

from lambda_events import (
    APIGatewayAuthorizerRequestEventDict,
    APIGatewayAuthorizerResponse,
    APIGatewayAuthorizerResponseDict,
    LambdaContext,
    get_header,
    parse_api_gateway_route_arn,
)


def lambda_handler(
    event: APIGatewayAuthorizerRequestEventDict, context: LambdaContext
) -> APIGatewayAuthorizerResponseDict:
    """Allow every route to a request with the right header; an empty policy for the others."""
    is_authorized = get_header(event, "HeaderAuth1") == "headerValue1"

    if not is_authorized:
        return {"principalId": "", "policyDocument": {"Version": "2012-10-17", "Statement": []}}

    arn = parse_api_gateway_route_arn(event["methodArn"])

    policy = APIGatewayAuthorizerResponse(
        principal_id="user",
        context={"user": "example"},
        region=arn.region,
        aws_account_id=arn.aws_account_id,
        api_id=arn.api_id,
        stage=arn.stage,
    )

    policy.allow_all_routes()

    return policy.asdict()
