"""Misuses of the S3 Batch Operations types that both checkers must reject."""

from lambda_events import S3BatchOperationEventDict, S3BatchOperationResultDict


def schema_2_sends_the_bucket_name(event: S3BatchOperationEventDict) -> str:
    if event["invocationSchemaVersion"] == "2.0":
        return event["tasks"][0]["s3BucketArn"]  # expect-error: mypy[no-any-return,typeddict-item] pyright[reportGeneralTypeIssues,reportUnknownVariableType]
    return event["tasks"][0]["s3BucketArn"]


def version_may_be_null(event: S3BatchOperationEventDict) -> str:
    return event["tasks"][0]["s3VersionId"].strip()  # expect-error: mypy[union-attr] pyright[reportOptionalMemberAccess]


def result_code_is_a_closed_set(result: S3BatchOperationResultDict) -> None:
    result["resultCode"] = "Failed"  # expect-error: mypy[typeddict-item] pyright[reportGeneralTypeIssues]
