"""A CloudFormation custom resource provider that reserves a bucket name and reports back to CloudFormation."""

from __future__ import annotations

import json
import urllib.request

from lambda_events import CloudFormationCustomResourceEventDict, CloudFormationCustomResourceResponseDict


def bucket_name(prefix: str, request_id: str) -> str:
    """Pretend to reserve a bucket name."""
    return f"{prefix}-{request_id[:8]}".lower()


def respond(event: CloudFormationCustomResourceEventDict, response: CloudFormationCustomResourceResponseDict) -> None:
    """Upload the response to the presigned URL CloudFormation waits on."""
    body = json.dumps(response).encode()
    request = urllib.request.Request(event["ResponseURL"], data=body, method="PUT", headers={"Content-Type": ""})
    urllib.request.urlopen(request, timeout=10).close()


def handler(event: CloudFormationCustomResourceEventDict, context: object) -> None:
    """Create, rename or release the bucket name, then tell CloudFormation how it went."""
    prefix = str(event["ResourceProperties"].get("Prefix", "bucket"))
    if event["RequestType"] == "Create":
        physical_id = bucket_name(prefix, event["RequestId"])
    elif event["RequestType"] == "Update":
        old_prefix = str(event["OldResourceProperties"].get("Prefix", "bucket"))
        same = old_prefix == prefix
        physical_id = event["PhysicalResourceId"] if same else bucket_name(prefix, event["RequestId"])
    else:
        physical_id = event["PhysicalResourceId"]
    timeout = str(event["ResourceProperties"].get("ServiceTimeout", "3600"))
    respond(
        event,
        {
            "Status": "SUCCESS",
            "PhysicalResourceId": physical_id,
            "StackId": event["StackId"],
            "RequestId": event["RequestId"],
            "LogicalResourceId": event["LogicalResourceId"],
            "Data": {"BucketName": physical_id, "TimeoutSeconds": timeout},
        },
    )
