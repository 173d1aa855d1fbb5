"""A CodePipeline Lambda invoke action that reads its user parameters and its input artifact's location."""

from __future__ import annotations

import json
from typing import Any

from lambda_events import CodePipelineJobEventDict


def put_job_success(job_id: str, continuation_token: str | None) -> None:
    """Pretend to call `PutJobSuccessResult`."""


def handler(event: CodePipelineJobEventDict, context: object) -> None:
    """Check the parameters and the artifacts, then report success to the pipeline."""
    job = event["CodePipeline.job"]
    data = job["data"]
    parameters: dict[str, Any] = json.loads(data["actionConfiguration"]["configuration"].get("UserParameters", "{}"))
    for artifact in data["inputArtifacts"]:
        location = artifact["location"]["s3Location"]
        revision = artifact["revision"] or "no revision"
        print(f"{artifact['name']} at s3://{location['bucketName']}/{location['objectKey']} ({revision})")
    key = data.get("encryptionKey")
    if key is not None:
        print(f"artifacts encrypted with {key['type']} key {key['id']}")
    credentials = data["artifactCredentials"]
    print(f"using {credentials['accessKeyId']} with {sorted(parameters)}")
    put_job_success(job["id"], data.get("continuationToken"))
