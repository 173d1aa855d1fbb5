"""An Application Load Balancer target that works with and without multi-value headers."""

from __future__ import annotations

import base64

from lambda_events import ALBEventDict, ALBResponseDict


def header(event: ALBEventDict, name: str) -> str | None:
    """The (last) value of a request header, whatever the target group's multi-value setting."""
    if "multiValueHeaders" in event:
        values = event["multiValueHeaders"].get(name)
        return values[-1] if values else None
    return event["headers"].get(name)


def handler(event: ALBEventDict, context: object) -> ALBResponseDict:
    """Echo the request body back, answering in the header mode the load balancer uses."""
    raw = event.get("body") or ""  # "", null or absent on requests without body
    body = base64.b64decode(raw).decode() if event["isBase64Encoded"] else raw
    content_type = header(event, "content-type") or "text/plain"
    response: ALBResponseDict = {"statusCode": 200, "statusDescription": "200 OK", "body": body}
    if "multiValueHeaders" in event:
        response["multiValueHeaders"] = {"Content-Type": [content_type], "Cache-Control": ["no-store"]}
    else:
        response["headers"] = {"Content-Type": content_type, "Cache-Control": "no-store"}
    print(event["requestContext"]["elb"]["targetGroupArn"], event["httpMethod"], event["path"])
    return response
