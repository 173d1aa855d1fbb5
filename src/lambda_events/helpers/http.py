"""Headers, query parameters, cookies and bodies of HTTP events, whatever service delivered them.

Every helper reads each shape as its service sends it:

- API Gateway REST (v1) and WebSocket: `headers` (the last value of each) and `multiValueHeaders`, either of
  which may be `null`; the same pair for query parameters.
- ALB: `headers` or `multiValueHeaders`, per the target group's setting; the same for query parameters,
  whose names and values arrive URL-encoded and are decoded here.
- HTTP API (v2) and function URLs: `headers` with repeated values joined by commas, cookies in `cookies`;
  `queryStringParameters` joined by commas, and `rawQueryString`.
- VPC Lattice v1: `headers` joined by commas; `query_string_parameters`.
- VPC Lattice v2: `headers` and `queryStringParameters` with a list of values per name.
- AppSync resolvers: `request.headers`.

Header names are case-insensitive; query parameter names are not. Where a shape has several values for a
name and the helper returns one, it returns the last, as API Gateway's own `headers` and
`queryStringParameters` do. Where a map holds one header name in several spellings (`Accept`, `accept`),
`get_header` reads the one spelled as asked, else in lower case, else capitalised as `str.title` does
(`Content-Type`, `X-Amz-Id-2`), else the first in the map's order. Those three spellings are dictionary
lookups, so looking up every header of a request costs time linear in its size; only a name in none of
them makes a lookup read every name. `get_multi_value_header` returns the values of every spelling, so it
reads every name of the map: to read many headers that way, `get_all_headers` builds the whole table of
lower-case names and values in one pass.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal, Optional, TypeVar, Union, overload
from urllib.parse import unquote_plus

from lambda_events.helpers._arguments import mapping_argument, str_argument
from lambda_events.helpers._decoding import as_list, as_object, base64_bytes, json_value, utf8_text
from lambda_events.helpers._describe import kind
from lambda_events.helpers._typed_json import typed_document
from lambda_events.helpers.errors import EventDecodeError

if TYPE_CHECKING:
    from lambda_events.helpers._typed_json import DocumentT
    from lambda_events.helpers.typed_json import JSONValue
    from lambda_events.types.alb import ALBEventDict
    from lambda_events.types.api_gateway import APIGatewayProxyEventDict
    from lambda_events.types.api_gateway_v2 import APIGatewayProxyEventV2Dict
    from lambda_events.types.api_gateway_websocket import APIGatewayWebSocketEventDict
    from lambda_events.types.appsync import AppSyncResolverEventDict
    from lambda_events.types.lambda_function_url import LambdaFunctionUrlEventDict
    from lambda_events.types.vpc_lattice import VPCLatticeEventDict, VPCLatticeEventV2Dict

    # The events these helpers read; any other mapping is accepted too.
    _HTTPEvent = Union[
        APIGatewayProxyEventDict,
        APIGatewayProxyEventV2Dict,
        APIGatewayWebSocketEventDict,
        ALBEventDict,
        LambdaFunctionUrlEventDict,
        VPCLatticeEventDict,
        VPCLatticeEventV2Dict,
        Mapping[str, Any],
    ]
    _HeadersEvent = Union[_HTTPEvent, AppSyncResolverEventDict]

__all__ = [
    "decode_body",
    "decode_json_body",
    "decode_text_body",
    "get_all_headers",
    "get_cookies",
    "get_header",
    "get_multi_value_header",
    "get_multi_value_query_parameter",
    "get_query_parameter",
]

_T = TypeVar("_T")

# Fields whose value is a comma-separated list by definition (RFC 9110 and its companions: 9111 caching,
# 7239 Forwarded, 8288 Link, 7240 Prefer, 6455 WebSocket, Fetch CORS; X-Forwarded-* by common practice), so
# that values a service joined with commas can be split again without changing their meaning. Any other
# header (`User-Agent`, `Date`, `If-Modified-Since`, `Cookie`, a custom `X-...`) may contain commas of its
# own and is never split. `WWW-Authenticate` is a list too, but its challenges contain commas: not split.
_LIST_HEADERS = frozenset(
    {
        "accept",
        "accept-charset",
        "accept-encoding",
        "accept-language",
        "accept-patch",
        "accept-ranges",
        "access-control-allow-headers",
        "access-control-allow-methods",
        "access-control-expose-headers",
        "access-control-request-headers",
        "allow",
        "cache-control",
        "connection",
        "content-encoding",
        "content-language",
        "expect",
        "forwarded",
        "if-match",
        "if-none-match",
        "link",
        "pragma",
        "prefer",
        "preference-applied",
        "sec-websocket-extensions",
        "sec-websocket-protocol",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade",
        "vary",
        "via",
        "x-forwarded-for",
        "x-forwarded-host",
        "x-forwarded-port",
        "x-forwarded-proto",
    }
)


# --- headers -------------------------------------------------------------------------------------------


def _header_map(event: Mapping[str, Any]) -> tuple[Optional[Mapping[str, Any]], str]:
    """The event's single-value-or-list header map and its path: `headers`, else `multiValueHeaders` (ALB
    in multi-value mode, or API Gateway with `headers` null), else AppSync's `request.headers`."""
    headers = event.get("headers")
    if headers is not None:
        return as_object(headers, "headers"), "headers"
    headers = event.get("multiValueHeaders")
    if headers is not None:
        return as_object(headers, "multiValueHeaders"), "multiValueHeaders"
    request = event.get("request")
    if request is not None:
        headers = as_object(request, "request").get("headers")
        if headers is not None:
            return as_object(headers, "request.headers"), "request.headers"
    return None, ""


def _matching_items(mapping: Mapping[str, Any], lower_name: str) -> list[tuple[str, Any]]:
    """Every entry whose name equals `lower_name` ignoring case, in the map's order (a name that is not a
    string cannot equal it)."""
    return [(key, value) for key, value in _entries(mapping) if isinstance(key, str) and key.lower() == lower_name]


def _entries(mapping: Mapping[str, Any]) -> Iterable[tuple[object, Any]]:
    """The entries of a map whose names the type says are strings, and which in a dict built in Python may
    be anything."""
    return mapping.items()


def _find_header(headers: Mapping[str, Any], name: str) -> tuple[str, Any]:
    """The entry for `name` once the exact name has missed: the lower-case name (HTTP API v2, function URLs,
    ALB and VPC Lattice send lower-case names), then the usual capitalisation (`Content-Type`, as browsers
    send it over HTTP/1.1 to REST APIs), each a dictionary lookup; only when both miss, a case-insensitive
    scan. `("", None)` when there is none."""
    lower_name = name.lower()
    for spelling in (lower_name, lower_name.title()):
        if spelling != name:
            value = headers.get(spelling)
            if value is not None:
                return spelling, value
    for key, value in _entries(headers):
        if value is not None and isinstance(key, str) and key.lower() == lower_name:
            return key, value
    return "", None


def _last_text(value: Any, where: str) -> Optional[str]:
    """A header or parameter value: a string as is, the last string of a list, `None` for `null` or `[]`."""
    if isinstance(value, str) or value is None:
        return value
    texts = _texts(value, where)
    return texts[-1] if texts else None


def _texts(value: Any, where: str) -> list[str]:
    """A header or parameter value as a list: `[value]` for a string, the strings of a list, `[]` for `null`."""
    if isinstance(value, str):
        return [value]
    if value is None:
        return []
    items = as_list(value, where)
    for item in items:
        if not isinstance(item, str):
            raise EventDecodeError(where, f"expected strings, got a {kind(item)} among them")
    return list(items)


def _joins_repeated_headers(event: Mapping[str, Any]) -> bool:
    """Whether the event's shape joins repeated header values with commas: HTTP API v2 and function URLs
    (`version` 2.0) and VPC Lattice v1 (`raw_path`)."""
    return event.get("version") == "2.0" or "raw_path" in event


def _split_list(value: str) -> list[str]:
    """Split a list-syntax field value at the commas outside quoted strings, trimming spaces and tabs and
    dropping empty elements (RFC 9110, section 5.6.1)."""
    if '"' not in value:
        return [element for element in (part.strip(" \t") for part in value.split(",")) if element]
    elements: list[str] = []
    current: list[str] = []
    quoted = escaped = False
    for char in value:
        if escaped:
            escaped = False
        elif quoted and char == "\\":
            escaped = True
        elif char == '"':
            quoted = not quoted
        elif char == "," and not quoted:
            elements.append("".join(current))
            current = []
            continue
        current.append(char)
    elements.append("".join(current))
    return [element for element in (part.strip(" \t") for part in elements) if element]


@overload
def get_header(event: _HeadersEvent, name: str) -> Optional[str]:
    """Without a default: `None` when the header is absent."""


@overload
def get_header(event: _HeadersEvent, name: str, default: _T) -> Union[str, _T]:
    """With a default: `default` when the header is absent."""


def get_header(event: _HeadersEvent, name: str, default: Any = None) -> Any:
    """Return a request header's value, the name compared without regard to case; `default` (`None`) when
    the event has no such header, or no headers at all (`null`, as API Gateway's test button sends).

    Where the event lists several values for the name (`multiValueHeaders`, VPC Lattice v2), this is the
    last one, as API Gateway's own `headers` holds; HTTP API v2, function URLs and VPC Lattice v1 join them
    with commas, and this is the joined text.

    >>> event = {"headers": {"Content-Type": "application/json", "X-Request-Id": "r-1"}}
    >>> get_header(event, "content-type")
    'application/json'
    >>> get_header(event, "Authorization", "none")
    'none'

    Raises `EventDecodeError` naming the headers or the header when they have the wrong JSON type.
    """
    name = str_argument(name, "name")
    headers, where = _header_map(mapping_argument(event, "event"))
    if headers is None:
        return default
    value = headers.get(name)
    if value is None:
        name, value = _find_header(headers, name)
    elif value.__class__ is str:  # the common case: the exact name, one value
        return value
    text = _last_text(value, f"{where}.{name}")
    return default if text is None else text


def get_multi_value_header(event: _HeadersEvent, name: str) -> list[str]:
    """Return every value of a request header, in order, the name compared without regard to case; `[]`
    when there is none.

    From `multiValueHeaders` (API Gateway REST, ALB in multi-value mode) and VPC Lattice v2 lists, the values
    as listed. Where the service joined repeated values with commas (HTTP API v2, function URLs, VPC Lattice
    v1), only a header whose syntax is a comma-separated list (`Accept`, `Cache-Control`, `X-Forwarded-For`,
    `If-None-Match`... RFC 9110) is split again, at commas outside quoted strings; any other header
    (`User-Agent`, `Date`, `If-Modified-Since`, `Cookie`, custom headers) may contain commas of its own and
    comes back as the one joined value.

    >>> v1 = {"multiValueHeaders": {"Accept": ["text/html", "application/json"]}}
    >>> get_multi_value_header(v1, "accept")
    ['text/html', 'application/json']
    >>> headers = {"accept": "text/html,application/json", "user-agent": "a, b"}
    >>> v2 = {"version": "2.0", "headers": headers}
    >>> get_multi_value_header(v2, "Accept"), get_multi_value_header(v2, "User-Agent")
    (['text/html', 'application/json'], ['a, b'])

    Raises `EventDecodeError` naming the headers or the header when they have the wrong JSON type.
    """
    lower_name = str_argument(name, "name").lower()
    headers, where = _every_value_map(mapping_argument(event, "event"))
    if headers is None:
        return []
    split = lower_name in _LIST_HEADERS and _joins_repeated_values(event, where)
    return [
        text for key, value in _matching_items(headers, lower_name) for text in _values(key, value, where, split)
    ]


def get_all_headers(event: _HeadersEvent) -> dict[str, list[str]]:
    """Return every request header: each name in lower case, with every value `get_multi_value_header`
    returns for it, in one pass over the headers; a header whose value is `null` or `[]` is left out.

    Reading many headers through this table costs time linear in the request's size, whatever the
    spelling of the names, where `get_multi_value_header` reads every name on each call.

    >>> headers = {"Accept": ["text/html"], "ACCEPT": ["application/json"], "Via": None}
    >>> get_all_headers({"multiValueHeaders": headers})
    {'accept': ['text/html', 'application/json']}

    Raises `EventDecodeError` naming the headers when a name is not a string, or the header when its value
    has the wrong JSON type.
    """
    headers, where = _every_value_map(mapping_argument(event, "event"))
    if headers is None:
        return {}
    joined = _joins_repeated_values(event, where)
    table: dict[str, list[str]] = {}
    for key, value in _entries(headers):
        if not isinstance(key, str):
            raise EventDecodeError(where, f"expected string names, got a {kind(key)} among them")
        lower_name = key.lower()
        texts = _values(key, value, where, joined and lower_name in _LIST_HEADERS)
        if texts:
            table.setdefault(lower_name, []).extend(texts)
    return table


def _every_value_map(event: Mapping[str, Any]) -> tuple[Optional[Mapping[str, Any]], str]:
    """The map that holds every value of a header: `multiValueHeaders` when the event has one (API Gateway
    REST, ALB in multi-value mode), else the single-value-or-list map `_header_map` finds."""
    multi = event.get("multiValueHeaders")
    if multi is not None:
        return as_object(multi, "multiValueHeaders"), "multiValueHeaders"
    return _header_map(event)


def _joins_repeated_values(event: Mapping[str, Any], where: str) -> bool:
    """Whether the values read from the map at `where` are repeated values the service joined with commas."""
    return where != "multiValueHeaders" and _joins_repeated_headers(event)


def _values(key: str, value: Any, where: str, split: bool) -> list[str]:
    """The values of one header entry, a joined list-syntax value split again when `split`."""
    if split and isinstance(value, str):
        return _split_list(value)
    return _texts(value, f"{where}.{key}")


# --- query parameters ---------------------------------------------------------------------------------


def _is_alb(event: Mapping[str, Any]) -> bool:
    context = event.get("requestContext")
    return isinstance(context, Mapping) and "elb" in context


def _url_decoded(text: str, where: str) -> str:
    try:
        return unquote_plus(text, errors="strict")
    except UnicodeDecodeError as error:
        raise EventDecodeError(where, f"invalid UTF-8 after URL-decoding: {error}") from error


# Where the query parameters are, in the order to look: for one value, the single-value maps first
# (`query_string_parameters` is VPC Lattice v1's); for every value, the multi-value map first.
_SINGLE_VALUE_FIRST = ("queryStringParameters", "query_string_parameters", "multiValueQueryStringParameters")
_MULTI_VALUE_FIRST = ("multiValueQueryStringParameters", "queryStringParameters", "query_string_parameters")


def _query_map(event: Mapping[str, Any], keys: tuple[str, ...]) -> tuple[Optional[Mapping[str, Any]], str]:
    """The first query parameter map of `keys` that the event has (not `null`), and its path."""
    for key in keys:
        parameters = event.get(key)
        if parameters is not None:
            return as_object(parameters, key), key
    return None, ""


def _raw_query_values(raw_query: str, name: str) -> list[str]:
    """The values of `name` in a form-encoded query string, as `urllib.parse.parse_qsl` reads it (pairs
    split at `&`, a pair without `=` has an empty value, `+` is a space), decoding only the pairs needed: a
    name whose escapes are not UTF-8 is passed over; a value of `name` whose escapes are not is an error."""
    values: list[str] = []
    for pair in raw_query.split("&"):
        key, _, value = pair.partition("=")
        if not pair:
            continue
        try:
            decoded = unquote_plus(key, errors="strict")
        except UnicodeDecodeError:  # cannot be the name asked for
            continue
        if decoded == name:
            values.append(_url_decoded(value, "rawQueryString"))
    return values


def _find_parameter(parameters: Mapping[str, Any], name: str, url_encoded: bool) -> tuple[str, Any]:
    """The entry for `name` (`("", None)` if none); an ALB sends names URL-encoded: compare them decoded.

    A lookup reads only what it needs: the name is looked up as it is first; only when that misses are the
    names decoded one by one, and a name whose escapes are not UTF-8 (`junk%ff`) cannot be the name asked for,
    so it is passed over, and the lookup of another parameter still succeeds.
    """
    value = parameters.get(name)
    if not url_encoded or (value is not None and "%" not in name and "+" not in name):
        return name, value  # a name without `%` or `+` is its own encoding: found as it is
    for key, value in parameters.items():
        try:
            decoded = unquote_plus(key, errors="strict")
        except (UnicodeDecodeError, TypeError, AttributeError):  # malformed escapes, or a name that is no str
            continue
        if decoded == name:
            return key, value
    return "", None


@overload
def get_query_parameter(event: _HTTPEvent, name: str) -> Optional[str]:
    """Without a default: `None` when the parameter is absent."""


@overload
def get_query_parameter(event: _HTTPEvent, name: str, default: _T) -> Union[str, _T]:
    """With a default: `default` when the parameter is absent."""


def get_query_parameter(event: _HTTPEvent, name: str, default: Any = None) -> Any:
    """Return a query string parameter's value (the name is case-sensitive); `default` (`None`) when absent.

    Where the event lists several values (`multiValueQueryStringParameters`, VPC Lattice v2), this is the
    last, as API Gateway's own `queryStringParameters` holds; HTTP API v2 and function URLs join repeated
    values with commas, and this is the joined text. ALB sends names and values URL-encoded, as the client
    wrote them: they are decoded here (`+` is a space), so every shape gives the same value.

    >>> get_query_parameter({"queryStringParameters": {"page": "2"}}, "page")
    '2'
    >>> get_query_parameter({"queryStringParameters": None}, "page", "1")
    '1'

    Raises `EventDecodeError` naming the parameters or the parameter when they have the wrong JSON type, or
    the parameter when its value's escapes are not UTF-8 (another malformed parameter does not matter).
    """
    name = str_argument(name, "name")
    event = mapping_argument(event, "event")
    parameters, where = _query_map(event, _SINGLE_VALUE_FIRST)
    if parameters is None:
        return default
    url_encoded = _is_alb(event)
    key, value = _find_parameter(parameters, name, url_encoded)
    text = _last_text(value, f"{where}.{key}")
    if text is None:
        return default
    return _url_decoded(text, f"{where}.{key}") if url_encoded else text


def get_multi_value_query_parameter(event: _HTTPEvent, name: str) -> list[str]:
    """Return every value of a query string parameter, in order (the name is case-sensitive); `[]` if none.

    From `multiValueQueryStringParameters` and VPC Lattice v2 lists, the values as listed (ALB's decoded).
    For HTTP API v2 and function URLs, whose `queryStringParameters` join repeated values with commas, the
    values come from `rawQueryString`, parsed as a form-encoded query, so a value that itself contains a
    comma stays whole. Shapes with one value per name (ALB in single-value mode, VPC Lattice v1) give it
    alone.

    >>> get_multi_value_query_parameter({"multiValueQueryStringParameters": {"id": ["1", "2"]}}, "id")
    ['1', '2']
    >>> get_multi_value_query_parameter({"version": "2.0", "rawQueryString": "id=1&id=a%2Cb"}, "id")
    ['1', 'a,b']

    Raises `EventDecodeError` naming the parameters or the parameter when they have the wrong JSON type, or
    `rawQueryString` when its escapes are not UTF-8.
    """
    name = str_argument(name, "name")
    event = mapping_argument(event, "event")
    raw_query = event.get("rawQueryString")
    if isinstance(raw_query, str) and event.get("version") == "2.0":
        return _raw_query_values(raw_query, name)
    parameters, where = _query_map(event, _MULTI_VALUE_FIRST)
    if parameters is None:
        return []
    url_encoded = _is_alb(event)
    key, value = _find_parameter(parameters, name, url_encoded)
    texts = _texts(value, f"{where}.{key}")
    return [_url_decoded(text, f"{where}.{key}") for text in texts] if url_encoded else texts


# --- cookies ------------------------------------------------------------------------------------------


def get_cookies(event: _HTTPEvent) -> dict[str, str]:
    """Return the request's cookies by name.

    HTTP API v2 and function URLs send them in the `cookies` list; the other shapes in the `Cookie`
    header(s), parsed here (`name=value` pairs separated by `;`). Values are returned as sent (no
    URL-decoding, quotes kept). When a name repeats, the first value wins: browsers send the cookie with the
    most specific path first. A pair without `=` has no name and is skipped.

    >>> get_cookies({"version": "2.0", "cookies": ["theme=dark", "session=abc123"]})
    {'theme': 'dark', 'session': 'abc123'}
    >>> get_cookies({"headers": {"Cookie": "theme=dark; session=abc123"}})
    {'theme': 'dark', 'session': 'abc123'}

    Raises `EventDecodeError` naming `cookies` or the headers when they have the wrong JSON type.
    """
    cookies = mapping_argument(event, "event").get("cookies")
    if cookies is not None:
        sources = _texts(cookies, "cookies")
    else:
        sources = get_multi_value_header(event, "cookie")
    jar: dict[str, str] = {}
    for source in sources:
        for pair in source.split(";"):
            name, equals, value = pair.partition("=")
            name = name.strip(" \t")
            if equals and name and name not in jar:
                jar[name] = value.strip(" \t")
    return jar


# --- bodies -------------------------------------------------------------------------------------------


def _body(event: Mapping[str, Any]) -> tuple[str, bool]:
    """The body text (`""` for `null` or absent) and whether it is base64 (`isBase64Encoded`, or VPC
    Lattice v1's `is_base64_encoded`)."""
    body = mapping_argument(event, "event").get("body")
    if body is None:
        body = ""
    elif not isinstance(body, str):
        raise EventDecodeError("body", f"expected str, got {kind(body)}")
    flag_key = "isBase64Encoded" if "isBase64Encoded" in event else "is_base64_encoded"
    is_base64 = event.get(flag_key)
    if is_base64 is None:
        return body, False
    if not isinstance(is_base64, bool):
        raise EventDecodeError(flag_key, f"expected true or false, got {kind(is_base64)}")
    return body, is_base64


def decode_body(event: _HTTPEvent) -> bytes:
    """Return the request body as bytes: base64-decoded when the event says so (`isBase64Encoded`, as for
    binary bodies), else the text's UTF-8 encoding; `b""` when the body is `null` or absent.

    >>> decode_body({"body": "aGk=", "isBase64Encoded": True})
    b'hi'
    >>> decode_body({"body": None, "isBase64Encoded": False})
    b''

    Raises `EventDecodeError` naming `body` when it is not strict base64, or not a string.
    """
    body, is_base64 = _body(event)
    if is_base64:
        return base64_bytes(body, "body")
    try:
        return body.encode("utf-8")
    except UnicodeEncodeError as error:  # a lone surrogate, which JSON's \\ud800 escape can produce
        raise EventDecodeError("body", f"not encodable as UTF-8: {error}") from error


def decode_text_body(event: _HTTPEvent) -> str:
    """Return the request body as text: base64-decoded then UTF-8-decoded when the event says it is base64,
    else as sent; `""` when the body is `null` or absent.

    >>> decode_text_body({"body": "aMOp", "isBase64Encoded": True})
    'hé'

    Raises `EventDecodeError` naming `body` on bad base64 or bad UTF-8.
    """
    body, is_base64 = _body(event)
    return utf8_text(base64_bytes(body, "body"), "body") if is_base64 else body


@overload
def decode_json_body(
    event: _HTTPEvent, *, as_json: Literal[False] = False, type: None = None, allow_nan: bool = False
) -> Any:
    """Untyped, as before: `Any`."""


@overload
def decode_json_body(event: _HTTPEvent, *, as_json: Literal[True], allow_nan: bool = False) -> JSONValue:
    """`as_json=True`: the document typed as `JSONValue`."""


@overload
def decode_json_body(event: _HTTPEvent, *, type: type[DocumentT], allow_nan: bool = False) -> DocumentT:
    """`type=SomeTypedDict`: the document, checked against it."""


def decode_json_body(
    event: _HTTPEvent, *, type: object = None, as_json: bool = False, allow_nan: bool = False
) -> Any:
    """Return the JSON document in the request body (decoded from base64 first when the event says so).

    >>> decode_json_body({"body": '{"name": "Ada"}', "isBase64Encoded": False})
    {'name': 'Ada'}

    Raises `EventDecodeError` naming `body` on bad base64, UTF-8 or JSON (`NaN`, `Infinity` and numbers too
    large for a float are refused unless `allow_nan=True`), and saying so when the request has no body (`null`,
    absent or empty: not a JSON document).

    Typed forms: `as_json=True` returns the same document typed as `JSONValue`; `type=SomeTypedDict` checks
    it against that TypedDict and raises `EventDecodeError` naming `body` and every mismatch when it
    does not match, `TypeError` when `type` is not a TypedDict class (see `lambda_events.helpers.typed_json`).
    """
    text = decode_text_body(event)
    if not text:
        state = "empty" if event.get("body") is not None else "null" if "body" in event else "absent"
        raise EventDecodeError("body", f"the request has no body ({state}), so no JSON document")
    return typed_document(json_value(text, "body", allow_nan), "body", type, as_json)
