"""The HTTP family's types say what AWS guarantees: which keys are null rather than absent, which forms exclude
each other, and what the `authorizer` of a REST request context holds for each kind of authorizer."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from lambda_events import (
    ALBEventDict,
    ALBMultiValueEventDict,
    ALBSingleValueEventDict,
    APIGatewayCognitoAuthorizerContextDict,
    APIGatewayLambdaAuthorizerContextDict,
    APIGatewayProxyEventDict,
    APIGatewayProxyEventV2Dict,
    APIGatewayV2IAMAuthorizerDict,
    APIGatewayV2JWTAuthorizerDict,
    APIGatewayV2LambdaAuthorizerDict,
    LambdaFunctionUrlEventDict,
    find_event_problems,
)
from tests.fixture_catalog import all_fixtures, fixture_named


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


def problem_paths(event: Any, expected_type: object) -> set[str]:
    return {problem.path for problem in find_event_problems(event, expected_type)}


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


@pytest.mark.parametrize(
    "name",
    [fixture.name for fixture in all_fixtures() if fixture.folder == "alb" and fixture.type_name == "ALBEventDict"],
)
def test_each_alb_sample_is_exactly_one_form(name: str) -> None:
    event = fixture_named(name).event()
    matches = [form for form in (ALBSingleValueEventDict, ALBMultiValueEventDict) if not find_event_problems(event, form)]
    expected = ALBMultiValueEventDict if "multiValueHeaders" in event else ALBSingleValueEventDict
    assert matches == [expected]


def test_alb_event_with_both_header_forms_is_rejected() -> None:
    single = fixture_named("albEvent.json").event()
    multi = fixture_named("albMultiValueHeadersEvent.json").event()
    mixed = {**single, "multiValueHeaders": multi["multiValueHeaders"]}
    assert problem_paths(mixed, ALBEventDict) == {"$.multiValueHeaders"}


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


def test_function_url_has_no_path_parameters() -> None:
    event = fixture_named("lambdaFunctionUrlIAMEvent.json").event()
    assert event["pathParameters"] is None
    event["pathParameters"] = {"id": "7"}
    assert problem_paths(event, LambdaFunctionUrlEventDict) == {"$.pathParameters"}
