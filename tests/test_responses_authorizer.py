"""Authorizer responses: exact IAM policy documents, validation, HTTP API simple responses and AppSync."""

from __future__ import annotations

from typing import Any

import pytest

from lambda_events import (
    DENY_ALL_RESPONSE,
    APIGatewayAuthorizerResponse,
    APIGatewayAuthorizerResponseDict,
    APIGatewayAuthorizerResponseV2,
    APIGatewayAuthorizerResponseV2Dict,
    APIGatewayAuthorizerResponseWebSocket,
    AppSyncAuthorizerResponse,
    AppSyncAuthorizerResponseDict,
    HttpVerb,
    find_event_problems,
)
from tests.fixture_catalog import fixture_named

ARN_PREFIX = "arn:aws:execute-api:us-east-1:123456789012:abcdef123/test"
INVOKE = "execute-api:Invoke"


def untyped(value: object) -> Any:
    """`value` hidden from the type checkers, as a caller without type checking would pass it."""
    return value


def policy(**options: Any) -> APIGatewayAuthorizerResponse:
    return APIGatewayAuthorizerResponse("user-1", "us-east-1", "123456789012", "abcdef123", "test", **options)


def checked(response: APIGatewayAuthorizerResponse) -> APIGatewayAuthorizerResponseDict:
    answer = response.asdict()
    assert find_event_problems(answer, APIGatewayAuthorizerResponseDict) == []
    return answer


def test_http_verb_values() -> None:
    assert [verb.value for verb in HttpVerb] == ["GET", "POST", "PUT", "PATCH", "HEAD", "DELETE", "OPTIONS", "*"]
    assert HttpVerb("*") is HttpVerb.ALL
    assert HttpVerb.GET == "GET"


def test_routes_without_conditions_share_one_statement_per_effect() -> None:
    response = policy()
    response.allow_route(HttpVerb.GET, "/pets")
    response.allow_route("POST", "/pets/*")
    response.deny_route(HttpVerb.DELETE, "/pets/{id}")
    response.allow_route(HttpVerb.GET, "/")
    assert checked(response) == {
        "principalId": "user-1",
        "policyDocument": {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Action": INVOKE,
                    "Effect": "Allow",
                    "Resource": [f"{ARN_PREFIX}/GET/pets", f"{ARN_PREFIX}/POST/pets/*", f"{ARN_PREFIX}/GET/"],
                },
                {"Action": INVOKE, "Effect": "Deny", "Resource": [f"{ARN_PREFIX}/DELETE/pets/{{id}}"]},
            ],
        },
    }


def test_a_route_with_conditions_gets_its_own_statement() -> None:
    response = policy()
    response.allow_route(HttpVerb.GET, "/reports")
    response.allow_route(
        HttpVerb.ALL, "/admin/*", conditions={"IpAddress": {"aws:SourceIp": ("203.0.113.0/24", "198.51.100.7/32")}}
    )
    response.deny_route(HttpVerb.PUT, "*", conditions={"StringEquals": {"aws:PrincipalTag/team": "audit"}})
    assert checked(response)["policyDocument"]["Statement"] == [
        {"Action": INVOKE, "Effect": "Allow", "Resource": [f"{ARN_PREFIX}/GET/reports"]},
        {
            "Action": INVOKE,
            "Effect": "Allow",
            "Resource": [f"{ARN_PREFIX}/*/admin/*"],
            "Condition": {"IpAddress": {"aws:SourceIp": ["203.0.113.0/24", "198.51.100.7/32"]}},
        },
        {
            "Action": INVOKE,
            "Effect": "Deny",
            "Resource": [f"{ARN_PREFIX}/PUT/*"],
            "Condition": {"StringEquals": {"aws:PrincipalTag/team": "audit"}},
        },
    ]


def test_all_routes() -> None:
    response = policy()
    response.allow_all_routes()
    response.deny_all_routes(HttpVerb.DELETE)
    assert checked(response)["policyDocument"]["Statement"] == [
        {"Action": INVOKE, "Effect": "Allow", "Resource": [f"{ARN_PREFIX}/*/*"]},
        {"Action": INVOKE, "Effect": "Deny", "Resource": [f"{ARN_PREFIX}/DELETE/*"]},
    ]


def test_leading_slashes_are_not_doubled() -> None:
    response = policy()
    response.allow_route(HttpVerb.GET, "//pets")
    response.allow_route(HttpVerb.GET, "/")
    assert checked(response)["policyDocument"]["Statement"][0]["Resource"] == [
        f"{ARN_PREFIX}/GET/pets",
        f"{ARN_PREFIX}/GET/",
    ]


def test_context_usage_key_and_partition() -> None:
    context: dict[str, str | int | float | bool] = {"name": "Ada", "level": 3, "ratio": 0.5, "admin": True}
    response = APIGatewayAuthorizerResponse(
        "user-1",
        "cn-north-1",
        "123456789012",
        "abcdef123",
        "*",
        context=context,
        usage_identifier_key="key-0123",
        partition="aws-cn",
    )
    context["name"] = "changed later"
    response.allow_route(HttpVerb.GET, "/pets")
    answer = checked(response)
    assert answer.get("context") == {"name": "Ada", "level": 3, "ratio": 0.5, "admin": True}
    assert answer.get("usageIdentifierKey") == "key-0123"
    assert answer["policyDocument"]["Statement"][0]["Resource"] == [
        "arn:aws-cn:execute-api:cn-north-1:123456789012:abcdef123/*/GET/pets"
    ]


@pytest.mark.parametrize("value", [{"nested": 1}, [1, 2], None, b"bytes"])
def test_context_values_api_gateway_refuses_are_named(value: object) -> None:
    with pytest.raises(ValueError, match=r"context\['bad'\] is \w+: API Gateway accepts only str, int, float and bool"):
        policy(context=untyped({"fine": "yes", "bad": value}))
    with pytest.raises(ValueError, match="context keys must be strings, got 1"):
        policy(context=untyped({1: "x"}))


@pytest.mark.parametrize("resource", ["pets", "", "/pets with space", "/pets#frag", "/a\\b", "/é"])
def test_resource_paths_api_gateway_refuses_are_named(resource: str) -> None:
    with pytest.raises(ValueError) as raised:
        policy().allow_route(HttpVerb.GET, resource)
    assert str(raised.value) == (
        f"resource must be '*' or a path starting with '/' made of URL path characters, got {resource!r}"
    )


@pytest.mark.parametrize("verb", ["get", "FETCH", "", "ANY"])
def test_unknown_http_verbs_are_named(verb: str) -> None:
    with pytest.raises(ValueError, match=f"http_method must be one of GET, POST, PUT, PATCH, HEAD, DELETE, OPTIONS, \\*, got '{verb}'"):
        policy().deny_route(untyped(verb), "/pets")


def test_an_empty_policy_is_refused() -> None:
    with pytest.raises(ValueError, match="the policy has no statement"):
        policy().asdict()


@pytest.mark.parametrize(
    ("fixture", "arn_key"),
    [
        ("apiGatewayAuthorizerTokenEvent.json", "methodArn"),
        ("apiGatewayAuthorizerRequestEvent.json", "methodArn"),
        ("apiGatewayAuthorizerV2Event.json", "routeArn"),
    ],
)
def test_from_route_arn_takes_the_api_and_stage_of_the_request(fixture: str, arn_key: str) -> None:
    event = fixture_named(fixture).event()
    response = APIGatewayAuthorizerResponse.from_route_arn(event[arn_key], "user-1", context={"k": "v"})
    response.allow_route(HttpVerb.GET, "/pets")
    resource = checked(response)["policyDocument"]["Statement"][0]["Resource"]
    method_arn: str = event[arn_key]
    api_and_stage = method_arn.split("/")[:2]
    assert resource == ["/".join([*api_and_stage, "GET", "pets"])]


def test_from_route_arn_parts() -> None:
    response = APIGatewayAuthorizerResponse.from_route_arn(
        "arn:aws-us-gov:execute-api:us-gov-west-1:210987654321:a1b2c3/prod/POST/orders/7", "p", usage_identifier_key="k"
    )
    assert (response.partition, response.region, response.aws_account_id, response.api_id, response.stage) == (
        "aws-us-gov",
        "us-gov-west-1",
        "210987654321",
        "a1b2c3",
        "prod",
    )
    response.allow_route(HttpVerb.POST, "/orders/*")
    answer = checked(response)
    assert answer.get("usageIdentifierKey") == "k"
    assert answer["policyDocument"]["Statement"][0]["Resource"] == [
        "arn:aws-us-gov:execute-api:us-gov-west-1:210987654321:a1b2c3/prod/POST/orders/*"
    ]


@pytest.mark.parametrize(
    "arn",
    [
        "arn:aws:lambda:us-east-1:123456789012:function:f",
        "arn:aws:execute-api:us-east-1:123456789012:abcdef123",
        "arn:aws:execute-api:us-east-1:123456789012:abcdef123/test",
        "arn:aws:execute-api:us-east-1:123456789012:/test/GET/",
        "not an arn",
    ],
)
def test_from_route_arn_refuses_other_arns(arn: str) -> None:
    with pytest.raises(ValueError, match="not an execute-api method ARN"):
        APIGatewayAuthorizerResponse.from_route_arn(arn, "p")


def test_deny_all_response() -> None:
    assert find_event_problems(DENY_ALL_RESPONSE, APIGatewayAuthorizerResponseDict) == []
    assert DENY_ALL_RESPONSE["policyDocument"]["Statement"] == [{"Action": INVOKE, "Effect": "Deny", "Resource": ["*"]}]


@pytest.mark.parametrize("authorize", [True, False])
def test_http_api_simple_response(authorize: bool) -> None:
    plain = APIGatewayAuthorizerResponseV2(authorize).asdict()
    assert find_event_problems(plain, APIGatewayAuthorizerResponseV2Dict) == []
    assert plain == {"isAuthorized": authorize}
    context = {"user": {"id": 7, "roles": ["admin"]}, "plan": "gold"}
    with_context = APIGatewayAuthorizerResponseV2(authorize, context).asdict()
    assert find_event_problems(with_context, APIGatewayAuthorizerResponseV2Dict) == []
    assert with_context == {"isAuthorized": authorize, "context": context}


def test_http_api_simple_response_denies_by_default() -> None:
    assert APIGatewayAuthorizerResponseV2().asdict() == {"isAuthorized": False}


def test_appsync_response_every_option() -> None:
    answer = AppSyncAuthorizerResponse(
        True, max_age=15, resolver_context={"name": "Foo Man", "balance": 100}, deny_fields=("Mutation.createEvent",)
    ).asdict()
    assert find_event_problems(answer, AppSyncAuthorizerResponseDict) == []
    assert answer == fixture_named("appSyncAuthorizerResponse.json").event()


@pytest.mark.parametrize("max_age", [0, 3600])
def test_appsync_ttl_bounds_are_accepted(max_age: int) -> None:
    answer = AppSyncAuthorizerResponse(False, max_age=max_age).asdict()
    assert find_event_problems(answer, AppSyncAuthorizerResponseDict) == []
    assert answer == {"isAuthorized": False, "ttlOverride": max_age}


@pytest.mark.parametrize("max_age", [-1, 3601])
def test_appsync_ttl_outside_the_documented_range_is_refused(max_age: object) -> None:
    with pytest.raises(ValueError, match="max_age must be an int of seconds from 0 to 3600"):
        AppSyncAuthorizerResponse(True, max_age=untyped(max_age))


@pytest.mark.parametrize("max_age", [1.5, True, "60"])
def test_appsync_ttl_of_the_wrong_type_is_a_type_error(max_age: object) -> None:
    with pytest.raises(TypeError, match="^max_age must be an int"):
        AppSyncAuthorizerResponse(True, max_age=untyped(max_age))


def test_appsync_minimal_response() -> None:
    assert AppSyncAuthorizerResponse(False).asdict() == {"isAuthorized": False}


def test_appsync_response_refuses_by_default() -> None:
    # Powertools' `AppSyncAuthorizerResponse()` refuses too; migrated code keeps its meaning.
    assert AppSyncAuthorizerResponse().asdict() == {"isAuthorized": False}


# --- WebSocket APIs ------------------------------------------------------------------------------------

WEBSOCKET_ARN = "arn:aws:execute-api:us-east-1:533568316194:c5jwxq709g/production/$connect"


def test_websocket_policy_resources_are_route_keys() -> None:
    policy = APIGatewayAuthorizerResponseWebSocket.from_route_arn(WEBSOCKET_ARN, "user", context={"plan": "gold"})
    policy.allow_route("/$connect")  # the leading slash of Powertools' examples is dropped
    policy.allow_route("sendmessage", conditions={"IpAddress": {"aws:SourceIp": ["203.0.113.0/24"]}})
    policy.deny_route("admin")
    answer = policy.asdict()
    assert find_event_problems(answer, APIGatewayAuthorizerResponseDict) == []
    stage = "arn:aws:execute-api:us-east-1:533568316194:c5jwxq709g/production"
    assert answer == {
        "principalId": "user",
        "policyDocument": {
            "Version": "2012-10-17",
            "Statement": [
                {"Action": "execute-api:Invoke", "Effect": "Allow", "Resource": [f"{stage}/$connect"]},
                {
                    "Action": "execute-api:Invoke",
                    "Effect": "Allow",
                    "Resource": [f"{stage}/sendmessage"],
                    "Condition": {"IpAddress": {"aws:SourceIp": ["203.0.113.0/24"]}},
                },
                {"Action": "execute-api:Invoke", "Effect": "Deny", "Resource": [f"{stage}/admin"]},
            ],
        },
        "context": {"plan": "gold"},
    }


def test_websocket_policy_for_every_route_matches_the_connect_route() -> None:
    # Powertools' arguments, by name; `*` covers `$connect`, which `<stage>/*/*` (a REST policy) would not.
    policy = APIGatewayAuthorizerResponseWebSocket(
        principal_id="user", region="eu-west-1", aws_account_id="123456789012", api_id="a1b2c3", stage="prod",
        usage_identifier_key="key-1", partition="aws",
    )
    policy.allow_all_routes()
    policy.deny_all_routes()
    assert policy.asdict() == {
        "principalId": "user",
        "policyDocument": {
            "Version": "2012-10-17",
            "Statement": [
                {"Action": "execute-api:Invoke", "Effect": "Allow", "Resource": ["arn:aws:execute-api:eu-west-1:123456789012:a1b2c3/prod/*"]},
                {"Action": "execute-api:Invoke", "Effect": "Deny", "Resource": ["arn:aws:execute-api:eu-west-1:123456789012:a1b2c3/prod/*"]},
            ],
        },
        "usageIdentifierKey": "key-1",
    }


@pytest.mark.parametrize("route_key", ["", "/"])
def test_websocket_route_keys_are_refused_when_empty(route_key: str) -> None:
    policy = APIGatewayAuthorizerResponseWebSocket("user", "eu-west-1", "123456789012", "a1b2c3", "prod")
    with pytest.raises(ValueError, match="^resource must be a route key"):
        policy.allow_route(route_key)


def test_websocket_policy_without_routes_is_refused() -> None:
    policy = APIGatewayAuthorizerResponseWebSocket("user", "eu-west-1", "123456789012", "a1b2c3", "prod")
    with pytest.raises(ValueError, match="no statement"):
        policy.asdict()


@pytest.mark.parametrize("arn", ["arn:aws:s3:::bucket", "arn:aws:execute-api:us-east-1:1:api"])
def test_websocket_policy_from_an_arn_that_is_not_a_route(arn: str) -> None:
    with pytest.raises(ValueError, match="not an execute-api method ARN"):
        APIGatewayAuthorizerResponseWebSocket.from_route_arn(arn, "user")


def test_websocket_policy_context_values_must_be_scalars() -> None:
    with pytest.raises(ValueError):
        APIGatewayAuthorizerResponseWebSocket("user", "eu-west-1", "1", "a", "prod", context=untyped({"roles": ["a"]}))
