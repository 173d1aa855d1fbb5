"""Misuses of the S3 Object Lambda types that both checkers must reject."""

from lambda_events import S3ObjectLambdaEventDict, S3ObjectLambdaHeadObjectEventDict


def narrow_before_reading_the_context(event: S3ObjectLambdaEventDict) -> str:
    return event["getObjectContext"]["outputToken"]  # expect-error: mypy[typeddict-item] pyright[reportGeneralTypeIssues,reportUnknownVariableType]


def head_requests_have_no_output_route(event: S3ObjectLambdaHeadObjectEventDict) -> str:
    return event["headObjectContext"]["outputRoute"]  # expect-error: mypy[no-any-return,typeddict-item] pyright[reportGeneralTypeIssues,reportUnknownVariableType]


def identity_type_is_a_closed_set(event: S3ObjectLambdaEventDict) -> None:
    event["userIdentity"]["type"] = "Robot"  # expect-error: mypy[typeddict-item] pyright[reportGeneralTypeIssues]
