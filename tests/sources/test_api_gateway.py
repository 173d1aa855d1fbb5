"""API Gateway REST API (proxy integration): the factories of `lambda_events.testing.api_gateway`
and the types of `lambda_events.types.api_gateway`."""

from __future__ import annotations

from hypothesis import strategies as st

from lambda_events import (
    APIGatewayCognitoAuthorizerContextDict,
    APIGatewayLambdaAuthorizerContextDict,
    APIGatewayProxyEventDict,
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
    methods,
    names,
    paths,
    problem_paths,
    string_maps,
)

CASES = [
    Case(
        factories.api_gateway_event,
        {
            "method": methods, "path": paths, "body": bodies, "headers": fields, "query": fields,
            "path_parameters": string_maps, "stage_variables": string_maps, "stage": names,
            "authorizer": st.none() | json_objects,
        },
        "api_gateway",
    ),
]

test_factories_make_valid_events = factory_test(CASES)


class PetsAuthorizerContextDict(APIGatewayLambdaAuthorizerContextDict):
    """The context the pets API's Lambda authorizer returns, as the integration receives it."""

    tenantId: str
    """The caller's tenant."""
    role: str
    """The caller's role."""
    quota: int
    """Requests left today."""
    beta: bool
    """Whether the caller sees beta features."""


def test_cognito_authorizer_context_matches_its_type() -> None:
    event = fixture_named("apiGatewayProxyEventCognitoAuthorizer.json").event()
    assert find_event_problems(event["requestContext"]["authorizer"], APIGatewayCognitoAuthorizerContextDict) == []


def test_lambda_authorizer_context_is_extended_by_subclassing() -> None:
    authorizer = fixture_named("apiGatewayProxyEventLambdaAuthorizer.json").event()["requestContext"]["authorizer"]
    assert find_event_problems(authorizer, PetsAuthorizerContextDict) == []
    assert problem_paths(authorizer, APIGatewayLambdaAuthorizerContextDict) == {
        "$.tenantId",
        "$.role",
        "$.quota",
        "$.beta",
    }


def test_console_test_headers_are_null_not_absent() -> None:
    event = fixture_named("apiGatewayProxyEventConsoleTest.json").event()
    assert event["headers"] is None and find_event_problems(event, APIGatewayProxyEventDict) == []
    del event["headers"]
    assert [str(problem) for problem in find_event_problems(event, APIGatewayProxyEventDict)] == [
        "$: missing required key 'headers'"
    ]
