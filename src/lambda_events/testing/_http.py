"""What the HTTP event factories share: bodies, headers and query strings as a test gives them, turned into
the forms each service sends."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple, Optional, Union
from urllib.parse import urlencode

from lambda_events.testing._scenario import Scenario, b64, json_text

HeaderValues = Union[str, Sequence[str]]
"""One header or query parameter as a test gives it: a value, or every value of a repeated name."""
Fields = Optional[Mapping[str, HeaderValues]]
"""Headers or query parameters as a test gives them."""
Body = Union[str, bytes, Mapping[str, Any], Sequence[Any], None]
"""A request body: text as it is, bytes base64-encoded (binary), anything else as JSON text, `None` for none."""

USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36"
"""The `User-Agent` of requests whose headers a test does not give."""


def check_request_line(method: object, path: object, path_argument: str = "path") -> None:
    """Refuse a request line no AWS service sends: `ValueError` naming the argument when `method` is not an
    HTTP method in capitals (`GET`, `POST`, `PURGE`: services pass the method as the client sent it, and
    HTTP clients send it in capitals) or the path does not start with `/`."""
    if not isinstance(method, str) or not method.isascii() or not method.isalpha() or not method.isupper():
        raise ValueError(f"method must be an HTTP method in capitals (GET, POST ...), got {method!r}")
    if not isinstance(path, str) or not path.startswith("/"):
        raise ValueError(f"{path_argument} must be a path starting with '/', got {path!r}")


class EncodedBody(NamedTuple):
    """A body in the form HTTP events carry it."""

    text: Optional[str]
    """The body as text (base64 for binary bodies); `None` when there is none."""
    base64: bool
    """Whether `text` is base64."""
    content_type: Optional[str]
    """The content type the body implies (JSON, binary), or `None` for text and no body."""


def encode_body(body: Body) -> EncodedBody:
    """A body in the form HTTP events carry it."""
    if body is None:
        return EncodedBody(None, False, None)
    if isinstance(body, (bytes, bytearray)):
        return EncodedBody(b64(bytes(body)), True, "application/octet-stream")
    if isinstance(body, str):
        return EncodedBody(body, False, None)
    return EncodedBody(json_text(body), False, "application/json")


class RequestParts(NamedTuple):
    """A request's parts as every HTTP event is built from them."""

    source_ip: str
    """The client's address."""
    headers: dict[str, list[str]]
    """Every value of every header, in the order given (see `request_headers`)."""
    query: dict[str, list[str]]
    """Every value of every query parameter."""
    body: EncodedBody
    """The body, encoded."""


def request_parts(
    scene: Scenario, host: str, *, headers: Fields, query: Fields, body: Body, lower_case: bool = False
) -> RequestParts:
    """A request to `host` from a client address of the scenario, with the headers (`lower_case`: names in
    lower case, as most services pass them on), query parameters and body given."""
    source_ip = scene.ip()
    encoded = encode_body(body)
    all_headers = request_headers(scene, host, headers, encoded, source_ip)
    return RequestParts(source_ip, lowered(all_headers) if lower_case else all_headers, multi(query), encoded)


def multi(fields: Fields) -> dict[str, list[str]]:
    """Every value of every name."""
    return {name: [values] if isinstance(values, str) else list(values) for name, values in (fields or {}).items()}


def request_headers(
    scene: Scenario, host: str, given: Fields, body: EncodedBody, source_ip: str
) -> dict[str, list[str]]:
    """The request's headers: those given (or, when none are given, what a browser behind a proxy sends),
    plus `Content-Type` for a JSON or binary body when the test gave none."""
    if given is None:
        headers = {
            "Accept": ["*/*"],
            "Host": [host],
            "User-Agent": [USER_AGENT],
            "X-Amzn-Trace-Id": [trace_id(scene)],
            "X-Forwarded-For": [source_ip],
            "X-Forwarded-Port": ["443"],
            "X-Forwarded-Proto": ["https"],
        }
    else:
        headers = multi(given)
    if body.content_type is not None and find(headers, "content-type") is None:
        headers["Content-Type"] = [body.content_type]
    return headers


def trace_id(scene: Scenario) -> str:
    """An X-Ray trace id as load balancers and API Gateway add it: `Root=1-<epoch seconds in hex>-<24 hex>`."""
    return f"Root=1-{int(scene.now.timestamp()):08x}-{scene.hex(24)}"


def find(fields: Mapping[str, list[str]], name: str) -> Optional[str]:
    """The last value of a header, whatever the case of its name; `None` when it is absent."""
    for key in reversed(list(fields)):
        if key.lower() == name and fields[key]:
            return fields[key][-1]
    return None


def last_values(fields: Mapping[str, list[str]]) -> dict[str, str]:
    """One value per name, the last one (REST APIs, ALB without multi-value headers)."""
    return {name: values[-1] for name, values in fields.items() if values}


def lowered(fields: Mapping[str, list[str]]) -> dict[str, list[str]]:
    """The same fields with names in lower case, values of names that differ only in case merged."""
    merged: dict[str, list[str]] = {}
    for name, values in fields.items():
        merged.setdefault(name.lower(), []).extend(values)
    return merged


def joined(fields: Mapping[str, list[str]]) -> dict[str, str]:
    """One value per name, repeated values joined with commas (HTTP APIs, function URLs)."""
    return {name: ",".join(values) for name, values in fields.items()}


def query_string(fields: Mapping[str, list[str]]) -> str:
    """The URL-encoded query string, without `?`."""
    return urlencode([(name, value) for name, values in fields.items() for value in values])


def take_cookies(headers: dict[str, list[str]], cookies: Sequence[str]) -> list[str]:
    """Move the `cookie` headers out of lower-cased `headers` into a list of `name=value` cookies, as HTTP APIs
    and function URLs deliver them, after the `cookies` given."""
    sent = headers.pop("cookie", [])
    return list(cookies) + [part.strip() for value in sent for part in value.split(";") if part.strip()]
