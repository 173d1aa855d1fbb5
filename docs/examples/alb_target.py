"""A function behind an Application Load Balancer, in either header mode of its target group."""

from __future__ import annotations

from lambda_events import (
    ALBEventDict,
    ALBResponseDict,
    LambdaContext,
    alb_response,
    get_header,
    get_query_parameter,
    text_body,
)


def handler(event: ALBEventDict, context: LambdaContext) -> ALBResponseDict:
    """Greet the caller; answer in the header mode the request came in (ALB reads only that one)."""
    # ALB sends query values URL-encoded; get_query_parameter decodes them, in both modes.
    name = get_query_parameter(event, "name", "world")
    agent = get_header(event, "user-agent", "unknown client")
    body = text_body(f"Hello, {name}! ({agent} via {event['path']})")
    if "multiValueHeaders" in event:  # the target group has multi-value headers turned on
        return alb_response(body, multi_value_headers={"Cache-Control": ["no-store"]})
    return alb_response(body, headers={"Cache-Control": "no-store"})
