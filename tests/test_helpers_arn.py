"""ARN parsing: every ARN in every fixture splits into its parts and rebuilds exactly; API Gateway method and
route ARNs give their API, stage, method and path."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any, cast

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lambda_events import (
    ARN,
    APIGatewayRouteArn,
    EventDecodeError,
    parse_api_gateway_route_arn,
    parse_arn,
)
from tests.fixture_catalog import all_fixtures


def strings_in(document: Any) -> Iterator[tuple[str, str]]:
    """Every (key, string) pair of a JSON document, at any depth."""
    if isinstance(document, dict):
        for key, value in cast("dict[str, object]", document).items():
            if isinstance(value, str):
                yield key, value
            else:
                yield from strings_in(value)
    elif isinstance(document, list):
        for item in cast("list[object]", document):
            yield from strings_in(item)


FIXTURE_STRINGS = sorted({pair for fixture in all_fixtures() for pair in strings_in(fixture.event())})
# ARNs that AWS's own samples (copied unchanged as fixtures) spell wrongly, with what is wrong with them.
MALFORMED_SAMPLE_ARNS = {
    "arn::aws::macie::cdis/5faf98ec-aa18-41ad-9149-46de349c76aa": "not an ARN: the partition is empty",
}
FIXTURE_ARNS = sorted(
    {value for _, value in FIXTURE_STRINGS if value.startswith("arn:") and value not in MALFORMED_SAMPLE_ARNS}
)
ROUTE_ARNS = sorted({value for key, value in FIXTURE_STRINGS if key in ("methodArn", "routeArn")})


@pytest.mark.parametrize(("text", "problem"), sorted(MALFORMED_SAMPLE_ARNS.items()))
def test_the_malformed_arns_of_aws_samples_are_in_the_fixtures_and_raise(text: str, problem: str) -> None:
    assert text in {value for _, value in FIXTURE_STRINGS}
    with pytest.raises(EventDecodeError, match=re.escape(problem)):
        parse_arn(text)


def test_fixtures_hold_many_kinds_of_arns() -> None:
    assert len({arn.split(":")[2] for arn in FIXTURE_ARNS}) > 15
    assert len(ROUTE_ARNS) >= 3


@pytest.mark.parametrize("text", FIXTURE_ARNS)
def test_every_fixture_arn_parses_and_rebuilds_exactly(text: str) -> None:
    arn = parse_arn(text)
    assert str(arn) == arn.arn == text
    prefix, partition, service, region, account_id, resource = text.split(":", 5)
    assert (prefix, arn.partition, arn.service, arn.region, arn.account_id, arn.resource) == (
        "arn",
        partition,
        service,
        region,
        account_id,
        resource,
    )
    if arn.resource_type is None:
        assert arn.resource_id == resource
    else:
        assert resource in (f"{arn.resource_type}/{arn.resource_id}", f"{arn.resource_type}:{arn.resource_id}")


@pytest.mark.parametrize(
    ("text", "resource_type", "resource_id"),
    [
        ("arn:aws:lambda:us-east-1:123456789012:function:my-fn", "function", "my-fn"),
        ("arn:aws:lambda:us-east-1:123456789012:function:my-fn:prod", "function", "my-fn:prod"),
        (
            "arn:aws:dynamodb:us-east-1:123456789012:table/orders/stream/2024-08-01T00:00:00.000",
            "table",
            "orders/stream/2024-08-01T00:00:00.000",
        ),
        ("arn:aws:iam::123456789012:role/service-role/deployer", "role", "service-role/deployer"),
        ("arn:aws:iam::aws:policy/AdministratorAccess", "policy", "AdministratorAccess"),
        ("arn:aws:logs:us-east-1:123456789012:log-group:/aws/lambda/f:*", "log-group", "/aws/lambda/f:*"),
        ("arn:aws:s3:::my-bucket/photos/cat.jpg", None, "my-bucket/photos/cat.jpg"),
        ("arn:aws:s3:us-west-2:123456789012:accesspoint/reports", "accesspoint", "reports"),
        ("arn:aws:sqs:us-east-1:123456789012:orders.fifo", None, "orders.fifo"),
        (
            "arn:aws:sns:us-east-1:123456789012:alerts:3f1e0b2c-1111-2222-3333-444455556666",
            None,
            "alerts:3f1e0b2c-1111-2222-3333-444455556666",
        ),
        ("arn:aws:apigateway:us-east-1::/restapis/a1b2c3/stages/prod", None, "/restapis/a1b2c3/stages/prod"),
        ("arn:aws-cn:kinesis:cn-north-1:123456789012:stream/clicks", "stream", "clicks"),
        ("arn:aws:states:us-east-1:123456789012:stateMachine:checkout", "stateMachine", "checkout"),
        ("arn:aws:kms:us-east-1:123456789012:key", None, "key"),
    ],
)
def test_resource_type_and_id(text: str, resource_type: str | None, resource_id: str) -> None:
    arn = parse_arn(text)
    assert (arn.resource_type, arn.resource_id) == (resource_type, resource_id)
    assert arn.arn == text


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", "not an ARN: expected arn:partition:service:region:account-id:resource"),
        ("arn:aws:s3", "not an ARN: expected"),
        ("urn:aws:s3:::bucket", "not an ARN: expected"),
        ("arn::s3:::bucket", "not an ARN: the partition is empty"),
        ("arn:aws::us-east-1:1:thing", "not an ARN: the service is empty"),
        ("arn:aws:sqs:us-east-1:123456789012:", "not an ARN: the resource is empty"),
    ],
)
def test_malformed_arns_name_the_input(text: str, problem: str) -> None:
    with pytest.raises(EventDecodeError) as caught:
        parse_arn(text)
    assert caught.value.where == repr(text)
    assert caught.value.problem.startswith(problem)


def test_a_long_malformed_input_is_shortened_in_the_message() -> None:
    with pytest.raises(EventDecodeError) as caught:
        parse_arn("x" * 10_000)
    assert len(caught.value.where) == 100


@given(st.text(max_size=60))
def test_any_text_parses_and_rebuilds_or_raises_a_decode_error(text: str) -> None:
    try:
        arn = parse_arn(text)
    except EventDecodeError:
        return
    assert arn.arn == text
    assert isinstance(arn, ARN)


@given(
    st.sampled_from(FIXTURE_ARNS),
    st.integers(0, 120),
    st.text(alphabet=":/*$ab", max_size=3),
    st.integers(0, 4),
)
def test_edited_fixture_arns_parse_and_rebuild_or_raise_a_decode_error(
    text: str, position: int, inserted: str, deleted: int
) -> None:
    edited = text[:position] + inserted + text[position + deleted :]
    for parser in (parse_arn, parse_api_gateway_route_arn):
        try:
            parsed = parser(edited)
        except EventDecodeError:
            continue
        assert parsed.arn == str(parsed) == edited


# --- API Gateway method and route ARNs --------------------------------------------------------------------


@pytest.mark.parametrize("text", ROUTE_ARNS)
def test_every_fixture_route_arn(text: str) -> None:
    route = parse_api_gateway_route_arn(text)
    assert route.arn == str(route) == text
    api_id, stage, method, *rest = text.split(":", 5)[5].split("/", 3)
    assert (route.api_id, route.stage, route.http_method) == (api_id, stage, method)
    assert route.resource_path == ("/" + rest[0] if rest else "")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "arn:aws:execute-api:us-east-1:123456789012:a1b2c3/prod/GET/pets/{id}/photos",
            APIGatewayRouteArn("aws", "us-east-1", "123456789012", "a1b2c3", "prod", "GET", "/pets/{id}/photos"),
        ),
        (
            "arn:aws:execute-api:us-west-2:123456789012:a1b2c3/*/GET/",
            APIGatewayRouteArn("aws", "us-west-2", "123456789012", "a1b2c3", "*", "GET", "/"),
        ),
        (
            "arn:aws:execute-api:us-east-1:123456789012:a1b2c3/prod/*/*",
            APIGatewayRouteArn("aws", "us-east-1", "123456789012", "a1b2c3", "prod", "*", "/*"),
        ),
        (
            "arn:aws-us-gov:execute-api:us-gov-west-1:123456789012:ws1/production/$connect",
            APIGatewayRouteArn("aws-us-gov", "us-gov-west-1", "123456789012", "ws1", "production", "$connect", ""),
        ),
    ],
)
def test_route_arn_parts(text: str, expected: APIGatewayRouteArn) -> None:
    route = parse_api_gateway_route_arn(text)
    assert route == expected
    assert route.arn == text


def test_route_arn_rebuilds_a_wildcard_policy_resource() -> None:
    route = parse_api_gateway_route_arn("arn:aws:execute-api:us-east-1:123456789012:a1b2c3/prod/GET/pets/7")
    widened = route._replace(http_method="*", resource_path="/*")
    assert widened.arn == "arn:aws:execute-api:us-east-1:123456789012:a1b2c3/prod/*/*"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("arn:aws:lambda:us-east-1:123456789012:function:f", "not an execute-api ARN (service is 'lambda')"),
        ("arn:aws:execute-api:us-east-1:123456789012:a1b2c3/prod", "expected api-id/stage/method"),
        ("arn:aws:execute-api:us-east-1:123456789012:a1b2c3//GET/x", "expected api-id/stage/method"),
        ("not an arn", "not an ARN"),
    ],
)
def test_malformed_route_arns(text: str, problem: str) -> None:
    with pytest.raises(EventDecodeError, match=f"^{re.escape(repr(text))}: {re.escape(problem)}"):
        parse_api_gateway_route_arn(text)


def test_parts_serialize_like_tuples() -> None:
    arn = parse_arn("arn:aws:sqs:us-east-1:123456789012:orders")
    assert json.loads(json.dumps(arn)) == ["aws", "sqs", "us-east-1", "123456789012", "orders", None, "orders"]
