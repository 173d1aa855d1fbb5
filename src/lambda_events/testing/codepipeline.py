"""Test events of AWS CodePipeline Lambda invoke actions."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional, Union

from lambda_events.testing._scenario import (
    DEFAULT_ACCOUNT,
    DEFAULT_REGION,
    LETTERS_AND_DIGITS,
    Scenario,
    Seed,
    json_text,
)

if TYPE_CHECKING:
    from lambda_events.types.codepipeline import CodePipelineArtifactDict, CodePipelineJobEventDict

__all__ = ["codepipeline_event"]


def codepipeline_event(
    *,
    user_parameters: Union[str, Mapping[str, Any], None] = None,
    input_artifacts: Sequence[str] = ("SourceArtifact",),
    output_artifacts: Sequence[str] = (),
    function_name: str = "example-pipeline-action",
    pipeline: str = "example-pipeline",
    kms_key: Optional[str] = None,
    continuation_token: Optional[str] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> CodePipelineJobEventDict:
    """A CodePipeline job for a Lambda invoke action: the named artifacts in the pipeline's artifact bucket,
    temporary credentials to reach them, and `user_parameters` (a mapping is sent as JSON text)."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    bucket = f"codepipeline-{region}-{scene.digits(12)}"

    def artifact(name: str, revision: Optional[str]) -> CodePipelineArtifactDict:
        key = f"{pipeline[:20]}/{name[:20]}/{scene.chars(7, LETTERS_AND_DIGITS)}"
        return {
            "name": name,
            "revision": revision,
            "location": {"type": "S3", "s3Location": {"bucketName": bucket, "objectKey": key}},
        }

    event: CodePipelineJobEventDict = {
        "CodePipeline.job": {
            "id": scene.uuid(),
            "accountId": account,
            "data": {
                "actionConfiguration": {"configuration": {"FunctionName": function_name}},
                "inputArtifacts": [artifact(name, scene.hex(40)) for name in input_artifacts],
                "outputArtifacts": [artifact(name, None) for name in output_artifacts],
                "artifactCredentials": {
                    "accessKeyId": scene.access_key_id(),
                    "secretAccessKey": scene.chars(40, LETTERS_AND_DIGITS + "+/"),
                    "sessionToken": scene.base64(420),
                    "expirationTime": scene.epoch_ms(3_600_000),
                },
            },
        }
    }
    data = event["CodePipeline.job"]["data"]
    if user_parameters is not None:
        text = user_parameters if isinstance(user_parameters, str) else json_text(user_parameters)
        data["actionConfiguration"]["configuration"]["UserParameters"] = text
    if kms_key is not None:
        data["encryptionKey"] = {"id": kms_key, "type": "KMS"}
    if continuation_token is not None:
        data["continuationToken"] = continuation_token
    return event
