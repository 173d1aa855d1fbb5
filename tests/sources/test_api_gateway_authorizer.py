"""API Gateway Lambda authorizers: the factories of `lambda_events.testing.api_gateway_authorizer`
and the types of `lambda_events.types.api_gateway_authorizer`."""

from __future__ import annotations

from hypothesis import strategies as st

from lambda_events import testing as factories
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
            "path_parameters": string_maps,
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
