"""Test events of the deployment services: CloudFormation custom resources, CodePipeline jobs and CodeDeploy
lifecycle hooks."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal, Optional, Union, cast, overload
from urllib.parse import quote

from lambda_events.testing._scenario import (
    DEFAULT_ACCOUNT,
    DEFAULT_REGION,
    LETTERS_AND_DIGITS,
    Scenario,
    Seed,
    json_text,
    presigned_s3_url,
)

if TYPE_CHECKING:
    from lambda_events.types.cloudformation import (
        CloudFormationCustomResourceCreateEventDict,
        CloudFormationCustomResourceDeleteEventDict,
        CloudFormationCustomResourceEventDict,
        CloudFormationCustomResourceUpdateEventDict,
    )
    from lambda_events.types.codedeploy import CodeDeployLifecycleHookEventDict
    from lambda_events.types.codepipeline import CodePipelineArtifactDict, CodePipelineJobEventDict

__all__ = ["cloudformation_custom_resource_event", "codedeploy_lifecycle_hook_event", "codepipeline_job_event"]


@overload
def cloudformation_custom_resource_event(
    *,
    request_type: Literal["Create"] = ...,
    properties: Optional[Mapping[str, Any]] = ...,
    old_properties: None = ...,
    physical_resource_id: None = ...,
    resource_type: str = ...,
    logical_id: str = ...,
    stack: str = ...,
    region: str = ...,
    account: str = ...,
    seed: Seed = ...,
    at: Optional[datetime] = ...,
) -> CloudFormationCustomResourceCreateEventDict:
    """A `Create` request (the default)."""


@overload
def cloudformation_custom_resource_event(
    *,
    request_type: Literal["Update"],
    properties: Optional[Mapping[str, Any]] = ...,
    old_properties: Optional[Mapping[str, Any]] = ...,
    physical_resource_id: Optional[str] = ...,
    resource_type: str = ...,
    logical_id: str = ...,
    stack: str = ...,
    region: str = ...,
    account: str = ...,
    seed: Seed = ...,
    at: Optional[datetime] = ...,
) -> CloudFormationCustomResourceUpdateEventDict:
    """An `Update` request."""


@overload
def cloudformation_custom_resource_event(
    *,
    request_type: Literal["Delete"],
    properties: Optional[Mapping[str, Any]] = ...,
    old_properties: None = ...,
    physical_resource_id: Optional[str] = ...,
    resource_type: str = ...,
    logical_id: str = ...,
    stack: str = ...,
    region: str = ...,
    account: str = ...,
    seed: Seed = ...,
    at: Optional[datetime] = ...,
) -> CloudFormationCustomResourceDeleteEventDict:
    """A `Delete` request."""


def cloudformation_custom_resource_event(
    *,
    request_type: Literal["Create", "Update", "Delete"] = "Create",
    properties: Optional[Mapping[str, Any]] = None,
    old_properties: Optional[Mapping[str, Any]] = None,
    physical_resource_id: Optional[str] = None,
    resource_type: str = "Custom::Example",
    logical_id: str = "ExampleResource",
    stack: str = "example-stack",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> Union[
    CloudFormationCustomResourceCreateEventDict,
    CloudFormationCustomResourceUpdateEventDict,
    CloudFormationCustomResourceDeleteEventDict,
]:
    """A custom resource request with `properties` (the `ServiceToken` is added, as CloudFormation does, and
    numbers and booleans become strings). `Update` carries `old_properties` (by default the same) and, with
    `Delete`, the `physical_resource_id` (a random one by default). `ResponseURL` is a presigned S3 URL."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    service_token = scene.arn("lambda", "function:example-provider")
    stack_id = scene.arn("cloudformation", f"stack/{stack}/{scene.uuid()}")
    request_id = scene.uuid()
    response_key = quote(f"{stack_id}|{logical_id}|{request_id}", safe="")
    host = f"cloudformation-custom-resource-response-{region.replace('-', '')}.s3.{region}.amazonaws.com"
    response_url = presigned_s3_url(scene, f"{host}/{response_key}", temporary=False)
    new = _as_template_values({"ServiceToken": service_token, **(properties or {})})
    physical_id = physical_resource_id or f"{stack}-{logical_id}-{scene.chars(12)}"
    event: dict[str, Any] = {
        "RequestType": request_type,
        "ServiceToken": service_token,
        "ResponseURL": response_url,
        "StackId": stack_id,
        "RequestId": request_id,
        "LogicalResourceId": logical_id,
    }
    if request_type != "Create":
        event["PhysicalResourceId"] = physical_id
    event["ResourceType"] = resource_type
    event["ResourceProperties"] = new
    if request_type == "Update":
        old = old_properties or properties or {}
        event["OldResourceProperties"] = _as_template_values({"ServiceToken": service_token, **old})
    return cast("CloudFormationCustomResourceEventDict", event)


def _as_template_values(value: object) -> Any:
    """Properties as CloudFormation passes them: numbers and booleans as strings, lists and maps kept."""
    if isinstance(value, Mapping):
        entries = cast("Mapping[object, object]", value)
        return {str(key): _as_template_values(item) for key, item in entries.items()}
    if isinstance(value, (list, tuple)):
        items = cast("Sequence[object]", value)
        return [_as_template_values(item) for item in items]
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    return value


def codepipeline_job_event(
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


def codedeploy_lifecycle_hook_event(
    *,
    deployment_id: Optional[str] = None,
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> CodeDeployLifecycleHookEventDict:
    """A CodeDeploy lifecycle hook invocation (`BeforeAllowTraffic`, `AfterAllowTraffic`, ...)."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    return {
        "DeploymentId": deployment_id or f"d-{scene.chars(9)}",
        "LifecycleEventHookExecutionId": scene.base64(96),
    }
