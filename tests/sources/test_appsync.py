"""AWS AppSync GraphQL: the factories of `lambda_events.testing.appsync`
and the types of `lambda_events.types.appsync`."""

from __future__ import annotations

import typing
from typing import Any

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
    json_objects,
    names,
    texts,
)

CASES = [
    Case(
        factories.appsync_resolver_event,
        {
            "field_name": names, "arguments": st.none() | json_objects, "parent_type": names,
            "source": st.none() | json_objects, "selection": st.lists(names, max_size=3),
            "identity": st.none() | st.builds(factories.appsync_cognito_identity, groups=st.lists(names, max_size=2)),
        },
        "appsync_resolver",
    ),
    Case(
        factories.appsync_batch_resolver_event,
        {
            "sources": st.lists(json_objects, min_size=1, max_size=3), "field_name": names,
        },
        "appsync_batch_resolver",
    ),
    Case(
        factories.appsync_resolver_template_event,
        {
            "field_name": names, "type_name": names, "arguments": st.none() | json_objects,
        },
        "appsync_resolver_template",
    ),
    Case(
        factories.appsync_authorizer_event,
        {
            "token": texts, "query": texts, "variables": st.none() | json_objects, "operation_name": st.none() | names,
        },
        "appsync_authorizer",
    ),
]

test_factories_make_valid_events = factory_test(CASES)


def test_every_appsync_identity_kind_has_a_fixture() -> None:
    resolver_events: list[Any] = []
    for fixture in fixtures_of("AppSyncResolverEventDict", "AppSyncResolverTemplateEventDict"):
        resolver_events.append(fixture.raw())
    for fixture in fixtures_of("AppSyncBatchResolverEventDict"):
        resolver_events.extend(fixture.raw())
    identities = [event["identity"] for event in resolver_events]
    assert None in identities
    for identity_type in typing.get_args(lambda_events.AppSyncIdentityDict):
        assert any(
            identity is not None and find_event_problems(identity, identity_type) == [] for identity in identities
        ), identity_type.__name__
