"""Misuses of the Application Load Balancer types that both checkers must reject."""

from lambda_events import ALBEventDict, ALBResponseDict


def headers_depend_on_the_target_group(event: ALBEventDict) -> str:
    return event["headers"]["host"]  # expect-error: mypy[typeddict-item] pyright[reportGeneralTypeIssues,reportUnknownVariableType]


def multi_value_headers_are_lists(event: ALBEventDict) -> str:
    if "multiValueHeaders" in event:
        return event["multiValueHeaders"]["host"]  # expect-error: mypy[return-value] pyright[reportReturnType]
    return ""


def status_code_is_an_int() -> ALBResponseDict:
    return {"statusCode": "200 OK"}  # expect-error: mypy[typeddict-item] pyright[reportReturnType]
