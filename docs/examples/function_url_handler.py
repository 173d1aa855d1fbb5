"""A function URL that accepts JSON and answers with
who called (IAM auth) or `anonymous` (no auth)."""

from __future__ import annotations

from lambda_events import (
    EventDecodeError,
    LambdaContext,
    LambdaFunctionUrlEventDict,
    LambdaFunctionUrlResponseDict,
    decode_json_body,
    json_body,
    lambda_function_url_response,
)


def handler(
    event: LambdaFunctionUrlEventDict, context: LambdaContext
) -> LambdaFunctionUrlResponseDict:
    """Echo the JSON body (or `null` without one) with the caller and the method."""
    authorizer = event["requestContext"].get("authorizer")  # only with AWS_IAM auth
    caller = authorizer["iam"]["userArn"] if authorizer is not None else "anonymous"
    try:
        received = decode_json_body(event) if event.get("body") else None
    except EventDecodeError:
        return lambda_function_url_response(
            json_body({"error": "the body is not JSON"}), status_code=400
        )
    method = event["requestContext"]["http"]["method"]
    return lambda_function_url_response(
        json_body({"caller": caller, "method": method, "received": received})
    )
