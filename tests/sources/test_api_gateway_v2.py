"""API Gateway HTTP API: the factories of `lambda_events.testing.api_gateway_v2`
and the types of `lambda_events.types.api_gateway_v2`."""

from __future__ import annotations

import copy
from typing import Any, TypedDict, cast

import pytest
from hypothesis import strategies as st

from lambda_events import (
    APIGatewayProxyEventV2Dict,
    APIGatewayV2AuthorizerDict,
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
            "stage": st.just("$default") | names, "authorizer": st.none() | st.builds(lambda_authorizer, json_objects), "sam_local": st.booleans(),
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


def test_sam_local_sends_null_stage_variables() -> None:
    event = factories.api_gateway_v2_event(sam_local=True, seed=1)
    assert event.get("stageVariables", "absent") is None
    assert factories.api_gateway_v2_event(sam_local=True, stage_variables={"a": "b"}, seed=1).get("stageVariables") == {"a": "b"}
    assert "stageVariables" not in factories.api_gateway_v2_event(seed=1)
    assert fixture_named("apiGatewayProxyV2SamLocalEvent.json").raw()["stageVariables"] is None


def test_a_jwt_authorizer_block_may_carry_principal_and_latency_and_no_scopes() -> None:
    authorizer: APIGatewayV2JWTAuthorizerDict = {"jwt": {"claims": {"sub": "1"}}, "principalId": "", "integrationLatency": 0}
    event = factories.api_gateway_v2_event(authorizer=authorizer, seed=1)
    assert find_event_problems(event, APIGatewayProxyEventV2Dict) == []
    fixture = fixture_named("apiGatewayProxyV2JwtIdTokenEvent.json").raw()
    assert "scopes" not in fixture["requestContext"]["authorizer"]["jwt"]


class ExampleContextDict(TypedDict):
    """The `context` of the Lambda authorizer of AWS's example: a value of each JSON kind."""

    stringKey: str
    """A string."""
    numberKey: int
    """A number."""
    booleanKey: bool
    """A boolean."""
    arrayKey: list[str]
    """An array."""
    mapKey: dict[str, str]
    """An object."""


ExampleAuthorizerDict = TypedDict("ExampleAuthorizerDict", {"lambda": ExampleContextDict})
"""The authorizer block of a route with that Lambda authorizer."""


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("apiGatewayProxyV2JwtNullScopesEvent.json", APIGatewayV2JWTAuthorizerDict),
        ("apiGatewayProxyV2IamEvent.json", APIGatewayV2IAMAuthorizerDict),
        ("apiGatewayProxyV2LambdaAuthorizerOnlyEvent.json", ExampleAuthorizerDict),
    ],
)
def test_the_event_is_checked_against_its_authorizer_parameter(name: str, kind: Any) -> None:
    event = fixture_named(name).event()
    kinds: list[Any] = [APIGatewayV2JWTAuthorizerDict, APIGatewayV2IAMAuthorizerDict, ExampleAuthorizerDict]
    generic: Any = APIGatewayProxyEventV2Dict  # parameterised at run time with each kind in turn
    assert [each for each in kinds if not find_event_problems(event, generic[each])] == [kind]
    assert find_event_problems(event, APIGatewayProxyEventV2Dict[APIGatewayV2AuthorizerDict]) == []
    assert find_event_problems(event, APIGatewayProxyEventV2Dict) == []


def test_a_lambda_authorizer_context_is_checked_against_the_users_type() -> None:
    event = fixture_named("apiGatewayProxyV2LambdaAuthorizerOnlyEvent.json").event()
    event["requestContext"]["authorizer"]["lambda"]["numberKey"] = "1"
    problems = find_event_problems(event, APIGatewayProxyEventV2Dict[ExampleAuthorizerDict])
    assert [str(problem) for problem in problems] == ["$.requestContext.authorizer.lambda.numberKey: expected int, got str"]
    assert find_event_problems(event, APIGatewayProxyEventV2Dict) == []  # bare: any lambda context


def test_the_bare_event_still_refuses_two_kinds_of_authorizer() -> None:
    event = fixture_named("apiGatewayProxyV2LambdaAuthorizerOnlyEvent.json").event()
    event["requestContext"]["authorizer"]["jwt"] = {"claims": {"sub": "1"}}
    assert problem_paths(event, APIGatewayProxyEventV2Dict) == {"$.requestContext.authorizer.jwt"}


def test_the_factory_types_and_copies_the_authorizer() -> None:
    authorizer: ExampleAuthorizerDict = {
        "lambda": {"stringKey": "v", "numberKey": 1, "booleanKey": True, "arrayKey": [], "mapKey": {}}
    }
    event = factories.api_gateway_v2_event(authorizer=authorizer, seed=1)
    assert find_event_problems(event, APIGatewayProxyEventV2Dict[ExampleAuthorizerDict]) == []
    assert event["requestContext"].get("authorizer") == authorizer
    assert event["requestContext"].get("authorizer") is not authorizer
    with pytest.raises(TypeError, match="^authorizer must be a mapping such as a dict, got str"):
        factories.api_gateway_v2_event(authorizer=cast(Any, "jwt"), seed=1)
