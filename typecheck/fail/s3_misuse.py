"""Misuses of the S3 types that both checkers must reject."""

from lambda_events import S3EventRecordDict


def size_is_an_int(record: S3EventRecordDict) -> str:
    return record["s3"]["object"]["size"] + " bytes"  # expect-error: mypy[operator,return-value] pyright[reportOperatorIssue,reportTypedDictNotRequiredAccess,reportUnknownVariableType]


def no_such_key(record: S3EventRecordDict) -> str:
    return record["s3"]["bucket"]["region"]  # expect-error: mypy[no-any-return,typeddict-item] pyright[reportGeneralTypeIssues,reportUnknownVariableType]


def event_name_is_a_closed_set(record: S3EventRecordDict) -> None:
    record["eventName"] = "ObjectCreated:Upload"  # expect-error: mypy[typeddict-item] pyright[reportGeneralTypeIssues]
