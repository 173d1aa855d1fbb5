"""A CloudFormation custom resource provider that reserves a name for each resource."""

from __future__ import annotations

import hashlib

from lambda_events import (
    CloudFormationCustomResourceEventDict,
    CloudFormationCustomResourceResponseDict,
    LambdaContext,
    cloudformation_response,
    send_cloudformation_response,
)


def respond_to(
    event: CloudFormationCustomResourceEventDict,
) -> CloudFormationCustomResourceResponseDict:
    """The response document; `RequestType` narrows the
    event, so `OldResourceProperties` exists on Update."""
    prefix = str(event["ResourceProperties"].get("Prefix", "app"))
    if event["RequestType"] == "Create":
        name = f"{prefix}-{hashlib.sha256(event['RequestId'].encode()).hexdigest()[:8]}"
        return cloudformation_response(
            event, "SUCCESS", physical_resource_id=name, data={"Name": name}
        )
    if event["RequestType"] == "Update":
        if event["OldResourceProperties"].get("Prefix") == event["ResourceProperties"].get(
            "Prefix"
        ):
            return cloudformation_response(
                event, "SUCCESS", data={"Name": event["PhysicalResourceId"]}
            )
        # A new physical id means a replacement: CloudFormation then sends a Delete for the old one.
        name = f"{prefix}-{hashlib.sha256(event['RequestId'].encode()).hexdigest()[:8]}"
        return cloudformation_response(
            event, "SUCCESS", physical_resource_id=name, data={"Name": name}
        )
    # Delete: release the name (PhysicalResourceId)
    return cloudformation_response(event, "SUCCESS")


def handler(event: CloudFormationCustomResourceEventDict, context: LambdaContext) -> None:
    """Always answer: CloudFormation waits for the response document (up to an hour) otherwise."""
    try:
        response = respond_to(event)
    except Exception as error:  # report any failure to CloudFormation, which then rolls back
        response = cloudformation_response(
            event, "FAILED", reason=f"{type(error).__name__}: {error}"
        )
    # The sender's deadline is the time the function has left.
    send_cloudformation_response(event, response, context=context)
