"""API Gateway Lambda authorizers: the factories of `lambda_events.testing.api_gateway_authorizer`
and the types of `lambda_events.types.api_gateway_authorizer`."""

from __future__ import annotations

from hypothesis import strategies as st

import lambda_events
from lambda_events import testing as factories
from tests.fixture_catalog import fixture_named
from tests.support import (
    Case,
    factory_test,
    fields,
    methods,
    names,
    paths,
    string_maps,
    texts,
)

CASES = [
    Case(
        factories.api_gateway_authorizer_token_event,
        {
            "token": st.none() | texts, "method": methods, "path": paths,
        },
        "api_gateway_authorizer_token",
    ),
    Case(
        factories.api_gateway_authorizer_request_event,
        {
            "token": st.none() | texts, "method": methods, "path": paths, "headers": fields, "query": fields,
            "path_parameters": string_maps, "documented": st.booleans(),
        },
        "api_gateway_authorizer_request",
    ),
    Case(
        factories.api_gateway_authorizer_v2_event,
        {
            "token": st.none() | texts, "method": methods, "path": paths, "headers": fields, "query": fields,
            "cookies": st.lists(names, max_size=2),
        },
        "api_gateway_authorizer_v2",
    ),
    Case(
        factories.api_gateway_authorizer_websocket_event,
        {
            "token": st.none() | texts, "query": fields,
        },
        "api_gateway_authorizer_websocket",
    ),
]

test_factories_make_valid_events = factory_test(CASES)


def test_the_documented_request_authorizer_context_is_small() -> None:
    event = factories.api_gateway_authorizer_request_event(documented=True, seed=1)
    assert set(event["requestContext"]) == {
        "path", "accountId", "resourceId", "stage", "requestId", "identity", "resourcePath", "httpMethod", "apiId",
    }
    assert set(event["requestContext"]["identity"]) == {"apiKey", "sourceIp"}
    assert "multiValueHeaders" not in event
    full = factories.api_gateway_authorizer_request_event(seed=1)
    assert "requestTimeEpoch" in full["requestContext"] and "multiValueHeaders" in full
    documented = fixture_named("apiGatewayAuthorizerRequestEventDocumented.json").event()
    assert lambda_events.detect_event_source(documented) == "api_gateway_authorizer_request"
