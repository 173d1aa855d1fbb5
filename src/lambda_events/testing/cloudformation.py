"""Test events of AWS CloudFormation custom resources: Create, Update and Delete requests."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal, Optional, Union, cast, overload
from urllib.parse import quote

from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed, presigned_s3_url

if TYPE_CHECKING:
    from lambda_events.types.cloudformation import (
        CloudFormationCustomResourceCreateEventDict,
        CloudFormationCustomResourceDeleteEventDict,
        CloudFormationCustomResourceEventDict,
        CloudFormationCustomResourceUpdateEventDict,
    )

__all__ = ["cloudformation_event"]


@overload
def cloudformation_event(
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
def cloudformation_event(
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
def cloudformation_event(
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


def cloudformation_event(
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
