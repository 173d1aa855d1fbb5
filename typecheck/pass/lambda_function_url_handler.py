"""A function URL handler that tells IAM-signed callers from anonymous ones."""

from __future__ import annotations

import base64
import json

from lambda_events import LambdaFunctionUrlEventDict, LambdaFunctionUrlResponseDict


def handler(event: LambdaFunctionUrlEventDict, context: object) -> LambdaFunctionUrlResponseDict:
    """Echo the JSON body with the caller's identity."""
    raw = event.get("body", "")
    body = base64.b64decode(raw).decode() if event["isBase64Encoded"] else raw
    authorizer = event["requestContext"].get("authorizer")
    caller = authorizer["iam"]["userArn"] if authorizer else "anonymous"
    payload = {"caller": caller, "method": event["requestContext"]["http"]["method"], "echo": json.loads(body or "null")}
    return {
        "statusCode": 200,
        "headers": {"content-type": "application/json"},
        "body": json.dumps(payload),
        "cookies": [f"last-path={event['rawPath']}; Secure"],
    }
