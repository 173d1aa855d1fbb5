"""An S3 Object Lambda access point that serves objects with e-mail addresses masked."""

from __future__ import annotations

import re
from typing import Any
from urllib.request import urlopen

from lambda_events import LambdaContext, S3ObjectLambdaEventDict

EMAIL = re.compile(rb"[\w.+-]+@[\w-]+\.[\w.]+")


def handler(event: S3ObjectLambdaEventDict, context: LambdaContext) -> dict[str, Any]:
    """For `GetObject`, the arguments of S3's `WriteGetObjectResponse` (with boto3:
    `boto3.client("s3").write_get_object_response(**arguments)`);
    for `HeadObject`, the answer itself.

    The event is a union: the key present (`getObjectContext`,
    `headObjectContext`, `listObjectsContext`,
    `listObjectsV2Context`) says which request the caller made.
    """
    if "getObjectContext" in event:
        get_context = event["getObjectContext"]
        # a presigned URL of the original
        with urlopen(get_context["inputS3Url"], timeout=10) as original:
            body = EMAIL.sub(b"***", original.read())
        return {
            "Body": body,
            "RequestRoute": get_context["outputRoute"],
            "RequestToken": get_context["outputToken"],
        }
    if "headObjectContext" in event:
        return {"statusCode": 200, "headers": {"x-amz-meta-redacted": "true"}}
    return {
        "statusCode": 403,
        "errorCode": "NotSupported",
        "errorMessage": "listing is not offered here",
    }
