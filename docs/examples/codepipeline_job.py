"""A CodePipeline Invoke action: read the job's parameters and artifacts, then report the result."""

from __future__ import annotations

from typing import Any

from lambda_events import (
    CodePipelineJobEventDict,
    EventDecodeError,
    LambdaContext,
    decode_codepipeline_user_parameters,
)


def handler(event: CodePipelineJobEventDict, context: LambdaContext) -> dict[str, Any]:
    """What to report with `PutJobSuccessResult` or
    `PutJobFailureResult` (the job's `id` identifies it).

    The input artifacts are zip files in the pipeline's bucket: `get_codepipeline_artifact`
    reads a file from one with the job's temporary credentials (boto3, the `aws` extra)."""
    job = event["CodePipeline.job"]
    try:
        parameters = decode_codepipeline_user_parameters(event)  # None when the action has none
    except EventDecodeError as error:
        return {
            "jobId": job["id"],
            "failure": {"type": "ConfigurationError", "message": str(error)},
        }
    inputs = [artifact["name"] for artifact in job["data"]["inputArtifacts"]]
    return {"jobId": job["id"], "parameters": parameters, "inputs": inputs}
