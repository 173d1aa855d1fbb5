"""Headers, query parameters, cookies and bodies of every HTTP event shape, checked on every fixture against a
plain reading of the same fields, and on the traps of real payloads (null maps, joined values, URL-encoded ALB
parameters, list-valued VPC Lattice v2 maps)."""

from __future__ import annotations

import base64
import json
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import parse_qs, parse_qsl, unquote_plus

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lambda_events import (
    EventDecodeError,
    decode_body,
    decode_json_body,
    decode_text_body,
    get_cookies,
    get_header,
    get_multi_value_header,
    get_multi_value_query_parameter,
    get_query_parameter,
)
from tests.fixture_catalog import HTTP_EVENT_TYPES, Fixture, all_fixtures

HTTP_FIXTURES = [fixture for fixture in all_fixtures() if fixture.type_name in HTTP_EVENT_TYPES]
APPSYNC_FIXTURES = [fixture for fixture in all_fixtures() if fixture.type_name == "AppSyncResolverEventDict"]
LIST_SYNTAX = {"accept", "accept-encoding", "accept-language", "cache-control", "x-forwarded-for", "via"}


def fixture_id(fixture: Fixture) -> str:
    return fixture.name


def test_every_http_source_has_fixtures() -> None:
    assert {fixture.type_name for fixture in HTTP_FIXTURES} == HTTP_EVENT_TYPES
    assert APPSYNC_FIXTURES


# --- a plain reading of each shape, to compare with -----------------------------------------------------


def header_listing(event: dict[str, Any]) -> dict[str, list[str]]:
    """Every header's values as the event lists them (lower-case names; a string is one value)."""
    listing: dict[str, list[str]] = {}
    source: dict[str, Any] | None = event.get("multiValueHeaders")
    if source is None:
        source = event.get("headers")
    if source is None and isinstance(event.get("request"), dict):
        source = event["request"].get("headers")
    for name, value in (source or {}).items():
        listing.setdefault(name.lower(), []).extend([value] if isinstance(value, str) else value)
    return listing


def expected_header(event: dict[str, Any], lower_name: str) -> str | None:
    single = event.get("headers")
    if single is not None:
        for name, value in single.items():
            if name.lower() == lower_name:
                return value if isinstance(value, str) else value[-1]
        return None
    values = header_listing(event).get(lower_name)
    return values[-1] if values else None


def joins_headers(event: dict[str, Any]) -> bool:
    return event.get("version") == "2.0" or "raw_path" in event


def expected_multi_value_header(event: dict[str, Any], lower_name: str) -> list[str]:
    values = header_listing(event).get(lower_name, [])
    single = event.get("headers")
    if event.get("multiValueHeaders") is None and single and joins_headers(event) and lower_name in LIST_SYNTAX:
        if any(isinstance(value, str) for value in single.values()):
            return [part.strip() for value in values for part in value.split(",") if part.strip()]
    return values


def is_alb(event: dict[str, Any]) -> bool:
    return "elb" in (event.get("requestContext") or {})


def parameter_listing(event: dict[str, Any]) -> dict[str, list[str]]:
    """Every query parameter's values, read the plain way for the event's shape."""
    if event.get("version") == "2.0" and isinstance(event.get("rawQueryString"), str):
        return parse_qs(event["rawQueryString"], keep_blank_values=True)
    for key in ("multiValueQueryStringParameters", "queryStringParameters", "query_string_parameters"):
        source = event.get(key)
        if source is not None:
            listing = {name: [value] if isinstance(value, str) else list(value) for name, value in source.items()}
            if is_alb(event):
                return {unquote_plus(name): [unquote_plus(v) for v in values] for name, values in listing.items()}
            return listing
    return {}


def expected_query_parameter(event: dict[str, Any], name: str) -> str | None:
    for key in ("queryStringParameters", "query_string_parameters", "multiValueQueryStringParameters"):
        source = event.get(key)
        if source is not None:
            for raw_name, value in source.items():
                decoded_name = unquote_plus(raw_name) if is_alb(event) else raw_name
                if decoded_name == name:
                    last = value if isinstance(value, str) else value[-1]
                    return unquote_plus(last) if is_alb(event) else last
            return None
    return None


# --- every fixture ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("fixture", HTTP_FIXTURES + APPSYNC_FIXTURES, ids=fixture_id)
def test_headers_of_every_fixture(fixture: Fixture) -> None:
    event = fixture.event()
    listing = header_listing(event)
    for lower_name in [*listing, "x-absent-header"]:
        expected = expected_header(event, lower_name)
        for name in {lower_name, lower_name.upper(), lower_name.title()}:
            assert get_header(event, name) == expected
            assert get_header(event, name, "fallback") == (expected if expected is not None else "fallback")
            assert get_multi_value_header(event, name) == expected_multi_value_header(event, lower_name)


@pytest.mark.parametrize("fixture", HTTP_FIXTURES, ids=fixture_id)
def test_query_parameters_of_every_fixture(fixture: Fixture) -> None:
    event = fixture.event()
    listing = parameter_listing(event)
    for name in [*listing, "absent-parameter"]:
        assert get_query_parameter(event, name) == expected_query_parameter(event, name)
        assert get_multi_value_query_parameter(event, name) == listing.get(name, [])


@pytest.mark.parametrize("fixture", HTTP_FIXTURES, ids=fixture_id)
def test_cookies_of_every_fixture(fixture: Fixture) -> None:
    event = fixture.event()
    if event.get("cookies") is not None:
        sources = event["cookies"]
    else:
        sources = header_listing(event).get("cookie", [])
    expected: dict[str, str] = {}
    for source in sources:
        for pair in source.split(";"):
            name, equals, value = pair.strip().partition("=")
            if equals and name and name not in expected:
                expected[name] = value
    assert get_cookies(event) == expected


@pytest.mark.parametrize("fixture", [f for f in HTTP_FIXTURES if "body" in f.event()], ids=fixture_id)
def test_bodies_of_every_fixture(fixture: Fixture) -> None:
    event = fixture.event()
    body = event.get("body") or ""
    is_base64 = event.get("isBase64Encoded", event.get("is_base64_encoded", False))
    try:
        data = base64.b64decode(body, validate=True) if is_base64 else body.encode()
    except ValueError:  # some samples claim base64 for a plain text body
        for decoder in (decode_body, decode_text_body, decode_json_body):
            with pytest.raises(EventDecodeError, match="^body: invalid base64"):
                decoder(event)
        return
    assert decode_body(event) == data
    try:
        text: str | None = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is None:
        with pytest.raises(EventDecodeError, match="^body: invalid UTF-8"):
            decode_text_body(event)
        return
    assert decode_text_body(event) == text
    if not text:
        with pytest.raises(EventDecodeError, match="^body: the request has no body"):
            decode_json_body(event)
        return
    try:
        document = json.loads(text)
    except ValueError:
        with pytest.raises(EventDecodeError, match="^body: invalid JSON"):
            decode_json_body(event)
    else:
        assert decode_json_body(event) == document


# --- the traps --------------------------------------------------------------------------------------------


def test_null_headers_and_parameters_from_the_console_test_button() -> None:
    event: dict[str, Any] = {
        "headers": None,
        "multiValueHeaders": None,
        "queryStringParameters": None,
        "multiValueQueryStringParameters": None,
        "body": None,
        "isBase64Encoded": False,
    }
    assert get_header(event, "Accept") is None
    assert get_header(event, "Accept", "*/*") == "*/*"
    assert get_multi_value_header(event, "Accept") == []
    assert get_query_parameter(event, "page") is None
    assert get_multi_value_query_parameter(event, "page") == []
    assert get_cookies(event) == {}
    assert decode_body(event) == b""
    assert decode_text_body(event) == ""
    with pytest.raises(EventDecodeError, match=r"^body: the request has no body \(null\), so no JSON document$"):
        decode_json_body(event)


@pytest.mark.parametrize(("event", "state"), [({}, "absent"), ({"body": ""}, "empty"), ({"body": None}, "null")])
def test_decoding_json_from_a_request_without_a_body_says_so(event: dict[str, Any], state: str) -> None:
    with pytest.raises(EventDecodeError, match=rf"^body: the request has no body \({state}\)"):
        decode_json_body(event)


def test_header_lookup_order_exact_then_lower_case_then_any_case() -> None:
    event = {"headers": {"X-Mixed-Case": "a", "content-type": "b", "x-only-lower": "c"}}
    assert get_header(event, "X-Mixed-Case") == "a"
    assert get_header(event, "x-mixed-case") == "a"
    assert get_header(event, "Content-Type") == "b"
    assert get_header(event, "X-ONLY-LOWER") == "c"
    assert get_header({"headers": {"Accept": None}}, "accept", "d") == "d"


def test_multi_value_shapes_give_the_last_value_and_every_value() -> None:
    alb: dict[str, Any] = {"multiValueHeaders": {"x-tag": ["a", "b"], "X-Tag": ["c"]}, "requestContext": {"elb": {}}}
    assert get_header(alb, "X-Tag") == "c"
    assert get_multi_value_header(alb, "x-tag") == ["a", "b", "c"]
    lattice_v2 = {"version": "2.0", "headers": {"accept": ["text/html", "application/json"]}}
    assert get_header(lattice_v2, "Accept") == "application/json"
    assert get_multi_value_header(lattice_v2, "Accept") == ["text/html", "application/json"]
    assert get_header({"headers": {"x-empty": []}}, "x-empty", "none") == "none"


def test_joined_values_are_split_only_for_list_syntax_headers() -> None:
    event: dict[str, Any] = {
        "version": "2.0",
        "rawPath": "/",
        "headers": {
            "accept": "text/html, application/json;q=0.9",
            "if-none-match": '"a,b", W/"c"',
            "x-forwarded-for": "203.0.113.7, 10.0.0.1",
            "if-modified-since": "Wed, 21 Oct 2015 07:28:00 GMT",
            "user-agent": "Mozilla/5.0 (X11, Linux)",
            "date": "Tue, 15 Nov 1994 08:12:31 GMT",
            "x-custom": "one,two",
            "cache-control": "no-cache,, max-age=0",
        },
    }
    assert get_multi_value_header(event, "Accept") == ["text/html", "application/json;q=0.9"]
    assert get_multi_value_header(event, "If-None-Match") == ['"a,b"', 'W/"c"']
    assert get_multi_value_header(event, "X-Forwarded-For") == ["203.0.113.7", "10.0.0.1"]
    assert get_multi_value_header(event, "Cache-Control") == ["no-cache", "max-age=0"]
    for name in ("If-Modified-Since", "User-Agent", "Date", "X-Custom"):
        assert get_multi_value_header(event, name) == [event["headers"][name.lower()]]
    assert get_header(event, "Accept") == "text/html, application/json;q=0.9"


def test_shapes_that_do_not_join_are_never_split() -> None:
    v1 = {"headers": {"Accept": "text/html, application/json"}, "multiValueHeaders": None}
    assert get_multi_value_header(v1, "accept") == ["text/html, application/json"]
    appsync = {"request": {"headers": {"x-forwarded-for": "1.1.1.1, 2.2.2.2"}}, "arguments": {}}
    assert get_multi_value_header(appsync, "X-Forwarded-For") == ["1.1.1.1, 2.2.2.2"]
    assert get_header(appsync, "X-Forwarded-For") == "1.1.1.1, 2.2.2.2"


def test_alb_query_parameters_are_url_decoded() -> None:
    single: dict[str, Any] = {
        "requestContext": {"elb": {}},
        "queryStringParameters": {"q": "caf%C3%A9+bar", "a%2Bb": "x%2By"},
    }
    assert get_query_parameter(single, "q") == "café bar"
    assert get_query_parameter(single, "a+b") == "x+y"
    assert get_multi_value_query_parameter(single, "q") == ["café bar"]
    multi: dict[str, Any] = {"requestContext": {"elb": {}}, "multiValueQueryStringParameters": {"id": ["1", "2%203"]}}
    assert get_query_parameter(multi, "id") == "2 3"
    assert get_multi_value_query_parameter(multi, "id") == ["1", "2 3"]
    with pytest.raises(EventDecodeError, match=r"^queryStringParameters\.q: invalid UTF-8"):
        get_query_parameter({"requestContext": {"elb": {}}, "queryStringParameters": {"q": "%FF"}}, "q")


def test_a_malformed_parameter_does_not_break_the_lookup_of_another() -> None:
    """Issue 14: `junk%ff` made every lookup fail; a lookup now decodes only what it needs."""
    alb: dict[str, Any] = {"requestContext": {"elb": {}}, "queryStringParameters": {"junk%ff": "1", "page": "2"}}
    assert get_query_parameter(alb, "page") == "2"
    assert get_multi_value_query_parameter(alb, "page") == ["2"]
    assert get_query_parameter(alb, "other") is None
    multi: dict[str, Any] = {"requestContext": {"elb": {}}, "multiValueQueryStringParameters": {"%ff": ["1"]}}
    multi["multiValueQueryStringParameters"]["p"] = ["2"]
    assert get_multi_value_query_parameter(multi, "p") == ["2"]
    v2: dict[str, Any] = {"version": "2.0", "rawQueryString": "junk%ff=1&page=2&bad=%ff&page=3"}
    assert get_multi_value_query_parameter(v2, "page") == ["2", "3"]
    with pytest.raises(EventDecodeError, match="^rawQueryString: invalid UTF-8"):
        get_multi_value_query_parameter(v2, "bad")  # the parameter asked for is malformed: that is an error


@pytest.mark.parametrize("query", ["", "a", "a=", "=b", "a=1&a=2&&b=%20+x", "a=1=2", "%41=3&A=4", "x&a&a=5"])
def test_the_raw_query_is_read_as_parse_qsl_reads_it(query: str) -> None:
    expected = parse_qsl(query, keep_blank_values=True)
    for name in {key for key, _ in expected} | {"a", "zz"}:
        event = {"version": "2.0", "rawQueryString": query}
        assert get_multi_value_query_parameter(event, name) == [value for key, value in expected if key == name]


def test_http_api_multi_values_come_from_the_raw_query_string() -> None:
    event = {
        "version": "2.0",
        "rawQueryString": "tag=a&tag=b%2Cc&empty=&plus=1+2",
        "queryStringParameters": {"tag": "a,b,c", "empty": "", "plus": "1 2"},
    }
    assert get_query_parameter(event, "tag") == "a,b,c"
    assert get_multi_value_query_parameter(event, "tag") == ["a", "b,c"]
    assert get_multi_value_query_parameter(event, "empty") == [""]
    assert get_multi_value_query_parameter(event, "plus") == ["1 2"]
    assert get_query_parameter(event, "Tag") is None
    with pytest.raises(EventDecodeError, match="^rawQueryString: invalid UTF-8"):
        get_multi_value_query_parameter({"version": "2.0", "rawQueryString": "q=%FF"}, "q")


def test_lattice_query_parameters() -> None:
    v1 = {"raw_path": "/", "query_string_parameters": {"order-id": "1,2"}}
    assert get_query_parameter(v1, "order-id") == "1,2"
    assert get_multi_value_query_parameter(v1, "order-id") == ["1,2"]
    v2 = {"version": "2.0", "queryStringParameters": {"p": ["1", "2"]}}
    assert get_query_parameter(v2, "p") == "2"
    assert get_multi_value_query_parameter(v2, "p") == ["1", "2"]


def test_cookies_from_the_cookies_list_and_from_cookie_headers() -> None:
    assert get_cookies({"version": "2.0", "cookies": ["a=1", "b=x=y", "a=2", "nameless"]}) == {"a": "1", "b": "x=y"}
    event = {"multiValueHeaders": {"Cookie": ["a=1; b=2", "c=3;a=4"]}}
    assert get_cookies(event) == {"a": "1", "b": "2", "c": "3"}
    assert get_cookies({"headers": {"cookie": ' theme="dark mode" ; ;=orphan; id=7'}}) == {
        "theme": '"dark mode"',
        "id": "7",
    }


COOKIE_NAMES = st.text(
    alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-", min_size=1, max_size=8
)
COOKIE_VALUES = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789!#$%&'()*+-./:<>?@[]^_`{|}~", max_size=8)
RESERVED = {"expires", "path", "comment", "domain", "max-age", "secure", "httponly", "version", "samesite"}


@given(st.dictionaries(COOKIE_NAMES.filter(lambda name: name.lower() not in RESERVED), COOKIE_VALUES, max_size=6))
def test_cookie_header_parsing_agrees_with_simple_cookie(cookies: dict[str, str]) -> None:
    header = "; ".join(f"{name}={value}" for name, value in cookies.items())
    parsed = SimpleCookie()
    parsed.load(header)
    expected = {name: morsel.value for name, morsel in parsed.items()}
    assert get_cookies({"headers": {"Cookie": header}}) == expected == cookies


def test_bodies() -> None:
    assert decode_body({"body": "aGk=", "isBase64Encoded": True}) == b"hi"
    assert decode_body({"body": "hé"}) == "hé".encode()
    assert decode_body({"body": "eyJ0ZXN0IjogImV2ZW50In0=", "is_base64_encoded": True}) == b'{"test": "event"}'
    assert decode_json_body({"body": base64.b64encode(b'{"a": 1}').decode(), "isBase64Encoded": True}) == {"a": 1}
    assert decode_text_body({"body": None, "isBase64Encoded": True}) == ""


@pytest.mark.parametrize(
    ("event", "message"),
    [
        ({"body": "not base64!", "isBase64Encoded": True}, "^body: invalid base64"),
        ({"body": 5}, "^body: expected str, got int$"),
        ({"body": "x", "isBase64Encoded": "true"}, "^isBase64Encoded: expected true or false, got str$"),
        ({"body": "x", "is_base64_encoded": 1}, "^is_base64_encoded: expected true or false, got int$"),
        ({"body": "\ud800"}, "^body: not encodable as UTF-8"),
    ],
)
def test_body_errors(event: dict[str, Any], message: str) -> None:
    with pytest.raises(EventDecodeError, match=message):
        decode_body(event)


@pytest.mark.parametrize(
    ("event", "message"),
    [
        ({"headers": ["Accept"]}, r"^headers: expected an object, got list$"),
        ({"headers": {"Accept": 5}}, r"^headers\.Accept: expected a list, got int$"),
        ({"headers": {"Accept": ["a", 5]}}, r"^headers\.Accept: expected strings, got a int among them$"),
        ({"headers": None, "multiValueHeaders": "x"}, r"^multiValueHeaders: expected an object, got str$"),
        ({"request": "x"}, r"^request: expected an object, got str$"),
        ({"request": {"headers": 1}}, r"^request\.headers: expected an object, got int$"),
    ],
)
def test_header_errors_name_the_path(event: dict[str, Any], message: str) -> None:
    with pytest.raises(EventDecodeError, match=message):
        get_header(event, "accept")
    with pytest.raises(EventDecodeError, match=message):
        get_multi_value_header(event, "accept")


@pytest.mark.parametrize(
    ("event", "message"),
    [
        ({"queryStringParameters": []}, r"^queryStringParameters: expected an object, got list$"),
        ({"queryStringParameters": {"p": 1}}, r"^queryStringParameters\.p: expected a list, got int$"),
        ({"multiValueQueryStringParameters": {"p": "x"}}, None),
        ({"cookies": "a=1"}, None),
    ],
)
def test_query_errors_name_the_path(event: dict[str, Any], message: str | None) -> None:
    if message is None:  # a lone string where a list is expected is read as one value
        expected = ["x"] if "multiValueQueryStringParameters" in event else []
        assert get_multi_value_query_parameter(event, "p") == expected
        return
    with pytest.raises(EventDecodeError, match=message):
        get_query_parameter(event, "p")
    with pytest.raises(EventDecodeError, match=message):
        get_multi_value_query_parameter(event, "p")
