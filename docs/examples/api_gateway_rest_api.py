"""A REST API (proxy integration) that lists and creates orders."""

from __future__ import annotations

from lambda_events import (
    APIGatewayProxyEventDict,
    APIGatewayProxyResponseDict,
    EventDecodeError,
    LambdaContext,
    api_gateway_proxy_response,
    decode_json_body,
    get_header,
    get_multi_value_query_parameter,
    get_query_parameter,
    json_body,
    text_body,
)


def handler(event: APIGatewayProxyEventDict, context: LambdaContext) -> APIGatewayProxyResponseDict:
    """`GET` lists orders filtered by `status` (repeatable); `POST` creates one from a JSON body."""
    if event["httpMethod"] == "GET":
        page = int(get_query_parameter(event, "page", "1"))
        statuses = get_multi_value_query_parameter(event, "status")  # ?status=new&status=paid
        listing = {"path": event["path"], "page": page, "statuses": statuses}
        return api_gateway_proxy_response(json_body(listing), headers={"Cache-Control": "no-store"})
    if event["httpMethod"] == "POST":
        try:
            order = decode_json_body(event)  # honours isBase64Encoded
        except EventDecodeError as error:
            return api_gateway_proxy_response(json_body({"error": str(error)}), status_code=400)
        request_id = event["requestContext"]["requestId"]
        created = {
            "id": request_id,
            "order": order,
            "client": get_header(event, "user-agent", "unknown"),
        }
        return api_gateway_proxy_response(json_body(created), status_code=201)
    return api_gateway_proxy_response(
        text_body("method not allowed"), status_code=405, headers={"Allow": "GET, POST"}
    )
