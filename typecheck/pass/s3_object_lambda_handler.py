"""An S3 Object Lambda function that upper-cases text objects and hides objects under `private/` from listings."""

from __future__ import annotations

from typing import Any
from urllib.request import urlopen

from lambda_events import S3ObjectLambdaEventDict, S3ObjectLambdaGetObjectContextDict


def write_get_object_response(context: S3ObjectLambdaGetObjectContextDict, body: bytes) -> None:
    """Pretend to call `WriteGetObjectResponse` with the route and token of the event."""


def handler(event: S3ObjectLambdaEventDict, context: object) -> dict[str, Any]:
    """Transform according to the operation the caller made."""
    print(f"request {event['xAmzRequestId']} by {event['userIdentity']['arn']}")
    if "getObjectContext" in event:
        get_context = event["getObjectContext"]
        with urlopen(get_context["inputS3Url"], timeout=10) as original:
            write_get_object_response(get_context, original.read().upper())
        return {"status_code": 200}
    if "headObjectContext" in event:
        return {"statusCode": 200, "headers": {"x-amz-meta-transformed": "true"}}
    if "listObjectsV2Context" in event:
        url = event["listObjectsV2Context"]["inputS3Url"]
    else:
        url = event["listObjectsContext"]["inputS3Url"]
    session = event["userIdentity"].get("sessionContext")
    issuer = session["sessionIssuer"]["arn"] if session and "sessionIssuer" in session else "no role"
    return {"statusCode": 200, "listUrl": url, "issuer": issuer, "payload": event["configuration"].get("payload")}
