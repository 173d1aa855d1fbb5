"""Misuses of the Lambda@Edge types that both checkers must reject."""

from lambda_events import CloudFrontRequestEventDict, CloudFrontRequestResultDict, CloudFrontResponseEventDict


def header_values_are_lists(event: CloudFrontRequestEventDict) -> None:
    event["Records"][0]["cf"]["request"]["headers"]["x-foo"] = {"key": "X-Foo", "value": "1"}  # expect-error: mypy[assignment] pyright[reportArgumentType]


def generated_status_is_a_string() -> CloudFrontRequestResultDict:
    return {"status": 302, "headers": {"location": [{"key": "Location", "value": "/"}]}}  # expect-error: mypy[typeddict-item] pyright[reportReturnType]


def request_events_are_request_triggers(event: CloudFrontRequestEventDict) -> None:
    event["Records"][0]["cf"]["config"]["eventType"] = "viewer-response"  # expect-error: mypy[typeddict-item] pyright[reportGeneralTypeIssues]


def body_encoding_is_a_closed_set(event: CloudFrontResponseEventDict) -> None:
    event["Records"][0]["cf"]["response"]["bodyEncoding"] = "utf-8"  # expect-error: mypy[typeddict-item] pyright[reportGeneralTypeIssues]


def request_events_carry_no_response(event: CloudFrontRequestEventDict) -> object:
    return event["Records"][0]["cf"]["response"]  # expect-error: mypy[typeddict-item] pyright[reportGeneralTypeIssues,reportUnknownVariableType]
