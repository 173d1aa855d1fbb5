"""Powertools' `apigw_authorizer_token.py`: a REST API `TOKEN` authorizer that allows every route of the
API to the token `allow`.

Differences:
- `event.parsed_arn` is `parse_api_gateway_route_arn(event["methodArn"])`.
"""

from __future__ import annotations

from lambda_events import (
    APIGatewayAuthorizerResponse,
    APIGatewayAuthorizerResponseDict,
    APIGatewayAuthorizerTokenEventDict,
    LambdaContext,
    parse_api_gateway_route_arn,
)


def lambda_handler(
    event: APIGatewayAuthorizerTokenEventDict, context: LambdaContext
) -> APIGatewayAuthorizerResponseDict:
    """Allow every route to a valid token; an empty policy for the others."""
    is_valid_token = event["authorizationToken"] == "allow"

    if not is_valid_token:
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
