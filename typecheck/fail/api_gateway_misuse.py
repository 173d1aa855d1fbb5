"""Misuses of the API Gateway REST proxy types that both checkers must reject."""

from lambda_events import APIGatewayProxyEventDict, APIGatewayProxyResponseDict


def headers_may_be_null(event: APIGatewayProxyEventDict) -> str:
    return event["headers"]["host"]  # expect-error: mypy[index] pyright[reportOptionalSubscript,reportUnknownVariableType]


def query_string_may_be_null(event: APIGatewayProxyEventDict) -> list[str]:
    return list(event["queryStringParameters"])  # expect-error: mypy[arg-type] pyright[reportArgumentType]


def body_may_be_null(event: APIGatewayProxyEventDict) -> bytes:
    return event["body"].encode()  # expect-error: mypy[union-attr] pyright[reportOptionalMemberAccess]


def status_code_is_an_int() -> APIGatewayProxyResponseDict:
    return {"statusCode": "200", "body": "ok"}  # expect-error: mypy[typeddict-item] pyright[reportReturnType]


def response_needs_a_status_code() -> APIGatewayProxyResponseDict:
    return {"body": "ok"}  # expect-error: mypy[typeddict-item] pyright[reportReturnType]


def method_is_a_closed_set(event: APIGatewayProxyEventDict) -> None:
    event["httpMethod"] = "FETCH"  # expect-error: mypy[typeddict-item] pyright[reportGeneralTypeIssues]
