"""A REST API method behind a Lambda authorizer: the context
the authorizer returned, typed, without a cast."""

from __future__ import annotations

from lambda_events import (
    APIGatewayLambdaAuthorizerContextDict,
    APIGatewayProxyEventDict,
    APIGatewayProxyResponseDict,
    LambdaContext,
    api_gateway_proxy_response,
    json_body,
)


class TenantContextDict(APIGatewayLambdaAuthorizerContextDict):
    """`requestContext.authorizer`: `principalId` and `integrationLatency` (from the base), and
    the keys of the `context` our authorizer returns."""

    tenantId: str
    """The caller's tenant."""
    role: str
    """`reader` or `admin`."""
    quota: int
    """Requests left today."""
    beta: bool
    """Whether the caller sees beta features."""


TenantEventDict = APIGatewayProxyEventDict[TenantContextDict]
"""The event of the API's methods, all behind that authorizer."""


def handler(event: TenantEventDict, context: LambdaContext) -> APIGatewayProxyResponseDict:
    """Refuse writes to readers and callers out of quota; answer with the caller's tenant."""
    caller = event["requestContext"].get("authorizer")
    if caller is None:  # a method deployed without the authorizer
        return api_gateway_proxy_response(json_body({"error": "no authorizer"}), status_code=401)
    if event["httpMethod"] != "GET" and caller["role"] != "admin":
        return api_gateway_proxy_response(json_body({"error": "admins only"}), status_code=403)
    if caller["quota"] <= 0:
        return api_gateway_proxy_response(json_body({"error": "quota exhausted"}), status_code=429)
    answer = {"tenant": caller["tenantId"], "user": caller["principalId"], "beta": caller["beta"]}
    return api_gateway_proxy_response(json_body(answer))
