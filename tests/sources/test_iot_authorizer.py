"""AWS IoT Core custom authorizers: the factories of `lambda_events.testing.iot_authorizer`
and the types of `lambda_events.types.iot_authorizer`."""

from __future__ import annotations

import pytest
from hypothesis import strategies as st

import lambda_events
from lambda_events import find_event_problems
from lambda_events import testing as factories
from tests.support import Case, factory_test, names, texts

CASES = [
    Case(
        factories.iot_authorizer_event,
        {
            "protocol": st.sampled_from(["mqtt", "http"]), "token": st.none() | names,
            "signature_verified": st.booleans(), "username": st.none() | texts,
            "password": st.none() | st.binary(max_size=32), "client_id": st.none() | names,
            "headers": st.none() | st.dictionaries(names, texts, max_size=3),
            "query_string": st.just("") | names.map(lambda name: f"?{name}=1"),
        },
        "iot_authorizer",
    ),
]

test_factories_make_valid_events = factory_test(CASES)


def test_absent_credentials_are_left_out_not_null() -> None:
    event = factories.iot_authorizer_event(username=None, password=None, client_id=None, seed=1)
    assert event.get("protocolData", {}).get("mqtt") == {}
    assert "token" not in event and "signatureVerified" not in event
    assert find_event_problems(event, lambda_events.IoTAuthorizerEventDict) == []


def test_bad_factory_arguments_are_refused() -> None:
    with pytest.raises(ValueError, match="protocol"):
        factories.iot_authorizer_event(protocol="coap")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="query_string"):
        factories.iot_authorizer_event(protocol="http", query_string="a=1")
