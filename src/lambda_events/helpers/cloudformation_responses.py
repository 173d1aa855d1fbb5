"""CloudFormation custom resources: the response document, and its delivery to the pre-signed `ResponseURL`.

A custom resource's function does not return its result: it uploads a JSON document to the Amazon S3
pre-signed URL in the event's `ResponseURL`, and CloudFormation waits (up to an hour) until it appears.
`cloudformation_response` builds that document from the event; `send_cloudformation_response` uploads it.

    def handler(event: CloudFormationCustomResourceEventDict, context: object) -> None:
        try:
            bucket = create_or_update_bucket(event["ResourceProperties"])
            response = cloudformation_response(
                event, "SUCCESS", physical_resource_id=bucket, data={"Arn": ...}
            )
        except Exception as error:
            response = cloudformation_response(event, "FAILED", reason=str(error))
        send_cloudformation_response(event, response)
"""

from __future__ import annotations

import os
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Union

from lambda_events.helpers._builders import compact_json
from lambda_events.helpers._decoding import text_field
from lambda_events.helpers.errors import EventDecodeError

if TYPE_CHECKING:
    import urllib.error

    from lambda_events.types.cloudformation import (
        CloudFormationCustomResourceEventDict,
        CloudFormationCustomResourceResponseDict,
    )

__all__ = [
    "CLOUDFORMATION_RESPONSE_MAX_BYTES",
    "CloudFormationResponseError",
    "cloudformation_response",
    "send_cloudformation_response",
]

CLOUDFORMATION_RESPONSE_MAX_BYTES = 4096
"""The largest response document CloudFormation accepts, in bytes of its JSON serialization."""


class CloudFormationResponseError(Exception):
    """The response document could not be delivered to the event's `ResponseURL`.

    Raised at once when S3 rejects the upload (a 4xx status, e.g. an expired pre-signed URL), and after the
    last attempt when every attempt met a connection error, a timeout or a 5xx status. The last underlying
    error is chained as `__cause__`.
    """

    def __init__(self, message: str, attempts: int) -> None:
        super().__init__(message)
        self.attempts = attempts
        """How many uploads were attempted."""


def cloudformation_response(
    event: Union[CloudFormationCustomResourceEventDict, Mapping[str, Any]],
    status: Literal["SUCCESS", "FAILED"],
    *,
    physical_resource_id: str | None = None,
    data: Mapping[str, Any] | None = None,
    no_echo: bool = False,
    reason: str | None = None,
) -> CloudFormationCustomResourceResponseDict:
    """The response document for a custom resource request, echoing what CloudFormation matches it by.

    - `StackId`, `RequestId` and `LogicalResourceId` are copied from the event.
    - `PhysicalResourceId` defaults, on `Update` and `Delete`, to the event's `PhysicalResourceId`: returning
      another id on `Update` tells CloudFormation the resource was replaced, and it then sends a `Delete` for
      the old id. On `Create` it defaults to `<LogicalResourceId>-<RequestId>`, which is stable for the
      request and unique per resource. (cfn-response uses the log stream name instead, which two resources
      served by the same execution environment share.) Pass the real id of what you created when there is one.
    - `Reason` is required by CloudFormation on `FAILED`; by default it points to this invocation's logs
      (`AWS_LAMBDA_LOG_GROUP_NAME` and `AWS_LAMBDA_LOG_STREAM_NAME`, which Lambda sets).
    - `Data` holds the values `Fn::GetAtt` can read; `no_echo=True` masks them in the console and API output.

    Raises `ValueError` when the serialized document exceeds 4096 bytes, which CloudFormation rejects (the
    whole stack operation then waits for its timeout), and `EventDecodeError` when the event lacks a key.
    """
    request_type = text_field(event, ("RequestType",))
    if physical_resource_id is None:
        if request_type == "Create":
            physical_resource_id = f"{text_field(event, ('LogicalResourceId',))}-{text_field(event, ('RequestId',))}"
        else:
            physical_resource_id = text_field(event, ("PhysicalResourceId",))
    response: CloudFormationCustomResourceResponseDict = {
        "Status": status,
        "PhysicalResourceId": physical_resource_id,
        "StackId": text_field(event, ("StackId",)),
        "RequestId": text_field(event, ("RequestId",)),
        "LogicalResourceId": text_field(event, ("LogicalResourceId",)),
    }
    if reason is None and status == "FAILED":
        reason = _default_failure_reason()
    if reason is not None:
        response["Reason"] = reason
    if no_echo:
        response["NoEcho"] = True
    if data is not None:
        response["Data"] = dict(data)
    _serialize(response)
    return response


def send_cloudformation_response(
    event: Union[CloudFormationCustomResourceEventDict, Mapping[str, Any]],
    response: Union[CloudFormationCustomResourceResponseDict, Mapping[str, Any]],
    *,
    timeout: float = 10.0,
    retries: int = 3,
    backoff: float = 1.0,
) -> None:
    """Upload `response` with an HTTP PUT to the event's pre-signed `ResponseURL` (standard library only).

    The body is the compact JSON document with `Content-Length` set and an EMPTY `Content-Type`: the URL is
    signed without a content type, so S3 rejects an upload that declares one. Each attempt waits at most
    `timeout` seconds for the connection and for each read. A connection error, a timeout or a 5xx status is
    retried up to `retries` times, sleeping `backoff`, then twice that, and so on, between attempts.

    Raises `CloudFormationResponseError` when S3 answers with a 4xx status (retrying cannot help) or after
    the last failed attempt; `ValueError` when the document exceeds 4096 bytes or an argument is out of
    range; `EventDecodeError` when the event has no http(s) `ResponseURL`.
    """
    import http.client
    import urllib.error
    import urllib.request

    if retries < 0 or timeout <= 0 or backoff < 0:
        raise ValueError(f"need retries >= 0, timeout > 0 and backoff >= 0; got {retries}, {timeout}, {backoff}")
    url = text_field(event, ("ResponseURL",))
    if not url.startswith(("https://", "http://")):
        raise EventDecodeError("ResponseURL", f"expected an http(s) URL, got {url[:40]!r}")
    body = _serialize(response)
    headers = {"Content-Type": "", "Content-Length": str(len(body))}
    attempts = retries + 1
    last_error: Exception | None = None
    for attempt in range(attempts):
        request = urllib.request.Request(url, data=body, headers=headers, method="PUT")
        try:
            with urllib.request.urlopen(request, timeout=timeout) as reply:
                reply.read()
            return
        except urllib.error.HTTPError as error:
            if error.code < 500:
                raise CloudFormationResponseError(
                    f"ResponseURL rejected the response with HTTP {error.code}: {_error_detail(error)}", attempt + 1
                ) from error
            error.close()
            last_error = error
        except (OSError, http.client.HTTPException) as error:
            last_error = error
        if attempt < retries:
            time.sleep(backoff * 2**attempt)
    raise CloudFormationResponseError(
        f"could not deliver the response to ResponseURL in {attempts} attempts; last error: {last_error!r}", attempts
    ) from last_error


def _serialize(response: Mapping[str, Any]) -> bytes:
    """The compact JSON document, or `ValueError` when CloudFormation would reject it for its size."""
    body = compact_json(response).encode("utf-8")
    if len(body) > CLOUDFORMATION_RESPONSE_MAX_BYTES:
        raise ValueError(
            f"the custom resource response is {len(body)} bytes of JSON; CloudFormation accepts at most "
            f"{CLOUDFORMATION_RESPONSE_MAX_BYTES} (shorten Data or Reason)"
        )
    return body


def _error_detail(error: urllib.error.HTTPError) -> str:
    """The start of an error response's body (S3 explains its refusals there), closing the response."""
    import http.client

    try:
        return error.read(300).decode("utf-8", "replace")
    except (OSError, http.client.HTTPException):
        return "(no readable body)"
    finally:
        error.close()


def _default_failure_reason() -> str:
    group = os.environ.get("AWS_LAMBDA_LOG_GROUP_NAME")
    stream = os.environ.get("AWS_LAMBDA_LOG_STREAM_NAME")
    if group and stream:
        return f"See the details in CloudWatch Logs, log group {group}, log stream {stream}"
    return "See the details in the function's CloudWatch Logs"
