"""Powertools' `code_pipeline_job.py`: a CodePipeline Invoke action that reports its job and the bucket of
its input artifact.

Differences:
- `event.get_id` is `event["CodePipeline.job"]["id"]`, and `event.input_bucket_name` is the first input
  artifact's `location.s3Location.bucketName`, the key Powertools' shortcut reads.
"""

from __future__ import annotations

from typing import Any

from lambda_events import CodePipelineJobEventDict, LambdaContext


def lambda_handler(event: CodePipelineJobEventDict, context: LambdaContext) -> dict[str, Any]:
    """Report the job id and the input bucket."""
    job_id = event["CodePipeline.job"]["id"]

    input_bucket = event["CodePipeline.job"]["data"]["inputArtifacts"][0]["location"]["s3Location"][
        "bucketName"
    ]

    return {"statusCode": 200, "body": f"Processed job {job_id} from bucket {input_bucket}"}
