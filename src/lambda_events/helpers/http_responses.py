"""HTTP responses for API Gateway REST and HTTP APIs, Application Load Balancers, function URLs and VPC Lattice.

Make the body with `json_body`, `text_body` or `binary_body`, then give it to the function of the shape
your function answers; each returns that shape's exact TypedDict, and accepts only the options it has:

    return api_gateway_proxy_response(json_body({"id": order_id}), status_code=201)
    return api_gateway_proxy_response_v2(text_body("bye"), cookies=["session=; Max-Age=0; Secure"])
    return alb_response(binary_body(png, "image/png"), headers={"Cache-Control": "max-age=60"})

The body's media type is sent as `Content-Type` unless you give that header yourself (in any letter case).
A binary body is base64-encoded with `isBase64Encoded` set; REST APIs deliver it as binary only for the
media types listed in the API's `binaryMediaTypes`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from lambda_events.helpers._arguments import int_argument, optional_mapping_argument, str_argument, strings_argument
from lambda_events.helpers._builders import base64_from_bytes, compact_json
from lambda_events.helpers._describe import kind

if TYPE_CHECKING:
    from lambda_events._typing import NotRequired, TypedDict
    from lambda_events.types.alb import ALBResponseDict
    from lambda_events.types.api_gateway import APIGatewayProxyResponseDict
    from lambda_events.types.api_gateway_v2 import APIGatewayProxyResponseV2Dict
    from lambda_events.types.lambda_function_url import LambdaFunctionUrlResponseDict
    from lambda_events.types.vpc_lattice import VPCLatticeResponseDict

    class _HttpResponseDict(TypedDict):
        """The keys every HTTP response shape shares, with the same types."""

        statusCode: int
        headers: NotRequired[dict[str, str]]
        body: NotRequired[str]
        isBase64Encoded: NotRequired[bool]


__all__ = [
    "HttpResponseBody",
    "alb_response",
    "api_gateway_proxy_response",
    "api_gateway_proxy_response_v2",
    "binary_body",
    "json_body",
    "lambda_function_url_response",
    "text_body",
    "vpc_lattice_response",
]


class HttpResponseBody(NamedTuple):
    """A response body, ready for any shape: its text, its media type, and whether the text is base64."""

    content: str
    """The body as sent in the response's `body`: the text itself, or base64 of binary data."""
    content_type: str
    """The media type sent as `Content-Type`."""
    is_base64_encoded: bool
    """Whether `content` is base64 of binary data."""


def json_body(
    value: Any, *, default: Callable[[Any], Any] | None = None, content_type: str = "application/json"
) -> HttpResponseBody:
    """`value` as compact JSON; `default` converts what `json` cannot (a `Decimal`), as in `json.dumps`.

    Raises `ValueError` for NaN or an infinity (JSON has neither: the body would not parse), a circular
    reference or nesting too deep, and `TypeError` for a value `json` cannot serialize.
    """
    content_type = str_argument(content_type, "content_type")
    return HttpResponseBody(compact_json(value, default), content_type, False)


def text_body(text: str, content_type: str = "text/plain; charset=utf-8") -> HttpResponseBody:
    """`text` as it is (pass `text/html; charset=utf-8` or another type for other text)."""
    return HttpResponseBody(str_argument(text, "text"), str_argument(content_type, "content_type"), False)


def binary_body(data: bytes, content_type: str = "application/octet-stream") -> HttpResponseBody:
    """`data` base64-encoded, to be decoded by the service before it reaches the client."""
    content_type = str_argument(content_type, "content_type")
    return HttpResponseBody(base64_from_bytes(data), content_type, True)


def api_gateway_proxy_response(
    body: HttpResponseBody | None = None,
    *,
    status_code: int = 200,
    headers: Mapping[str, str] | None = None,
    multi_value_headers: Mapping[str, Sequence[str]] | None = None,
) -> APIGatewayProxyResponseDict:
    """A REST API (payload format 1.0) proxy integration response.

    `multi_value_headers` carries headers with several values (several `Set-Cookie`); where a header is in
    both, API Gateway sends the multi-value one. Raises `ValueError` on a status code outside 100..599.
    """
    response: APIGatewayProxyResponseDict = {"statusCode": _checked_status(status_code)}
    body, headers = _checked_body(body), _checked_headers(headers)
    multi_value_headers = _checked_multi_value_headers(multi_value_headers)
    in_multi = multi_value_headers is not None and _has_content_type(multi_value_headers)
    _add_headers_and_body(response, body if not in_multi else _without_type(body), headers)
    if multi_value_headers is not None:
        response["multiValueHeaders"] = _multi_value(multi_value_headers, None)
    return response


def api_gateway_proxy_response_v2(
    body: HttpResponseBody | None = None,
    *,
    status_code: int = 200,
    headers: Mapping[str, str] | None = None,
    cookies: Sequence[str] | None = None,
) -> APIGatewayProxyResponseV2Dict:
    """An HTTP API (payload format 2.0) integration response.

    Join a header's several values with commas; each of `cookies` (`name=value; Secure; HttpOnly`) is sent as
    a `Set-Cookie` header of its own. Raises `ValueError` on a status code outside 100..599.
    """
    response: APIGatewayProxyResponseV2Dict = {"statusCode": _checked_status(status_code)}
    _add_headers_and_body(response, _checked_body(body), _checked_headers(headers))
    if cookies is not None:
        response["cookies"] = strings_argument(cookies, "cookies")
    return response


def lambda_function_url_response(
    body: HttpResponseBody | None = None,
    *,
    status_code: int = 200,
    headers: Mapping[str, str] | None = None,
    cookies: Sequence[str] | None = None,
) -> LambdaFunctionUrlResponseDict:
    """A function URL response; each of `cookies` is sent as a `Set-Cookie` header of its own.

    Function URLs answer in API Gateway's payload format 2.0, so this is `api_gateway_proxy_response_v2`
    under the function URL's type. Raises `ValueError` on a status code outside 100..599.
    """
    return api_gateway_proxy_response_v2(body, status_code=status_code, headers=headers, cookies=cookies)


def alb_response(
    body: HttpResponseBody | None = None,
    *,
    status_code: int = 200,
    headers: Mapping[str, str] | None = None,
    multi_value_headers: Mapping[str, Sequence[str]] | None = None,
) -> ALBResponseDict:
    """An Application Load Balancer target response, with its `statusDescription` (`200 OK`).

    A target group with multi-value headers enabled reads only `multiValueHeaders`, one without only
    `headers`: give `multi_value_headers` (even `{}`) for the former, and the body's `Content-Type` goes
    there too. Raises `ValueError` when both are given, or on a status code outside 100..599.
    """
    response: ALBResponseDict = {
        "statusCode": _checked_status(status_code),
        "statusDescription": _status_description(status_code),
    }
    body, headers = _checked_body(body), _checked_headers(headers)
    multi_value_headers = _checked_multi_value_headers(multi_value_headers)
    if multi_value_headers is None:
        _add_headers_and_body(response, body, headers)
        return response
    if headers is not None:
        raise ValueError("give headers or multi_value_headers, not both: a target group reads only one of them")
    _add_headers_and_body(response, _without_type(body), None)
    response["multiValueHeaders"] = _multi_value(multi_value_headers, body)
    return response


def vpc_lattice_response(
    body: HttpResponseBody | None = None,
    *,
    status_code: int = 200,
    headers: Mapping[str, str] | None = None,
) -> VPCLatticeResponseDict:
    """A VPC Lattice target response, with its `statusDescription` (`200 OK`).

    Raises `ValueError` on a status code outside 100..599.
    """
    response: VPCLatticeResponseDict = {
        "statusCode": _checked_status(status_code),
        "statusDescription": _status_description(status_code),
    }
    _add_headers_and_body(response, _checked_body(body), _checked_headers(headers))
    return response


def _add_headers_and_body(
    response: _HttpResponseDict, body: HttpResponseBody | None, headers: Mapping[str, str] | None
) -> None:
    """Set `headers` (with the body's `Content-Type` unless given, or unless it is empty), `body`, `isBase64Encoded`."""
    merged = dict(headers) if headers is not None else {}
    if body is not None and body.content_type and not _has_content_type(merged):
        merged["Content-Type"] = body.content_type
    if headers is not None or merged:
        response["headers"] = merged
    if body is not None:
        response["body"] = body.content
        response["isBase64Encoded"] = body.is_base64_encoded


def _multi_value(headers: Mapping[str, Sequence[str]], body: HttpResponseBody | None) -> dict[str, list[str]]:
    """A copy of `headers` (a lone string value taken as one value), plus the body's `Content-Type` unless given."""
    copied = {name: [values] if isinstance(values, str) else list(values) for name, values in headers.items()}
    if body is not None and not _has_content_type(copied):
        copied["Content-Type"] = [body.content_type]
    return copied


def _without_type(body: HttpResponseBody | None) -> HttpResponseBody | None:
    """`body` with no media type, for when `Content-Type` is sent elsewhere."""
    return body._replace(content_type="") if body is not None else None


def _has_content_type(headers: Mapping[str, object]) -> bool:
    return any(name.lower() == "content-type" for name in headers)


def _checked_status(status_code: int) -> int:
    """`TypeError` unless an `int`; `ValueError` outside 100..599."""
    if not 100 <= int_argument(status_code, "status_code", None) <= 599:
        raise ValueError(f"status_code must be an int from 100 to 599, got {status_code!r}")
    return status_code


def _checked_body(body: object) -> HttpResponseBody | None:
    """`body` if it is `None` or an `HttpResponseBody` (made by `json_body`, `text_body` or `binary_body`)."""
    if body is None or isinstance(body, HttpResponseBody):
        return body
    raise TypeError(f"body must be an HttpResponseBody (json_body, text_body or binary_body) or None, got {kind(body)}")


def _checked_headers(headers: object) -> Mapping[str, str] | None:
    """`headers` if it is `None` or a mapping of `str` names to `str` values; `TypeError` otherwise."""
    checked = optional_mapping_argument(headers, "headers")
    for name, value in cast("Mapping[object, object]", checked or {}).items():
        if not (isinstance(name, str) and isinstance(value, str)):
            raise TypeError(f"headers must map str names to str values, got {kind(name)}: {kind(value)}")
    return checked


def _checked_multi_value_headers(headers: object) -> Mapping[str, Sequence[str]] | None:
    """`headers` if it is `None` or a mapping of `str` names to lists of `str` (or one `str`)."""
    checked = optional_mapping_argument(headers, "multi_value_headers")
    for name, values in cast("Mapping[object, object]", checked or {}).items():
        if not isinstance(name, str):
            raise TypeError(f"multi_value_headers must have str names, got {kind(name)}")
        if not isinstance(values, str):
            strings_argument(values, f"multi_value_headers[{name!r}]")
    return checked


def _status_description(status_code: int) -> str:
    """`200 OK`: the code and its reason phrase (the code alone when it has no registered phrase)."""
    from http import HTTPStatus

    try:
        return f"{status_code} {HTTPStatus(status_code).phrase}"
    except ValueError:
        return str(status_code)
