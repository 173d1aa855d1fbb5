"""API Gateway REST API (proxy integration): the factories of `lambda_events.testing.api_gateway`
and the types of `lambda_events.types.api_gateway`."""

from __future__ import annotations

from typing import Any, Optional, TypedDict, cast

import pytest
from hypothesis import strategies as st

from lambda_events import (
    APIGatewayCognitoAuthorizerContextDict,
    APIGatewayLambdaAuthorizerContextDict,
    APIGatewayProxyEventDict,
    decode_json_body,
    detect_event_source,
    find_event_problems,
)
from lambda_events import testing as factories
from tests.fixture_catalog import fixture_named
from tests.support import (
    Case,
    bodies,
    factory_test,
    fields,
    fixtures_of,
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


class HttpApiV1AuthorizerDict(TypedDict):
    """`requestContext.authorizer` of an HTTP API payload 1.0 event: `null` claims and scopes without a JWT
    authorizer."""

    claims: Optional[dict[str, str]]
    """The token's claims."""
    scopes: Optional[list[str]]
    """The token's scopes."""


def test_the_event_is_checked_against_its_authorizer_context_parameter() -> None:
    event = fixture_named("apiGatewayProxyEventLambdaAuthorizer.json").event()
    assert find_event_problems(event, APIGatewayProxyEventDict[PetsAuthorizerContextDict]) == []
    context_keys = ("principalId", "integrationLatency", "tenantId", "role", "quota", "beta")
    assert problem_paths(event, APIGatewayProxyEventDict[APIGatewayCognitoAuthorizerContextDict]) == {
        "$.requestContext.authorizer",  # no claims
        *(f"$.requestContext.authorizer.{key}" for key in context_keys),
    }
    event["requestContext"]["authorizer"]["quota"] = "100"
    problems = find_event_problems(event, APIGatewayProxyEventDict[PetsAuthorizerContextDict])
    assert [str(problem) for problem in problems] == ["$.requestContext.authorizer.quota: expected int, got str"]
    cognito = fixture_named("apiGatewayProxyEventCognitoAuthorizer.json").event()
    assert find_event_problems(cognito, APIGatewayProxyEventDict[APIGatewayCognitoAuthorizerContextDict]) == []
    assert find_event_problems(cognito, APIGatewayProxyEventDict[PetsAuthorizerContextDict]) != []


def test_payload_1_0_events_fit_a_parameter_of_their_own() -> None:
    http_api = [fixture for fixture in fixtures_of("APIGatewayProxyEventDict") if fixture.raw().get("version") == "1.0"]
    assert len(http_api) >= 5
    for fixture in http_api:
        assert find_event_problems(fixture.event(), APIGatewayProxyEventDict[HttpApiV1AuthorizerDict]) == [], fixture.name


def test_the_bare_event_requires_an_object_as_authorizer() -> None:
    event = fixture_named("apiGatewayProxyEventLambdaAuthorizer.json").event()
    event["requestContext"]["authorizer"] = "user-1234"
    assert [str(problem) for problem in find_event_problems(event, APIGatewayProxyEventDict)] == [
        "$.requestContext.authorizer: expected an object, got str"
    ]


def test_the_factory_types_and_copies_the_authorizer_context() -> None:
    context: PetsAuthorizerContextDict = {
        "principalId": "user-1", "integrationLatency": 12, "tenantId": "acme", "role": "admin", "quota": 3, "beta": False
    }
    event = factories.api_gateway_event(authorizer=context, seed=1)
    assert find_event_problems(event, APIGatewayProxyEventDict[PetsAuthorizerContextDict]) == []
    assert event["requestContext"].get("authorizer") == context
    assert event["requestContext"].get("authorizer") is not context
    assert "authorizer" not in factories.api_gateway_event(seed=1)["requestContext"]
    with pytest.raises(TypeError, match="^authorizer must be a mapping such as a dict, got list"):
        factories.api_gateway_event(authorizer=cast(Any, [("principalId", "user-1")]), seed=1)


def test_console_test_headers_are_null_not_absent() -> None:
    event = fixture_named("apiGatewayProxyEventConsoleTest.json").event()
    assert event["headers"] is None and find_event_problems(event, APIGatewayProxyEventDict) == []
    del event["headers"]
    assert [str(problem) for problem in find_event_problems(event, APIGatewayProxyEventDict)] == [
        "$: missing required key 'headers'"
    ]


def test_older_events_lack_the_keys_added_later() -> None:
    event = factories.api_gateway_event(method="POST", body={"id": 7}, legacy=True, seed=1)
    for key in ("multiValueHeaders", "multiValueQueryStringParameters", "isBase64Encoded"):
        assert key not in event
    context = event["requestContext"]
    for key in ("domainName", "domainPrefix", "extendedRequestId", "protocol", "requestTime", "requestTimeEpoch"):
        assert key not in context
    assert "principalOrgId" not in context["identity"]
    assert find_event_problems(event, APIGatewayProxyEventDict) == []
    assert detect_event_source(event) == "api_gateway"
    assert decode_json_body(event) == {"id": 7}
    with pytest.raises(ValueError, match="^legacy: "):
        factories.api_gateway_event(body=b"\x00", legacy=True)


def test_emulators_may_send_a_null_extended_request_id() -> None:
    event = fixture_named("apiGatewayProxyEventNullExtendedRequestId.json").event()
    assert event["requestContext"].get("extendedRequestId", "absent") is None
    older = fixture_named("apiGatewayProxyEventOlderForm.json").event()
    assert "multiValueHeaders" not in older and detect_event_source(older) == "api_gateway"
