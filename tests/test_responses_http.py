"""HTTP responses of every shape, with every kind of body and every option, checked strictly."""

from __future__ import annotations

import base64
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest

from lambda_events import (
    ALBResponseDict,
    APIGatewayProxyResponseDict,
    APIGatewayProxyResponseV2Dict,
    HttpResponseBody,
    LambdaFunctionUrlResponseDict,
    VPCLatticeResponseDict,
    alb_response,
    api_gateway_proxy_response,
    api_gateway_proxy_response_v2,
    binary_body,
    find_event_problems,
    json_body,
    lambda_function_url_response,
    text_body,
    vpc_lattice_response,
)

SHAPES: list[tuple[Callable[..., Any], object]] = [
    (api_gateway_proxy_response, APIGatewayProxyResponseDict),
    (api_gateway_proxy_response_v2, APIGatewayProxyResponseV2Dict),
    (alb_response, ALBResponseDict),
    (lambda_function_url_response, LambdaFunctionUrlResponseDict),
    (vpc_lattice_response, VPCLatticeResponseDict),
]
SHAPE_IDS = ["rest", "http", "alb", "lambda_function_url", "vpc_lattice"]
WITH_STATUS_DESCRIPTION = {alb_response, vpc_lattice_response}


def untyped(value: object) -> Any:
    """`value` hidden from the type checkers, as a caller without type checking would pass it."""
    return value


def test_bodies() -> None:
    assert json_body({"b": [1, 2], "é": None}) == HttpResponseBody('{"b":[1,2],"\\u00e9":null}', "application/json", False)
    assert json_body({"p": Decimal("1.5")}, default=float).content == '{"p":1.5}'
    assert json_body([], content_type="application/problem+json").content_type == "application/problem+json"
    assert text_body("hi") == HttpResponseBody("hi", "text/plain; charset=utf-8", False)
    assert text_body("<p>", "text/html; charset=utf-8").content_type == "text/html; charset=utf-8"
    assert binary_body(b"\x89PNG", "image/png") == HttpResponseBody("iVBORw==", "image/png", True)
    assert binary_body(b"").content_type == "application/octet-stream"


@pytest.mark.parametrize(("build", "shape"), SHAPES, ids=SHAPE_IDS)
@pytest.mark.parametrize(
    ("body", "content", "content_type", "is_base64"),
    [
        (json_body({"ok": True}), '{"ok":true}', "application/json", False),
        (text_body("café"), "café", "text/plain; charset=utf-8", False),
        (binary_body(b"\x00\x01\xfe", "image/png"), "AAH+", "image/png", True),
    ],
    ids=["json", "text", "binary"],
)
def test_each_body_in_each_shape(
    build: Callable[..., Any], shape: object, body: HttpResponseBody, content: str, content_type: str, is_base64: bool
) -> None:
    response = build(body, status_code=201)
    assert find_event_problems(response, shape) == []
    expected: dict[str, Any] = {
        "statusCode": 201,
        "headers": {"Content-Type": content_type},
        "body": content,
        "isBase64Encoded": is_base64,
    }
    if build in WITH_STATUS_DESCRIPTION:
        expected["statusDescription"] = "201 Created"
    assert response == expected
    if is_base64:
        assert base64.b64decode(response["body"]) == b"\x00\x01\xfe"


@pytest.mark.parametrize(("build", "shape"), SHAPES, ids=SHAPE_IDS)
def test_no_body_and_the_default_status(build: Callable[..., Any], shape: object) -> None:
    response = build()
    assert find_event_problems(response, shape) == []
    expected: dict[str, Any] = {"statusCode": 200}
    if build in WITH_STATUS_DESCRIPTION:
        expected["statusDescription"] = "200 OK"
    assert response == expected


@pytest.mark.parametrize(("build", "shape"), SHAPES, ids=SHAPE_IDS)
def test_headers_are_merged_and_a_given_content_type_wins(build: Callable[..., Any], shape: object) -> None:
    given = {"content-type": "application/vnd.api+json", "Cache-Control": "no-store"}
    response = build(json_body({}), status_code=404, headers=given)
    assert find_event_problems(response, shape) == []
    assert response["headers"] == given
    assert response["headers"] is not given
    plain = build(text_body("x"), headers={"X-Request-Id": "abc"})
    assert plain["headers"] == {"X-Request-Id": "abc", "Content-Type": "text/plain; charset=utf-8"}
    empty = build(status_code=204, headers={})
    assert find_event_problems(empty, shape) == []
    assert empty["headers"] == {}


@pytest.mark.parametrize(("build", "shape"), SHAPES, ids=SHAPE_IDS)
def test_a_status_outside_100_to_599_is_refused(build: Callable[..., Any], shape: object) -> None:
    for status in (99, 600):
        with pytest.raises(ValueError, match="status_code must be an int from 100 to 599"):
            build(status_code=status)
    for wrong_type in ("200", True, 200.0):
        with pytest.raises(TypeError, match="^status_code must be an int"):
            build(status_code=wrong_type)


def test_status_descriptions() -> None:
    assert alb_response(status_code=418).get("statusDescription") == "418 I'm a Teapot"
    assert vpc_lattice_response(status_code=503).get("statusDescription") == "503 Service Unavailable"
    assert alb_response(status_code=299).get("statusDescription") == "299"


def test_rest_api_multi_value_headers() -> None:
    response = api_gateway_proxy_response(
        json_body([1]),
        headers={"X-One": "1"},
        multi_value_headers={"Set-Cookie": ["a=1; Secure", "b=2; Secure"], "X-Lone": untyped("not a list")},
    )
    assert find_event_problems(response, APIGatewayProxyResponseDict) == []
    assert response == {
        "statusCode": 200,
        "headers": {"X-One": "1", "Content-Type": "application/json"},
        "multiValueHeaders": {"Set-Cookie": ["a=1; Secure", "b=2; Secure"], "X-Lone": ["not a list"]},
        "body": "[1]",
        "isBase64Encoded": False,
    }


def test_rest_api_content_type_given_as_multi_value_is_not_repeated() -> None:
    response = api_gateway_proxy_response(text_body("x"), multi_value_headers={"Content-Type": ["text/csv"]})
    assert find_event_problems(response, APIGatewayProxyResponseDict) == []
    assert "headers" not in response
    assert response.get("multiValueHeaders") == {"Content-Type": ["text/csv"]}


def test_alb_with_multi_value_headers_puts_everything_there() -> None:
    response = alb_response(binary_body(b"\xff", "image/gif"), multi_value_headers={"Set-Cookie": ["a=1", "b=2"]})
    assert find_event_problems(response, ALBResponseDict) == []
    assert response == {
        "statusCode": 200,
        "statusDescription": "200 OK",
        "multiValueHeaders": {"Set-Cookie": ["a=1", "b=2"], "Content-Type": ["image/gif"]},
        "body": "/w==",
        "isBase64Encoded": True,
    }
    empty = alb_response(multi_value_headers={})
    assert find_event_problems(empty, ALBResponseDict) == []
    assert empty == {"statusCode": 200, "statusDescription": "200 OK", "multiValueHeaders": {}}


def test_alb_refuses_both_kinds_of_headers() -> None:
    with pytest.raises(ValueError, match="give headers or multi_value_headers, not both"):
        alb_response(headers={"a": "b"}, multi_value_headers={"a": ["b"]})


@pytest.mark.parametrize(
    ("build", "shape"),
    [(api_gateway_proxy_response_v2, APIGatewayProxyResponseV2Dict), (lambda_function_url_response, LambdaFunctionUrlResponseDict)],
    ids=["http", "lambda_function_url"],
)
def test_cookies(build: Callable[..., Any], shape: object) -> None:
    cookies = ("session=abc; Secure; HttpOnly", "theme=dark")
    response = build(text_body("ok"), headers={"X-A": "1"}, cookies=cookies)
    assert find_event_problems(response, shape) == []
    assert response["cookies"] == ["session=abc; Secure; HttpOnly", "theme=dark"]
    assert response["headers"] == {"X-A": "1", "Content-Type": "text/plain; charset=utf-8"}
