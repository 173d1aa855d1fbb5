"""API Gateway WebSocket API: the factories of `lambda_events.testing.api_gateway_websocket`
and the types of `lambda_events.types.api_gateway_websocket`."""

from __future__ import annotations

from typing import Any, cast

import pytest
from hypothesis import strategies as st

from lambda_events import (
    APIGatewayLambdaAuthorizerContextDict,
    APIGatewayWebSocketEventDict,
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
    json_objects,
    names,
    problem_paths,
)

CASES = [
    Case(
        factories.api_gateway_websocket_event,
        {
            "event_type": st.sampled_from(["CONNECT", "MESSAGE", "DISCONNECT"]), "body": bodies, "query": fields,
            "route_key": st.none() | names, "authorizer": st.none() | json_objects,
        },
        "api_gateway_websocket",
    ),
]

test_factories_make_valid_events = factory_test(CASES)


class ChatContextDict(APIGatewayLambdaAuthorizerContextDict):
    """The `context` of the chat API's `$connect` authorizer, with the two keys API Gateway adds."""

    room: str
    """The room the caller may join."""


def test_the_event_is_checked_against_its_authorizer_context_parameter() -> None:
    event = fixture_named("apiGatewayWebSocketConnectWithAuthorizer.json").event()
    assert find_event_problems(event, APIGatewayWebSocketEventDict[ChatContextDict]) == []
    assert problem_paths(event, APIGatewayWebSocketEventDict[APIGatewayLambdaAuthorizerContextDict]) == {
        "$.requestContext.authorizer.room"
    }
    event["requestContext"]["authorizer"] = ["user-1234"]
    assert problem_paths(event, APIGatewayWebSocketEventDict) == {"$.requestContext.authorizer"}


@pytest.mark.parametrize("event_type", ["CONNECT", "MESSAGE", "DISCONNECT"])
def test_the_factory_puts_the_authorizer_context_on_every_event(event_type: Any) -> None:
    context: ChatContextDict = {"principalId": "user-1", "integrationLatency": 40, "room": "general"}
    event = factories.api_gateway_websocket_event(event_type=event_type, authorizer=context, seed=1)
    assert find_event_problems(event, APIGatewayWebSocketEventDict[ChatContextDict]) == []
    assert detect_event_source(event) == "api_gateway_websocket"
    assert event["requestContext"].get("authorizer") == context
    assert event["requestContext"].get("authorizer") is not context
    with pytest.raises(TypeError, match="^authorizer must be a mapping such as a dict, got int"):
        factories.api_gateway_websocket_event(authorizer=cast(Any, 7), seed=1)
