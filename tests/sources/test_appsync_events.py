"""AWS AppSync Events: the factories of `lambda_events.testing.appsync_events`
and the types of `lambda_events.types.appsync_events`."""

from __future__ import annotations

import typing

from hypothesis import strategies as st

import lambda_events
from lambda_events import (
    find_event_problems,
)
from lambda_events import testing as factories
from tests.support import (
    Case,
    factory_test,
    fixtures_of,
    json_values,
    names,
)

CASES = [
    Case(
        factories.appsync_events_event,
        {
            "channel": st.lists(names, min_size=1, max_size=3).map("/".join),
            "operation": st.sampled_from(["PUBLISH", "SUBSCRIBE"]), "payloads": st.lists(json_values, max_size=3),
        },
        "appsync_events",
    ),
]

test_factories_make_valid_events = factory_test(CASES)


def test_every_appsync_events_identity_kind_and_operation_has_a_fixture() -> None:
    events = [fixture.raw() for fixture in fixtures_of("AppSyncEventsEventDict")]
    assert {event["info"]["operation"] for event in events} == {"PUBLISH", "SUBSCRIBE"}
    identities = [event["identity"] for event in events]
    assert None in identities
    for identity_type in typing.get_args(lambda_events.AppSyncEventsIdentityDict):
        if identity_type is lambda_events.AppSyncIdentityOIDCDict:
            continue  # same keys as the GraphQL OIDC identity, proven there
        assert any(
            identity is not None and find_event_problems(identity, identity_type) == [] for identity in identities
        ), identity_type.__name__
