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
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, Optional, Union

from lambda_events.helpers._arguments import (
    bool_argument,
    int_argument,
    mapping_argument,
    optional_mapping_argument,
    optional_str_argument,
    seconds_argument,
    str_argument,
)
from lambda_events.helpers._builders import compact_json
from lambda_events.helpers._decoding import text_field
from lambda_events.helpers._describe import kind, preview
from lambda_events.helpers.errors import EventDecodeError

if TYPE_CHECKING:
    from lambda_events.types.cloudformation import (
        CloudFormationCustomResourceEventDict,
        CloudFormationCustomResourceResponseDict,
    )
    from lambda_events.types.context import LambdaContext

__all__ = [
    "CLOUDFORMATION_REPLY_READ_BYTES",
    "CLOUDFORMATION_RESPONSE_MAX_BYTES",
    "DEFAULT_SEND_DEADLINE",
    "CloudFormationResponseError",
    "cloudformation_response",
    "send_cloudformation_response",
]

CLOUDFORMATION_RESPONSE_MAX_BYTES = 4096
"""The largest response document CloudFormation accepts, in bytes of its JSON serialization."""


class CloudFormationResponseError(Exception):
    """The response document could not be delivered to the event's `ResponseURL`.

    Raised at once when a retry cannot help (S3 rejects the upload with a 4xx status, e.g. an expired
    pre-signed URL; the host does not resolve; its certificate does not verify), after the last attempt when
    every attempt met a connection error, a timeout or a 5xx status, and when the total deadline passes. The
    last underlying error is chained as `__cause__`.
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
    whole stack operation then waits for its timeout), or is not JSON (`data` holding NaN or an infinity),
    `EventDecodeError` when the event lacks a key, and `TypeError` when an argument has the wrong type.
    """
    request_type = text_field(event, ("RequestType",))
    if str_argument(status, "status") not in ("SUCCESS", "FAILED"):
        raise ValueError(f"status must be 'SUCCESS' or 'FAILED', got {preview(status)}")
    physical_resource_id = optional_str_argument(physical_resource_id, "physical_resource_id")
    reason = optional_str_argument(reason, "reason")
    data = optional_mapping_argument(data, "data")
    no_echo = bool_argument(no_echo, "no_echo")
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
    _serialize(response, "data")
    return response


def send_cloudformation_response(
    event: Union[CloudFormationCustomResourceEventDict, Mapping[str, Any]],
    response: Union[CloudFormationCustomResourceResponseDict, Mapping[str, Any]],
    *,
    context: LambdaContext | None = None,
    deadline: float | None = None,
    timeout: float = 5.0,
    retries: int = 3,
    backoff: float = 1.0,
    allow_any_url: bool = False,
) -> None:
    """Upload `response` with an HTTP PUT to the event's pre-signed `ResponseURL` (standard library only).

    The body is the compact JSON document with `Content-Length` set and an EMPTY `Content-Type`: the URL is
    signed without a content type, so S3 rejects an upload that declares one. The rules:

    - Where: `ResponseURL` must be `https` to a host under `amazonaws.com` or `amazonaws.com.cn` (S3's
      pre-signed URLs), with no user name or password in it, so that the document (`NoEcho` data included)
      never leaves in cleartext or to another host. `allow_any_url=True` lifts this for a stand-in server
      (tests, LocalStack); it is never needed in AWS.
    - How long: everything, retries and back-off included, ends by a total `deadline`: by default the
      remaining time of `context` (`get_remaining_time_in_millis()`) less half a second for the handler to
      return, or `DEFAULT_SEND_DEADLINE` (10 seconds) without a context; a given `deadline` is capped by
      the context's remaining time too. Each attempt also gives up after `timeout` seconds without progress.
      A server that trickles its answer cannot hold the function past the deadline.
    - What is read: at most `CLOUDFORMATION_REPLY_READ_BYTES` (4 KiB) of S3's answer, never the whole body.
    - Retries: only what can succeed on another try, up to `retries` times, sleeping `backoff`, then twice
      that, and so on: a 5xx status, 408 or 429, a timeout, a refused or reset connection. A 3xx or another
      4xx status (an expired URL), a host name that does not resolve, or a certificate that does not verify
      fails at once.

    Raises, before any connection, `TypeError` for an argument of the wrong type, `ValueError` for one out of
    range (a deadline or timeout that is not a finite positive number, a negative `retries` or `backoff`) or
    a document over 4096 bytes, and `EventDecodeError` naming `ResponseURL` when it is missing or not an
    allowed URL. Raises `CloudFormationResponseError` when the upload fails for good, when the deadline
    passes first (its `attempts` says how many were made), or when the context leaves no time at all.
    """
    event = mapping_argument(event, "event")
    timeout = seconds_argument(timeout, "timeout", positive=True)
    backoff = seconds_argument(backoff, "backoff", positive=False)
    retries = int_argument(retries, "retries")
    budget = _send_budget(context, deadline)
    target = _response_url(text_field(event, ("ResponseURL",)), bool_argument(allow_any_url, "allow_any_url"))
    body = _serialize(mapping_argument(response, "response"), "response")
    if budget <= 0:
        raise CloudFormationResponseError("no time left before the Lambda timeout to send the response", 0)
    ends_at = time.monotonic() + budget
    attempts = 0
    last_error: _TransientFailure | None = None
    while True:
        left = ends_at - time.monotonic()
        if left <= 0:
            break
        attempts += 1
        try:
            _put(target, body, min(timeout, left), left)
            return
        except _PermanentFailure as failure:
            raise CloudFormationResponseError(f"ResponseURL {failure}", attempts) from failure.__cause__
        except _TransientFailure as failure:
            last_error = failure
        if time.monotonic() >= ends_at:
            break
        if attempts > retries:
            raise CloudFormationResponseError(
                f"could not deliver the response to ResponseURL in {_attempts(attempts)}; last error: {last_error}",
                attempts,
            ) from last_error.__cause__
        pause = backoff * 2 ** (attempts - 1)
        if time.monotonic() + pause >= ends_at:
            break
        time.sleep(pause)
    reason = f"last error: {last_error}" if last_error is not None else "no attempt could start"
    raise CloudFormationResponseError(
        f"could not deliver the response to ResponseURL within the deadline of {budget:.1f} s "
        f"({_attempts(attempts)}); {reason}",
        attempts,
    ) from (last_error.__cause__ if last_error is not None else None)


DEFAULT_SEND_DEADLINE = 10.0
"""The total time `send_cloudformation_response` takes at most without a Lambda context, in seconds."""

CLOUDFORMATION_REPLY_READ_BYTES = 4096
"""How much of S3's answer to the upload `send_cloudformation_response` reads at most (its error text)."""

# The time left to the handler after the upload's deadline when a Lambda context sets it, in seconds.
_CONTEXT_MARGIN = 0.5
# The hosts of S3's pre-signed URLs in the commercial, GovCloud and China partitions.
_AWS_HOST_SUFFIXES = (".amazonaws.com", ".amazonaws.com.cn")
# Statuses worth another attempt: the server's own errors, a request timeout, throttling.
_RETRYABLE_STATUSES = frozenset({408, 429})


class _Target(NamedTuple):
    """Where to PUT: the scheme, host and port to connect to, and the request target (path and query)."""

    https: bool
    host: str
    port: Optional[int]
    path: str


class _PermanentFailure(Exception):
    """An attempt failed in a way another attempt cannot change."""


class _TransientFailure(Exception):
    """An attempt failed in a way another attempt may not."""


def _attempts(count: int) -> str:
    return f"{count} attempt" if count == 1 else f"{count} attempts"


def _send_budget(context: object, deadline: object) -> float:
    """The seconds the whole send may take (see `send_cloudformation_response`); may be 0 or less."""
    budget = DEFAULT_SEND_DEADLINE if deadline is None else seconds_argument(deadline, "deadline", positive=True)
    if context is None:
        return budget
    remaining = getattr(context, "get_remaining_time_in_millis", None)
    if not callable(remaining):
        raise TypeError(f"context must be the Lambda context (with get_remaining_time_in_millis), got {kind(context)}")
    milliseconds = remaining()
    if not isinstance(milliseconds, (int, float)) or isinstance(milliseconds, bool) or milliseconds != milliseconds:
        raise TypeError(f"context.get_remaining_time_in_millis() must return a number, got {kind(milliseconds)}")
    left = milliseconds / 1000 - _CONTEXT_MARGIN
    return left if deadline is None else min(budget, left)


def _response_url(url: str, allow_any_url: bool) -> _Target:
    """The parts of `ResponseURL`; `EventDecodeError` unless it is https to an AWS host (or `allow_any_url`)."""
    from urllib.parse import urlsplit

    if not url.isascii() or not url.isprintable() or " " in url:
        raise EventDecodeError("ResponseURL", f"not a URL: {preview(url, 60)}")
    try:
        parts = urlsplit(url)
        host, port = parts.hostname, parts.port
    except ValueError as error:
        raise EventDecodeError("ResponseURL", f"not a URL: {error}") from error
    if parts.scheme not in ("https", "http") or not host:
        raise EventDecodeError("ResponseURL", f"expected an https URL, got {preview(url, 40)}")
    if not allow_any_url:
        if parts.scheme != "https":
            raise EventDecodeError("ResponseURL", "expected an https URL (pass allow_any_url=True for a stand-in server)")
        if parts.username is not None or parts.password is not None:
            raise EventDecodeError("ResponseURL", "a user name or password in the URL is not allowed")
        if not host.endswith(_AWS_HOST_SUFFIXES):
            raise EventDecodeError(
                "ResponseURL", f"{host} is not an AWS host (*.amazonaws.com, *.amazonaws.com.cn); pass allow_any_url=True "
                "for a stand-in server"
            )
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return _Target(parts.scheme == "https", host, port, path)


def _put(target: _Target, body: bytes, timeout: float, left: float) -> None:
    """One attempt: PUT `body`, read at most 4 KiB of the answer, and stop at once when `left` seconds pass.

    Raises `_PermanentFailure` or `_TransientFailure` (the underlying error chained) unless S3 answers 2xx.
    """
    import http.client
    import socket
    import ssl
    import threading

    connection_class = http.client.HTTPSConnection if target.https else http.client.HTTPConnection
    connection = connection_class(target.host, target.port, timeout=timeout)

    def cut_off() -> None:  # the watchdog: ends a blocked read or write when the deadline passes
        sock = connection.sock
        if sock is not None:
            try:
                socket.socket.shutdown(sock, socket.SHUT_RDWR)
            except OSError:
                pass

    watchdog = threading.Timer(left, cut_off)
    watchdog.daemon = True
    watchdog.start()
    try:
        headers = {"Content-Type": "", "Content-Length": str(len(body))}
        connection.request("PUT", target.path, body=body, headers=headers)
        reply = connection.getresponse()
        detail = reply.read(CLOUDFORMATION_REPLY_READ_BYTES).decode("utf-8", "replace")
    except ssl.SSLCertVerificationError as error:
        raise _PermanentFailure(f"certificate not trusted: {error}") from error
    except socket.gaierror as error:
        failure = _TransientFailure if error.errno == socket.EAI_AGAIN else _PermanentFailure
        raise failure(f"host {target.host} does not resolve: {error}") from error
    except http.client.InvalidURL as error:
        raise _PermanentFailure(f"is not a valid URL: {error}") from error
    except (OSError, http.client.HTTPException) as error:
        raise _TransientFailure(f"{type(error).__name__}: {error}") from error
    finally:
        watchdog.cancel()
        connection.close()
    if 200 <= reply.status < 300:
        return
    message = f"HTTP {reply.status}: {detail}"
    if reply.status >= 500 or reply.status in _RETRYABLE_STATUSES:
        raise _TransientFailure(message)
    raise _PermanentFailure(f"rejected the response with {message}")


def _serialize(response: Mapping[str, Any], name: str) -> bytes:
    """The compact JSON document, or `ValueError` when CloudFormation would reject it for its size."""
    body = compact_json(response, name=name).encode("utf-8")
    if len(body) > CLOUDFORMATION_RESPONSE_MAX_BYTES:
        raise ValueError(
            f"the custom resource response is {len(body)} bytes of JSON; CloudFormation accepts at most "
            f"{CLOUDFORMATION_RESPONSE_MAX_BYTES} (shorten Data or Reason)"
        )
    return body


def _default_failure_reason() -> str:
    group = os.environ.get("AWS_LAMBDA_LOG_GROUP_NAME")
    stream = os.environ.get("AWS_LAMBDA_LOG_STREAM_NAME")
    if group and stream:
        return f"See the details in CloudWatch Logs, log group {group}, log stream {stream}"
    return "See the details in the function's CloudWatch Logs"
