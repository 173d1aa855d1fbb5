"""Misuses of the HTTP API payload 2.0 types that both checkers must reject."""

from lambda_events import APIGatewayProxyEventV2Dict, APIGatewayProxyResponseV2Dict, APIGatewayV2JWTDict


def scopes_may_be_null(jwt: APIGatewayV2JWTDict) -> str:
    return jwt["scopes"][0]  # expect-error: mypy[index] pyright[reportOptionalSubscript,reportUnknownVariableType]


def claims_are_strings(jwt: APIGatewayV2JWTDict) -> int:
    return jwt["claims"]["exp"] + 60  # expect-error: mypy[no-any-return,operator] pyright[reportOperatorIssue,reportUnknownVariableType]


def no_multi_value_headers_in_2_0(event: APIGatewayProxyEventV2Dict) -> list[str]:
    return event["multiValueHeaders"]["accept"]  # expect-error: mypy[no-any-return,typeddict-item] pyright[reportGeneralTypeIssues,reportUnknownVariableType]


def cookies_are_a_list() -> APIGatewayProxyResponseV2Dict:
    return {"statusCode": 200, "cookies": "session=a1b2c3"}  # expect-error: mypy[typeddict-item] pyright[reportReturnType]


def status_code_is_an_int() -> APIGatewayProxyResponseV2Dict:
    return {"statusCode": "204"}  # expect-error: mypy[typeddict-item] pyright[reportReturnType]
