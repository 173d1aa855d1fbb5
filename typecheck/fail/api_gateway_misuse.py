"""Misuses of the API Gateway REST proxy types that both checkers must reject."""

from lambda_events import APIGatewayProxyEventDict, APIGatewayProxyResponseDict


def headers_may_be_null(event: APIGatewayProxyEventDict) -> str:
    return event["headers"]["host"]  # expect-error


def query_string_may_be_null(event: APIGatewayProxyEventDict) -> list[str]:
    return list(event["queryStringParameters"])  # expect-error


def body_may_be_null(event: APIGatewayProxyEventDict) -> bytes:
    return event["body"].encode()  # expect-error


def status_code_is_an_int() -> APIGatewayProxyResponseDict:
    return {"statusCode": "200", "body": "ok"}  # expect-error


def response_needs_a_status_code() -> APIGatewayProxyResponseDict:
    return {"body": "ok"}  # expect-error


def method_is_a_closed_set(event: APIGatewayProxyEventDict) -> None:
    event["httpMethod"] = "FETCH"  # expect-error
