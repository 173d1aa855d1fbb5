"""Test events of AWS CloudFormation custom resources: Create, Update and Delete requests."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal, Optional, Union, cast, overload
from urllib.parse import quote

from lambda_events.testing._scenario import DEFAULT_ACCOUNT, DEFAULT_REGION, Scenario, Seed, presigned_s3_url

if TYPE_CHECKING:
    from lambda_events.types.cloudformation import (
        CloudFormationCDKIsCompleteRequestDict,
        CloudFormationCDKOnEventRequestDict,
        CloudFormationCustomResourceCreateEventDict,
        CloudFormationCustomResourceDeleteEventDict,
        CloudFormationCustomResourceEventDict,
        CloudFormationCustomResourceUpdateEventDict,
    )

__all__ = ["cloudformation_cdk_is_complete_event", "cloudformation_cdk_on_event_event", "cloudformation_event"]


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
    service_token: bool = ...,
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
    service_token: bool = ...,
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
    service_token: bool = ...,
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
    service_token: bool = True,
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
    `Delete`, the `physical_resource_id` (a random one by default). `ResponseURL` is a presigned S3 URL.
    With `service_token=False`, the request has no top-level `ServiceToken`, as in older documented requests
    (`ResourceProperties` still holds it)."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    token = scene.arn("lambda", "function:example-provider")
    stack_id = scene.arn("cloudformation", f"stack/{stack}/{scene.uuid()}")
    request_id = scene.uuid()
    response_key = quote(f"{stack_id}|{logical_id}|{request_id}", safe="")
    host = f"cloudformation-custom-resource-response-{region.replace('-', '')}.s3.{region}.amazonaws.com"
    response_url = presigned_s3_url(scene, f"{host}/{response_key}", temporary=False)
    new = _as_template_values({"ServiceToken": token, **(properties or {})})
    physical_id = physical_resource_id or f"{stack}-{logical_id}-{scene.chars(12)}"
    event: dict[str, Any] = {
        "RequestType": request_type,
        "ServiceToken": token,
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
        event["OldResourceProperties"] = _as_template_values({"ServiceToken": token, **old})
    if not service_token:
        del event["ServiceToken"]
    return cast("CloudFormationCustomResourceEventDict", event)


def cloudformation_cdk_on_event_event(
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
) -> CloudFormationCDKOnEventRequestDict:
    """The request an AWS CDK provider framework passes to its `onEvent` handler: CloudFormation's request
    (as `cloudformation_event` builds it, from the same arguments) without `ResponseURL` and `ServiceToken`,
    which the framework keeps to itself."""
    any_request = cast("Callable[..., Mapping[str, Any]]", cloudformation_event)  # one signature for the overloads
    request: dict[str, Any] = dict(
        any_request(
            request_type=request_type,
            properties=properties,
            old_properties=old_properties if request_type == "Update" else None,
            physical_resource_id=physical_resource_id if request_type != "Create" else None,
            resource_type=resource_type,
            logical_id=logical_id,
            stack=stack,
            region=region,
            account=account,
            seed=seed,
            at=at,
        )
    )
    del request["ResponseURL"], request["ServiceToken"]
    return cast("CloudFormationCDKOnEventRequestDict", request)


def cloudformation_cdk_is_complete_event(
    *,
    request_type: Literal["Create", "Update", "Delete"] = "Create",
    properties: Optional[Mapping[str, Any]] = None,
    old_properties: Optional[Mapping[str, Any]] = None,
    physical_resource_id: Optional[str] = None,
    data: Optional[Mapping[str, Any]] = None,
    resource_type: str = "Custom::Example",
    logical_id: str = "ExampleResource",
    stack: str = "example-stack",
    region: str = DEFAULT_REGION,
    account: str = DEFAULT_ACCOUNT,
    seed: Seed = None,
    at: Optional[datetime] = None,
) -> CloudFormationCDKIsCompleteRequestDict:
    """The request an AWS CDK provider framework passes to its `isComplete` handler: the `onEvent` request
    (see `cloudformation_cdk_on_event_event`) with what `onEvent` returned merged in: the
    `physical_resource_id` (a random one by default) and, when given, its `data`."""
    scene = Scenario(seed=seed, at=at, region=region, account=account)
    request: dict[str, Any] = dict(
        cloudformation_cdk_on_event_event(
            request_type=request_type,
            properties=properties,
            old_properties=old_properties,
            physical_resource_id=physical_resource_id,
            resource_type=resource_type,
            logical_id=logical_id,
            stack=stack,
            **scene.factory_arguments(),
        )
    )
    request["PhysicalResourceId"] = physical_resource_id or request.get(
        "PhysicalResourceId", f"{stack}-{logical_id}-{scene.chars(12)}"
    )
    if data is not None:
        request["Data"] = dict(data)
    return cast("CloudFormationCDKIsCompleteRequestDict", request)


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
