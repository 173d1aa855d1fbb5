"""API Gateway HTTP API: the factories of `lambda_events.testing.api_gateway_v2`
and the types of `lambda_events.types.api_gateway_v2`."""

from __future__ import annotations

import copy

import pytest
from hypothesis import strategies as st

from lambda_events import (
    APIGatewayProxyEventV2Dict,
    APIGatewayV2IAMAuthorizerDict,
    APIGatewayV2JWTAuthorizerDict,
    APIGatewayV2LambdaAuthorizerDict,
    find_event_problems,
)
from lambda_events import testing as factories
from tests.fixture_catalog import fixture_named
from tests.support import (
    Case,
    bodies,
    factory_test,
    fields,
    json_objects,
    lambda_authorizer,
    methods,
    names,
    paths,
    problem_paths,
    string_maps,
)

CASES = [
    Case(
        factories.api_gateway_v2_event,
        {
            "method": methods, "path": paths, "body": bodies, "headers": fields, "query": fields,
            "cookies": st.lists(names, max_size=2), "path_parameters": string_maps, "stage_variables": string_maps,
            "stage": st.just("$default") | names, "authorizer": st.none() | st.builds(lambda_authorizer, json_objects),
        },
        "api_gateway_v2",
    ),
]

test_factories_make_valid_events = factory_test(CASES)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("apiGatewayProxyV2JwtNullScopesEvent.json", APIGatewayV2JWTAuthorizerDict),
        ("apiGatewayProxyV2IamEvent.json", APIGatewayV2IAMAuthorizerDict),
        ("apiGatewayProxyV2LambdaAuthorizerOnlyEvent.json", APIGatewayV2LambdaAuthorizerDict),
    ],
)
def test_each_http_api_authorizer_matches_only_its_kind(name: str, kind: object) -> None:
    authorizer = fixture_named(name).event()["requestContext"]["authorizer"]
    kinds = (APIGatewayV2JWTAuthorizerDict, APIGatewayV2IAMAuthorizerDict, APIGatewayV2LambdaAuthorizerDict)
    assert [each for each in kinds if not find_event_problems(authorizer, each)] == [kind]


def test_http_api_absent_maps_are_not_null() -> None:
    event = fixture_named("apiGatewayProxyV2JwtNullScopesEvent.json").event()
    assert "cookies" not in event and find_event_problems(event, APIGatewayProxyEventV2Dict) == []
    nulled = copy.deepcopy(event)
    nulled["cookies"] = None
    assert problem_paths(nulled, APIGatewayProxyEventV2Dict) == {"$.cookies"}
